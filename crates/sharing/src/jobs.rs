//! Time-driven work: escalating unacknowledged notices and purging expired
//! content. Both take `now` as an argument, so tests drive the clock.

use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::{notify, on_db, on_tx, Db, Tx};

use crate::store;

/// Tells the people holding `positions` (as `role`: holder or deputy) of a
/// step, naming the step and the channel, never the content: in their list
/// and by e-mail at once (these notifications cannot be switched off).
#[allow(clippy::too_many_arguments)]
pub async fn announce(
    tx: &mut Tx,
    db: &Db,
    positions: &[i64],
    role: &str,
    notice_id: i64,
    step: notify::Kind,
    public_url: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let people = store::addressees(db, positions, role, now.date_naive()).await?;
    // Read in the transaction: the notice may have been written in it.
    let channel: String = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT c.name FROM notices n JOIN channels c ON c.id = n.channel_id WHERE n.id = $1"
    )
    .bind(notice_id)
    .fetch_one(&mut *c)
    .await)?;
    let note =
        notify::Note { kind: step, args: vec![("subject", channel)], link: format!("/sharing/notices/{notice_id}") };
    Ok(notify::send(tx, public_url, &people, &note).await?)
}

fn system() -> AuditCtx {
    AuditCtx { actor: "system".into(), request_id: "sharing-jobs".into() }
}

platform::record! {
    /// A notice past its acknowledgement deadline, with what escalating it needs.
    struct Overdue {
        id: i64,
        escalation: i64,
        ack_hours: i64,
        supervisor_position_id: Option<i64>,
    }
}

/// Escalates every notice whose acknowledgement deadline has passed: first
/// to the deputies of its receiving positions, then to the sending side's
/// supervising position. Returns how many notices escalated.
pub async fn escalate_due(db: &Db, now: DateTime<Utc>, public_url: &str) -> anyhow::Result<usize> {
    let due: Vec<Overdue> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT n.id, n.escalation, c.ack_hours, c.supervisor_position_id FROM notices n JOIN channels c ON c.id = n.channel_id \
         WHERE n.state IN ('sent', 'delivered') AND n.ack_deadline < $1 AND n.escalation < 2"
    )
    .bind(now)
    .fetch_all(pool)
    .await
    })?;
    let mut escalated = 0;
    for Overdue { id, escalation: level, ack_hours, supervisor_position_id: supervisor } in &due {
        let next = level + 1;
        let recipients: Vec<i64> =
            on_db!(db, |pool| sqlx::query_scalar("SELECT position_id FROM notice_recipients WHERE notice_id = $1")
                .bind(id)
                .fetch_all(pool)
                .await)?;
        let mut tx = db.begin().await?;
        // Only the transaction that moves the level on escalates: a second
        // run that read the same notice finds nothing left to do.
        let moved = on_tx!(&mut tx, |c| sqlx::query(
            "UPDATE notices SET escalation = $1, ack_deadline = $2 WHERE id = $3 AND escalation = $4"
        )
        .bind(next)
        .bind(now + Duration::hours(*ack_hours))
        .bind(id)
        .bind(level)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
        if moved == 0 {
            continue;
        }
        let (told, to_whom) = if next == 1 {
            (
                announce(&mut tx, db, &recipients, "deputy", *id, notify::Kind::NoticeEscalated, public_url, now)
                    .await?,
                "the deputies of the receiving positions",
            )
        } else if let Some(supervisor) = supervisor {
            store::add_recipients(&mut tx, *id, &[*supervisor]).await?;
            let step = notify::Kind::NoticeEscalated;
            (
                announce(&mut tx, db, &[*supervisor], "holder", *id, step, public_url, now).await?,
                "the supervising position",
            )
        } else {
            (0, "no supervising position (none set on the channel)")
        };
        audit::append(
            &mut tx,
            &system(),
            Event {
                action: "notice.escalated",
                object_type: "notice",
                object_id: id.to_string(),
                place_id: None,
                summary: format!("not acknowledged in time; escalation level {next}, to {to_whom}; {told} people told"),
            },
        )
        .await?;
        tx.commit().await?;
        escalated += 1;
    }
    Ok(escalated)
}

