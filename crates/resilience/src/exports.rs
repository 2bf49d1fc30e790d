//! Downloads: the aggregates (suppressed, no free text) as CSV, XLSX and
//! JSON for anyone; the respondent-level table for the study's owners.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use platform::audit::{self, Event};
use platform::policy::{Action, Resource};
use platform::web::{AppError, AppState, PageCtx};

use crate::indices::{Cell, Computed, GroupKind};
use crate::instrument::{self, ITEMS};
use crate::stats::Difference;
use crate::store::{self, Study};
use crate::view;

const HEADER: [&str; 15] = [
    "wave",
    "indicator",
    "group_type",
    "group",
    "respondents",
    "mean_0_10",
    "ci95_low",
    "ci95_high",
    "change_from_first_wave",
    "change_ci95_low",
    "change_ci95_high",
    "versus_rest_of_city",
    "versus_ci95_low",
    "versus_ci95_high",
    "indicator_name",
];

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.3}")).unwrap_or_default()
}

/// How many respondents a cell may say it has: the number when its figure
/// is shown, "<k" when suppressed, "withheld" when held back so that a
/// small neighbour cannot be found by subtraction (its count would give
/// that away as surely as its mean).
fn respondents(cell: &Cell, k: usize) -> String {
    match (&cell.estimate, cell.withheld, cell.n) {
        (Some(_), _, n) => n.to_string(),
        (None, true, _) => "withheld".into(),
        (None, false, 0) => "0".into(),
        (None, false, _) => format!("<{k}"),
    }
}

/// One row per wave, indicator and group; suppressed cells keep only the
/// fact that there were fewer than k respondents.
fn rows(study: &Study, computed: &Computed, tr: platform::i18n::Tr) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let last = computed.waves.len().saturating_sub(1);
    for result in &computed.indicators {
        for group in &result.groups {
            let kind = match group.kind {
                GroupKind::City => "city",
                GroupKind::Neighbourhood => "neighbourhood",
                GroupKind::Community => "community",
            };
            let label = if group.kind == GroupKind::City { study.place_code.clone() } else { group.key.clone() };
            for (w, (wave, cell)) in computed.waves.iter().zip(&group.cells).enumerate() {
                let estimate = &cell.estimate;
                let respondents = respondents(cell, computed.k);
                let difference = |d: &Option<Difference>| {
                    let d = d.filter(|_| w == last && last > 0);
                    [number(d.map(|d| d.diff)), number(d.map(|d| d.low)), number(d.map(|d| d.high))]
                };
                let versus = group.versus_rest.filter(|_| w == last);
                let mut row = vec![
                    wave.name.clone(),
                    result.indicator.key.clone(),
                    kind.to_string(),
                    label.clone(),
                    respondents,
                    number(estimate.map(|e| e.mean)),
                    number(estimate.map(|e| e.low)),
                    number(estimate.map(|e| e.high)),
                ];
                row.extend(difference(&group.change));
                row.extend([
                    number(versus.map(|d| d.diff)),
                    number(versus.map(|d| d.low)),
                    number(versus.map(|d| d.high)),
                    view::indicator_name(tr, &result.indicator),
                ]);
                out.push(row);
            }
        }
    }
    out
}

fn file_name(study: &Study, extension: &str) -> String {
    format!("attachment; filename=\"study-{}-{}-indices.{extension}\"", study.id, study.place_code)
}

pub async fn indices_csv(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (study, _) = view::study(&ctx, &state, id).await?;
    let (computed, _) = view::compute(&state, &study).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write = |writer: &mut csv::Writer<Vec<u8>>, record: &[String]| writer.write_record(record);
    write(&mut writer, &HEADER.map(String::from)).map_err(|e| AppError::Internal(e.into()))?;
    for row in rows(&study, &computed, ctx.tr) {
        write(&mut writer, &row).map_err(|e| AppError::Internal(e.into()))?;
    }
    let bytes = writer.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, file_name(&study, "csv")),
        ],
        bytes,
    )
        .into_response())
}

pub async fn indices_xlsx(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (study, _) = view::study(&ctx, &state, id).await?;
    let (computed, _) = view::compute(&state, &study).await?;
    let rows = rows(&study, &computed, ctx.tr);
    let bytes = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet().set_name("indices")?;
        let bold = rust_xlsxwriter::Format::new().set_bold();
        for (c, title) in HEADER.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *title, &bold)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match value.parse::<f64>() {
                    Ok(n) if c >= 4 => sheet.write_number(r, c, n)?,
                    _ => sheet.write_string(r, c, value)?,
                };
            }
        }
        workbook.save_to_buffer()
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    .map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
            (header::CONTENT_DISPOSITION, file_name(&study, "xlsx")),
        ],
        bytes,
    )
        .into_response())
}

