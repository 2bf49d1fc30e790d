//! Events in the browser: the list and the hub's form; an event's page with
//! registration by position, attendance and polls; and the participants'
//! side of a poll: the join code, the question, and the live counts.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::i18n::Tr;
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::events::{self, Event, EventKind, Poll};

/// A new event as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EventForm {
    title: String,
    kind: Option<EventKind>,
    starts_on: String,
    ends_on: String,
    place_name: String,
    languages: String,
    agenda: String,
    materials: String,
    outputs: String,
}

impl EventForm {
    fn validate(&self, tr: Tr) -> Result<Event, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.add("title", tr.t1("knowledge-required", "max", 200_i64));
        }
        if self.kind.is_none() {
            errors.add("kind", tr.t("knowledge-choose"));
        }
        let date = |typed: &str| typed.trim().parse::<NaiveDate>().ok();
        let (starts, ends) = (date(&self.starts_on), date(&self.ends_on));
        if starts.is_none() || ends.is_none() || starts > ends {
            errors.add("starts_on", tr.t("knowledge-dates-invalid"));
        }
        match (self.kind, starts, ends) {
            (Some(kind), Some(starts_on), Some(ends_on)) if errors.is_empty() => Ok(Event {
                title: title.into(),
                kind: kind.to_string(),
                starts_on,
                ends_on,
                place_name: self.place_name.trim().into(),
                languages: self.languages.split(',').map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect(),
                agenda: self.agenda.trim().into(),
                materials: self.materials.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
                outputs: self.outputs.trim().into(),
                ..Event::default()
            }),
            _ => Err(errors),
        }
    }

    fn is_kind(&self, kind: &EventKind) -> bool {
        self.kind == Some(*kind)
    }
}

#[derive(Template)]
#[template(path = "events.html")]
struct EventsPage {
    shell: Shell,
    events: Vec<Event>,
    hub: bool,
    kinds: &'static [EventKind],
    form: EventForm,
    errors: FieldErrors,
}

async fn events_page(
    ctx: &PageCtx,
    state: &AppState,
    form: EventForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = EventsPage {
        shell: ctx.shell(ctx.tr.t("knowledge-events-title")),
        events: events::all(&state.db).await?,
        hub: crate::pages::is_reviewer(ctx, state).await?,
        kinds: EventKind::ALL,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    events_page(&ctx, &state, EventForm::default(), FieldErrors::default()).await
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<EventForm>,
) -> Result<Response, AppError> {
    if !crate::pages::is_reviewer(&ctx, &state).await? {
        ctx.require(Action::ReviewKnowledge, &Resource::Instance)?;
    }
    let event = match form.validate(ctx.tr) {
        Ok(event) => event,
        Err(errors) => return events_page(&ctx, &state, form, errors).await,
    };
    let mut tx = state.db.begin().await?;
    let id = events::create(&mut tx, &event).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "knowledge.event_create",
            object_type: "event",
            object_id: id.to_string(),
            place_id: None,
            summary: event.title.clone(),
        },
    )
    .await?;
    tx.commit().await?;
    crate::pages::follow_changes(&state).await?;
    Ok(platform::web::flash::redirect(&format!("/knowledge/events/{id}"), "flash-event-created"))
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPage {
    shell: Shell,
    event: Event,
    participants: Vec<(i64, String, bool)>,
    my_positions: Vec<(i64, String)>,
    polls: Vec<(Poll, Vec<i64>)>,
    hub: bool,
    errors: FieldErrors,
}

