//! What assessments ask of a municipality now: a round to fill in or to
//! finish and submit, with how far it has got and its deadline.

use chrono::{Duration, NaiveDate, Utc};
use futures_util::future::BoxFuture;
use platform::auth::Account;
use platform::i18n::Tr;
use platform::work::WorkItem;
use platform::{on_db, Db};

platform::record! {
    struct Open {
        round_id: i64,
        round: String,
        deadline: NaiveDate,
        code: String,
        place: String,
        status: String,
        answered: i64,
        required: i64,
    }
}

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        let places = account.acts_for();
        if places.is_empty() {
            return Ok(Vec::new());
        }
        let list = places.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
        // Rounds still open or overdue by less than a month; only integer
        // ids from the grants are inlined.
        let sql = format!(
            "SELECT r.id AS round_id, r.name AS round, r.deadline, p.code, p.name AS place, rp.status, \
             (SELECT COUNT(*) FROM answers a JOIN questions q ON q.id = a.question_id \
              WHERE a.round_place_id = rp.id AND q.required) AS answered, \
             (SELECT COUNT(*) FROM questions q WHERE q.instrument_id = r.instrument_id AND q.required) AS required \
             FROM round_places rp JOIN rounds r ON r.id = rp.round_id JOIN places p ON p.id = rp.place_id \
             WHERE rp.place_id IN ({list}) AND rp.status <> 'submitted' AND r.deadline >= $1 ORDER BY r.deadline"
        );
        let since = Utc::now().date_naive() - Duration::days(30);
        let open: Vec<Open> = on_db!(db, |pool| sqlx::query_as(&sql).bind(since).fetch_all(pool).await)?;
        Ok(open
            .into_iter()
            .map(|o| {
                let task = if o.answered == 0 { "work-assessment-fill" } else { "work-assessment-finish" };
                let link = format!("/assess/rounds/{}/places/{}", o.round_id, o.code);
                let progress = tr.ta(
                    "work-assessment-progress",
                    &[("answered", &o.answered.to_string()), ("required", &o.required.to_string())],
                );
                WorkItem::mine(tr.t(task), format!("{} · {}", o.round, o.place), link)
                    .due(Some(platform::time::end_of_day(o.deadline)))
                    .progress(progress)
            })
            .collect())
    })
}
