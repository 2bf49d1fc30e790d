//! Exports of a round: the municipalities' answers for the hub (CSV or XLSX,
//! headers as labels in a chosen language or as codes, multiple choice as one
//! column or one column per choice), and the aggregates as JSON.

use std::collections::BTreeMap;

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use platform::i18n::{i18n, Tr};
use platform::on_db;
use platform::policy::{Action, Resource};
use platform::web::{AppError, AppState, PageCtx};
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

/// The table: header row, then one row per submitting municipality.
fn table(
    instrument: &Instrument,
    rows: &BTreeMap<i64, (String, String, BTreeMap<String, String>)>,
    tr: Option<Tr>,
    split: bool,
) -> Vec<Vec<String>> {
    let mut header = vec!["place_code".to_string(), "place".to_string()];
    for q in &instrument.questions {
        let title = tr.map(|t| q.label(t)).unwrap_or_else(|| q.name.clone());
        if split && q.qtype == "select_multiple" {
            for c in instrument.choices(&q.list_name) {
                header.push(format!("{title}: {}", tr.map(|t| c.label(t)).unwrap_or_else(|| c.name.clone())));
            }
        } else {
            header.push(title);
        }
    }
    let mut out = vec![header];
    for (code, name, answers) in rows.values() {
        let mut row = vec![code.clone(), name.clone()];
        for q in &instrument.questions {
            let value = answers.get(&q.name).cloned().unwrap_or_default();
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
        out.push(row);
    }
    out
}

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
    let raw = store::submitted_answers(&state.db, id).await?;
    let names: Vec<(i64, String, String)> = on_db!(&state.db, |pool| {
        sqlx::query_as(
        "SELECT p.id, p.code, p.name FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 AND rp.status = 'submitted'"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    })?;
    let mut rows: BTreeMap<i64, (String, String, BTreeMap<String, String>)> =
        names.into_iter().map(|(pid, code, name)| (pid, (code, name, BTreeMap::new()))).collect();
    for (place, question, value) in raw {
        if let Some(entry) = rows.get_mut(&place) {
            entry.2.insert(question, value);
        }
    }
    let tr = match query.headers.as_str() {
        "codes" => None,
        "" => Some(ctx.tr),
        code => Some(i18n().get(code).unwrap_or(ctx.tr)),
    };
    let table = table(&instrument, &rows, tr, query.multiple == "split");
    if query.format == "xlsx" {
        let bytes = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            sheet.set_name("answers")?;
            for (r, row) in table.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    sheet.write_string(r as u32, c as u16, cell)?;
                }
            }
            book.save_to_buffer()
        })
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
        return Ok((
            [
                (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-answers.xlsx\"")),
            ],
            bytes,
        )
            .into_response());
    }
    let mut body = String::new();
    for row in &table {
        body.push_str(&csv_line(row));
        body.push('\n');
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-answers.csv\"")),
        ],
        body,
    )
        .into_response())
}

/// The aggregates as JSON, suppressed exactly as on the page.
pub async fn results_json(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let c = compute(&ctx, &state, id).await?;
    let cell =
        |x: &crate::results::Cell| if x.suppressed { json!(null) } else { json!({"count": x.count, "share": x.share}) };
    let body = json!({
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
            "answered": q.answered,
            "answers": q.rows.iter().map(|r| json!({"code": r.name, "cells": r.cells.iter().map(cell).collect::<Vec<_>>(), "previous_round_share": r.previous})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    Ok(axum::Json(body).into_response())
}
