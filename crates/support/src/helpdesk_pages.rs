//! The helpdesk in the browser: asking, the hub's overview with service
//! levels and breaches, a request's conversation, expert matching, and the
//! public FAQ made from resolved requests.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{can, Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::experts::{self, Match};
use crate::helpdesk::{self, Event, Request, Side, TOPICS};
use crate::scope::{self, NEEDS};
use crate::service_levels::{self, Levels};

pub struct Row {
    pub request: Request,
    pub levels: Levels,
}

#[derive(Template)]
#[template(path = "helpdesk.html")]
struct HelpdeskPage {
    shell: Shell,
    hub: bool,
    rows: Vec<Row>,
    breached_only: bool,
    places: Vec<(i64, String)>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
    topics: &'static [&'static str],
    needs: &'static [&'static str],
}

impl HelpdeskPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

/// Hours as business days, one decimal.
pub fn days(hours: &f64) -> String {
    format!("{:.1}", hours / 24.0)
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    breached: Option<String>,
}

async fn helpdesk_page(
    ctx: &PageCtx,
    state: &AppState,
    breached_only: bool,
    form: Vec<(String, String)>,
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
        let levels = service_levels::levels(&request.country, request.created_at, &events, now);
        let breached = levels.first_response.breached() || levels.resolution.breached();
        if !breached_only || breached {
            rows.push(Row { request, levels });
        }
    }
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = HelpdeskPage {
        shell: ctx.shell(ctx.tr.t("support-helpdesk-title")),
        hub,
        rows,
        breached_only,
        places,
        form,
        errors,
        topics: TOPICS,
        needs: NEEDS,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    helpdesk_page(&ctx, &state, q.breached.is_some(), Vec::new(), FieldErrors::default()).await
}

pub async fn ask(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let place_id: i64 = field(&form, "place").parse().unwrap_or(0);
    let path = scope::path(&state.db, place_id).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: if path.is_empty() { &[0] } else { &path } })?;
    let mut errors = FieldErrors::default();
    let topic = field(&form, "topic");
    if !TOPICS.contains(&topic) {
        errors.add("topic", tr.t("support-topic-required"));
    }
    let need = field(&form, "need");
    if !need.is_empty() && !NEEDS.contains(&need) {
        errors.add("need", tr.t("support-need-unknown"));
    }
    let subject = field(&form, "subject");
    if subject.is_empty() || subject.chars().count() > 200 {
        errors.add("subject", tr.t("support-subject-required"));
    }
    let body = field(&form, "body");
    if body.is_empty() || body.chars().count() > 10_000 {
        errors.add("body", tr.t("support-body-required"));
    }
    if !errors.is_empty() {
        return helpdesk_page(&ctx, &state, false, form, errors).await;
    }
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let new = helpdesk::NewRequest { place_id, asked_by: account, topic, need, subject, body, language: tr.code() };
    let id = helpdesk::create(&mut tx, &new, now).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.request_create",
            object_type: "support_request",
            object_id: id.to_string(),
            place_id: Some(place_id),
            summary: format!("{topic} request"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/requests/{id}")).into_response())
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
    staff: Vec<(i64, String)>,
    matches: Vec<Match>,
    assignments: Vec<experts::Assignment>,
    errors: FieldErrors,
    form: Vec<(String, String)>,
}

impl RequestPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }

    fn days(&self, hours: &f64) -> String {
        days(hours)
    }
}

/// The request, and whether the actor is the hub, the asking municipality,
/// or an expert assigned to it; anyone else is refused.
async fn access(ctx: &PageCtx, state: &AppState, id: i64) -> Result<(Request, bool, bool), AppError> {
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
    Ok((request, hub, own))
}

