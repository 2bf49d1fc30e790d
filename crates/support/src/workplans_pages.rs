//! Country work plans in the browser: the list, a plan's progress view with
//! its Gantt timeline (printable), its XLSX, and the hub's changes, each
//! with its own route.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::money::Eur;
use platform::policy::{can, Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use platform::Tx;
use serde::Deserialize;

use crate::scope;
use crate::workplans::{self, Activity, ActivityStatus, LinkKind, NewActivity, Objective, Plan};

pub fn routes() -> Routes {
    use Action::*;
    let plan = Target::Record("work_plan");
    Routes::new()
        .get("/support/plans", ViewPublic, Target::Public, index)
        .post("/support/plans", ManageSupport, Target::Chosen, create)
        .get("/support/plans/{id}", ViewPublic, plan, show)
        .post("/support/plans/{id}/activities", ManageSupport, plan, add_activity)
        .post("/support/plans/{id}/progress", ReportActivity, plan, update_progress)
        .post("/support/plans/{id}/links", ManageSupport, plan, add_link)
        .get("/support/plans/{id}/plan.xlsx", ViewPublic, plan, download)
}

#[derive(Template)]
#[template(path = "workplans.html")]
struct PlansPage {
    shell: Shell,
    plans: Vec<Plan>,
    hub: bool,
    countries: Vec<(i64, String)>,
    year: i32,
    errors: FieldErrors,
}

async fn plans_page(ctx: &PageCtx, state: &AppState, errors: FieldErrors) -> Result<Response, AppError> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PlansPage {
        shell: ctx.shell(ctx.tr.t("support-plans-title")),
        plans: workplans::plans(&state.db).await?,
        hub: scope::is_hub(ctx, state).await?,
        countries: workplans::countries(&state.db).await?,
        year: Utc::now().year(),
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    plans_page(&ctx, &state, FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct PlanForm {
    country: i64,
    year: Option<i64>,
}

/// A plan for a country and year, its objectives drawn from the needs its
/// municipalities ranked highest.
pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<PlanForm>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    if !workplans::is_country(&state.db, form.country).await? {
        errors.add("country", tr.t("support-country-required"));
    }
    let year = form.year.filter(|y| (2020..=2100).contains(y));
    if year.is_none() {
        errors.add("year", tr.t("support-year-invalid"));
    }
    if workplans::plans(&state.db).await?.iter().any(|p| p.country_id == form.country && Some(p.year) == year) {
        errors.add("year", tr.t("support-plan-exists"));
    }
    let Some(year) = year.filter(|_| errors.is_empty()) else {
        return plans_page(&ctx, &state, errors).await;
    };
    let needs = workplans::prioritised_needs(&state.db, form.country).await?;
    let mut tx = state.db.begin().await?;
    let id = workplans::create(&mut tx, form.country, year, &needs).await?;
    let event = AuditEvent {
        action: "support.plan_create",
        object_type: "work_plan",
        object_id: id.to_string(),
        place_id: Some(form.country),
        summary: format!("{} objectives from assessed needs", needs.len()),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("/support/plans/{id}"), "flash-support-plan-created"))
}

/// An activity as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ActivityForm {
    objective: i64,
    title: String,
    owner: Option<i64>,
    places: String,
    starts_on: String,
    ends_on: String,
    budget: String,
    indicators: String,
}

#[derive(Template)]
#[template(path = "workplan.html")]
struct PlanPage {
    shell: Shell,
    plan: Plan,
    objectives: Vec<(Objective, Vec<Activity>)>,
    gantt: String,
    hub: bool,
    /// Activities whose progress the reader may report: all for the hub,
    /// those their positions own for anyone else.
    reportable: Vec<Activity>,
    positions: Vec<(i64, String)>,
    statuses: &'static [ActivityStatus],
    link_kinds: &'static [LinkKind],
    form: ActivityForm,
    errors: FieldErrors,
}