pub async fn indices_json(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (study, _) = view::study(&ctx, &state, id).await?;
    let (computed, neighbourhoods, timing) = view::compute_timed(&state, &study).await?;
    Ok(([timing.header()], axum::Json(indices_value(ctx.tr, &study, &computed, &neighbourhoods))).into_response())
}

/// A study's aggregates as JSON, exactly as the page shows them: names in
/// the reader's language, and no count or mean of a suppressed or withheld
/// cell.
pub fn indices_value(
    tr: platform::i18n::Tr,
    study: &Study,
    computed: &Computed,
    neighbourhoods: &[crate::store::Neighbourhood],
) -> serde_json::Value {
    use serde_json::json;
    let difference = |d: &Option<Difference>| {
        d.map(|d| json!({"difference": d.diff, "ci95_low": d.low, "ci95_high": d.high, "significant": d.significant}))
    };
    let indicators: Vec<serde_json::Value> = computed
        .indicators
        .iter()
        .map(|result| {
            let groups: Vec<serde_json::Value> = result
                .groups
                .iter()
                .map(|g| {
                    let cells: Vec<serde_json::Value> = computed
                        .waves
                        .iter()
                        .zip(&g.cells)
                        .map(|(wave, cell)| match &cell.estimate {
                            Some(e) => json!({"wave": wave.name, "respondents": cell.n, "mean": e.mean,
                                "ci95_low": e.low, "ci95_high": e.high}),
                            None => json!({"wave": wave.name, "respondents": respondents(cell, computed.k),
                                "mean": null, "ci95_low": null, "ci95_high": null}),
                        })
                        .collect();
                    let kind = match g.kind {
                        GroupKind::City => "city",
                        GroupKind::Neighbourhood => "neighbourhood",
                        GroupKind::Community => "community",
                    };
                    json!({"type": kind, "key": g.key, "label": g.label, "cells": cells,
                        "change_from_first_wave": difference(&g.change),
                        "versus_rest_of_city": difference(&g.versus_rest)})
                })
                .collect();
            json!({"key": result.indicator.key, "name": view::indicator_name(tr, &result.indicator), "groups": groups})
        })
        .collect();
    let shares: Vec<serde_json::Value> = computed
        .shares
        .iter()
        .map(|s| {
            let waves: Vec<serde_json::Value> = computed
                .waves
                .iter()
                .zip(&s.waves)
                .map(|(wave, (n, options))| match options {
                    Some(options) => json!({"wave": wave.name, "respondents": n,
                        "options": options.iter().map(|(o, share)| json!({"option": o, "share": share})).collect::<Vec<_>>()}),
                    None => json!({"wave": wave.name, "respondents": format!("<{}", computed.k), "options": null}),
                })
                .collect();
            json!({"item": s.item, "waves": waves})
        })
        .collect();
    json!({
        "study": {"id": study.id, "title": study.title, "municipality": study.place_code,
                  "suppression_k": study.suppression_k, "weighting": study.weighting},
        "neighbourhoods": neighbourhoods.iter().map(|n| json!({"code": n.code, "name": n.name})).collect::<Vec<_>>(),
        "scale": "0-10",
        "waves": computed.waves.iter().map(|w| w.name.clone()).collect::<Vec<_>>(),
        "respondents": computed.respondents,
        "indicators": indicators,
        "where_residents_turn": shares,
    })
}

/// Every response with its free text, for the owners only; the download is audited.
pub async fn responses_csv(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (study, path) = view::study(&ctx, &state, id).await?;
    ctx.require(Action::ViewRespondents, &Resource::Place { path: &path })?;
    let rows = store::full_responses(&state.db, id).await?;
    let sealer = state.site.secret_box.clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["respondent", "wave", "neighbourhood", "sex", "age_group", "community"];
    header.extend(ITEMS.iter().map(|i| i.key));
    writer.write_record(&header).map_err(|e| AppError::Internal(e.into()))?;
    for row in &rows {
        let mut record = vec![
            row.respondent.clone(),
            row.wave.clone(),
            row.neighbourhood.clone(),
            row.sex.clone(),
            row.age_group.clone(),
            row.community.clone(),
        ];
        for (value, item) in row.answers.split('|').zip(ITEMS) {
            record.push(if item.kind == instrument::Kind::FreeText {
                match (&sealer, row.free_text.starts_with("v1:")) {
                    (Some(s), true) => s.open(&row.free_text).unwrap_or_default(),
                    _ => row.free_text.clone(),
                }
            } else {
                value.to_string()
            });
        }
        writer.write_record(&record).map_err(|e| AppError::Internal(e.into()))?;
    }
    let bytes = writer.into_inner().map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
    let mut tx = state.db.begin().await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.responses_export",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(study.place_id),
            summary: format!("{} responses downloaded", rows.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"study-{id}-responses.csv\"")),
        ],
        bytes,
    )
        .into_response())
}
