//! The access module's SQL: accounts, grants, second factors, API tokens and
//! invitations. Writes take the caller's transaction, so the change and its
//! audit event commit together.

use chrono::{DateTime, Utc};
use platform::auth::token::hash_token;
use platform::{on_db, on_tx, Db, Tx};

platform::record! {
    /// What signing in needs to know of an account.
    pub struct LoginAccount {
        pub id: i64,
        pub password_hash: Option<String>,
        pub locked_until: Option<DateTime<Utc>>,
        pub totp_enabled: bool,
        pub demo: bool,
    }
}

pub async fn account_by_email(db: &Db, email: &str) -> Result<Option<LoginAccount>, sqlx::Error> {
    let sql = format!("SELECT {} FROM accounts WHERE email = $1 AND active", LoginAccount::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(email).fetch_optional(pool).await)
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

platform::record! {
    /// An API token of an account, as its owner sees it: never the token itself.
    pub struct TokenRow {
        pub id: i64,
        pub name: String,
        pub scopes: String,
        pub created_at: DateTime<Utc>,
        pub expires_at: DateTime<Utc>,
        pub revoked_at: Option<DateTime<Utc>>,
        pub last_used_at: Option<DateTime<Utc>>,
    }
}

impl TokenRow {
    pub fn revoked(&self) -> bool {
        self.revoked_at.is_some()
    }
}

pub async fn tokens_of(db: &Db, account_id: i64) -> Result<Vec<TokenRow>, sqlx::Error> {
    let sql = format!("SELECT {} FROM api_tokens WHERE account_id = $1 ORDER BY id DESC", TokenRow::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(account_id).fetch_all(pool).await)
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

/// An invitation to be sent: the token is kept only as its hash.
pub struct NewInvitation<'a> {
    pub token_hash: String,
    pub email: &'a str,
    pub full_name: &'a str,
    pub role: &'a str,
    pub place_id: i64,
    /// The position offered, with its institution.
    pub position: Option<(i64, i64)>,
    pub locale: &'a str,
    pub invited_by: Option<i64>,
    pub expires_at: DateTime<Utc>,
}

pub async fn create_invitation(tx: &mut Tx, n: &NewInvitation<'_>, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO invitations (token_hash, email, full_name, role, place_id, institution_id, position_id, locale, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id"
    )
    .bind(&n.token_hash)
    .bind(n.email)
    .bind(n.full_name)
    .bind(n.role)
    .bind(n.place_id)
    .bind(n.position.map(|(_, institution)| institution))
    .bind(n.position.map(|(position, _)| position))
    .bind(n.locale)
    .bind(n.invited_by)
    .bind(now)
    .bind(n.expires_at)
    .fetch_one(&mut *c)
    .await
    })
}

platform::record! {
    /// An account as the administrators' list shows it, with one of its current roles.
    pub struct ListedAccount {
        pub id: i64,
        pub full_name: String,
        pub email: String,
        pub active: bool,
        pub totp_enabled: bool,
        pub role: Option<String>,
    }
}

pub async fn accounts_listed(db: &Db) -> Result<Vec<ListedAccount>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT a.id, p.full_name, a.email, a.active, a.totp_enabled, \
         (SELECT MIN(g.role) FROM role_grants g WHERE g.account_id = a.id AND g.valid_to IS NULL) AS role \
         FROM accounts a JOIN people p ON p.id = a.person_id ORDER BY p.full_name LIMIT 500"
    )
    .fetch_all(pool)
    .await)
}

platform::record! {
    /// A message in the outbox, sent or waiting.
    pub struct OutboxMail {
        pub to_address: String,
        pub subject: String,
        pub body: String,
        pub created_at: DateTime<Utc>,
        pub sent_at: Option<DateTime<Utc>>,
        pub error: String,
    }
}

/// The hundred newest messages.
pub async fn latest_mail(db: &Db) -> Result<Vec<OutboxMail>, sqlx::Error> {
    let sql = format!("SELECT {} FROM outbox ORDER BY id DESC LIMIT 100", OutboxMail::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

/// Which audit events to list; empty text and no date match all.
pub struct AuditFilter<'a> {
    pub actor: &'a str,
    /// The start of the action's name, such as `notice.` or `auth.login`.
    pub action: &'a str,
    pub start: Option<DateTime<Utc>>,
    pub end: Option<DateTime<Utc>>,
}

platform::record! {
    pub struct ListedEvent {
        pub id: i64,
        pub at: DateTime<Utc>,
        pub actor: String,
        pub action: String,
        pub object_type: String,
        pub object_id: String,
        pub summary: String,
    }
}

/// The 200 newest events that match the filter.
pub async fn audit_events(db: &Db, filter: &AuditFilter<'_>) -> Result<Vec<ListedEvent>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM audit_events WHERE ($1 = '' OR actor = $1) AND ($2 = '' OR action LIKE $3) \
         AND ($4 IS NULL OR at >= $4) AND ($5 IS NULL OR at < $5) ORDER BY id DESC LIMIT 200",
        ListedEvent::COLUMNS
    );
    on_db!(db, |pool| sqlx::query_as(&sql)
        .bind(filter.actor)
        .bind(filter.action)
        .bind(format!("{}%", platform::fold::like_escape(filter.action)))
        .bind(filter.start)
        .bind(filter.end)
        .fetch_all(pool)
        .await)
}

/// Each account's holder, with one position they hold today.
pub async fn actor_names(db: &Db) -> Result<std::collections::HashMap<i64, String>, sqlx::Error> {
    let rows: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT a.id, p.full_name || COALESCE(' · ' || (SELECT MIN(po.title) FROM position_holders h \
         JOIN positions po ON po.id = h.position_id WHERE h.person_id = a.person_id AND h.valid_to IS NULL), '') \
         FROM accounts a JOIN people p ON p.id = a.person_id"
    )
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().collect())
}

platform::record! {
    /// An invitation not yet accepted nor expired.
    pub struct OpenInvitation {
        pub id: i64,
        pub email: String,
        pub full_name: String,
        pub role: String,
        pub place_id: Option<i64>,
        pub institution_id: Option<i64>,
        pub position_id: Option<i64>,
        pub locale: String,
        pub invited_by: Option<i64>,
    }
}

/// The invitation a link's token opens, if it can still be accepted.
pub async fn open_invitation(
    db: &Db,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<OpenInvitation>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2",
        OpenInvitation::COLUMNS
    );
    on_db!(db, |pool| sqlx::query_as(&sql).bind(token_hash).bind(now).fetch_optional(pool).await)
}

/// An account's holder and address, for the page that confirms a change.
pub async fn name_and_email(db: &Db, id: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT p.full_name, a.email FROM accounts a JOIN people p ON p.id = a.person_id WHERE a.id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)
}

/// Deactivating keeps the person, their history and everything they did.
pub async fn deactivate(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE accounts SET active = $1 WHERE id = $2")
        .bind(false)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Marks an invitation used, once: of several acceptances at the same moment
/// only one finds it open.
pub async fn claim_invitation(tx: &mut Tx, id: i64, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let claimed = on_tx!(tx, |c| sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL AND expires_at > $1"
    )
    .bind(now)
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(claimed == 1)
}

/// The account an accepted invitation made or reached.
pub async fn link_invitation(tx: &mut Tx, id: i64, account_id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE invitations SET account_id = $1 WHERE id = $2")
        .bind(account_id)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}
