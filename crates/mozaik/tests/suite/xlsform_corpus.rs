//! Real public XLSForms (tests/fixtures/xlsforms, sources and licences in
//! SOURCES.md there): Mozaik's verdict on each equals pyxform's, recorded in
//! verdicts.json; each accepted form is stored, and exporting and importing
//! it again gives back the same questionnaire, whose repeats lay out per
//! entry.

use std::path::{Path, PathBuf};

use crate::support::on_both_backends;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/xlsforms")
}

struct Verdict {
    file: String,
    accepted: bool,
    message: String,
}

fn verdicts() -> Vec<Verdict> {
    let text = std::fs::read_to_string(corpus().join("verdicts.json")).expect("verdicts.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("verdicts.json is JSON");
    let forms = json["forms"].as_object().expect("a forms object");
    forms
        .iter()
        .map(|(file, v)| Verdict {
            file: file.clone(),
            accepted: v["accepted"].as_bool().expect("accepted"),
            message: v["message"].as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

#[test]
fn the_corpus_is_real_and_large_enough() {
    let verdicts = verdicts();
    assert!(verdicts.len() >= 20, "at least 20 forms, found {}", verdicts.len());
    assert!(verdicts.iter().filter(|v| v.accepted).count() >= 15, "mostly forms pyxform accepts");
    let sources = std::fs::read_to_string(corpus().join("SOURCES.md")).expect("SOURCES.md");
    for v in &verdicts {
        assert!(corpus().join(&v.file).exists(), "{} is in the corpus", v.file);
        assert!(sources.contains(&v.file), "{} has its source and licence in SOURCES.md", v.file);
    }
    assert!(verdicts.iter().any(|v| v.file.ends_with(".xls")), "old .xls workbooks too");
}

on_both_backends!(mozaik_agrees_with_pyxform_on_every_real_form, |db| {
    let mut disagreements = Vec::new();
    let mut codes = std::collections::BTreeSet::new();
    for verdict in verdicts() {
        let bytes = std::fs::read(corpus().join(&verdict.file)).expect("form");
        let stem = verdict.file.rsplit_once('.').map(|(s, _)| s).unwrap_or(&verdict.file).to_string();
        let parsed = assess::xlsform::parse(bytes.clone(), &stem);
        match (verdict.accepted, parsed) {
            // Two forms of the corpus may share an id and version; each is
            // stored once.
            (true, Ok(form)) if codes.insert(form.code.clone()) => round_trip(db, &verdict.file, bytes, &stem).await,
            (true, Ok(_)) | (false, Err(_)) => {}
            (true, Err(problems)) => disagreements.push(format!(
                "{}: pyxform accepts, Mozaik refuses:\n{}",
                verdict.file,
                problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
            )),
            (false, Ok(_)) => {
                disagreements.push(format!("{}: pyxform refuses ({}), Mozaik accepts", verdict.file, verdict.message))
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n\n"));
});

/// Stores a form, exports it and imports the export: the same questionnaire.
async fn round_trip(db: &platform::Db, file: &str, bytes: Vec<u8>, stem: &str) {
    let (id, _) = assess::xlsform::import(db, bytes, stem, &crate::support::audit())
        .await
        .unwrap_or_else(|e| panic!("{file}: stored: {e}"));
    let original = assess::instrument::load(db, id).await.unwrap().expect("stored");
    let code = format!("{stem}-round-trip");
    let exported = assess::xlsform::export(&original, &code, 1).expect("export");
    let (copy, _) = assess::xlsform::import(db, exported, &code, &crate::support::audit())
        .await
        .unwrap_or_else(|e| panic!("{file}: the export imports again: {e}"));
    let copy = assess::instrument::load(db, copy).await.unwrap().expect("stored");
    crate::xlsform::assert_same_questionnaire(&original, &copy);
    lays_out_entries(file, &original);
}

/// With two entries in each repeat, the form holds each repeat question
/// twice, and its logic can be worked out on every question.
fn lays_out_entries(file: &str, instrument: &assess::instrument::Instrument) {
    let counts: assess::instrument::repeats::Counts =
        instrument.entry_counts(&Default::default()).into_keys().map(|repeat| (repeat, 2)).collect();
    let laid_out = instrument.for_entries(&counts);
    let in_repeats = instrument.repeat_members.len();
    assert_eq!(laid_out.questions.len(), instrument.questions.len() + in_repeats, "{file}: each entry's questions");
    let mut answers = std::collections::BTreeMap::new();
    laid_out.calculate(&mut answers);
    for q in &laid_out.questions {
        laid_out.applies(q, &answers);
        laid_out.requires(q, &answers);
    }
}
