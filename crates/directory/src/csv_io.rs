//! CSV import and export of places and institutions.
//!
//! An import reads and checks the whole file first. If anything is wrong it
//! returns every problem (line, column, reason) and writes nothing; otherwise
//! it applies all rows in one transaction. Re-importing an export changes
//! nothing.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{Read, Write};

use chrono::NaiveDate;
use platform::audit::{self, AuditCtx, Event};
use platform::fold::search_key;
use platform::{on_db, on_tx, Db};

use crate::kinds::{is_institution_kind, is_level, INSTITUTION_KINDS, LEVELS};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the file, the header being line 1; 0 for the file as a whole.
    pub line: u64,
    pub column: String,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column.is_empty()) {
            (0, _) => write!(f, "{}", self.reason),
            (line, true) => write!(f, "line {line}: {}", self.reason),
            (line, false) => write!(f, "line {line}, column {}: {}", self.column, self.reason),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file was rejected and nothing was written:\n{}", list(.0))]
    Rejected(Vec<Problem>),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    pub moved: usize,
    pub unchanged: usize,
}

fn problem(line: u64, column: &str, reason: impl Into<String>) -> Problem {
    Problem { line, column: column.to_string(), reason: reason.into() }
}

/// A parsed CSV: header names and records with their line numbers.
struct Sheet {
    headers: Vec<String>,
    records: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    fn read(input: impl Read, required: &[&str], optional: &[&str], problems: &mut Vec<Problem>) -> Option<Sheet> {
        let mut bytes = Vec::new();
        let mut input = input;
        if let Err(e) = input.read_to_end(&mut bytes) {
            problems.push(problem(0, "", format!("the file cannot be read: {e}")));
            return None;
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() as u64 + 1;
                problems.push(problem(line, "", "the file is not UTF-8 text; save it as CSV UTF-8"));
                return None;
            }
        };
        let text = platform::csv_input::normalised(&text);
        let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(text.as_bytes());
        let headers: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|s| s.to_ascii_lowercase()).collect(),
            Err(e) => {
                problems.push(problem(1, "", format!("the header row cannot be read: {e}")));
                return None;
            }
        };
        if headers.iter().all(|h| h.is_empty()) {
            problems.push(problem(1, "", "the file is empty; the first line must name the columns"));
            return None;
        }
        for name in required {
            if !headers.iter().any(|h| h == name) {
                problems.push(problem(1, name, "this required column is missing"));
            }
        }
        for name in &headers {
            if !required.contains(&name.as_str()) && !optional.contains(&name.as_str()) {
                let known: Vec<&str> = required.iter().chain(optional).copied().collect();
                problems.push(problem(1, name, format!("unknown column; the columns are {}", known.join(", "))));
            }
        }
        let mut records = Vec::new();
        for result in reader.records() {
            match result {
                Ok(record) => {
                    let line = record.position().map(|p| p.line()).unwrap_or(0);
                    if record.iter().all(str::is_empty) {
                        continue;
                    }
                    records.push((line, record));
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    let reason = match e.kind() {
                        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                            format!("this row has {len} fields, the header has {expected_len}")
                        }
                        _ => e.to_string(),
                    };
                    problems.push(problem(line, "", reason));
                }
            }
        }
        if records.is_empty() && problems.is_empty() {
            problems.push(problem(0, "", "the file has a header but no rows"));
        }
        Some(Sheet { headers, records })
    }

    fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.headers.iter().position(|h| h == column).and_then(|i| record.get(i)).unwrap_or("")
    }
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 64
        && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

fn check_code(line: u64, column: &str, code: &str, problems: &mut Vec<Problem>) {
    if code.is_empty() {
        problems.push(problem(line, column, "a code is required"));
    } else if !valid_code(code) {
        problems.push(problem(
            line,
            column,
            format!("'{code}' is not a valid code: use A–Z, 0–9 and '-', at most 64 characters"),
        ));
    }
}

fn check_name(line: u64, name: &str, problems: &mut Vec<Problem>) {
    if name.is_empty() {
        problems.push(problem(line, "name", "a name is required"));
    } else if name.chars().count() > 200 {
        problems.push(problem(line, "name", "the name is longer than 200 characters"));
    }
}

