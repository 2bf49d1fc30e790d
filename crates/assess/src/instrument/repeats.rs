//! Repeats: a group answered once per entry (each member of a household,
//! each activity of a year). A question inside a repeat is stored as one
//! answer holding a JSON list, one value per entry; while a municipality
//! fills the form, the questionnaire is laid out with the repeat's
//! questions once per entry, named `name#1`, `name#2`…, so that every check
//! of the form (formats, relevance, constraints, required answers) applies
//! to each entry as to any other question.

use std::collections::BTreeMap;

use super::{Instrument, Question};
use crate::xpath;

/// The most entries a repeat takes, whatever its count says.
pub const MAX_ENTRIES: usize = 50;

/// The name of a repeat question's answer in one entry.
pub fn entry_name(name: &str, entry: usize) -> String {
    format!("{name}#{entry}")
}

/// A question's own name and its entry, from the name it has in the form.
pub fn split_entry(name: &str) -> (&str, Option<usize>) {
    match name.rsplit_once('#') {
        Some((base, n)) => match n.parse() {
            Ok(n) => (base, Some(n)),
            Err(_) => (name, None),
        },
        None => (name, None),
    }
}

/// How many entries each repeat has.
pub type Counts = BTreeMap<String, usize>;

impl Instrument {
    /// The repeat a group is, or sits in.
    pub fn repeat_around(&self, group: &str) -> Option<&str> {
        let mut group = group;
        // Bounded by the number of groups, so a parent cycle cannot loop.
        for _ in 0..=self.group_details.len() {
            let details = self.group_details.get(group)?;
            if details.repeat {
                return self.group_details.get_key_value(group).map(|(key, _)| key.as_str());
            }
            group = details.parent.as_str();
        }
        None
    }

    /// The repeat a question is asked in, by its own name.
    pub fn repeat_of(&self, name: &str) -> Option<&str> {
        let (base, _) = split_entry(name);
        self.repeat_members.get(base).map(String::as_str)
    }

    /// Where a name that question `q` reads is answered: in `q`'s own
    /// entry for a question of the same repeat, in the first entry for a
    /// question of another repeat, as itself otherwise.
    pub fn answer_key(&self, q: &Question, name: &str) -> String {
        self.key_in_entry(name, q.entry.as_ref().map(|(repeat, entry)| (repeat.as_str(), *entry)))
    }

    /// Where a name is answered, read from within `entry` (a repeat and its
    /// entry number), or from outside any repeat.
    pub fn key_in_entry(&self, name: &str, entry: Option<(&str, usize)>) -> String {
        match (self.repeat_members.get(name), entry) {
            (Some(repeat), Some((current, entry))) if repeat == current => entry_name(name, entry),
            (Some(_), _) => entry_name(name, 1),
            (None, _) => name.to_string(),
        }
    }

    /// Whether the name is a repeat's (what `count(${repeat})` counts).
    pub fn is_repeat(&self, name: &str) -> bool {
        self.group_details.get(name).is_some_and(|d| d.repeat)
    }

    /// Every repeat of the form, each with the number of entries it has in
    /// these stored answers: what its `repeat_count` works out to, or else
    /// as many as were answered, and one at least.
    pub fn entry_counts(&self, stored: &BTreeMap<String, String>) -> Counts {
        let mut counts = Counts::new();
        for key in self.group_details.iter().filter(|(_, d)| d.repeat).map(|(key, _)| key) {
            let count = match self.fixed_count(key, stored) {
                Some(n) => n,
                None => self
                    .repeat_members
                    .iter()
                    .filter(|(_, repeat)| *repeat == key)
                    .filter_map(|(name, _)| stored.get(name))
                    .map(|value| entries_of(value).len())
                    .max()
                    .unwrap_or(0)
                    .max(1),
            };
            counts.insert(key.clone(), count.min(MAX_ENTRIES));
        }
        counts
    }

