//! The questionnaire's logic as the fill form and the answers import honour
//! it: whether a question applies (its own `relevant` and its groups'),
//! whether it must be answered, whether an answer meets its constraint,
//! which choices it offers, and what its calculation gives.

use std::collections::BTreeMap;

use super::{Choice, GroupDetails, Instrument, Question, QuestionDetails};
use crate::xpath::{self, Context, Expr};

/// A question's expressions, parsed once when the instrument is loaded. An
/// expression that does not parse (the import refuses those) counts as
/// absent.
#[derive(Debug, Clone, Default)]
pub struct Logic {
    relevant: Option<Expr>,
    constraint: Option<Expr>,
    calculation: Option<Expr>,
    required_if: Option<Expr>,
    choice_filter: Option<Expr>,
}

fn parsed(expr: &str) -> Option<Expr> {
    if expr.trim().is_empty() {
        return None;
    }
    xpath::parse(expr).ok()
}

impl Logic {
    pub fn parse(relevant: &str, constraint: &str, details: &QuestionDetails) -> Logic {
        Logic {
            relevant: parsed(relevant),
            constraint: parsed(constraint),
            calculation: parsed(&details.calculation),
            required_if: parsed(&details.required_if),
            choice_filter: parsed(&details.choice_filter),
        }
    }

    /// The answers its `relevant` reads.
    pub fn answers_read(&self) -> Vec<String> {
        self.relevant.as_ref().map(Expr::answers_read).unwrap_or_default()
    }

    /// Its own `relevant` against plain answers.
    pub fn relevant(&self, answers: &BTreeMap<String, String>) -> bool {
        self.relevant.as_ref().is_none_or(|e| e.holds(answers))
    }
}

pub fn group_relevance(groups: &BTreeMap<String, GroupDetails>) -> BTreeMap<String, Expr> {
    groups.iter().filter_map(|(key, d)| parsed(&d.relevant).map(|e| (key.clone(), e))).collect()
}

/// What an expression reads while one municipality answers: within a
/// repeat's entry, the repeat's questions are that entry's.
struct Scope<'a> {
    instrument: &'a Instrument,
    answers: &'a BTreeMap<String, String>,
    current: Option<&'a str>,
    choice: Option<&'a Choice>,
    entry: Option<(&'a str, usize)>,
}

impl Context for Scope<'_> {
    fn answer(&self, name: &str) -> Option<String> {
        self.answers.get(&self.instrument.key_in_entry(name, self.entry)).cloned()
    }

    fn nodes(&self, name: &str) -> Option<Vec<String>> {
        self.instrument.entry_answers(name, self.answers)
    }

    fn position(&self) -> Option<usize> {
        self.entry.map(|(_, entry)| entry)
    }

    fn entry_answer(&self, name: &str, entry: usize) -> Option<String> {
        self.answers.get(&super::repeats::entry_name(name, entry)).cloned()
    }

    fn current(&self) -> Option<String> {
        self.current.map(str::to_string)
    }

    fn column(&self, name: &str) -> Option<String> {
        match self.choice {
            Some(choice) if name == "name" => Some(choice.name.clone()),
            Some(choice) => choice.details.columns.get(name).cloned().or_else(|| self.answer(name)),
            None => self.answer(name),
        }
    }

    fn choice_label(&self, question: &str, value: &str) -> Option<String> {
        let q = self.instrument.question(question).or_else(|| {
            let first = super::repeats::entry_name(question, 1);
            self.instrument.question(&first)
        })?;
        let choice = self.instrument.choices(&q.list_name).iter().find(|c| c.name == value)?;
        Some(choice.labels.get("en").or_else(|| choice.labels.values().next())?.clone())
    }
}

impl Instrument {
    fn scope<'a>(&'a self, answers: &'a BTreeMap<String, String>) -> Scope<'a> {
        Scope { instrument: self, answers, current: None, choice: None, entry: None }
    }

