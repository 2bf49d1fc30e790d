//! Importing residents' responses from CSV or XLSX, in Mozaik's own layout
//! or as exported by KoboToolbox (group paths joined with `/`, metadata
//! columns starting with `_`, `;` as separator) and ODK Central (group paths
//! joined with `-`, `meta-instanceID`, `KEY`). Every row is checked; the
//! file is written only when it is clean, or when the owner chooses to keep
//! the valid rows, and that choice is recorded with the import.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::crypto::SecretBox;
use platform::fold::fold;
use platform::i18n::Tr;
use platform::{on_tx, Db, Tx};

use crate::instrument::{self, Kind, TurnTo, AGE_GROUPS, ITEMS, SEXES};
use crate::store::{self, Study};

/// A problem with the file (row 0) or one of its rows, in words for any locale.
#[derive(Clone, Debug)]
pub struct Problem {
    /// The spreadsheet row (the header is row 1); 0 for the file as a whole.
    pub row: usize,
    pub column: String,
    /// A Fluent message id (`resilience-problem-…`) and its arguments.
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    fn new(row: usize, column: &str, key: &'static str, args: Vec<(&'static str, String)>) -> Problem {
        Problem { row, column: column.to_string(), key, args }
    }

    pub fn message(&self, tr: Tr) -> String {
        let args: Vec<(&str, &str)> = self.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reason = tr.ta(self.key, &args);
        let row = self.row.to_string();
        match (self.row, self.column.is_empty()) {
            (0, true) => reason,
            (0, false) => tr.ta("resilience-problem-at-column", &[("column", &self.column), ("reason", &reason)]),
            (_, true) => tr.ta("resilience-problem-at-row", &[("row", &row), ("reason", &reason)]),
            (_, false) => {
                tr.ta("resilience-problem-at-cell", &[("row", &row), ("column", &self.column), ("reason", &reason)])
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub rows_read: usize,
    pub valid_rows: usize,
    /// At most `MAX_LISTED` problems; `problem_count` counts them all.
    pub problems: Vec<Problem>,
    pub problem_count: usize,
    /// Columns that are neither metadata nor part of the instrument.
    pub ignored_columns: Vec<String>,
    /// Columns that identify respondents directly, dropped unread.
    pub dropped_identifiers: Vec<String>,
    /// Open answers in which an e-mail address, a phone number or a titled
    /// name was found: sealed like every open answer, and counted here so
    /// the owners can check them.
    pub personal_in_open_answers: usize,
    /// Rows written, when the import went ahead.
    pub imported: Option<usize>,
}

impl Report {
    fn add(&mut self, problem: Problem) {
        self.problem_count += 1;
        if self.problems.len() < MAX_LISTED {
            self.problems.push(problem);
        }
    }

    /// Whether the file itself is unusable, so no row can be kept.
    pub fn file_refused(&self) -> bool {
        self.problems.iter().any(|p| p.row == 0)
    }
}

const MAX_LISTED: usize = 500;
const CHUNK: usize = 1000;

/// A table read from the file: the header row, then each row with its
/// spreadsheet row number.
struct Table {
    headers: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, String> {
    // Measured before anything unpacks it: a small file can expand to gigabytes.
    platform::upload::check_archive(bytes).map_err(|e| e.to_string())?;
    let mut workbook: Xlsx<_> =
        open_workbook_from_rs(Cursor::new(bytes.to_vec())).map_err(|e: calamine::XlsxError| e.to_string())?;
    let first = workbook.sheet_names().first().cloned().ok_or_else(|| "the workbook has no sheet".to_string())?;
    let range = workbook.worksheet_range(&first).map_err(|e| e.to_string())?;
    let mut rows = range.rows();
    let headers = rows.next().map(|r| r.iter().map(cell_text).collect()).unwrap_or_default();
    let rows = rows.enumerate().map(|(i, r)| (i + 2, r.iter().map(cell_text).collect::<Vec<_>>())).collect();
    Ok(Table { headers, rows })
}

/// CSV with `,`, `;` or tab, whichever the header line uses most.
fn read_csv(bytes: &[u8]) -> Result<Table, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
    let text = platform::csv_input::normalised(text);
    let delimiter = platform::csv_input::delimiter(&text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| e.to_string())?.iter().map(str::to_string).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        rows.push((line, record.iter().map(str::to_string).collect()));
    }
    Ok(Table { headers, rows })
}

/// What a column holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Column {
    Respondent,
    Neighbourhood,
    Sex,
    AgeGroup,
    Age,
    Community,
    Item(usize),
    Metadata,
    /// Names, contacts and exact locations: never stored (see
    /// `identifies_respondent`).
    Identifier,
    Unknown,
}