async fn event_page(ctx: &PageCtx, state: &AppState, id: i64, errors: FieldErrors) -> Result<Response, AppError> {
    let Some(event) = events::load(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let hub = crate::pages::is_reviewer(ctx, state).await?;
    let my_positions = crate::pages::own_positions(ctx, state).await?;
    let mut polls = Vec::new();
    if hub {
        for poll in events::polls(&state.db, id).await? {
            let counts = events::counts(&state.db, &poll).await?;
            polls.push((poll, counts));
        }
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = EventPage {
        shell: ctx.shell(event.title.clone()),
        participants: events::participants(&state.db, id).await?,
        event,
        my_positions,
        polls,
        hub,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    event_page(&ctx, &state, id, FieldErrors::default()).await
}

/// An event that exists, and whether the actor runs events (the hub).
async fn event_and_role(ctx: &PageCtx, state: &AppState, id: i64) -> Result<bool, AppError> {
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    if events::load(&state.db, id).await?.is_none() {
        return Err(ctx.not_found());
    }
    crate::pages::is_reviewer(ctx, state).await
}

async fn record(ctx: &PageCtx, id: i64, mut tx: platform::Tx, summary: String) -> Result<(), AppError> {
    let event = AuditEvent {
        action: "knowledge.event_update",
        object_type: "event",
        object_id: id.to_string(),
        place_id: None,
        summary,
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(())
}

fn forbidden(ctx: &PageCtx) -> AppError {
    ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")
}

#[derive(Deserialize)]
pub struct RegisterForm {
    position: i64,
}

/// Anyone registers a position they hold.
pub async fn register(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<RegisterForm>,
) -> Result<Response, AppError> {
    event_and_role(&ctx, &state, id).await?;
    if !ctx.account().is_some_and(|a| a.positions.contains(&form.position)) {
        let mut errors = FieldErrors::default();
        errors.add("position", ctx.tr.t("knowledge-position-yours"));
        return event_page(&ctx, &state, id, errors).await;
    }
    let mut tx = state.db.begin().await?;
    events::register(&mut tx, id, form.position, Utc::now()).await?;
    record(&ctx, id, tx, format!("position {} registered", form.position)).await?;
    Ok(flash::redirect(&format!("/knowledge/events/{id}"), "flash-knowledge-registered"))
}

#[derive(Deserialize)]
pub struct AttendanceForm {
    #[serde(default)]
    present: Vec<i64>,
}

/// The hub marks who came.
pub async fn attendance(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<AttendanceForm>,
) -> Result<Response, AppError> {
    if !event_and_role(&ctx, &state, id).await? {
        return Err(forbidden(&ctx));
    }
    let mut tx = state.db.begin().await?;
    events::mark_attended(&mut tx, id, &form.present).await?;
    record(&ctx, id, tx, format!("{} present", form.present.len())).await?;
    Ok(flash::redirect(&format!("/knowledge/events/{id}"), "flash-knowledge-attendance"))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PollForm {
    question: String,
    options: String,
}

/// The hub opens an anonymous quick poll.
pub async fn open_poll(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<PollForm>,
) -> Result<Response, AppError> {
    if !event_and_role(&ctx, &state, id).await? {
        return Err(forbidden(&ctx));
    }
    let question = form.question.trim();
    let options: Vec<String> =
        form.options.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    if question.is_empty() || question.chars().count() > 300 || !(2..=8).contains(&options.len()) {
        let mut errors = FieldErrors::default();
        errors.add("poll", ctx.tr.t("knowledge-poll-invalid"));
        return event_page(&ctx, &state, id, errors).await;
    }
    let mut tx = state.db.begin().await?;
    let code = events::create_poll(&mut tx, id, question, &options).await?;
    record(&ctx, id, tx, format!("poll {code}")).await?;
    Ok(flash::redirect_with(&format!("/knowledge/events/{id}"), "flash-knowledge-poll-opened", &code))
}

#[derive(Template)]
#[template(path = "poll.html")]
struct PollPage {
    shell: Shell,
    poll: Option<Poll>,
    counts: Vec<i64>,
    total: i64,
    voted: bool,
    error: String,
}

impl PollPage {
    fn share(&self, count: &i64) -> i64 {
        (count * 100 + self.total / 2).checked_div(self.total).unwrap_or(0)
    }
}

#[derive(Deserialize, Default)]
pub struct JoinQuery {
    #[serde(default)]
    code: String,
}

const VOTER_COOKIE: &str = "mozaik_poll";

fn voter(headers: &HeaderMap) -> Option<String> {
    platform::web::csrf::cookie_value(headers, VOTER_COOKIE).map(platform::auth::token::hash_token)
}

async fn poll_page(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    headers: &HeaderMap,
    error: String,
) -> Result<Response, AppError> {
    let poll = if code.is_empty() { None } else { events::poll_by_code(&state.db, code).await? };
    let (counts, voted) = match &poll {
        Some(p) => {
            let voted = match voter(headers) {
                Some(hash) => events::has_voted(&state.db, p.id, &hash).await?,
                None => false,
            };
            (events::counts(&state.db, p).await?, voted)
        }
        None => (Vec::new(), false),
    };
    let error = if poll.is_none() && !code.is_empty() { ctx.tr.t("knowledge-poll-unknown") } else { error };
    let status = if error.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PollPage {
        shell: ctx.shell(ctx.tr.t("knowledge-poll-title")),
        total: counts.iter().sum(),
        counts,
        voted,
        poll,
        error,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn join(
    ctx: PageCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(q): Query<JoinQuery>,
) -> Result<Response, AppError> {
    poll_page(&ctx, &state, q.code.trim(), &headers, String::new()).await
}

pub async fn show_poll(
    ctx: PageCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    poll_page(&ctx, &state, &code, &headers, String::new()).await
}

/// A vote as sent: the index of the option chosen.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct VoteForm {
    option: Option<i64>,
}

/// An anonymous vote: the browser gets a random token (kept only as a hash,
/// apart from the votes) so that it votes once.
pub async fn vote(
    ctx: PageCtx,
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
    Form(form): Form<VoteForm>,
) -> Result<Response, AppError> {
    let Some(poll) = events::poll_by_code(&state.db, &code).await? else {
        return Err(ctx.not_found());
    };
    let option = form.option.filter(|o| (0..poll.options.len() as i64).contains(o));
    let Some(option) = option.filter(|_| poll.open) else {
        return poll_page(&ctx, &state, &code, &headers, ctx.tr.t("knowledge-poll-choose")).await;
    };
    let existing = platform::web::csrf::cookie_value(&headers, VOTER_COOKIE).map(String::from);
    let token = existing.clone().unwrap_or_else(platform::auth::token::new_token);
    let mut tx = state.db.begin().await?;
    if events::vote(&mut tx, poll.id, option, &platform::auth::token::hash_token(&token)).await? {
        // Which option was chosen is not recorded here: the vote stays anonymous.
        audit::append(
            &mut tx,
            &ctx.audit(),
            AuditEvent {
                action: "knowledge.poll_vote",
                object_type: "poll",
                object_id: poll.id.to_string(),
                place_id: None,
                summary: String::new(),
            },
        )
        .await?;
    }
    tx.commit().await?;
    let mut response = Redirect::to(&format!("/poll/{}", poll.join_code)).into_response();
    if existing.is_none() {
        let secure = if state.site.https { "; Secure" } else { "" };
        if let Ok(value) = HeaderValue::from_str(&format!(
            "{VOTER_COOKIE}={token}; Path=/poll; HttpOnly; SameSite=Lax; Max-Age=2592000{secure}"
        )) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    Ok(response)
}
