//! Exports of a round: the municipalities' answers for the hub (CSV or XLSX,
//! headers as labels in a chosen language or as codes, multiple choice as one
//! column or one column per choice), and the aggregates as JSON.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use platform::i18n::{i18n, Tr};
use platform::policy::{Action, Resource};
use platform::web::{AppError, AppState, PageCtx};
use platform::Db;
use serde_json::json;

use crate::instrument::{self, Instrument};
use crate::results::compute;
use crate::store;

#[derive(serde::Deserialize, Default)]
pub struct ExportQuery {
    /// `codes`, or a locale code for labels (default: the reader's language).
    #[serde(default)]
    headers: String,
    /// `split` for one column per choice of a multiple-choice question.
    #[serde(default)]
    multiple: String,
    /// `xlsx` for a workbook, otherwise CSV.
    #[serde(default)]
    format: String,
}

fn header(instrument: &Instrument, tr: Option<Tr>, split: bool) -> Vec<String> {
    let mut header = vec!["place_code".to_string(), "place".to_string()];
    for q in instrument.questions.iter().filter(|q| q.recorded()) {
        let title = tr.map(|t| q.label(t)).unwrap_or_else(|| q.name.clone());
        if split && q.qtype == "select_multiple" && !instrument.repeat_members.contains_key(&q.name) {
            for c in instrument.choices(&q.list_name) {
                header.push(format!("{title}: {}", tr.map(|t| c.label(t)).unwrap_or_else(|| c.name.clone())));
            }
        } else {
            header.push(title);
        }
    }
    header
}

fn row(
    instrument: &Instrument,
    code: &str,
    name: &str,
    answers: &BTreeMap<String, String>,
    tr: Option<Tr>,
    split: bool,
) -> Vec<String> {
    let mut row = vec![code.to_string(), name.to_string()];
    for q in instrument.questions.iter().filter(|q| q.recorded()) {
        let value = answers.get(&q.name).cloned().unwrap_or_default();
        // A repeat's answers are one list, one value per entry, as stored.
        if instrument.repeat_members.contains_key(&q.name) {
            row.push(value);
            continue;
        }
        if split && q.qtype == "select_multiple" {
            for c in instrument.choices(&q.list_name) {
                row.push(if value.split(',').any(|v| v == c.name) { "1".into() } else { "0".into() });
            }
        } else {
            let label = |v: &str| -> String {
                match tr {
                    Some(t) if !q.list_name.is_empty() => instrument
                        .choices(&q.list_name)
                        .iter()
                        .find(|c| c.name == v)
                        .map(|c| c.label(t))
                        .unwrap_or_else(|| v.to_string()),
                    _ => v.to_string(),
                }
            };
            row.push(value.split(',').filter(|v| !v.is_empty()).map(label).collect::<Vec<_>>().join("; "));
        }
    }
    row
}

/// Municipalities per database read while streaming, bounding memory.
const PAGE: usize = 200;

fn csv_line(cells: &[String]) -> String {
    cells
        .iter()
        .map(|c| if c.contains([',', '"', '\n']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() })
        .collect::<Vec<_>>()
        .join(",")
}