/// `a | b` in a file, one name per alternative.
fn alternatives(name_alt: &str) -> Vec<&str> {
    name_alt.split('|').map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn normalise_alt(name_alt: &str) -> String {
    alternatives(name_alt).join(" | ")
}

pub(crate) fn place_search_key(name: &str, name_alt: &str) -> String {
    search_key(std::iter::once(name).chain(alternatives(name_alt)))
}

struct PlaceRow {
    line: u64,
    code: String,
    parent_code: String,
    level: String,
    name: String,
    name_alt: String,
    source: String,
    valid_from: Option<NaiveDate>,
}

struct ExistingPlace {
    id: i64,
    level: String,
    name: String,
    name_alt: String,
    source: String,
    parent: Option<(i64, String)>,
}

async fn existing_places(db: &Db) -> Result<HashMap<String, ExistingPlace>, sqlx::Error> {
    type Row = (i64, String, String, String, String, String, Option<i64>, Option<String>);
    let rows: Vec<Row> = on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT p.id, p.code, p.level, p.name, p.name_alt, p.source, par.id, par.code FROM places p \
         LEFT JOIN place_parents pp ON pp.place_id = p.id AND pp.valid_to IS NULL \
         LEFT JOIN places par ON par.id = pp.parent_id",
        )
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, code, level, name, name_alt, source, pid, pcode)| {
            let parent = pid.zip(pcode);
            (code, ExistingPlace { id, level, name, name_alt, source, parent })
        })
        .collect())
}

const PLACE_COLUMNS: &[&str] = &["code", "parent_code", "level", "name"];
const PLACE_OPTIONAL: &[&str] = &["name_alt", "source", "valid_from"];

/// Imports places. A place whose parent changes keeps its old parent until
/// the row's `valid_from` (or `effective`, or today) and has the new one from
/// then on, so history keeps rolling up the way it was.
pub async fn import_places(
    db: &Db,
    input: impl Read,
    effective: NaiveDate,
    audit_ctx: &AuditCtx,
) -> Result<ImportReport, ImportError> {
    let mut problems = Vec::new();
    let Some(sheet) = Sheet::read(input, PLACE_COLUMNS, PLACE_OPTIONAL, &mut problems) else {
        return Err(ImportError::Rejected(problems));
    };
    let existing = existing_places(db).await?;
    let mut rows = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, record) in &sheet.records {
        let line = *line;
        let row = PlaceRow {
            line,
            code: sheet.get(record, "code").to_string(),
            parent_code: sheet.get(record, "parent_code").to_string(),
            level: sheet.get(record, "level").to_ascii_lowercase(),
            name: sheet.get(record, "name").to_string(),
            name_alt: normalise_alt(sheet.get(record, "name_alt")),
            source: sheet.get(record, "source").to_string(),
            valid_from: None,
        };
        check_code(line, "code", &row.code, &mut problems);
        if let Some(first) = seen.insert(row.code.clone(), line) {
            problems.push(problem(line, "code", format!("'{}' already appears on line {first}", row.code)));
        }
        if !row.parent_code.is_empty() {
            check_code(line, "parent_code", &row.parent_code, &mut problems);
            if row.parent_code == row.code {
                problems.push(problem(line, "parent_code", "a place cannot be its own parent"));
            }
        }
        if !is_level(&row.level) {
            problems.push(problem(
                line,
                "level",
                format!("unknown level '{}'; the levels are {}", row.level, LEVELS.join(", ")),
            ));
        }
        check_name(line, &row.name, &mut problems);
        let valid_from = sheet.get(record, "valid_from");
        let row = if valid_from.is_empty() {
            row
        } else {
            match valid_from.parse::<NaiveDate>() {
                Ok(date) => PlaceRow { valid_from: Some(date), ..row },
                Err(_) => {
                    problems.push(problem(
                        line,
                        "valid_from",
                        format!("'{valid_from}' is not a date; write it as YYYY-MM-DD"),
                    ));
                    row
                }
            }
        };
        rows.push(row);
    }
    // Parents must exist, in the file or in the database, and the new links
    // must not form a loop.
    let in_file: HashMap<&str, &PlaceRow> = rows.iter().map(|r| (r.code.as_str(), r)).collect();
    for row in &rows {
        if !row.parent_code.is_empty()
            && !in_file.contains_key(row.parent_code.as_str())
            && !existing.contains_key(&row.parent_code)
        {
            problems.push(problem(
                row.line,
                "parent_code",
                format!("no place has the code '{}', in this file or in the directory", row.parent_code),
            ));
        }
    }
    let parent_of = |code: &str| -> Option<String> {
        match in_file.get(code) {
            Some(row) => (!row.parent_code.is_empty()).then(|| row.parent_code.clone()),
            None => existing.get(code).and_then(|e| e.parent.as_ref().map(|(_, c)| c.clone())),
        }
    };
    for row in &rows {
        let mut current = row.code.clone();
        let mut steps = 0;
        while let Some(parent) = parent_of(&current) {
            steps += 1;
            if parent == row.code || steps > 64 {
                problems.push(problem(
                    row.line,
                    "parent_code",
                    format!("'{}' would end up inside itself (a loop of parents)", row.code),
                ));
                break;
            }
            current = parent;
        }
    }
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportError::Rejected(problems));
    }
    apply_places(db, &rows, &existing, effective, audit_ctx).await
}

