//! Reading the fill form's fields into answers, with the questionnaire's
//! logic applied: formats, relevance, calculations, constraints, and what a
//! submission still lacks.

use std::collections::BTreeMap;

use platform::i18n::Tr;
use platform::web::form::{field, FieldErrors};

use crate::instrument::values::{self, Invalid};
use crate::instrument::{Instrument, Question, DONT_KNOW};

/// One question's answer from the form, checked for its format.
fn read_one(
    instrument: &Instrument,
    q: &Question,
    form: &[(String, String)],
    existing: &BTreeMap<String, String>,
) -> Result<String, Invalid> {
    let key = format!("q:{}", q.name);
    if q.is_upload() {
        // Files come through their own upload; the form keeps what is there.
        return Ok(existing.get(&q.name).cloned().unwrap_or_default());
    }
    if instrument.is_read_only(q, existing) {
        // Shown, not changed: what is there, or the form's default.
        return Ok(existing.get(&q.name).cloned().unwrap_or_else(|| instrument.default_value(q, existing)));
    }
    if !field(form, &format!("dk:{}", q.name)).is_empty() {
        return Ok(DONT_KNOW.to_string());
    }
    let mut allowed: Vec<&str> = instrument.choices(&q.list_name).iter().map(|c| c.name.as_str()).collect();
    allowed.push(DONT_KNOW);
    match q.qtype.as_str() {
        "select_multiple" => {
            let chosen: Vec<&str> = form.iter().filter(|(k, _)| *k == key).map(|(_, v)| v.as_str()).collect();
            match chosen.iter().any(|c| !allowed.contains(c)) {
                true => Err(Invalid::Choice),
                false => Ok(chosen.join(",")),
            }
        }
        "rank" => read_rank(q, &allowed, form),
        _ => values::single(q, &allowed, field(form, &key)),
    }
}

fn read_rank(q: &Question, allowed: &[&str], form: &[(String, String)]) -> Result<String, Invalid> {
    let choices: Vec<&str> = allowed.iter().copied().filter(|c| *c != DONT_KNOW).collect();
    let mut ranked: Vec<(u32, &str)> = Vec::new();
    for choice in &choices {
        let text = field(form, &format!("rank:{}:{choice}", q.name));
        if text.is_empty() {
            continue;
        }
        match text.parse::<u32>() {
            Ok(n) if n >= 1 && n as usize <= choices.len() && !ranked.iter().any(|(m, _)| *m == n) => {
                ranked.push((n, choice))
            }
            _ => return Err(Invalid::Rank),
        }
    }
    ranked.sort();
    Ok(ranked.iter().map(|(_, c)| *c).collect::<Vec<_>>().join(","))
}

/// Reads the form into answers by question name, marking each answer whose
/// format is wrong; drops answers to questions that no longer apply, works
/// out the calculations and checks the constraints.
pub fn read(
    instrument: &Instrument,
    form: &[(String, String)],
    existing: &BTreeMap<String, String>,
    tr: Tr,
) -> (BTreeMap<String, String>, FieldErrors) {
    let mut answers = BTreeMap::new();
    let mut errors = FieldErrors::default();
    for q in instrument.questions.iter().filter(|q| q.asks()) {
        match read_one(instrument, q, form, existing) {
            Ok(value) if value.is_empty() => {}
            Ok(value) => {
                answers.insert(q.name.clone(), value);
            }
            Err(invalid) => {
                errors.add(q.name.clone(), tr.t(invalid.message_id()));
                // Shown again as typed, so it can be corrected; never saved.
                let typed = field(form, &format!("q:{}", q.name));
                if !typed.is_empty() {
                    answers.insert(q.name.clone(), typed.to_string());
                }
            }
        }
    }
    // Answers to questions that no longer apply are dropped, not kept
    // hidden; calculations come first (a condition may read one), and the
    // two repeat until nothing changes (a follow-up of a dropped answer).
    for _ in 0..=instrument.questions.len() {
        instrument.calculate(&mut answers);
        let snapshot = answers.clone();
        answers.retain(|name, _| instrument.question(name).is_some_and(|q| instrument.applies(q, &snapshot)));
        if answers.len() == snapshot.len() {
            break;
        }
    }
    for q in instrument.questions.iter().filter(|q| q.asks()) {
        match answers.get(&q.name) {
            Some(value) if value != DONT_KNOW && !instrument.meets(q, value, &answers) => {
                let message = q.constraint_message(tr);
                errors.add(q.name.clone(), if message.is_empty() { tr.t("assess-constraint-unmet") } else { message });
            }
            _ => {}
        }
    }
    (answers, errors)
}

/// Marks every applicable required question left unanswered, which only
/// stops a submission: a draft may be incomplete.
pub fn mark_missing(instrument: &Instrument, answers: &BTreeMap<String, String>, errors: &mut FieldErrors, tr: Tr) {
    for q in &instrument.questions {
        if instrument.applies(q, answers) && instrument.requires(q, answers) && !answers.contains_key(&q.name) {
            let message = q.required_message(tr);
            errors.add(q.name.clone(), if message.is_empty() { tr.t("assess-answer-required") } else { message });
        }
    }
}
