//! Sessions live in the database, so any app server can serve any request
//! and an administrator can end them all at once.

use chrono::{DateTime, Duration, Utc};

use super::token::{hash_token, new_token};
use crate::{on_tx, Tx};

pub const LIFETIME: Duration = Duration::hours(12);

pub const STAGE_FULL: &str = "full";
pub const STAGE_TOTP: &str = "totp";
pub const STAGE_TOTP_SETUP: &str = "totp_setup";

/// The cookie's name: the `__Host-` prefix (which browsers only accept over
/// HTTPS) pins it to this exact host.
pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mozaik_session"
    } else {
        "mozaik_session"
    }
}

pub fn cookie(https: bool, token: &str) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        cookie_name(https),
        LIFETIME.num_seconds()
    )
}

pub fn clearing_cookie(https: bool) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", cookie_name(https))
}

/// Starts a session and returns the token for the cookie.
pub async fn create(tx: &mut Tx, account_id: i64, stage: &str, now: DateTime<Utc>) -> Result<String, sqlx::Error> {
    let token = new_token();
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO sessions (token_hash, account_id, stage, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)"
    )
    .bind(hash_token(&token))
    .bind(account_id)
    .bind(stage)
    .bind(now)
    .bind(now + LIFETIME)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    Ok(token)
}

pub async fn revoke(tx: &mut Tx, session_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(session_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Ends every session of an account; returns how many were open.
pub async fn revoke_all(tx: &mut Tx, account_id: i64, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))
}

/// Records activity, at most every few minutes, so reads stay reads.
pub async fn touch(tx: &mut Tx, session_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2")
        .bind(now)
        .bind(session_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub fn needs_touch(last_seen_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - last_seen_at > Duration::minutes(5)
}
