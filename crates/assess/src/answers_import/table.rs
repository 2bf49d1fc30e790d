//! An answers file as a table: its header row and each row with the line
//! (CSV) or row (workbook) a person finds it at. CSV with `,` or `;`, CRLF or
//! not, with or without a byte-order mark; XLSX and XLS read from their
//! first sheet, dates as `YYYY-MM-DD`, with the workbook's other sheets
//! beside it (where KoboToolbox puts each repeat's entries).

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Reader};

use super::problem;
use crate::xlsform::Problem;

pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
    /// Rows that could not be read, each by line; the others are checked.
    pub problems: Vec<Problem>,
    /// A workbook's first sheet's name (empty for CSV), and its other sheets.
    pub main_name: String,
    pub sheets: Vec<Sheet>,
}

/// A further sheet of a workbook, read as the first one is.
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

pub fn read(input: &[u8]) -> Result<Table, Vec<Problem>> {
    match platform::upload::check_archive(input) {
        // A zip is an XLSX workbook; measured before it is unpacked.
        Ok(()) => workbook(input),
        Err(platform::upload::ArchiveError::NotAnArchive) if input.starts_with(&OLE_MAGIC) => workbook(input),
        Err(platform::upload::ArchiveError::NotAnArchive) => csv_table(input),
        Err(e) => Err(vec![problem(0, "", e.to_string())]),
    }
}

/// The first bytes of an OLE compound file: an `.xls` workbook.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn csv_table(input: &[u8]) -> Result<Table, Vec<Problem>> {
    let text = match std::str::from_utf8(input) {
        Ok(text) => platform::csv_input::normalised(text),
        Err(e) => {
            let line = input[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            return Err(vec![problem(line, "", "the file is not UTF-8 text; save it as CSV UTF-8".into())]);
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(platform::csv_input::delimiter(&text))
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_string()).collect(),
        Err(e) => return Err(vec![problem(1, "", format!("the header row cannot be read: {e}"))]),
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => rows.push((r.position().map(|p| p.line()).unwrap_or(0), r.iter().map(str::to_string).collect())),
            Err(e) => problems.push(problem(e.position().map(|p| p.line()).unwrap_or(0), "", e.to_string())),
        }
    }
    Ok(Table { headers, rows, problems, main_name: String::new(), sheets: Vec::new() })
}

fn workbook(input: &[u8]) -> Result<Table, Vec<Problem>> {
    let refuse = |reason: String| vec![problem(0, "", reason)];
    let mut book = open_workbook_auto_from_rs(Cursor::new(input.to_vec()))
        .map_err(|e| refuse(format!("this workbook cannot be read ({e}); save it as .xlsx or as CSV UTF-8")))?;
    let names = book.sheet_names();
    let first = names.first().cloned().ok_or_else(|| refuse("the workbook has no sheet".into()))?;
    let mut sheets = Vec::new();
    for name in &names {
        let range = book.worksheet_range(name).map_err(|e| refuse(format!("the sheet {name} cannot be read: {e}")))?;
        let mut rows = range
            .rows()
            .enumerate()
            .map(|(i, r)| (i as u64 + 1, r.iter().map(crate::xlsform::cell_text).collect::<Vec<_>>()));
        let headers: Vec<String> = match rows.next() {
            Some((_, headers)) => headers.iter().map(|h| h.trim().to_string()).collect(),
            None if *name == first => return Err(refuse("the first sheet is empty".into())),
            None => continue,
        };
        let rows = rows.filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty())).collect();
        sheets.push(Sheet { name: name.clone(), headers, rows });
    }
    let main = sheets.remove(0);
    Ok(Table { headers: main.headers, rows: main.rows, problems: Vec::new(), main_name: main.name, sheets })
}
