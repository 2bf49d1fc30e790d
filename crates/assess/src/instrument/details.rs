//! What an XLSForm says about a question, a group or a choice beyond its
//! name, type, label and skip logic. Kept as JSON beside the row (the
//! `details` columns), so that an imported form is honoured when filled and
//! given back whole when exported.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Labels;

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuestionDetails {
    /// The type as the form wrote it, when Mozaik reads it under another
    /// name (`select one x`, `imei`, `select_one_from_file f.csv`…).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub written_type: String,
    /// An expression whose value is the answer (`calculate` questions).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub calculation: String,
    /// `required` when it is an expression rather than yes or no.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub required_if: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub read_only: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub default: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub choice_filter: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub appearance: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parameters: String,
    /// `or_other`: an "other" choice whose text is asked for.
    #[serde(skip_serializing_if = "is_false")]
    pub or_other: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub hints: Labels,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub constraint_messages: Labels,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub required_messages: Labels,
    /// Columns Mozaik keeps without using (media file names, `guidance_hint`,
    /// `body::accept`…): header as written → value.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub kept: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GroupDetails {
    /// The group this one sits in, if any.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parent: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub relevant: String,
    #[serde(skip_serializing_if = "is_false")]
    pub repeat: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub repeat_count: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub appearance: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub kept: BTreeMap<String, String>,
}

/// A choice's columns beyond list, name and label: what a `choice_filter`
/// reads (`country`, `region`…) and media, header as written → value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChoiceDetails {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub columns: BTreeMap<String, String>,
    /// From the `external_choices` sheet (what `select_one_external` reads).
    #[serde(skip_serializing_if = "is_false")]
    pub external: bool,
}

/// Reads a details column; a row written before details existed reads as
/// none.
pub fn read<T: for<'de> Deserialize<'de> + Default>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_default()
}

pub fn write<T: Serialize>(details: &T) -> String {
    serde_json::to_string(details).unwrap_or_else(|_| "{}".into())
}
