//! The study instrument: the BRAVE-14 resilience scale (14 statements on a
//! five-point agreement scale, in five subscales) and the local items of the
//! Kumanovo-style study. Wording lives in each locale's `resilience.ftl`
//! (`resilience-item-<key>`), written for Mozaik; the structure (14 items,
//! five subscales, five points) follows Grossman et al., "Development of the
//! BRAVE-14 measure" (2020). Cities adapt the wording locally and record how
//! in the study's notes.

/// How an item is answered and stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// 1 (strongly disagree) to 5 (strongly agree).
    Agreement,
    /// 1 yes, 0 no.
    YesNo,
    /// One of the places a resident would turn to.
    Choice,
    /// Open text: kept for the study's owners, never in public outputs.
    FreeText,
}

pub struct Item {
    pub key: &'static str,
    /// The message id of its wording.
    pub message: &'static str,
    pub kind: Kind,
    /// The BRAVE-14 subscale, for scale items.
    pub subscale: Option<&'static str>,
    /// Agreement means less resilience: scored 6 − value.
    pub reverse: bool,
}

const fn brave(key: &'static str, message: &'static str, subscale: &'static str, reverse: bool) -> Item {
    Item { key, message, kind: Kind::Agreement, subscale: Some(subscale), reverse }
}

const fn local(key: &'static str, message: &'static str, kind: Kind) -> Item {
    Item { key, message, kind, subscale: None, reverse: false }
}

pub const SUBSCALES: &[&str] = &["identity", "bridging", "linking", "behaviours", "beliefs"];

/// Every item, in the order answers are stored.
pub const ITEMS: &[Item] = &[
    brave("brave_01", "resilience-item-brave_01", "identity", false),
    brave("brave_02", "resilience-item-brave_02", "identity", false),
    brave("brave_03", "resilience-item-brave_03", "identity", false),
    brave("brave_04", "resilience-item-brave_04", "identity", false),
    brave("brave_05", "resilience-item-brave_05", "bridging", false),
    brave("brave_06", "resilience-item-brave_06", "bridging", false),
    brave("brave_07", "resilience-item-brave_07", "bridging", false),
    brave("brave_08", "resilience-item-brave_08", "linking", false),
    brave("brave_09", "resilience-item-brave_09", "linking", false),
    brave("brave_10", "resilience-item-brave_10", "linking", false),
    brave("brave_11", "resilience-item-brave_11", "behaviours", true),
    brave("brave_12", "resilience-item-brave_12", "behaviours", true),
    brave("brave_13", "resilience-item-brave_13", "beliefs", true),
    brave("brave_14", "resilience-item-brave_14", "beliefs", true),
    local("trust_municipality", "resilience-item-trust_municipality", Kind::Agreement),
    local("trust_police", "resilience-item-trust_police", Kind::Agreement),
    local("trust_schools", "resilience-item-trust_schools", Kind::Agreement),
    local("trust_religious", "resilience-item-trust_religious", Kind::Agreement),
    local("relations_communities", "resilience-item-relations_communities", Kind::Agreement),
    local("aware_prevention_body", "resilience-item-aware_prevention_body", Kind::YesNo),
    local("report_hate", "resilience-item-report_hate", Kind::Choice),
    local("seek_help", "resilience-item-seek_help", Kind::Choice),
    local("comment", "resilience-item-comment", Kind::FreeText),
];

platform::text_enum! {
    /// Where a resident would turn: the options of the choice items, stored
    /// as their position in `ALL`.
    pub enum TurnTo, messages "resilience-option" {
        Police = "police",
        Municipality = "municipality",
        School = "school",
        ReligiousLeader = "religious_leader",
        CivilSociety = "civil_society",
        FamilyFriends = "family_friends",
        Nobody = "nobody",
    }
}

/// Respondent attributes, used for breakdowns and weighting.
pub const DIMENSIONS: &[&str] = &["neighbourhood", "sex", "age_group", "community"];
pub const SEXES: &[&str] = &["female", "male", "other"];
pub const AGE_GROUPS: &[&str] = &["18_29", "30_44", "45_64", "65_plus"];

pub fn item(key: &str) -> Option<(usize, &'static Item)> {
    ITEMS.iter().enumerate().find(|(_, i)| i.key == key)
}

