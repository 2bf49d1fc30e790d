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

/// pyxform's spellings of the select types (case matters, as for pyxform).
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

const DEVICE: &str = "metadata a device records";
const MAP: &str = "a line or area drawn on a device's map";
const FILE_CHOICES: &str = "its choices come from a file that was not given";

/// Simple types, every spelling pyxform's type dictionary holds: (spellings,
/// Mozaik type, why kept).
const SIMPLE: &[(&[&str], &str, Option<&str>)] = &[
    (
        &[
            "integer",
            "int",
            "add integer prompt",
            "q int",
            "percentage",
            "number of days in last month",
            "number of days in last six months",
            "number of days in last year",
        ],
        "integer",
        None,
    ),
    (&["decimal", "add decimal prompt", "q decimal"], "decimal", None),
    (&["text", "string", "add text prompt", "q string", "phone number"], "text", None),
    (&["barcode", "add barcode prompt", "q barcode"], "text", None),
    (&["date", "add date prompt", "q date"], "date", None),
    (&["time"], "time", None),
    (
        &[
            "dateTime",
            "datetime",
            "date time",
            "add date time prompt",
            "add dateTime prompt",
            "q date time",
            "q dateTime",
        ],
        "datetime",
        None,
    ),
    (&["geopoint", "gps", "location", "add location prompt", "q geopoint", "q location"], "geopoint", None),
    (&["range"], "range", None),
    (&["acknowledge", "trigger", "add acknowledge prompt", "q acknowledge"], "acknowledge", None),
    (&["note", "add note prompt", "q note"], "note", None),
    (&["calculate", "add calculate prompt", "q calculate"], "calculate", None),
    (&["hidden"], "kept", Some("a hidden value with nothing to compute it")),
    (&["geotrace", "geoshape", "q geotrace", "q geoshape"], "kept", Some(MAP)),
    (&["image", "photo", "add image prompt", "add photo prompt", "q image", "q picture"], "image", None),
    (&["audio", "add audio prompt", "q audio"], "audio", None),
    (&["video", "add video prompt", "q video"], "video", None),
    (&["file", "add file prompt"], "file", None),
    (&["background-audio"], "kept", Some("a recording a device makes while the form is filled")),
    (
        &[
            "start",
            "end",
            "today",
            "deviceid",
            "device id",
            "imei",
            "subscriberid",
            "subscriber id",
            "simserial",
            "sim id",
            "phonenumber",
            "username",
            "email",
            "audit",
            "start-geopoint",
            "background-geopoint",
            "start time",
            "end time",
            "get start time",
            "get end time",
            "get today",
            "get device id",
            "get phone number",
            "get sim id",
            "get subscriber id",
            "uri:deviceid",
            "uri:email",
            "uri:phonenumber",
            "uri:simserial",
            "uri:subscriberid",
            "uri:username",
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
/// type. Case matters, as it does for pyxform (`Integer` is unknown).
pub fn kind_of(written: &str) -> Result<Kind, String> {
    let text = words(written);
    if let Some(control) = group_control(&text) {
        return Ok(control);
    }
    if let Some(kind) = select(&text) {
        return Ok(Kind::Question(kind));
    }
    // `osm building_tags`: OpenStreetMap tags from a list.
    let simple = match text.split_once(' ') {
        Some(("osm", _)) => "osm",
        _ => text.as_str(),
    };
    SIMPLE
        .iter()
        .find(|(spellings, _, _)| spellings.contains(&simple))
        .map(|(_, qtype, kept)| {
            Kind::Question(QuestionKind { qtype, list: String::new(), or_other: false, kept_because: *kept })
        })
        .ok_or_else(|| format!("Unknown question type '{text}'."))
}

/// `begin group`, `begin_repeat`, `begin repeat over list`, `end group`…
fn group_control(text: &str) -> Option<Kind> {
    let (begin, rest) = if let Some(rest) = text.strip_prefix("begin").filter(|r| r.starts_with([' ', '_'])) {
        (true, &rest[1..])
    } else if let Some(rest) = text.strip_prefix("end").filter(|r| r.starts_with([' ', '_'])) {
        (false, &rest[1..])
    } else {
        return None;
    };
    let control = ["looped group", "group", "lgroup", "repeat", "loop"]
        .into_iter()
        .find(|c| rest == *c || (begin && rest.strip_prefix(c).is_some_and(|after| after.starts_with(' '))))?;
    Some(match (begin, control) {
        (true, "group") => Kind::Begin { repeat: false },
        (true, _) => Kind::Begin { repeat: true },
        (false, "group") => Kind::End { repeat: false },
        (false, _) => Kind::End { repeat: true },
    })
}

fn select(text: &str) -> Option<QuestionKind> {
    let mut rest = text;
    let mut or_other = false;
    for suffix in OTHER_SUFFIXES {
        if let Some(before) = text.strip_suffix(suffix).and_then(|t| t.strip_suffix(' ')) {
            rest = before;
            or_other = true;
        }
    }
    let (head, list) = rest.rsplit_once(' ')?;
    if FROM_FILE.contains(&head) {
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
        assert!(kind_of("Begin Group").is_err(), "case matters, as for pyxform");
        assert!(kind_of("Integer").is_err());
        assert_eq!(kind_of("begin repeat over households"), Ok(Kind::Begin { repeat: true }));
        assert_eq!(question("gps").qtype, "geopoint");
        assert_eq!(question("uri:deviceid").qtype, "kept");
        assert_eq!(question("osm building_tags").qtype, "kept");
        assert_eq!(kind_of("selectone x").unwrap_err(), "Unknown question type 'selectone x'.");
    }
}
