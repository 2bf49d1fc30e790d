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
use platform::{on_db, on_tx, Db, Tx};

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

/// A code already `seen` on an earlier line of the file.
fn check_repeat(line: u64, code: &str, seen: &mut HashMap<String, u64>, problems: &mut Vec<Problem>) {
    if let Some(first) = seen.insert(code.to_string(), line) {
        problems.push(problem(line, "code", format!("'{code}' already appears on line {first}")));
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

platform::record! {
    /// A place in the directory with today's parent, if it has one.
    struct ExistingPlaceRow {
        id: i64,
        code: String,
        level: String,
        name: String,
        name_alt: String,
        source: String,
        parent_id: Option<i64>,
        parent_code: Option<String>,
    }
}

async fn existing_places(db: &Db) -> Result<HashMap<String, ExistingPlace>, sqlx::Error> {
    let rows: Vec<ExistingPlaceRow> = on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT p.id AS id, p.code AS code, p.level AS level, p.name AS name, p.name_alt AS name_alt, \
             p.source AS source, par.id AS parent_id, par.code AS parent_code FROM places p \
             LEFT JOIN place_parents pp ON pp.place_id = p.id AND pp.valid_to IS NULL \
             LEFT JOIN places par ON par.id = pp.parent_id",
        )
        .fetch_all(pool)
        .await
    })?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let place = ExistingPlace {
                id: row.id,
                level: row.level,
                name: row.name,
                name_alt: row.name_alt,
                source: row.source,
                parent: row.parent_id.zip(row.parent_code),
            };
            (row.code, place)
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
        rows.push(read_place_row(&sheet, *line, record, &mut seen, &mut problems));
    }
    check_parents(&rows, &existing, &mut problems);
    if !problems.is_empty() {
        problems.sort_by_key(|p| p.line);
        return Err(ImportError::Rejected(problems));
    }
    apply_places(db, &rows, &existing, effective, audit_ctx).await
}

/// One row of a places file, with what is wrong with it on its own or as a
/// repeat of a code `seen` on an earlier line.
fn read_place_row(
    sheet: &Sheet,
    line: u64,
    record: &csv::StringRecord,
    seen: &mut HashMap<String, u64>,
    problems: &mut Vec<Problem>,
) -> PlaceRow {
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
    check_code(line, "code", &row.code, problems);
    check_repeat(line, &row.code, seen, problems);
    if !row.parent_code.is_empty() {
        check_code(line, "parent_code", &row.parent_code, problems);
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
    check_name(line, &row.name, problems);
    let valid_from = sheet.get(record, "valid_from");
    if valid_from.is_empty() {
        return row;
    }
    match valid_from.parse::<NaiveDate>() {
        Ok(date) => PlaceRow { valid_from: Some(date), ..row },
        Err(_) => {
            problems.push(problem(line, "valid_from", format!("'{valid_from}' is not a date; write it as YYYY-MM-DD")));
            row
        }
    }
}

/// Parents must exist, in the file or in the database, and the new links
/// must not form a loop.
fn check_parents(rows: &[PlaceRow], existing: &HashMap<String, ExistingPlace>, problems: &mut Vec<Problem>) {
    let in_file: HashMap<&str, &PlaceRow> = rows.iter().map(|r| (r.code.as_str(), r)).collect();
    for row in rows {
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
    for row in rows {
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
                ids.insert(&row.code, insert_place(&mut tx, row, &key).await?);
                report.added += 1;
                changed.insert(&row.code);
            }
            Some(e)
                if e.level != row.level
                    || e.name != row.name
                    || e.name_alt != row.name_alt
                    || e.source != row.source =>
            {
                update_place(&mut tx, e.id, row, &key).await?;
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
        move_place(&mut tx, id, current.is_some(), wanted, from).await?;
        if !is_new {
            report.moved += 1;
            changed.insert(&row.code);
        }
    }
    report.unchanged = rows.len() - changed.len();
    let event = Event {
        action: "directory.places.import",
        object_type: "places",
        object_id: format!("{} rows", rows.len()),
        place_id: None,
        summary: format!(
            "{} added, {} updated, {} moved, {} unchanged",
            report.added, report.updated, report.moved, report.unchanged
        ),
    };
    finish_import(tx, audit_ctx, event).await?;
    Ok(report)
}

async fn insert_place(tx: &mut Tx, row: &PlaceRow, key: &str) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO places (code, level, name, name_alt, source, search_key) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&row.code)
        .bind(&row.level)
        .bind(&row.name)
        .bind(&row.name_alt)
        .bind(&row.source)
        .bind(key)
        .fetch_one(&mut *c)
        .await
    })
}

