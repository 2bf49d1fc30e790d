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

/// Which step of signing in an attempt was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Password,
    SecondFactor,
    /// A request for a password-reset link: limited per client, and never
    /// counted towards an address's lock.
    Reset,
}

impl Step {
    fn key(self) -> &'static str {
        match self {
            Step::Password => "password",
            Step::SecondFactor => "totp",
            Step::Reset => "reset",
        }
    }
}

/// Records an attempt; `email` is the address's hash, so the table holds no
/// address in clear.
pub async fn record_attempt(
    tx: &mut Tx,
    client: &str,
    email: &str,
    step: Step,
    succeeded: bool,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO login_attempts (client, email, at, succeeded, kind) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(client)
    .bind(email)
    .bind(now)
    .bind(succeeded)
    .bind(step.key())
    .execute(&mut *c)
    .await
    .map(|_| ()))
    // Old attempts are removed by the retention job, after the period the
    // records of processing declare.
}

/// Until when an address is held back after five failed attempts (of
/// either step) within fifteen minutes. It is computed from the attempts,
/// which are recorded for every address typed, so a known and an unknown
/// address are held back alike and the answer tells nobody which exists.
pub async fn address_locked_until(
    db: &Db,
    email_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let fifth: Option<DateTime<Utc>> = on_db!(db, |pool| sqlx::query_scalar(FIFTH_FAILURE_SQL)
        .bind(email_hash)
        .bind(now - ACCOUNT_LOCK)
        .bind(ACCOUNT_LIMIT - 1)
        .fetch_optional(pool)
        .await)?;
    Ok(fifth.map(|at| at + ACCOUNT_LOCK).filter(|until| *until > now))
}

/// The same, inside the transaction that has just recorded an attempt.
pub async fn address_locked_until_in(
    tx: &mut Tx,
    email_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let fifth: Option<DateTime<Utc>> = on_tx!(tx, |c| sqlx::query_scalar(FIFTH_FAILURE_SQL)
        .bind(email_hash)
        .bind(now - ACCOUNT_LOCK)
        .bind(ACCOUNT_LIMIT - 1)
        .fetch_optional(&mut *c)
        .await)?;
    Ok(fifth.map(|at| at + ACCOUNT_LOCK).filter(|until| *until > now))
}

/// The fifth most recent failure for an address within the window.
const FIFTH_FAILURE_SQL: &str =
    "SELECT at FROM login_attempts WHERE email = $1 AND NOT succeeded AND kind <> 'reset' AND at > $2 \
     ORDER BY at DESC LIMIT 1 OFFSET $3";

/// Counts a wrong second-factor code. The count is the account's own and a
/// correct password does not reset it; the fifth wrong code locks the
/// account. Returns the time it is locked until, when this failure locks it.
pub async fn second_factor_failed(
    tx: &mut Tx,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let failures: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE accounts SET totp_failures = totp_failures + 1 WHERE id = $1 RETURNING totp_failures"
    )
    .bind(account_id)
    .fetch_one(&mut *c)
    .await)?;
    if failures < ACCOUNT_LIMIT {
        return Ok(None);
    }
    let until = now + ACCOUNT_LOCK;
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET totp_failures = 0, locked_until = $1 WHERE id = $2")
        .bind(until)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    Ok(Some(until))
}

/// A correct second factor clears the account's count and lock.
pub async fn second_factor_succeeded(tx: &mut Tx, account_id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET totp_failures = 0, locked_until = NULL WHERE id = $1")
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}
