//! The `type` column: every spelling pyxform reads, and what Mozaik does
//! with each.

/// What a survey row's type says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Begin { repeat: bool },
    End { repeat: bool },
    Question(QuestionKind),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionKind {
    /// Mozaik's question type (see `instrument::NOT_ASKED` for those not asked).
    pub qtype: &'static str,
    /// The choice list of a select, or the file a select reads choices from.
    pub list: String,
    pub or_other: bool,
    /// Why a kept question is not asked, as a warning names it.
    pub kept_because: Option<&'static str>,
}

const SELECTS: &[(&str, &str)] = &[
    ("select_one", "select_one"),
    ("select one", "select_one"),
    ("select1", "select_one"),
    ("select one from", "select_one"),
    ("add select one prompt using", "select_one"),
    ("select_one_external", "select_one"),
    ("select_multiple", "select_multiple"),
    ("select all that apply", "select_multiple"),
    ("select all that apply from", "select_multiple"),
    ("add select multiple prompt using", "select_multiple"),
    ("rank", "rank"),
];

const FROM_FILE: &[&str] =
    &["select_one_from_file", "select one from file", "select_multiple_from_file", "select multiple from file"];

const OTHER_SUFFIXES: &[&str] = &["or_other", "or specify other", "or other"];

pub const DEVICE: &str = "metadata a device records";
const MEDIA: &str = "a media answer, which Mozaik's fill form does not collect";
const MAP: &str = "a line or area drawn on a device's map";
const FILE_CHOICES: &str = "its choices come from a file that was not given";

/// Simple types: (spellings, Mozaik type, why kept).
const SIMPLE: &[(&[&str], &str, Option<&str>)] = &[
    (&["integer", "int"], "integer", None),
    (&["decimal"], "decimal", None),
    (&["text", "string"], "text", None),
    (&["barcode"], "text", None),
    (&["date"], "date", None),
    (&["time"], "time", None),
    (&["datetime"], "datetime", None),
    (&["geopoint"], "geopoint", None),
    (&["range"], "range", None),
    (&["acknowledge", "trigger"], "acknowledge", None),
    (&["note"], "note", None),
    (&["calculate"], "calculate", None),
    (&["hidden"], "kept", Some("a hidden value with nothing to compute it")),
    (&["geotrace", "geoshape"], "kept", Some(MAP)),
    (
        &[
            "image",
            "photo",
            "audio",
            "video",
            "file",
            "background-audio",
            "add image prompt",
            "add photo prompt",
            "add audio prompt",
            "add video prompt",
            "add file prompt",
        ],
        "kept",
        Some(MEDIA),
    ),
    (
        &[
            "start",
            "end",
            "today",
            "deviceid",
            "imei",
            "subscriberid",
            "simserial",
            "phonenumber",
            "username",
            "email",
            "audit",
            "start-geopoint",
            "instanceid",
        ],
        "kept",
        Some(DEVICE),
    ),
    (&["xml-external", "csv-external"], "kept", Some("an external data file, which was not given")),
    (&["osm"], "kept", Some("an OpenStreetMap feature drawn on a device")),
];

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads a type as written; the error is pyxform's message for an unknown
/// type.
pub fn kind_of(written: &str) -> Result<Kind, String> {
    let text = words(written);
    let lower = text.to_lowercase();
    if let Some(control) = group_control(&lower) {
        return Ok(control);
    }
    if let Some(kind) = select(&text) {
        return Ok(Kind::Question(kind));
    }
    SIMPLE
        .iter()
        .find(|(spellings, _, _)| spellings.contains(&lower.as_str()))
        .map(|(_, qtype, kept)| {
            Kind::Question(QuestionKind { qtype, list: String::new(), or_other: false, kept_because: *kept })
        })
        .ok_or_else(|| format!("Unknown question type '{text}'."))
}

fn group_control(lower: &str) -> Option<Kind> {
    let spaced = lower.replace('_', " ");
    let (begin, rest) = match spaced.split_once(' ') {
        Some(("begin", rest)) => (true, rest),
        Some(("end", rest)) => (false, rest),
        _ => return None,
    };
    let repeat = match rest {
        "group" => false,
        "repeat" | "looped group" | "lgroup" => true,
        // `begin loop over list`: a repeat over a list's choices.
        r if r.starts_with("loop") => true,
        _ => return None,
    };
    Some(if begin { Kind::Begin { repeat } } else { Kind::End { repeat } })
}

fn select(text: &str) -> Option<QuestionKind> {
    let lower = text.to_lowercase();
    let mut rest = text;
    let mut or_other = false;
    for suffix in OTHER_SUFFIXES {
        if lower.ends_with(&format!(" {suffix}")) {
            rest = &text[..text.len() - suffix.len() - 1];
            or_other = true;
        }
    }
    let (head, list) = rest.rsplit_once(' ')?;
    let head = head.to_lowercase();
    if FROM_FILE.contains(&head.as_str()) {
        return Some(QuestionKind {
            qtype: "kept",
            list: list.to_string(),
            or_other,
            kept_because: Some(FILE_CHOICES),
        });
    }
    let (_, qtype) = SELECTS.iter().find(|(spelling, _)| *spelling == head)?;
    Some(QuestionKind { qtype, list: list.to_string(), or_other, kept_because: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(written: &str) -> QuestionKind {
        match kind_of(written) {
            Ok(Kind::Question(q)) => q,
            other => panic!("{written}: {other:?}"),
        }
    }

    #[test]
    fn spellings_real_forms_use() {
        assert_eq!(question("select one yes_no").qtype, "select_one");
        assert_eq!(question("select_one yes_no").list, "yes_no");
        let other = question("select all that apply sources or_other");
        assert_eq!((other.qtype, other.list.as_str(), other.or_other), ("select_multiple", "sources", true));
        assert_eq!(question("select_one_from_file counties.csv").qtype, "kept");
        assert_eq!(question("imei").qtype, "kept");
        assert_eq!(question("dateTime").qtype, "datetime");
        assert_eq!(kind_of("begin repeat"), Ok(Kind::Begin { repeat: true }));
        assert_eq!(kind_of("end_group"), Ok(Kind::End { repeat: false }));
        assert_eq!(kind_of("Begin Group"), Ok(Kind::Begin { repeat: false }));
        assert_eq!(kind_of("selectone x").unwrap_err(), "Unknown question type 'selectone x'.");
    }
}