    /// What a repeat's `repeat_count` works out to with these answers, when
    /// it has one and it gives a number.
    pub fn fixed_count(&self, repeat: &str, answers: &BTreeMap<String, String>) -> Option<usize> {
        let written = self.group_details.get(repeat)?.repeat_count.trim();
        if written.is_empty() {
            return None;
        }
        let n = xpath::parse(written).ok()?.eval(answers).number();
        n.is_finite().then(|| (n.max(0.0) as usize).min(MAX_ENTRIES))
    }

    /// The entries the form was shown with (its `entries:<repeat>` fields),
    /// so that entries added but not yet saved are read; a repeat the form
    /// does not name keeps its count.
    pub fn counts_in_form(&self, form: &[(String, String)]) -> Counts {
        let mut counts = self.entries.clone();
        for (repeat, count) in counts.iter_mut() {
            let key = format!("entries:{repeat}");
            if let Some(n) = form.iter().find(|(k, _)| *k == key).and_then(|(_, v)| v.trim().parse::<usize>().ok()) {
                *count = n.min(MAX_ENTRIES);
            }
        }
        counts
    }

    /// The questionnaire as one municipality fills it: each repeat's
    /// questions once per entry, in entry order where the repeat stands.
    pub fn for_entries(&self, counts: &Counts) -> Instrument {
        let mut questions: Vec<Question> = Vec::with_capacity(self.questions.len());
        let mut i = 0;
        while i < self.questions.len() {
            let Some(repeat) = self.repeat_of(&self.questions[i].name) else {
                questions.push(self.questions[i].clone());
                i += 1;
                continue;
            };
            let block: Vec<&Question> =
                self.questions[i..].iter().take_while(|q| self.repeat_of(&q.name) == Some(repeat)).collect();
            for entry in 1..=counts.get(repeat).copied().unwrap_or(1) {
                questions.extend(block.iter().map(|q| Question {
                    name: entry_name(&q.name, entry),
                    entry: Some((repeat.to_string(), entry)),
                    // A file is uploaded for a question, not for an entry:
                    // inside a repeat it is kept, not asked.
                    qtype: if q.is_upload() { "kept".to_string() } else { q.qtype.clone() },
                    ..(*q).clone()
                }));
            }
            i += block.len();
        }
        Instrument { questions, entries: counts.clone(), ..self.clone() }
    }

    /// Stored answers as the form holds them: a repeat question's list
    /// spread over its entries.
    pub fn spread(&self, stored: &BTreeMap<String, String>) -> BTreeMap<String, String> {
        let mut answers = BTreeMap::new();
        for (name, value) in stored {
            if self.repeat_members.contains_key(name) {
                for (i, v) in entries_of(value).into_iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    answers.insert(entry_name(name, i + 1), v);
                }
            } else {
                answers.insert(name.clone(), value.clone());
            }
        }
        answers
    }

    /// The answers to store, by question id: a repeat question's entries
    /// gathered into one list, as long as the repeat has entries.
    pub fn gather(&self, answers: &BTreeMap<String, String>) -> Vec<(i64, String)> {
        let mut out = Vec::new();
        for q in self.questions.iter().filter(|q| q.entry.is_none()) {
            if let Some(value) = answers.get(&q.name) {
                out.push((q.id, value.clone()));
            }
        }
        for (name, repeat) in &self.repeat_members {
            let Some(q) = self.questions.iter().find(|q| split_entry(&q.name).0 == name) else { continue };
            let count = self.entries.get(repeat).copied().unwrap_or(0);
            let values: Vec<String> =
                (1..=count).map(|i| answers.get(&entry_name(name, i)).cloned().unwrap_or_default()).collect();
            // An entry added but not yet answered is kept as an empty value.
            if values.iter().any(|v| !v.is_empty()) || count > 1 {
                out.push((q.id, serde_json::to_string(&values).unwrap_or_default()));
            }
        }
        out
    }

    /// The answers of every entry to a repeat question, or none when the
    /// name is not one.
    pub fn entry_answers(&self, name: &str, answers: &BTreeMap<String, String>) -> Option<Vec<String>> {
        if self.is_repeat(name) {
            return Some(vec!["1".to_string(); self.entries.get(name).copied().unwrap_or(0)]);
        }
        let repeat = self.repeat_members.get(name)?;
        let count = self.entries.get(repeat).copied().unwrap_or(0);
        Some((1..=count).map(|i| answers.get(&entry_name(name, i)).cloned().unwrap_or_default()).collect())
    }
}

