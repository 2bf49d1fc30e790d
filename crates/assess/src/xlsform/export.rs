//! An instrument as an XLSForm workbook that pyxform, KoboToolbox and ODK
//! read, and that Mozaik imports back to the same questionnaire: every
//! language of the title, labels, hints and messages, every column kept at
//! import, expressions as written, groups and repeats nested as they were.

use std::collections::{BTreeMap, BTreeSet};

use platform::i18n::LOCALES;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::languages::language_header;
use super::PLACE_CODE;
use crate::instrument::{Instrument, Labels, Question};

/// How a row fills one cell.
type Cell<T> = Box<dyn Fn(&T) -> String>;

/// A text field of a survey row.
type Field = fn(&Row) -> &String;

/// One sheet's columns, each with how a row fills it.
struct Columns<T> {
    headers: Vec<String>,
    cells: Vec<Cell<T>>,
}

impl<T: 'static> Columns<T> {
    fn new() -> Self {
        Columns { headers: Vec::new(), cells: Vec::new() }
    }

    fn add(&mut self, header: impl Into<String>, cell: impl Fn(&T) -> String + 'static) {
        self.headers.push(header.into());
        self.cells.push(Box::new(cell));
    }

    /// One column per language for a translated field.
    fn translated(&mut self, field: &str, languages: &[String], get: fn(&T) -> &Labels) {
        for language in languages {
            let key = language.clone();
            self.add(format!("{field}::{}", language_header(language)), move |row| {
                get(row).get(&key).cloned().unwrap_or_default()
            });
        }
    }

    fn write(&self, sheet: &mut Worksheet, rows: &[T]) -> Result<(), XlsxError> {
        for (c, header) in self.headers.iter().enumerate() {
            sheet.write_string(0, c as u16, header)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in self.cells.iter().enumerate() {
                let value = cell(row);
                if !value.is_empty() {
                    sheet.write_string(r as u32 + 1, c as u16, value)?;
                }
            }
        }
        Ok(())
    }
}

/// A survey row: a question, or the beginning or end of a group.
struct Row {
    kind: String,
    name: String,
    labels: Labels,
    hints: Labels,
    required: String,
    relevant: String,
    constraint: String,
    constraint_messages: Labels,
    required_messages: Labels,
    calculation: String,
    default: String,
    read_only: String,
    appearance: String,
    choice_filter: String,
    parameters: String,
    repeat_count: String,
    kept: BTreeMap<String, String>,
}

impl Row {
    fn blank(kind: &str) -> Row {
        Row {
            kind: kind.into(),
            name: String::new(),
            labels: Labels::new(),
            hints: Labels::new(),
            required: String::new(),
            relevant: String::new(),
            constraint: String::new(),
            constraint_messages: Labels::new(),
            required_messages: Labels::new(),
            calculation: String::new(),
            default: String::new(),
            read_only: String::new(),
            appearance: String::new(),
            choice_filter: String::new(),
            parameters: String::new(),
            repeat_count: String::new(),
            kept: BTreeMap::new(),
        }
    }

    fn question(q: &Question) -> Row {
        let d = &q.details;
        let kind = match (d.written_type.is_empty(), q.qtype.as_str()) {
            (false, _) => d.written_type.clone(),
            (true, "likert") => format!("select_one {}", q.list_name),
            (true, "select_one" | "select_multiple" | "rank") => {
                format!("{} {}{}", q.qtype, q.list_name, if d.or_other { " or_other" } else { "" })
            }
            (true, other) => other.to_string(),
        };
        let appearance = match (d.appearance.is_empty(), q.qtype.as_str()) {
            (true, "likert") => "likert".to_string(),
            _ => d.appearance.clone(),
        };
        // A key `group/name` (a name used twice in the form) is written as
        // the name; an unnamed note is written without one.
        let name = q.name.rsplit('/').next().unwrap_or(&q.name);
        let name = if name.starts_with(super::survey::UNNAMED_NOTE) { "" } else { name };
        Row {
            kind,
            name: name.to_string(),
            labels: q.labels.clone(),
            hints: d.hints.clone(),
            required: if !d.required_if.is_empty() {
                d.required_if.clone()
            } else if q.required {
                "yes".into()
            } else {
                String::new()
            },
            relevant: q.relevant.clone(),
            constraint: q.constraint.clone(),
            constraint_messages: d.constraint_messages.clone(),
            required_messages: d.required_messages.clone(),
            calculation: d.calculation.clone(),
            default: d.default.clone(),
            read_only: d.read_only.clone(),
            appearance,
            choice_filter: d.choice_filter.clone(),
            parameters: d.parameters.clone(),
            repeat_count: String::new(),
            kept: d.kept.clone(),
        }
    }
}