async fn apply_places(
    db: &Db,
    rows: &[PlaceRow],
    existing: &HashMap<String, ExistingPlace>,
    effective: NaiveDate,
    audit_ctx: &AuditCtx,
) -> Result<ImportReport, ImportError> {
    let mut report = ImportReport::default();
    let mut ids: HashMap<&str, i64> = existing.iter().map(|(code, e)| (code.as_str(), e.id)).collect();
    let mut changed: HashSet<&str> = HashSet::new();
    let mut tx = db.begin().await?;
    for row in rows {
        let key = place_search_key(&row.name, &row.name_alt);
        match existing.get(&row.code) {
            None => {
                let id: i64 = on_tx!(&mut tx, |c| {
                    sqlx::query_scalar(
                    "INSERT INTO places (code, level, name, name_alt, source, search_key) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
                )
                .bind(&row.code)
                .bind(&row.level)
                .bind(&row.name)
                .bind(&row.name_alt)
                .bind(&row.source)
                .bind(&key)
                .fetch_one(&mut *c)
                .await
                })?;
                ids.insert(&row.code, id);
                report.added += 1;
                changed.insert(&row.code);
            }
            Some(e)
                if e.level != row.level
                    || e.name != row.name
                    || e.name_alt != row.name_alt
                    || e.source != row.source =>
            {
                on_tx!(&mut tx, |c| {
                    sqlx::query(
                    "UPDATE places SET level = $1, name = $2, name_alt = $3, source = $4, search_key = $5 WHERE id = $6"
                )
                .bind(&row.level)
                .bind(&row.name)
                .bind(&row.name_alt)
                .bind(&row.source)
                .bind(&key)
                .bind(e.id)
                .execute(&mut *c)
                .await
                .map(|_| ())
                })?;
                report.updated += 1;
                changed.insert(&row.code);
            }
            Some(_) => {}
        }
    }
    for row in rows {
        let id = ids[row.code.as_str()];
        let wanted = (!row.parent_code.is_empty()).then(|| ids[row.parent_code.as_str()]);
        let current = existing.get(&row.code).and_then(|e| e.parent.as_ref().map(|(pid, _)| *pid));
        if wanted == current {
            continue;
        }
        let is_new = !existing.contains_key(&row.code);
        // A new place's link holds from its own `valid_from`, or always.
        let from = if is_new { row.valid_from } else { Some(row.valid_from.unwrap_or(effective)) };
        if current.is_some() {
            on_tx!(&mut tx, |c| sqlx::query(
                "UPDATE place_parents SET valid_to = $1 WHERE place_id = $2 AND valid_to IS NULL"
            )
            .bind(from)
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
        if let Some(parent) = wanted {
            on_tx!(&mut tx, |c| sqlx::query(
                "INSERT INTO place_parents (place_id, parent_id, valid_from) VALUES ($1, $2, $3)"
            )
            .bind(id)
            .bind(parent)
            .bind(from)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
        if !is_new {
            report.moved += 1;
            changed.insert(&row.code);
        }
    }
    report.unchanged = rows.len() - changed.len();
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "directory.places.import",
            object_type: "places",
            object_id: format!("{} rows", rows.len()),
            place_id: None,
            summary: format!(
                "{} added, {} updated, {} moved, {} unchanged",
                report.added, report.updated, report.moved, report.unchanged
            ),
        },
    )
    .await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await?;
    Ok(report)
}

pub const PLACE_EXPORT_COLUMNS: &[&str] = &["code", "parent_code", "level", "name", "name_alt", "source", "valid_from"];

/// Writes today's hierarchy as CSV, in the import layout.
pub async fn export_places(db: &Db, out: impl Write) -> anyhow::Result<usize> {
    type Row = (String, Option<String>, String, String, String, String, Option<NaiveDate>);
    let rows: Vec<Row> = on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT p.code, par.code, p.level, p.name, p.name_alt, p.source, pp.valid_from FROM places p \
         LEFT JOIN place_parents pp ON pp.place_id = p.id AND pp.valid_to IS NULL \
         LEFT JOIN places par ON par.id = pp.parent_id ORDER BY p.id",
        )
        .fetch_all(pool)
        .await
    })?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(PLACE_EXPORT_COLUMNS)?;
    for (code, parent, level, name, name_alt, source, valid_from) in &rows {
        let from = valid_from.map(|d| d.to_string()).unwrap_or_default();
        writer.write_record([code, parent.as_deref().unwrap_or(""), level, name, name_alt, source, &from])?;
    }
    writer.flush()?;
    Ok(rows.len())
}

const INSTITUTION_COLUMNS: &[&str] = &["code", "place_code", "kind", "name"];
const INSTITUTION_OPTIONAL: &[&str] = &["name_alt", "website"];

