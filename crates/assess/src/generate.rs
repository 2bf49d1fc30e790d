//! Synthetic assessments at scale, for benchmarks: an instrument of many
//! yes/no/don't-know questions and rounds answered by every generated
//! local government.

use chrono::{Duration, NaiveDate, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::progress::Progress;
use platform::{on_db, on_tx, Db, Tx};

const CHUNK: usize = 400;

async fn insert_answers(tx: &mut Tx, rows: &[(i64, i64, &str)]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from("INSERT INTO answers (round_place_id, question_id, value) VALUES ");
        for (i, _) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&format!("(${}, ${}, ${})", i * 3 + 1, i * 3 + 2, i * 3 + 3));
        }
        on_tx!(tx, |c| {
            let mut q = sqlx::query(&sql);
            for (entry, question, value) in chunk {
                q = q.bind(entry).bind(question).bind(*value);
            }
            q.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// Returns the number of answers written.
pub async fn generate(db: &Db, rounds: usize, questions: usize, seed: u64) -> anyhow::Result<u64> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let places: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM places WHERE level IN ('city', 'municipality') AND code LIKE 'GEN-%' ORDER BY id"
    )
    .fetch_all(pool)
    .await)?;
    if places.is_empty() {
        anyhow::bail!("no generated municipalities: run mozaik generate first");
    }
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let instrument: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO instruments (code, version, labels, notes, created_at) VALUES ($1, 1, $2, 'synthetic', $3) RETURNING id"
    )
    .bind(format!("generated-{seed}"))
    .bind("{\"en\":\"Generated instrument\"}")
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })?;
    on_tx!(&mut tx, |c| {
        sqlx::query("INSERT INTO instrument_groups (instrument_id, key, position, labels) VALUES ($1, 'all', 0, '{\"en\":\"All\"}')")
        .bind(instrument)
        .execute(&mut *c)
        .await
        .map(|_| ())
    })?;
    for (i, choice) in ["yes", "no", "dont_know"].iter().enumerate() {
        on_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO choices (instrument_id, list_name, name, position, labels) VALUES ($1, 'yes_no', $2, $3, $4)"
        )
        .bind(instrument)
        .bind(*choice)
        .bind(i as i64)
        .bind(format!("{{\"en\":\"{choice}\"}}"))
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    let mut question_ids = Vec::new();
    for q in 0..questions {
        let id: i64 = on_tx!(&mut tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO questions (instrument_id, position, group_key, name, qtype, list_name, required, relevant, labels) \
             VALUES ($1, $2, 'all', $3, 'select_one', 'yes_no', $4, '', $5) RETURNING id"
        )
        .bind(instrument)
        .bind(q as i64)
        .bind(match q {
            // The headline indicator's questions come first, so the
            // dashboards have real figures to compute.
            0..=2 => crate::results::HEADLINE[q].to_string(),
            _ => format!("q{q:03}"),
        })
        .bind(true)
        .bind(format!("{{\"en\":\"Question {q}\"}}"))
        .fetch_one(&mut *c)
        .await
        })?;
        question_ids.push(id);
    }
    tx.commit().await?;
    let mut written = 0u64;
    let mut progress = Progress::new("Generating answers", (rounds * places.len() * questions) as u64);
    for r in 0..rounds {
        let opened = NaiveDate::from_ymd_opt(2016 + r as i32, 3, 1).unwrap_or_default();
        let mut tx = db.begin().await?;
        let round = crate::store::open_round(
            &mut tx,
            instrument,
            &format!("Generated round {}", r + 1),
            opened,
            opened + Duration::days(90),
            &places,
        )
        .await?;
        on_tx!(&mut tx, |c| sqlx::query(
            "UPDATE round_places SET status = 'submitted', submitted_at = $1 WHERE round_id = $2"
        )
        .bind(now)
        .bind(round)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
        let entries: Vec<i64> =
            on_tx!(&mut tx, |c| sqlx::query_scalar("SELECT id FROM round_places WHERE round_id = $1 ORDER BY id")
                .bind(round)
                .fetch_all(&mut *c)
                .await)?;
        let mut rows = Vec::with_capacity(entries.len() * questions);
        for entry in &entries {
            for question in &question_ids {
                let value = match rng.u8(..10) {
                    0..=4 => "yes",
                    5..=7 => "no",
                    _ => "dont_know",
                };
                rows.push((*entry, *question, value));
            }
        }
        insert_answers(&mut tx, &rows).await?;
        for entry in &entries {
            crate::rollup::refresh(&mut tx, *entry).await?;
        }
        crate::rollup::recount_round(&mut tx, round).await?;
        written += rows.len() as u64;
        progress.inc(rows.len() as u64);
        audit::append(
            &mut tx,
            &AuditCtx::cli("generate"),
            Event {
                action: "generate.round",
                object_type: "round",
                object_id: round.to_string(),
                place_id: None,
                summary: format!("{} synthetic answers", rows.len()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    progress.finish();
    Ok(written)
}
