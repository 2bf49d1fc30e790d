//! Signing in and out: password, then the second factor when the account's
//! roles demand one; throttled per account and per client address.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::{header, request::Parts, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::auth::session::{self, STAGE_FULL, STAGE_TOTP, STAGE_TOTP_SETUP};
use platform::auth::throttle::Step;
use platform::auth::token::{hash_token, sha256_hex};
use platform::auth::{device, password, throttle, totp};
use platform::web::form::FieldErrors;
use platform::web::{local_path, render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::store;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    shell: Shell,
    email: String,
    next: String,
    /// What the page the visitor asked for is for, and who can use it.
    purpose: String,
    notice: String,
    errors: FieldErrors,
}

/// What the page at `next` is for and who may use it, for a visitor sent to
/// sign in on the way there.
fn purpose(tr: platform::i18n::Tr, next: &str) -> String {
    let id = match next {
        "/" | "" => return String::new(),
        n if n.starts_with("/account") || n.starts_with("/notifications") => "signin-for-account",
        n if n.starts_with("/admin") => "signin-for-admin",
        n if n.starts_with("/sharing") => "signin-for-sharing",
        n if n.starts_with("/support") => "signin-for-support",
        n if n.starts_with("/assess") => "signin-for-assess",
        n if n.starts_with("/studies") => "signin-for-studies",
        n if n.contains("/people") || n.contains("/invite") => "signin-for-people",
        n if n.starts_with("/knowledge") => "signin-for-knowledge",
        n if n.starts_with("/invitations") => "signin-for-invitation",
        _ => "signin-for-page",
    };
    tr.t(id)
}

fn next_of(query: &HashMap<String, String>) -> String {
    local_path(query.get("next").map(String::as_str).unwrap_or("/")).to_string()
}

