//! The kinds of notice, their fields, their retention, and the TLP 2.0 labels.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use platform::i18n::Tr;
use platform::web::form::FieldErrors;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// The return of a person or family to a municipality.
    Return,
    /// A threat or risk situation affecting a community.
    Threat,
    /// A national programme or call relevant to the municipality.
    Programme,
    /// A municipality's request for information to the national level.
    Request,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Return, Kind::Threat, Kind::Programme, Kind::Request];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Return => "return",
            Kind::Threat => "threat",
            Kind::Programme => "programme",
            Kind::Request => "request",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Days after which the content is purged.
    pub fn retention_days(self) -> i64 {
        match self {
            Kind::Return => 180,
            Kind::Threat | Kind::Request => 90,
            Kind::Programme => 365,
        }
    }

    /// A request goes up, from a receiving position to the channel's sender.
    pub fn upward(self) -> bool {
        self == Kind::Request
    }
}

/// TLP 2.0 labels, most restrictive first. Labels stay in English.
pub const TLP: [&str; 5] = ["TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"];

/// The more restrictive of two labels: what a combined or forwarded notice carries.
pub fn most_restrictive<'a>(a: &'a str, b: &'a str) -> &'a str {
    let rank = |l: &str| TLP.iter().position(|t| *t == l).unwrap_or(0);
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

/// The Fluent id of a label's FIRST definition.
pub fn tlp_definition_key(label: &str) -> String {
    format!("tlp-def-{}", label.trim_start_matches("TLP:").to_lowercase().replace('+', "-"))
}

pub const PREPARE: [&str; 5] = ["schooling", "health", "psychosocial", "social_welfare", "housing"];

/// A notice's content: field name to value. Sealed as JSON.
pub type Content = BTreeMap<String, String>;

fn text(form: &[(String, String)], name: &str) -> String {
    form.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
}

fn required(
    content: &mut Content,
    errors: &mut FieldErrors,
    tr: Tr,
    form: &[(String, String)],
    name: &'static str,
    max: usize,
) {
    let value = text(form, name);
    if value.is_empty() {
        errors.add(name, tr.t("notice-field-required"));
    } else if value.chars().count() > max {
        errors.add(name, tr.t1("notice-field-too-long", "max", max as i64));
    }
    content.insert(name.into(), value);
}

fn optional(
    content: &mut Content,
    errors: &mut FieldErrors,
    tr: Tr,
    form: &[(String, String)],
    name: &'static str,
    max: usize,
) {
    let value = text(form, name);
    if value.chars().count() > max {
        errors.add(name, tr.t1("notice-field-too-long", "max", max as i64));
    }
    content.insert(name.into(), value);
}

fn date(
    content: &mut Content,
    errors: &mut FieldErrors,
    tr: Tr,
    form: &[(String, String)],
    name: &'static str,
    needed: bool,
) -> Option<NaiveDate> {
    let value = text(form, name);
    content.insert(name.into(), value.clone());
    if value.is_empty() {
        if needed {
            errors.add(name, tr.t("notice-field-required"));
        }
        return None;
    }
    match value.parse::<NaiveDate>() {
        Ok(d) => Some(d),
        Err(_) => {
            errors.add(name, tr.t("notice-date-invalid"));
            None
        }
    }
}

fn count(
    content: &mut Content,
    errors: &mut FieldErrors,
    tr: Tr,
    form: &[(String, String)],
    name: &'static str,
) -> Option<u32> {
    let value = text(form, name);
    content.insert(name.into(), value.clone());
    match value.parse::<u32>() {
        Ok(n) if n <= 50 => Some(n),
        _ => {
            errors.add(name, tr.t("notice-count-invalid"));
            None
        }
    }
}

/// Checks a compose form for `kind`; the content keeps what was typed, so a
/// refused form comes back filled in.
pub fn read_form(kind: Kind, form: &[(String, String)], tr: Tr) -> (Content, FieldErrors) {
    let mut content = Content::new();
    let mut errors = FieldErrors::default();
    match kind {
        Kind::Return => {
            let from = date(&mut content, &mut errors, tr, form, "arrival_from", true);
            let to = date(&mut content, &mut errors, tr, form, "arrival_to", true);
            if let (Some(from), Some(to)) = (from, to) {
                if to < from {
                    errors.add("arrival_to", tr.t("notice-window-backwards"));
                }
            }
            count(&mut content, &mut errors, tr, form, "adults");
            let children = count(&mut content, &mut errors, tr, form, "children");
            let ages_text = text(form, "children_ages");
            let ages: Vec<Option<u32>> = ages_text
                .split([',', ' '])
                .filter(|s| !s.is_empty())
                .map(|a| a.parse::<u32>().ok().filter(|n| *n < 18))
                .collect();
            if ages.iter().any(Option::is_none) {
                errors.add("children_ages", tr.t("notice-ages-invalid"));
            } else if children.is_some_and(|c| c as usize != ages.len()) {
                errors.add("children_ages", tr.t("notice-ages-count"));
            }
            content.insert("children_ages".into(), ages_text);
            let prepare: Vec<&str> = form
                .iter()
                .filter(|(k, _)| k == "prepare")
                .map(|(_, v)| v.as_str())
                .filter(|v| PREPARE.contains(v))
                .collect();
            if prepare.is_empty() {
                errors.add("prepare", tr.t("notice-prepare-required"));
            }
            content.insert("prepare".into(), prepare.join(","));
            optional(&mut content, &mut errors, tr, form, "notes", 2000);
        }
        Kind::Threat => {
            required(&mut content, &mut errors, tr, form, "community", 200);
            required(&mut content, &mut errors, tr, form, "situation", 4000);
            optional(&mut content, &mut errors, tr, form, "measures", 2000);
        }
        Kind::Programme => {
            required(&mut content, &mut errors, tr, form, "title", 200);
            required(&mut content, &mut errors, tr, form, "summary", 4000);
            optional(&mut content, &mut errors, tr, form, "link", 500);
            let link = text(form, "link");
            if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
                errors.add("link", tr.t("notice-link-invalid"));
            }
            date(&mut content, &mut errors, tr, form, "deadline", false);
        }
        Kind::Request => {
            required(&mut content, &mut errors, tr, form, "question", 4000);
        }
    }
    (content, errors)
}