/// The hub reports on every activity; an activity's owner on theirs.
fn may_report(ctx: &PageCtx, hub: bool, activity: &Activity) -> bool {
    hub || activity
        .owner_position_id
        .is_some_and(|id| can(&ctx.actor, Action::ReportActivity, &Resource::Position { id }).allowed())
}

async fn load_plan(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Plan, AppError> {
    workplans::load(&state.db, id).await?.ok_or_else(|| ctx.not_found())
}

async fn plan_page(
    ctx: &PageCtx,
    state: &AppState,
    plan: Plan,
    form: ActivityForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let mut activities = workplans::activities(&state.db, plan.id).await?;
    // People read the places an activity reaches by name, not by code.
    let names = scope::place_names(&state.db).await?;
    for a in &mut activities {
        let named: Vec<&str> = a
            .places
            .split(',')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(|c| names.get(c).map(String::as_str).unwrap_or(c))
            .collect();
        a.places = named.join(", ");
    }
    let months: Vec<String> = workplans::MONTHS.iter().map(|m| tr.t(m)).collect();
    let gantt = workplans::gantt(&activities, plan.year as i32, &tr.t("support-gantt-label"), &months);
    let objectives = workplans::objectives(&state.db, plan.id)
        .await?
        .into_iter()
        .map(|o| {
            let mine = activities.iter().filter(|a| a.objective_id == o.id).cloned().collect();
            (o, mine)
        })
        .collect();
    let hub = scope::is_hub(ctx, state).await?;
    let reportable = activities.iter().filter(|a| may_report(ctx, hub, a)).cloned().collect();
    let positions = if hub { workplans::country_positions(&state.db, &plan.country_code).await? } else { Vec::new() };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PlanPage {
        shell: ctx.shell(tr.ta("support-plan-title", &[("country", &plan.country), ("year", &plan.year.to_string())])),
        plan,
        objectives,
        gantt,
        hub,
        reportable,
        positions,
        statuses: ActivityStatus::ALL,
        link_kinds: LinkKind::ALL,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let plan = load_plan(&ctx, &state, id).await?;
    plan_page(&ctx, &state, plan, ActivityForm::default(), FieldErrors::default()).await
}

async fn record(tx: &mut Tx, ctx: &PageCtx, plan: &Plan, summary: String) -> Result<(), AppError> {
    let event = AuditEvent {
        action: "support.plan_update",
        object_type: "work_plan",
        object_id: plan.id.to_string(),
        place_id: Some(plan.country_id),
        summary,
    };
    audit::append(tx, &ctx.audit(), event).await?;
    Ok(())
}

impl ActivityForm {
    fn validate(
        &self,
        tr: platform::i18n::Tr,
        objectives: &[Objective],
    ) -> Result<(NaiveDate, NaiveDate, Eur), FieldErrors> {
        let mut errors = FieldErrors::default();
        if !objectives.iter().any(|o| o.id == self.objective) {
            errors.add("objective", tr.t("support-objective-required"));
        }
        if self.title.trim().is_empty() || self.title.chars().count() > 200 {
            errors.add("title", tr.t("support-title-required"));
        }
        let starts = self.starts_on.trim().parse::<NaiveDate>().ok();
        let ends = self.ends_on.trim().parse::<NaiveDate>().ok();
        if starts.is_none() || ends.is_none() || starts > ends {
            errors.add("starts_on", tr.t("support-timeline-invalid"));
        }
        let budget = if self.budget.trim().is_empty() {
            Some(Eur::ZERO)
        } else {
            Eur::parse(&self.budget, tr.code()).map_err(|e| errors.add("budget", e.message(tr))).ok()
        };
        match (starts, ends, budget) {
            (Some(s), Some(e), Some(b)) if errors.is_empty() => Ok((s, e, b)),
            _ => Err(errors),
        }
    }
}

pub async fn add_activity(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ActivityForm>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let plan = load_plan(&ctx, &state, id).await?;
    let objectives = workplans::objectives(&state.db, id).await?;
    let (starts_on, ends_on, budget) = match form.validate(ctx.tr, &objectives) {
        Ok(valid) => valid,
        Err(errors) => return plan_page(&ctx, &state, plan, form, errors).await,
    };
    let new = NewActivity {
        objective_id: form.objective,
        title: form.title.trim(),
        owner_position_id: form.owner,
        places: form.places.trim(),
        starts_on,
        ends_on,
        budget,
        indicators: form.indicators.trim(),
    };
    let mut tx = state.db.begin().await?;
    let activity = workplans::add_activity(&mut tx, &new).await?;
    record(&mut tx, &ctx, &plan, format!("activity {activity} \"{}\"", new.title)).await?;
    tx.commit().await?;
    Ok(flash::redirect_with(&format!("/support/plans/{id}"), "flash-support-activity-added", new.title))
}

#[derive(Deserialize)]
pub struct ProgressForm {
    activity: i64,
    progress: Option<i64>,
    status: ActivityStatus,
}

async fn refused(
    ctx: &PageCtx,
    state: &AppState,
    plan: Plan,
    field: &str,
    message: String,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    plan_page(ctx, state, plan, ActivityForm::default(), errors).await
}

pub async fn update_progress(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ProgressForm>,
) -> Result<Response, AppError> {
    let plan = load_plan(&ctx, &state, id).await?;
    let hub = scope::is_hub(&ctx, &state).await?;
    let activities = workplans::activities(&state.db, id).await?;
    let Some(activity) = activities.iter().find(|a| a.id == form.activity) else {
        return refused(&ctx, &state, plan, "progress", ctx.tr.t("support-progress-invalid")).await;
    };
    if !may_report(&ctx, hub, activity) {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    }
    let Some(progress) = form.progress.filter(|p| (0..=100).contains(p)) else {
        return refused(&ctx, &state, plan, "progress", ctx.tr.t("support-progress-invalid")).await;
    };
    let mut tx = state.db.begin().await?;
    workplans::set_progress(&mut tx, form.activity, progress, form.status).await?;
    record(&mut tx, &ctx, &plan, format!("activity {}: {} {progress}%", form.activity, form.status)).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("/support/plans/{id}"), "flash-support-progress-updated"))
}