async fn update_place(tx: &mut Tx, id: i64, row: &PlaceRow, key: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
            "UPDATE places SET level = $1, name = $2, name_alt = $3, source = $4, search_key = $5 WHERE id = $6",
        )
        .bind(&row.level)
        .bind(&row.name)
        .bind(&row.name_alt)
        .bind(&row.source)
        .bind(key)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ())
    })
}

/// Ends a place's current link to its parent, if it has one, and links it
/// to `parent`, if there is one, both from `from` (`None`: always).
async fn move_place(
    tx: &mut Tx,
    id: i64,
    has_parent: bool,
    parent: Option<i64>,
    from: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    if has_parent {
        on_tx!(tx, |c| sqlx::query("UPDATE place_parents SET valid_to = $1 WHERE place_id = $2 AND valid_to IS NULL")
            .bind(from)
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    if let Some(parent) = parent {
        on_tx!(tx, |c| sqlx::query("INSERT INTO place_parents (place_id, parent_id, valid_from) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(parent)
            .bind(from)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// Records an import in the audit log, tells the search index that anything
/// may have changed, and commits.
async fn finish_import(mut tx: Tx, audit_ctx: &AuditCtx, event: Event<'_>) -> Result<(), sqlx::Error> {
    audit::append(&mut tx, audit_ctx, event).await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await
}

pub const PLACE_EXPORT_COLUMNS: &[&str] = &["code", "parent_code", "level", "name", "name_alt", "source", "valid_from"];

platform::record! {
    /// A place as a file lists it, with today's parent.
    struct PlaceLine {
        code: String,
        parent_code: Option<String>,
        level: String,
        name: String,
        name_alt: String,
        source: String,
        valid_from: Option<NaiveDate>,
    }
}

/// Writes today's hierarchy as CSV, in the import layout.
pub async fn export_places(db: &Db, out: impl Write) -> anyhow::Result<usize> {
    let rows: Vec<PlaceLine> = on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT p.code AS code, par.code AS parent_code, p.level AS level, p.name AS name, \
             p.name_alt AS name_alt, p.source AS source, pp.valid_from AS valid_from FROM places p \
             LEFT JOIN place_parents pp ON pp.place_id = p.id AND pp.valid_to IS NULL \
             LEFT JOIN places par ON par.id = pp.parent_id ORDER BY p.id",
        )
        .fetch_all(pool)
        .await
    })?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(PLACE_EXPORT_COLUMNS)?;
    for r in &rows {
        let parent = r.parent_code.as_deref().unwrap_or("");
        let from = r.valid_from.map(|d| d.to_string()).unwrap_or_default();
        writer.write_record([&r.code, parent, &r.level, &r.name, &r.name_alt, &r.source, &from])?;
    }
    writer.flush()?;
    Ok(rows.len())
}

const INSTITUTION_COLUMNS: &[&str] = &["code", "place_code", "kind", "name"];
const INSTITUTION_OPTIONAL: &[&str] = &["name_alt", "website"];

struct InstitutionRow {
    code: String,
    /// 0 when the place is unknown, which is a problem of the row.
    place_id: i64,
    kind: String,
    name: String,
    name_alt: String,
    website: String,
}

platform::record! {
    /// An institution in the directory, with the fields a file sets.
    struct KnownInstitution {
        id: i64,
        code: String,
        place_id: i64,
        kind: String,
        name: String,
        name_alt: String,
        website: String,
    }
}

impl KnownInstitution {
    fn is_as(&self, row: &InstitutionRow) -> bool {
        self.place_id == row.place_id
            && self.kind == row.kind
            && self.name == row.name
            && self.name_alt == row.name_alt
            && self.website == row.website
    }
}

/// Imports institutions, matched by code: new codes are added, known ones updated.
pub async fn import_institutions(db: &Db, input: impl Read, audit_ctx: &AuditCtx) -> Result<ImportReport, ImportError> {
    let mut problems = Vec::new();
    let Some(sheet) = Sheet::read(input, INSTITUTION_COLUMNS, INSTITUTION_OPTIONAL, &mut problems) else {
        return Err(ImportError::Rejected(problems));
    };
    let places = existing_places(db).await?;
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut rows = Vec::new();
    for (line, record) in &sheet.records {
        rows.push(read_institution_row(&sheet, *line, record, &places, &mut seen, &mut problems));
    }
    if !problems.is_empty() {
        return Err(ImportError::Rejected(problems));
    }
    apply_institutions(db, &rows, audit_ctx).await
}

/// One row of an institutions file, with what is wrong with it on its own
/// or as a repeat of a code `seen` on an earlier line.
fn read_institution_row(
    sheet: &Sheet,
    line: u64,
    record: &csv::StringRecord,
    places: &HashMap<String, ExistingPlace>,
    seen: &mut HashMap<String, u64>,
    problems: &mut Vec<Problem>,
) -> InstitutionRow {
    let code = sheet.get(record, "code").to_string();
    let place_code = sheet.get(record, "place_code");
    let kind = sheet.get(record, "kind").to_ascii_lowercase();
    let name = sheet.get(record, "name").to_string();
    let website = sheet.get(record, "website").to_string();
    check_code(line, "code", &code, problems);
    check_repeat(line, &code, seen, problems);
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
    check_name(line, &name, problems);
    if !(website.is_empty() || website.starts_with("https://") || website.starts_with("http://")) {
        problems.push(problem(line, "website", "a website must start with https:// or http://"));
    }
    InstitutionRow {
        code,
        place_id: place_id.unwrap_or(0),
        kind,
        name,
        name_alt: normalise_alt(sheet.get(record, "name_alt")),
        website,
    }
}

async fn apply_institutions(
    db: &Db,
    rows: &[InstitutionRow],
    audit_ctx: &AuditCtx,
) -> Result<ImportReport, ImportError> {
    let sql = format!("SELECT {} FROM institutions", KnownInstitution::COLUMNS);
    let known: Vec<KnownInstitution> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let known: HashMap<&str, &KnownInstitution> = known.iter().map(|k| (k.code.as_str(), k)).collect();
    let mut report = ImportReport::default();
    let mut tx = db.begin().await?;
    for row in rows {
        let key = place_search_key(&row.name, &row.name_alt);
        match known.get(row.code.as_str()) {
            Some(k) if k.is_as(row) => report.unchanged += 1,
            Some(k) => {
                update_institution(&mut tx, k.id, row, &key).await?;
                report.updated += 1;
            }
            None => {
                insert_institution(&mut tx, row, &key).await?;
                report.added += 1;
            }
        }
    }
    let event = Event {
        action: "directory.institutions.import",
        object_type: "institutions",
        object_id: format!("{} rows", rows.len()),
        place_id: None,
        summary: format!("{} added, {} updated, {} unchanged", report.added, report.updated, report.unchanged),
    };
    finish_import(tx, audit_ctx, event).await?;
    Ok(report)
}

async fn update_institution(tx: &mut Tx, id: i64, row: &InstitutionRow, key: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
            "UPDATE institutions SET place_id = $1, kind = $2, name = $3, name_alt = $4, website = $5, \
             search_key = $6 WHERE id = $7",
        )
        .bind(row.place_id)
        .bind(&row.kind)
        .bind(&row.name)
        .bind(&row.name_alt)
        .bind(&row.website)
        .bind(key)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ())
    })
}

