//! The forms of information sharing, typed: a channel, a notice of each
//! kind, and a municipality's preparation plan. Each `validate` returns what
//! a valid form creates, or every refused field for the page.

use chrono::NaiveDate;
use platform::i18n::Tr;
use platform::web::form::{is_ticked, FieldErrors};
use serde::Deserialize;

use crate::kinds::{Content, Kind, Preparation, TLP};

/// A new channel between positions of one country.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChannelForm {
    pub country: String,
    pub name: String,
    #[serde(deserialize_with = "platform::web::form::empty_as_none")]
    pub sender: Option<i64>,
    #[serde(deserialize_with = "platform::web::form::empty_as_none")]
    pub supervisor: Option<i64>,
    pub receivers: Vec<i64>,
    pub kinds: Vec<Kind>,
    pub legal_basis: String,
    pub legal_reference: String,
    pub legal_date: String,
    pub review_date: String,
    pub ack_hours: String,
}

/// A channel as a valid form defines it.
pub struct CheckedChannel<'a> {
    pub name: &'a str,
    pub sender: i64,
    pub supervisor: Option<i64>,
    pub receivers: &'a [i64],
    pub kinds: String,
    pub legal_basis: &'a str,
    pub legal_reference: &'a str,
    pub legal_date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    pub ack_hours: i64,
}

impl ChannelForm {
    /// Checks the form; `known` tells whether a position is in the country.
    pub fn validate(&self, tr: Tr, known: impl Fn(i64) -> bool) -> Result<CheckedChannel<'_>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 200 {
            errors.add("name", tr.t("notice-field-required"));
        }
        let sender = self.sender.filter(|p| known(*p));
        if sender.is_none() {
            errors.add("sender", tr.t("channel-position-required"));
        }
        if self.supervisor.is_some_and(|p| !known(p)) {
            errors.add("supervisor", tr.t("channel-position-required"));
        }
        if self.receivers.is_empty() || self.receivers.iter().any(|r| !known(*r) || Some(*r) == sender) {
            errors.add("receivers", tr.t("channel-receivers-required"));
        }
        if self.kinds.is_empty() {
            errors.add("kinds", tr.t("channel-kinds-required"));
        }
        let legal_basis = self.legal_basis.trim();
        if legal_basis.is_empty() {
            errors.add("legal_basis", tr.t("notice-field-required"));
        }
        let legal_date = optional_date(tr, &mut errors, "legal_date", &self.legal_date);
        let review_date = optional_date(tr, &mut errors, "review_date", &self.review_date);
        let ack_hours = self.ack_hours.trim().parse::<i64>().ok().filter(|h| (1..=720).contains(h));
        if ack_hours.is_none() {
            errors.add("ack_hours", tr.t("channel-hours-range"));
        }
        match (sender, ack_hours) {
            (Some(sender), Some(ack_hours)) if errors.is_empty() => Ok(CheckedChannel {
                name,
                sender,
                supervisor: self.supervisor,
                receivers: &self.receivers,
                kinds: self.kinds.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(","),
                legal_basis,
                legal_reference: self.legal_reference.trim(),
                legal_date,
                review_date,
                ack_hours,
            }),
            _ => Err(errors),
        }
    }

    pub fn has_receiver(&self, id: &i64) -> bool {
        self.receivers.contains(id)
    }

    pub fn has_kind(&self, key: &str) -> bool {
        self.kinds.iter().any(|k| k.as_str() == key)
    }
}

/// An empty date is none; anything else must be a date.
fn optional_date(tr: Tr, errors: &mut FieldErrors, name: &'static str, text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.parse().map_err(|_| errors.add(name, tr.t("notice-date-invalid"))).ok()
}

/// A notice as composed: the fields of every kind, of which the kind's own
/// are read; the recipients chosen and the label.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NoticeForm {
    pub kind: Option<Kind>,
    pub tlp: String,
    pub to: Vec<i64>,
    arrival_from: String,
    arrival_to: String,
    adults: String,
    children: String,
    children_ages: String,
    prepare: Vec<Preparation>,
    notes: String,
    community: String,
    situation: String,
    measures: String,
    title: String,
    summary: String,
    link: String,
    deadline: String,
    question: String,
}

