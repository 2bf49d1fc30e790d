//! The privacy pages: the public notice, a person's own data, and the
//! administrators' records of processing, retention periods, and data
//! produced or erased on a written request.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::Form;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde_json::Value;

use super::notice::{self, Section};
use super::person::{self, Identity};
use super::readable::{self, TableView};
use super::retention::{self, Period, PeriodError};

#[derive(Template)]
#[template(path = "privacy_notice.html")]
struct NoticePage {
    shell: Shell,
    sections: Vec<Section>,
}

pub async fn notice_page(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let periods = retention::periods(&state.db).await?;
    let sections = notice::sections(ctx.tr, &periods);
    render(&NoticePage { shell: ctx.shell(ctx.tr.t("privacy-title")), sections })
}

#[derive(Template)]
#[template(path = "privacy_person.html")]
struct PersonPage {
    shell: Shell,
    who: Identity,
    tables: Vec<TableView>,
    /// The administrator's view: the written request's reference, and
    /// whether the person was erased.
    admin: bool,
    reference: String,
    erased_at: Option<String>,
    json_href: String,
}

/// Records that a person's data was produced, and for whom.
async fn record_access(state: &AppState, audit_ctx: &AuditCtx, who: &Identity, how: &str) -> Result<(), AppError> {
    let mut tx = state.db.begin().await?;
    let event = Event {
        action: "privacy.access",
        object_type: "person",
        object_id: who.person_id.to_string(),
        place_id: None,
        summary: how.to_string(),
    };
    audit::append(&mut tx, audit_ctx, event).await?;
    tx.commit().await?;
    Ok(())
}

async fn own_identity(ctx: &PageCtx, state: &AppState) -> Result<Identity, AppError> {
    let id = ctx.account().map(|a| a.id).unwrap_or_default();
    ctx.require(Action::ManageOwnAccount, &Resource::Account { id })?;
    let account = ctx.account().ok_or_else(|| ctx.not_found())?;
    let person_id = person::person_of_account(&state.db, account.id).await?.ok_or_else(|| ctx.not_found())?;
    person::identity(&state.db, person_id).await?.ok_or_else(|| ctx.not_found())
}

fn json_download(data: &Value, file_name: &str) -> Result<Response, AppError> {
    let body = serde_json::to_string_pretty(data).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{file_name}\"")),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

pub async fn own_data_page(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let who = own_identity(&ctx, &state).await?;
    let data = person::gather(&state.db, &who, Utc::now()).await?;
    record_access(&state, &ctx.audit(), &who, "own data shown").await?;
    let tables = readable::tables(ctx.tr, &data);
    let shell = ctx.shell(ctx.tr.t("privacy-own-title"));
    render(&PersonPage {
        shell,
        who,
        tables,
        admin: false,
        reference: String::new(),
        erased_at: None,
        json_href: "/account/data.json".into(),
    })
}

pub async fn own_data_json(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let who = own_identity(&ctx, &state).await?;
    let data = person::gather(&state.db, &who, Utc::now()).await?;
    record_access(&state, &ctx.audit(), &who, "own data downloaded").await?;
    json_download(&data, "mozaik-my-data.json")
}

#[derive(serde::Deserialize, Default)]
pub struct AdminQuery {
    #[serde(default)]
    q: String,
}

pub struct PersonHit {
    pub id: i64,
    pub name: String,
    pub email: String,
}

#[derive(Template)]
#[template(path = "privacy_admin.html")]
struct AdminPage {
    shell: Shell,
    sections: Vec<Section>,
    periods: Vec<Period>,
    last_run: Option<String>,
    q: String,
    hits: Vec<PersonHit>,
}

impl AdminPage {
    fn period_name(&self, key: &str) -> String {
        self.shell.tr.t(&format!("privacy-period-{key}"))
    }
}

pub async fn admin_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(query): Query<AdminQuery>,
) -> Result<Response, AppError> {
    ctx.require(Action::ManagePersonalData, &Resource::Instance)?;
    let periods = retention::periods(&state.db).await?;
    let sections = notice::sections(ctx.tr, &periods);
    let last_run = platform::jobs::last_runs(&state.db)
        .await?
        .into_iter()
        .find(|r| r.name == "privacy.retention")
        .and_then(|r| Some((r.finished_at?, r.outcome)))
        .map(|(at, outcome)| format!("{} · {outcome}", platform::time::deadline(ctx.tr, at)));
    let q = query.q.trim().to_string();
    let hits = if q.chars().count() >= 2 { find_people(&state, &q).await? } else { Vec::new() };
    let shell = ctx.shell(ctx.tr.t("privacy-admin-title"));
    render(&AdminPage { shell, sections, periods, last_run, q, hits })
}

