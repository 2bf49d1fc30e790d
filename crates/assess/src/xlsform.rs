//! XLSForm import and export. Reads the `survey`, `choices` and `settings`
//! sheets, `label::Language (code)` columns, and the supported subset of
//! `relevant`, `constraint` and `required`. Everything is checked before
//! anything is written; each problem names its sheet, row and column. A
//! feature outside the subset is an error, never silently dropped; columns
//! Mozaik does not use (hints, appearance…) are accepted and listed as
//! warnings.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::{on_db, on_tx, Db};

use crate::instrument::{Instrument, Labels, DONT_KNOW};

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

#[derive(Debug, thiserror::Error)]
pub enum XlsFormError {
    #[error("the form was rejected and nothing was written:\n{}", .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Rejected(Vec<Problem>),
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("{0}")]
    Other(#[from] anyhow::Error),
}

pub struct ParsedQuestion {
    pub group: String,
    pub name: String,
    pub qtype: String,
    pub list: String,
    pub required: bool,
    pub relevant: String,
    pub constraint: String,
    pub labels: Labels,
}

pub struct ParsedForm {
    pub code: String,
    pub version: Option<i64>,
    pub title: Labels,
    pub groups: Vec<(String, Labels)>,
    pub questions: Vec<ParsedQuestion>,
    pub lists: BTreeMap<String, Vec<(String, Labels)>>,
    pub warnings: Vec<String>,
}

struct Sheet {
    headers: Vec<String>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Sheet {
    fn get<'a>(&self, row: &'a [String], column: &str) -> &'a str {
        self.headers.iter().position(|h| h == column).and_then(|i| row.get(i)).map(|s| s.trim()).unwrap_or("")
    }

    /// `label` columns: `label` and `label::Language (code)` → code.
    fn labels(&self, row: &[String], prefix: &str, default_locale: &str) -> Labels {
        let mut out = Labels::new();
        for (i, header) in self.headers.iter().enumerate() {
            let Some(value) = row.get(i).map(|s| s.trim()).filter(|s| !s.is_empty()) else { continue };
            if header == prefix {
                out.insert(default_locale.to_string(), value.to_string());
            } else if let Some(lang) = header.strip_prefix(&format!("{prefix}::")) {
                let code = lang.rsplit_once('(').map(|(_, c)| c.trim_end_matches(')').trim()).unwrap_or(lang.trim());
                out.insert(code.to_string(), value.to_string());
            }
        }
        out
    }
}