/// The languages to write: Mozaik's own (so translators can fill them in),
/// then every other language the instrument has.
fn languages(instrument: &Instrument) -> Vec<String> {
    let mut present: BTreeSet<String> = instrument.title.keys().cloned().collect();
    for q in &instrument.questions {
        present.extend(q.labels.keys().chain(q.details.hints.keys()).cloned());
    }
    for choices in instrument.lists.values() {
        present.extend(choices.iter().flat_map(|c| c.labels.keys().cloned()));
    }
    for (_, labels) in &instrument.groups {
        present.extend(labels.keys().cloned());
    }
    let mut out: Vec<String> = LOCALES.iter().filter(|l| !l.from_latin).map(|l| l.code.to_string()).collect();
    let others: Vec<String> = present.into_iter().filter(|k| !out.contains(k)).collect();
    out.extend(others);
    out
}

/// The survey rows in order, with groups and repeats opened and closed
/// around their questions.
fn survey_rows(instrument: &Instrument) -> Vec<Row> {
    let mut place = Row::blank("text");
    place.name = PLACE_CODE.into();
    place.required = "yes".into();
    // Which municipality answers: Mozaik knows it from the entry, but a
    // KoboToolbox or ODK deployment of this form must ask, so that its
    // export can come back in (`answers_import`).
    for locale in LOCALES.iter().filter(|l| !l.from_latin) {
        if let Some(tr) = platform::i18n::i18n().get(locale.code) {
            place.labels.insert(locale.code.into(), tr.t("assess-xlsform-place-code"));
        }
    }
    let mut rows = vec![place];
    let mut open: Vec<String> = Vec::new();
    for q in &instrument.questions {
        let chain = group_chain(instrument, &q.group_key);
        while open.last().is_some_and(|g| !chain.contains(g)) {
            let closed = open.pop().unwrap_or_default();
            rows.push(Row::blank(if instrument.is_repeat(&closed) { "end repeat" } else { "end group" }));
        }
        for group in chain {
            if !open.contains(&group) {
                rows.push(group_row(instrument, &group));
                open.push(group);
            }
        }
        rows.push(Row::question(q));
    }
    while let Some(closed) = open.pop() {
        rows.push(Row::blank(if instrument.is_repeat(&closed) { "end repeat" } else { "end group" }));
    }
    rows
}

/// A group and those around it, outermost first.
fn group_chain(instrument: &Instrument, key: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let mut at = key.to_string();
    while !at.is_empty() && !chain.contains(&at) && chain.len() <= instrument.groups.len() {
        chain.push(at.clone());
        at = instrument.group_details.get(&at).map(|d| d.parent.clone()).unwrap_or_default();
    }
    chain.reverse();
    chain
}

fn group_row(instrument: &Instrument, key: &str) -> Row {
    let details = instrument.group_details.get(key).cloned().unwrap_or_default();
    let mut row = Row::blank(if details.repeat { "begin repeat" } else { "begin group" });
    row.name = key.rsplit('/').next().unwrap_or(key).to_string();
    row.labels = instrument.groups.iter().find(|(k, _)| k == key).map(|(_, l)| l.clone()).unwrap_or_default();
    row.relevant = details.relevant;
    row.repeat_count = details.repeat_count;
    row.appearance = details.appearance;
    row.kept = details.kept;
    row
}

fn text(get: Field) -> impl Fn(&Row) -> String {
    move |row| get(row).clone()
}