/// The questions of each repeat, by their own name: the repeat's key.
pub fn members(questions: &[Question], repeat_around: impl Fn(&str) -> Option<String>) -> BTreeMap<String, String> {
    questions.iter().filter_map(|q| repeat_around(&q.group_key).map(|r| (q.name.clone(), r))).collect()
}

/// A stored repeat answer's entries; a plain value (written before the
/// question was in a repeat, or by an import) is one entry.
fn entries_of(value: &str) -> Vec<String> {
    serde_json::from_str(value).unwrap_or_else(|_| vec![value.to_string()])
}

/// What the form asks to do with a repeat's entries, besides saving.
pub enum EntryChange {
    Add(String),
    /// Removes one entry; those after it move up.
    Remove(String, usize),
}

impl EntryChange {
    /// The change a button of the form asks for (`add` = repeat,
    /// `remove` = repeat#entry).
    pub fn from_form(form: &[(String, String)]) -> Option<EntryChange> {
        let value = |key: &str| form.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        if let Some(repeat) = value("add") {
            return Some(EntryChange::Add(repeat.to_string()));
        }
        let (repeat, entry) = split_entry(value("remove")?);
        Some(EntryChange::Remove(repeat.to_string(), entry?))
    }

    /// Where the form is shown again: at the repeat's entries.
    pub fn anchor(&self) -> String {
        match self {
            EntryChange::Add(repeat) | EntryChange::Remove(repeat, _) => format!("repeat-{repeat}"),
        }
    }

    /// Applies the change to the counts and to the form's fields, so that
    /// the answers of later entries move up into the place of a removed one.
    pub fn apply(&self, instrument: &Instrument, counts: &mut Counts, form: &mut Vec<(String, String)>) {
        match self {
            EntryChange::Add(repeat) => {
                if let Some(n) = counts.get_mut(repeat) {
                    *n = (*n + 1).min(MAX_ENTRIES);
                }
            }
            EntryChange::Remove(repeat, removed) => {
                let Some(n) = counts.get_mut(repeat) else { return };
                if *removed == 0 || *removed > *n {
                    return;
                }
                *n = n.saturating_sub(1);
                form.retain_mut(|(key, _)| renumber(instrument, key, repeat, *removed));
            }
        }
    }

    /// The same change on answers already held (read-only values, defaults),
    /// so that they move with their entry.
    pub fn apply_to_answers(&self, instrument: &Instrument, answers: &mut BTreeMap<String, String>) {
        let EntryChange::Remove(repeat, removed) = self else { return };
        let moved: Vec<(String, String)> = std::mem::take(answers)
            .into_iter()
            .filter_map(|(name, value)| {
                let mut key = format!("q:{name}");
                renumber(instrument, &mut key, repeat, *removed).then(|| (key[2..].to_string(), value))
            })
            .collect();
        answers.extend(moved);
    }
}

/// A form field's key after an entry is removed: its own entry's fields go
/// (false), later entries' fields move up one.
fn renumber(instrument: &Instrument, key: &mut String, repeat: &str, removed: usize) -> bool {
    // Keys are `q:name#i`, `dk:name#i` or `rank:name#i:choice`.
    let Some((prefix, rest)) = key.split_once(':') else { return true };
    let (name, tail) = match rest.split_once(':') {
        Some((name, tail)) => (name, Some(tail)),
        None => (rest, None),
    };
    let (base, Some(entry)) = split_entry(name) else { return true };
    if instrument.repeat_members.get(base).map(String::as_str) != Some(repeat) {
        return true;
    }
    if entry == removed {
        return false;
    }
    if entry > removed {
        let moved = entry_name(base, entry - 1);
        *key = match tail {
            Some(tail) => format!("{prefix}:{moved}:{tail}"),
            None => format!("{prefix}:{moved}"),
        };
    }
    true
}
