//! One's own account: roles, second factor, sessions and API tokens.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::auth::session::{self, STAGE_FULL, STAGE_TOTP_SETUP};
use platform::auth::token::new_token;
use platform::auth::{totp, Account};
use platform::policy::{Action, Resource, Role};
use platform::web::form::FieldErrors;
use platform::web::{local_path, render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::store::{self, TokenRow};

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    shell: Shell,
    name: String,
    email: String,
    roles: Vec<String>,
    totp_enabled: bool,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
    token_name: String,
    errors: FieldErrors,
    scopes: &'static [&'static str],
}

fn own(ctx: &PageCtx) -> Result<&Account, AppError> {
    let id = ctx.account().map(|a| a.id).unwrap_or(0);
    ctx.require(Action::ManageOwnAccount, &Resource::Account { id })?;
    ctx.account().ok_or_else(|| AppError::Internal(anyhow::anyhow!("authorised without an account")))
}

pub(crate) async fn account_page_with(
    ctx: &PageCtx,
    state: &AppState,
    new_token: Option<String>,
    token_name: String,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let account = own(ctx)?;
    let now = Utc::now();
    let tr = ctx.tr;
    let roles = store::grant_labels(&state.db, account.id, now)
        .await?
        .into_iter()
        .map(|(role, place, institution)| {
            let role = Role::name_of(&role, tr);
            match place.or(institution) {
                Some(scope) => format!("{role} — {scope}"),
                None => role,
            }
        })
        .collect();
    let page = AccountPage {
        shell: ctx.shell(tr.t("account-title")),
        name: account.name.clone(),
        email: account.email.clone(),
        roles,
        totp_enabled: account.totp_enabled,
        tokens: store::tokens_of(&state.db, account.id).await?,
        new_token,
        token_name,
        errors,
        scopes: platform::auth::token::SCOPES,
    };
    render(&page)
}

pub async fn account_page(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    account_page_with(&ctx, &state, None, String::new(), FieldErrors::default()).await
}

#[derive(Template)]
#[template(path = "totp_setup.html")]
struct TotpSetupPage {
    shell: Shell,
    secret: String,
    qr_svg: String,
    next: String,
    errors: FieldErrors,
    required: bool,
}

#[derive(Template)]
#[template(path = "recovery_codes.html")]
struct RecoveryCodesPage {
    shell: Shell,
    codes: Vec<String>,
    next: String,
}

/// The account setting up its second factor: a fully signed-in user, or one
/// whose roles demand a second factor before anything else.
fn setup_account(ctx: &PageCtx) -> Option<(&Account, bool)> {
    match (&ctx.pending, ctx.account()) {
        (Some((account, stage)), _) if stage == STAGE_TOTP_SETUP => Some((account, true)),
        (_, Some(account)) => Some((account, false)),
        _ => None,
    }
}

fn qr_svg(uri: &str) -> String {
    qrcode::QrCode::new(uri.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build()
                .replace("<?xml version=\"1.0\" standalone=\"yes\"?>", "")
        })
        .unwrap_or_default()
}

pub async fn totp_setup_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let Some((account, required)) = setup_account(&ctx) else {
        return Err(ctx
            .require(Action::ManageOwnAccount, &Resource::Account { id: 0 })
            .err()
            .unwrap_or_else(|| ctx.not_found()));
    };
    let (secret, enabled) = store::totp_secret(&state.db, account.id, state.site.secret_box.as_deref()).await?;
    let secret = match secret.filter(|_| !enabled) {
        Some(secret) => secret,
        None => {
            // A new secret each time setup starts; the old one stays in force until the new one is confirmed.
            let secret = totp::new_secret();
            if !enabled {
                let mut tx = state.db.begin().await?;
                store::set_totp_secret(&mut tx, account.id, &secret, state.site.secret_box.as_deref()).await?;
                audit::append(
                    &mut tx,
                    &audit_for(&ctx, account),
                    Event {
                        action: "account.totp_started",
                        object_type: "account",
                        object_id: account.id.to_string(),
                        place_id: None,
                        summary: "second-factor setup started".into(),
                    },
                )
                .await?;
                tx.commit().await?;
            }
            secret
        }
    };
    let uri = totp::provisioning_uri(&secret, "Mozaik", &account.email);
    let next = local_path(query.get("next").map(String::as_str).unwrap_or("/account")).to_string();
    let page = TotpSetupPage {
        shell: ctx.shell(ctx.tr.t("totp-setup-title")),
        qr_svg: qr_svg(&uri),
        secret,
        next,
        errors: FieldErrors::default(),
        required,
    };
    render(&page)
}

fn audit_for(ctx: &PageCtx, account: &Account) -> AuditCtx {
    AuditCtx { actor: format!("account:{}", account.id), request_id: ctx.request_id.clone() }
}