#[derive(Deserialize)]
pub struct LinkForm {
    activity: i64,
    kind: LinkKind,
    target: Option<i64>,
}

pub async fn add_link(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<LinkForm>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let plan = load_plan(&ctx, &state, id).await?;
    let activities = workplans::activities(&state.db, id).await?;
    let target = match form.target {
        Some(t) if workplans::link_target_exists(&state.db, form.kind, t).await? => Some(t),
        _ => None,
    };
    let (Some(target), true) = (target, activities.iter().any(|a| a.id == form.activity)) else {
        return refused(&ctx, &state, plan, "link", ctx.tr.t("support-link-invalid")).await;
    };
    let mut tx = state.db.begin().await?;
    workplans::link(&mut tx, form.activity, form.kind, target).await?;
    record(&mut tx, &ctx, &plan, format!("activity {} linked to {} {target}", form.activity, form.kind)).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("/support/plans/{id}"), "flash-support-link-added"))
}

pub async fn download(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let plan = load_plan(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let objectives = workplans::objectives(&state.db, id).await?;
    let rows: Vec<(String, Activity)> = workplans::activities(&state.db, id)
        .await?
        .into_iter()
        .map(|a| {
            let need = objectives
                .iter()
                .find(|o| o.id == a.objective_id)
                .map(|o| crate::needs::name(tr, &o.need))
                .unwrap_or_default();
            (need, a)
        })
        .collect();
    let (country, year) = (plan.country.clone(), plan.year);
    let bytes = tokio::task::spawn_blocking(move || workplans::xlsx(&country, year, &rows))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"work-plan-{}-{}.xlsx\"", plan.id, plan.year)),
        ],
        bytes,
    )
        .into_response())
}
