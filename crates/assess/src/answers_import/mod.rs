//! Importing a round's answers from CSV, in the layout of the answers export
//! with codes (`place_code`, then one column per question, choice codes as
//! values, several joined with `;`) or as KoboToolbox and ODK Central export
//! a form deployed from the exported XLSForm: `,` or `;` between fields,
//! questions under their group's path (`group/question`, `group-question`),
//! several choices separated by spaces, and the tools' own columns (`start`,
//! `_uuid`, `_submission_time`, `meta-instanceID`, …), which are reported as
//! ignored; an XLSX or XLS workbook (its first sheet) as Kobo exports it is
//! read the same way, with each repeat's entries from the sheet Kobo gives
//! them (see `entries`). Each row must answer every required question that
//! applies and nothing that does not, as the form asks, in each entry too. The whole file is checked first;
//! any problem (line, column, reason) rejects it and nothing is written.

use std::collections::BTreeMap;

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::{on_db, on_tx, Db, Tx};

use crate::instrument::values;
use crate::instrument::{self, Instrument, Question, DONT_KNOW};
use crate::xlsform::Problem;

mod entries;
mod table;

use entries::Entries;
use table::Table;

const CHUNK: usize = 300;

pub(crate) fn problem(line: u64, column: &str, reason: String) -> Problem {
    Problem { sheet: "csv".into(), row: line as usize, column: column.into(), reason }
}

/// What an import wrote, and the columns it left aside.
#[derive(Debug)]
pub struct Imported {
    pub places: usize,
    pub answers: usize,
    /// Columns a survey tool adds of its own (times, identifiers, review
    /// states), which are not answers.
    pub ignored: Vec<String>,
}

/// The question a header names: its own name, or the name after a group
/// path as Kobo (`group/question`) and ODK Central (`group-question`) write it.
fn question_named<'a>(instrument: &'a Instrument, header: &str) -> Option<&'a instrument::Question> {
    if let Some(q) = instrument.question(header) {
        return Some(q);
    }
    // Kobo writes `group/subgroup/name`: the groups must be the question's own.
    let (groups, after_groups) = header.rsplit_once('/').unwrap_or(("", header));
    if let Some(q) = instrument.question(after_groups) {
        let written: Vec<&str> = groups.split('/').filter(|g| !g.is_empty()).collect();
        return (written.is_empty() || written == group_chain(instrument, &q.group_key)).then_some(q);
    }
    // ODK Central joins groups with '-', which names may contain too: the
    // longest tail that is a question's name.
    after_groups.match_indices('-').find_map(|(i, _)| instrument.question(&after_groups[i + 1..]))
}

/// The groups a group sits in, outermost first, ending with itself.
fn group_chain<'a>(instrument: &'a Instrument, group: &'a str) -> Vec<&'a str> {
    let mut chain = Vec::new();
    let mut group = group;
    // Bounded by the number of groups, so a parent cycle cannot loop.
    for _ in 0..=instrument.group_details.len() {
        if group.is_empty() {
            break;
        }
        chain.push(group);
        group = instrument.group_details.get(group).map(|d| d.parent.as_str()).unwrap_or("");
    }
    chain.reverse();
    chain
}

/// The stored form of one cell, or why it is refused.
fn check(instrument: &Instrument, question: &Question, raw: &str) -> Result<String, String> {
    // Several choices: `;` or `,` in Mozaik's export, spaces in Kobo's and ODK's.
    let values: Vec<&str> = raw.split([';', ',', ' ']).map(str::trim).filter(|v| !v.is_empty()).collect();
    if values == [DONT_KNOW] {
        return Ok(DONT_KNOW.into());
    }
    let allowed: Vec<&str> = instrument.choices(&question.list_name).iter().map(|c| c.name.as_str()).collect();
    match question.qtype.as_str() {
        "select_multiple" | "rank" => match values.iter().find(|v| !allowed.contains(v)) {
            Some(bad) => Err(format!("'{bad}' is not one of: {}", allowed.join(", "))),
            None => Ok(values.join(",")),
        },
        "select_one" | "likert" if !allowed.contains(&raw.trim()) => {
            Err(format!("'{raw}' is not one of: {}", allowed.join(", ")))
        }
        _ => values::single(question, &allowed, raw).map_err(|invalid| format!("'{raw}' {}", invalid.explained())),
    }
}

