//! Login throttling: an account locks for a while after repeated wrong
//! passwords, and a client address that keeps failing is held back, whatever
//! accounts it tries. Counters live in the database, shared by all servers.

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::request::Parts;
use chrono::{DateTime, Duration, Utc};

use crate::{on_db, on_tx, Db, Tx};

pub const ACCOUNT_LIMIT: i64 = 5;
pub const ACCOUNT_LOCK: Duration = Duration::minutes(15);
pub const CLIENT_LIMIT: i64 = 20;
pub const CLIENT_WINDOW: Duration = Duration::minutes(15);

/// The client's address: the peer, or, when the peer is a trusted proxy, the
/// last address it appended to `X-Forwarded-For`.
pub fn client_address(parts: &Parts, trusted_proxies: &[IpAddr]) -> String {
    let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    match peer {
        Some(ip) if trusted_proxies.contains(&ip) => parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').map(str::trim).find(|s| s.parse::<IpAddr>().is_ok()))
            .map(String::from)
            .unwrap_or_else(|| ip.to_string()),
        Some(ip) => ip.to_string(),
        None => "local".into(),
    }
}

/// Whether this client address has failed too often lately.
pub async fn client_blocked(db: &Db, client: &str, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let failures: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM login_attempts WHERE client = $1 AND at > $2 AND NOT succeeded"
    )
    .bind(client)
    .bind(now - CLIENT_WINDOW)
    .fetch_one(pool)
    .await)?;
    Ok(failures >= CLIENT_LIMIT)
}

pub async fn record_attempt(
    tx: &mut Tx,
    client: &str,
    email: &str,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("INSERT INTO login_attempts (client, email, at, succeeded) VALUES ($1, $2, $3, $4)")
        .bind(client)
        .bind(email)
        .bind(now)
        .bind(succeeded)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    // Old attempts matter to no limit; keep the table small.
    on_tx!(tx, |c| sqlx::query("DELETE FROM login_attempts WHERE at < $1")
        .bind(now - Duration::days(1))
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Counts a wrong password; returns the time the account is locked until,
/// when this failure locks it.
pub async fn account_failed(
    tx: &mut Tx,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let failures: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE accounts SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins"
    )
    .bind(account_id)
    .fetch_one(&mut *c)
    .await)?;
    if failures < ACCOUNT_LIMIT {
        return Ok(None);
    }
    let until = now + ACCOUNT_LOCK;
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET failed_logins = 0, locked_until = $1 WHERE id = $2")
        .bind(until)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    Ok(Some(until))
}

pub async fn account_succeeded(tx: &mut Tx, account_id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}
