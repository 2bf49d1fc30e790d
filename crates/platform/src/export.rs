//! The instance export format: one versioned, database-neutral JSON-lines
//! file. See docs/EXPORT-FORMAT.md for the layout.
//!
//! Modules describe their tables with [`Table`]; this file knows how to read
//! and write any of them on either backend, so adding a table to a module's
//! list is all it takes to include it in exports, imports and backups.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{json, Value};
use sqlx::Row;

use crate::db::{Db, Tx};
use crate::progress::Progress;
use crate::{on_db, on_tx};

pub const FORMAT: &str = "mozaik-export";
pub const VERSION: i64 = 1;

/// Tables that hold bookkeeping or short-lived state rather than an
/// instance's data, and are not exported.
pub const INTERNAL_TABLES: &[&str] = &[
    "mozaik_schema",
    "data_versions",
    "sessions",
    "login_attempts",
    "known_devices",
    "password_resets",
    "job_runs",
    "search_changes",
    // Computed from the answers, and computed again when an instance opens.
    "round_place_summaries",
    "answer_counts",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Text,
    Bool,
    Date,
    Time,
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub nullable: bool,
}

/// A table as the export format sees it. Tables are listed parents first, so
/// that importing them in order satisfies every foreign key.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
}

/// `col!(name, Kind)` for a required column, `col!(name, Kind, null)` for a
/// nullable one.
#[macro_export]
macro_rules! col {
    ($name:literal, $kind:ident) => {
        $crate::export::Column { name: $name, kind: $crate::export::Kind::$kind, nullable: false }
    };
    ($name:literal, $kind:ident, null) => {
        $crate::export::Column { name: $name, kind: $crate::export::Kind::$kind, nullable: true }
    };
}

impl Table {
    fn select_sql(&self) -> String {
        let cols: Vec<&str> = self.columns.iter().map(|c| c.name).collect();
        // The first column is the key (`id` for most tables, `name` for settings).
        format!("SELECT {} FROM {} ORDER BY {}", cols.join(", "), self.name, cols.first().copied().unwrap_or("1"))
    }

    fn insert_sql(&self) -> String {
        let cols: Vec<&str> = self.columns.iter().map(|c| c.name).collect();
        let params: Vec<String> = (1..=cols.len()).map(|i| format!("${i}")).collect();
        format!("INSERT INTO {} ({}) VALUES ({})", self.name, cols.join(", "), params.join(", "))
    }
}

macro_rules! row_to_json {
    ($row:expr, $table:expr) => {
        row_to_json!($row, columns $table.columns.iter())
    };
    ($row:expr, columns $columns:expr) => {{
        let row = $row;
        let mut values = Vec::new();
        for (i, column) in $columns.enumerate() {
            let value = match column.kind {
                Kind::Int => row.try_get::<Option<i64>, _>(i)?.map(Value::from),
                Kind::Float => row.try_get::<Option<f64>, _>(i)?.map(Value::from),
                Kind::Text => row.try_get::<Option<String>, _>(i)?.map(Value::from),
                Kind::Bool => row.try_get::<Option<bool>, _>(i)?.map(Value::from),
                Kind::Date => row.try_get::<Option<NaiveDate>, _>(i)?.map(|d| Value::from(d.to_string())),
                Kind::Time => row
                    .try_get::<Option<DateTime<Utc>>, _>(i)?
                    .map(|t| Value::from(t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true))),
            };
            values.push(value.unwrap_or(Value::Null));
        }
        values
    }};
}

/// Rows of one table in column order, as JSON values.
pub async fn table_rows(db: &Db, table: &Table) -> anyhow::Result<Vec<Vec<Value>>> {
    let sql = table.select_sql();
    on_db!(db, |pool| {
        let rows = sqlx::query(&sql).fetch_all(pool).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            out.push(row_to_json!(row, table));
        }
        Ok(out)
    })
}

/// A value that picks rows: an id or a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    Int(i64),
    Text(String),
}

/// The rows of `table` whose `column` equals `key`, as objects of column
/// name and value, without the `skip` columns.
pub async fn rows_where(
    db: &Db,
    table: &Table,
    skip: &[&str],
    column: &str,
    key: &Key,
) -> anyhow::Result<Vec<serde_json::Map<String, Value>>> {
    let columns: Vec<&Column> = table.columns.iter().filter(|c| !skip.contains(&c.name)).collect();
    let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
    let sql = format!("SELECT {} FROM {} WHERE {column} = $1 ORDER BY 1", names.join(", "), table.name);
    on_db!(db, |pool| {
        let query = sqlx::query(&sql);
        let query = match key {
            Key::Int(id) => query.bind(*id),
            Key::Text(text) => query.bind(text.clone()),
        };
        let rows = query.fetch_all(pool).await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let values = row_to_json!(row, columns columns.iter().copied());
            out.push(names.iter().map(|n| n.to_string()).zip(values).collect());
        }
        Ok(out)
    })
}

