//! A repeat's entries as KoboToolbox exports them to a workbook: a sheet of
//! its own per repeat, one row per entry, `_parent_index` naming the row of
//! the main sheet (its `_index`) the entry belongs to.

use std::collections::BTreeMap;

use super::table::Sheet;
use super::{check, question_named};
use crate::instrument::{Instrument, Question};
use crate::xlsform::Problem;

/// Each main row's entries (by its `_index`), per repeat, in the order of
/// their sheet; each entry's answers by question name.
#[derive(Default)]
pub struct Entries {
    by_parent: BTreeMap<String, BTreeMap<String, Vec<BTreeMap<String, String>>>>,
    /// Where each parent index is first named: (sheet, row).
    named_at: BTreeMap<String, (String, u64)>,
}

fn problem(sheet: &str, row: u64, column: &str, reason: String) -> Problem {
    Problem { sheet: sheet.into(), row: row as usize, column: column.into(), reason }
}

impl Entries {
    /// Reads every sheet that links its rows to the main sheet; a sheet
    /// that does not is left aside (and named in `ignored`).
    pub fn read(
        instrument: &Instrument,
        (main, sheets): (&str, &[Sheet]),
        problems: &mut Vec<Problem>,
        ignored: &mut Vec<String>,
    ) -> Entries {
        let mut entries = Entries::default();
        for sheet in sheets {
            let Some(parent) = sheet.headers.iter().position(|h| h == "_parent_index") else {
                ignored.push(format!("sheet {}", sheet.name));
                continue;
            };
            // A repeat inside another repeat names the outer repeat's rows,
            // not the municipalities': its entries are not read.
            if nested(sheet, main) {
                ignored.push(format!("sheet {} (a repeat inside another repeat)", sheet.name));
                continue;
            }
            let columns = entry_columns(instrument, sheet, problems, ignored);
            let Some(repeat) = sheet_repeat(instrument, &columns) else {
                ignored.push(format!("sheet {}", sheet.name));
                continue;
            };
            for (row, cells) in &sheet.rows {
                let Some(index) = cells.get(parent).map(|c| c.trim()).filter(|c| !c.is_empty()) else {
                    problems.push(problem(
                        &sheet.name,
                        *row,
                        "_parent_index",
                        "the entry names no row: give it the _index of its row on the first sheet".into(),
                    ));
                    continue;
                };
                let mut answers = BTreeMap::new();
                for (i, cell) in cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()) {
                    let Some(Some(question)) = columns.get(i) else { continue };
                    match check(instrument, question, cell) {
                        Ok(value) => {
                            answers.insert(question.name.clone(), value);
                        }
                        Err(reason) => problems.push(problem(&sheet.name, *row, &sheet.headers[i], reason)),
                    }
                }
                entries.named_at.entry(index.to_string()).or_insert_with(|| (sheet.name.clone(), *row));
                let of_parent = entries.by_parent.entry(index.to_string()).or_default();
                of_parent.entry(repeat.clone()).or_default().push(answers);
            }
        }
        entries
    }

    /// The stored form of a main row's entries: each repeat question's
    /// answers as one list, and how many entries each repeat has.
    pub fn of(&self, instrument: &Instrument, index: &str) -> (BTreeMap<String, String>, BTreeMap<String, usize>) {
        let mut lists = BTreeMap::new();
        let mut counts = BTreeMap::new();
        let Some(repeats) = self.by_parent.get(index) else { return (lists, counts) };
        for (repeat, rows) in repeats {
            counts.insert(repeat.clone(), rows.len());
            for (name, _) in instrument.repeat_members.iter().filter(|(_, r)| *r == repeat) {
                let values: Vec<String> = rows.iter().map(|r| r.get(name).cloned().unwrap_or_default()).collect();
                if values.iter().any(|v| !v.is_empty()) {
                    lists.insert(name.clone(), serde_json::to_string(&values).unwrap_or_default());
                }
            }
        }
        (lists, counts)
    }

    pub fn is_empty(&self) -> bool {
        self.by_parent.is_empty()
    }

    /// Entries naming a row the main sheet does not have, each once.
    pub fn unclaimed(&self, rows: &std::collections::BTreeSet<String>, problems: &mut Vec<Problem>) {
        for (index, (sheet, row)) in self.named_at.iter().filter(|(index, _)| !rows.contains(*index)) {
            let reason = format!(
                "no row of the first sheet has _index {index}; give the entry the _index of its municipality's row"
            );
            problems.push(problem(sheet, *row, "_parent_index", reason));
        }
    }
}

/// What each column of an entries sheet holds: a question of a repeat, or
/// a column of the survey tool.
fn entry_columns<'a>(
    instrument: &'a Instrument,
    sheet: &Sheet,
    problems: &mut Vec<Problem>,
    ignored: &mut Vec<String>,
) -> Vec<Option<&'a Question>> {
    let mut columns = Vec::new();
    for header in &sheet.headers {
        let question = question_named(instrument, header);
        match question {
            Some(q) if instrument.repeat_members.contains_key(&q.name) && q.asks() && !q.is_upload() => {
                columns.push(Some(q))
            }
            Some(q) => {
                ignored.push(format!("{}/{}", sheet.name, q.name));
                columns.push(None);
            }
            None if header.starts_with('_') || platform::csv_input::survey_tool_column(header) => columns.push(None),
            None => {
                let reason = "no question of the questionnaire's repeats has this name; rename the column to the question's name, or delete it".to_string();
                problems.push(problem(&sheet.name, 1, header, reason));
                columns.push(None);
            }
        }
    }
    columns
}

/// Whether a sheet's entries belong to another sheet than the main one.
fn nested(sheet: &Sheet, main: &str) -> bool {
    let Some(table) = sheet.headers.iter().position(|h| h == "_parent_table_name") else { return false };
    sheet.rows.iter().filter_map(|(_, cells)| cells.get(table)).any(|t| !t.trim().is_empty() && t.trim() != main)
}

/// The repeat a sheet's questions belong to.
fn sheet_repeat(instrument: &Instrument, columns: &[Option<&Question>]) -> Option<String> {
    columns.iter().flatten().find_map(|q| instrument.repeat_members.get(&q.name).cloned())
}