/// A local preparation plan: which service, who, by when.
pub type Plan = Vec<(String, String, String)>;

pub fn read_plan(form: &[(String, String)], tr: Tr) -> (Plan, FieldErrors) {
    let mut plan = Plan::new();
    let mut errors = FieldErrors::default();
    for i in 1..=5 {
        let (service, who, by) =
            (text(form, &format!("service_{i}")), text(form, &format!("who_{i}")), text(form, &format!("by_{i}")));
        if service.is_empty() && who.is_empty() && by.is_empty() {
            continue;
        }
        if service.is_empty() || who.is_empty() || by.parse::<NaiveDate>().is_err() {
            errors.add("plan", tr.t1("notice-plan-row-incomplete", "row", i as i64));
        }
        plan.push((service, who, by));
    }
    if plan.is_empty() && errors.is_empty() {
        errors.add("plan", tr.t("notice-plan-empty"));
    }
    // The plan names services and officials; a returnee's details belong
    // in the notice's sealed content, not in free text that is passed on.
    let written: Vec<String> = plan.iter().map(|(service, who, _)| format!("{service} {who}")).collect();
    let confirmed = platform::web::form::is_ticked(&text(form, "personal_ok"));
    platform::privacy::warn_before_saving(tr, &written.join("\n"), confirmed, &mut errors);
    (plan, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_restrictive_label_wins() {
        assert_eq!(most_restrictive("TLP:GREEN", "TLP:AMBER"), "TLP:AMBER");
        assert_eq!(most_restrictive("TLP:RED", "TLP:CLEAR"), "TLP:RED");
        assert_eq!(most_restrictive("TLP:AMBER+STRICT", "TLP:AMBER"), "TLP:AMBER+STRICT");
        assert_eq!(tlp_definition_key("TLP:AMBER+STRICT"), "tlp-def-amber-strict");
    }

    #[test]
    fn a_return_notice_is_checked_field_by_field() {
        let tr = platform::i18n::i18n().default_tr();
        let form: Vec<(String, String)> = [
            ("arrival_from", "2026-12-10"),
            ("arrival_to", "2026-12-01"),
            ("adults", "2"),
            ("children", "3"),
            ("children_ages", "4, 9"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let (content, errors) = read_form(Kind::Return, &form, tr);
        assert!(errors.has("arrival_to") && errors.has("children_ages") && errors.has("prepare"));
        assert!(!errors.has("adults"));
        assert_eq!(content["children_ages"], "4, 9", "what was typed is kept");
    }
}