async fn count_rows(db: &Db, table: &Table) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM {}", table.name);
    on_db!(db, |pool| sqlx::query_scalar(&sql).fetch_one(pool).await)
}

/// Writes the whole instance. Returns the number of rows written.
pub async fn export(db: &Db, tables: &[&Table], schema_version: i64, out: &mut impl Write) -> anyhow::Result<u64> {
    let mut counts = BTreeMap::new();
    let mut total = 0u64;
    for table in tables {
        let n = count_rows(db, table).await?;
        total += n as u64;
        counts.insert(table.name, n);
    }
    let header = json!({
        "format": FORMAT,
        "version": VERSION,
        "schema": schema_version,
        "created_at": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "tables": tables.iter().map(|t| json!({
            "name": t.name,
            "columns": t.columns.iter().map(|c| c.name).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    writeln!(out, "{header}")?;
    let mut progress = Progress::new("Exporting", total);
    let mut written = 0u64;
    for table in tables {
        for values in table_rows(db, table).await? {
            writeln!(out, "{}", json!({"t": table.name, "r": values}))?;
            written += 1;
            progress.inc(1);
        }
    }
    writeln!(out, "{}", json!({"end": true, "rows": counts}))?;
    out.flush()?;
    progress.finish();
    Ok(written)
}

/// What is wrong with an import file, one problem per entry.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.join("\n"))]
pub struct ImportProblems(pub Vec<String>);

struct Parsed<'t> {
    rows: Vec<(&'t Table, Vec<Value>)>,
}

fn check_value(column: &Column, value: &Value) -> Result<(), String> {
    let ok = match (value, column.kind) {
        (Value::Null, _) => column.nullable,
        (Value::Number(n), Kind::Int) => n.is_i64(),
        (Value::Number(_), Kind::Float) => true,
        (Value::String(_), Kind::Text) => true,
        (Value::Bool(_), Kind::Bool) => true,
        (Value::String(s), Kind::Date) => s.parse::<NaiveDate>().is_ok(),
        (Value::String(s), Kind::Time) => DateTime::parse_from_rfc3339(s).is_ok(),
        _ => false,
    };
    if ok {
        Ok(())
    } else if value.is_null() {
        Err(format!("column {} must not be empty", column.name))
    } else {
        Err(format!("column {} expects {:?}, found {value}", column.name, column.kind))
    }
}

/// Reads and checks a whole export file without touching any database.
/// The header line: the format, its version, and each table's columns.
fn read_header(line: Option<std::io::Result<String>>) -> Result<BTreeMap<String, Vec<String>>, ImportProblems> {
    let one = |message: String| ImportProblems(vec![message]);
    let Some(line) = line else { return Err(one("line 1: the file is empty".into())) };
    let header: Value = line
        .map_err(|e| one(format!("line 1: {e}")))
        .and_then(|l| serde_json::from_str(&l).map_err(|e| one(format!("line 1: not JSON: {e}"))))?;
    if header["format"] != FORMAT {
        return Err(one(format!("line 1: not a Mozaik export (format is {})", header["format"])));
    }
    if header["version"].as_i64() != Some(VERSION) {
        return Err(one(format!(
            "line 1: export format version {} is not supported; this Mozaik reads version {VERSION}",
            header["version"]
        )));
    }
    let mut columns_in_file = BTreeMap::new();
    for t in header["tables"].as_array().into_iter().flatten() {
        let name = t["name"].as_str().unwrap_or_default().to_string();
        let cols = t["columns"].as_array().into_iter().flatten().filter_map(|c| c.as_str().map(String::from)).collect();
        columns_in_file.insert(name, cols);
    }
    Ok(columns_in_file)
}

/// Every table must be in the file with exactly its columns, in order.
fn check_columns(tables: &[&Table], columns_in_file: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut problems = Vec::new();
    for table in tables {
        match columns_in_file.get(table.name) {
            None => problems.push(format!("line 1: the file has no table {}", table.name)),
            Some(cols) if cols.iter().map(String::as_str).ne(table.columns.iter().map(|c| c.name)) => {
                problems.push(format!(
                    "line 1: table {} has columns {cols:?}, expected {:?}",
                    table.name,
                    table.columns.iter().map(|c| c.name).collect::<Vec<_>>()
                ))
            }
            Some(_) => {}
        }
    }
    problems
}

/// One row line: its table and as many values as the table has columns.
fn read_row<'t>(tables: &[&'t Table], number: usize, value: &Value) -> Result<(&'t Table, Vec<Value>), String> {
    let Some(table) = tables.iter().find(|t| Some(t.name) == value["t"].as_str()) else {
        return Err(format!("line {number}: unknown table {}", value["t"]));
    };
    let Some(values) = value["r"].as_array() else {
        return Err(format!("line {number}: no row values"));
    };
    if values.len() != table.columns.len() {
        let (expected, found) = (table.columns.len(), values.len());
        return Err(format!("line {number}: {} has {expected} columns, the row has {found}", table.name));
    }
    Ok((*table, values.clone()))
}

/// Each value of a row that its column cannot hold.
fn value_problems(table: &Table, number: usize, values: &[Value]) -> Vec<String> {
    let checked = table.columns.iter().zip(values).filter_map(|(column, v)| check_value(column, v).err());
    checked.map(|reason| format!("line {number}: {}: {reason}", table.name)).collect()
}

/// The end marker must be there and announce the rows the file holds.
fn check_end(end: Option<Value>, tables: &[&Table], counts: &BTreeMap<&str, i64>) -> Vec<String> {
    let Some(end) = end else {
        return vec!["the file ends without its end marker: it is truncated".into()];
    };
    let mut problems = Vec::new();
    for table in tables {
        let expected = end["rows"][table.name].as_i64().unwrap_or(0);
        let found = counts.get(table.name).copied().unwrap_or(0);
        if expected != found {
            problems.push(format!(
                "table {}: the end marker announces {expected} rows, the file holds {found}",
                table.name
            ));
        }
    }
    problems
}

fn parse<'t>(input: impl BufRead, tables: &[&'t Table]) -> Result<Parsed<'t>, ImportProblems> {
    let mut lines = input.lines().enumerate();
    let columns_in_file = read_header(lines.next().map(|(_, line)| line))?;
    let mut problems = check_columns(tables, &columns_in_file);
    if !problems.is_empty() {
        return Err(ImportProblems(problems));
    }
    let mut rows = Vec::new();
    let mut end: Option<Value> = None;
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for (index, line) in lines {
        let number = index + 1;
        if problems.len() >= 50 {
            problems.push("… further problems not listed".into());
            break;
        }
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                problems.push(format!("line {number}: {e}"));
                break;
            }
        };
        if end.is_some() {
            problems.push(format!("line {number}: text after the end marker"));
            break;
        }
        let value: Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                problems.push(format!("line {number}: not JSON: {e}"));
                continue;
            }
        };
        if value["end"] == true {
            end = Some(value);
            continue;
        }
        match read_row(tables, number, &value) {
            Ok((table, values)) => {
                problems.extend(value_problems(table, number, &values));
                *counts.entry(table.name).or_default() += 1;
                rows.push((table, values));
            }
            Err(problem) => problems.push(problem),
        }
    }
    problems.extend(check_end(end, tables, &counts));
    if problems.is_empty() {
        Ok(Parsed { rows })
    } else {
        Err(ImportProblems(problems))
    }
}

