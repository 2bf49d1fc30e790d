//! The volunteer hours page: totals for everyone, and a form for the
//! people who act for a municipality.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::i18n::Tr;
use platform::policy::{Action, Resource};
use platform::web::form::{empty_as_none, FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::Db;
use serde::Deserialize;

use crate::hours::{self, Entry};
use crate::scope;

#[derive(Template)]
#[template(path = "hours.html")]
struct HoursPage {
    shell: Shell,
    by_place: Vec<(String, f64, i64)>,
    by_structure: Vec<(String, String, f64)>,
    choices: Choices,
    form: HoursForm,
    errors: FieldErrors,
}

/// Hours as typed: the position, structure and activity are chosen from
/// menus; the day and the hours are typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct HoursForm {
    #[serde(deserialize_with = "empty_as_none")]
    position: Option<i64>,
    #[serde(deserialize_with = "empty_as_none")]
    structure: Option<i64>,
    #[serde(deserialize_with = "empty_as_none")]
    activity: Option<i64>,
    day: String,
    hours: String,
    note: String,
}

/// What the actor can log hours against: the positions, structures and
/// work-plan activities of the places they act for.
#[derive(Default)]
struct Choices {
    positions: Vec<(i64, String)>,
    structures: Vec<(i64, String)>,
    activities: Vec<(i64, String)>,
    places: Vec<i64>,
}

impl Choices {
    fn offers(list: &[(i64, String)], id: i64) -> bool {
        list.iter().any(|(known, _)| *known == id)
    }
}

impl HoursForm {
    /// The entry a valid form logs, the place still to be found from the position.
    fn validate(&self, tr: Tr, choices: &Choices) -> Result<Entry<'_>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let position = self.position.filter(|p| Choices::offers(&choices.positions, *p));
        if position.is_none() {
            errors.add("position", tr.t("support-position-required"));
        }
        if self.structure.is_some_and(|s| !Choices::offers(&choices.structures, s)) {
            errors.add("structure", tr.t("support-structure-invalid"));
        }
        if self.activity.is_some_and(|a| !Choices::offers(&choices.activities, a)) {
            errors.add("activity", tr.t("support-activity-invalid"));
        }
        let day = self.day.trim().parse::<NaiveDate>().ok().filter(|d| *d <= Utc::now().date_naive());
        if day.is_none() {
            errors.add("day", tr.t("support-day-invalid"));
        }
        let hours = self.hours.trim().replace(',', ".").parse::<f64>().ok().filter(|h| *h > 0.0 && *h <= 24.0);
        if hours.is_none() {
            errors.add("hours", tr.t("support-hours-invalid"));
        }
        match (position, day, hours) {
            (Some(position), Some(day), Some(hours)) if errors.is_empty() => Ok(Entry {
                position,
                place: 0,
                structure: self.structure,
                activity: self.activity,
                day,
                hours,
                note: self.note.trim(),
            }),
            _ => Err(errors),
        }
    }
}

async fn choices(ctx: &PageCtx, db: &Db) -> Result<Choices, sqlx::Error> {
    let mut choices = Choices::default();
    for (place, _) in scope::own_places(ctx, db).await? {
        let mut at = hours::at_place(db, place).await?;
        choices.positions.append(&mut at.positions);
        choices.structures.append(&mut at.structures);
        choices.activities.append(&mut at.activities);
        choices.places.push(place);
    }
    Ok(choices)
}

async fn hours_page(
    ctx: &PageCtx,
    state: &AppState,
    choices: Choices,
    form: HoursForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (by_place, by_structure) = hours::totals(&state.db).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let shell = ctx.shell(ctx.tr.t("support-hours-title"));
    let page = HoursPage { shell, by_place, by_structure, choices, form, errors };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let choices = choices(&ctx, &state.db).await?;
    hours_page(&ctx, &state, choices, HoursForm::default(), FieldErrors::default()).await
}

pub async fn log(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<HoursForm>,
) -> Result<Response, AppError> {
    let choices = choices(&ctx, &state.db).await?;
    if choices.places.is_empty() {
        ctx.require(Action::RequestSupport, &Resource::Place { path: &[0] })?;
    }
    let mut entry = match form.validate(ctx.tr, &choices) {
        Ok(entry) => entry,
        Err(errors) => return hours_page(&ctx, &state, choices, form, errors).await,
    };
    entry.place = hours::place_of_position(&state.db, entry.position).await?;
    let path = scope::path(&state.db, entry.place).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: &path })?;
    let mut tx = state.db.begin().await?;
    hours::log(&mut tx, &entry, Utc::now()).await?;
    let event = AuditEvent {
        action: "support.volunteer_hours",
        object_type: "position",
        object_id: entry.position.to_string(),
        place_id: Some(entry.place),
        summary: format!("{} h", entry.hours),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/support/hours", "flash-hours-logged"))
}
