//! Unpaid work made visible: prevention structures and activities log
//! volunteer hours by position, summed per municipality and per structure.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, on_tx, Db};

use crate::scope;

/// (municipality, hours, entries) and (structure, municipality, hours).
type Totals = (Vec<(String, f64, i64)>, Vec<(String, String, f64)>);

pub async fn totals(db: &Db) -> Result<Totals, sqlx::Error> {
    let by_place: Vec<(String, f64, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT p.name, SUM(h.hours), COUNT(*) FROM volunteer_hours h JOIN places p ON p.id = h.place_id GROUP BY p.name ORDER BY SUM(h.hours) DESC"
    )
    .fetch_all(pool)
    .await
    })?;
    let by_structure: Vec<(String, String, f64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT s.name, p.name, SUM(h.hours) FROM volunteer_hours h JOIN structures s ON s.id = h.structure_id JOIN places p ON p.id = s.place_id \
         GROUP BY s.name, p.name ORDER BY SUM(h.hours) DESC"
    )
    .fetch_all(pool)
    .await
    })?;
    Ok((by_place, by_structure))
}

#[derive(Template)]
#[template(path = "hours.html")]
struct HoursPage {
    shell: Shell,
    by_place: Vec<(String, f64, i64)>,
    by_structure: Vec<(String, String, f64)>,
    positions: Vec<(i64, String)>,
    structures: Vec<(i64, String)>,
    activities: Vec<(i64, String)>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl HoursPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

/// What the actor can log hours against: the positions, structures and
/// work-plan activities of the places they act for.
struct Choices {
    positions: Vec<(i64, String)>,
    structures: Vec<(i64, String)>,
    activities: Vec<(i64, String)>,
    places: Vec<i64>,
}

async fn choices(ctx: &PageCtx, db: &Db) -> Result<Choices, sqlx::Error> {
    let places: Vec<i64> = scope::own_places(ctx, db).await?.into_iter().map(|(id, _)| id).collect();
    let (mut positions, mut structures, mut activities) = (Vec::new(), Vec::new(), Vec::new());
    for place in &places {
        let code: String = on_db!(db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE id = $1")
            .bind(place)
            .fetch_one(pool)
            .await)?;
        let mut a: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(
            "SELECT id, title FROM work_activities WHERE places LIKE $1 ORDER BY starts_on"
        )
        .bind(format!("%{code}%"))
        .fetch_all(pool)
        .await)?;
        activities.append(&mut a);
        let mut p: Vec<(i64, String)> = on_db!(db, |pool| {
            sqlx::query_as(
            "SELECT po.id, po.title || ' · ' || i.name FROM positions po JOIN institutions i ON i.id = po.institution_id WHERE i.place_id = $1 ORDER BY i.name, po.title"
        )
        .bind(place)
        .fetch_all(pool)
        .await
        })?;
        positions.append(&mut p);
        let mut s: Vec<(i64, String)> =
            on_db!(db, |pool| sqlx::query_as("SELECT id, name FROM structures WHERE place_id = $1 ORDER BY name")
                .bind(place)
                .fetch_all(pool)
                .await)?;
        structures.append(&mut s);
    }
    Ok(Choices { positions, structures, activities, places })
}

async fn hours_page(
    ctx: &PageCtx,
    state: &AppState,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (by_place, by_structure) = totals(&state.db).await?;
    let Choices { positions, structures, activities, .. } = choices(ctx, &state.db).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = HoursPage {
        shell: ctx.shell(ctx.tr.t("support-hours-title")),
        by_place,
        by_structure,
        positions,
        structures,
        activities,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    hours_page(&ctx, &state, Vec::new(), FieldErrors::default()).await
}

pub async fn log(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let Choices { positions, structures, activities, places } = choices(&ctx, &state.db).await?;
    if places.is_empty() {
        ctx.require(Action::RequestSupport, &Resource::Place { path: &[0] })?;
    }
    let mut errors = FieldErrors::default();
    let position: i64 = field(&form, "position").parse().unwrap_or(0);
    if !positions.iter().any(|(p, _)| *p == position) {
        errors.add("position", tr.t("support-position-required"));
    }
    let structure: Option<i64> = field(&form, "structure").parse().ok();
    if structure.is_some_and(|s| !structures.iter().any(|(id, _)| *id == s)) {
        errors.add("structure", tr.t("support-structure-invalid"));
    }
    let activity: Option<i64> = field(&form, "activity").parse().ok();
    if activity.is_some_and(|a| !activities.iter().any(|(id, _)| *id == a)) {
        errors.add("activity", tr.t("support-activity-invalid"));
    }
    let day = field(&form, "day").parse::<NaiveDate>().ok().filter(|d| *d <= Utc::now().date_naive());
    if day.is_none() {
        errors.add("day", tr.t("support-day-invalid"));
    }
    let hours = field(&form, "hours").replace(',', ".").parse::<f64>().ok().filter(|h| *h > 0.0 && *h <= 24.0);
    if hours.is_none() {
        errors.add("hours", tr.t("support-hours-invalid"));
    }
    if !errors.is_empty() {
        return hours_page(&ctx, &state, form, errors).await;
    }
    let place: i64 = on_db!(&state.db, |pool| sqlx::query_scalar(
        "SELECT i.place_id FROM positions po JOIN institutions i ON i.id = po.institution_id WHERE po.id = $1"
    )
    .bind(position)
    .fetch_one(pool)
    .await)?;
    let path = scope::path(&state.db, place).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: &path })?;
    let mut tx = state.db.begin().await?;
    on_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO volunteer_hours (position_id, place_id, structure_id, activity_id, day, hours, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    )
    .bind(position)
    .bind(place)
    .bind(structure)
    .bind(activity)
    .bind(day)
    .bind(hours)
    .bind(field(&form, "note"))
    .bind(Utc::now())
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.volunteer_hours",
            object_type: "position",
            object_id: position.to_string(),
            place_id: Some(place),
            summary: format!("{} h", hours.unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/support/hours", "flash-hours-logged"))
}
