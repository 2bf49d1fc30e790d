//! The feed that keeps every server's search index in step with the
//! database (`search_changes`). A write to a searchable record adds the
//! record's key here in its own transaction; each server reads the feed in
//! id order and re-indexes what it names. On PostgreSQL an identity is
//! handed out before commit, so a lower id can appear after a higher one:
//! readers keep going past such a gap and look back into it for a while
//! (see `Cursor`).

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::{on_db, on_tx, Db, Tx};

/// The key that asks every server to rebuild its whole index (after a bulk
/// import of places or institutions).
pub const EVERYTHING: &str = "*";

/// How long a reader waits for a gap in the ids to fill before it treats
/// the missing id as a transaction that rolled back.
pub const GAP_PATIENCE: Duration = Duration::from_secs(60);

/// How long changes stay in the feed; a server that has not read it for half
/// as long rebuilds its index instead.
pub const KEPT_FOR: chrono::TimeDelta = chrono::TimeDelta::days(1);

pub async fn changed(tx: &mut Tx, key: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("INSERT INTO search_changes (record_key, changed_at) VALUES ($1, $2)")
        .bind(key)
        .bind(Utc::now())
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The newest id in the feed (0 when empty).
pub async fn latest(db: &Db) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM search_changes").fetch_one(pool).await)
}

/// Where a reader that is about to read every record should start in the
/// feed: before the changes of the last `GAP_PATIENCE`, which may belong to
/// transactions that commit after the records were read.
pub async fn start_point(db: &Db) -> Result<i64, sqlx::Error> {
    let since = Utc::now() - chrono::TimeDelta::from_std(GAP_PATIENCE).unwrap_or_default();
    let recent: Option<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM search_changes WHERE changed_at >= $1")
            .bind(since)
            .fetch_one(pool)
            .await)?;
    match recent {
        Some(first) => Ok(first - 1),
        None => latest(db).await,
    }
}

/// Changes after `after`, oldest first.
pub async fn after(db: &Db, after: i64, limit: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT id, record_key FROM search_changes WHERE id > $1 ORDER BY id LIMIT $2")
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await)
}

/// Removes changes older than `before`: a server that falls that far behind
/// rebuilds its index from the records instead.
pub async fn prune(db: &Db, before: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin().await?;
    let removed = on_tx!(&mut tx, |c| sqlx::query("DELETE FROM search_changes WHERE changed_at < $1")
        .bind(before)
        .execute(&mut *c)
        .await
        .map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(removed)
}

/// Where a reader stands in the feed: every id up to `done` has been
/// applied, and `applied` holds those above it. A gap below an applied id
/// is looked into again on every read until it fills or has waited
/// `GAP_PATIENCE`.
#[derive(Debug, Default)]
pub struct Cursor {
    done: i64,
    applied: BTreeSet<i64>,
    gap_since: Option<Instant>,
}

impl Cursor {
    pub fn at(id: i64) -> Cursor {
        Cursor { done: id, applied: BTreeSet::new(), gap_since: None }
    }

    /// Where the next read starts.
    pub fn read_from(&self) -> i64 {
        self.done
    }

    /// Whether an id read from the feed still needs applying.
    pub fn wants(&self, id: i64) -> bool {
        id > self.done && !self.applied.contains(&id)
    }

    pub fn applied(&mut self, id: i64) {
        if id > self.done {
            self.applied.insert(id);
        }
        self.advance(Instant::now());
    }

    /// Moves `done` over every id applied without a gap, and over a gap that
    /// has waited long enough.
    pub fn advance(&mut self, now: Instant) {
        loop {
            while self.applied.remove(&(self.done + 1)) {
                self.done += 1;
                self.gap_since = None;
            }
            let Some(&next) = self.applied.first() else {
                self.gap_since = None;
                return;
            };
            let since = *self.gap_since.get_or_insert(now);
            if now.duration_since(since) < GAP_PATIENCE {
                return;
            }
            self.done = next - 1;
            self.gap_since = None;
        }
    }

    /// Whether ids are missing below ones already applied.
    pub fn has_gap(&self) -> bool {
        !self.applied.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_commit_below_an_applied_id_is_still_wanted() {
        let mut cursor = Cursor::at(10);
        cursor.applied(12);
        assert!(cursor.wants(11), "11 may still commit");
        assert!(!cursor.wants(12));
        assert_eq!(cursor.read_from(), 10, "the next read looks into the gap");
        cursor.applied(11);
        assert_eq!(cursor.read_from(), 12);
        assert!(!cursor.has_gap());
    }

    #[test]
    fn a_gap_that_never_fills_is_passed_after_its_patience() {
        let mut cursor = Cursor::at(0);
        let start = Instant::now();
        cursor.applied(2);
        cursor.advance(start);
        assert_eq!(cursor.read_from(), 0);
        cursor.advance(start + GAP_PATIENCE + Duration::from_secs(1));
        assert_eq!(cursor.read_from(), 2);
    }
}