async fn request_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (request, hub, own) = access(ctx, state, id).await?;
    let all = helpdesk::events(&state.db, id).await?;
    let levels = service_levels::levels(&request.country, request.created_at, &all, Utc::now());
    // Internal notes are the hub's own.
    let events = all.into_iter().filter(|e| hub || e.kind != "note").collect();
    let matches = if hub {
        let pool = experts::all(&state.db).await?;
        let need = experts::Need {
            theme: &request.need,
            language: &request.language,
            country: &request.country,
            on: Utc::now().date_naive(),
        };
        experts::rank(&pool, &need)
    } else {
        Vec::new()
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = RequestPage {
        shell: ctx.shell(request.subject.clone()),
        staff: if hub { helpdesk::hub_staff(&state.db).await? } else { Vec::new() },
        assignments: experts::assignments(&state.db, Some(id), None).await?,
        request,
        events,
        levels,
        hub,
        own,
        matches,
        errors,
        form,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    request_page(&ctx, &state, id, Vec::new(), FieldErrors::default()).await
}

/// Everything done on a request: `do` says what (reply, note, state,
/// assign, expert, faq); each is checked against who may do it.
pub async fn act(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (request, hub, own) = access(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let side = if hub { Side::Hub } else { Side::Municipality };
    let now = Utc::now();
    let mut errors = FieldErrors::default();
    let what = field(&form, "do").to_string();
    let mut tx = state.db.begin().await?;
    let summary = match what.as_str() {
        "reply" | "note" if hub || (own && what == "reply") => {
            let body = field(&form, "body");
            if body.is_empty() || body.chars().count() > 10_000 {
                errors.add("body", tr.t("support-body-required"));
                String::new()
            } else {
                let kind = if what == "note" { "note" } else { "reply" };
                helpdesk::add_event(&mut tx, id, Some(me), kind, "", body, now).await?;
                // A municipality answering a question put to it restarts the clock.
                if own && !hub && request.state == "waiting" {
                    let _ = helpdesk::move_to(&mut tx, id, "open", side, me, now).await?;
                }
                format!("{kind} added")
            }
        }
        "state" => {
            let to = field(&form, "to");
            match helpdesk::move_to(&mut tx, id, to, side, me, now).await? {
                Ok(()) => format!("state {} -> {to}", request.state),
                Err(from) => {
                    let states = [
                        ("from", tr.t(&format!("support-state-{from}"))),
                        ("to", tr.t(&format!("support-state-{to}"))),
                    ];
                    let args: Vec<(&str, &str)> = states.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    errors.add("state", tr.ta("support-move-refused", &args));
                    String::new()
                }
            }
        }
        "assign" if hub => {
            let assignee: i64 = field(&form, "assignee").parse().unwrap_or(0);
            if !helpdesk::hub_staff(&state.db).await?.iter().any(|(a, _)| *a == assignee) {
                errors.add("assignee", tr.t("support-assignee-required"));
                String::new()
            } else {
                helpdesk::assign(&mut tx, id, assignee, me, now).await?;
                if request.state == "new" {
                    let _ = helpdesk::move_to(&mut tx, id, "open", side, me, now).await?;
                }
                format!("assigned to account {assignee}")
            }
        }
        "expert" if hub => {
            let expert_id: i64 = field(&form, "expert").parse().unwrap_or(0);
            let deliverables = field(&form, "deliverables");
            let expert = experts::load(&state.db, expert_id).await?;
            if expert.is_none() {
                errors.add("expert", tr.t("support-expert-required"));
            }
            if deliverables.is_empty() || deliverables.chars().count() > 2000 {
                errors.add("deliverables", tr.t("support-deliverables-required"));
            }
            if errors.is_empty() {
                let reasons = field(&form, "reasons");
                let assignment = experts::assign(&mut tx, expert_id, Some(id), None, deliverables, reasons).await?;
                helpdesk::add_event(&mut tx, id, Some(me), "note", "", &format!("expert assignment {assignment}"), now)
                    .await?;
                if request.state == "new" {
                    let _ = helpdesk::move_to(&mut tx, id, "open", side, me, now).await?;
                }
                format!("expert {expert_id} assigned ({assignment})")
            } else {
                String::new()
            }
        }
        "faq" if hub => {
            let (question, answer) = (field(&form, "question"), field(&form, "answer"));
            if !matches!(request.state.as_str(), "resolved" | "closed") {
                errors.add("question", tr.t("support-faq-resolved-only"));
            }
            if question.is_empty() || answer.is_empty() {
                errors.add("question", tr.t("support-faq-required"));
            }
            if errors.is_empty() {
                let faq = helpdesk::publish_faq(&mut tx, question, answer, tr.code(), id, now).await?;
                format!("published as FAQ {faq}")
            } else {
                String::new()
            }
        }
        _ => return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")),
    };
    if !errors.is_empty() {
        drop(tx);
        return request_page(&ctx, &state, id, form, errors).await;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "support.request_update",
            object_type: "support_request",
            object_id: id.to_string(),
            place_id: Some(request.place_id),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/requests/{id}#timeline")).into_response())
}

#[derive(Template)]
#[template(path = "faq.html")]
struct FaqPage {
    shell: Shell,
    entries: Vec<(i64, String, String, String)>,
}

pub async fn faq(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let entries = helpdesk::faq(&state.db).await?;
    render(&FaqPage { shell: ctx.shell(ctx.tr.t("support-faq-title")), entries })
}
