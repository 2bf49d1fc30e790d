//! Who is making a request.

use chrono::{DateTime, Duration, NaiveDate, Utc};

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

crate::record! {
    /// One row of the session lookup: the session and its account, with one
    /// of the account's grants (`kind` "grant") or positions ("position"),
    /// whatever their dates: which are valid is decided at each request.
    struct SessionRow {
        session_id: i64,
        stage: String,
        last_seen_at: DateTime<Utc>,
        expires_at: DateTime<Utc>,
        account_id: i64,
        person_id: i64,
        full_name: String,
        email: String,
        locale: Option<String>,
        demo: bool,
        totp_enabled: bool,
        kind: Option<String>,
        role: Option<String>,
        place_id: Option<i64>,
        institution_id: Option<i64>,
        grant_from: Option<DateTime<Utc>>,
        grant_to: Option<DateTime<Utc>>,
        held_from: Option<NaiveDate>,
        held_to: Option<NaiveDate>,
    }
}

/// The session, its account, grants and positions in one round trip.
const SESSION_SQL: &str = "SELECT s.id AS session_id, s.stage, s.last_seen_at, s.expires_at, a.id AS account_id, \
     a.person_id, p.full_name, a.email, a.locale, a.demo, a.totp_enabled, \
     CASE WHEN g.role IS NULL THEN NULL ELSE 'grant' END AS kind, g.role, g.place_id, g.institution_id, \
     g.valid_from AS grant_from, g.valid_to AS grant_to, NULL AS held_from, NULL AS held_to \
     FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN people p ON p.id = a.person_id \
     LEFT JOIN role_grants g ON g.account_id = a.id \
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND a.active \
     UNION ALL \
     SELECT s.id, s.stage, s.last_seen_at, s.expires_at, a.id, a.person_id, p.full_name, a.email, a.locale, a.demo, \
     a.totp_enabled, 'position', NULL, h.position_id, NULL, NULL, NULL, h.valid_from, h.valid_to \
     FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN people p ON p.id = a.person_id \
     JOIN position_holders h ON h.person_id = a.person_id \
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND s.last_seen_at > $3 AND a.active";

/// A live session as read, with every grant and position of its account
/// and their dates.
#[derive(Clone)]
struct KnownSession {
    /// The versions of `access` and `directory` it was read at.
    read_at: (i64, i64),
    account: Account,
    stage: String,
    last_seen_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    grants: Vec<(Grant, DateTime<Utc>, Option<DateTime<Utc>>)>,
    positions: Vec<(i64, NaiveDate, Option<NaiveDate>)>,
}

impl KnownSession {
    fn from_rows(rows: &[SessionRow], read_at: (i64, i64)) -> Option<KnownSession> {
        let first = rows.first()?;
        let mut grants = Vec::new();
        let mut positions = Vec::new();
        for row in rows {
            match (row.kind.as_deref(), row.role.as_deref().and_then(Role::from_key)) {
                (Some("grant"), Some(role)) => {
                    let grant = Grant { role, place_id: row.place_id, institution_id: row.institution_id };
                    grants.extend(row.grant_from.map(|from| (grant, from, row.grant_to)));
                }
                (Some("position"), _) => {
                    if let (Some(id), Some(from)) = (row.place_id, row.held_from) {
                        positions.push((id, from, row.held_to));
                    }
                }
                _ => {}
            }
        }
        Some(KnownSession {
            read_at,
            account: Account {
                id: first.account_id,
                person_id: first.person_id,
                name: first.full_name.clone(),
                email: first.email.clone(),
                locale: first.locale.clone(),
                demo: first.demo,
                totp_enabled: first.totp_enabled,
                grants: Vec::new(),
                positions: Vec::new(),
                session_id: Some(first.session_id),
            },
            stage: first.stage.clone(),
            last_seen_at: first.last_seen_at,
            expires_at: first.expires_at,
            grants,
            positions,
        })
    }

    /// Whether the session is still live at `now` as far as this copy
    /// knows (another server may have seen it more recently).
    fn live(&self, now: DateTime<Utc>) -> bool {
        self.expires_at > now && self.last_seen_at > now - IDLE_LIMIT
    }

    /// The actor at `now`: the grants and positions valid then.
    fn at(&self, now: DateTime<Utc>) -> SessionActor {
        let today = now.date_naive();
        let mut account = self.account.clone();
        account.grants = self
            .grants
            .iter()
            .filter(|(_, from, to)| *from <= now && to.is_none_or(|to| to > now))
            .map(|(grant, _, _)| grant.clone())
            .collect();
        account.positions = self
            .positions
            .iter()
            .filter(|(_, from, to)| *from <= today && to.is_none_or(|to| to > today))
            .map(|(id, _, _)| *id)
            .collect();
        account.positions.sort_unstable();
        account.positions.dedup();
        SessionActor { account, stage: self.stage.clone(), last_seen_at: self.last_seen_at }
    }
}

/// Sessions as last read, by token hash. An entry serves while the
/// `access` and `directory` versions are those it was read at: any change
/// to accounts, grants, a session's state, people or positions, on any
/// server, is a new version, so a revoked session or a removed grant is
/// never served from here. It is a cache, not state.
#[derive(Default)]
pub struct SessionCache {
    entries: std::sync::Mutex<std::collections::HashMap<String, KnownSession>>,
}

const SESSIONS_KEPT: usize = 10_000;

impl SessionCache {
    /// The account behind a session token, if the session is live;
    /// `versions` are the current `access` and `directory` versions.
    pub async fn actor(
        &self,
        db: &Db,
        versions: (i64, i64),
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionActor>, sqlx::Error> {
        let known = self.entries.lock().ok().and_then(|e| e.get(token_hash).cloned());
        if let Some(known) = known.filter(|k| k.read_at == versions && k.live(now)) {
            return Ok(Some(known.at(now)));
        }
        let rows: Vec<SessionRow> = on_db!(db, |pool| sqlx::query_as(SESSION_SQL)
            .bind(token_hash)
            .bind(now)
            .bind(now - IDLE_LIMIT)
            .fetch_all(pool)
            .await)?;
        let known = KnownSession::from_rows(&rows, versions);
        if let Ok(mut entries) = self.entries.lock() {
            match &known {
                Some(k) => {
                    if entries.len() >= SESSIONS_KEPT {
                        entries.clear();
                    }
                    entries.insert(token_hash.to_string(), k.clone());
                }
                None => {
                    entries.remove(token_hash);
                }
            }
        }
        Ok(known.map(|k| k.at(now)))
    }

    /// Notes that this server saw the session in use at `now`.
    pub fn touched(&self, token_hash: &str, now: DateTime<Utc>) {
        if let Some(k) = self.entries.lock().ok().as_mut().and_then(|e| e.get_mut(token_hash)) {
            k.last_seen_at = now;
        }
    }
}
