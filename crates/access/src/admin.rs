//! Administrators' pages: accounts, the mail outbox and the audit log.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::auth::session;
use platform::policy::{Action, Resource, Role};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::store;

pub struct AccountRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub active: bool,
    pub roles: String,
    pub totp: bool,
}

#[derive(Template)]
#[template(path = "accounts.html")]
struct AccountsPage {
    shell: Shell,
    accounts: Vec<AccountRow>,
}

pub async fn accounts_page(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    ctx.require(Action::ManageAccounts, &Resource::Instance)?;
    let tr = ctx.tr;
    let accounts = store::accounts_listed(&state.db)
        .await?
        .into_iter()
        .map(|a| AccountRow {
            id: a.id,
            name: a.full_name,
            email: a.email,
            active: a.active,
            totp: a.totp_enabled,
            roles: a.role.map(|r| Role::name_of(&r, tr)).unwrap_or_default(),
        })
        .collect();
    render(&AccountsPage { shell: ctx.shell(tr.t("accounts-title")), accounts })
}

#[derive(serde::Deserialize, Default)]
pub struct ConfirmForm {
    #[serde(default, deserialize_with = "platform::web::form::ticked")]
    pub confirmed: bool,
}

/// Deactivating or ending sessions is asked on a page of its own first.
async fn confirm_account_action(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    deactivate: bool,
) -> Result<Response, AppError> {
    let who = store::name_and_email(&state.db, id).await?;
    let Some((name, email)) = who else { return Err(ctx.not_found()) };
    let tr = ctx.tr;
    let (title, question, path) = if deactivate {
        ("accounts-deactivate", "accounts-deactivate-confirm", "deactivate")
    } else {
        ("accounts-revoke", "accounts-revoke-confirm", "revoke-sessions")
    };
    platform::web::confirm_page(
        ctx,
        platform::web::Confirm {
            title: tr.t(title),
            question: tr.ta(question, &[("name", &name), ("email", &email)]),
            action: format!("/admin/accounts/{id}/{path}"),
            fields: Vec::new(),
            button: tr.t(title),
            back: "/admin/accounts".into(),
            danger: deactivate,
        },
    )
}

async fn account_action(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    deactivate: bool,
    confirmed: bool,
) -> Result<Response, AppError> {
    ctx.require(Action::ManageAccounts, &Resource::Instance)?;
    if !confirmed {
        return confirm_account_action(ctx, state, id, deactivate).await;
    }
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    if deactivate {
        // Deactivating keeps the person, their history and everything they did.
        store::deactivate(&mut tx, id).await?;
    }
    let ended = session::revoke_all(&mut tx, id, now).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: if deactivate { "account.deactivate" } else { "account.sessions_revoked" },
            object_type: "account",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("{ended} sessions ended by an administrator"),
        },
    )
    .await?;
    tx.commit().await?;
    let message = if deactivate { "flash-account-deactivated" } else { "flash-account-sessions-ended" };
    Ok(platform::web::flash::redirect("/admin/accounts", message))
}

pub async fn deactivate(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    platform::web::form::Form(form): platform::web::form::Form<ConfirmForm>,
) -> Result<Response, AppError> {
    account_action(&ctx, &state, id, true, form.confirmed).await
}

pub async fn revoke_sessions(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    platform::web::form::Form(form): platform::web::form::Form<ConfirmForm>,
) -> Result<Response, AppError> {
    account_action(&ctx, &state, id, false, form.confirmed).await
}

pub struct MailRow {
    pub status: String,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
}

#[derive(Template)]
#[template(path = "outbox.html")]
struct OutboxPage {
    shell: Shell,
    mails: Vec<MailRow>,
}

pub async fn outbox_page(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    ctx.require(Action::ViewOutbox, &Resource::Instance)?;
    let mails = store::latest_mail(&state.db)
        .await?
        .into_iter()
        .map(|m| MailRow {
            status: match (m.sent_at, m.error.is_empty()) {
                (Some(at), _) => ctx.tr.t1("outbox-sent", "time", at.format("%Y-%m-%d %H:%M UTC").to_string()),
                (None, false) => ctx.tr.t1("outbox-failed", "reason", m.error),
                (None, true) => ctx.tr.t("outbox-waiting"),
            },
            to: m.to_address,
            subject: m.subject,
            // A link that opens an account is never shown, only sent.
            body: m.body.replace(platform::mail::LINK_MARKER, &ctx.tr.t("outbox-link-withheld")),
            created_at: m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        })
        .collect();
    render(&OutboxPage { shell: ctx.shell(ctx.tr.t("outbox-title")), mails })
}

pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub object: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    shell: Shell,
    events: Vec<AuditRow>,
    actor: String,
    action: String,
    from: String,
    to: String,
    chain: String,
    chain_ok: bool,
}

pub async fn audit_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    ctx.require(Action::ViewAudit, &Resource::Instance)?;
    let get = |k: &str| query.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
    let (actor, action, from, to) = (get("actor"), get("action"), get("from"), get("to"));
    let from_date: Option<NaiveDate> = from.parse().ok();
    let to_date: Option<NaiveDate> = to.parse().ok();
    let start = from_date.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc());
    let end = to_date.and_then(|d| d.succ_opt()).and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc());
    let filter = store::AuditFilter { actor: &actor, action: &action, start, end };
    let rows = store::audit_events(&state.db, &filter).await?;
    // People read who acted by name and position, not "account:4".
    let names = store::actor_names(&state.db).await?;
    let readable = |actor: &str| match actor.strip_prefix("account:").and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => names.get(&id).cloned().unwrap_or_else(|| actor.to_string()),
        None => ctx.tr.t(match actor {
            "system" => "audit-actor-system",
            "cli" => "audit-actor-command",
            "anonymous" => "audit-actor-anonymous",
            _ => "audit-actor-other",
        }),
    };
    let events = rows
        .into_iter()
        .map(|e| AuditRow {
            id: e.id,
            at: platform::time::deadline(ctx.tr, e.at),
            actor: format!("{} ({})", readable(&e.actor), e.actor),
            action: e.action,
            object: format!("{} {}", e.object_type, e.object_id),
            summary: e.summary,
        })
        .collect();
    let tr = ctx.tr;
    let (chain, chain_ok) = match audit::verify(&state.db).await? {
        Ok(count) => (tr.n("audit-chain-ok", count as i64), true),
        Err(broken) => {
            (tr.ta("audit-chain-broken", &[("id", &broken.id.to_string()), ("reason", &broken.reason)]), false)
        }
    };
    render(&AuditPage { shell: ctx.shell(tr.t("audit-title")), events, actor, action, from, to, chain, chain_ok })
}
