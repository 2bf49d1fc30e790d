//! What the knowledge hub asks of people now: authors, to finish their
//! drafts (and, once proposed, that they wait for the reviewers); reviewers,
//! to review proposed practices and confirm translations.

use futures_util::future::BoxFuture;
use platform::auth::{Account, Actor};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::work::WorkItem;
use platform::{on_db, Db};

use crate::practices::PracticeState;

platform::record! {
    struct ToReview {
        id: i64,
        title: String,
        translations: i64,
        state: PracticeState,
    }
}

const TITLE: &str = "COALESCE((SELECT t.body FROM practice_texts t WHERE t.practice_id = p.id AND t.field = 'title' \
     AND t.language = p.language), '') AS title";

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        let mut items = own_practices(db, account, tr).await?;
        let region = directory::places::region_path(db).await?;
        let actor = Actor::Account(Box::new(account.clone()));
        if !can(&actor, Action::ReviewKnowledge, &Resource::Place { path: &region }).allowed() {
            return Ok(items);
        }
        let sql = format!(
            "SELECT p.id, {TITLE}, \
             (SELECT COUNT(*) FROM practice_texts t WHERE t.practice_id = p.id AND t.field = 'title' \
              AND t.status IN ('machine', 'human')) AS translations, p.state \
             FROM practices p WHERE p.state = 'submitted' OR (p.state = 'published' AND EXISTS \
             (SELECT 1 FROM practice_texts t WHERE t.practice_id = p.id AND t.status IN ('machine', 'human'))) \
             ORDER BY p.id"
        );
        let open: Vec<ToReview> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
        items.extend(open.into_iter().map(|p| {
            let link = format!("/knowledge/practices/{}", p.id);
            if p.state == PracticeState::Submitted {
                WorkItem::mine(tr.t("work-practice-review"), p.title, link)
            } else {
                WorkItem::mine(tr.n("work-translations-confirm", p.translations), p.title, link + "#translations")
            }
        }));
        Ok(items)
    })
}

platform::record! {
    struct Own {
        id: i64,
        title: String,
        state: PracticeState,
    }
}

/// The person's own drafts to finish, and proposals waiting for review.
async fn own_practices(db: &Db, account: &Account, tr: Tr) -> Result<Vec<WorkItem>, sqlx::Error> {
    let sql = format!(
        "SELECT p.id, {TITLE}, p.state FROM practices p WHERE p.created_by = $1 AND p.state IN ('draft', 'submitted') ORDER BY p.id"
    );
    let own: Vec<Own> = on_db!(db, |pool| sqlx::query_as(&sql).bind(account.id).fetch_all(pool).await)?;
    Ok(own
        .into_iter()
        .map(|p| {
            let link = format!("/knowledge/practices/{}", p.id);
            if p.state == PracticeState::Draft {
                WorkItem::mine(tr.t("work-practice-finish"), p.title, link)
            } else {
                WorkItem::mine(tr.t("work-practice-proposed"), p.title, link).waiting_on(tr.t("work-waiting-reviewers"))
            }
        })
        .collect())
}