fn reported(problems: &[Problem], line: u64, column: &str) -> bool {
    problems.iter().any(|p| p.row == line as usize && p.column == column)
}

/// The questionnaire's logic holds for imported answers as for the form,
/// since an imported entry is submitted: calculations are worked out where
/// the file does not give them, and an answer to a question that does not
/// apply, a missing required answer and an unmet constraint are refused.
fn check_logic(
    instrument: &Instrument,
    answers: &mut BTreeMap<String, String>,
    line: u64,
    problems: &mut Vec<Problem>,
) {
    let mut worked_out = answers.clone();
    instrument.calculate(&mut worked_out);
    for (name, value) in worked_out {
        answers.entry(name).or_insert(value);
    }
    for question in &instrument.questions {
        let applies = instrument.applies(question, answers);
        let reason = match (answers.get(&question.name), applies) {
            (Some(_), false) if question.asks() => {
                format!("this question does not apply to this row's answers ({})", question.relevant)
            }
            // A refused answer is reported once, not also as missing.
            (None, true)
                if instrument.requires(question, answers)
                    && !question.is_upload()
                    && !reported(problems, line, &question.name) =>
            {
                "this question must be answered".into()
            }
            (Some(value), true) if value != DONT_KNOW && !instrument.meets(question, value, answers) => {
                format!("'{value}' does not meet the constraint {}", question.constraint)
            }
            _ => continue,
        };
        problems.push(problem(line, &question.name, reason));
    }
}

