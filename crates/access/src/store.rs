//! The access module's SQL: accounts, grants, second factors, API tokens and
//! invitations. Writes take the caller's transaction, so the change and its
//! audit event commit together.

use chrono::{DateTime, Utc};
use platform::auth::token::hash_token;
use platform::{on_db, on_tx, Db, Tx};

pub struct LoginAccount {
    pub id: i64,
    pub password_hash: Option<String>,
    pub locked_until: Option<DateTime<Utc>>,
    pub totp_enabled: bool,
    pub demo: bool,
}

pub async fn account_by_email(db: &Db, email: &str) -> Result<Option<LoginAccount>, sqlx::Error> {
    type Row = (i64, Option<String>, Option<DateTime<Utc>>, bool, bool);
    let row: Option<Row> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, password_hash, locked_until, totp_enabled, demo FROM accounts WHERE email = $1 AND active"
    )
    .bind(email)
    .fetch_optional(pool)
    .await)?;
    Ok(row.map(|(id, password_hash, locked_until, totp_enabled, demo)| LoginAccount {
        id,
        password_hash,
        locked_until,
        totp_enabled,
        demo,
    }))
}

/// The account's TOTP secret, opened when it is sealed at rest (and the key
/// is configured), and whether the second factor is on.
pub async fn totp_secret(
    db: &Db,
    account_id: i64,
    sealer: Option<&platform::crypto::SecretBox>,
) -> Result<(Option<String>, bool), sqlx::Error> {
    let (stored, enabled): (Option<String>, bool) =
        on_db!(db, |pool| sqlx::query_as("SELECT totp_secret, totp_enabled FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_one(pool)
            .await)?;
    let secret = match stored {
        Some(s) if platform::crypto::SecretBox::key_id_of(&s).is_some() => match sealer.map(|b| b.open(&s)) {
            Some(Ok(plain)) => Some(plain),
            _ => {
                tracing::warn!(account_id, "a sealed TOTP secret cannot be opened with the configured key");
                None
            }
        },
        other => other,
    };
    Ok((secret, enabled))
}

/// Stores a new TOTP secret, sealed when a key is configured.
pub async fn set_totp_secret(
    tx: &mut Tx,
    account_id: i64,
    secret: &str,
    sealer: Option<&platform::crypto::SecretBox>,
) -> Result<(), sqlx::Error> {
    let stored = sealer.map(|b| b.seal(secret)).unwrap_or_else(|| secret.to_string());
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET totp_secret = $1, totp_enabled = $2 WHERE id = $3")
        .bind(&stored)
        .bind(false)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn enable_totp(tx: &mut Tx, account_id: i64, recovery_hashes: &[String]) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET totp_enabled = $1 WHERE id = $2")
        .bind(true)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query("DELETE FROM recovery_codes WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for hash in recovery_hashes {
        on_tx!(tx, |c| sqlx::query("INSERT INTO recovery_codes (account_id, code_hash) VALUES ($1, $2)")
            .bind(account_id)
            .bind(hash)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// Uses up a recovery code; false when it is unknown or already used.
pub async fn consume_recovery_code(
    tx: &mut Tx,
    account_id: i64,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL"
    )
    .bind(now)
    .bind(account_id)
    .bind(code_hash)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

pub async fn set_session_stage(tx: &mut Tx, session_id: i64, stage: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE sessions SET stage = $1 WHERE id = $2")
        .bind(stage)
        .bind(session_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn set_locale(tx: &mut Tx, account_id: i64, locale: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET locale = $1 WHERE id = $2")
        .bind(locale)
        .bind(account_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A new account for a person, with an optional password hash.
pub async fn create_account(
    tx: &mut Tx,
    person_id: i64,
    email: &str,
    password_hash: Option<&str>,
    locale: Option<&str>,
    demo: bool,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO accounts (person_id, email, password_hash, locale, active, demo, totp_enabled, failed_logins, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8) RETURNING id"
    )
    .bind(person_id)
    .bind(email)
    .bind(password_hash)
    .bind(locale)
    .bind(true)
    .bind(demo)
    .bind(false)
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })
}

pub struct NewGrant {
    pub role: &'static str,
    pub place_id: Option<i64>,
    pub institution_id: Option<i64>,
    pub position_id: Option<i64>,
}

pub async fn add_grant(
    tx: &mut Tx,
    account_id: i64,
    grant: &NewGrant,
    granted_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO role_grants (account_id, role, place_id, institution_id, position_id, granted_by, valid_from) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(account_id)
    .bind(grant.role)
    .bind(grant.place_id)
    .bind(grant.institution_id)
    .bind(grant.position_id)
    .bind(granted_by)
    .bind(now)
    .fetch_one(&mut *c)
    .await)
}

/// Hands a position to a new holder from `today`: the previous holder's term
/// ends, and so do the roles they had through the position. The position, its
/// history and everything addressed to it stay.
pub async fn hand_over(
    tx: &mut Tx,
    position_id: i64,
    person_id: i64,
    today: chrono::NaiveDate,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let ended = on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE position_holders SET valid_to = $1 WHERE position_id = $2 AND role = 'holder' AND valid_to IS NULL AND person_id <> $3"
    )
    .bind(today)
    .bind(position_id)
    .bind(person_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected())
    })?;
    on_tx!(tx, |c| sqlx::query(
        "UPDATE role_grants SET valid_to = $1 WHERE position_id = $2 AND valid_to IS NULL \
         AND account_id NOT IN (SELECT id FROM accounts WHERE person_id = $3)"
    )
    .bind(now)
    .bind(position_id)
    .bind(person_id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    directory::records::add_holder(tx, position_id, person_id, "holder", today, None).await?;
    Ok(ended)
}

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub scopes: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked: bool,
    pub last_used_at: Option<DateTime<Utc>>,
}

pub async fn tokens_of(db: &Db, account_id: i64) -> Result<Vec<TokenRow>, sqlx::Error> {
    type Row = (i64, String, String, DateTime<Utc>, DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>);
    let rows: Vec<Row> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, name, scopes, created_at, expires_at, revoked_at, last_used_at FROM api_tokens WHERE account_id = $1 ORDER BY id DESC"
    )
    .bind(account_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, name, scopes, created_at, expires_at, revoked_at, last_used_at)| TokenRow {
            id,
            name,
            scopes,
            created_at,
            expires_at,
            revoked: revoked_at.is_some(),
            last_used_at,
        })
        .collect())
}