/// People whose name or address holds what was typed, in either script,
/// with or without diacritics. The people table is the size of a
/// directory, so the comparison is made here with the folding search uses.
async fn find_people(state: &AppState, q: &str) -> Result<Vec<PersonHit>, sqlx::Error> {
    let wanted = platform::fold::fold(q);
    let rows = person::everyone(&state.db).await?;
    Ok(rows
        .into_iter()
        .filter(|(_, name, email)| {
            platform::fold::fold(name).contains(&wanted)
                || email.as_deref().is_some_and(|e| e.to_lowercase().contains(&q.to_lowercase()))
        })
        .take(50)
        .map(|(id, name, email)| PersonHit { id, name, email: email.unwrap_or_default() })
        .collect())
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct PeriodForm {
    key: String,
    days: String,
}

pub async fn set_period(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<PeriodForm>,
) -> Result<Response, AppError> {
    ctx.require(Action::ManagePersonalData, &Resource::Instance)?;
    let refuse = |message: String| ctx.error_text(StatusCode::UNPROCESSABLE_ENTITY, "privacy-period-refused", message);
    let Ok(days) = form.days.trim().parse::<u32>() else {
        return Err(refuse(ctx.tr.t("privacy-period-not-a-number")));
    };
    let mut tx = state.db.begin().await?;
    match retention::set_period(&mut tx, &state.db, &form.key, days).await? {
        Ok(()) => {}
        Err(PeriodError::Unknown) => return Err(ctx.not_found()),
        Err(PeriodError::OutOfRange { min, max }) => {
            return Err(refuse(
                ctx.tr.ta("privacy-period-out-of-range", &[("min", &min.to_string()), ("max", &max.to_string())]),
            ))
        }
    }
    let event = Event {
        action: "privacy.retention_period",
        object_type: "setting",
        object_id: form.key.clone(),
        place_id: None,
        summary: format!("{} days", days),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect("/admin/privacy", "flash-retention-period-saved"))
}

pub async fn run_retention(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    ctx.require(Action::ManagePersonalData, &Resource::Instance)?;
    let swept = retention::run(&state.db, Utc::now(), &ctx.audit()).await?;
    Ok(flash::redirect_with("/admin/privacy", "flash-retention-run", &swept.total().to_string()))
}

#[derive(serde::Deserialize, Default)]
pub struct ReferenceQuery {
    #[serde(default)]
    reference: String,
}

/// A written request's reference, as kept in the audit trail: a file or
/// letter number, never a name.
/// A written request's reference as a file number (letters, digits and
/// `/ . - _ # :`, with a digit, at most 40): it goes into the audit trail,
/// which can never be edited, so a name typed there is refused. Empty when
/// it is not such a number.
fn clean_reference(reference: &str) -> String {
    let reference = reference.trim();
    let allowed = |c: char| c.is_ascii_alphanumeric() || "/.-_#:".contains(c);
    let number = !reference.is_empty()
        && reference.len() <= 40
        && reference.chars().all(allowed)
        && reference.chars().any(|c| c.is_ascii_digit());
    if number {
        reference.to_string()
    } else {
        String::new()
    }
}

async fn admin_identity(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Identity, AppError> {
    ctx.require(Action::ManagePersonalData, &Resource::Instance)?;
    person::identity(&state.db, id).await?.ok_or_else(|| ctx.not_found())
}

/// The person, for an administrator acting on a written request whose
/// reference is given.
async fn on_written_request(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    reference: &str,
) -> Result<(Identity, String), AppError> {
    let who = admin_identity(ctx, state, id).await?;
    let reference = clean_reference(reference);
    if reference.is_empty() {
        return Err(ctx.error(StatusCode::UNPROCESSABLE_ENTITY, "privacy-reference-missing", "privacy-reference-hint"));
    }
    Ok((who, reference))
}

async fn erased_at(state: &AppState, id: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    person::erased_at(&state.db, id).await
}

pub async fn person_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<ReferenceQuery>,
) -> Result<Response, AppError> {
    let who = admin_identity(&ctx, &state, id).await?;
    let reference = clean_reference(&query.reference);
    let tables = if reference.is_empty() {
        Vec::new()
    } else {
        let data = person::gather(&state.db, &who, Utc::now()).await?;
        record_access(&state, &ctx.audit(), &who, &format!("shown on written request {reference}")).await?;
        readable::tables(ctx.tr, &data)
    };
    let erased_at = erased_at(&state, id).await?.map(|at| platform::time::deadline(ctx.tr, at));
    let json_href = format!("/admin/privacy/people/{id}/data.json?reference={}", urlencoding::encode(&reference));
    let shell = ctx.shell(ctx.tr.t1("privacy-person-title", "name", who.full_name.clone()));
    render(&PersonPage { shell, who, tables, admin: true, reference, erased_at, json_href })
}

pub async fn person_json(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<ReferenceQuery>,
) -> Result<Response, AppError> {
    let (who, reference) = on_written_request(&ctx, &state, id, &query.reference).await?;
    let data = person::gather(&state.db, &who, Utc::now()).await?;
    record_access(&state, &ctx.audit(), &who, &format!("downloaded on written request {reference}")).await?;
    json_download(&data, &format!("mozaik-person-{id}.json"))
}

#[derive(serde::Deserialize, Default)]
pub struct EraseForm {
    #[serde(default)]
    reference: String,
    #[serde(default, deserialize_with = "platform::web::form::ticked")]
    confirmed: bool,
}

pub async fn erase(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<EraseForm>,
) -> Result<Response, AppError> {
    let (who, reference) = on_written_request(&ctx, &state, id, &form.reference).await?;
    if erased_at(&state, id).await?.is_some() {
        return Ok(flash::redirect(&format!("/admin/privacy/people/{id}"), "flash-person-already-erased"));
    }
    if !form.confirmed {
        let tr = ctx.tr;
        return platform::web::confirm_page(
            &ctx,
            platform::web::Confirm {
                title: tr.t("privacy-erase"),
                question: tr.t1("privacy-erase-confirm", "name", who.full_name.clone()),
                action: format!("/admin/privacy/people/{id}/erase"),
                fields: vec![("reference".into(), reference)],
                button: tr.t("privacy-erase"),
                back: format!("/admin/privacy/people/{id}"),
                danger: true,
            },
        );
    }
    let flash = match person::erase(&state.db, &who, &format!("written request {reference}"), &ctx.audit()).await? {
        Some(_) => "flash-person-erased",
        None => "flash-person-already-erased",
    };
    Ok(flash::redirect(&format!("/admin/privacy/people/{id}"), flash))
}