/// Imports institutions, matched by code: new codes are added, known ones updated.
pub async fn import_institutions(db: &Db, input: impl Read, audit_ctx: &AuditCtx) -> Result<ImportReport, ImportError> {
    let mut problems = Vec::new();
    let Some(sheet) = Sheet::read(input, INSTITUTION_COLUMNS, INSTITUTION_OPTIONAL, &mut problems) else {
        return Err(ImportError::Rejected(problems));
    };
    let places = existing_places(db).await?;
    type Existing = (i64, String, i64, String, String, String, String);
    let known: Vec<Existing> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, code, place_id, kind, name, name_alt, website FROM institutions"
    )
    .fetch_all(pool)
    .await)?;
    let known: HashMap<&str, &Existing> = known.iter().map(|k| (k.1.as_str(), k)).collect();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut rows = Vec::new();
    for (line, record) in &sheet.records {
        let line = *line;
        let code = sheet.get(record, "code").to_string();
        let place_code = sheet.get(record, "place_code");
        let kind = sheet.get(record, "kind").to_ascii_lowercase();
        let name = sheet.get(record, "name").to_string();
        let name_alt = normalise_alt(sheet.get(record, "name_alt"));
        let website = sheet.get(record, "website").to_string();
        check_code(line, "code", &code, &mut problems);
        if let Some(first) = seen.insert(code.clone(), line) {
            problems.push(problem(line, "code", format!("'{code}' already appears on line {first}")));
        }
        let place_id = places.get(place_code).map(|p| p.id);
        if place_id.is_none() {
            problems.push(problem(
                line,
                "place_code",
                format!("no place has the code '{place_code}'; import the place first"),
            ));
        }
        if !is_institution_kind(&kind) {
            problems.push(problem(
                line,
                "kind",
                format!("unknown kind '{kind}'; the kinds are {}", INSTITUTION_KINDS.join(", ")),
            ));
        }
        check_name(line, &name, &mut problems);
        if !(website.is_empty() || website.starts_with("https://") || website.starts_with("http://")) {
            problems.push(problem(line, "website", "a website must start with https:// or http://"));
        }
        rows.push((code, place_id.unwrap_or(0), kind, name, name_alt, website));
    }
    if !problems.is_empty() {
        return Err(ImportError::Rejected(problems));
    }
    let mut report = ImportReport::default();
    let mut tx = db.begin().await?;
    for (code, place_id, kind, name, name_alt, website) in &rows {
        let key = place_search_key(name, name_alt);
        match known.get(code.as_str()) {
            Some(k) if (k.2, &k.3, &k.4, &k.5, &k.6) == (*place_id, kind, name, name_alt, website) => {
                report.unchanged += 1
            }
            Some(k) => {
                on_tx!(&mut tx, |c| {
                    sqlx::query(
                    "UPDATE institutions SET place_id = $1, kind = $2, name = $3, name_alt = $4, website = $5, search_key = $6 WHERE id = $7"
                )
                .bind(place_id)
                .bind(kind)
                .bind(name)
                .bind(name_alt)
                .bind(website)
                .bind(&key)
                .bind(k.0)
                .execute(&mut *c)
                .await
                .map(|_| ())
                })?;
                report.updated += 1;
            }
            None => {
                on_tx!(&mut tx, |c| {
                    sqlx::query(
                    "INSERT INTO institutions (code, place_id, kind, name, name_alt, website, search_key) VALUES ($1, $2, $3, $4, $5, $6, $7)"
                )
                .bind(code)
                .bind(place_id)
                .bind(kind)
                .bind(name)
                .bind(name_alt)
                .bind(website)
                .bind(&key)
                .execute(&mut *c)
                .await
                .map(|_| ())
                })?;
                report.added += 1;
            }
        }
    }
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "directory.institutions.import",
            object_type: "institutions",
            object_id: format!("{} rows", rows.len()),
            place_id: None,
            summary: format!("{} added, {} updated, {} unchanged", report.added, report.updated, report.unchanged),
        },
    )
    .await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await?;
    Ok(report)
}

pub const INSTITUTION_EXPORT_COLUMNS: &[&str] = &["code", "place_code", "kind", "name", "name_alt", "website"];

pub async fn export_institutions(db: &Db, out: impl Write) -> anyhow::Result<usize> {
    type Row = (String, String, String, String, String, String);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "SELECT i.code, p.code, i.kind, i.name, i.name_alt, i.website FROM institutions i \
         JOIN places p ON p.id = i.place_id ORDER BY i.id"
    )
    .fetch_all(pool)
    .await)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(INSTITUTION_EXPORT_COLUMNS)?;
    for (code, place, kind, name, name_alt, website) in &rows {
        writer.write_record([code, place, kind, name, name_alt, website])?;
    }
    writer.flush()?;
    Ok(rows.len())
}