pub async fn create_token(
    tx: &mut Tx,
    account_id: i64,
    name: &str,
    scopes: &str,
    token: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO api_tokens (account_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(account_id)
    .bind(name)
    .bind(hash_token(token))
    .bind(scopes)
    .bind(now)
    .bind(expires_at)
    .fetch_one(&mut *c)
    .await
    })
}

pub async fn revoke_token(
    tx: &mut Tx,
    account_id: i64,
    token_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL"
    )
    .bind(now)
    .bind(token_id)
    .bind(account_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// The place names an account's grants are scoped to, for its own page.
pub async fn grant_labels(
    db: &Db,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<(String, Option<String>, Option<String>)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT g.role, p.name, i.name FROM role_grants g LEFT JOIN places p ON p.id = g.place_id \
         LEFT JOIN institutions i ON i.id = g.institution_id \
         WHERE g.account_id = $1 AND (g.valid_to IS NULL OR g.valid_to > $2) ORDER BY g.id"
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(pool)
    .await)
}

/// Whether an address has an account: its id and whether it is active.
pub async fn account_state_by_email(db: &Db, email: &str) -> Result<Option<(i64, bool)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT id, active FROM accounts WHERE lower(email) = lower($1)")
        .bind(email)
        .fetch_optional(pool)
        .await)
}

/// The person an account belongs to.
pub async fn person_of(tx: &mut Tx, account_id: i64) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar("SELECT person_id FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut *c)
        .await)
}

/// Uses up a second-factor code's time step: true when the step comes after
/// the last one accepted, so the same code (or an older one) cannot be used
/// again, even by two requests at the same moment.
pub async fn use_totp_step(tx: &mut Tx, account_id: i64, step: i64) -> Result<bool, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE accounts SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)"
    )
    .bind(step)
    .bind(account_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected() == 1))
}

/// Until when an account is locked after wrong second-factor codes.
pub async fn locked_until(db: &Db, account_id: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT locked_until FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(pool)
        .await)
}
