//! Reminders of fund reports coming due.

use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::i18n::i18n;
use platform::Db;

use super::store;

/// Reports due within a week that nobody has been reminded of: a mail to the
/// applicant, once. Returns how many were sent.
pub async fn remind_reports(db: &Db, now: DateTime<Utc>) -> anyhow::Result<usize> {
    let due = store::reports_to_remind(db, now.date_naive() + Duration::days(7)).await?;
    for report in &due {
        let tr = report.locale.as_deref().and_then(|l| i18n().get(l)).unwrap_or_else(|| i18n().default_tr());
        let mut tx = db.begin().await?;
        let body =
            tr.ta("support-report-reminder-body", &[("title", &report.title), ("due", &tr.date(&report.due_on))]);
        platform::mail::queue(&mut tx, &report.email, &tr.t("support-report-reminder-subject"), &body).await?;
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
