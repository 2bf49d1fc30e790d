//! Reminders before a round's deadline, through the outbox, to the focal
//! points of municipalities that have not submitted.

use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::notify::{self, Kind, Note};
use platform::{on_db, Db};

/// Days before the deadline when the reminder goes out.
pub const DAYS_BEFORE: i64 = 3;

platform::record! {
    /// A municipality's entry in a round whose deadline is near.
    struct Due {
        entry: i64,
        round: i64,
        code: String,
        name: String,
        deadline: chrono::NaiveDate,
    }
}

/// Sends each due reminder once; returns how many messages were queued.
pub async fn send_due(db: &Db, now: DateTime<Utc>, public_url: &str) -> anyhow::Result<usize> {
    let today = now.date_naive();
    let due: Vec<Due> = on_db!(db, |pool| sqlx::query_as(
        "SELECT rp.id AS entry, r.id AS round, p.code AS code, r.name AS name, r.deadline AS deadline \
         FROM round_places rp JOIN rounds r ON r.id = rp.round_id \
         JOIN places p ON p.id = rp.place_id WHERE rp.status <> 'submitted' AND rp.reminded_at IS NULL \
         AND r.deadline >= $1 AND r.deadline <= $2"
    )
    .bind(today)
    .bind(today + Duration::days(DAYS_BEFORE))
    .fetch_all(pool)
    .await)?;
    let mut sent = 0;
    for Due { entry, round, code, name, deadline } in due {
        let people: Vec<i64> = on_db!(db, |pool| {
            sqlx::query_scalar(
            "SELECT DISTINCT a.id FROM role_grants g JOIN accounts a ON a.id = g.account_id \
             JOIN places p ON p.id = g.place_id WHERE p.code = $1 AND g.role = 'focal_point' AND g.valid_to IS NULL AND a.active"
        )
        .bind(&code)
        .fetch_all(pool)
        .await
        })?;
        let mut tx = db.begin().await?;
        if !platform::jobs::stamp_once(&mut tx, "round_places", "reminded_at", entry, now).await? {
            continue;
        }
        let note = Note {
            kind: Kind::RoundReminder,
            args: vec![("subject", name.clone()), ("due", deadline.to_string())],
            link: format!("/assess/rounds/{round}/places/{code}"),
        };
        sent += notify::send(&mut tx, public_url, &people, &note).await?;
        audit::append(
            &mut tx,
            &AuditCtx { actor: "system".into(), request_id: "assess-reminders".into() },
            Event {
                action: "assess.reminder",
                object_type: "round_place",
                object_id: entry.to_string(),
                place_id: None,
                summary: format!("{} reminders before the deadline", people.len()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(sent)
}