/// Items that can enter an indicator: those with a numeric score.
pub fn scorable() -> impl Iterator<Item = &'static Item> {
    ITEMS.iter().filter(|i| matches!(i.kind, Kind::Agreement | Kind::YesNo))
}

/// An indicator: a set of items scaled to 0–10.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Indicator {
    pub key: String,
    /// A Fluent key for built-in indicators; the user's own name otherwise.
    pub name: String,
    pub builtin: bool,
    pub items: Vec<&'static str>,
}

/// The indicators every study has: the BRAVE-14 total and subscales, and
/// the local measures the Kumanovo study reported on.
pub fn builtin_indicators() -> Vec<Indicator> {
    let of = |filter: &dyn Fn(&Item) -> bool| ITEMS.iter().filter(|i| filter(i)).map(|i| i.key).collect::<Vec<_>>();
    let mut out = vec![Indicator {
        key: "brave_total".into(),
        name: "resilience-indicator-brave_total".into(),
        builtin: true,
        items: of(&|i| i.subscale.is_some()),
    }];
    for (subscale, key, name) in SUBSCALE_INDICATORS {
        out.push(Indicator {
            key: key.to_string(),
            name: name.to_string(),
            builtin: true,
            items: of(&|i| i.subscale == Some(subscale)),
        });
    }
    for (key, name, items) in LOCAL_INDICATORS {
        out.push(Indicator { key: key.to_string(), name: name.to_string(), builtin: true, items: items.to_vec() });
    }
    out
}

/// Each subscale's indicator: (subscale, indicator key, message id).
pub const SUBSCALE_INDICATORS: &[(&str, &str, &str)] = &[
    ("identity", "brave_identity", "resilience-indicator-brave_identity"),
    ("bridging", "brave_bridging", "resilience-indicator-brave_bridging"),
    ("linking", "brave_linking", "resilience-indicator-brave_linking"),
    ("behaviours", "brave_behaviours", "resilience-indicator-brave_behaviours"),
    ("beliefs", "brave_beliefs", "resilience-indicator-brave_beliefs"),
];

/// The local measures: (indicator key, message id, items).
pub const LOCAL_INDICATORS: &[(&str, &str, &[&str])] = &[
    (
        "trust_local",
        "resilience-indicator-trust_local",
        &["trust_municipality", "trust_police", "trust_schools", "trust_religious"],
    ),
    ("relations", "resilience-indicator-relations", &["relations_communities"]),
    ("awareness", "resilience-indicator-awareness", &["aware_prevention_body"]),
];

/// An item's answer on the SCORE-style 0–10 scale: agreement 1–5 maps to
/// 0, 2.5, 5, 7.5, 10 (reversed items the other way), yes is 10 and no 0.
pub fn score(item: &Item, value: u8) -> Option<f64> {
    match item.kind {
        Kind::Agreement if (1..=5).contains(&value) => {
            let v = if item.reverse { 6 - value } else { value };
            Some(f64::from(v - 1) * 2.5)
        }
        Kind::YesNo if value <= 1 => Some(f64::from(value) * 10.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brave_has_fourteen_items_in_five_subscales() {
        let scale: Vec<_> = ITEMS.iter().filter(|i| i.subscale.is_some()).collect();
        assert_eq!(scale.len(), 14);
        for s in SUBSCALES {
            assert!(scale.iter().any(|i| i.subscale == Some(s)), "{s} has items");
            assert!(SUBSCALE_INDICATORS.iter().any(|(subscale, ..)| subscale == s), "{s} has an indicator");
        }
        assert_eq!(builtin_indicators()[0].items.len(), 14);
    }

    #[test]
    fn scores_run_from_zero_to_ten_and_reverse() {
        let (_, plain) = item("brave_01").unwrap();
        let (_, reversed) = item("brave_11").unwrap();
        assert_eq!(score(plain, 1), Some(0.0));
        assert_eq!(score(plain, 4), Some(7.5));
        assert_eq!(score(reversed, 4), Some(2.5));
        assert_eq!(score(plain, 6), None);
        let (_, aware) = item("aware_prevention_body").unwrap();
        assert_eq!(score(aware, 1), Some(10.0));
    }
}