/// Empties the sealed content and plan of every expired notice; the record
/// that a notice existed, and its times, stay for accountability.
pub async fn purge_expired(db: &Db, now: DateTime<Utc>) -> anyhow::Result<u64> {
    let mut tx = db.begin().await?;
    let purged = on_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE notices SET content = NULL, plan = NULL, purged_at = $1 WHERE expires_at < $1 AND purged_at IS NULL"
    )
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if purged > 0 {
        audit::append(
            &mut tx,
            &system(),
            Event {
                action: "notice.purged",
                object_type: "notice",
                object_id: format!("{purged} notices"),
                place_id: None,
                summary: "content removed at the end of its retention period".into(),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(purged)
}

/// Everything sealed with the instance key besides notices: second-factor
/// secrets, the open answers of resilience studies, and the links waiting
/// in the outbox.
const SEALED_ELSEWHERE: &[(&str, &str)] =
    &[("accounts", "totp_secret"), ("study_responses", "free_text"), ("outbox", "secret")];

/// The setting that keeps the key's fingerprint.
const KEY_FINGERPRINT: &str = "key_fingerprint";

/// The key id of some value already sealed in the database, if any.
async fn sealed_with(db: &Db) -> anyhow::Result<Option<String>> {
    let mut sql = vec!["SELECT content AS v FROM notices WHERE content LIKE 'v1:%'".to_string()];
    sql.extend(SEALED_ELSEWHERE.iter().map(|(t, c)| format!("SELECT {c} AS v FROM {t} WHERE {c} LIKE 'v1:%'")));
    let sql = format!("SELECT v FROM ({}) sealed LIMIT 1", sql.join(" UNION ALL "));
    let found: Option<String> = on_db!(db, |pool| sqlx::query_scalar(&sql).fetch_optional(pool).await)?;
    Ok(found.and_then(|v| platform::crypto::SecretBox::key_id_of(&v).map(String::from)))
}

/// Checks the configured key against the fingerprint stored when a key was
/// first used, and stores it on that first use. The fingerprint, not the
/// sealed data, identifies the key: a wrong key is refused even when every
/// notice has been purged, before it can seal anything.
pub async fn check_key(db: &Db, key: Option<&platform::crypto::SecretBox>) -> anyhow::Result<()> {
    let stored = match platform::settings::get(db, KEY_FINGERPRINT).await? {
        Some(fingerprint) => Some(fingerprint),
        // A database from before fingerprints: whatever sealed its values.
        None => sealed_with(db).await?,
    };
    match (stored, key) {
        (Some(found), Some(key)) if found == key.key_id() => {}
        (Some(found), Some(key)) => anyhow::bail!(
            "the configured key (fingerprint {}) is not this instance's key (fingerprint {found}); start Mozaik \
             with the right sharing_key, or move to a new key with mozaik rotate-key",
            key.key_id()
        ),
        (Some(found), None) => anyhow::bail!(
            "this instance's secrets are sealed with a key (fingerprint {found}) but no sharing_key is configured; \
             set sharing_key or MOZAIK_SHARING_KEY_FILE"
        ),
        (None, None) => return Ok(()),
        (None, Some(_)) => {}
    }
    if let Some(key) = key {
        if platform::settings::get(db, KEY_FINGERPRINT).await?.is_none() {
            let mut tx = db.begin().await?;
            platform::settings::set(&mut tx, KEY_FINGERPRINT, key.key_id()).await?;
            tx.commit().await?;
        }
    }
    Ok(())
}

/// Re-seals every notice's content and plan with a new key, in one
/// transaction: either all move to the new key or none does. Returns how
/// many sealed values were re-sealed.
pub async fn rotate_key(
    db: &Db,
    old: &platform::crypto::SecretBox,
    new: &platform::crypto::SecretBox,
) -> anyhow::Result<usize> {
    let rows: Vec<(i64, Option<String>, Option<String>)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, content, plan FROM notices WHERE content IS NOT NULL OR plan IS NOT NULL"
    )
    .fetch_all(pool)
    .await)?;
    let mut tx = db.begin().await?;
    let mut count = 0;
    for (id, content, plan) in rows {
        let reseal = |sealed: Option<String>| -> anyhow::Result<Option<String>> {
            sealed.map(|s| old.open(&s).map(|plain| new.seal(&plain))).transpose().map_err(anyhow::Error::from)
        };
        let (content, plan) = (reseal(content)?, reseal(plan)?);
        count += usize::from(content.is_some()) + usize::from(plan.is_some());
        on_tx!(&mut tx, |c| sqlx::query("UPDATE notices SET content = $1, plan = $2 WHERE id = $3")
            .bind(&content)
            .bind(&plan)
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    // Everything else sealed with the same key: second-factor secrets and
    // the open answers of resilience studies.
    for (table, column) in SEALED_ELSEWHERE {
        let sql = format!("SELECT id, {column} FROM {table} WHERE {column} LIKE 'v1:%'");
        let sealed: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
        let update = format!("UPDATE {table} SET {column} = $1 WHERE id = $2");
        for (id, value) in sealed {
            let resealed = new.seal(&old.open(&value)?);
            on_tx!(&mut tx, |c| sqlx::query(&update).bind(&resealed).bind(id).execute(&mut *c).await.map(|_| ()))?;
            count += 1;
        }
    }
    audit::append(
        &mut tx,
        &AuditCtx::cli("rotate-key"),
        Event {
            action: "sharing.key_rotated",
            object_type: "key",
            object_id: new.key_id().to_string(),
            place_id: None,
            summary: format!("{count} sealed values moved from key {} to key {}", old.key_id(), new.key_id()),
        },
    )
    .await?;
    platform::settings::set(&mut tx, KEY_FINGERPRINT, new.key_id()).await?;
    tx.commit().await?;
    Ok(count)
}
