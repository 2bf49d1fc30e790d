//! Problems (which refuse a form) and warnings (what is kept but not used),
//! each by sheet, row and column.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub sheet: String,
    /// 1-based spreadsheet row; 0 for the sheet as a whole.
    pub row: usize,
    pub column: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.sheet == "csv" {
            return match (self.row, self.column.is_empty()) {
                (0, _) => write!(f, "{}", self.reason),
                (row, true) => write!(f, "line {row}: {}", self.reason),
                (row, false) => write!(f, "line {row}, column {}: {}", self.column, self.reason),
            };
        }
        match (self.row, self.column.is_empty()) {
            (0, _) => write!(f, "sheet {}: {}", self.sheet, self.reason),
            (row, true) => write!(f, "sheet {}, row {row}: {}", self.sheet, self.reason),
            (row, false) => write!(f, "sheet {}, row {row}, column {}: {}", self.sheet, self.column, self.reason),
        }
    }
}

#[derive(Default)]
pub struct Report {
    pub problems: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

fn at(sheet: &str, row: usize, column: &str, reason: String) -> Problem {
    Problem { sheet: sheet.into(), row, column: column.into(), reason }
}

impl Report {
    pub fn refuse(&mut self, sheet: &str, row: usize, column: &str, reason: impl Into<String>) {
        self.problems.push(at(sheet, row, column, reason.into()));
    }

    pub fn warn(&mut self, sheet: &str, row: usize, column: &str, reason: impl Into<String>) {
        self.warnings.push(at(sheet, row, column, reason.into()));
    }
}
