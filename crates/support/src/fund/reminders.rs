//! Reminders of fund reports and work-plan activities coming due.

use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::notify::{self, Kind, Note};
use platform::Db;

use super::store;

/// Reports due within a week that nobody has been reminded of: a mail to the
/// applicant, once. Returns how many were sent.
pub async fn remind_reports(db: &Db, public_url: &str, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let due = store::reports_to_remind(db, now.date_naive() + Duration::days(7)).await?;
    let mut reminded = 0;
    for report in &due {
        let mut tx = db.begin().await?;
        if !platform::jobs::stamp_once(&mut tx, "fund_reports", "reminded_at", report.id, now).await? {
            continue;
        }
        reminded += 1;
        let note = Note {
            kind: Kind::ReportDue,
            args: vec![("subject", report.title.clone()), ("due", report.due_on.to_string())],
            link: format!("/support/applications/{}#implementation", report.application_id),
        };
        notify::send(&mut tx, public_url, &[report.account_id], &note).await?;
        audit::append(
            &mut tx,
            &AuditCtx { actor: "system".into(), request_id: "support-jobs".into() },
            Event {
                action: "fund.report_reminder",
                object_type: "fund_report",
                object_id: report.id.to_string(),
                place_id: None,
                summary: format!("due {}", report.due_on),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(reminded)
}

platform::record! {
    struct ActivityDue {
        id: i64,
        plan_id: i64,
        title: String,
        ends_on: chrono::NaiveDate,
        owner_position_id: i64,
    }
}

/// Unfinished activities ending within a week whose owners have not been
/// reminded: one message to each person holding the owning position, once.
/// Returns how many activities were reminded of.
pub async fn remind_activities(db: &Db, public_url: &str, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let soon = now.date_naive() + Duration::days(7);
    let due: Vec<ActivityDue> = platform::on_db!(db, |pool| sqlx::query_as(
        "SELECT a.id, o.plan_id, a.title, a.ends_on, a.owner_position_id FROM work_activities a \
         JOIN work_objectives o ON o.id = a.objective_id \
         WHERE a.status <> 'done' AND a.ends_on <= $1 AND a.reminded_at IS NULL AND a.owner_position_id IS NOT NULL"
    )
    .bind(soon)
    .fetch_all(pool)
    .await)?;
    let mut reminded = 0;
    for activity in &due {
        let mut tx = db.begin().await?;
        if !platform::jobs::stamp_once(&mut tx, "work_activities", "reminded_at", activity.id, now).await? {
            continue;
        }
        reminded += 1;
        let holders: Vec<i64> = platform::on_tx!(&mut tx, |c| sqlx::query_scalar(
            "SELECT DISTINCT a.id FROM position_holders h JOIN accounts a ON a.person_id = h.person_id \
             WHERE h.position_id = $1 AND h.valid_to IS NULL AND a.active"
        )
        .bind(activity.owner_position_id)
        .fetch_all(&mut *c)
        .await)?;
        let note = Note {
            kind: Kind::ActivityDue,
            args: vec![("subject", activity.title.clone()), ("due", activity.ends_on.to_string())],
            link: format!("/support/plans/{}#progress", activity.plan_id),
        };
        let told = notify::send(&mut tx, public_url, &holders, &note).await?;
        audit::append(
            &mut tx,
            &AuditCtx { actor: "system".into(), request_id: "support-jobs".into() },
            Event {
                action: "workplan.activity_reminder",
                object_type: "work_activity",
                object_id: activity.id.to_string(),
                place_id: None,
                summary: format!("ends {}; {told} people told", activity.ends_on),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(reminded)
}
