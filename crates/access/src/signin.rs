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
use platform::auth::token::{hash_token, sha256_hex};
use platform::auth::{password, throttle, totp};
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
    notice: String,
    errors: FieldErrors,
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

fn session_response(https: bool, token: &str, to: &str) -> Response {
    ([(header::SET_COOKIE, session::cookie(https, token))], Redirect::to(to)).into_response()
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
    let account = store::account_by_email(&state.db, &email).await?;
    if let Some(until) = account.as_ref().and_then(|a| a.locked_until).filter(|u| *u > now) {
        return refuse(
            StatusCode::LOCKED,
            tr.t1("signin-locked", "time", until.format("%H:%M UTC").to_string()),
            FieldErrors::default(),
        );
    }
    let stored = account.as_ref().and_then(|a| a.password_hash.clone()).unwrap_or_else(|| password::DUMMY_HASH.clone());
    let matches = password::verify(form.password.clone(), stored).await
        && account.as_ref().is_some_and(|a| a.password_hash.is_some());
    let audit_ctx = ctx.audit();
    let mut tx = state.db.begin().await?;
    throttle::record_attempt(&mut tx, &client, &sha256_hex(&email), matches, now).await?;
    let Some(account) = account.as_ref().filter(|_| matches) else {
        let locked = match &account {
            Some(a) => throttle::account_failed(&mut tx, a.id, now).await?,
            None => None,
        };
        let object_id = account.as_ref().map(|a| a.id.to_string()).unwrap_or_else(|| "unknown".into());
        audit::append(
            &mut tx,
            &audit_ctx,
            Event {
                action: if locked.is_some() { "auth.locked" } else { "auth.login_failed" },
                object_type: "account",
                object_id,
                place_id: None,
                summary: "wrong e-mail address or password".into(),
            },
        )
        .await?;
        tx.commit().await?;
        let notice = match locked {
            Some(until) => tr.t1("signin-locked", "time", until.format("%H:%M UTC").to_string()),
            None => tr.t("signin-wrong"),
        };
        let status = if locked.is_some() { StatusCode::LOCKED } else { StatusCode::UNAUTHORIZED };
        return refuse(status, notice, FieldErrors::default());
    };
    throttle::account_succeeded(&mut tx, account.id).await?;
    let grants = platform::auth::actor::grants(&state.db, account.id, now).await?;
    let needs_totp = !account.demo && (account.totp_enabled || grants.iter().any(|g| g.role.requires_totp()));
    let stage = match (needs_totp, account.totp_enabled) {
        (false, _) => STAGE_FULL,
        (true, true) => STAGE_TOTP,
        (true, false) => STAGE_TOTP_SETUP,
    };
    let token = session::create(&mut tx, account.id, stage, now).await?;
    audit::append(
        &mut tx,
        &audit_ctx,
        Event {
            action: "auth.password_ok",
            object_type: "account",
            object_id: account.id.to_string(),
            place_id: None,
            summary: format!("signed in with password; next step: {stage}"),
        },
    )
    .await?;
    tx.commit().await?;
    let encoded = urlencoding::encode(&next).into_owned();
    let to = match stage {
        STAGE_FULL => next.clone(),
        STAGE_TOTP => format!("/login/totp?next={encoded}"),
        _ => format!("/account/totp?next={encoded}"),
    };
    Ok(session_response(state.site.https, &token, &to))
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
    Form(form): Form<TotpForm>,
) -> Result<Response, AppError> {
    let Some((account, stage)) = &ctx.pending else {
        return Ok(Redirect::to("/login").into_response());
    };
    if stage != STAGE_TOTP {
        return Ok(Redirect::to("/login").into_response());
    }
    let now = Utc::now();
    let (secret, _) = store::totp_secret(&state.db, account.id, state.site.secret_box.as_deref()).await?;
    let by_app = secret.as_deref().is_some_and(|s| totp::verify(s, &form.code));
    let mut tx = state.db.begin().await?;
    let by_recovery = !by_app
        && store::consume_recovery_code(
            &mut tx,
            account.id,
            &hash_token(&totp::normalise_recovery_code(&form.code)),
            now,
        )
        .await?;
    let audit_ctx =
        platform::audit::AuditCtx { actor: format!("account:{}", account.id), request_id: ctx.request_id.clone() };
    if !(by_app || by_recovery) {
        let locked = throttle::account_failed(&mut tx, account.id, now).await?;
        if locked.is_some() {
            if let Some(id) = account.session_id {
                session::revoke(&mut tx, id, now).await?;
            }
        }
        audit::append(
            &mut tx,
            &audit_ctx,
            Event {
                action: "auth.totp_failed",
                object_type: "account",
                object_id: account.id.to_string(),
                place_id: None,
                summary: "wrong second-factor code".into(),
            },
        )
        .await?;
        tx.commit().await?;
        let mut errors = FieldErrors::default();
        errors.add("code", ctx.tr.t("totp-wrong"));
        let page =
            TotpPage { shell: ctx.shell(ctx.tr.t("totp-title")), next: local_path(&form.next).to_string(), errors };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    if let Some(id) = account.session_id {
        store::set_session_stage(&mut tx, id, STAGE_FULL).await?;
    }
    throttle::account_succeeded(&mut tx, account.id).await?;
    audit::append(
        &mut tx,
        &audit_ctx,
        Event {
            action: "auth.login",
            object_type: "account",
            object_id: account.id.to_string(),
            place_id: None,
            summary: if by_recovery {
                "signed in with a recovery code".into()
            } else {
                "signed in with a one-time code".into()
            },
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(local_path(&form.next)).into_response())
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