/// Words that make a column a direct identifier of the respondent, in the
/// region's languages and the ones field teams write in. Mozaik keeps
/// residents anonymous, so a study cannot keep such columns: they are
/// dropped at import and the report names them.
const IDENTIFYING_WORDS: &[&str] = &[
    "surname",
    "fullname",
    "firstname",
    "lastname",
    "phone",
    "phonenumber",
    "mobile",
    "tel",
    "telephone",
    "email",
    "mail",
    "address",
    "gps",
    "geopoint",
    "geolocation",
    "latitude",
    "longitude",
    "lat",
    "lon",
    "lng",
    "altitude",
    "imei",
    "simserial",
    "subscriberid",
    "prezime",
    "telefon",
    "mobitel",
    "adresa",
    "mbiemri",
    "celular",
    "cellulare",
    "cognome",
    "indirizzo",
    "prenom",
    "adresse",
    "презиме",
    "телефон",
    "адреса",
    "мобилен",
];

/// Words for "name" that identify only when the column is about the
/// respondent ("insert your name", "respondent_name"), not a school's name.
const NAME_WORDS: &[&str] = &["name", "ime", "emri", "nome", "nom", "име"];
const NAME_COMPANIONS: &[&str] =
    &["first", "last", "full", "your", "insert", "enter", "respondent", "resident", "person", "my", "the", "of"];

/// Whether a column (its last path segment, lower case) names, reaches or
/// locates the respondent.
fn identifies_respondent(name: &str) -> bool {
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| IDENTIFYING_WORDS.contains(w))
        || (words.iter().any(|w| NAME_WORDS.contains(w))
            && words.iter().all(|w| NAME_WORDS.contains(w) || NAME_COMPANIONS.contains(w)))
}

/// The column a header names, after dropping Kobo's (`/`) or ODK's (`-`)
/// group path.
fn column_of(header: &str) -> Column {
    let lower = header.trim().to_lowercase();
    let name = lower.rsplit('/').next().unwrap_or(&lower);
    let name = if instrument::item(name).is_some() { name } else { name.rsplit('-').next().unwrap_or(name) };
    match name {
        "respondent" | "_uuid" | "instanceid" | "key" => Column::Respondent,
        "neighbourhood" | "neighborhood" => Column::Neighbourhood,
        "sex" | "gender" => Column::Sex,
        "age_group" => Column::AgeGroup,
        "age" => Column::Age,
        "community" => Column::Community,
        _ if identifies_respondent(name) => Column::Identifier,
        _ => match instrument::item(name) {
            Some((index, _)) => Column::Item(index),
            None if platform::csv_input::survey_tool_column(&lower) => Column::Metadata,
            None => Column::Unknown,
        },
    }
}

const AGREEMENT_WORDS: &[&str] = &["strongly_disagree", "disagree", "neither", "agree", "strongly_agree"];

fn is_blank(value: &str) -> bool {
    matches!(value, "" | "dont_know" | "n/a" | "na")
}

/// The stored form of one item's answer: Ok(None) for no answer.
/// Why a value is refused: a problem's message id and its arguments.
type Refusal = (&'static str, Vec<(&'static str, String)>);