async fn insert(tx: &mut Tx, rows: &[(i64, i64, String)]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from("INSERT INTO answers (round_place_id, question_id, value) VALUES ");
        for i in 0..chunk.len() {
            sql.push_str(if i == 0 { "" } else { "," });
            sql.push_str(&format!("(${}, ${}, ${})", i * 3 + 1, i * 3 + 2, i * 3 + 3));
        }
        on_tx!(tx, |c| {
            let mut q = sqlx::query(&sql);
            for (entry, question, value) in chunk {
                q = q.bind(entry).bind(question).bind(value);
            }
            q.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// Imports the answers; returns (municipalities, answers) written.
pub async fn import(
    db: &Db,
    round_id: i64,
    input: &[u8],
    audit_ctx: &AuditCtx,
) -> Result<Imported, crate::xlsform::XlsFormError> {
    use crate::xlsform::XlsFormError::Rejected;
    let Some(round) = crate::store::round(db, round_id).await? else {
        return Err(Rejected(vec![problem(0, "", format!("there is no round {round_id}"))]));
    };
    let Some(instrument) = instrument::load(db, round.instrument_id).await? else {
        return Err(Rejected(vec![problem(0, "", "the round's questionnaire is missing".into())]));
    };
    let entries: Vec<(String, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT p.code, rp.id FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1"
    )
    .bind(round_id)
    .fetch_all(pool)
    .await)?;
    let entries: BTreeMap<String, i64> = entries.into_iter().collect();
    let Table { headers, rows: records, mut problems, main_name, sheets } = table::read(input).map_err(Rejected)?;
    let mut columns = Columns::map(&instrument, &headers, &mut problems);
    let repeats = Entries::read(&instrument, (&main_name, &sheets), &mut problems, &mut columns.ignored);
    columns.index = headers.iter().position(|h| h == "_index");
    if !repeats.is_empty() && columns.index.is_none() {
        let reason = "the entries of the other sheets name their rows by _index, which this sheet lacks".into();
        problems.push(problem(1, "_index", reason));
    }
    let (rows, places) = check_rows(&instrument, &columns, &records, (&entries, &repeats), &mut problems);
    if let Some(index) = columns.index {
        let named = records.iter().filter_map(|(_, cells)| cells.get(index)).map(|c| c.trim().to_string()).collect();
        repeats.unclaimed(&named, &mut problems);
    }
    if !problems.is_empty() {
        return Err(Rejected(problems));
    }
    // A file without repeat sheets says nothing of the entries: those
    // given in the form stay.
    let kept: Vec<i64> = match repeats.is_empty() {
        true => instrument
            .questions
            .iter()
            .filter(|q| instrument.repeat_members.contains_key(&q.name))
            .map(|q| q.id)
            .collect(),
        false => Vec::new(),
    };
    write(db, round_id, (&rows, &kept), &places, audit_ctx).await?;
    Ok(Imported { places: places.len(), answers: rows.len(), ignored: columns.ignored })
}

/// What each column of the file holds.
struct Columns<'a> {
    place: Option<usize>,
    /// KoboToolbox's row number, which a repeat's entries name.
    index: Option<usize>,
    questions: Vec<Option<&'a Question>>,
    /// Columns that are not answers, reported as left aside.
    ignored: Vec<String>,
}

impl<'a> Columns<'a> {
    fn map(instrument: &'a Instrument, headers: &[String], problems: &mut Vec<Problem>) -> Columns<'a> {
        let is_place_code = |h: &str| h == "place_code" || h.ends_with("/place_code") || h.ends_with("-place_code");
        let place = headers.iter().position(|h| is_place_code(h));
        if place.is_none() {
            problems.push(problem(1, "place_code", "no column names the municipality: add a place_code column with each municipality's code (for example MK-703)".into()));
        }
        let mut ignored = Vec::new();
        let questions: Vec<Option<&Question>> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                if Some(i) == place || h == "place" || h.is_empty() {
                    return None;
                }
                let q = question_named(instrument, h);
                let in_repeat = |q: &Question| instrument.repeat_members.contains_key(&q.name);
                if let Some(question) = q.filter(|q| !q.asks() || q.is_upload() || in_repeat(q)) {
                    // Calculations are worked out here; what a device records
                    // (start, deviceid…) and notes are not answers; a media
                    // answer's file does not come in a table (it is uploaded
                    // with the form); a repeat's entries come in a sheet of
                    // their own in a Kobo or ODK export, and are given in
                    // the form.
                    ignored.push(question.name.clone());
                    return None;
                }
                if q.is_none() {
                    if platform::csv_input::survey_tool_column(h) {
                        ignored.push(h.clone());
                    } else {
                        problems.push(problem(1, h, "no question of the round's questionnaire has this name".into()));
                    }
                }
                q
            })
            .collect();
        for (i, q) in questions.iter().enumerate() {
            let Some(q) = q else { continue };
            let earlier = questions[..i].iter().position(|e| e.is_some_and(|e| e.id == q.id));
            if let Some(first) = earlier {
                let message =
                    format!("this column and column {} both answer '{}'; keep one of them", headers[first], q.name);
                problems.push(problem(1, &headers[i], message));
            }
        }
        Columns { place, index: None, questions, ignored }
    }
}