fn survey_columns(rows: &[Row], languages: &[String]) -> Columns<Row> {
    let mut columns = Columns::new();
    columns.add("type", text(|r| &r.kind));
    columns.add("name", text(|r| &r.name));
    columns.translated("label", languages, |r| &r.labels);
    let any = |f: fn(&Row) -> bool| rows.iter().any(f);
    if any(|r| !r.hints.is_empty()) {
        columns.translated("hint", languages, |r| &r.hints);
    }
    columns.add("required", text(|r| &r.required));
    columns.add("relevant", text(|r| &r.relevant));
    columns.add("constraint", text(|r| &r.constraint));
    if any(|r| !r.constraint_messages.is_empty()) {
        columns.translated("constraint_message", languages, |r| &r.constraint_messages);
    }
    if any(|r| !r.required_messages.is_empty()) {
        columns.translated("required_message", languages, |r| &r.required_messages);
    }
    let optional: [(&str, Field); 7] = [
        ("calculation", |r| &r.calculation),
        ("default", |r| &r.default),
        ("read_only", |r| &r.read_only),
        ("appearance", |r| &r.appearance),
        ("choice_filter", |r| &r.choice_filter),
        ("parameters", |r| &r.parameters),
        ("repeat_count", |r| &r.repeat_count),
    ];
    for (header, get) in optional {
        if header == "appearance" || rows.iter().any(|r| !get(r).is_empty()) {
            columns.add(header, text(get));
        }
    }
    let kept: BTreeSet<String> = rows.iter().flat_map(|r| r.kept.keys().cloned()).collect();
    for header in kept {
        let key = header.clone();
        columns.add(header, move |r: &Row| r.kept.get(&key).cloned().unwrap_or_default());
    }
    columns
}

/// A choice row: (list, choice).
type ChoiceRow = (String, crate::instrument::Choice);

fn choice_columns(rows: &[ChoiceRow], languages: &[String]) -> Columns<ChoiceRow> {
    let mut columns: Columns<ChoiceRow> = Columns::new();
    columns.add("list_name", |r: &ChoiceRow| r.0.clone());
    columns.add("name", |r: &ChoiceRow| r.1.name.clone());
    columns.translated("label", languages, |r| &r.1.labels);
    let kept: BTreeSet<String> = rows.iter().flat_map(|r| r.1.details.columns.keys().cloned()).collect();
    for header in kept {
        let key = header.clone();
        columns.add(header, move |r: &ChoiceRow| r.1.details.columns.get(&key).cloned().unwrap_or_default());
    }
    columns
}

pub fn export(instrument: &Instrument, code: &str, version: i64) -> Result<Vec<u8>, XlsxError> {
    let languages = languages(instrument);
    let default_language = if instrument.title.contains_key("en") {
        "en".to_string()
    } else {
        instrument.title.keys().next().cloned().unwrap_or_else(|| "en".into())
    };
    let mut workbook = Workbook::new();
    let rows = survey_rows(instrument);
    survey_columns(&rows, &languages).write(workbook.add_worksheet().set_name("survey")?, &rows)?;
    let (external, choices): (Vec<ChoiceRow>, Vec<ChoiceRow>) = instrument
        .lists
        .iter()
        .flat_map(|(list, items)| items.iter().map(|c| (list.clone(), c.clone())))
        .partition(|(_, c)| c.details.external);
    choice_columns(&choices, &languages).write(workbook.add_worksheet().set_name("choices")?, &choices)?;
    if !external.is_empty() {
        let sheet = workbook.add_worksheet().set_name("external_choices")?;
        choice_columns(&external, &languages).write(sheet, &external)?;
    }
    let mut settings: Vec<(String, String)> = vec![
        ("form_title".into(), instrument.title.get(&default_language).cloned().unwrap_or_default()),
        ("form_id".into(), code.to_string()),
        ("version".into(), version.to_string()),
        ("default_language".into(), language_header(&default_language)),
    ];
    // XLSForm has one title; the others are kept beside it.
    settings.extend(
        instrument
            .title
            .iter()
            .filter(|(k, _)| **k != default_language)
            .map(|(k, v)| (format!("form_title_{k}"), v.clone())),
    );
    let sheet = workbook.add_worksheet().set_name("settings")?;
    for (c, (header, value)) in settings.iter().enumerate() {
        sheet.write_string(0, c as u16, header)?;
        sheet.write_string(1, c as u16, value)?;
    }
    workbook.save_to_buffer()
}
