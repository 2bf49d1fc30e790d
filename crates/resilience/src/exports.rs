//! Downloads: the aggregates (suppressed, no free text) as CSV, XLSX and
//! JSON for anyone; the respondent-level table for the study's owners.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use platform::audit::{self, Event};
use platform::on_db;
use platform::policy::{Action, Resource};
use platform::web::{AppError, AppState, PageCtx};

use crate::indices::{Cell, Computed, GroupKind};
use crate::instrument::{self, ITEMS};
use crate::stats::Difference;
use crate::store::Study;
use crate::view;

const HEADER: [&str; 14] = [
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
];

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.3}")).unwrap_or_default()
}

/// One row per wave, indicator and group; suppressed cells keep only the
/// fact that there were fewer than k respondents.
fn rows(study: &Study, computed: &Computed) -> Vec<Vec<String>> {
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
                let Cell { n, estimate, withheld } = cell;
                let respondents = match estimate {
                    Some(_) => n.to_string(),
                    None if *withheld => n.to_string(),
                    None if *n == 0 => "0".into(),
                    None => format!("<{}", computed.k),
                };
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
    for row in rows(&study, &computed) {
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
    let rows = rows(&study, &computed);
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
    Ok(([timing.header()], axum::Json(serde_json::json!({
        "study": { "id": study.id, "title": study.title, "municipality": study.place_code, "suppression_k": study.suppression_k, "weighting": study.weighting },
        "neighbourhoods": neighbourhoods,
        "scale": "0-10",
        "results": computed,
    })))
    .into_response())
}

/// Every response with its free text, for the owners only; the download is audited.
pub async fn responses_csv(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (study, path) = view::study(&ctx, &state, id).await?;
    ctx.require(Action::ViewRespondents, &Resource::Place { path: &path })?;
    // respondent, wave, neighbourhood, sex, age group, community, answers, free text
    type Row = (String, String, String, String, String, String, String, String);
    let rows: Vec<Row> = on_db!(&state.db, |pool| {
        sqlx::query_as(
        "SELECT r.respondent, w.name, p.code, r.sex, r.age_group, r.community, r.answers, r.free_text FROM study_responses r \
         JOIN study_waves w ON w.id = r.wave_id JOIN places p ON p.id = r.neighbourhood_id WHERE w.study_id = $1 ORDER BY w.position, r.id"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    })?;
    let sealer = state.site.secret_box.clone();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["respondent", "wave", "neighbourhood", "sex", "age_group", "community"];
    header.extend(ITEMS.iter().map(|i| i.key));
    writer.write_record(&header).map_err(|e| AppError::Internal(e.into()))?;
    for (respondent, wave, neighbourhood, sex, age, community, answers, free_text) in &rows {
        let mut record =
            vec![respondent.clone(), wave.clone(), neighbourhood.clone(), sex.clone(), age.clone(), community.clone()];
        for (value, item) in answers.split('|').zip(ITEMS) {
            record.push(if item.kind == instrument::Kind::FreeText {
                match (&sealer, free_text.starts_with("v1:")) {
                    (Some(s), true) => s.open(free_text).unwrap_or_default(),
                    _ => free_text.clone(),
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
