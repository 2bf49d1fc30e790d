//! The fill form's questions as shown: labels in the reader's language with
//! answers put in, choices offered, whether each applies, progress by
//! section, and each answer as readable text.

use std::collections::BTreeMap;

use platform::i18n::Tr;

use crate::instrument::{group_label, Instrument, Question, DONT_KNOW};

pub struct ChoiceView {
    pub name: String,
    pub label: String,
    pub checked: bool,
    /// Its place in a ranking ("" when not ranked).
    pub rank: String,
}

/// Where a question stands given the answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    Yes,
    /// Its condition reads only questions not answered yet: shown as any
    /// other, since it may well apply.
    Pending,
    No,
}

pub struct QuestionView {
    pub name: String,
    pub group: String,
    pub new_group: bool,
    /// Required questions answered of those that apply, in this question's
    /// section (shown with the section's heading).
    pub section_progress: (usize, usize),
    pub label: String,
    pub hint: String,
    pub qtype: String,
    pub required: bool,
    pub applies: Applies,
    pub value: String,
    pub dont_know: bool,
    pub choices: Vec<ChoiceView>,
    /// The answer as a reader reads it: choice labels, "don't know", text.
    pub shown: String,
    /// Shown, not changed (the form's `read_only`).
    pub read_only: bool,
    /// In a repeat: which one, and this question's entry.
    pub entry: Option<EntryView>,
}

/// Where a question stands among a repeat's entries, for the headings and
/// the buttons that add and remove entries.
pub struct EntryView {
    pub repeat: String,
    pub label: String,
    pub number: usize,
    /// The first question of its entry (the entry's heading goes before it).
    pub starts: bool,
    /// The last question of the repeat's last entry (the add button goes after it).
    pub ends_repeat: bool,
    /// Entries are set by the form's `repeat_count`, not added by hand.
    pub fixed: bool,
}

impl QuestionView {
    pub fn not_applicable(&self) -> bool {
        self.applies == Applies::No
    }

    pub fn is_upload(&self) -> bool {
        crate::instrument::UPLOADS.contains(&self.qtype.as_str())
    }

    /// What the file chooser offers, as the upload checks it.
    pub fn accept(&self) -> &'static str {
        match self.qtype.as_str() {
            "image" => "image/png,image/jpeg",
            "audio" => "audio/*",
            "video" => "video/mp4,video/webm",
            _ => ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg,.txt",
        }
    }
}

