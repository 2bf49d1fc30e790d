//! Browsers a person has signed in from. After a full sign-in the browser
//! keeps a long-lived random token (only its hash is stored); a lockout,
//! which anyone who knows an address can cause, never keeps a person out of
//! a browser they signed in from before.

use axum::http::HeaderMap;
use chrono::{DateTime, Utc};

use super::token::{hash_token, new_token};
use crate::web::csrf::cookie_value;
use crate::{on_db, on_tx, Db, Tx};

const LIFETIME_DAYS: i64 = 365;

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mozaik_device"
    } else {
        "mozaik_device"
    }
}

/// Whether the request comes from a browser `account_id` signed in from.
pub async fn is_known(db: &Db, headers: &HeaderMap, https: bool, account_id: i64) -> Result<bool, sqlx::Error> {
    let Some(token) = cookie_value(headers, cookie_name(https)) else {
        return Ok(false);
    };
    let n: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM known_devices WHERE token_hash = $1 AND account_id = $2"
    )
    .bind(hash_token(token))
    .bind(account_id)
    .fetch_one(pool)
    .await)?;
    Ok(n > 0)
}

/// Remembers this browser for the account (or refreshes it); returns the
/// cookie to set.
pub async fn remember(
    tx: &mut Tx,
    headers: &HeaderMap,
    https: bool,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    if let Some(token) = cookie_value(headers, cookie_name(https)) {
        let updated = on_tx!(tx, |c| sqlx::query(
            "UPDATE known_devices SET last_used_at = $1 WHERE token_hash = $2 AND account_id = $3"
        )
        .bind(now)
        .bind(hash_token(token))
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
        if updated == 1 {
            return Ok(cookie(https, token));
        }
    }
    let token = new_token();
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO known_devices (account_id, token_hash, created_at, last_used_at) VALUES ($1, $2, $3, $3)"
    )
    .bind(account_id)
    .bind(hash_token(&token))
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(cookie(https, &token))
}

fn cookie(https: bool, token: &str) -> String {
    let secure = if https { "; Secure" } else { "" };
    format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        cookie_name(https),
        LIFETIME_DAYS * 24 * 3600
    )
}