fn item_value(kind: Kind, raw: &str) -> Result<Option<String>, Refusal> {
    let value = raw.trim().to_lowercase();
    if is_blank(&value) {
        return Ok(None);
    }
    match kind {
        Kind::Agreement => {
            if let Some(p) = AGREEMENT_WORDS.iter().position(|w| *w == value) {
                return Ok(Some((p + 1).to_string()));
            }
            match value.parse::<f64>() {
                Ok(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => Ok(Some((n as u8).to_string())),
                Ok(_) => Err((
                    "resilience-problem-out-of-range",
                    vec![("value", raw.trim().to_string()), ("low", "1".into()), ("high", "5".into())],
                )),
                Err(_) => Err(("resilience-problem-not-a-value", vec![("value", raw.trim().to_string())])),
            }
        }
        Kind::YesNo => match value.as_str() {
            "1" | "yes" | "true" => Ok(Some("1".into())),
            "0" | "no" | "false" => Ok(Some("0".into())),
            _ => Err(("resilience-problem-not-yes-no", vec![("value", raw.trim().to_string())])),
        },
        Kind::Choice => match TurnTo::parse(&value) {
            Some(_) => Ok(Some(value)),
            None => {
                let options: Vec<&str> = TurnTo::ALL.iter().map(|o| o.as_str()).collect();
                Err(not_an_option(raw.trim(), &options))
            }
        },
        Kind::FreeText => Ok(Some(raw.trim().to_string())),
    }
}

fn age_group_of(age: u32) -> Option<&'static str> {
    match age {
        18..=29 => Some("18_29"),
        30..=44 => Some("30_44"),
        45..=64 => Some("45_64"),
        65..=120 => Some("65_plus"),
        _ => None,
    }
}

/// A row that passed every check.
struct Valid {
    respondent: String,
    neighbourhood_id: i64,
    sex: String,
    age_group: String,
    community: String,
    answers: String,
    free_text: String,
}

pub struct Upload<'a> {
    pub study: &'a Study,
    pub wave_id: i64,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub valid_rows_only: bool,
}

/// Checks the file and, when it may, writes it: all rows if clean, or only
/// the valid rows when the owner chose that.
pub async fn import(
    db: &Db,
    upload: &Upload<'_>,
    sealer: Option<&SecretBox>,
    audit_ctx: &AuditCtx,
) -> Result<Report, sqlx::Error> {
    let mut report = Report::default();
    let table = if upload.bytes.starts_with(b"PK\x03\x04") { read_xlsx(upload.bytes) } else { read_csv(upload.bytes) };
    let table = match table {
        Ok(t) => t,
        Err(reason) => {
            report.add(Problem::new(0, "", "resilience-problem-unreadable", vec![("reason", reason)]));
            return Ok(report);
        }
    };
    let columns: Vec<Column> = table.headers.iter().map(|h| column_of(h)).collect();
    check_columns(&table, &columns, &mut report);
    if report.file_refused() {
        return Ok(report);
    }
    let mut checker = RowChecker {
        headers: &table.headers,
        columns: &columns,
        neighbourhoods: neighbourhood_keys(db, upload.study.place_id).await?,
        seen: store::respondents_in_wave(db, upload.wave_id).await?.into_iter().collect(),
        file_name: upload.file_name,
        sealer,
    };
    let mut valid: Vec<Valid> = Vec::new();
    for (row, cells) in &table.rows {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        report.rows_read += 1;
        valid.extend(checker.check(*row, cells, &mut report));
    }
    report.valid_rows = valid.len();
    if (report.problem_count > 0 && !upload.valid_rows_only) || valid.is_empty() {
        return Ok(report);
    }
    write(db, upload, &valid, &report, audit_ctx).await?;
    report.imported = Some(valid.len());
    Ok(report)
}