/// Checks every row, with its repeats' entries from the other sheets;
/// returns the answers to write (entry, question, value) and the entries
/// they are for.
fn check_rows(
    instrument: &Instrument,
    columns: &Columns,
    records: &[(u64, Vec<String>)],
    (entries, repeats): (&BTreeMap<String, i64>, &Entries),
    problems: &mut Vec<Problem>,
) -> (Vec<(i64, i64, String)>, Vec<i64>) {
    let mut rows: Vec<(i64, i64, String)> = Vec::new();
    let mut places: Vec<i64> = Vec::new();
    for (line, record) in records {
        if problems.len() > 100 {
            break;
        }
        let line = *line;
        let code = columns.place.and_then(|i| record.get(i)).map(String::as_str).unwrap_or("").trim();
        let Some(entry) = entries.get(code).copied() else {
            problems.push(problem(line, "place_code", format!("'{code}' is not a municipality of this round")));
            continue;
        };
        if places.contains(&entry) {
            problems.push(problem(line, "place_code", format!("'{code}' appears twice")));
            continue;
        }
        places.push(entry);
        let mut stored: BTreeMap<String, String> = BTreeMap::new();
        for (i, cell) in record.iter().enumerate() {
            let (Some(Some(question)), false) = (columns.questions.get(i), cell.trim().is_empty()) else { continue };
            match check(instrument, question, cell) {
                Ok(value) => {
                    stored.insert(question.name.clone(), value);
                }
                Err(reason) => problems.push(problem(line, &question.name, reason)),
            }
        }
        let index = columns.index.and_then(|i| record.get(i)).map(|c| c.trim()).unwrap_or("");
        let (lists, given) = repeats.of(instrument, index);
        stored.extend(lists);
        // As many entries as the file gives (none is none), or as the
        // form's count says.
        let mut counts = instrument.entry_counts(&stored);
        for (repeat, count) in counts.iter_mut() {
            let in_file = given.get(repeat).copied();
            match (instrument.fixed_count(repeat, &stored), in_file) {
                (Some(fixed), Some(n)) if fixed != n => {
                    let reason = format!("the file gives {n} entries where the form's count works out to {fixed}");
                    problems.push(problem(line, repeat, reason));
                }
                (Some(fixed), _) => *count = fixed,
                (None, n) => *count = n.unwrap_or(0),
            }
            if *count > instrument::repeats::MAX_ENTRIES {
                let reason = format!("more than {} entries", instrument::repeats::MAX_ENTRIES);
                problems.push(problem(line, repeat, reason));
            }
        }
        // A form without repeats is laid out as it stands: no copy per row.
        let repeated;
        let laid_out = match instrument.repeat_members.is_empty() {
            true => instrument,
            false => {
                repeated = instrument.for_entries(&counts);
                &repeated
            }
        };
        let mut answers = laid_out.spread(&stored);
        check_logic(laid_out, &mut answers, line, problems);
        rows.extend(laid_out.gather(&answers).into_iter().map(|(question, value)| (entry, question, value)));
    }
    (rows, places)
}

/// Replaces the entries' answers (files uploaded with the form stay) and
/// submits them, in one transaction with its audit event.
async fn write(
    db: &Db,
    round_id: i64,
    (rows, kept): (&[(i64, i64, String)], &[i64]),
    places: &[i64],
    audit_ctx: &AuditCtx,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    for place in places {
        // Only integer question ids are inlined.
        let kept_ids: Vec<String> = kept.iter().map(i64::to_string).chain(["0".to_string()]).collect();
        let sql = format!(
            "DELETE FROM answers WHERE round_place_id = $1 \
             AND question_id NOT IN (SELECT question_id FROM answer_files WHERE round_place_id = $1) \
             AND question_id NOT IN ({})",
            kept_ids.join(",")
        );
        on_tx!(&mut tx, |c| sqlx::query(&sql).bind(place).execute(&mut *c).await.map(|_| ()))?;
        on_tx!(&mut tx, |c| sqlx::query(
            "UPDATE round_places SET status = 'submitted', submitted_at = $1, updated_at = $1 WHERE id = $2"
        )
        .bind(now)
        .bind(place)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    insert(&mut tx, rows).await?;
    for place in places {
        crate::rollup::refresh(&mut tx, *place).await?;
    }
    crate::rollup::recount_round(&mut tx, round_id).await?;
    let event = Event {
        action: "assess.answers_import",
        object_type: "round",
        object_id: round_id.to_string(),
        place_id: None,
        summary: format!("{} answers for {} municipalities", rows.len(), places.len()),
    };
    audit::append(&mut tx, audit_ctx, event).await?;
    tx.commit().await
}