    /// The scope of one question: its entry, when it is asked in a repeat.
    fn scope_for<'a>(&'a self, q: &'a Question, answers: &'a BTreeMap<String, String>) -> Scope<'a> {
        Scope { entry: q.entry.as_ref().map(|(repeat, entry)| (repeat.as_str(), *entry)), ..self.scope(answers) }
    }

    /// Whether a question applies: its own `relevant` and that of every
    /// group around it hold.
    pub fn applies(&self, q: &Question, answers: &BTreeMap<String, String>) -> bool {
        let scope = self.scope_for(q, answers);
        if q.logic.relevant.as_ref().is_some_and(|e| !e.holds(&scope)) {
            return false;
        }
        let mut group = q.group_key.as_str();
        // Bounded by the number of groups, so a parent cycle cannot loop.
        for _ in 0..=self.group_details.len() {
            if group.is_empty() {
                break;
            }
            if self.group_relevance.get(group).is_some_and(|e| !e.holds(&scope)) {
                return false;
            }
            group = self.group_details.get(group).map(|d| d.parent.as_str()).unwrap_or("");
        }
        true
    }

    /// The answers a question's relevance reads: its own `relevant` and that
    /// of every group around it.
    pub fn answers_read_by(&self, q: &Question) -> Vec<String> {
        let mut read = q.logic.answers_read();
        let mut group = q.group_key.as_str();
        // Bounded by the number of groups, so a parent cycle cannot loop.
        for _ in 0..=self.group_details.len() {
            if group.is_empty() {
                break;
            }
            if let Some(e) = self.group_relevance.get(group) {
                read.extend(e.answers_read());
            }
            group = self.group_details.get(group).map(|d| d.parent.as_str()).unwrap_or("");
        }
        read
    }

    /// Whether a question must be answered (where it applies).
    pub fn requires(&self, q: &Question, answers: &BTreeMap<String, String>) -> bool {
        q.asks() && (q.required || q.logic.required_if.as_ref().is_some_and(|e| e.holds(&self.scope_for(q, answers))))
    }

    /// Whether an answer meets the question's constraint (`.` is the answer).
    pub fn meets(&self, q: &Question, value: &str, answers: &BTreeMap<String, String>) -> bool {
        let scope = Scope { current: Some(value), ..self.scope_for(q, answers) };
        q.logic.constraint.as_ref().is_none_or(|e| e.holds(&scope))
    }

    /// The choices a question offers given the answers (its `choice_filter`).
    pub fn offered(&self, q: &Question, answers: &BTreeMap<String, String>) -> Vec<&Choice> {
        let all = self.choices(&q.list_name);
        match &q.logic.choice_filter {
            None => all.iter().collect(),
            Some(filter) => {
                all.iter().filter(|c| filter.holds(&Scope { choice: Some(c), ..self.scope_for(q, answers) })).collect()
            }
        }
    }

    /// The form's default for a question: an expression (`today()`,
    /// `${x}`, `if(…)`) is worked out, anything else is the value as
    /// written; one that needs what a server does not have (`${last-saved#x}`)
    /// gives nothing.
    pub fn default_value(&self, q: &Question, answers: &BTreeMap<String, String>) -> String {
        let written = q.details.default.trim();
        if !(written.contains("${") || written.contains('(')) {
            return written.to_string();
        }
        xpath::parse(written).map(|e| e.eval(&self.scope_for(q, answers)).text()).unwrap_or_default()
    }

    /// Whether a question is shown but not changed (`read_only`: yes, or an
    /// expression that holds).
    pub fn is_read_only(&self, q: &Question, answers: &BTreeMap<String, String>) -> bool {
        match q.details.read_only.trim().to_lowercase().as_str() {
            "" | "no" | "false" | "false()" => false,
            "yes" | "true" | "true()" => true,
            _ => xpath::parse(&q.details.read_only).is_ok_and(|e| e.holds(&self.scope_for(q, answers))),
        }
    }

    /// Works out every calculation that applies, in the form's order, and
    /// drops the value of one that no longer applies. Twice, so that a
    /// calculation may read one written after it.
    pub fn calculate(&self, answers: &mut BTreeMap<String, String>) {
        for _ in 0..2 {
            for q in self.questions.iter().filter(|q| q.logic.calculation.is_some()) {
                let value = match (&q.logic.calculation, self.applies(q, answers)) {
                    (Some(e), true) => e.eval(&self.scope_for(q, answers)).text(),
                    _ => String::new(),
                };
                if value.is_empty() {
                    answers.remove(&q.name);
                } else {
                    answers.insert(q.name.clone(), value);
                }
            }
        }
    }
}
