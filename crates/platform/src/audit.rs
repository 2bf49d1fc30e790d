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

type EventRow = (i64, DateTime<Utc>, String, String, String, String, Option<i64>, String, String, String, String);

/// Walks the whole chain; returns the number of events, or the first
/// broken link.
pub async fn verify(db: &Db) -> anyhow::Result<Result<u64, BrokenLink>> {
    let rows: Vec<EventRow> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, at, actor, action, object_type, object_id, place_id, summary, request_id, prev_hash, hash \
         FROM audit_events ORDER BY id"
    )
    .fetch_all(pool)
    .await)?;
    let mut prev = GENESIS.to_string();
    for (
        expected_id,
        (id, at, actor, action, object_type, object_id, place_id, summary, request_id, prev_hash, hash),
    ) in (1..).zip(rows.iter())
    {
        if *id != expected_id {
            return Ok(Err(BrokenLink { id: *id, reason: format!("event {expected_id} is missing") }));
        }
        if prev_hash != &prev {
            return Ok(Err(BrokenLink { id: *id, reason: "it does not point to the event before it".into() }));
        }
        let computed =
            event_hash(&prev, *id, at, actor, action, object_type, object_id, *place_id, summary, request_id);
        if &computed != hash {
            return Ok(Err(BrokenLink { id: *id, reason: "its content does not match its hash".into() }));
        }
        prev = hash.clone();
    }
    Ok(Ok(rows.len() as u64))
}
