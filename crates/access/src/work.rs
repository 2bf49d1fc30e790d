//! What administration asks of a person now: invitations they sent that
//! wait to be accepted.

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;
use platform::auth::{Account, Actor};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::work::WorkItem;
use platform::{on_db, Db};

platform::record! {
    struct Waiting {
        full_name: String,
        email: String,
        place: String,
        expires_at: DateTime<Utc>,
    }
}

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        let actor = Actor::Account(Box::new(account.clone()));
        let administers = can(&actor, Action::ManageAccounts, &Resource::Instance).allowed();
        let waiting: Vec<Waiting> = on_db!(db, |pool| sqlx::query_as(
            "SELECT i.full_name, i.email, COALESCE(p.name, '') AS place, i.expires_at FROM invitations i \
             LEFT JOIN places p ON p.id = i.place_id \
             WHERE i.accepted_at IS NULL AND i.expires_at > $1 AND (i.invited_by = $2 OR $3) ORDER BY i.expires_at"
        )
        .bind(Utc::now())
        .bind(account.id)
        .bind(administers)
        .fetch_all(pool)
        .await)?;
        Ok(waiting
            .into_iter()
            .map(|w| {
                WorkItem::mine(
                    tr.t("work-invitation-waiting"),
                    format!("{} · {}", w.full_name, w.place),
                    "/admin/accounts".into(),
                )
                .due(Some(w.expires_at))
                .waiting_on(w.email)
            })
            .collect())
    })
}
