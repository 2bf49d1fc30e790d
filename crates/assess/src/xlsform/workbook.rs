//! Reading an XLSForm workbook (`.xlsx` or `.xls`) into sheets whose
//! headers are understood as pyxform understands them: any letter case,
//! spaces for underscores (`list name`), the old aliases (`relevance`,
//! `calculate`, `jr:count`…), `bind::`, `control::` and `media::` prefixes,
//! and a language after `::` (or after `:` in forms that never use `::`).

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader, Sheets};

use super::languages::language_key;
use crate::instrument::Labels;

pub type Workbook = Sheets<Cursor<Vec<u8>>>;

pub fn open(bytes: Vec<u8>) -> Result<Workbook, String> {
    open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        format!("this is neither an XLSX nor an XLS workbook ({e}); save the form from a spreadsheet as .xlsx")
    })
}

/// A column: its header as written, what it means, and its language.
#[derive(Debug, Clone)]
pub struct Column {
    pub written: String,
    pub key: String,
    pub language: Option<String>,
}

pub struct Sheet {
    pub name: String,
    /// Why its headers are refused, as pyxform refuses them: the same
    /// header twice, or two spellings of one column.
    pub header_problems: Vec<String>,
    pub columns: Vec<Column>,
    /// (1-based spreadsheet row, cells)
    pub rows: Vec<(usize, Vec<String>)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    Survey,
    Choices,
    Settings,
}

fn snake(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join("_").to_lowercase()
}

/// The meaning of a header's first part, per sheet (pyxform's aliases).
fn dealias(kind: SheetKind, first: &str) -> String {
    let survey = match first {
        "relevance" => "relevant",
        "readonly" => "read_only",
        "calculate" => "calculation",
        "count" | "jr:count" => "repeat_count",
        "caption" => "label",
        "constraining_message" | "jr:constraintmsg" => "constraint_message",
        "requiredmsg" | "jr:requiredmsg" => "required_message",
        "command" => "type",
        "tag" | "value" => "name",
        other => other,
    };
    match kind {
        SheetKind::Survey => survey.to_string(),
        SheetKind::Choices => match first {
            "value" => "name",
            "caption" => "label",
            other => other,
        }
        .to_string(),
        SheetKind::Settings => match first {
            "title" | "set_form_title" => "form_title",
            "id_string" | "set_form_id" => "form_id",
            other => other,
        }
        .to_string(),
    }
}

pub fn column(kind: SheetKind, written: &str, double_colon: bool) -> Column {
    let header = written.trim();
    let mut tokens: Vec<String> = if double_colon || header.contains("::") {
        header.split("::").map(|t| t.trim().to_string()).collect()
    } else {
        // `jr:count` keeps its colon when single colons separate languages.
        let mut out: Vec<String> = Vec::new();
        for part in header.split(':').map(str::trim) {
            match out.last_mut() {
                Some(last) if last == "jr" => *last = format!("jr:{part}"),
                _ => out.push(part.to_string()),
            }
        }
        out
    };
    // `bind::relevant`, `control::appearance`, `media::image::English`.
    while tokens.len() > 1 && matches!(snake(&tokens[0]).as_str(), "bind" | "control" | "media") {
        tokens.remove(0);
    }
    let key = dealias(kind, &snake(&tokens[0]));
    let language = (tokens.len() > 1).then(|| tokens[1..].join("::")).filter(|l| !l.is_empty());
    Column { written: written.to_string(), key, language }
}

/// A cell as text: whole numbers without a decimal point, dates as
/// `YYYY-MM-DD` (with the time when there is one), booleans as yes or no.
pub fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
        other => other.to_string(),
    }
}

/// A spreadsheet's day number (days since 1899-12-30, the fraction the time).
fn excel_date(serial: f64) -> String {
    let Some(epoch) = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).and_then(|d| d.and_hms_opt(0, 0, 0)) else {
        return serial.to_string();
    };
    let Some(at) =
        chrono::Duration::try_seconds((serial * 86_400.0).round() as i64).and_then(|d| epoch.checked_add_signed(d))
    else {
        return serial.to_string();
    };
    if at.time() == chrono::NaiveTime::MIN {
        at.format("%Y-%m-%d").to_string()
    } else {
        at.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// A sheet by name, in any letter case; `None` when the workbook has none.
pub fn read(workbook: &mut Workbook, kind: SheetKind, names: &[&str]) -> Option<Sheet> {
    let name = workbook.sheet_names().into_iter().find(|n| names.contains(&n.trim().to_lowercase().as_str()))?;
    let range = workbook.worksheet_range(&name).ok()?;
    let mut rows = range.rows().enumerate();
    let headers: Vec<String> = rows.next().map(|(_, r)| r.iter().map(cell_text).collect()).unwrap_or_default();
    let double_colon = headers.iter().any(|h| h.contains("::"));
    let columns: Vec<Column> = headers.iter().map(|h| column(kind, h, double_colon)).collect();
    let header_problems = header_problems(&columns);
    let rows = rows
        .map(|(i, r)| (i + 1, r.iter().map(|c| crate::xpath::straight_quotes(&cell_text(c))).collect::<Vec<_>>()))
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Some(Sheet { name, header_problems, columns, rows })
}

fn header_problems(columns: &[Column]) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, c) in columns.iter().enumerate().filter(|(_, c)| !c.written.trim().is_empty()) {
        let written = c.written.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(earlier) = columns[..i].iter().find(|e| e.key == c.key && e.language == c.language) else { continue };
        if earlier.written.split_whitespace().collect::<Vec<_>>().join(" ") == written {
            problems.push(format!("Duplicate column header: {written}"));
        } else {
            problems.push(format!(
                "Headers that are different names for the same column were found: '{}', '{}'. Rename or remove one of these columns.",
                earlier.written.trim(),
                c.written.trim()
            ));
        }
    }
    problems
}

impl Sheet {
    pub fn has(&self, key: &str) -> bool {
        self.columns.iter().any(|c| c.key == key && c.language.is_none())
    }

    /// The first non-empty cell of a column without language.
    pub fn get<'a>(&self, row: &'a [String], key: &str) -> &'a str {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.key == key && c.language.is_none())
            .filter_map(|(i, _)| row.get(i).map(|s| s.trim()))
            .find(|s| !s.is_empty())
            .unwrap_or("")
    }

    /// A translatable column in every language, by language key; the
    /// column without language is in the form's default language.
    pub fn translations(&self, row: &[String], key: &str, default_language: &str) -> Labels {
        let mut out = Labels::new();
        for (i, column) in self.columns.iter().enumerate().filter(|(_, c)| c.key == key) {
            let Some(value) = row.get(i).map(|s| s.trim()).filter(|s| !s.is_empty()) else { continue };
            match &column.language {
                Some(language) => {
                    out.insert(language_key(language), value.to_string());
                }
                None => {
                    out.entry(default_language.to_string()).or_insert_with(|| value.to_string());
                }
            }
        }
        out
    }

    /// Non-empty cells of columns outside `used`, by header as written.
    pub fn others(&self, row: &[String], used: &[&str]) -> Vec<(usize, String, String)> {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !used.contains(&c.key.as_str()) && !c.written.trim().is_empty())
            .filter_map(|(i, c)| {
                let value = row.get(i).map(|s| s.trim()).filter(|s| !s.is_empty())?;
                Some((i, c.written.trim().to_string(), value.to_string()))
            })
            .collect()
    }
}