/// The municipalities' answers: for the hub only, since they are each city's own.
pub async fn answers_export(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<ExportQuery>,
) -> Result<Response, AppError> {
    let roots = directory::places::roots(&state.db).await?;
    let region: Vec<i64> = roots.first().map(|r| vec![r.id]).unwrap_or_default();
    ctx.require(Action::ViewUnsuppressed, &Resource::Place { path: &region })?;
    let Some(round) = store::round(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let Some(instrument) = instrument::load(&state.db, round.instrument_id).await? else {
        return Err(ctx.not_found());
    };
    let places = store::submitted_places(&state.db, id).await?;
    let tr = match query.headers.as_str() {
        "codes" => None,
        "" => Some(ctx.tr),
        code => Some(i18n().get(code).unwrap_or(ctx.tr)),
    };
    let layout = Layout { instrument, tr, split: query.multiple == "split" };
    if query.format == "xlsx" {
        return answers_workbook(&state, id, &layout, &places).await;
    }
    Ok(answers_csv(state.db.clone(), id, layout, places))
}

/// How the answers are laid out: the questionnaire, the language of the
/// headers and labels (None: codes), and whether multiple choices are split.
struct Layout {
    instrument: Instrument,
    tr: Option<Tr>,
    split: bool,
}

impl Layout {
    fn header(&self) -> Vec<String> {
        header(&self.instrument, self.tr, self.split)
    }

    fn row(&self, place: &store::SubmittedPlace, answers: &BTreeMap<i64, BTreeMap<String, String>>) -> Vec<String> {
        let empty = BTreeMap::new();
        let answers = answers.get(&place.id).unwrap_or(&empty);
        row(&self.instrument, &place.code, &place.name, answers, self.tr, self.split)
    }
}

fn by_place(rows: Vec<(i64, String, String)>) -> BTreeMap<i64, BTreeMap<String, String>> {
    let mut answers: BTreeMap<i64, BTreeMap<String, String>> = BTreeMap::new();
    for (place, question, value) in rows {
        answers.entry(place).or_default().insert(question, value);
    }
    answers
}

/// The answers as a workbook, which is a zip file, written whole.
async fn answers_workbook(
    state: &AppState,
    id: i64,
    layout: &Layout,
    places: &[store::SubmittedPlace],
) -> Result<Response, AppError> {
    let answers = by_place(store::submitted_answers(&state.db, id).await?);
    let mut table = vec![layout.header()];
    table.extend(places.iter().map(|place| layout.row(place, &answers)));
    let bytes = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("answers")?;
        for (r, cells) in table.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, cell)?;
            }
        }
        book.save_to_buffer()
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-answers.xlsx\"")),
        ],
        bytes,
    )
        .into_response())
}

/// The answers as CSV, streamed a page of municipalities at a time, so
/// memory stays flat however large the round.
fn answers_csv(db: Db, id: i64, layout: Layout, places: Vec<store::SubmittedPlace>) -> Response {
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<String, std::io::Error>>(4);
    tokio::spawn(async move {
        let first = csv_line(&layout.header()) + "\n";
        if sender.send(Ok(first)).await.is_err() {
            return;
        }
        for page in places.chunks(PAGE) {
            let ids: Vec<i64> = page.iter().map(|place| place.id).collect();
            let answers = match store::answers_of_places(&db, id, &ids).await {
                Ok(rows) => by_place(rows),
                Err(e) => {
                    let _ = sender.send(Err(std::io::Error::other(e.to_string()))).await;
                    return;
                }
            };
            let mut chunk = String::new();
            for place in page {
                chunk.push_str(&csv_line(&layout.row(place, &answers)));
                chunk.push('\n');
            }
            if sender.send(Ok(chunk)).await.is_err() {
                return;
            }
        }
    });
    // Fused: a compression layer may poll once more after the end.
    let stream = futures_util::StreamExt::fuse(futures_util::stream::unfold(receiver, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    }));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-answers.csv\"")),
        ],
        axum::body::Body::from_stream(stream),
    )
        .into_response()
}

/// The aggregates as JSON, suppressed exactly as on the page.
pub async fn results_json(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let c = compute(&ctx, &state, id).await?;
    Ok(axum::Json(results_value(&c)).into_response())
}

/// A round's results as JSON: every cell the reader may not see is null.
pub fn results_value(c: &crate::results::Computed) -> serde_json::Value {
    let cell =
        |x: &crate::results::Cell| if x.suppressed { json!(null) } else { json!({"count": x.count, "share": x.share}) };
    json!({
        "round": {"id": c.round.id, "name": c.round.name, "opened_on": c.round.opened_on, "deadline": c.round.deadline},
        "areas": c.columns,
        "invited": c.invited,
        "submitted": c.submitted,
        "suppressed_below": c.suppress,
        "headline": {
            "definition": "share of submitting municipalities answering no or don't know on programmes, budget or expertise",
            "cells": c.headline.iter().map(cell).collect::<Vec<_>>(),
        },
        "questions": c.results.iter().map(|q| json!({
            "name": q.name,
            "label": q.label,
            "answered": q.answered,
            "answers": q.rows.iter().map(|r| json!({"code": r.name, "label": r.label, "dont_know": r.dont_know,
                "cells": r.cells.iter().map(cell).collect::<Vec<_>>(), "previous_round_share": r.previous})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
