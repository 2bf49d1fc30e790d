//! The roll-ups the dashboards and results pages read, written in the
//! transaction that writes the answers, so they can never disagree with
//! them: one summary per municipality and round (`round_place_summaries`),
//! and a round's answers counted by question, value and the municipality's
//! parent when the round opened (`answer_counts`). `recompute` and
//! `grouped_from_answers` build the same from the answers alone, for
//! checking.

use std::collections::BTreeMap;

use platform::{on_db, on_tx, Db, Tx};

use crate::instrument::DONT_KNOW;
use crate::results::{lacks, HEADLINE};

/// The questions a summary is made of.
const QUESTIONS: [&str; 4] = [HEADLINE[0], HEADLINE[1], HEADLINE[2], "priority_needs"];

platform::record! {
    #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
    pub struct Summary {
        pub round_place_id: i64,
        /// Whether any headline question is answered: only those entries count.
        pub headline_answered: bool,
        pub lacks: bool,
        pub dont_know: bool,
        pub first_need: Option<String>,
    }
}

fn summarise(round_place_id: i64, answers: &BTreeMap<String, String>) -> Summary {
    Summary {
        round_place_id,
        headline_answered: HEADLINE.iter().any(|q| answers.contains_key(*q)),
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
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO round_place_summaries (round_place_id, lacks, dont_know, first_need, headline_answered) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (round_place_id) DO UPDATE SET lacks = $2, dont_know = $3, first_need = $4, headline_answered = $5"
    )
    .bind(round_place_id)
    .bind(s.lacks)
    .bind(s.dont_know)
    .bind(&s.first_need)
    .bind(s.headline_answered)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
}

/// The summaries as kept, for every entry that has one.
pub async fn kept(db: &Db) -> Result<Vec<Summary>, sqlx::Error> {
    let sql = format!("SELECT {} FROM round_place_summaries ORDER BY round_place_id", Summary::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
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
        // Entries, not answers: one index probe each, so opening an instance
        // with a million answers stays quick.
        "SELECT rp.id FROM round_places rp \
         WHERE NOT EXISTS (SELECT 1 FROM round_place_summaries s WHERE s.round_place_id = rp.id) \
         AND EXISTS (SELECT 1 FROM answers a WHERE a.round_place_id = rp.id)"
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

/// The parent a place had when a round opened (0 for none), as the results
/// group it.
const PARENT_AT_ROUND: &str = "COALESCE((SELECT pp.parent_id FROM place_parents pp WHERE pp.place_id = rp.place_id \
     AND (pp.valid_from IS NULL OR pp.valid_from <= r.opened_on) AND (pp.valid_to IS NULL OR pp.valid_to > r.opened_on) \
     ORDER BY pp.id LIMIT 1), 0)";

/// Counts a round's submitted answers again, for the municipalities that
/// share one parent (`parent` Some), or for the whole round (None).
async fn count(tx: &mut Tx, round_id: i64, parent: Option<i64>) -> Result<(), sqlx::Error> {
    let (delete, only) = match parent {
        Some(_) => {
            ("DELETE FROM answer_counts WHERE round_id = $1 AND parent_id = $2", format!("AND {PARENT_AT_ROUND} = $2"))
        }
        None => ("DELETE FROM answer_counts WHERE round_id = $1 AND $2 = $2", String::new()),
    };
    let parent = parent.unwrap_or(0);
    if let Tx::Postgres(t) = tx {
        // Two municipalities of one parent saving at once would both insert
        // the group's counts: one round's recounts take turns.
        sqlx::query("SELECT pg_advisory_xact_lock(72023, CAST($1 AS INTEGER))")
            .bind(round_id)
            .execute(&mut **t)
            .await?;
    }
    on_tx!(tx, |c| sqlx::query(delete).bind(round_id).bind(parent).execute(&mut *c).await.map(|_| ()))?;
    let insert = format!(
        "INSERT INTO answer_counts (round_id, question_id, value, parent_id, count) \
         SELECT rp.round_id, a.question_id, a.value, {PARENT_AT_ROUND}, COUNT(*) FROM answers a \
         JOIN round_places rp ON rp.id = a.round_place_id JOIN rounds r ON r.id = rp.round_id \
         WHERE rp.round_id = $1 AND rp.status = 'submitted' AND $2 = $2 {only} \
         GROUP BY rp.round_id, a.question_id, a.value, {PARENT_AT_ROUND}"
    );
    on_tx!(tx, |c| sqlx::query(&insert).bind(round_id).bind(parent).execute(&mut *c).await.map(|_| ()))
}

/// Keeps the counts current after one municipality's entry changed (saved,
/// submitted, reopened): only its parent's group is counted again.
pub async fn recount_entry(tx: &mut Tx, round_place_id: i64) -> Result<(), sqlx::Error> {
    let sql = format!(
        "SELECT rp.round_id, {PARENT_AT_ROUND} FROM round_places rp JOIN rounds r ON r.id = rp.round_id WHERE rp.id = $1"
    );
    let found: Option<(i64, i64)> =
        on_tx!(tx, |c| sqlx::query_as(&sql).bind(round_place_id).fetch_optional(&mut *c).await)?;
    match found {
        Some((round, parent)) => count(tx, round, Some(parent)).await,
        None => Ok(()),
    }
}

/// Counts a whole round again (after an import or a generation).
pub async fn recount_round(tx: &mut Tx, round_id: i64) -> Result<(), sqlx::Error> {
    count(tx, round_id, None).await
}

platform::record! {
    /// How many submitted answers gave `value` to a question among the
    /// places under one parent (0 for none).
    #[derive(Debug, PartialEq, Eq)]
    pub struct AnswerCount {
        pub question_id: i64,
        pub value: String,
        pub parent_id: i64,
        pub count: i64,
    }
}

/// A round's counts as kept.
pub async fn kept_counts(db: &Db, round_id: i64) -> Result<Vec<AnswerCount>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM answer_counts WHERE round_id = $1 AND count > 0 ORDER BY question_id, value, parent_id",
        AnswerCount::COLUMNS
    );
    on_db!(db, |pool| sqlx::query_as(&sql).bind(round_id).fetch_all(pool).await)
}

/// The same counts straight from the answers, for checking.
pub async fn counts_from_answers(db: &Db, round_id: i64) -> Result<Vec<AnswerCount>, sqlx::Error> {
    let sql = format!(
        "SELECT a.question_id AS question_id, a.value AS value, {PARENT_AT_ROUND} AS parent_id, COUNT(*) AS count \
         FROM answers a JOIN round_places rp ON rp.id = a.round_place_id JOIN rounds r ON r.id = rp.round_id \
         WHERE rp.round_id = $1 AND rp.status = 'submitted' GROUP BY a.question_id, a.value, {PARENT_AT_ROUND} \
         ORDER BY a.question_id, a.value, parent_id"
    );
    on_db!(db, |pool| sqlx::query_as(&sql).bind(round_id).fetch_all(pool).await)
}

/// Counts the rounds an instance has answers for but no counts (answers
/// written before the counts existed); returns how many rounds.
pub async fn backfill_counts(db: &Db) -> Result<usize, sqlx::Error> {
    let missing: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT DISTINCT rp.round_id FROM round_places rp WHERE rp.status = 'submitted' \
         AND NOT EXISTS (SELECT 1 FROM answer_counts c WHERE c.round_id = rp.round_id)"
    )
    .fetch_all(pool)
    .await)?;
    let mut tx = db.begin().await?;
    for round in &missing {
        recount_round(&mut tx, *round).await?;
    }
    tx.commit().await?;
    Ok(missing.len())
}
