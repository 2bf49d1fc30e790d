//! Retention: each kind of record with a period is swept once a day, once
//! per cluster (`privacy.retention`). Administrators choose each period
//! within the limits its declaration sets; the run records what it removed
//! as counts, never content.

use chrono::{DateTime, TimeDelta, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::privacy::Retention;
use platform::{on_tx, settings, Db, Tx};

/// Who runs the scheduled sweep, in the audit trail.
pub fn scheduled() -> AuditCtx {
    AuditCtx { actor: "system".into(), request_id: "privacy-retention".into() }
}

use super::declarations;

/// One kind of record with a retention period, as configured.
#[derive(Clone, Debug)]
pub struct Period {
    pub key: &'static str,
    pub days: u32,
    pub default: u32,
    pub min: u32,
    pub max: u32,
}

fn setting_name(key: &str) -> String {
    format!("retention.{key}")
}

/// Every kind of record with a period, once each, at its default.
pub fn defaults() -> Vec<Period> {
    let mut out: Vec<Period> = Vec::new();
    for declaration in declarations() {
        let Retention::Days { key, default, min, max, .. } = declaration.retention else { continue };
        if !out.iter().any(|p| p.key == key) {
            out.push(Period { key, days: default, default, min, max });
        }
    }
    out
}

/// Every kind of record with a period, with the days this instance chose.
pub async fn periods(db: &Db) -> Result<Vec<Period>, sqlx::Error> {
    let mut out = defaults();
    for period in &mut out {
        let chosen = settings::get(db, &setting_name(period.key)).await?.and_then(|v| v.parse::<u32>().ok());
        if let Some(days) = chosen.filter(|d| (period.min..=period.max).contains(d)) {
            period.days = days;
        }
    }
    Ok(out)
}

/// Why a chosen period was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum PeriodError {
    Unknown,
    OutOfRange { min: u32, max: u32 },
}

/// Sets one period, checked against its declaration's limits.
pub async fn set_period(tx: &mut Tx, db: &Db, key: &str, days: u32) -> Result<Result<(), PeriodError>, sqlx::Error> {
    let Some(period) = periods(db).await?.into_iter().find(|p| p.key == key) else {
        return Ok(Err(PeriodError::Unknown));
    };
    if !(period.min..=period.max).contains(&days) {
        return Ok(Err(PeriodError::OutOfRange { min: period.min, max: period.max }));
    }
    settings::set(tx, &setting_name(key), &days.to_string()).await?;
    Ok(Ok(()))
}

/// What one run removed, per table and kind of record.
#[derive(Debug, Default)]
pub struct Swept {
    pub counts: Vec<(&'static str, &'static str, u64)>,
}

impl Swept {
    pub fn total(&self) -> u64 {
        self.counts.iter().map(|(_, _, n)| n).sum()
    }

    pub fn summary(&self) -> String {
        let parts: Vec<String> = self.counts.iter().map(|(table, key, n)| format!("{table} ({key}): {n}")).collect();
        format!("{} records past their retention period; {}", self.total(), parts.join(", "))
    }
}

/// Removes what is past its period, all kinds in one transaction with one
/// audit event, in the name of `by` (the system, or an administrator who
/// started it). Safe to repeat: a second run finds nothing more.
pub async fn run(db: &Db, now: DateTime<Utc>, by: &AuditCtx) -> anyhow::Result<Swept> {
    let periods = periods(db).await?;
    let mut swept = Swept::default();
    let mut tx = db.begin().await?;
    for declaration in declarations() {
        let Retention::Days { key, sweep, .. } = declaration.retention else { continue };
        let days = periods.iter().find(|p| p.key == key).map(|p| p.days).unwrap_or(u32::MAX);
        let cutoff = now - TimeDelta::days(i64::from(days));
        let removed =
            on_tx!(&mut tx, |c| sqlx::query(sweep).bind(cutoff).execute(&mut *c).await.map(|r| r.rows_affected()))?;
        swept.counts.push((declaration.table.name, key, removed));
    }
    audit::append(
        &mut tx,
        by,
        Event {
            action: "privacy.retention",
            object_type: "instance",
            object_id: String::new(),
            place_id: None,
            summary: swept.summary(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(swept)
}
