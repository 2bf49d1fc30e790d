//! What the knowledge hub asks of its reviewers now: practices proposed
//! for review and translations to confirm.

use futures_util::future::BoxFuture;
use platform::auth::{Account, Actor};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::work::WorkItem;
use platform::{on_db, Db};

platform::record! {
    struct ToReview {
        id: i64,
        title: String,
        translations: i64,
        state: String,
    }
}

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        let region = directory::places::region_path(db).await?;
        let actor = Actor::Account(Box::new(account.clone()));
        if !can(&actor, Action::ReviewKnowledge, &Resource::Place { path: &region }).allowed() {
            return Ok(Vec::new());
        }
        let open: Vec<ToReview> = on_db!(db, |pool| {
            sqlx::query_as(
            "SELECT p.id, COALESCE((SELECT t.body FROM practice_texts t WHERE t.practice_id = p.id AND t.field = 'title' \
             AND t.language = p.language), '') AS title, \
             (SELECT COUNT(*) FROM practice_texts t WHERE t.practice_id = p.id AND t.field = 'title' \
              AND t.status IN ('machine', 'human')) AS translations, p.state \
             FROM practices p WHERE p.state = 'submitted' OR (p.state = 'published' AND EXISTS \
             (SELECT 1 FROM practice_texts t WHERE t.practice_id = p.id AND t.status IN ('machine', 'human'))) \
             ORDER BY p.id"
        )
        .fetch_all(pool)
        .await
        })?;
        Ok(open
            .into_iter()
            .map(|p| {
                let link = format!("/knowledge/practices/{}", p.id);
                if p.state == "submitted" {
                    WorkItem::mine(tr.t("work-practice-review"), p.title, link)
                } else {
                    WorkItem::mine(tr.n("work-translations-confirm", p.translations), p.title, link + "#translations")
                }
            })
            .collect())
    })
}
