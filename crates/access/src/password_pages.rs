//! Passwords people manage themselves: changing one's own (with the current
//! one), and resetting a forgotten one through a single-use link that
//! expires within an hour. The request for a link answers the same whether
//! or not the address has an account, and is limited per address and per
//! client, so it tells nobody who has an account and floods nobody's inbox.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::auth::throttle::{self, Step};
use platform::auth::token::{hash_token, new_token, sha256_hex};
use platform::auth::{password, session};
use platform::i18n::i18n;
use platform::mail;
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use serde::Deserialize;

use crate::password_store as store;

pub fn routes() -> Routes {
    use Action::{ManageOwnAccount, ViewPublic};
    Routes::new()
        .post("/account/password", ManageOwnAccount, Target::OwnAccount, change)
        .get("/password/forgot", ViewPublic, Target::SignIn, forgot_form)
        .post("/password/forgot", ViewPublic, Target::SignIn, forgot)
        .get("/password/reset/{token}", ViewPublic, Target::SignIn, reset_form)
        .post("/password/reset/{token}", ViewPublic, Target::SignIn, reset)
}

/// How long a reset link works.
const LINK_LIFETIME: Duration = Duration::hours(1);
/// Links sent per address within an hour, whatever is asked.
const PER_ADDRESS: i64 = 3;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ChangeForm {
    current: String,
    password: String,
    confirm: String,
}

/// The new password's rules, or the field and message that refuse it.
fn new_password_errors(password: &str, confirm: &str, email: &str, tr: platform::i18n::Tr) -> FieldErrors {
    let mut errors = FieldErrors::default();
    if let Err(weakness) = password::check_rules(password, email) {
        errors.add("password", tr.t1(weakness.message_id(), "min", password::MIN_LENGTH as i64));
    } else if password != confirm {
        errors.add("confirm", tr.t("accept-confirm-mismatch"));
    }
    errors
}

/// Changes one's own password; other sessions end, this one stays.
pub async fn change(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<ChangeForm>,
) -> Result<Response, AppError> {
    let id = ctx.account().map(|a| a.id).unwrap_or(-1);
    ctx.require(Action::ManageOwnAccount, &Resource::Account { id })?;
    let Some(account) = ctx.account() else { return Err(ctx.not_found()) };
    let tr = ctx.tr;
    let stored = store::password_hash(&state.db, account.id).await?;
    let mut errors = new_password_errors(&form.password, &form.confirm, &account.email, tr);
    let current_ok = match stored {
        Some(hash) => password::verify(form.current.clone(), hash).await,
        None => false,
    };
    if !current_ok {
        errors.add("current", tr.t("password-current-wrong"));
    }
    if !errors.is_empty() {
        return crate::accounts::account_page_with(&ctx, &state, None, String::new(), errors).await;
    }
    let hash = password::hash(form.password.clone()).await?;
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    store::set_password(&mut tx, account.id, &hash).await?;
    let ended = store::end_other_sessions(&mut tx, account.id, account.session_id, now).await?;
    let event = Event {
        action: "account.password_changed",
        object_type: "account",
        object_id: account.id.to_string(),
        place_id: None,
        summary: format!("password changed; {ended} other sessions ended"),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect("/account", "flash-password-changed"))
}

#[derive(Template)]
#[template(path = "password_forgot.html")]
struct ForgotPage {
    shell: Shell,
    email: String,
    sent: bool,
    errors: FieldErrors,
}

