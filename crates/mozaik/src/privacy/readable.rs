//! A person's data as the "My data" page shows it: tables in the order the
//! modules declare them, columns in their table's order with names in the
//! reader's language, times in local time with their year.

use chrono::{DateTime, Utc};
use platform::export::{Column, Kind};
use platform::i18n::Tr;
use serde_json::Value;

use super::declarations;

/// One table of a person's data.
pub struct TableView {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn cell(tr: Tr, column: &Column, value: &Value) -> String {
    match (value, column.kind) {
        (Value::Null, _) => "—".into(),
        (Value::Bool(yes), _) => tr.t(if *yes { "privacy-yes" } else { "privacy-no" }),
        // Records span years: the year stays, in local time.
        (Value::String(s), Kind::Time) => match DateTime::parse_from_rfc3339(s) {
            Ok(at) => {
                let (when, zone) = platform::time::local(at.with_timezone(&Utc));
                format!("{} {zone}", when.format("%Y-%m-%d %H:%M"))
            }
            Err(_) => s.clone(),
        },
        (Value::String(s), _) => s.clone(),
        (other, _) => other.to_string(),
    }
}

/// The gathered data (see `person::gather`) as tables to read.
pub fn tables(tr: Tr, data: &Value) -> Vec<TableView> {
    let held = data.get("tables").and_then(Value::as_object);
    let mut shown: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for declaration in declarations() {
        let table = declaration.table;
        if shown.contains(&table.name) {
            continue;
        }
        let Some(rows) = held.and_then(|h| h.get(table.name)).and_then(Value::as_array) else { continue };
        shown.push(table.name);
        // Withheld columns are absent from every row.
        let columns: Vec<&Column> =
            table.columns.iter().filter(|c| rows.first().is_some_and(|r| r.get(c.name).is_some())).collect();
        out.push(TableView {
            title: tr.t(&format!("privacy-data-{}", table.name)),
            columns: columns.iter().map(|c| tr.t(&format!("privacy-column-{}", c.name))).collect(),
            rows: rows
                .iter()
                .map(|row| columns.iter().map(|c| cell(tr, c, row.get(c.name).unwrap_or(&Value::Null))).collect())
                .collect(),
        });
    }
    out
}