/// Notes the columns ignored and dropped, and refuses a file without the
/// columns every row needs, or without rows.
fn check_columns(table: &Table, columns: &[Column], report: &mut Report) {
    let named = |kind: Column| -> Vec<String> {
        table.headers.iter().zip(columns).filter(|(_, c)| **c == kind).map(|(h, _)| h.clone()).collect()
    };
    report.ignored_columns = named(Column::Unknown);
    report.dropped_identifiers = named(Column::Identifier);
    let required = ["neighbourhood"].into_iter().chain(ITEMS.iter().filter(|i| i.subscale.is_some()).map(|i| i.key));
    for name in required {
        let wanted = column_of(name);
        if !columns.contains(&wanted) {
            report.add(Problem::new(0, name, "resilience-problem-missing-column", Vec::new()));
        }
    }
    if table.rows.is_empty() {
        report.add(Problem::new(0, "", "resilience-problem-no-rows", Vec::new()));
    }
}

/// The study's neighbourhoods by lower-case code and by folded name.
async fn neighbourhood_keys(db: &Db, place_id: i64) -> Result<HashMap<String, i64>, sqlx::Error> {
    let mut keys = HashMap::new();
    for n in store::neighbourhoods(db, place_id, Utc::now().date_naive()).await? {
        keys.insert(n.code.to_lowercase(), n.id);
        keys.insert(fold(&n.name), n.id);
    }
    Ok(keys)
}

/// A row's values as read, before the checks that need all of them.
#[derive(Default)]
struct RowValues {
    respondent: String,
    neighbourhood: Option<i64>,
    sex: String,
    age_group: String,
    community: String,
    /// One per item, None for no answer.
    answers: Vec<Option<String>>,
}

/// Checks rows one by one against the file's columns and the respondents
/// seen so far (in the wave and earlier in the file).
struct RowChecker<'a> {
    headers: &'a [String],
    columns: &'a [Column],
    neighbourhoods: HashMap<String, i64>,
    seen: HashSet<String>,
    file_name: &'a str,
    sealer: Option<&'a SecretBox>,
}

