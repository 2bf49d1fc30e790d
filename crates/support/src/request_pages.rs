//! One helpdesk request: its conversation and service levels, and what is
//! done on it, each with its own route. The hub replies, adds internal
//! notes, moves the request, assigns staff and experts and makes an FAQ
//! entry; the asking municipality replies and closes or reopens; an expert
//! assigned to it reads it (and answers from the assignment's page).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{can, Action, Resource};
use platform::web::flash;
use platform::web::form::{ticked, FieldErrors, Form};
use platform::web::{confirm_page, render, AppError, AppState, Confirm, PageCtx, Routes, Shell, Target};
use platform::Tx;
use serde::Deserialize;

use crate::experts::{self, Match};
use crate::helpdesk::{self, Event, Request, RequestState, Side};
use crate::notes;
use crate::scope;
use crate::service_levels::{self, Levels};
use platform::notify::Kind;

pub fn routes() -> Routes {
    use Action::*;
    let request = Target::Record("support_request");
    Routes::new()
        .get("/support/requests/{id}", ViewSupport, request, show)
        .post("/support/requests/{id}/replies", ViewSupport, request, reply)
        .post("/support/requests/{id}/notes", ManageSupport, request, note)
        .post("/support/requests/{id}/state", ViewSupport, request, change_state)
        .post("/support/requests/{id}/assignee", ManageSupport, request, assign)
        .post("/support/requests/{id}/experts", ManageSupport, request, assign_expert)
        .post("/support/requests/{id}/faq", ManageSupport, request, publish_faq)
}

/// Who is looking at a request.
struct Viewer {
    request: Request,
    /// Hub staff running the helpdesk.
    hub: bool,
    /// The asking municipality's focal point or staff.
    own: bool,
}

