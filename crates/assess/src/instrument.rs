//! An instrument as loaded for filling in and for results: groups,
//! questions, choice lists, labels per locale, and skip logic.

use std::collections::BTreeMap;

use platform::i18n::Tr;
use platform::{on_db, Db};

pub mod details;
mod logic;
mod lookup;
pub mod repeats;
pub mod values;

pub use details::{ChoiceDetails, GroupDetails, QuestionDetails};
pub use logic::Logic;
pub use lookup::{code_and_version, find_by_code};

pub const DONT_KNOW: &str = "dont_know";

pub type Labels = BTreeMap<String, String>;

fn label_in(labels: &Labels, tr: Tr) -> String {
    labels.get(tr.code()).or_else(|| labels.get("en")).or_else(|| labels.values().next()).cloned().unwrap_or_default()
}

#[derive(Clone)]
pub struct Question {
    pub id: i64,
    pub group_key: String,
    pub name: String,
    pub qtype: String,
    pub list_name: String,
    pub required: bool,
    pub relevant: String,
    pub constraint: String,
    pub labels: Labels,
    pub details: QuestionDetails,
    /// Its expressions, parsed once.
    pub logic: Logic,
    /// The repeat and entry it is asked for, in a questionnaire laid out for
    /// filling (see `repeats`).
    pub entry: Option<(String, usize)>,
}

/// Question types that ask nothing: a note shows text, a calculation is
/// worked out at every save, and what a form keeps without asking
/// (metadata a device collects, media, choices from files not given).
pub const NOT_ASKED: &[&str] = &["note", "calculate", "kept"];

/// Question types answered with a file.
pub const UPLOADS: &[&str] = &["image", "audio", "video", "file"];

#[derive(Debug, Clone)]
pub struct Choice {
    pub name: String,
    pub labels: Labels,
    pub details: ChoiceDetails,
}

#[derive(Clone)]
pub struct Instrument {
    pub id: i64,
    pub title: Labels,
    pub notes: String,
    pub groups: Vec<(String, Labels)>,
    pub group_details: BTreeMap<String, GroupDetails>,
    /// Each group's `relevant`, parsed once.
    group_relevance: BTreeMap<String, crate::xpath::Expr>,
    pub questions: Vec<Question>,
    pub lists: BTreeMap<String, Vec<Choice>>,
    /// The questions asked in a repeat, by their own name: the repeat's key.
    pub repeat_members: BTreeMap<String, String>,
    /// How many entries each repeat has, once laid out for filling.
    pub entries: repeats::Counts,
}

impl Instrument {
    pub fn title(&self, tr: Tr) -> String {
        label_in(&self.title, tr)
    }

    pub fn choices(&self, list: &str) -> &[Choice] {
        self.lists.get(list).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.name == name)
    }
}

impl Question {
    pub fn label(&self, tr: Tr) -> String {
        label_in(&self.labels, tr)
    }

    pub fn hint(&self, tr: Tr) -> String {
        label_in(&self.details.hints, tr)
    }

    /// The form's own message for an unmet constraint, if it gives one.
    pub fn constraint_message(&self, tr: Tr) -> String {
        label_in(&self.details.constraint_messages, tr)
    }

    pub fn required_message(&self, tr: Tr) -> String {
        label_in(&self.details.required_messages, tr)
    }

    /// Whether the question asks for an answer (see `NOT_ASKED`).
    pub fn asks(&self) -> bool {
        !NOT_ASKED.contains(&self.qtype.as_str())
    }

    /// Whether the answer is a file (a photo, a recording, a document),
    /// uploaded on its own beside the form.
    pub fn is_upload(&self) -> bool {
        UPLOADS.contains(&self.qtype.as_str())
    }

    /// Whether an entry records a value for it: an answer or a calculation.
    pub fn recorded(&self) -> bool {
        self.asks() || self.qtype == "calculate"
    }
}

impl Choice {
    pub fn label(&self, tr: Tr) -> String {
        label_in(&self.labels, tr)
    }
}

