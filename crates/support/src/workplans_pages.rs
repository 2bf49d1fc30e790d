//! Country work plans in the browser: the list, a plan's progress view with
//! its Gantt timeline (printable), its XLSX, and the hub's forms.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, on_tx};

use crate::scope;
use crate::workplans::{self, Activity, Objective, Plan, LINK_KINDS, STATUSES};

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
    let countries: Vec<(i64, String)> =
        on_db!(&state.db, |pool| sqlx::query_as("SELECT id, name FROM places WHERE level = 'country' ORDER BY name")
            .fetch_all(pool)
            .await)?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PlansPage {
        shell: ctx.shell(ctx.tr.t("support-plans-title")),
        plans: workplans::plans(&state.db).await?,
        hub: scope::is_hub(ctx, state).await?,
        countries,
        year: Utc::now().year(),
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    plans_page(&ctx, &state, FieldErrors::default()).await
}

/// A plan for a country and year, its objectives drawn from the needs its
/// municipalities ranked highest.
pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let tr = ctx.tr;
    let country: i64 = field(&form, "country").parse().unwrap_or(0);
    let year = field(&form, "year").parse::<i64>().ok().filter(|y| (2020..=2100).contains(y));
    let mut errors = FieldErrors::default();
    let level: Option<String> = on_db!(&state.db, |pool| sqlx::query_scalar("SELECT level FROM places WHERE id = $1")
        .bind(country)
        .fetch_optional(pool)
        .await)?;
    if level.as_deref() != Some("country") {
        errors.add("country", tr.t("support-country-required"));
    }
    if year.is_none() {
        errors.add("year", tr.t("support-year-invalid"));
    }
    if workplans::plans(&state.db).await?.iter().any(|p| p.country_id == country && Some(p.year) == year) {
        errors.add("year", tr.t("support-plan-exists"));
    }
    if !errors.is_empty() {
        return plans_page(&ctx, &state, errors).await;
    }
    let needs = workplans::prioritised_needs(&state.db, country).await?;
    let mut tx = state.db.begin().await?;
    let id = workplans::create(&mut tx, country, year.unwrap_or_default(), &needs).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.plan_create",
            object_type: "work_plan",
            object_id: id.to_string(),
            place_id: Some(country),
            summary: format!("{} objectives from assessed needs", needs.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/plans/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "workplan.html")]
