//! The queries of changing and resetting passwords.

use chrono::{DateTime, Duration, Utc};
use platform::{on_db, on_tx, Db, Tx};

pub async fn password_hash(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(pool)
        .await)
}

pub async fn set_password(tx: &mut Tx, account_id: i64, hash: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Ends every session of the account but the one (if any) that changed the
/// password; returns how many ended.
pub async fn end_other_sessions(
    tx: &mut Tx,
    account_id: i64,
    keep: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE sessions SET revoked_at = $1 WHERE account_id = $2 AND revoked_at IS NULL AND id <> $3"
    )
    .bind(now)
    .bind(account_id)
    .bind(keep.unwrap_or(-1))
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))
}

/// Records a reset link; only the token's hash is kept.
pub async fn add_reset(
    tx: &mut Tx,
    account_id: i64,
    token_hash: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO password_resets (account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)"
    )
    .bind(account_id)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// The language the account reads, if it chose one.
pub async fn locale(db: &Db, account_id: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT locale FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(pool)
        .await)
}

/// Reset links asked for an address in the last hour.
pub async fn recent_requests(db: &Db, email_hash: &str, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM login_attempts WHERE email = $1 AND kind = 'reset' AND at > $2"
    )
    .bind(email_hash)
    .bind(now - Duration::hours(1))
    .fetch_one(pool)
    .await)
}

/// The reset a link's token opens, with its account and address, while it
/// is unused and unexpired: (reset, account, e-mail address).
pub async fn open_reset(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(i64, i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT r.id, a.id, a.email FROM password_resets r JOIN accounts a ON a.id = r.account_id \
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND a.active"
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await)
}

/// Uses a reset link up; false when another request used it first.
pub async fn claim_reset(tx: &mut Tx, reset_id: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let claimed =
        on_tx!(tx, |c| sqlx::query("UPDATE password_resets SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(reset_id)
            .execute(&mut *c)
            .await
            .map(|r| r.rows_affected()))?;
    Ok(claimed == 1)
}