/// Each field a notice's content can hold, with the message naming it.
pub const CONTENT_FIELDS: &[(&str, &str)] = &[
    ("arrival_from", "notice-field-arrival_from"),
    ("arrival_to", "notice-field-arrival_to"),
    ("adults", "notice-field-adults"),
    ("children", "notice-field-children"),
    ("children_ages", "notice-field-children_ages"),
    ("prepare", "notice-field-prepare"),
    ("notes", "notice-field-notes"),
    ("community", "notice-field-community"),
    ("situation", "notice-field-situation"),
    ("measures", "notice-field-measures"),
    ("title", "notice-field-title"),
    ("summary", "notice-field-summary"),
    ("link", "notice-field-link"),
    ("deadline", "notice-field-deadline"),
    ("question", "notice-field-question"),
];

/// The message naming a content field, if the field is one of a notice's.
pub fn field_message(name: &str) -> Option<&'static str> {
    CONTENT_FIELDS.iter().find(|(field, _)| *field == name).map(|(_, id)| *id)
}

/// Reads a notice's fields into its content, marking each refused field.
struct ContentReader {
    tr: Tr,
    content: Content,
    errors: FieldErrors,
}

impl ContentReader {
    fn text(&mut self, name: &'static str, value: &str, needed: bool, max: usize) -> String {
        let value = value.trim().to_string();
        if needed && value.is_empty() {
            self.errors.add(name, self.tr.t("notice-field-required"));
        } else if value.chars().count() > max {
            self.errors.add(name, self.tr.t1("notice-field-too-long", "max", max as i64));
        }
        self.content.insert(name.into(), value.clone());
        value
    }

    fn date(&mut self, name: &'static str, value: &str, needed: bool) -> Option<NaiveDate> {
        let value = value.trim();
        self.content.insert(name.into(), value.to_string());
        if value.is_empty() {
            if needed {
                self.errors.add(name, self.tr.t("notice-field-required"));
            }
            return None;
        }
        value.parse().map_err(|_| self.errors.add(name, self.tr.t("notice-date-invalid"))).ok()
    }

    fn count(&mut self, name: &'static str, value: &str) -> Option<u32> {
        let value = value.trim();
        self.content.insert(name.into(), value.to_string());
        let n = value.parse::<u32>().ok().filter(|n| *n <= 50);
        if n.is_none() {
            self.errors.add(name, self.tr.t("notice-count-invalid"));
        }
        n
    }
}

impl NoticeForm {
    /// Checks the fields of `kind`, the label and the recipients (`allowed`
    /// tells whether a position may receive). The content keeps what was
    /// typed, so a refused form comes back filled in.
    pub fn validate(&self, kind: Kind, tr: Tr, allowed: impl Fn(i64) -> bool) -> (Content, FieldErrors) {
        let mut reader = ContentReader { tr, content: Content::new(), errors: FieldErrors::default() };
        match kind {
            Kind::Return => self.read_return(&mut reader),
            Kind::Threat => {
                reader.text("community", &self.community, true, 200);
                reader.text("situation", &self.situation, true, 4000);
                reader.text("measures", &self.measures, false, 2000);
            }
            Kind::Programme => {
                reader.text("title", &self.title, true, 200);
                reader.text("summary", &self.summary, true, 4000);
                let link = reader.text("link", &self.link, false, 500);
                if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
                    reader.errors.add("link", tr.t("notice-link-invalid"));
                }
                reader.date("deadline", &self.deadline, false);
            }
            Kind::Request => {
                reader.text("question", &self.question, true, 4000);
            }
        }
        let ContentReader { mut content, mut errors, .. } = reader;
        content.insert("tlp".into(), self.tlp.clone());
        if !TLP.contains(&self.tlp.as_str()) {
            errors.add("tlp", tr.t("notice-tlp-required"));
        }
        if self.to.is_empty() {
            errors.add("to", tr.t("notice-recipients-required"));
        } else if !self.to.iter().all(|r| allowed(*r)) {
            errors.add("to", tr.t("notice-recipients-outside"));
        }
        (content, errors)
    }

    fn read_return(&self, reader: &mut ContentReader) {
        let tr = reader.tr;
        let from = reader.date("arrival_from", &self.arrival_from, true);
        let to = reader.date("arrival_to", &self.arrival_to, true);
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                reader.errors.add("arrival_to", tr.t("notice-window-backwards"));
            }
        }
        reader.count("adults", &self.adults);
        let children = reader.count("children", &self.children);
        let ages: Vec<Option<u32>> = self
            .children_ages
            .split([',', ' '])
            .filter(|s| !s.is_empty())
            .map(|a| a.parse::<u32>().ok().filter(|n| *n < 18))
            .collect();
        if ages.iter().any(Option::is_none) {
            reader.errors.add("children_ages", tr.t("notice-ages-invalid"));
        } else if children.is_some_and(|c| c as usize != ages.len()) {
            reader.errors.add("children_ages", tr.t("notice-ages-count"));
        }
        reader.content.insert("children_ages".into(), self.children_ages.trim().to_string());
        if self.prepare.is_empty() {
            reader.errors.add("prepare", tr.t("notice-prepare-required"));
        }
        let prepare: Vec<&str> = self.prepare.iter().map(|p| p.as_str()).collect();
        reader.content.insert("prepare".into(), prepare.join(","));
        reader.text("notes", &self.notes, false, 2000);
    }
}