/// A label with `${name}` replaced by the answer, as ODK shows it (within
/// an entry, the entry's own answer).
fn with_answers(label: &str, answers: &BTreeMap<String, String>, key: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(start) = rest.find("${") {
        let Some(end) = rest[start..].find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str(answers.get(&key(rest[start + 2..start + end].trim())).map(String::as_str).unwrap_or(""));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

fn choice_views(instrument: &Instrument, q: &Question, answers: &BTreeMap<String, String>, tr: Tr) -> Vec<ChoiceView> {
    let value = answers.get(&q.name).map(String::as_str).unwrap_or("");
    let selected: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
    let offered = instrument.offered(q, answers);
    let mut views: Vec<ChoiceView> = offered
        .iter()
        .map(|c| ChoiceView {
            label: c.label(tr),
            checked: selected.contains(&c.name.as_str()),
            rank: selected
                .iter()
                .position(|s| *s == c.name)
                .filter(|_| q.qtype == "rank")
                .map(|i| (i + 1).to_string())
                .unwrap_or_default(),
            name: c.name.clone(),
        })
        .collect();
    // Every single choice allows "don't know", counted as an answer, even
    // when an imported list does not offer it.
    if matches!(q.qtype.as_str(), "select_one" | "likert") && !offered.iter().any(|c| c.name == DONT_KNOW) {
        views.push(ChoiceView {
            name: DONT_KNOW.into(),
            label: tr.t("choice-dont_know"),
            checked: value == DONT_KNOW,
            rank: String::new(),
        });
    }
    views
}

/// Whether a question applies; one whose condition waits on unanswered
/// questions is pending rather than greyed out.
pub fn applies(instrument: &Instrument, q: &Question, answers: &BTreeMap<String, String>) -> Applies {
    if instrument.applies(q, answers) {
        return Applies::Yes;
    }
    let read = instrument.answers_read_by(q);
    if !read.is_empty() && read.iter().all(|name| !answers.contains_key(&instrument.answer_key(q, name))) {
        Applies::Pending
    } else {
        Applies::No
    }
}

fn shown(q: &Question, value: &str, choices: &[ChoiceView], tr: Tr) -> String {
    if value == DONT_KNOW {
        return tr.t("choice-dont_know");
    }
    if choices.is_empty() {
        return value.to_string();
    }
    let mut chosen: Vec<&ChoiceView> = choices.iter().filter(|c| c.checked).collect();
    if q.qtype == "rank" {
        chosen.sort_by_key(|c| c.rank.parse::<usize>().unwrap_or(usize::MAX));
        return chosen.iter().map(|c| format!("{}. {}", c.rank, c.label)).collect::<Vec<_>>().join("; ");
    }
    chosen.iter().map(|c| c.label.as_str()).collect::<Vec<_>>().join("; ")
}

fn view(instrument: &Instrument, q: &Question, answers: &BTreeMap<String, String>, tr: Tr) -> QuestionView {
    let value = answers.get(&q.name).cloned().unwrap_or_default();
    let choices = choice_views(instrument, q, answers, tr);
    QuestionView {
        name: q.name.clone(),
        group: group_label(&instrument.groups, &q.group_key, tr),
        new_group: false,
        section_progress: (0, 0),
        label: with_answers(&q.label(tr), answers, |name| instrument.answer_key(q, name)),
        hint: with_answers(&q.hint(tr), answers, |name| instrument.answer_key(q, name)),
        qtype: q.qtype.clone(),
        required: instrument.requires(q, answers),
        applies: applies(instrument, q, answers),
        dont_know: value == DONT_KNOW,
        shown: shown(q, &value, &choices, tr),
        read_only: instrument.is_read_only(q, answers),
        value: if value == DONT_KNOW { String::new() } else { value },
        choices,
        entry: q.entry.as_ref().map(|(repeat, number)| EntryView {
            label: Some(group_label(&instrument.groups, repeat, tr))
                .filter(|l| !l.is_empty())
                .unwrap_or_else(|| repeat.clone()),
            fixed: instrument.group_details.get(repeat).is_some_and(|d| !d.repeat_count.trim().is_empty()),
            repeat: repeat.clone(),
            number: *number,
            starts: false,
            ends_repeat: false,
        }),
    }
}

/// Marks where each entry starts and where each repeat ends.
fn mark_entries(views: &mut [QuestionView]) {
    let at = |views: &[QuestionView], i: usize| {
        views.get(i).and_then(|v| v.entry.as_ref().map(|e| (e.repeat.clone(), e.number)))
    };
    for i in 0..views.len() {
        let (before, here, after) = (i.checked_sub(1).and_then(|j| at(views, j)), at(views, i), at(views, i + 1));
        if let (Some(entry), Some((repeat, _))) = (views[i].entry.as_mut(), here.clone()) {
            entry.starts = before != here;
            entry.ends_repeat = after.map(|(r, _)| r) != Some(repeat);
        }
    }
}

/// Which unanswered questions show the form's default, which a save then
/// keeps (afterwards an answer cleared on purpose stays cleared).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Prefill {
    /// An entry never saved: every question.
    Everything,
    /// The questions of a repeat's entries that have no answer yet.
    NewEntries,
    /// None: the form as typed, or a submission as it stands.
    Nothing,
}

/// The questions as shown, with defaults where `prefill` says.
pub fn views(
    instrument: &Instrument,
    answers: &BTreeMap<String, String>,
    tr: Tr,
    prefill: Prefill,
) -> Vec<QuestionView> {
    let mut with_defaults = answers.clone();
    // An entry of a repeat with no answer yet (just added) is new too.
    let answered_entries: std::collections::BTreeSet<(&str, usize)> = instrument
        .questions
        .iter()
        .filter(|q| q.asks() && answers.contains_key(&q.name))
        .filter_map(|q| q.entry.as_ref().map(|(repeat, entry)| (repeat.as_str(), *entry)))
        .collect();
    let new = |q: &Question| match (&q.entry, prefill) {
        (_, Prefill::Everything) => true,
        (Some((repeat, entry)), Prefill::NewEntries) => !answered_entries.contains(&(repeat.as_str(), *entry)),
        _ => false,
    };
    for q in instrument.questions.iter().filter(|q| new(q) && q.asks() && !answers.contains_key(&q.name)) {
        let default = instrument.default_value(q, answers);
        if !default.is_empty() {
            with_defaults.insert(q.name.clone(), default);
        }
    }
    let answers = &with_defaults;
    let shown: Vec<&Question> = instrument.questions.iter().filter(|q| q.asks() || q.qtype == "note").collect();
    let mut out: Vec<QuestionView> = shown.iter().map(|q| view(instrument, q, answers, tr)).collect();
    let mut start = 0;
    while start < out.len() {
        let group = &shown[start].group_key;
        let end = start + shown[start..].iter().take_while(|q| &q.group_key == group).count();
        let counted = || out[start..end].iter().filter(|v| v.required && v.applies == Applies::Yes);
        let progress = (counted().filter(|v| !v.value.is_empty() || v.dont_know).count(), counted().count());
        out[start].new_group = true;
        out[start].section_progress = progress;
        start = end;
    }
    mark_entries(&mut out);
    out
}

/// Required questions answered of those that apply, in the whole form.
pub fn progress(views: &[QuestionView]) -> (usize, usize) {
    views.iter().filter(|v| v.new_group).fold((0, 0), |(a, t), v| (a + v.section_progress.0, t + v.section_progress.1))
}
