//! The audit trail: every write appends an event in its own transaction.
//! Events are hash-chained (each hash covers the event and the previous
//! hash), so `mozaik check` can find an edited, removed or inserted event and
//! name the first broken link. The database refuses updates and deletes.

use chrono::{DateTime, SubsecRound, Utc};

use crate::auth::token::sha256_hex;
use crate::{on_db, on_tx, Db, Tx};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did something and under which request; carried into every write.
#[derive(Clone, Debug)]
pub struct AuditCtx {
    pub actor: String,
    pub request_id: String,
}

impl AuditCtx {
    /// Changes made from the command line.
    pub fn cli(command: &str) -> AuditCtx {
        AuditCtx { actor: "cli".into(), request_id: format!("cli:{command}") }
    }
}

pub struct Event<'a> {
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: String,
    pub place_id: Option<i64>,
    pub summary: String,
}

#[allow(clippy::too_many_arguments)]
fn event_hash(
    prev: &str,
    id: i64,
    at: &DateTime<Utc>,
    actor: &str,
    action: &str,
    object_type: &str,
    object_id: &str,
    place_id: Option<i64>,
    summary: &str,
    request_id: &str,
) -> String {
    let at = at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let place = place_id.map(|p| p.to_string()).unwrap_or_default();
    sha256_hex(&format!(
        "{prev}\n{id}\n{at}\n{actor}\n{action}\n{object_type}\n{object_id}\n{place}\n{summary}\n{request_id}"
    ))
}

/// Appends one event inside the caller's transaction.
pub async fn append(tx: &mut Tx, ctx: &AuditCtx, event: Event<'_>) -> Result<i64, sqlx::Error> {
    if let Tx::Postgres(t) = tx {
        // Serialise appends so two transactions cannot fork the chain.
        sqlx::query("SELECT pg_advisory_xact_lock(7202302081)").execute(&mut **t).await?;
    }
    let last: Option<(i64, String)> =
        on_tx!(tx, |c| sqlx::query_as("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
            .fetch_optional(&mut *c)
            .await)?;
    let (id, prev) = match last {
        Some((id, hash)) => (id + 1, hash),
        None => (1, GENESIS.to_string()),
    };
    let at = Utc::now().trunc_subsecs(6);
    let hash = event_hash(
        &prev,
        id,
        &at,
        &ctx.actor,
        event.action,
        event.object_type,
        &event.object_id,
        event.place_id,
        &event.summary,
        &ctx.request_id,
    );
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO audit_events (id, at, actor, action, object_type, object_id, place_id, summary, request_id, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
    )
    .bind(id)
    .bind(at)
    .bind(&ctx.actor)
    .bind(event.action)
    .bind(event.object_type)
    .bind(&event.object_id)
    .bind(event.place_id)
    .bind(&event.summary)
    .bind(&ctx.request_id)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    Ok(id)
}

#[derive(Debug, PartialEq, Eq)]
pub struct BrokenLink {
    pub id: i64,
    pub reason: String,
}

crate::record! {
    /// An event as stored, with the hashes that chain it to the one before.
    struct StoredEvent {
        id: i64,
        at: DateTime<Utc>,
        actor: String,
        action: String,
        object_type: String,
        object_id: String,
        place_id: Option<i64>,
        summary: String,
        request_id: String,
        prev_hash: String,
        hash: String,
    }
}

/// Walks the whole chain; returns the number of events, or the first
/// broken link.
pub async fn verify(db: &Db) -> anyhow::Result<Result<u64, BrokenLink>> {
    let sql = format!("SELECT {} FROM audit_events ORDER BY id", StoredEvent::COLUMNS);
    let rows: Vec<StoredEvent> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let mut prev = GENESIS.to_string();
    for (expected_id, e) in (1..).zip(rows.iter()) {
        let id = e.id;
        if id != expected_id {
            return Ok(Err(BrokenLink { id, reason: format!("event {expected_id} is missing") }));
        }
        if e.prev_hash != prev {
            return Ok(Err(BrokenLink { id, reason: "it does not point to the event before it".into() }));
        }
        let computed = event_hash(
            &prev,
            id,
            &e.at,
            &e.actor,
            &e.action,
            &e.object_type,
            &e.object_id,
            e.place_id,
            &e.summary,
            &e.request_id,
        );
        if computed != e.hash {
            return Ok(Err(BrokenLink { id, reason: "its content does not match its hash".into() }));
        }
        prev = e.hash.clone();
    }
    Ok(Ok(rows.len() as u64))
}

/// The newest event of the chain, as an anchor kept outside the database:
/// deleting the newest events (with the database file in hand) leaves a
/// chain that verifies, and only a head written down elsewhere shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub id: i64,
    pub hash: String,
}

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.id, self.hash)
    }
}

impl std::str::FromStr for Head {
    type Err = String;

    /// `ID:HASH`, as `mozaik check --head` prints it.
    fn from_str(text: &str) -> Result<Head, String> {
        let (id, hash) = text.trim().split_once(':').ok_or_else(|| format!("'{text}' is not ID:HASH"))?;
        let id = id.parse().map_err(|_| format!("'{id}' is not an event number"))?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(format!("'{hash}' is not a SHA-256 hash"));
        }
        Ok(Head { id, hash: hash.to_lowercase() })
    }
}

pub async fn head(db: &Db) -> Result<Option<Head>, sqlx::Error> {
    let row: Option<(i64, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
            .fetch_optional(pool)
            .await)?;
    Ok(row.map(|(id, hash)| Head { id, hash }))
}

/// Whether the chain still holds an anchor written down earlier: its event
/// is there with the same hash. Err says what is wrong.
pub async fn holds(db: &Db, anchor: &Head) -> Result<Result<(), String>, sqlx::Error> {
    let found: Option<String> = on_db!(db, |pool| sqlx::query_scalar("SELECT hash FROM audit_events WHERE id = $1")
        .bind(anchor.id)
        .fetch_optional(pool)
        .await)?;
    Ok(match found {
        Some(hash) if hash == anchor.hash => Ok(()),
        Some(_) => {
            Err(format!("event {} is not the event recorded in the checkpoint: the chain was rewritten", anchor.id))
        }
        None => {
            Err(format!("event {} recorded in the checkpoint is missing: the newest events were deleted", anchor.id))
        }
    })
}

/// The last anchor in a checkpoint file (lines of `TIME ID:HASH`).
pub fn last_checkpoint(path: &std::path::Path) -> anyhow::Result<Option<Head>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let Some(line) = text.lines().rev().find(|l| !l.trim().is_empty()) else { return Ok(None) };
    let anchor = line.split_whitespace().last().unwrap_or("");
    Ok(Some(anchor.parse().map_err(anyhow::Error::msg)?))
}

/// Appends the chain's head to the checkpoint file when it has moved since
/// the last line; returns whether a line was written.
pub async fn write_checkpoint(db: &Db, path: &std::path::Path) -> anyhow::Result<bool> {
    let Some(current) = head(db).await? else { return Ok(false) };
    if last_checkpoint(path)?.as_ref() == Some(&current) {
        return Ok(false);
    }
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
    writeln!(file, "{} {current}", Utc::now().to_rfc3339())?;
    file.sync_all()?;
    Ok(true)
}

/// Writes checkpoints every minute, for as long as the server runs.
pub fn spawn_checkpoints(db: Db, path: std::path::PathBuf) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = write_checkpoint(&db, &path).await {
                tracing::warn!(error = %e, file = %path.display(), "the audit checkpoint could not be written");
            }
            tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        }
    })
}