/// A local preparation plan: which service, who, by when.
pub type Plan = Vec<(String, String, String)>;

/// The plan's rows as typed, one value per row in each list.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PlanForm {
    service: Vec<String>,
    who: Vec<String>,
    by: Vec<String>,
    personal_ok: String,
}

/// The rows a plan form offers.
pub const PLAN_ROWS: usize = 5;

impl PlanForm {
    pub fn validate(&self, tr: Tr) -> (Plan, FieldErrors) {
        let mut plan = Plan::new();
        let mut errors = FieldErrors::default();
        let cell = |list: &[String], i: usize| list.get(i).map(|v| v.trim().to_string()).unwrap_or_default();
        for i in 0..PLAN_ROWS {
            let (service, who, by) = (cell(&self.service, i), cell(&self.who, i), cell(&self.by, i));
            if service.is_empty() && who.is_empty() && by.is_empty() {
                continue;
            }
            if service.is_empty() || who.is_empty() || by.parse::<NaiveDate>().is_err() {
                errors.add("plan", tr.t1("notice-plan-row-incomplete", "row", i as i64 + 1));
            }
            plan.push((service, who, by));
        }
        if plan.is_empty() && errors.is_empty() {
            errors.add("plan", tr.t("notice-plan-empty"));
        }
        // The plan names services and officials; a returnee's details belong
        // in the notice's sealed content, not in free text that is passed on.
        let written: Vec<String> = plan.iter().map(|(service, who, _)| format!("{service} {who}")).collect();
        platform::privacy::warn_before_saving(tr, &written.join("\n"), is_ticked(&self.personal_ok), &mut errors);
        (plan, errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_return_notice_is_checked_field_by_field() {
        let tr = platform::i18n::i18n().default_tr();
        let form = NoticeForm {
            arrival_from: "2026-12-10".into(),
            arrival_to: "2026-12-01".into(),
            adults: "2".into(),
            children: "3".into(),
            children_ages: "4, 9".into(),
            tlp: "TLP:AMBER".into(),
            to: vec![7],
            ..NoticeForm::default()
        };
        let (content, errors) = form.validate(Kind::Return, tr, |p| p == 7);
        assert!(errors.has("arrival_to") && errors.has("children_ages") && errors.has("prepare"));
        assert!(!errors.has("adults") && !errors.has("tlp") && !errors.has("to"));
        assert_eq!(content["children_ages"], "4, 9", "what was typed is kept");
    }

    #[test]
    fn a_plan_row_half_filled_is_named_by_its_number() {
        let tr = platform::i18n::i18n().default_tr();
        let form = PlanForm {
            service: vec!["School enrolment".into(), "".into()],
            who: vec!["".into(), "".into()],
            by: vec!["".into(), "".into()],
            personal_ok: String::new(),
        };
        let (plan, errors) = form.validate(tr);
        assert_eq!(plan.len(), 1, "the empty second row is left out");
        assert!(errors.get("plan").contains('1'), "{}", errors.get("plan"));
    }
}