pub async fn login_form(ctx: PageCtx, Query(query): Query<HashMap<String, String>>) -> Result<Response, AppError> {
    let next = next_of(&query);
    if ctx.account().is_some() {
        return Ok(Redirect::to(&next).into_response());
    }
    render(&LoginPage {
        shell: ctx.shell(ctx.tr.t("signin-title")),
        email: String::new(),
        purpose: purpose(ctx.tr, &next),
        next,
        notice: String::new(),
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// "Locked until 14:35", the same words for every address.
fn locked_notice(tr: platform::i18n::Tr, until: chrono::DateTime<Utc>) -> String {
    tr.t1("signin-locked", "time", until.format("%H:%M UTC").to_string())
}

pub async fn login(
    ctx: PageCtx,
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<LoginForm>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let now = Utc::now();
    let email = form.email.trim().to_lowercase();
    let next = local_path(&form.next).to_string();
    let refuse = |status: StatusCode, notice: String, errors: FieldErrors| -> Result<Response, AppError> {
        let page = LoginPage {
            shell: ctx.shell(tr.t("signin-title")),
            email: form.email.trim().to_string(),
            purpose: purpose(tr, &next),
            next: next.clone(),
            notice,
            errors,
        };
        Ok((status, render(&page)?).into_response())
    };
    let mut errors = FieldErrors::default();
    if email.is_empty() {
        errors.add("email", tr.t("signin-email-required"));
    }
    if form.password.is_empty() {
        errors.add("password", tr.t("signin-password-required"));
    }
    if !errors.is_empty() {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, String::new(), errors);
    }
    let client = throttle::client_address(&parts, &state.site.trusted_proxies);
    if throttle::client_blocked(&state.db, &client, now).await? {
        return refuse(StatusCode::TOO_MANY_REQUESTS, tr.t("signin-client-blocked"), FieldErrors::default());
    }
    let email_hash = sha256_hex(&email);
    let account = store::account_by_email(&state.db, &email).await?;
    // A browser the person signed in from before is never held back: a
    // lockout must not become a way to keep someone out.
    let known_device = match &account {
        Some(a) => device::is_known(&state.db, &parts.headers, state.site.https, a.id).await?,
        None => false,
    };
    if !known_device {
        if let Some(until) = throttle::address_locked_until(&state.db, &email_hash, now).await? {
            return refuse(StatusCode::LOCKED, locked_notice(tr, until), FieldErrors::default());
        }
    }
    let stored = account.as_ref().and_then(|a| a.password_hash.clone()).unwrap_or_else(|| password::DUMMY_HASH.clone());
    let matches = password::verify(form.password.clone(), stored).await
        && account.as_ref().is_some_and(|a| a.password_hash.is_some());
    let audit_ctx = ctx.audit();
    let mut tx = state.db.begin().await?;
    throttle::record_attempt(&mut tx, &client, &email_hash, Step::Password, matches, now).await?;
    let Some(account) = account.as_ref().filter(|_| matches) else {
        let attempt = FailedAttempt { account: account.as_ref().map(|a| a.id), email_hash: &email_hash, known_device };
        let locked = record_failure(&mut tx, &audit_ctx, &attempt, now).await?;
        tx.commit().await?;
        return match locked {
            Some(until) => refuse(StatusCode::LOCKED, locked_notice(tr, until), FieldErrors::default()),
            None => refuse(StatusCode::UNAUTHORIZED, tr.t("signin-wrong"), FieldErrors::default()),
        };
    };
    // Locked after wrong second-factor codes: said only to whoever knows the password.
    if let Some(until) = account.locked_until.filter(|u| *u > now && !known_device) {
        tx.commit().await?;
        return refuse(StatusCode::LOCKED, locked_notice(tr, until), FieldErrors::default());
    }
    let (cookies, to) = open_session(&mut tx, &state, &parts, account, &next, now, &audit_ctx).await?;
    tx.commit().await?;
    Ok(with_cookies(cookies, Redirect::to(&to).into_response()))
}

/// A refused password: who it was for, if anyone, and whether the browser
/// was one the person signed in from before.
struct FailedAttempt<'a> {
    account: Option<i64>,
    email_hash: &'a str,
    known_device: bool,
}

/// Audits a refused password; returns until when the address is now locked.
async fn record_failure(
    tx: &mut platform::Tx,
    audit_ctx: &audit::AuditCtx,
    attempt: &FailedAttempt<'_>,
    now: chrono::DateTime<Utc>,
) -> Result<Option<chrono::DateTime<Utc>>, AppError> {
    let locked =
        throttle::address_locked_until_in(tx, attempt.email_hash, now).await?.filter(|_| !attempt.known_device);
    let event = Event {
        action: if locked.is_some() { "auth.locked" } else { "auth.login_failed" },
        object_type: "account",
        object_id: attempt.account.map(|id| id.to_string()).unwrap_or_else(|| "unknown".into()),
        place_id: None,
        summary: "wrong e-mail address or password".into(),
    };
    audit::append(tx, audit_ctx, event).await?;
    Ok(locked)
}

/// After a correct password: a session at the stage the account needs (a
/// second factor to give or to set up, or none), its cookies, and where the
/// browser goes next.
async fn open_session(
    tx: &mut platform::Tx,
    state: &AppState,
    parts: &Parts,
    account: &store::LoginAccount,
    next: &str,
    now: chrono::DateTime<Utc>,
    audit_ctx: &audit::AuditCtx,
) -> Result<(Vec<String>, String), AppError> {
    let grants = platform::auth::actor::grants(&state.db, account.id, now).await?;
    let needs_totp = !account.demo && (account.totp_enabled || grants.iter().any(|g| g.role.requires_totp()));
    let stage = match (needs_totp, account.totp_enabled) {
        (false, _) => STAGE_FULL,
        (true, true) => STAGE_TOTP,
        (true, false) => STAGE_TOTP_SETUP,
    };
    let token = session::create(tx, account.id, stage, now).await?;
    let event = Event {
        action: "auth.password_ok",
        object_type: "account",
        object_id: account.id.to_string(),
        place_id: None,
        summary: format!("signed in with password; next step: {stage}"),
    };
    audit::append(tx, audit_ctx, event).await?;
    let mut cookies = vec![session::cookie(state.site.https, &token)];
    if stage == STAGE_FULL {
        cookies.push(device::remember(tx, &parts.headers, state.site.https, account.id, now).await?);
    }
    let encoded = urlencoding::encode(next).into_owned();
    let to = match stage {
        STAGE_FULL => next.to_string(),
        STAGE_TOTP => format!("/login/totp?next={encoded}"),
        _ => format!("/account/totp?next={encoded}"),
    };
    Ok((cookies, to))
}

fn with_cookies(cookies: Vec<String>, mut response: Response) -> Response {
    for cookie in cookies {
        if let Ok(value) = axum::http::HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[derive(Template)]
#[template(path = "totp.html")]
struct TotpPage {
    shell: Shell,
    next: String,
    errors: FieldErrors,
}

pub async fn totp_form(ctx: PageCtx, Query(query): Query<HashMap<String, String>>) -> Result<Response, AppError> {
    match &ctx.pending {
        Some((_, stage)) if stage == STAGE_TOTP => {}
        _ => return Ok(Redirect::to("/login").into_response()),
    }
    render(&TotpPage {
        shell: ctx.shell(ctx.tr.t("totp-title")),
        next: next_of(&query),
        errors: FieldErrors::default(),
    })
}

#[derive(Deserialize)]
pub struct TotpForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn totp(
    ctx: PageCtx,
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<TotpForm>,
) -> Result<Response, AppError> {
    let Some((account, stage)) = &ctx.pending else {
        return Ok(Redirect::to("/login").into_response());
    };
    if stage != STAGE_TOTP {
        return Ok(Redirect::to("/login").into_response());
    }
    let now = Utc::now();
    let client = throttle::client_address(&parts, &state.site.trusted_proxies);
    let refuse_code = |message: String| -> Result<Response, AppError> {
        let mut errors = FieldErrors::default();
        errors.add("code", message);
        let page =
            TotpPage { shell: ctx.shell(ctx.tr.t("totp-title")), next: local_path(&form.next).to_string(), errors };
        Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
    };
    if throttle::client_blocked(&state.db, &client, now).await? {
        return refuse_code(ctx.tr.t("signin-client-blocked"));
    }
    let known_device = device::is_known(&state.db, &parts.headers, state.site.https, account.id).await?;
    if let Some(until) = store::locked_until(&state.db, account.id).await?.filter(|u| *u > now && !known_device) {
        return refuse_code(locked_notice(ctx.tr, until));
    }
    let (secret, _) = store::totp_secret(&state.db, account.id, state.site.secret_box.as_deref()).await?;
    let step = secret.as_deref().and_then(|s| totp::verify_step(s, &form.code, now));
    let mut tx = state.db.begin().await?;
    let by_app = match step {
        Some(step) => store::use_totp_step(&mut tx, account.id, step).await?,
        None => false,
    };
    let by_recovery = !by_app
        && step.is_none()
        && store::consume_recovery_code(
            &mut tx,
            account.id,
            &hash_token(&totp::normalise_recovery_code(&form.code)),
            now,
        )
        .await?;
    let audit_ctx =
        platform::audit::AuditCtx { actor: format!("account:{}", account.id), request_id: ctx.request_id.clone() };
    let email_hash = sha256_hex(&account.email.to_lowercase());
    throttle::record_attempt(&mut tx, &client, &email_hash, Step::SecondFactor, by_app || by_recovery, now).await?;
    if !(by_app || by_recovery) {
        let locked = record_wrong_code(&mut tx, &audit_ctx, account, step.is_some(), now).await?;
        tx.commit().await?;
        return match locked {
            Some(until) => refuse_code(locked_notice(ctx.tr, until)),
            None if step.is_some() => refuse_code(ctx.tr.t("totp-used")),
            None => refuse_code(ctx.tr.t("totp-wrong")),
        };
    }
    if let Some(id) = account.session_id {
        store::set_session_stage(&mut tx, id, STAGE_FULL).await?;
    }
    throttle::second_factor_succeeded(&mut tx, account.id).await?;
    let event = Event {
        action: "auth.login",
        object_type: "account",
        object_id: account.id.to_string(),
        place_id: None,
        summary: if by_recovery {
            "signed in with a recovery code".into()
        } else {
            "signed in with a one-time code".into()
        },
    };
    audit::append(&mut tx, &audit_ctx, event).await?;
    let device = device::remember(&mut tx, &parts.headers, state.site.https, account.id, now).await?;
    tx.commit().await?;
    Ok(with_cookies(vec![device], Redirect::to(local_path(&form.next)).into_response()))
}

/// A wrong (or reused) second-factor code: counted towards a lock, which
/// also ends the half-open session, and audited. Returns the lock's end.
async fn record_wrong_code(
    tx: &mut platform::Tx,
    audit_ctx: &audit::AuditCtx,
    account: &platform::auth::Account,
    reused: bool,
    now: chrono::DateTime<Utc>,
) -> Result<Option<chrono::DateTime<Utc>>, AppError> {
    let locked = throttle::second_factor_failed(tx, account.id, now).await?;
    if locked.is_some() {
        if let Some(id) = account.session_id {
            session::revoke(tx, id, now).await?;
        }
    }
    let event = Event {
        action: if locked.is_some() { "auth.locked" } else { "auth.totp_failed" },
        object_type: "account",
        object_id: account.id.to_string(),
        place_id: None,
        summary: if reused { "a code used before".into() } else { "wrong second-factor code".into() },
    };
    audit::append(tx, audit_ctx, event).await?;
    Ok(locked)
}

pub async fn logout(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let account = ctx.account().or(ctx.pending.as_ref().map(|(a, _)| a));
    if let Some(account) = account {
        let mut tx = state.db.begin().await?;
        if let Some(id) = account.session_id {
            session::revoke(&mut tx, id, Utc::now()).await?;
        }
        audit::append(
            &mut tx,
            &ctx.audit(),
            Event {
                action: "auth.logout",
                object_type: "account",
                object_id: account.id.to_string(),
                place_id: None,
                summary: "signed out".into(),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(([(header::SET_COOKIE, session::clearing_cookie(state.site.https))], Redirect::to("/")).into_response())
}
