//! Who is making a request.

use chrono::{DateTime, Duration, Utc};

use crate::policy::Role;
use crate::{on_db, Db};

#[derive(Clone, Debug)]
pub struct Grant {
    pub role: Role,
    pub place_id: Option<i64>,
    pub institution_id: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub person_id: i64,
    pub name: String,
    pub email: String,
    pub locale: Option<String>,
    pub demo: bool,
    pub totp_enabled: bool,
    pub grants: Vec<Grant>,
    /// The positions this person holds today, as holder or deputy.
    pub positions: Vec<i64>,
    /// The session the request came with; `None` for API tokens.
    pub session_id: Option<i64>,
}

impl Account {
    /// The places this person acts for as a municipality's focal point or staff.
    pub fn acts_for(&self) -> Vec<i64> {
        self.grants
            .iter()
            .filter(|g| matches!(g.role, Role::FocalPoint | Role::MunicipalStaff))
            .filter_map(|g| g.place_id)
            .collect()
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// Whether any of this person's roles demands a second factor.
    pub fn needs_totp(&self) -> bool {
        !self.demo && self.grants.iter().any(|g| g.role.requires_totp())
    }
}

#[derive(Clone, Debug)]
pub enum Actor {
    Anonymous,
    Account(Box<Account>),
}

impl Actor {
    pub fn account(&self) -> Option<&Account> {
        match self {
            Actor::Anonymous => None,
            Actor::Account(a) => Some(a),
        }
    }

    /// How the audit trail names this actor.
    pub fn audit_name(&self) -> String {
        match self {
            Actor::Anonymous => "anonymous".into(),
            Actor::Account(a) => format!("account:{}", a.id),
        }
    }
}

pub async fn grants(db: &Db, account_id: i64, now: DateTime<Utc>) -> Result<Vec<Grant>, sqlx::Error> {
    let rows: Vec<(String, Option<i64>, Option<i64>)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT role, place_id, institution_id FROM role_grants \
         WHERE account_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)"
    )
    .bind(account_id)
    .bind(now)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .filter_map(|(role, place_id, institution_id)| {
            Some(Grant { role: Role::from_key(&role)?, place_id, institution_id })
        })
        .collect())
}

/// The positions a person holds today, as holder or deputy.
pub async fn positions(db: &Db, person_id: i64, now: DateTime<Utc>) -> Result<Vec<i64>, sqlx::Error> {
    let today = now.date_naive();
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT DISTINCT position_id FROM position_holders WHERE person_id = $1 AND valid_from <= $2 \
         AND (valid_to IS NULL OR valid_to > $2)"
    )
    .bind(person_id)
    .bind(today)
    .fetch_all(pool)
    .await)
}

/// A session as found from its cookie.
pub struct SessionActor {
    pub account: Account,
    pub stage: String,
    pub last_seen_at: DateTime<Utc>,
}

pub const IDLE_LIMIT: Duration = Duration::hours(2);

/// The account behind a session token, if the session is live.
pub async fn from_session(db: &Db, token_hash: &str, now: DateTime<Utc>) -> Result<Option<SessionActor>, sqlx::Error> {
    type Row = (i64, String, DateTime<Utc>, i64, i64, String, String, Option<String>, bool, bool);
    let row: Option<Row> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT s.id, s.stage, s.last_seen_at, a.id, a.person_id, p.full_name, a.email, a.locale, a.demo, a.totp_enabled \
         FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN people p ON p.id = a.person_id \
         WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND a.active"
    )
    .bind(token_hash)
    .bind(now)
    .bind(now - IDLE_LIMIT)
    .fetch_optional(pool)
    .await
    })?;
    let Some((session_id, stage, last_seen_at, id, person_id, name, email, locale, demo, totp_enabled)) = row else {
        return Ok(None);
    };
    let grants = grants(db, id, now).await?;
    let positions = positions(db, person_id, now).await?;
    Ok(Some(SessionActor {
        account: Account {
            id,
            person_id,
            name,
            email,
            locale,
            demo,
            totp_enabled,
            grants,
            positions,
            session_id: Some(session_id),
        },
        stage,
        last_seen_at,
    }))
}