macro_rules! bind_value {
    ($query:expr, $column:expr, $value:expr) => {{
        let v = $value;
        match $column.kind {
            Kind::Int => $query.bind(v.as_i64()),
            Kind::Float => $query.bind(v.as_f64()),
            Kind::Text => $query.bind(v.as_str().map(str::to_string)),
            Kind::Bool => $query.bind(v.as_bool()),
            Kind::Date => $query.bind(v.as_str().and_then(|s| s.parse::<NaiveDate>().ok())),
            Kind::Time => $query
                .bind(v.as_str().and_then(|s| DateTime::parse_from_rfc3339(s).ok()).map(|t| t.with_timezone(&Utc))),
        }
    }};
}

/// Whether every listed table is empty.
pub async fn is_empty(db: &Db, tables: &[&Table]) -> Result<bool, sqlx::Error> {
    for table in tables {
        if count_rows(db, table).await? > 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Loads an export into an empty, migrated database in one transaction: the
/// whole file is checked first, and any failure leaves the database as it was.
pub async fn import(db: &Db, tables: &[&Table], input: impl BufRead) -> anyhow::Result<u64> {
    let parsed = parse(input, tables)?;
    if !is_empty(db, tables).await? {
        anyhow::bail!("the target database already holds data; import a whole instance into a new, empty database");
    }
    let mut progress = Progress::new("Importing", parsed.rows.len() as u64);
    let mut tx = db.begin().await?;
    let mut statements: BTreeMap<&str, String> = BTreeMap::new();
    for (table, values) in &parsed.rows {
        let sql = statements.entry(table.name).or_insert_with(|| table.insert_sql());
        on_tx!(&mut tx, |c| {
            let mut query = sqlx::query(sql.as_str());
            for (column, v) in table.columns.iter().zip(values) {
                query = bind_value!(query, column, v);
            }
            query.execute(&mut *c).await.map(|_| ())
        })?;
        progress.inc(1);
    }
    if let Tx::Postgres(t) = &mut tx {
        // Identity columns do not follow explicit ids; move them past the imported rows.
        for table in tables.iter().filter(|t| t.columns.iter().any(|c| c.name == "id")) {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{0}', 'id'), COALESCE((SELECT MAX(id) FROM {0}), 0) + 1, false)",
                table.name
            );
            sqlx::query(&sql).execute(&mut **t).await?;
        }
    }
    tx.commit().await?;
    progress.finish();
    Ok(parsed.rows.len() as u64)
}

/// Checks a file without importing it; `Ok` holds the number of rows.
pub fn validate(input: impl BufRead, tables: &[&Table]) -> Result<usize, ImportProblems> {
    parse(input, tables).map(|p| p.rows.len())
}