fn cell_text(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn read_sheet(workbook: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Option<Sheet> {
    let range = workbook.worksheet_range(name).ok()?;
    let mut rows = range.rows().enumerate();
    let headers: Vec<String> = rows.next()?.1.iter().map(|c| cell_text(c).trim().to_string()).collect();
    let rows = rows
        .map(|(i, r)| (i + 1, r.iter().map(cell_text).collect::<Vec<_>>()))
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Some(Sheet { headers, rows })
}

const SURVEY_COLUMNS: &[&str] =
    &["type", "name", "label", "required", "relevant", "constraint", "constraint_message", "appearance", "hint"];

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Checks a `relevant` expression against the supported subset, returning
/// the question names it refers to.
fn check_relevant(expr: &str) -> Result<Vec<String>, String> {
    let mut refs = Vec::new();
    for clause in expr.split(" and ") {
        let clause = clause.trim();
        let inner = clause
            .strip_prefix("selected(")
            .and_then(|r| r.strip_suffix(')'))
            .map(|r| r.split_once(',').map(|(a, b)| (a.trim(), "=", b.trim())));
        let parts = match inner {
            Some(Some(p)) => Some(p),
            Some(None) => None,
            None => clause
                .split_once("!=")
                .map(|(a, b)| (a.trim(), "!=", b.trim()))
                .or_else(|| clause.split_once('=').map(|(a, b)| (a.trim(), "=", b.trim()))),
        };
        let Some((left, _, right)) = parts else {
            return Err(format!("'{clause}' is outside the supported subset: ${{name}} = 'value', ${{name}} != 'value' or selected(${{name}}, 'value'), joined with and"));
        };
        let name = left.strip_prefix("${").and_then(|l| l.strip_suffix('}'));
        let quoted =
            (right.starts_with('\'') && right.ends_with('\'')) || (right.starts_with('"') && right.ends_with('"'));
        match name {
            Some(name) if quoted && right.len() >= 2 => refs.push(name.to_string()),
            _ => {
                return Err(format!("'{clause}' is outside the supported subset: ${{name}} = 'value', ${{name}} != 'value' or selected(${{name}}, 'value'), joined with and"))
            }
        }
    }
    Ok(refs)
}

/// Normalises `selected(${q}, 'v')` to `${q} = 'v'`, the form the evaluator reads.
fn normalise_relevant(expr: &str) -> String {
    expr.split(" and ")
        .map(|clause| {
            let clause = clause.trim();
            match clause.strip_prefix("selected(").and_then(|r| r.strip_suffix(')')).and_then(|r| r.split_once(',')) {
                Some((q, v)) => format!("{} = {}", q.trim(), v.trim()),
                None => clause.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Numeric bounds: `. >= 0`, `. <= 100`, `. > 0`, `. < 10`, joined with `and`.
pub fn check_constraint(expr: &str) -> Result<(), String> {
    for clause in expr.split(" and ") {
        let clause = clause.trim();
        let rest = clause.strip_prefix('.').map(str::trim);
        let ok = rest.is_some_and(|r| {
            ["<=", ">=", "<", ">"].iter().any(|op| r.strip_prefix(op).is_some_and(|n| n.trim().parse::<f64>().is_ok()))
        });
        if !ok {
            return Err(format!(
                "'{clause}' is outside the supported subset: numeric bounds such as . >= 0 and . <= 100"
            ));
        }
    }
    Ok(())
}

/// Whether a number meets a constraint of the supported subset.
pub fn meets(expr: &str, value: f64) -> bool {
    expr.split(" and ").all(|clause| {
        let r = clause.trim().trim_start_matches('.').trim();
        for (op, f) in [("<=", f64::le as fn(&f64, &f64) -> bool), (">=", f64::ge), ("<", f64::lt), (">", f64::gt)] {
            if let Some(n) = r.strip_prefix(op).and_then(|n| n.trim().parse::<f64>().ok()) {
                return f(&value, &n);
            }
        }
        true
    })
}

pub fn parse(bytes: Vec<u8>, fallback_code: &str) -> Result<ParsedForm, Vec<Problem>> {
    let problem = |sheet: &str, row: usize, column: &str, reason: String| Problem {
        sheet: sheet.into(),
        row,
        column: column.into(),
        reason,
    };
    // Measured before anything unpacks it: a small file can expand to gigabytes.
    match platform::upload::check_archive(&bytes) {
        Ok(()) | Err(platform::upload::ArchiveError::NotAnArchive) => {}
        Err(e) => return Err(vec![problem("(file)", 0, "", e.to_string())]),
    }
    let mut workbook: Xlsx<_> = match open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(w) => w,
        Err(e) => return Err(vec![problem("(file)", 0, "", format!("this is not an XLSX workbook: {e}"))]),
    };
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let settings = read_sheet(&mut workbook, "settings");
    let setting = |name: &str| {
        settings.as_ref().and_then(|s| s.rows.first().map(|(_, r)| s.get(r, name).to_string())).unwrap_or_default()
    };
    let default_locale = match setting("default_language") {
        d if d.is_empty() => "en".to_string(),
        d => d.rsplit_once('(').map(|(_, c)| c.trim_end_matches(')').to_string()).unwrap_or(d),
    };
    let Some(survey) = read_sheet(&mut workbook, "survey") else {
        return Err(vec![problem("survey", 0, "", "the workbook has no survey sheet".into())]);
    };
    for column in ["type", "name"] {
        if !survey.headers.iter().any(|h| h == column) {
            problems.push(problem("survey", 1, column, "this required column is missing".into()));
        }
    }
    for header in &survey.headers {
        let base = header.split("::").next().unwrap_or(header);
        if header.is_empty() || SURVEY_COLUMNS.contains(&base) {
            if matches!(base, "hint" | "appearance" | "constraint_message") && base != "appearance" {
                warnings.push(format!("survey column {header} is not used by Mozaik"));
            }
            continue;
        }
        if base == "calculation"
            || base == "choice_filter"
            || base == "repeat_count"
            || base == "default"
            || base == "read_only"
        {
            problems.push(problem("survey", 1, header, format!("the column {header} is not supported by Mozaik")));
        } else {
            warnings.push(format!("survey column {header} is not used by Mozaik"));
        }
    }
    let choices = read_sheet(&mut workbook, "choices");
    let mut lists: BTreeMap<String, Vec<(String, Labels)>> = BTreeMap::new();
    if let Some(sheet) = &choices {
        for (row, cells) in &sheet.rows {
            let list = sheet.get(cells, "list_name").to_string();
            let name = sheet.get(cells, "name").to_string();
            if list.is_empty() || name.is_empty() {
                problems.push(problem(
                    "choices",
                    *row,
                    if list.is_empty() { "list_name" } else { "name" },
                    "this cell must not be empty".into(),
                ));
                continue;
            }
            let entry = lists.entry(list.clone()).or_default();
            if entry.iter().any(|(n, _)| *n == name) {
                problems.push(problem("choices", *row, "name", format!("'{name}' appears twice in the list {list}")));
            }
            entry.push((name, sheet.labels(cells, "label", &default_locale)));
        }
    }
    let mut questions = Vec::new();
    let mut groups: Vec<(String, Labels)> = Vec::new();
    let mut open_groups: Vec<String> = Vec::new();
    let mut names = BTreeSet::new();
    for (row, cells) in &survey.rows {
        let row = *row;
        let kind = survey.get(cells, "type");
        let name = survey.get(cells, "name").to_string();
        let mut words = kind.split_whitespace();
        let base = words.next().unwrap_or("");
        let list = words.next().unwrap_or("").to_string();
        if name == PLACE_CODE && base == "text" {
            // The municipality question of Mozaik's own export (see `export`):
            // an entry knows its municipality.
            continue;
        }
        match base {
            "begin" | "begin_group" if kind.contains("group") => {
                open_groups.push(name.clone());
                groups.push((name, survey.labels(cells, "label", &default_locale)));
                continue;
            }
            "end" | "end_group" if kind.contains("group") => {
                if open_groups.pop().is_none() {
                    problems.push(problem("survey", row, "type", "end group without a begin group".into()));
                }
                continue;
            }
            "start" | "end" | "today" | "deviceid" | "username" => {
                warnings.push(format!("survey row {row}: metadata field {base} is not used by Mozaik"));
                continue;
            }
            _ => {}
        }
        let qtype = match base {
            "select_one" if survey.get(cells, "appearance").contains("likert") => "likert",
            "select_one" => "select_one",
            "select_multiple" => "select_multiple",
            "rank" => "rank",
            "integer" => "integer",
            "decimal" => "decimal",
            "text" => "text",
            "date" => "date",
            other => {
                problems.push(problem("survey", row, "type", format!("the question type '{other}' is not supported; Mozaik reads select_one, select_multiple, rank, integer, decimal, text, date and groups")));
                continue;
            }
        };
        if !valid_name(&name) {
            problems.push(problem(
                "survey",
                row,
                "name",
                format!("'{name}' is not a valid name: letters, digits, _ and -, starting with a letter"),
            ));
        } else if !names.insert(name.clone()) {
            problems.push(problem("survey", row, "name", format!("'{name}' is used twice")));
        }
        if matches!(qtype, "select_one" | "likert" | "select_multiple" | "rank") {
            if list.is_empty() {
                problems.push(problem("survey", row, "type", format!("{base} needs the name of a choice list")));
            } else if !lists.contains_key(&list) {
                problems.push(problem(
                    "survey",
                    row,
                    "type",
                    format!("the choice list '{list}' is missing from the choices sheet"),
                ));
            }
        }
        let required = match survey.get(cells, "required").to_lowercase().as_str() {
            "" | "no" | "false" | "false()" => false,
            "yes" | "true" | "true()" => true,
            other => {
                problems.push(problem("survey", row, "required", format!("'{other}' is not yes or no")));
                false
            }
        };
        let relevant = survey.get(cells, "relevant").to_string();
        if !relevant.is_empty() {
            match check_relevant(&relevant) {
                Ok(refs) => {
                    for r in refs.iter().filter(|r| !names.contains(*r)) {
                        problems.push(problem(
                            "survey",
                            row,
                            "relevant",
                            format!("refers to '{r}', which is not an earlier question"),
                        ));
                    }
                }
                Err(reason) => problems.push(problem("survey", row, "relevant", reason)),
            }
        }
        let constraint = survey.get(cells, "constraint").to_string();
        if !constraint.is_empty() {
            if !matches!(qtype, "integer" | "decimal") {
                problems.push(problem(
                    "survey",
                    row,
                    "constraint",
                    "constraints are supported on integer and decimal questions".into(),
                ));
            } else if let Err(reason) = check_constraint(&constraint) {
                problems.push(problem("survey", row, "constraint", reason));
            }
        }
        questions.push(ParsedQuestion {
            group: open_groups.last().cloned().unwrap_or_default(),
            name,
            qtype: qtype.to_string(),
            list,
            required,
            relevant: normalise_relevant(&relevant),
            constraint,
            labels: survey.labels(cells, "label", &default_locale),
        });
    }
    if let Some(open) = open_groups.last() {
        problems.push(problem("survey", 0, "", format!("the group '{open}' is never closed with end group")));
    }
    if questions.is_empty() && problems.is_empty() {
        problems.push(problem("survey", 0, "", "the form has no questions".into()));
    }
    // Every list offers "don't know": Mozaik counts it as an answer.
    for choices in lists.values_mut() {
        if !choices.iter().any(|(n, _)| n == DONT_KNOW) {
            let mut labels = Labels::new();
            labels.insert("en".into(), "Don't know".into());
            choices.push((DONT_KNOW.into(), labels));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let code = match setting("form_id") {
        id if id.is_empty() => fallback_code.to_string(),
        id => id,
    };
    let mut title = Labels::new();
    title.insert(
        default_locale,
        match setting("form_title") {
            t if t.is_empty() => code.clone(),
            t => t,
        },
    );
    if groups.is_empty() {
        groups.push((String::new(), Labels::new()));
    }
    Ok(ParsedForm { version: setting("version").parse().ok(), code, title, groups, questions, lists, warnings })
}

/// Checks and stores an XLSForm as a new instrument version; returns its id
/// and the warnings. Nothing is written when the form is refused.
pub async fn import(
    db: &Db,
    bytes: Vec<u8>,
    fallback_code: &str,
    audit_ctx: &AuditCtx,
) -> Result<(i64, Vec<String>), XlsFormError> {
    let form = parse(bytes, fallback_code).map_err(XlsFormError::Rejected)?;
    let latest: Option<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT MAX(version) FROM instruments WHERE code = $1")
            .bind(&form.code)
            .fetch_one(pool)
            .await)?;
    let version = match (form.version, latest) {
        (Some(v), Some(l)) if v <= l => {
            return Err(XlsFormError::Rejected(vec![Problem {
                sheet: "settings".into(),
                row: 2,
                column: "version".into(),
                reason: format!("version {v} of '{}' already exists; give the form a higher version", form.code),
            }]))
        }
        (Some(v), _) => v,
        (None, l) => l.unwrap_or(0) + 1,
    };
    let json = |labels: &Labels| serde_json::to_string(labels).unwrap_or_default();
    let mut tx = db.begin().await?;
    let id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO instruments (code, version, labels, notes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(&form.code)
    .bind(version)
    .bind(json(&form.title))
    .bind("Imported from XLSForm.")
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    for (position, (key, labels)) in form.groups.iter().enumerate() {
        on_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO instrument_groups (instrument_id, key, position, labels) VALUES ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(key)
        .bind(position as i64)
        .bind(json(labels))
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    for (position, q) in form.questions.iter().enumerate() {
        on_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO questions (instrument_id, position, group_key, name, qtype, list_name, required, relevant, labels, constraint_expr) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
        )
        .bind(id)
        .bind(position as i64)
        .bind(&q.group)
        .bind(&q.name)
        .bind(&q.qtype)
        .bind(&q.list)
        .bind(q.required)
        .bind(&q.relevant)
        .bind(json(&q.labels))
        .bind(&q.constraint)
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    for (list, choices) in &form.lists {
        for (position, (name, labels)) in choices.iter().enumerate() {
            on_tx!(&mut tx, |c| sqlx::query(
                "INSERT INTO choices (instrument_id, list_name, name, position, labels) VALUES ($1, $2, $3, $4, $5)"
            )
            .bind(id)
            .bind(list)
            .bind(name)
            .bind(position as i64)
            .bind(json(labels))
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
    }
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "assess.instrument_import",
            object_type: "instrument",
            object_id: format!("{} v{version}", form.code),
            place_id: None,
            summary: format!(
                "{} questions, {} choice lists, {} warnings",
                form.questions.len(),
                form.lists.len(),
                form.warnings.len()
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((id, form.warnings))
}

/// The question a deployed form asks for the answering municipality's code.
pub const PLACE_CODE: &str = "place_code";

/// An instrument as an XLSForm workbook, every locale in its own label column.
pub fn export(instrument: &Instrument, code: &str, version: i64) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let locales: Vec<(&str, &str)> =
        platform::i18n::i18n().locales().iter().map(|l| (l.info.code, l.info.autonym)).collect();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    {
        let survey = workbook.add_worksheet();
        survey.set_name("survey")?;
        let mut headers = vec!["type".to_string(), "name".to_string()];
        headers.extend(locales.iter().map(|(code, name)| format!("label::{name} ({code})")));
        headers.extend(["required", "relevant", "constraint", "appearance"].map(String::from));
        for (c, h) in headers.iter().enumerate() {
            survey.write_string(0, c as u16, h)?;
        }
        // Which municipality answers: Mozaik knows it from the entry, but a
        // KoboToolbox or ODK deployment of this form must ask, so that its
        // export can come back in (`answers_import`).
        survey.write_string(1, 0, "text")?;
        survey.write_string(1, 1, PLACE_CODE)?;
        for (i, (code, _)) in locales.iter().enumerate() {
            let label =
                platform::i18n::i18n().get(code).map(|tr| tr.t("assess-xlsform-place-code")).unwrap_or_default();
            survey.write_string(1, 2 + i as u16, label)?;
        }
        survey.write_string(1, 2 + locales.len() as u16, "yes")?;
        let mut row = 2u32;
        let mut current_group = String::new();
        for q in &instrument.questions {
            if q.group_key != current_group {
                if !current_group.is_empty() {
                    survey.write_string(row, 0, "end group")?;
                    row += 1;
                }
                survey.write_string(row, 0, "begin group")?;
                survey.write_string(row, 1, &q.group_key)?;
                if let Some((_, labels)) = instrument.groups.iter().find(|(k, _)| *k == q.group_key) {
                    for (i, (code, _)) in locales.iter().enumerate() {
                        survey.write_string(row, 2 + i as u16, labels.get(*code).map(String::as_str).unwrap_or(""))?;
                    }
                }
                row += 1;
                current_group = q.group_key.clone();
            }
            let kind = match q.qtype.as_str() {
                "likert" => format!("select_one {}", q.list_name),
                "select_one" | "select_multiple" | "rank" => format!("{} {}", q.qtype, q.list_name),
                other => other.to_string(),
            };
            survey.write_string(row, 0, &kind)?;
            survey.write_string(row, 1, &q.name)?;
            for (i, (code, _)) in locales.iter().enumerate() {
                survey.write_string(row, 2 + i as u16, q.labels.get(*code).map(String::as_str).unwrap_or(""))?;
            }
            let base = 2 + locales.len() as u16;
            survey.write_string(row, base, if q.required { "yes" } else { "no" })?;
            survey.write_string(row, base + 1, &q.relevant)?;
            survey.write_string(row, base + 2, &q.constraint)?;
            survey.write_string(row, base + 3, if q.qtype == "likert" { "likert" } else { "" })?;
            row += 1;
        }
        if !current_group.is_empty() {
            survey.write_string(row, 0, "end group")?;
        }
    }
    {
        let choices = workbook.add_worksheet();
        choices.set_name("choices")?;
        choices.write_string(0, 0, "list_name")?;
        choices.write_string(0, 1, "name")?;
        for (i, (code, name)) in locales.iter().enumerate() {
            let _ = code;
            choices.write_string(0, 2 + i as u16, format!("label::{name} ({code})"))?;
        }
        let mut row = 1u32;
        for (list, items) in &instrument.lists {
            for choice in items {
                choices.write_string(row, 0, list)?;
                choices.write_string(row, 1, &choice.name)?;
                for (i, (code, _)) in locales.iter().enumerate() {
                    choices.write_string(
                        row,
                        2 + i as u16,
                        choice.labels.get(*code).map(String::as_str).unwrap_or(""),
                    )?;
                }
                row += 1;
            }
        }
    }
    {
        let settings = workbook.add_worksheet();
        settings.set_name("settings")?;
        for (c, (h, v)) in [
            ("form_title", instrument.title.get("en").cloned().unwrap_or_default()),
            ("form_id", code.to_string()),
            ("version", version.to_string()),
            ("default_language", "English (en)".to_string()),
        ]
        .iter()
        .enumerate()
        {
            settings.write_string(0, c as u16, *h)?;
            settings.write_string(1, c as u16, v)?;
        }
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expression_subsets() {
        assert_eq!(check_relevant("${a} = 'yes' and selected(${b}, 'x')").unwrap(), ["a", "b"]);
        assert!(check_relevant("${a} > 3").is_err());
        assert!(check_relevant("count-selected(${a}) > 1").is_err());
        assert_eq!(normalise_relevant("selected(${b}, 'x')"), "${b} = 'x'");
        assert!(check_constraint(". >= 0 and . <= 100").is_ok());
        assert!(check_constraint("regex(., '^[0-9]+$')").is_err());
        assert!(meets(". >= 0 and . <= 100", 50.0));
        assert!(!meets(". >= 0 and . <= 100", 101.0));
    }
}