impl RowChecker<'_> {
    /// The row ready to store, or None with its problems in the report.
    fn check(&mut self, row: usize, cells: &[String], report: &mut Report) -> Option<Valid> {
        let before = report.problem_count;
        // Items and the neighbourhood already reported as malformed, so a
        // bad value is not reported again as missing.
        let mut malformed: HashSet<&str> = HashSet::new();
        let mut values = RowValues { answers: vec![None; ITEMS.len()], ..RowValues::default() };
        for ((cell, column), header) in cells.iter().zip(self.columns).zip(self.headers) {
            let problem = self.read_cell(cell.trim(), *column, &mut values, &mut malformed);
            if let Some((key, args)) = problem {
                report.add(Problem::new(row, header, key, args));
            }
        }
        for (item, value) in ITEMS.iter().zip(&values.answers) {
            if item.subscale.is_some() && value.is_none() && !malformed.contains(item.key) {
                report.add(Problem::new(row, item.key, "resilience-problem-missing-answer", Vec::new()));
            }
        }
        if values.neighbourhood.is_none() && !malformed.contains("neighbourhood") {
            report.add(Problem::new(row, "neighbourhood", "resilience-problem-missing-answer", Vec::new()));
        }
        if values.respondent.is_empty() {
            values.respondent = format!("{}:{row}", self.file_name);
        }
        if !self.seen.insert(values.respondent.clone()) {
            let args = vec![("value", values.respondent.clone())];
            report.add(Problem::new(row, "respondent", "resilience-problem-duplicate", args));
        }
        if report.problem_count > before {
            return None;
        }
        Some(self.valid(values, report))
    }

    /// Reads one cell into `values`; a refused value is returned, and marked
    /// malformed where a missing value would also be reported.
    fn read_cell(
        &self,
        cell: &str,
        column: Column,
        values: &mut RowValues,
        malformed: &mut HashSet<&'static str>,
    ) -> Option<Refusal> {
        match column {
            Column::Respondent => values.respondent = cell.to_string(),
            Column::Neighbourhood => {
                let key = fold(&cell.replace('_', " "));
                match self.neighbourhoods.get(&cell.to_lowercase()).or_else(|| self.neighbourhoods.get(&key)) {
                    Some(id) => values.neighbourhood = Some(*id),
                    None if cell.is_empty() => {}
                    None => {
                        malformed.insert("neighbourhood");
                        return Some(("resilience-problem-unknown-neighbourhood", vec![("value", cell.to_string())]));
                    }
                }
            }
            Column::Sex => match cell.to_lowercase().as_str() {
                "" => {}
                "f" => values.sex = "female".into(),
                "m" => values.sex = "male".into(),
                v if SEXES.contains(&v) => values.sex = v.to_string(),
                _ => return Some(not_an_option(cell, SEXES)),
            },
            Column::AgeGroup if !cell.is_empty() => match AGE_GROUPS.contains(&cell) {
                true => values.age_group = cell.to_string(),
                false => return Some(not_an_option(cell, AGE_GROUPS)),
            },
            Column::Age if !cell.is_empty() && values.age_group.is_empty() => {
                match cell.parse::<u32>().ok().and_then(age_group_of) {
                    Some(group) => values.age_group = group.to_string(),
                    None => {
                        let args = vec![("value", cell.to_string()), ("low", "18".into()), ("high", "120".into())];
                        return Some(("resilience-problem-out-of-range", args));
                    }
                }
            }
            // '|' and line breaks separate stored fields; a community name has no use for them.
            Column::Community => {
                values.community = cell.chars().filter(|c| *c != '|' && !c.is_control()).take(60).collect()
            }
            Column::Item(index) => match item_value(ITEMS[index].kind, cell) {
                Ok(v) => values.answers[index] = v,
                Err(refusal) => {
                    malformed.insert(ITEMS[index].key);
                    return Some(refusal);
                }
            },
            _ => {}
        }
        None
    }

    /// A checked row as stored, its open answer sealed.
    fn valid(&self, mut values: RowValues, report: &mut Report) -> Valid {
        let free_index = ITEMS.iter().position(|i| i.kind == Kind::FreeText);
        let free_text = free_index.and_then(|i| values.answers[i].take()).unwrap_or_default();
        if !platform::privacy::findings(&free_text).is_empty() {
            report.personal_in_open_answers += 1;
        }
        let free_text = match (self.sealer, free_text.is_empty()) {
            (Some(sealer), false) => sealer.seal(&free_text),
            _ => free_text,
        };
        let answers: Vec<String> = values.answers.into_iter().map(Option::unwrap_or_default).collect();
        Valid {
            respondent: values.respondent,
            neighbourhood_id: values.neighbourhood.unwrap_or_default(),
            sex: values.sex,
            age_group: values.age_group,
            community: values.community,
            answers: answers.join("|"),
            free_text,
        }
    }
}

fn not_an_option(value: &str, options: &[&str]) -> Refusal {
    ("resilience-problem-not-an-option", vec![("value", value.to_string()), ("options", options.join(", "))])
}

