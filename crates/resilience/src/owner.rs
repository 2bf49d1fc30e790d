//! The study owners' forms: uploading responses, adding neighbourhoods,
//! population margins for weighting, their own indicators, and the advisory
//! committee's notes. Each validates everything first and writes nothing
//! when anything is wrong.

use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use chrono::Utc;
use platform::audit::{self, Event};
use platform::fold::fold;
use platform::i18n::Tr;
use platform::policy::{Action, Resource};
use platform::web::form::{field, FieldErrors, Form};
use platform::web::{AppError, AppState, PageCtx};

use serde::Deserialize;

use crate::import::{self, Upload};
use crate::indices;
use crate::instrument::{self, AGE_GROUPS, DIMENSIONS, SEXES};
use crate::pages::{study_page, OwnerArea};
use crate::store::{self, Margins, Study};
use crate::view;

async fn owned(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Study, AppError> {
    let (study, path) = view::study(ctx, state, id).await?;
    ctx.require(Action::ManageStudy, &Resource::Place { path: &path })?;
    Ok(study)
}

fn refused(errors: FieldErrors) -> OwnerArea {
    OwnerArea { errors, ..OwnerArea::default() }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NeighbourhoodForm {
    pub(crate) name: String,
}

/// How a study's figures are weighted.
#[derive(Deserialize, Default, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Weighting {
    #[default]
    None,
    Raked,
}

impl Weighting {
    fn as_str(self) -> &'static str {
        match self {
            Weighting::None => "none",
            Weighting::Raked => "raked",
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct WeightsForm {
    /// The wave the margins are for (none chosen: refused on the page).
    wave: Option<i64>,
    weighting: Weighting,
    margins: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct IndicatorForm {
    pub(crate) name: String,
    /// The items the indicator averages, by key.
    items: Vec<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NotesForm {
    notes: String,
}

/// An uploaded form: its text fields, its file (name and bytes, if one was
/// sent and is not empty), and what went wrong reading it.
struct Uploaded {
    fields: Vec<(String, String)>,
    file: Option<(String, Bytes)>,
    errors: FieldErrors,
}

async fn read_upload(mut multipart: Multipart, tr: Tr, file_field: &str) -> Uploaded {
    let mut upload = Uploaded { fields: Vec::new(), file: None, errors: FieldErrors::default() };
    loop {
        match multipart.next_field().await {
            Ok(Some(part)) => {
                let name = part.name().unwrap_or("").to_string();
                if name == "file" {
                    let file_name = part.file_name().unwrap_or("upload").to_string();
                    match part.bytes().await {
                        Ok(bytes) if !bytes.is_empty() => upload.file = Some((file_name, bytes)),
                        Ok(_) => {}
                        Err(_) => upload.errors.add(file_field, tr.t("resilience-upload-too-large")),
                    }
                } else if let Ok(text) = part.text().await {
                    upload.fields.push((name, text));
                }
            }
            Ok(None) => break,
            Err(_) => {
                upload.errors.add(file_field, tr.t("resilience-upload-too-large"));
                break;
            }
        }
    }
    if upload.file.is_none() && upload.errors.is_empty() {
        upload.errors.add(file_field, tr.t("assess-upload-choose"));
    }
    upload
}

pub async fn upload(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let Uploaded { fields, file, mut errors } = read_upload(multipart, ctx.tr, "file").await;
    let wave: i64 = field(&fields, "wave").parse().unwrap_or(0);
    if !store::waves(&state.db, id).await?.iter().any(|w| w.id == wave) {
        errors.add("wave", ctx.tr.t("resilience-wave-required"));
    }
    let (Some((name, bytes)), true) = (file, errors.is_empty()) else {
        return study_page(&ctx, &state, id, false, refused(errors)).await;
    };
    let valid_rows_only = !field(&fields, "valid_only").is_empty();
    let upload = Upload { study: &study, wave_id: wave, file_name: &name, bytes: &bytes, valid_rows_only };
    let report = import::import(&state.db, &upload, state.site.secret_box.as_deref(), &ctx.audit()).await?;
    study_page(&ctx, &state, id, false, OwnerArea { report: Some(report), ..OwnerArea::default() }).await
}

/// Neighbourhood boundaries as GeoJSON: only the study's neighbourhoods can
/// be matched, so an owner cannot redraw any other place.
pub async fn upload_boundaries(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let Uploaded { file, mut errors, .. } = read_upload(multipart, ctx.tr, "boundaries").await;
    let (Some((name, bytes)), true) = (file, errors.is_empty()) else {
        return study_page(&ctx, &state, id, false, refused(errors)).await;
    };
    match directory::shapes::import_within(&state.db, &bytes, &name, Some(study.place_id), &ctx.audit()).await {
        Ok(report) => {
            let area = OwnerArea { boundaries: Some((report.matched, report.unmatched)), ..OwnerArea::default() };
            study_page(&ctx, &state, id, false, area).await
        }
        Err(e) => {
            errors.add("boundaries", e.to_string());
            study_page(&ctx, &state, id, false, refused(errors)).await
        }
    }
}

pub async fn add_neighbourhood(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<NeighbourhoodForm>,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let name = form.name.trim();
    let today = Utc::now().date_naive();
    let existing = store::neighbourhoods(&state.db, study.place_id, today).await?;
    let mut errors = FieldErrors::default();
    if name.is_empty() || name.chars().count() > 80 {
        errors.add("name", ctx.tr.t("resilience-neighbourhood-required"));
    } else if existing.iter().any(|n| fold(&n.name) == fold(name)) {
        errors.add("name", ctx.tr.t("resilience-neighbourhood-exists"));
    }
    if !errors.is_empty() {
        return study_page(&ctx, &state, id, false, OwnerArea { neighbourhood: form, ..refused(errors) }).await;
    }
    let mut tx = state.db.begin().await?;
    let place = store::add_neighbourhood(&mut tx, &study, name, today).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.neighbourhood_add",
            object_type: "place",
            object_id: place.to_string(),
            place_id: Some(study.place_id),
            summary: format!("neighbourhood \"{name}\" for study {id}"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/studies/{id}#neighbourhoods"), "flash-study-neighbourhood-added"))
}

/// Margins typed as `dimension,category,population` lines.
fn parse_margins(tr: Tr, text: &str, neighbourhoods: &[store::Neighbourhood]) -> Result<Margins, Vec<String>> {
    let mut margins = Margins::new();
    let mut problems = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at =
            |reason: String| tr.ta("resilience-problem-at-row", &[("row", &(i + 1).to_string()), ("reason", &reason)]);
        let parts: Vec<&str> = line.split(',').map(str::trim).collect();
        let [dimension, category, population] = parts.as_slice() else {
            problems.push(at(tr.t("resilience-margin-shape")));
            continue;
        };
        let category = match *dimension {
            "neighbourhood" => neighbourhoods
                .iter()
                .find(|n| n.code.eq_ignore_ascii_case(category) || fold(&n.name) == fold(category))
                .map(|n| n.code.clone()),
            "sex" => SEXES.contains(category).then(|| category.to_string()),
            "age_group" => AGE_GROUPS.contains(category).then(|| category.to_string()),
            "community" => (!category.is_empty()).then(|| category.to_string()),
            _ => {
                problems.push(at(tr.ta("resilience-margin-dimension", &[("options", &DIMENSIONS.join(", "))])));
                continue;
            }
        };
        let Some(category) = category else {
            problems.push(at(tr.ta("resilience-problem-not-a-value", &[("value", parts[1])])));
            continue;
        };
        match population.parse::<f64>() {
            Ok(p) if p >= 0.0 && p.is_finite() => {
                margins.entry(dimension.to_string()).or_default().insert(category, p);
            }
            _ => problems.push(at(tr.ta("resilience-problem-not-a-value", &[("value", population)]))),
        }
    }
    if problems.is_empty() {
        Ok(margins)
    } else {
        Err(problems)
    }
}

pub async fn weights(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<WeightsForm>,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let waves = store::waves(&state.db, id).await?;
    let weighting = form.weighting.as_str();
    let mut errors = FieldErrors::default();
    let wave_id = form.wave.filter(|wave| waves.iter().any(|w| w.id == *wave)).unwrap_or_default();
    if wave_id == 0 {
        errors.add("wave", tr.t("resilience-wave-required"));
    }
    let neighbourhoods = store::neighbourhoods(&state.db, study.place_id, Utc::now().date_naive()).await?;
    let margins = match parse_margins(tr, &form.margins, &neighbourhoods) {
        Ok(m) => m,
        Err(problems) => {
            errors.add("margins", problems.join(" · "));
            Margins::new()
        }
    };
    if errors.is_empty() && !margins.is_empty() {
        // The margins are kept only if they can weight the responses there are.
        let responses = store::responses(&state.db, id).await?;
        let wave_responses: Vec<&store::Response> = responses.iter().filter(|r| r.wave_id == wave_id).collect();
        let codes = neighbourhoods.iter().map(|n| (n.id, n.code.clone())).collect();
        if let Err(e) = indices::weights(&wave_responses, &margins, &codes) {
            errors.add("margins", view::rake_message(tr, &e));
        }
    }
    if !errors.is_empty() {
        return study_page(&ctx, &state, id, false, refused(errors)).await;
    }
    let mut tx = state.db.begin().await?;
    store::replace_margins(&mut tx, wave_id, &margins).await?;
    store::set_weighting(&mut tx, id, weighting).await?;
    let count: usize = margins.values().map(|c| c.len()).sum();
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.weights",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(study.place_id),
            summary: format!("weighting {weighting}; {count} margins for wave {wave_id}"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/studies/{id}#weights"), "flash-study-weights-saved"))
}

pub async fn add_indicator(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<IndicatorForm>,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let name = form.name.trim();
    let items: Vec<&str> =
        form.items.iter().filter_map(|v| instrument::scorable().find(|i| i.key == v).map(|i| i.key)).collect();
    let mut errors = FieldErrors::default();
    if name.is_empty() || name.chars().count() > 80 {
        errors.add("indicator_name", tr.t("resilience-indicator-name-required"));
    }
    if items.is_empty() {
        errors.add("items", tr.t("resilience-indicator-items-required"));
    }
    if !errors.is_empty() {
        return study_page(&ctx, &state, id, false, OwnerArea { indicator: form, ..refused(errors) }).await;
    }
    let mut tx = state.db.begin().await?;
    let indicator = store::add_indicator(&mut tx, id, name, &items).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.indicator_add",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(study.place_id),
            summary: format!("indicator {indicator} \"{name}\" of {} items", items.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/studies/{id}#custom_{indicator}"), "flash-study-indicator-saved"))
}

pub async fn notes(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<NotesForm>,
) -> Result<Response, AppError> {
    let study = owned(&ctx, &state, id).await?;
    let notes = form.notes.as_str();
    if notes.chars().count() > 5000 {
        let mut errors = FieldErrors::default();
        errors.add("notes", ctx.tr.t("resilience-notes-too-long"));
        return study_page(&ctx, &state, id, false, refused(errors)).await;
    }
    let mut tx = state.db.begin().await?;
    store::update_notes(&mut tx, id, notes).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.notes",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(study.place_id),
            summary: format!("notes: {} characters", notes.chars().count()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/studies/{id}#notes"), "flash-study-notes-saved"))
}