pub async fn forgot_form(ctx: PageCtx) -> Result<Response, AppError> {
    render(&ForgotPage {
        shell: ctx.shell(ctx.tr.t("password-forgot-title")),
        email: String::new(),
        sent: false,
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ForgotForm {
    email: String,
}

/// Sends a reset link when the address has an active account and has not
/// asked too often; answers the same in every case.
pub async fn forgot(
    ctx: PageCtx,
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<ForgotForm>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let email = form.email.trim().to_lowercase();
    if !platform::web::form::looks_like_email(&email) {
        let mut errors = FieldErrors::default();
        errors.add("email", tr.t("invite-email-invalid"));
        let page = ForgotPage { shell: ctx.shell(tr.t("password-forgot-title")), email, sent: false, errors };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let now = Utc::now();
    let client = throttle::client_address(&parts, &state.site.trusted_proxies);
    let email_hash = sha256_hex(&email);
    let recent = store::recent_requests(&state.db, &email_hash, now).await?;
    let held_back = recent >= PER_ADDRESS || throttle::client_blocked(&state.db, &client, now).await?;
    let account = crate::store::account_state_by_email(&state.db, &email).await?;
    let mut tx = state.db.begin().await?;
    // Every request counts against the client, as a failed sign-in would.
    throttle::record_attempt(&mut tx, &client, &email_hash, Step::Reset, false, now).await?;
    match (account, state.site.secret_box.as_deref()) {
        (Some((account_id, true)), Some(sealer)) if !held_back => {
            let token = new_token();
            store::add_reset(&mut tx, account_id, &hash_token(&token), now, now + LINK_LIFETIME).await?;
            let locale = store::locale(&state.db, account_id).await?;
            let their = locale.as_deref().and_then(|l| i18n().get(l)).unwrap_or(tr);
            let link = format!("{}/password/reset/{token}", state.site.public_url.trim_end_matches('/'));
            let body = their.t1("password-mail-body", "link", mail::LINK_MARKER);
            mail::queue_with_link(&mut tx, &email, &their.t("password-mail-subject"), &body, &link, sealer).await?;
            let event = Event {
                action: "account.password_reset_requested",
                object_type: "account",
                object_id: account_id.to_string(),
                place_id: None,
                summary: "a reset link was sent".into(),
            };
            audit::append(&mut tx, &ctx.audit(), event).await?;
        }
        (Some(_), None) => tracing::warn!("a password reset was asked for, but no key is configured to seal links"),
        _ => {}
    }
    tx.commit().await?;
    let page = ForgotPage {
        shell: ctx.shell(tr.t("password-forgot-title")),
        email,
        sent: true,
        errors: FieldErrors::default(),
    };
    render(&page)
}

#[derive(Template)]
#[template(path = "password_reset.html")]
struct ResetPage {
    shell: Shell,
    token: String,
    email: String,
    errors: FieldErrors,
}

/// The account a reset link opens, while it is unused and unexpired.
async fn link_account(state: &AppState, token: &str) -> Result<Option<(i64, i64, String)>, sqlx::Error> {
    store::open_reset(&state.db, &hash_token(token), Utc::now()).await
}

fn link_gone(ctx: &PageCtx) -> AppError {
    ctx.error(StatusCode::NOT_FOUND, "password-link-gone-title", "password-link-gone-message")
}

pub async fn reset_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let Some((_, _, email)) = link_account(&state, &token).await? else {
        return Err(link_gone(&ctx));
    };
    render(&ResetPage {
        shell: ctx.shell(ctx.tr.t("password-reset-title")),
        token,
        email,
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetForm {
    password: String,
    confirm: String,
}

/// Sets the new password; the link is used up and every session ends. The
/// second factor is untouched: signing in still needs it.
pub async fn reset(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    let Some((reset_id, account_id, email)) = link_account(&state, &token).await? else {
        return Err(link_gone(&ctx));
    };
    let errors = new_password_errors(&form.password, &form.confirm, &email, ctx.tr);
    if !errors.is_empty() {
        let page = ResetPage { shell: ctx.shell(ctx.tr.t("password-reset-title")), token, email, errors };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let hash = password::hash(form.password.clone()).await?;
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    if !store::claim_reset(&mut tx, reset_id, now).await? {
        return Err(link_gone(&ctx));
    }
    store::set_password(&mut tx, account_id, &hash).await?;
    session::revoke_all(&mut tx, account_id, now).await?;
    let audit_ctx = AuditCtx { actor: format!("account:{account_id}"), request_id: ctx.request_id.clone() };
    let event = Event {
        action: "account.password_reset",
        object_type: "account",
        object_id: account_id.to_string(),
        place_id: None,
        summary: "password reset through a link; every session ended".into(),
    };
    audit::append(&mut tx, &audit_ctx, event).await?;
    tx.commit().await?;
    Ok(flash::redirect("/login", "flash-password-reset"))
}