async fn insert(tx: &mut Tx, import_id: i64, wave_id: i64, rows: &[Valid]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from(
            "INSERT INTO study_responses (wave_id, import_id, respondent, neighbourhood_id, sex, age_group, community, answers, free_text) VALUES ",
        );
        for i in 0..chunk.len() {
            let b = i * 7;
            sql.push_str(if i == 0 { "" } else { "," });
            sql.push_str(&format!(
                "($1, $2, ${}, ${}, ${}, ${}, ${}, ${}, ${})",
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7,
                b + 8,
                b + 9
            ));
        }
        on_tx!(tx, |c| {
            let mut q = sqlx::query(&sql).bind(wave_id).bind(import_id);
            for r in chunk {
                q = q
                    .bind(&r.respondent)
                    .bind(r.neighbourhood_id)
                    .bind(&r.sex)
                    .bind(&r.age_group)
                    .bind(&r.community)
                    .bind(&r.answers)
                    .bind(&r.free_text);
            }
            q.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

async fn write(
    db: &Db,
    upload: &Upload<'_>,
    valid: &[Valid],
    report: &Report,
    audit_ctx: &AuditCtx,
) -> Result<(), sqlx::Error> {
    let english = platform::i18n::i18n().default_tr();
    let listed: Vec<String> = report.problems.iter().map(|p| p.message(english)).collect();
    let mut tx = db.begin().await?;
    let import_id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO study_imports (study_id, wave_id, file_name, rows_read, rows_imported, valid_rows_only, report, imported_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"
    )
    .bind(upload.study.id)
    .bind(upload.wave_id)
    .bind(upload.file_name)
    .bind(report.rows_read as i64)
    .bind(valid.len() as i64)
    .bind(upload.valid_rows_only && report.problem_count > 0)
    .bind(listed.join("\n"))
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    insert(&mut tx, import_id, upload.wave_id, valid).await?;
    let left_out = report.rows_read - valid.len();
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "resilience.responses_import",
            object_type: "study",
            object_id: upload.study.id.to_string(),
            place_id: Some(upload.study.place_id),
            summary: if left_out > 0 {
                format!(
                    "{} responses from {}; valid rows only: {left_out} rows left out",
                    valid.len(),
                    upload.file_name
                )
            } else {
                format!("{} responses from {}", valid.len(), upload.file_name)
            },
        },
    )
    .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifying_columns_are_found_as_real_exports_name_them() {
        // Headers of real KoboToolbox and Ona exports, as published analysis
        // scripts list them.
        for header in [
            "insert your name",
            "insert your GPS location",
            "_insert your GPS location_latitude",
            "_insert your GPS location_altitude",
            "anagrafica_widgets/nome",
            "anagrafica_widgets/email",
            "anagrafica_widgets/cellulare",
            "emergenza_widgets/indirizzo",
            "about/respondent_name",
            "_geolocation",
            "contact/phone",
        ] {
            assert_eq!(column_of(header), Column::Identifier, "{header}");
        }
        for header in ["school_name", "Giving the condition of Schools", "select your zone in Douala V", "_uuid"] {
            assert_ne!(column_of(header), Column::Identifier, "{header}");
        }
    }

    #[test]
    fn kobo_and_odk_headers_name_the_same_columns() {
        assert_eq!(column_of("brave/brave_03"), Column::Item(2));
        assert_eq!(column_of("group_brave-brave_03"), Column::Item(2));
        assert_eq!(column_of("meta-instanceID"), Column::Respondent);
        assert_eq!(column_of("_uuid"), Column::Respondent);
        assert_eq!(column_of("_submission_time"), Column::Metadata);
        assert_eq!(column_of("SubmissionDate"), Column::Metadata);
        assert_eq!(column_of("trust_municipality"), column_of("local/trust_municipality"));
        assert_eq!(column_of("favourite colour"), Column::Unknown);
    }

    #[test]
    fn values_are_read_as_numbers_or_words() {
        assert_eq!(item_value(Kind::Agreement, "4").unwrap(), Some("4".into()));
        assert_eq!(item_value(Kind::Agreement, "strongly_agree").unwrap(), Some("5".into()));
        assert_eq!(item_value(Kind::Agreement, "dont_know").unwrap(), None);
        assert_eq!(item_value(Kind::Agreement, "7").unwrap_err().0, "resilience-problem-out-of-range");
        assert_eq!(item_value(Kind::YesNo, "yes").unwrap(), Some("1".into()));
        assert_eq!(item_value(Kind::Choice, "police").unwrap(), Some("police".into()));
        assert!(item_value(Kind::Choice, "the mayor").is_err());
    }
}