#[derive(Deserialize)]
pub struct TotpSetupForm {
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn totp_setup(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<TotpSetupForm>,
) -> Result<Response, AppError> {
    let Some((account, required)) = setup_account(&ctx) else {
        return Err(ctx
            .require(Action::ManageOwnAccount, &Resource::Account { id: 0 })
            .err()
            .unwrap_or_else(|| ctx.not_found()));
    };
    let (secret, enabled) = store::totp_secret(&state.db, account.id, state.site.secret_box.as_deref()).await?;
    let next = local_path(&form.next).to_string();
    let Some(secret) = secret.filter(|_| !enabled) else {
        return Ok(Redirect::to("/account").into_response());
    };
    let step = totp::verify_step(&secret, &form.code, chrono::Utc::now());
    if step.is_none() {
        let mut errors = FieldErrors::default();
        errors.add("code", ctx.tr.t("totp-wrong"));
        let uri = totp::provisioning_uri(&secret, "Mozaik", &account.email);
        let page = TotpSetupPage {
            shell: ctx.shell(ctx.tr.t("totp-setup-title")),
            qr_svg: qr_svg(&uri),
            secret,
            next,
            errors,
            required,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response());
    }
    let codes = totp::new_recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|(_, h)| h.clone()).collect();
    let mut tx = state.db.begin().await?;
    store::enable_totp(&mut tx, account.id, &hashes).await?;
    // The code that proved the app works cannot sign in a second time.
    if let Some(step) = step {
        store::use_totp_step(&mut tx, account.id, step).await?;
    }
    if let Some(id) = account.session_id {
        store::set_session_stage(&mut tx, id, STAGE_FULL).await?;
    }
    audit::append(
        &mut tx,
        &audit_for(&ctx, account),
        Event {
            action: "account.totp_enabled",
            object_type: "account",
            object_id: account.id.to_string(),
            place_id: None,
            summary: "second factor enabled; 10 recovery codes issued".into(),
        },
    )
    .await?;
    tx.commit().await?;
    render(&RecoveryCodesPage {
        shell: ctx.shell(ctx.tr.t("recovery-title")),
        codes: codes.into_iter().map(|(c, _)| c).collect(),
        next,
    })
}

pub async fn revoke_own_sessions(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let account = own(&ctx)?;
    let mut tx = state.db.begin().await?;
    let count = session::revoke_all(&mut tx, account.id, Utc::now()).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "account.sessions_revoked",
            object_type: "account",
            object_id: account.id.to_string(),
            place_id: None,
            summary: format!("{count} sessions ended by their owner"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/login").into_response())
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    days: String,
    /// One or more of `platform::auth::token::SCOPES`.
    #[serde(default)]
    scope: Vec<String>,
}

pub async fn create_token(
    ctx: PageCtx,
    State(state): State<AppState>,
    platform::web::form::Form(form): platform::web::form::Form<TokenForm>,
) -> Result<Response, AppError> {
    let account = own(&ctx)?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", tr.t("token-name-required"));
    }
    let days: i64 = match form.days.trim().parse() {
        Ok(d) if (1..=365).contains(&d) => d,
        _ => {
            errors.add("days", tr.t("token-days-range"));
            0
        }
    };
    let known = |s: &String| platform::auth::token::SCOPES.contains(&s.as_str());
    if form.scope.is_empty() || !form.scope.iter().all(known) {
        errors.add("scope", tr.t("token-scope-unknown"));
    }
    let scopes = form.scope.join(",");
    if !errors.is_empty() {
        let response = account_page_with(&ctx, &state, None, name.to_string(), errors).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, response).into_response());
    }
    let now = Utc::now();
    let token = format!("mzk_{}", new_token());
    let mut tx = state.db.begin().await?;
    let id = store::create_token(&mut tx, account.id, name, &scopes, &token, now, now + Duration::days(days)).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "account.token_created",
            object_type: "api_token",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("API token \"{name}\" with scopes {scopes} for {days} days"),
        },
    )
    .await?;
    tx.commit().await?;
    account_page_with(&ctx, &state, Some(token), String::new(), FieldErrors::default()).await
}

pub async fn revoke_token(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    platform::web::form::Form(form): platform::web::form::Form<crate::admin::ConfirmForm>,
) -> Result<Response, AppError> {
    let account = own(&ctx)?;
    if !form.confirmed {
        let Some(token) = store::tokens_of(&state.db, account.id).await?.into_iter().find(|t| t.id == id) else {
            return Err(ctx.not_found());
        };
        let tr = ctx.tr;
        let confirm = platform::web::Confirm {
            title: tr.t("tokens-revoke"),
            question: tr.t1("tokens-revoke-confirm", "name", token.name.clone()),
            action: format!("/account/tokens/{id}/revoke"),
            fields: Vec::new(),
            button: tr.t("tokens-revoke"),
            back: "/account".into(),
            danger: true,
        };
        return platform::web::confirm_page(&ctx, confirm);
    }
    let mut tx = state.db.begin().await?;
    if store::revoke_token(&mut tx, account.id, id, Utc::now()).await? {
        audit::append(
            &mut tx,
            &ctx.audit(),
            Event {
                action: "account.token_revoked",
                object_type: "api_token",
                object_id: id.to_string(),
                place_id: None,
                summary: "API token revoked by its owner".into(),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/account", "flash-token-revoked"))
}