pub fn group_label(groups: &[(String, Labels)], key: &str, tr: Tr) -> String {
    groups.iter().find(|(k, _)| k == key).map(|(_, l)| label_in(l, tr)).unwrap_or_default()
}

fn parse_labels(json: &str) -> Labels {
    serde_json::from_str(json).unwrap_or_default()
}

/// An instrument as lists show it: its title in the reader's language.
pub struct Listed {
    pub id: i64,
    pub code: String,
    pub version: i64,
    pub title: String,
}

/// Every stored instrument, each version, by code then version.
pub async fn listed(db: &Db, tr: Tr) -> Result<Vec<Listed>, sqlx::Error> {
    let sql = format!("SELECT {} FROM instruments ORDER BY code, version", ListedRow::COLUMNS);
    let rows: Vec<ListedRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|r| Listed { id: r.id, code: r.code, version: r.version, title: label_in(&parse_labels(&r.labels), tr) })
        .collect())
}

platform::record! {
    struct ListedRow {
        id: i64,
        code: String,
        version: i64,
        labels: String,
    }
}

platform::record! {
    struct ChoiceRow {
        list_name: String,
        name: String,
        labels: String,
        details: String,
    }
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Instrument>, sqlx::Error> {
    let head: Option<(String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT labels, notes FROM instruments WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await)?;
    let Some((title, notes)) = head else { return Ok(None) };
    let groups: Vec<(String, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT key, labels, details FROM instrument_groups WHERE instrument_id = $1 ORDER BY position"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    let sql = format!("SELECT {} FROM questions WHERE instrument_id = $1 ORDER BY position", QuestionRow::COLUMNS);
    let questions: Vec<QuestionRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_all(pool).await)?;
    let sql =
        format!("SELECT {} FROM choices WHERE instrument_id = $1 ORDER BY list_name, position", ChoiceRow::COLUMNS);
    let choices: Vec<ChoiceRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_all(pool).await)?;
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    for row in choices {
        lists.entry(row.list_name).or_default().push(Choice {
            name: row.name,
            labels: parse_labels(&row.labels),
            details: details::read(&row.details),
        });
    }
    let group_details: BTreeMap<String, GroupDetails> =
        groups.iter().map(|(key, _, details)| (key.clone(), details::read(details))).collect();
    let mut instrument = Instrument {
        id,
        title: parse_labels(&title),
        notes,
        groups: groups.into_iter().map(|(k, l, _)| (k, parse_labels(&l))).collect(),
        group_relevance: logic::group_relevance(&group_details),
        group_details,
        questions: questions.into_iter().map(QuestionRow::into_question).collect(),
        lists,
        repeat_members: BTreeMap::new(),
        entries: repeats::Counts::new(),
    };
    instrument.repeat_members =
        repeats::members(&instrument.questions, |group| instrument.repeat_around(group).map(str::to_string));
    Ok(Some(instrument))
}

platform::record! {
    struct QuestionRow {
        id: i64,
        group_key: String,
        name: String,
        qtype: String,
        list_name: String,
        required: bool,
        relevant: String,
        labels: String,
        constraint_expr: String,
        details: String,
    }
}

impl QuestionRow {
    fn into_question(self) -> Question {
        let details: QuestionDetails = details::read(&self.details);
        Question {
            logic: Logic::parse(&self.relevant, &self.constraint_expr, &details),
            id: self.id,
            group_key: self.group_key,
            name: self.name,
            qtype: self.qtype,
            list_name: self.list_name,
            required: self.required,
            relevant: self.relevant,
            constraint: self.constraint_expr,
            labels: parse_labels(&self.labels),
            details,
            entry: None,
        }
    }
}

/// Whether a question applies, given the answers so far: its `relevant`
/// only (see `Instrument::applies` for the groups around it).
pub fn is_relevant(relevant: &str, answers: &BTreeMap<String, String>) -> bool {
    Logic::parse(relevant, "", &QuestionDetails::default()).relevant(answers)
}
