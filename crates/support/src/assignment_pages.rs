//! An expert's assignment: the expert answers (a reply on the request) and
//! logs time; the municipality rates the delivered work; the hub sees it.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{can, Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use platform::Tx;
use serde::Deserialize;

use crate::experts::{self, Assignment, AssignmentState};
use crate::helpdesk::{self, Request};
use crate::scope;

pub fn routes() -> Routes {
    use Action::*;
    let assignment = Target::Record("assignment");
    Routes::new()
        .get("/support/assignments/{id}", DoAssignedWork, assignment, show)
        .post("/support/assignments/{id}/answer", DoAssignedWork, assignment, answer)
        .post("/support/assignments/{id}/time", DoAssignedWork, assignment, log_time)
        .post("/support/assignments/{id}/feedback", RequestSupport, assignment, feedback)
}

/// Who is looking at an assignment.
struct Viewer {
    assignment: Assignment,
    request: Option<Request>,
    /// The assigned expert.
    expert: bool,
    /// The municipality the work serves.
    municipality: bool,
}

impl Viewer {
    /// The assignment, if the actor is its expert, the municipality it
    /// serves, or the hub.
    async fn load(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Viewer, AppError> {
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
        let served = match (&request, assignment.application_id) {
            (Some(r), _) => Some(r.place_id),
            (None, Some(application)) => {
                crate::fund::store::load_application(&state.db, application).await?.map(|a| a.place_id)
            }
            (None, None) => None,
        };
        let municipality = match served {
            Some(place) => {
                let path = scope::path(&state.db, place).await?;
                can(&ctx.actor, Action::RequestSupport, &Resource::Place { path: &path }).allowed()
            }
            None => false,
        };
        if !expert && !municipality {
            scope::require_hub(ctx, state).await?;
        }
        Ok(Viewer { assignment, request, expert, municipality })
    }

    fn forbidden(ctx: &PageCtx) -> AppError {
        ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")
    }

    fn link(&self) -> String {
        format!("/support/assignments/{}", self.assignment.id)
    }
}

/// What the reader typed, kept when a form is refused.
#[derive(Default)]
struct Typed {
    body: String,
    day: String,
    hours: String,
    note: String,
    feedback: String,
}

#[derive(Template)]
#[template(path = "assignment.html")]
struct AssignmentPage {
    shell: Shell,
    assignment: Assignment,
    request: Option<Request>,
    expert: bool,
    municipality: bool,
    typed: Typed,
    errors: FieldErrors,
}

impl AssignmentPage {
    fn delivered(&self) -> bool {
        self.assignment.state == AssignmentState::Delivered
    }
}

async fn assignment_page(
    ctx: &PageCtx,
    viewer: Viewer,
    typed: Typed,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = AssignmentPage {
        shell: ctx.shell(ctx.tr.ta("support-assignment-title", &[("expert", &viewer.assignment.expert_name)])),
        assignment: viewer.assignment,
        request: viewer.request,
        expert: viewer.expert,
        municipality: viewer.municipality,
        typed,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

async fn refused(
    ctx: &PageCtx,
    viewer: Viewer,
    field: &str,
    message: String,
    typed: Typed,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    assignment_page(ctx, viewer, typed, errors).await
}

async fn record(tx: &mut Tx, ctx: &PageCtx, viewer: &Viewer, summary: String) -> Result<(), AppError> {
    let event = AuditEvent {
        action: "support.assignment_update",
        object_type: "expert_assignment",
        object_id: viewer.assignment.id.to_string(),
        place_id: viewer.request.as_ref().map(|r| r.place_id),
        summary,
    };
    audit::append(tx, &ctx.audit(), event).await?;
    Ok(())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    assignment_page(&ctx, viewer, Typed::default(), FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    body: String,
}

/// The expert's answer goes on the request, where the municipality reads
/// it; the assignment is delivered.
pub async fn answer(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    if !viewer.expert {
        return Err(Viewer::forbidden(&ctx));
    }
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > 10_000 {
        let typed = Typed { body: form.body.clone(), ..Typed::default() };
        return refused(&ctx, viewer, "body", ctx.tr.t("support-body-required"), typed).await;
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    if let Some(r) = &viewer.request {
        helpdesk::add_event(&mut tx, r.id, Some(me), "expert", "", body, Utc::now()).await?;
    }
    experts::deliver(&mut tx, id, body).await?;
    record(&mut tx, &ctx, &viewer, "expert answered".into()).await?;
    if let Some(r) = &viewer.request {
        let mut to = crate::notes::municipality(&mut tx, r.place_id).await?;
        to.extend(r.assignee_id);
        let args = vec![("subject", r.subject.clone())];
        let link = format!("/support/requests/{}#timeline", r.id);
        crate::notes::tell(&mut tx, &state, &to, platform::notify::Kind::ExpertAnswered, args, link).await?;
    } else if let Some(application) = viewer.assignment.application_id {
        // A fund project's answer is read on the assignment, by the
        // applicant and the municipality the project serves.
        if let Some(a) = crate::fund::store::load_application(&state.db, application).await? {
            let mut to = crate::notes::municipality(&mut tx, a.place_id).await?;
            to.push(a.created_by);
            to.sort_unstable();
            to.dedup();
            let args = vec![("subject", a.title.clone())];
            crate::notes::tell(&mut tx, &state, &to, platform::notify::Kind::ExpertAnswered, args, viewer.link())
                .await?;
        }
    }
    tx.commit().await?;
    // The expert sees the answer in the conversation it joins.
    let to = match &viewer.request {
        Some(r) => format!("/support/requests/{}#timeline", r.id),
        None => viewer.link(),
    };
    Ok(flash::redirect(&to, "flash-support-expert-answered"))
}

#[derive(Deserialize)]
pub struct TimeForm {
    #[serde(default)]
    day: String,
    #[serde(default)]
    hours: String,
    #[serde(default)]
    note: String,
}

pub async fn log_time(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<TimeForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    if !viewer.expert {
        return Err(Viewer::forbidden(&ctx));
    }
    let tr = ctx.tr;
    let today = Utc::now().date_naive();
    let day = form.day.trim().parse::<NaiveDate>().ok().filter(|d| *d <= today);
    let hours = form.hours.trim().replace(',', ".").parse::<f64>().ok().filter(|h| *h > 0.0 && *h <= 24.0);
    let (Some(day), Some(hours)) = (day, hours) else {
        let mut errors = FieldErrors::default();
        if day.is_none() {
            errors.add("day", tr.t("support-day-invalid"));
        }
        if hours.is_none() {
            errors.add("hours", tr.t("support-hours-invalid"));
        }
        let typed = Typed { day: form.day, hours: form.hours, note: form.note, ..Typed::default() };
        return assignment_page(&ctx, viewer, typed, errors).await;
    };
    let mut tx = state.db.begin().await?;
    experts::log_time(&mut tx, id, day, hours, form.note.trim()).await?;
    record(&mut tx, &ctx, &viewer, format!("{hours} h on {day}")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-support-time-logged"))
}

#[derive(Deserialize)]
pub struct FeedbackForm {
    rating: Option<i64>,
    #[serde(default)]
    feedback: String,
}

pub async fn feedback(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<FeedbackForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    if !viewer.municipality {
        return Err(Viewer::forbidden(&ctx));
    }
    let tr = ctx.tr;
    let typed = Typed { feedback: form.feedback.clone(), ..Typed::default() };
    let Some(rating) = form.rating.filter(|r| (1..=5).contains(r)) else {
        return refused(&ctx, viewer, "rating", tr.t("support-rating-required"), typed).await;
    };
    if viewer.assignment.state != AssignmentState::Delivered {
        return refused(&ctx, viewer, "rating", tr.t("support-feedback-after-delivery"), typed).await;
    }
    let mut tx = state.db.begin().await?;
    experts::feedback(&mut tx, id, rating, form.feedback.trim()).await?;
    record(&mut tx, &ctx, &viewer, format!("rated {rating}/5")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-support-rated"))
}
