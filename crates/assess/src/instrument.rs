//! An instrument as loaded for filling in and for results: groups,
//! questions, choice lists, labels per locale, and skip logic.

use std::collections::BTreeMap;

use platform::i18n::Tr;
use platform::{on_db, Db};

pub const DONT_KNOW: &str = "dont_know";

pub type Labels = BTreeMap<String, String>;

fn label_in(labels: &Labels, tr: Tr) -> String {
    labels.get(tr.code()).or_else(|| labels.get("en")).or_else(|| labels.values().next()).cloned().unwrap_or_default()
}

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
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub name: String,
    pub labels: Labels,
}

pub struct Instrument {
    pub id: i64,
    pub title: Labels,
    pub notes: String,
    pub groups: Vec<(String, Labels)>,
    pub questions: Vec<Question>,
    pub lists: BTreeMap<String, Vec<Choice>>,
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

pub async fn load(db: &Db, id: i64) -> Result<Option<Instrument>, sqlx::Error> {
    let head: Option<(String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT labels, notes FROM instruments WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await)?;
    let Some((title, notes)) = head else { return Ok(None) };
    let groups: Vec<(String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT key, labels FROM instrument_groups WHERE instrument_id = $1 ORDER BY position"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    type Row = (i64, String, String, String, String, bool, String, String, String);
    let questions: Vec<Row> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, group_key, name, qtype, list_name, required, relevant, labels, constraint_expr FROM questions WHERE instrument_id = $1 ORDER BY position"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    })?;
    let choices: Vec<(String, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT list_name, name, labels FROM choices WHERE instrument_id = $1 ORDER BY list_name, position"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    for (list, name, labels) in choices {
        lists.entry(list).or_default().push(Choice { name, labels: parse_labels(&labels) });
    }
    Ok(Some(Instrument {
        id,
        title: parse_labels(&title),
        notes,
        groups: groups.into_iter().map(|(k, l)| (k, parse_labels(&l))).collect(),
        questions: questions
            .into_iter()
            .map(|(id, group_key, name, qtype, list_name, required, relevant, labels, constraint)| Question {
                id,
                group_key,
                name,
                qtype,
                list_name,
                required,
                relevant,
                constraint,
                labels: parse_labels(&labels),
            })
            .collect(),
        lists,
    }))
}

/// Whether a question applies, given the answers so far. The supported
/// subset of XLSForm `relevant`: `${name} = 'value'` and `${name} != 'value'`,
/// joined with `and`. Anything else counts as applicable.
pub fn is_relevant(relevant: &str, answers: &BTreeMap<String, String>) -> bool {
    if relevant.trim().is_empty() {
        return true;
    }
    relevant.split(" and ").all(|clause| {
        let clause = clause.trim();
        let (negated, parts) = match clause.split_once("!=") {
            Some(p) => (true, p),
            None => match clause.split_once('=') {
                Some(p) => (false, p),
                None => return true,
            },
        };
        let name = parts.0.trim().trim_start_matches("${").trim_end_matches('}');
        let value = parts.1.trim().trim_matches('\'').trim_matches('"');
        let actual = answers.get(name).map(String::as_str).unwrap_or("");
        let selected = actual.split(',').any(|v| v == value);
        selected != negated
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_logic_subset() {
        let mut answers = BTreeMap::new();
        answers.insert("budget".to_string(), "yes".to_string());
        assert!(is_relevant("${budget} = 'yes'", &answers));
        assert!(!is_relevant("${budget} = 'no'", &answers));
        assert!(is_relevant("${budget} != 'no'", &answers));
        assert!(!is_relevant("${structure} = 'yes'", &answers), "an unanswered question selects nothing");
        assert!(is_relevant("", &answers));
        assert!(is_relevant("${budget} = 'yes' and ${x} != 'y'", &answers));
    }
}
