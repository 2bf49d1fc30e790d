//! The helpdesk in the browser: asking, the list with service levels and
//! breaches, and the public FAQ made from resolved requests. A request's
//! own page and what is done on it live in `request_pages`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use serde::Deserialize;

use crate::helpdesk::{self, Request, Topic};
use crate::notes;
use crate::scope::{self, NEEDS};
use crate::service_levels::{self, Levels};
use platform::notify::Kind;

pub fn routes() -> Routes {
    use Action::*;
    Routes::new()
        .get("/support", ViewSupport, Target::Chosen, index)
        .post("/support/requests", RequestSupport, Target::Chosen, ask)
        .get("/support/faq", ViewPublic, Target::Public, faq)
        .merge(crate::request_pages::routes())
}

pub struct Row {
    pub request: Request,
    pub levels: Levels,
}

/// A question as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AskForm {
    place: i64,
    topic: Option<Topic>,
    need: String,
    subject: String,
    body: String,
    /// Ticked when the writer confirms that personal details are needed.
    #[serde(deserialize_with = "platform::web::form::ticked")]
    personal_ok: bool,
}

#[derive(Template)]
#[template(path = "helpdesk.html")]
struct HelpdeskPage {
    shell: Shell,
    hub: bool,
    rows: Vec<Row>,
    breached_only: bool,
    places: Vec<(i64, String)>,
    form: AskForm,
    errors: FieldErrors,
    topics: &'static [Topic],
    needs: &'static [&'static str],
    /// An expert's own assignments, listed first.
    assignments: Vec<crate::experts::Assignment>,
}

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    breached: Option<String>,
}

async fn helpdesk_page(
    ctx: &PageCtx,
    state: &AppState,
    breached_only: bool,
    form: AskForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    if ctx.account().is_none() {
        ctx.require(Action::ViewSupport, &Resource::Instance)?;
    }
    let hub = scope::is_hub(ctx, state).await?;
    let places = scope::own_places(ctx, &state.db).await?;
    let ids: Vec<i64> = places.iter().map(|(id, _)| *id).collect();
    let now = Utc::now();
    let mut rows = Vec::new();
    let mut events = helpdesk::events_by_request(&state.db, None).await?;
    for request in helpdesk::list(&state.db, if hub { None } else { Some(&ids) }).await? {
        let events = events.remove(&request.id).unwrap_or_default();
        let levels = service_levels::levels(request.country(), request.created_at, &events, now);
        let breached = levels.first_response.breached() || levels.resolution.breached();
        if !breached_only || breached {
            rows.push(Row { request, levels });
        }
    }
    // Each person's own items first: the requests they were given.
    let me = ctx.account().map(|a| a.id);
    rows.sort_by_key(|row| row.request.assignee_id != me || me.is_none());
    let assignments = match me {
        Some(id) => crate::experts::assignments_of_account(&state.db, id).await?,
        None => Vec::new(),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = HelpdeskPage {
        assignments,
        shell: ctx.shell(ctx.tr.t("support-helpdesk-title")),
        hub,
        rows,
        breached_only,
        places,
        form,
        errors,
        topics: Topic::ALL,
        needs: NEEDS,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    helpdesk_page(&ctx, &state, q.breached.is_some(), AskForm::default(), FieldErrors::default()).await
}

impl AskForm {
    fn validate(&self, tr: platform::i18n::Tr) -> Result<Topic, FieldErrors> {
        let mut errors = FieldErrors::default();
        if self.topic.is_none() {
            errors.add("topic", tr.t("support-topic-required"));
        }
        if !self.need.is_empty() && !NEEDS.contains(&self.need.as_str()) {
            errors.add("need", tr.t("support-need-unknown"));
        }
        if self.subject.trim().is_empty() || self.subject.chars().count() > 200 {
            errors.add("subject", tr.t("support-subject-required"));
        }
        if self.body.trim().is_empty() || self.body.chars().count() > 10_000 {
            errors.add("body", tr.t("support-body-required"));
        }
        let text = format!("{}\n{}", self.subject, self.body);
        platform::privacy::warn_before_saving(tr, &text, self.personal_ok, &mut errors);
        match self.topic {
            Some(topic) if errors.is_empty() => Ok(topic),
            _ => Err(errors),
        }
    }
}

pub async fn ask(ctx: PageCtx, State(state): State<AppState>, Form(form): Form<AskForm>) -> Result<Response, AppError> {
    let path = scope::path(&state.db, form.place).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: if path.is_empty() { &[0] } else { &path } })?;
    let topic = match form.validate(ctx.tr) {
        Ok(topic) => topic,
        Err(errors) => return helpdesk_page(&ctx, &state, false, form, errors).await,
    };
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let new = helpdesk::NewRequest {
        place_id: form.place,
        asked_by: account,
        topic,
        need: &form.need,
        subject: form.subject.trim(),
        body: form.body.trim(),
        language: ctx.tr.code(),
    };
    let id = helpdesk::create(&mut tx, &new, now).await?;
    let event = AuditEvent {
        action: "support.request_create",
        object_type: "support_request",
        object_id: id.to_string(),
        place_id: Some(form.place),
        summary: format!("{topic} request"),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    let place = crate::scope::place_name(&state.db, form.place).await?;
    let hub = notes::hub(&mut tx).await?;
    let args = vec![("place", place), ("subject", form.subject.trim().to_string())];
    notes::tell(&mut tx, &state, &hub, Kind::RequestCreated, args, format!("/support/requests/{id}")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("/support/requests/{id}"), "flash-support-asked"))
}

#[derive(Template)]
#[template(path = "faq.html")]
struct FaqPage {
    shell: Shell,
    entries: Vec<helpdesk::FaqEntry>,
}

pub async fn faq(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let entries = helpdesk::faq(&state.db).await?;
    render(&FaqPage { shell: ctx.shell(ctx.tr.t("support-faq-title")), entries })
}
