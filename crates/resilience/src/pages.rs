//! The studies pages: the list with the form to start a study, a study's
//! results (public, suppressed), and its printable report.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource, Role};
use platform::web::form::{empty_as_none, FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::import::Report;
use crate::instrument::{self, DIMENSIONS};
use crate::owner::{IndicatorForm, NeighbourhoodForm};
use crate::store::{self, ImportRecord, Neighbourhood, Study, Wave};
use crate::view::{self, ResultsView};

#[derive(Template)]
#[template(path = "studies.html")]
struct StudiesPage {
    shell: Shell,
    studies: Vec<Study>,
    municipalities: Vec<(i64, String)>,
    form: StudyForm,
    errors: FieldErrors,
}

/// A new study as typed: the municipality chosen, and the rest as text
/// checked by `validate`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StudyForm {
    #[serde(deserialize_with = "empty_as_none")]
    place: Option<i64>,
    title: String,
    /// Wave names separated by commas.
    waves: String,
    k: String,
    notes: String,
}

/// What a valid form starts.
struct NewStudyInput<'a> {
    title: &'a str,
    waves: Vec<String>,
    k: i64,
    notes: &'a str,
}

impl StudyForm {
    /// The blank form: most studies compare a baseline with an endline, and
    /// ten respondents is the suppression threshold suggested to owners.
    fn suggested() -> StudyForm {
        StudyForm { waves: "Baseline, Endline".to_string(), k: "10".to_string(), ..StudyForm::default() }
    }

    fn validate(&self, tr: Tr) -> Result<NewStudyInput<'_>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 150 {
            errors.add("title", tr.t("resilience-title-required"));
        }
        let waves: Vec<String> =
            self.waves.trim().split(',').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
        if waves.is_empty() || waves.len() > 10 || waves.iter().any(|w| w.chars().count() > 60) {
            errors.add("waves", tr.t("resilience-waves-required"));
        }
        let k = match self.k.trim().parse::<i64>() {
            Ok(k) if (MIN_K..=100).contains(&k) => k,
            _ => {
                errors.add("k", tr.t1("resilience-k-range", "min", MIN_K));
                0
            }
        };
        let notes = self.notes.trim();
        if notes.chars().count() > 5000 {
            errors.add("notes", tr.t("resilience-notes-too-long"));
        }
        match errors.is_empty() {
            true => Ok(NewStudyInput { title, waves, k, notes }),
            false => Err(errors),
        }
    }
}

/// The member municipalities where the actor may start a study.
async fn own_municipalities(ctx: &PageCtx, state: &AppState) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let Some(account) = ctx.account() else { return Ok(Vec::new()) };
    let members = store::member_municipalities(&state.db).await?;
    let admin = account.has_role(Role::HubAdmin);
    Ok(members
        .into_iter()
        .filter(|(id, _)| {
            admin
                || account
                    .grants
                    .iter()
                    .any(|g| g.place_id == Some(*id) && matches!(g.role, Role::FocalPoint | Role::MunicipalStaff))
        })
        .collect())
}

async fn studies_page(
    ctx: &PageCtx,
    state: &AppState,
    form: StudyForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let page = StudiesPage {
        shell: ctx.shell(ctx.tr.t("resilience-title")),
        studies: store::all(&state.db).await?,
        municipalities: own_municipalities(ctx, state).await?,
        form,
        errors,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&page)?).into_response())
}

pub async fn list(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    studies_page(&ctx, &state, StudyForm::suggested(), FieldErrors::default()).await
}

pub const MIN_K: i64 = 5;

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<StudyForm>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    if ctx.account().is_none() {
        // Signing in comes before anything about the form.
        ctx.require(Action::ManageStudy, &Resource::Instance)?;
    }
    let place_id = form.place.unwrap_or(0);
    let path = directory::places::path_ids(&state.db, place_id, Utc::now().date_naive()).await?;
    if path.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("place", tr.t("resilience-place-required"));
        return studies_page(&ctx, &state, form, errors).await;
    }
    ctx.require(Action::ManageStudy, &Resource::Place { path: &path })?;
    let NewStudyInput { title, waves, k, notes } = match form.validate(tr) {
        Ok(input) => input,
        Err(errors) => return studies_page(&ctx, &state, form, errors).await,
    };
    let mut tx = state.db.begin().await?;
    let id =
        store::create(&mut tx, &store::NewStudy { place_id, title, notes, suppression_k: k, waves: &waves }).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "resilience.study_create",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(place_id),
            summary: format!("study \"{title}\" with waves {}", waves.join(", ")),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/studies/{id}"), "flash-study-created"))
}

/// What the owner's forms need on a study page.
#[derive(Default)]
pub struct OwnerArea {
    pub imports: Vec<ImportRecord>,
    pub report: Option<Report>,
    /// Per wave: its id, name and margins as editable lines.
    pub margins: Vec<(i64, String, String)>,
    /// A refused neighbourhood or indicator, shown again as typed.
    pub neighbourhood: NeighbourhoodForm,
    pub indicator: IndicatorForm,
    pub errors: FieldErrors,
    /// After a boundary upload: features matched, and those left out with why.
    pub boundaries: Option<(usize, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "study.html")]
struct StudyPage {
    shell: Shell,
    study: Study,
    waves: Vec<Wave>,
    neighbourhoods: Vec<Neighbourhood>,
    results: ResultsView,
    printable: bool,
    owner: bool,
    see_respondents: bool,
    area: OwnerArea,
    scorable: Vec<(&'static str, String)>,
    dimensions: &'static [&'static str],
}

impl StudyPage {
    fn problem(&self, p: &crate::import::Problem) -> String {
        p.message(self.shell.tr)
    }
}

pub async fn study_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    printable: bool,
    mut area: OwnerArea,
) -> Result<Response, AppError> {
    let (study, path) = view::study(ctx, state, id).await?;
    let tr = ctx.tr;
    let owner = can(&ctx.actor, Action::ManageStudy, &Resource::Place { path: &path }).allowed();
    let see_respondents = can(&ctx.actor, Action::ViewRespondents, &Resource::Place { path: &path }).allowed();
    let (computed, neighbourhoods, timing) = view::compute_timed(state, &study).await?;
    let results = view::results(state, tr, &study, &computed, &neighbourhoods).await?;
    if owner && !printable {
        area.imports = store::imports(&state.db, id).await?;
        for wave in &computed.waves {
            let lines: Vec<String> = store::margins(&state.db, wave.id)
                .await?
                .iter()
                .flat_map(|(d, categories)| categories.iter().map(move |(c, p)| format!("{d},{c},{p}")))
                .collect();
            area.margins.push((wave.id, wave.name.clone(), lines.join("\n")));
        }
    }
    let status = if area.errors.is_empty() && area.report.as_ref().is_none_or(|r| r.problem_count == 0) {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let title =
        if printable { tr.ta("resilience-report-title", &[("title", &study.title)]) } else { study.title.clone() };
    let page = StudyPage {
        shell: ctx.shell(title),
        waves: computed.waves.clone(),
        study,
        neighbourhoods,
        results,
        printable,
        owner: owner && !printable,
        see_respondents,
        area,
        scorable: instrument::scorable().map(|i| (i.key, tr.t(i.message))).collect(),
        dimensions: DIMENSIONS,
    };
    Ok((status, [timing.header()], render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    study_page(&ctx, &state, id, false, OwnerArea::default()).await
}

pub async fn report(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    study_page(&ctx, &state, id, true, OwnerArea::default()).await
}
