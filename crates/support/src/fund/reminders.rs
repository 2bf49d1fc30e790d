//! Reminders of fund reports coming due.

use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::notify::{self, Kind, Note};
use platform::Db;

use super::store;

/// Reports due within a week that nobody has been reminded of: a mail to the
/// applicant, once. Returns how many were sent.
pub async fn remind_reports(db: &Db, public_url: &str, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let due = store::reports_to_remind(db, now.date_naive() + Duration::days(7)).await?;
    for report in &due {
        let mut tx = db.begin().await?;
        let note = Note {
            kind: Kind::ReportDue,
            args: vec![("subject", report.title.clone()), ("due", report.due_on.to_string())],
            link: format!("/support/applications/{}#implementation", report.application_id),
        };
        notify::send(&mut tx, public_url, &[report.account_id], &note).await?;
        store::mark_reminded(&mut tx, report.id, now).await?;
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
    Ok(due.len())
}