struct PlanPage {
    shell: Shell,
    plan: Plan,
    objectives: Vec<(Objective, Vec<Activity>)>,
    gantt: String,
    hub: bool,
    positions: Vec<(i64, String)>,
    statuses: &'static [&'static str],
    link_kinds: &'static [&'static str],
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl PlanPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn load_plan(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Plan, AppError> {
    workplans::plans(&state.db).await?.into_iter().find(|p| p.id == id).ok_or_else(|| ctx.not_found())
}

async fn plan_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let plan = load_plan(ctx, state, id).await?;
    let tr = ctx.tr;
    let activities = workplans::activities(&state.db, id).await?;
    let months: Vec<String> = (1..=12).map(|m| tr.t(&format!("support-month-{m}"))).collect();
    let gantt = workplans::gantt(&activities, plan.year as i32, &tr.t("support-gantt-label"), &months);
    let objectives = workplans::objectives(&state.db, id)
        .await?
        .into_iter()
        .map(|o| {
            let mine = activities.iter().filter(|a| a.objective_id == o.id).cloned().collect();
            (o, mine)
        })
        .collect();
    let hub = scope::is_hub(ctx, state).await?;
    let code: String = on_db!(&state.db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE id = $1")
        .bind(plan.country_id)
        .fetch_one(pool)
        .await)?;
    let positions: Vec<(i64, String)> = if hub {
        on_db!(&state.db, |pool| {
            sqlx::query_as(
            "SELECT po.id, po.title || ' · ' || i.name FROM positions po JOIN institutions i ON i.id = po.institution_id \
             JOIN places p ON p.id = i.place_id WHERE p.code = $1 OR p.code LIKE $2 ORDER BY i.name, po.title"
        )
        .bind(&code)
        .bind(format!("{code}-%"))
        .fetch_all(pool)
        .await
        })?
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PlanPage {
        shell: ctx.shell(tr.ta("support-plan-title", &[("country", &plan.country), ("year", &plan.year.to_string())])),
        plan,
        objectives,
        gantt,
        hub,
        positions,
        statuses: STATUSES,
        link_kinds: LINK_KINDS,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    plan_page(&ctx, &state, id, Vec::new(), FieldErrors::default()).await
}

/// The hub's changes to a plan, by `do`: activity, progress, link.
pub async fn act(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let plan = load_plan(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let objectives = workplans::objectives(&state.db, id).await?;
    let activities = workplans::activities(&state.db, id).await?;
    let mut tx = state.db.begin().await?;
    let summary = match field(&form, "do") {
        "activity" => {
            let objective: i64 = field(&form, "objective").parse().unwrap_or(0);
            if !objectives.iter().any(|o| o.id == objective) {
                errors.add("objective", tr.t("support-objective-required"));
            }
            let title = field(&form, "title");
            if title.is_empty() || title.chars().count() > 200 {
                errors.add("title", tr.t("support-title-required"));
            }
            let owner: Option<i64> = field(&form, "owner").parse().ok();
            let date = |k: &str| field(&form, k).parse::<NaiveDate>().ok();
            let (starts, ends) = (date("starts_on"), date("ends_on"));
            if starts.is_none() || ends.is_none() || starts > ends {
                errors.add("starts_on", tr.t("support-timeline-invalid"));
            }
            let budget = field(&form, "budget").parse::<i64>().ok().filter(|b| *b >= 0);
            if budget.is_none() {
                errors.add("budget", tr.t("support-amount-invalid"));
            }
            if errors.is_empty() {
                on_tx!(&mut tx, |c| {
                    sqlx::query(
                    "INSERT INTO work_activities (objective_id, title, owner_position_id, places, starts_on, ends_on, budget, status, progress, indicators) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned', 0, $8)"
                )
                .bind(objective)
                .bind(title)
                .bind(owner)
                .bind(field(&form, "places"))
                .bind(starts)
                .bind(ends)
                .bind(budget)
                .bind(field(&form, "indicators"))
                .execute(&mut *c)
                .await
                .map(|_| ())
                })?;
            }
            format!("activity \"{title}\"")
        }
        "progress" => {
            let activity: i64 = field(&form, "activity").parse().unwrap_or(0);
            let progress = field(&form, "progress").parse::<i64>().ok().filter(|p| (0..=100).contains(p));
            let status = field(&form, "status");
            if !activities.iter().any(|a| a.id == activity) || progress.is_none() || !STATUSES.contains(&status) {
                errors.add("progress", tr.t("support-progress-invalid"));
            } else {
                on_tx!(&mut tx, |c| sqlx::query(
                    "UPDATE work_activities SET progress = $1, status = $2 WHERE id = $3"
                )
                .bind(progress)
                .bind(status)
                .bind(activity)
                .execute(&mut *c)
                .await
                .map(|_| ()))?;
            }
            format!("activity {activity}: {status}")
        }
        "link" => {
            let activity: i64 = field(&form, "activity").parse().unwrap_or(0);
            let kind = field(&form, "kind");
            let target: i64 = field(&form, "target").parse().unwrap_or(0);
            let table = match kind {
                "request" => "support_requests",
                "assignment" => "expert_assignments",
                "application" => "fund_applications",
                _ => "",
            };
            let exists: i64 = if table.is_empty() {
                0
            } else {
                let sql = format!("SELECT COUNT(*) FROM {table} WHERE id = $1");
                on_db!(&state.db, |pool| sqlx::query_scalar(&sql).bind(target).fetch_one(pool).await)?
            };
            if !activities.iter().any(|a| a.id == activity) || exists == 0 {
                errors.add("link", tr.t("support-link-invalid"));
            } else {
                on_tx!(&mut tx, |c| sqlx::query(
                    "INSERT INTO work_links (activity_id, kind, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
                )
                .bind(activity)
                .bind(kind)
                .bind(target)
                .execute(&mut *c)
                .await
                .map(|_| ()))?;
            }
            format!("activity {activity} linked to {kind} {target}")
        }
        _ => return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")),
    };
    if !errors.is_empty() {
        drop(tx);
        return plan_page(&ctx, &state, id, form, errors).await;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.plan_update",
            object_type: "work_plan",
            object_id: id.to_string(),
            place_id: Some(plan.country_id),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/plans/{id}")).into_response())
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
                .map(|o| tr.t(&format!("choice-{}", o.need)))
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
