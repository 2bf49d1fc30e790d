//! The roll-up the dashboards read: one summary per municipality and round
//! (`round_place_summaries`), written in the transaction that writes the
//! answers, so it can never disagree with them. `recompute` builds the
//! same summaries from the answers alone, for checking.

use std::collections::BTreeMap;

use platform::{on_db, on_tx, Db, Tx};

use crate::instrument::DONT_KNOW;
use crate::results::{lacks, HEADLINE};

/// The questions a summary is made of.
const QUESTIONS: [&str; 4] = [HEADLINE[0], HEADLINE[1], HEADLINE[2], "priority_needs"];

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Summary {
    pub round_place_id: i64,
    pub lacks: bool,
    pub dont_know: bool,
    pub first_need: Option<String>,
}

fn summarise(round_place_id: i64, answers: &BTreeMap<String, String>) -> Summary {
    Summary {
        round_place_id,
        lacks: lacks(answers),
        dont_know: HEADLINE.iter().any(|q| answers.get(*q).map(String::as_str) == Some(DONT_KNOW)),
        first_need: answers
            .get("priority_needs")
            .and_then(|v| v.split(',').next())
            .filter(|n| !n.is_empty())
            .map(String::from),
    }
}

fn names() -> String {
    QUESTIONS.iter().map(|q| format!("'{q}'")).collect::<Vec<_>>().join(",")
}

/// Writes the summary of one entry from its answers as they stand in `tx`.
pub async fn refresh(tx: &mut Tx, round_place_id: i64) -> Result<(), sqlx::Error> {
    // Question names are this module's constants, never input.
    let sql = format!(
        "SELECT q.name, a.value FROM answers a JOIN questions q ON q.id = a.question_id \
         WHERE a.round_place_id = $1 AND q.name IN ({})",
        names()
    );
    let rows: Vec<(String, String)> =
        on_tx!(tx, |c| sqlx::query_as(&sql).bind(round_place_id).fetch_all(&mut *c).await)?;
    let s = summarise(round_place_id, &rows.into_iter().collect());
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO round_place_summaries (round_place_id, lacks, dont_know, first_need) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (round_place_id) DO UPDATE SET lacks = $2, dont_know = $3, first_need = $4"
    )
    .bind(round_place_id)
    .bind(s.lacks)
    .bind(s.dont_know)
    .bind(&s.first_need)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// The summaries as kept, for every entry that has one.
pub async fn kept(db: &Db) -> Result<Vec<Summary>, sqlx::Error> {
    let rows: Vec<(i64, bool, bool, Option<String>)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT round_place_id, lacks, dont_know, first_need FROM round_place_summaries ORDER BY round_place_id"
    )
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(round_place_id, lacks, dont_know, first_need)| Summary { round_place_id, lacks, dont_know, first_need })
        .collect())
}

/// The summaries computed afresh from every entry's answers.
pub async fn recompute(db: &Db) -> Result<Vec<Summary>, sqlx::Error> {
    let sql = format!(
        "SELECT rp.id, q.name, a.value FROM round_places rp LEFT JOIN answers a ON a.round_place_id = rp.id \
         LEFT JOIN questions q ON q.id = a.question_id AND q.name IN ({}) ORDER BY rp.id",
        names()
    );
    let rows: Vec<(i64, Option<String>, Option<String>)> =
        on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let mut by_entry: BTreeMap<i64, BTreeMap<String, String>> = BTreeMap::new();
    for (entry, name, value) in rows {
        let answers = by_entry.entry(entry).or_default();
        if let (Some(name), Some(value)) = (name, value) {
            answers.insert(name, value);
        }
    }
    Ok(by_entry.into_iter().map(|(entry, answers)| summarise(entry, &answers)).collect())
}

/// Writes the summaries an instance lacks (entries answered before the
/// roll-up existed); returns how many. Runs when an instance opens.
pub async fn backfill(db: &Db) -> Result<usize, sqlx::Error> {
    let missing: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT DISTINCT a.round_place_id FROM answers a \
         WHERE NOT EXISTS (SELECT 1 FROM round_place_summaries s WHERE s.round_place_id = a.round_place_id)"
    )
    .fetch_all(pool)
    .await)?;
    if missing.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin().await?;
    for entry in &missing {
        refresh(&mut tx, *entry).await?;
    }
    tx.commit().await?;
    Ok(missing.len())
}
