//! What information sharing asks of a position's holder now: a notice to
//! acknowledge before its deadline, a local preparation plan to file; and,
//! for senders, notices still waiting to be acknowledged. Only the kind and
//! the channel are named, never content.

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use platform::auth::Account;
use platform::i18n::Tr;
use platform::work::WorkItem;
use platform::{on_db, Db};

use crate::kinds::{Kind, NoticeState};

platform::record! {
    struct Open {
        id: i64,
        kind: Kind,
        state: NoticeState,
        channel: String,
        ack_deadline: DateTime<Utc>,
        addressed: bool,
    }
}

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        if account.positions.is_empty() {
            return Ok(Vec::new());
        }
        let list = account.positions.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
        // Only integer position ids are inlined.
        let sql = format!(
            "SELECT n.id, n.kind, n.state, c.name AS channel, n.ack_deadline, \
             n.id IN (SELECT notice_id FROM notice_recipients WHERE position_id IN ({list})) AS addressed \
             FROM notices n JOIN channels c ON c.id = n.channel_id \
             WHERE n.state IN ('sent', 'delivered', 'acknowledged', 'responded') AND n.purged_at IS NULL \
             AND (n.from_position_id IN ({list}) OR n.id IN (SELECT notice_id FROM notice_recipients WHERE position_id IN ({list}))) \
             ORDER BY n.ack_deadline"
        );
        let open: Vec<Open> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
        let mut items = Vec::new();
        for n in open {
            let link = format!("/sharing/notices/{}", n.id);
            let subject = format!("{} · {}", tr.t(n.kind.message_id()), n.channel);
            let needs_plan = n.kind == Kind::Return;
            let awaits_acknowledgement = n.state.awaits_acknowledgement();
            let item = match (n.addressed, n.state) {
                (true, _) if awaits_acknowledgement => {
                    WorkItem::mine(tr.t("work-notice-acknowledge"), subject, link).due(Some(n.ack_deadline))
                }
                (true, NoticeState::Acknowledged) if needs_plan => {
                    WorkItem::mine(tr.t("work-notice-plan"), subject, link)
                }
                (false, _) if awaits_acknowledgement => WorkItem::mine(tr.t("work-notice-sent"), subject, link)
                    .due(Some(n.ack_deadline))
                    .waiting_on(tr.t("work-waiting-recipients")),
                (false, NoticeState::Acknowledged) if needs_plan => {
                    WorkItem::mine(tr.t("work-notice-sent"), subject, link).waiting_on(tr.t("work-waiting-plan"))
                }
                (false, NoticeState::Responded) => WorkItem::mine(tr.t("work-notice-read-plan"), subject, link),
                _ => continue,
            };
            items.push(item);
        }
        Ok(items)
    })
}