async fn insert_institution(tx: &mut Tx, row: &InstitutionRow, key: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
            "INSERT INTO institutions (code, place_id, kind, name, name_alt, website, search_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&row.code)
        .bind(row.place_id)
        .bind(&row.kind)
        .bind(&row.name)
        .bind(&row.name_alt)
        .bind(&row.website)
        .bind(key)
        .execute(&mut *c)
        .await
        .map(|_| ())
    })
}

pub const INSTITUTION_EXPORT_COLUMNS: &[&str] = &["code", "place_code", "kind", "name", "name_alt", "website"];

platform::record! {
    /// An institution as a file lists it.
    struct InstitutionLine {
        code: String,
        place_code: String,
        kind: String,
        name: String,
        name_alt: String,
        website: String,
    }
}

pub async fn export_institutions(db: &Db, out: impl Write) -> anyhow::Result<usize> {
    let rows: Vec<InstitutionLine> = on_db!(db, |pool| sqlx::query_as(
        "SELECT i.code AS code, p.code AS place_code, i.kind AS kind, i.name AS name, i.name_alt AS name_alt, \
         i.website AS website FROM institutions i JOIN places p ON p.id = i.place_id ORDER BY i.id"
    )
    .fetch_all(pool)
    .await)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(INSTITUTION_EXPORT_COLUMNS)?;
    for r in &rows {
        writer.write_record([&r.code, &r.place_code, &r.kind, &r.name, &r.name_alt, &r.website])?;
    }
    writer.flush()?;
    Ok(rows.len())
}
