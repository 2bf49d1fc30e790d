//! The expert pool in the browser: profiles (hub staff), and an
//! assignment's page where the expert answers and logs time and the
//! municipality gives feedback.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::on_db;
use platform::policy::{can, Action, Resource};
use platform::web::form::{field, looks_like_email, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::experts::{self, Assignment, Expert};
use crate::helpdesk::{self, Request};
use crate::scope::{self, NEEDS};

#[derive(Template)]
#[template(path = "experts.html")]
struct ExpertsPage {
    shell: Shell,
    experts: Vec<Expert>,
    needs: &'static [&'static str],
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl ExpertsPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn experts_page(
    ctx: &PageCtx,
    state: &AppState,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    scope::require_hub(ctx, state).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ExpertsPage {
        shell: ctx.shell(ctx.tr.t("support-experts-title")),
        experts: experts::all(&state.db).await?,
        needs: NEEDS,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn list(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    experts_page(&ctx, &state, Vec::new(), FieldErrors::default()).await
}

fn codes(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty()).collect()
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let name = field(&form, "name");
    if name.is_empty() || name.chars().count() > 120 {
        errors.add("name", tr.t("support-name-required"));
    }
    let email = field(&form, "email");
    let account_id: Option<i64> = if email.is_empty() {
        None
    } else if !looks_like_email(email) {
        errors.add("email", tr.t("support-email-invalid"));
        None
    } else {
        let found: Option<i64> =
            on_db!(&state.db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE lower(email) = lower($1)")
                .bind(email)
                .fetch_optional(pool)
                .await)?;
        if found.is_none() {
            errors.add("email", tr.t("support-email-no-account"));
        }
        found
    };
    let themes = codes(&form, "themes");
    if themes.is_empty() || themes.iter().any(|t| !NEEDS.contains(&t.as_str())) {
        errors.add("themes", tr.t("support-themes-required"));
    }
    let languages: Vec<String> =
        field(&form, "languages").split(',').map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if languages.is_empty()
        || languages.iter().any(|l| l.len() > 8 || !l.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
    {
        errors.add("languages", tr.t("support-languages-required"));
    }
    let countries: Vec<String> =
        field(&form, "countries").split(',').map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect();
    if countries.iter().any(|c| c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic())) {
        errors.add("countries", tr.t("support-countries-invalid"));
    }
    let date = |key: &str| field(&form, key).parse::<NaiveDate>().ok();
    let (from, to) = (date("available_from"), date("available_to"));
    if from.is_none() || to.is_none() || from > to {
        errors.add("available_from", tr.t("support-availability-required"));
    }
    let rate = match field(&form, "daily_rate").parse::<i64>() {
        Ok(r) if (0..=10_000).contains(&r) => r,
        _ => {
            errors.add("daily_rate", tr.t("support-rate-invalid"));
            0
        }
    };
    if !errors.is_empty() {
        return experts_page(&ctx, &state, form, errors).await;
    }
    let expert = Expert {
        id: 0,
        account_id,
        name: name.to_string(),
        themes,
        languages,
        countries,
        available_from: from.unwrap_or_default(),
        available_to: to.unwrap_or_default(),
        daily_rate: rate,
        conflicts: field(&form, "conflicts").to_string(),
    };
    let mut tx = state.db.begin().await?;
    let id = experts::create(&mut tx, &expert).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.expert_create",
            object_type: "expert",
            object_id: id.to_string(),
            place_id: None,
            summary: name.to_string(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/support/experts").into_response())
}

#[derive(Template)]
#[template(path = "assignment.html")]
struct AssignmentPage {
    shell: Shell,
    assignment: Assignment,
    request: Option<Request>,
    expert: bool,
    municipality: bool,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl AssignmentPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

/// The assignment, and whether the actor is its expert or the municipality
/// it serves (the hub sees it too).
async fn access(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
) -> Result<(Assignment, Option<Request>, bool, bool), AppError> {
    let Some(assignment) = experts::assignment(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let request = match assignment.request_id {
        Some(r) => helpdesk::load(&state.db, r).await?,
        None => None,
    };
    let expert = assignment.expert_account.is_some_and(|a| {
        can(&ctx.actor, Action::DoAssignedWork, &Resource::Account { id: a }).allowed()
            && ctx.account().map(|x| x.id) == Some(a)
    });
    let municipality = match &request {
        Some(r) => {
            let path = scope::path(&state.db, r.place_id).await?;
            can(&ctx.actor, Action::RequestSupport, &Resource::Place { path: &path }).allowed()
        }
        None => false,
    };
    if !expert && !municipality {
        scope::require_hub(ctx, state).await?;
    }
    Ok((assignment, request, expert, municipality))
}

async fn assignment_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (assignment, request, expert, municipality) = access(ctx, state, id).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = AssignmentPage {
        shell: ctx.shell(ctx.tr.ta("support-assignment-title", &[("expert", &assignment.expert_name)])),
        assignment,
        request,
        expert,
        municipality,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    assignment_page(&ctx, &state, id, Vec::new(), FieldErrors::default()).await
}

/// The expert answers (a reply on the request) or logs time; the
/// municipality rates the work.
pub async fn act(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (assignment, request, expert, municipality) = access(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut errors = FieldErrors::default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let summary = match field(&form, "do") {
        "answer" if expert => {
            let body = field(&form, "body");
            match (&request, body.is_empty() || body.chars().count() > 10_000) {
                (_, true) => {
                    errors.add("body", tr.t("support-body-required"));
                    String::new()
                }
                (Some(r), false) => {
                    helpdesk::add_event(&mut tx, r.id, Some(me), "expert", "", body, now).await?;
                    experts::set_state(&mut tx, id, "delivered").await?;
                    "expert answered".to_string()
                }
                (None, false) => {
                    experts::set_state(&mut tx, id, "delivered").await?;
                    "expert delivered".to_string()
                }
            }
        }
        "time" if expert => {
            let day = field(&form, "day").parse::<NaiveDate>().ok().filter(|d| *d <= now.date_naive());
            let hours = field(&form, "hours").replace(',', ".").parse::<f64>().ok().filter(|h| *h > 0.0 && *h <= 24.0);
            if day.is_none() {
                errors.add("day", tr.t("support-day-invalid"));
            }
            if hours.is_none() {
                errors.add("hours", tr.t("support-hours-invalid"));
            }
            match (day, hours) {
                (Some(day), Some(hours)) => {
                    experts::log_time(&mut tx, id, day, hours, field(&form, "note")).await?;
                    format!("{hours} h on {day}")
                }
                _ => String::new(),
            }
        }
        "feedback" if municipality => {
            let rating = field(&form, "rating").parse::<i64>().ok().filter(|r| (1..=5).contains(r));
            match rating {
                Some(r) if assignment.state == "delivered" => {
                    experts::feedback(&mut tx, id, r, field(&form, "feedback")).await?;
                    format!("rated {r}/5")
                }
                Some(_) => {
                    errors.add("rating", tr.t("support-feedback-after-delivery"));
                    String::new()
                }
                None => {
                    errors.add("rating", tr.t("support-rating-required"));
                    String::new()
                }
            }
        }
        _ => return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")),
    };
    if !errors.is_empty() {
        drop(tx);
        return assignment_page(&ctx, &state, id, form, errors).await;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.assignment_update",
            object_type: "expert_assignment",
            object_id: id.to_string(),
            place_id: request.as_ref().map(|r| r.place_id),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    // An answer goes on the request: the expert sees it in the conversation.
    let answered = field(&form, "do") == "answer";
    match (&request, answered) {
        (Some(r), true) => Ok(Redirect::to(&format!("/support/requests/{}#timeline", r.id)).into_response()),
        _ => Ok(Redirect::to(&format!("/support/assignments/{id}")).into_response()),
    }
}
