//! Background jobs that run once per cluster per period, however many
//! servers share the database. Each server looks at its jobs every few
//! seconds; a job runs on the one server whose conditional update moved its
//! `due_at` forward (`job_runs`), so with three servers one overdue notice
//! still escalates once. A server that dies mid-run leaves the job to run
//! again at its next period: every job is written to be safe to repeat.

use std::future::Future;
use std::sync::OnceLock;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, TimeDelta, Utc};

use crate::{on_db, on_tx, Db};

/// When a job is due again after it ran.
#[derive(Clone, Copy, Debug)]
pub enum Schedule {
    Every(Duration),
    /// Once a day at this UTC time.
    DailyAt(NaiveTime),
}

impl Schedule {
    pub fn next_after(self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Schedule::Every(period) => now + TimeDelta::from_std(period).unwrap_or(TimeDelta::hours(1)),
            Schedule::DailyAt(time) => {
                let today = now.date_naive().and_time(time).and_utc();
                if today > now {
                    today
                } else {
                    today + TimeDelta::days(1)
                }
            }
        }
    }

    /// How often a server looks whether the job is due.
    fn poll(self) -> Duration {
        match self {
            Schedule::Every(period) => period.min(Duration::from_secs(15)).max(Duration::from_secs(1)),
            Schedule::DailyAt(_) => Duration::from_secs(60),
        }
    }
}

/// This server, as it signs its claims: host, process and a random part.
pub fn server_id() -> &'static str {
    static ID: OnceLock<String> = OnceLock::new();
    ID.get_or_init(|| {
        let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "host".into());
        format!("{host}/{}/{:08x}", std::process::id(), fastrand::u32(..))
    })
}

/// Claims the job if it is due: true for exactly one caller per period.
pub async fn claim(db: &Db, name: &str, schedule: Schedule, now: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, |c| sqlx::query(
        "INSERT INTO job_runs (name, due_at) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING"
    )
    .bind(name)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    let claimed = on_tx!(&mut tx, |c| sqlx::query(
        "UPDATE job_runs SET due_at = $1, claimed_by = $2, started_at = $3 WHERE name = $4 AND due_at <= $3"
    )
    .bind(schedule.next_after(now))
    .bind(server_id())
    .bind(now)
    .bind(name)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    tx.commit().await?;
    Ok(claimed == 1)
}

/// Records how the run this server claimed ended (counts, never content).
async fn finish(db: &Db, name: &str, outcome: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, |c| sqlx::query(
        "UPDATE job_runs SET finished_at = $1, outcome = $2 WHERE name = $3 AND claimed_by = $4"
    )
    .bind(Utc::now())
    .bind(outcome)
    .bind(name)
    .bind(server_id())
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    tx.commit().await
}

/// Claims and runs the job once if it is due; returns whether it ran.
pub async fn run_if_due<F, Fut>(db: &Db, name: &str, schedule: Schedule, job: &F) -> Result<bool, sqlx::Error>
where
    F: Fn(Db, DateTime<Utc>) -> Fut,
    Fut: Future<Output = anyhow::Result<String>>,
{
    let now = Utc::now();
    if !claim(db, name, schedule, now).await? {
        return Ok(false);
    }
    let outcome = match job(db.clone(), now).await {
        Ok(outcome) => outcome,
        Err(e) => {
            tracing::warn!(job = name, error = %e, "a background job failed");
            format!("failed: {e}")
        }
    };
    finish(db, name, &outcome).await?;
    Ok(true)
}

/// Runs `job` on schedule for as long as the server runs, once per cluster.
/// The job returns a short account of what it did, kept in `job_runs`.
pub fn spawn<F, Fut>(db: Db, name: &'static str, schedule: Schedule, job: F) -> tokio::task::JoinHandle<()>
where
    F: Fn(Db, DateTime<Utc>) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = anyhow::Result<String>> + Send,
{
    tokio::spawn(async move {
        // Servers started together should not all ask at the same instant.
        tokio::time::sleep(Duration::from_millis(fastrand::u64(0..1000))).await;
        loop {
            if let Err(e) = run_if_due(&db, name, schedule, &job).await {
                tracing::warn!(job = name, error = %e, "a background job could not be claimed");
            }
            tokio::time::sleep(schedule.poll()).await;
        }
    })
}

crate::record! {
    /// The last run of a job, for the administrators' page.
    #[derive(Debug, Clone)]
    pub struct LastRun {
        pub name: String,
        pub due_at: DateTime<Utc>,
        pub claimed_by: String,
        pub started_at: Option<DateTime<Utc>>,
        pub finished_at: Option<DateTime<Utc>>,
        pub outcome: String,
    }
}

pub async fn last_runs(db: &Db) -> Result<Vec<LastRun>, sqlx::Error> {
    let sql = format!("SELECT {} FROM job_runs ORDER BY name", LastRun::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

/// Stamps `column` of one row of `table` with `at` unless it is stamped
/// already, and says whether this call did it: a reminder or a digest is
/// sent only by the transaction that stamped its row, so a job that runs
/// twice at once (a scheduled run beside one started by hand) sends once.
/// `table` and `column` are Mozaik's own names, never user input.
pub async fn stamp_once(
    tx: &mut crate::Tx,
    table: &'static str,
    column: &'static str,
    id: i64,
    at: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let sql = format!("UPDATE {table} SET {column} = $1 WHERE id = $2 AND {column} IS NULL");
    on_tx!(tx, |c| sqlx::query(&sql).bind(at).bind(id).execute(&mut *c).await.map(|r| r.rows_affected() == 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_daily_job_is_due_at_its_next_time_of_day() {
        let at = NaiveTime::from_hms_opt(6, 0, 0).unwrap_or_default();
        let before = DateTime::parse_from_rfc3339("2026-12-02T05:00:00Z").unwrap().with_timezone(&Utc);
        let after = DateTime::parse_from_rfc3339("2026-12-02T06:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(Schedule::DailyAt(at).next_after(before).to_rfc3339(), "2026-12-02T06:00:00+00:00");
        assert_eq!(Schedule::DailyAt(at).next_after(after).to_rfc3339(), "2026-12-03T06:00:00+00:00");
    }
}