impl Viewer {
    /// The request, if the actor is the hub, the asking municipality, or an
    /// expert assigned to it; anyone else is refused.
    async fn load(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Viewer, AppError> {
        let Some(request) = helpdesk::load(&state.db, id).await? else {
            return Err(ctx.not_found());
        };
        let hub = scope::is_hub(ctx, state).await?;
        let path = scope::path(&state.db, request.place_id).await?;
        let own = can(&ctx.actor, Action::RequestSupport, &Resource::Place { path: &path }).allowed();
        if !hub && !own {
            let assigned = experts::assignments(&state.db, Some(id), None).await?;
            let me = ctx.account().map(|a| a.id);
            if !assigned.iter().any(|a| a.expert_account.is_some() && a.expert_account == me) {
                ctx.require(Action::ViewSupport, &Resource::Place { path: &path })?;
            }
        }
        Ok(Viewer { request, hub, own })
    }

    /// The side acting, when the actor may act on the request at all: an
    /// assigned expert reads it but neither moves nor answers it here.
    fn side(&self, ctx: &PageCtx) -> Result<Side, AppError> {
        match (self.hub, self.own) {
            (true, _) => Ok(Side::Hub),
            (false, true) => Ok(Side::Municipality),
            _ => Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")),
        }
    }

    fn require_hub(&self, ctx: &PageCtx) -> Result<(), AppError> {
        self.side(ctx).and_then(|side| match side {
            Side::Hub => Ok(()),
            Side::Municipality => {
                Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"))
            }
        })
    }

    fn link(&self) -> String {
        format!("/support/requests/{}", self.request.id)
    }
}

/// What the reader typed, kept when a form is refused.
#[derive(Default)]
struct Typed {
    body: String,
    deliverables: String,
    question: String,
    answer: String,
}

#[derive(Template)]
#[template(path = "request.html")]
struct RequestPage {
    shell: Shell,
    request: Request,
    events: Vec<Event>,
    levels: Levels,
    hub: bool,
    own: bool,
    next_states: Vec<RequestState>,
    staff: Vec<(i64, String)>,
    matches: Vec<Match>,
    assignments: Vec<experts::Assignment>,
    typed: Typed,
    errors: FieldErrors,
}

async fn request_page(
    ctx: &PageCtx,
    state: &AppState,
    viewer: Viewer,
    typed: Typed,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let Viewer { request, hub, own } = viewer;
    let id = request.id;
    let all = helpdesk::events(&state.db, id).await?;
    let levels = service_levels::levels(request.country(), request.created_at, &all, Utc::now());
    // Internal notes are the hub's own.
    let events = all.into_iter().filter(|e| hub || e.kind != "note").collect();
    let matches = if hub {
        let need = experts::Need {
            theme: &request.need,
            language: &request.language,
            country: request.country(),
            on: Utc::now().date_naive(),
        };
        experts::rank(&experts::all(&state.db).await?, &need)
    } else {
        Vec::new()
    };
    let next_states = match (hub, own) {
        (true, _) => request.state.next(Side::Hub),
        (false, true) => request.state.next(Side::Municipality),
        _ => Vec::new(),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = RequestPage {
        shell: ctx.shell(request.subject.clone()),
        staff: if hub { helpdesk::hub_staff(&state.db).await? } else { Vec::new() },
        assignments: experts::assignments(&state.db, Some(id), None).await?,
        next_states,
        request,
        events,
        levels,
        hub,
        own,
        matches,
        typed,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

async fn refused(
    ctx: &PageCtx,
    state: &AppState,
    viewer: Viewer,
    field: &str,
    message: String,
    typed: Typed,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    request_page(ctx, state, viewer, typed, errors).await
}

async fn record(tx: &mut Tx, ctx: &PageCtx, viewer: &Viewer, summary: String) -> Result<(), AppError> {
    let event = AuditEvent {
        action: "support.request_update",
        object_type: "support_request",
        object_id: viewer.request.id.to_string(),
        place_id: Some(viewer.request.place_id),
        summary,
    };
    audit::append(tx, &ctx.audit(), event).await?;
    Ok(())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    request_page(&ctx, &state, viewer, Typed::default(), FieldErrors::default()).await
}

#[derive(Deserialize)]
pub struct TextForm {
    #[serde(default)]
    body: String,
}

fn body_ok(body: &str) -> bool {
    !body.trim().is_empty() && body.chars().count() <= 10_000
}

pub async fn reply(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<TextForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    let side = viewer.side(&ctx)?;
    if !body_ok(&form.body) {
        let typed = Typed { body: form.body, ..Typed::default() };
        return refused(&ctx, &state, viewer, "body", ctx.tr.t("support-body-required"), typed).await;
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    helpdesk::add_event(&mut tx, id, Some(me), "reply", "", form.body.trim(), now).await?;
    // A municipality answering a question put to it restarts the clock.
    if side == Side::Municipality && viewer.request.state == RequestState::Waiting {
        let _ = helpdesk::move_to(&mut tx, id, RequestState::Open, side, me, now).await?;
    }
    record(&mut tx, &ctx, &viewer, "reply added".into()).await?;
    // The other side hears of it: the municipality, or the assignee (else the hub).
    let to = match (side, viewer.request.assignee_id) {
        (Side::Hub, _) => notes::municipality(&mut tx, viewer.request.place_id).await?,
        (Side::Municipality, Some(assignee)) => vec![assignee],
        (Side::Municipality, None) => notes::hub(&mut tx).await?,
    };
    let args = vec![("subject", viewer.request.subject.clone())];
    notes::tell(&mut tx, &state, &to, Kind::RequestReplied, args, viewer.link()).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("{}#timeline", viewer.link()), "flash-support-replied"))
}

pub async fn note(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<TextForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    if !body_ok(&form.body) {
        let typed = Typed { body: form.body, ..Typed::default() };
        return refused(&ctx, &state, viewer, "body", ctx.tr.t("support-body-required"), typed).await;
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    helpdesk::add_event(&mut tx, id, Some(me), "note", "", form.body.trim(), Utc::now()).await?;
    record(&mut tx, &ctx, &viewer, "note added".into()).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("{}#timeline", viewer.link()), "flash-support-noted"))
}

#[derive(Deserialize)]
pub struct StateForm {
    to: RequestState,
    #[serde(default, deserialize_with = "ticked")]
    confirmed: bool,
}

pub async fn change_state(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<StateForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    let side = viewer.side(&ctx)?;
    let tr = ctx.tr;
    let allowed = helpdesk::may_move(viewer.request.state, form.to, side);
    if form.to == RequestState::Closed && allowed && !form.confirmed {
        let confirm = Confirm {
            title: tr.t("support-to-closed"),
            question: tr.t1("support-close-confirm", "subject", viewer.request.subject.clone()),
            action: format!("{}/state", viewer.link()),
            fields: vec![("to".into(), form.to.as_str().into())],
            button: tr.t("support-to-closed"),
            back: viewer.link(),
            danger: false,
        };
        return confirm_page(&ctx, confirm);
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    if let Err(from) = helpdesk::move_to(&mut tx, id, form.to, side, me, Utc::now()).await? {
        drop(tx);
        let (from, to) = (tr.t(from.message_id()), tr.t(form.to.message_id()));
        let message = tr.ta("support-move-refused", &[("from", &from), ("to", &to)]);
        return refused(&ctx, &state, viewer, "state", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, format!("state {} -> {}", viewer.request.state, form.to)).await?;
    if form.to == RequestState::Resolved {
        let to = notes::municipality(&mut tx, viewer.request.place_id).await?;
        let args = vec![("subject", viewer.request.subject.clone())];
        notes::tell(&mut tx, &state, &to, Kind::RequestResolved, args, viewer.link()).await?;
    }
    tx.commit().await?;
    Ok(flash::redirect_with(&viewer.link(), "flash-support-moved", &tr.t(form.to.message_id())))
}

#[derive(Deserialize)]
pub struct AssigneeForm {
    assignee: i64,
}

pub async fn assign(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<AssigneeForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let staff = helpdesk::hub_staff(&state.db).await?;
    let Some((_, name)) = staff.iter().find(|(a, _)| *a == form.assignee) else {
        let message = ctx.tr.t("support-assignee-required");
        return refused(&ctx, &state, viewer, "assignee", message, Typed::default()).await;
    };
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    helpdesk::assign(&mut tx, id, form.assignee, me, now).await?;
    if viewer.request.state == RequestState::New {
        let _ = helpdesk::move_to(&mut tx, id, RequestState::Open, Side::Hub, me, now).await?;
    }
    record(&mut tx, &ctx, &viewer, format!("assigned to account {}", form.assignee)).await?;
    if Some(form.assignee) != ctx.account().map(|a| a.id) {
        let args = vec![("subject", viewer.request.subject.clone()), ("place", viewer.request.place_name.clone())];
        notes::tell(&mut tx, &state, &[form.assignee], Kind::RequestAssigned, args, viewer.link()).await?;
    }
    tx.commit().await?;
    Ok(flash::redirect_with(&viewer.link(), "flash-support-assigned", name))
}

#[derive(Deserialize)]
pub struct ExpertForm {
    expert: i64,
    #[serde(default)]
    deliverables: String,
    #[serde(default)]
    reasons: String,
}

pub async fn assign_expert(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ExpertForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let deliverables = form.deliverables.trim();
    let typed = Typed { deliverables: deliverables.to_string(), ..Typed::default() };
    let Some(expert) = experts::load(&state.db, form.expert).await? else {
        return refused(&ctx, &state, viewer, "expert", tr.t("support-expert-required"), typed).await;
    };
    if deliverables.is_empty() || deliverables.chars().count() > 2000 {
        return refused(&ctx, &state, viewer, "deliverables", tr.t("support-deliverables-required"), typed).await;
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let assignment = experts::assign(&mut tx, expert.id, Some(id), None, deliverables, form.reasons.trim()).await?;
    helpdesk::add_event(&mut tx, id, Some(me), "note", "", &format!("expert assignment {assignment}"), now).await?;
    if viewer.request.state == RequestState::New {
        let _ = helpdesk::move_to(&mut tx, id, RequestState::Open, Side::Hub, me, now).await?;
    }
    record(&mut tx, &ctx, &viewer, format!("expert {} assigned ({assignment})", expert.id)).await?;
    if let Some(account) = expert.account_id {
        let args = vec![("subject", viewer.request.subject.clone())];
        let link = format!("/support/assignments/{assignment}");
        notes::tell(&mut tx, &state, &[account], Kind::ExpertAssigned, args, link).await?;
    }
    tx.commit().await?;
    Ok(flash::redirect_with(&viewer.link(), "flash-support-expert-assigned", &expert.name))
}

#[derive(Deserialize)]
pub struct FaqForm {
    #[serde(default)]
    question: String,
    #[serde(default)]
    answer: String,
}

pub async fn publish_faq(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<FaqForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let (question, answer) = (form.question.trim(), form.answer.trim());
    let typed = Typed { question: question.into(), answer: answer.into(), ..Typed::default() };
    if !viewer.request.state.settled() {
        return refused(&ctx, &state, viewer, "question", tr.t("support-faq-resolved-only"), typed).await;
    }
    if question.is_empty() || answer.is_empty() {
        return refused(&ctx, &state, viewer, "question", tr.t("support-faq-required"), typed).await;
    }
    let mut tx = state.db.begin().await?;
    let faq = helpdesk::publish_faq(&mut tx, question, answer, tr.code(), id, Utc::now()).await?;
    record(&mut tx, &ctx, &viewer, format!("published as FAQ {faq}")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-support-faq-published"))
}
