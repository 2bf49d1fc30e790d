//! The fund's records and every query on them.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use platform::money::Eur;
use platform::{on_db, on_tx, Backend, Db, Tx};

use super::rules::{Criterion, Decision, ReportKind, Stage, MIN_REVIEWS};

platform::record! {
    struct CallRow {
        id: i64,
        title: String,
        budget: Eur,
        max_amount: Eur,
        countries: String,
        criteria: String,
        deadline: NaiveDate,
    }
}

/// A call for applications.
#[derive(Clone, Debug)]
pub struct Call {
    pub id: i64,
    pub title: String,
    pub budget: Eur,
    pub max_amount: Eur,
    /// ISO 3166-1 codes of the countries whose municipalities may apply; empty for all.
    pub countries: Vec<String>,
    pub criteria: Vec<Criterion>,
    pub deadline: NaiveDate,
}

impl From<CallRow> for Call {
    fn from(row: CallRow) -> Call {
        Call {
            id: row.id,
            title: row.title,
            budget: row.budget,
            max_amount: row.max_amount,
            countries: row.countries.split(',').filter(|c| !c.is_empty()).map(String::from).collect(),
            criteria: serde_json::from_str(&row.criteria).unwrap_or_default(),
            deadline: row.deadline,
        }
    }
}

const CALL_SQL: &str =
    "SELECT id, title, budget_cents AS budget, max_amount_cents AS max_amount, countries, criteria, \
     deadline FROM fund_calls";

pub async fn calls(db: &Db) -> Result<Vec<Call>, sqlx::Error> {
    let sql = format!("{CALL_SQL} ORDER BY deadline DESC");
    let rows: Vec<CallRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Call::from).collect())
}

pub async fn load_call(db: &Db, id: i64) -> Result<Option<Call>, sqlx::Error> {
    let sql = format!("{CALL_SQL} WHERE id = $1");
    let row: Option<CallRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(Call::from))
}

pub async fn create_call(tx: &mut Tx, c: &Call) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |conn| sqlx::query_scalar(
        "INSERT INTO fund_calls (title, budget_cents, max_amount_cents, countries, criteria, deadline, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(&c.title)
    .bind(c.budget)
    .bind(c.max_amount)
    .bind(c.countries.join(","))
    .bind(serde_json::to_string(&c.criteria).unwrap_or_default())
    .bind(c.deadline)
    .bind(Utc::now())
    .fetch_one(&mut *conn)
    .await)
}

platform::record! {
    /// An application to a call, with its municipality.
    #[derive(Clone, Debug)]
    pub struct Application {
        pub id: i64,
        pub call_id: i64,
        pub place_id: i64,
        pub place_code: String,
        pub place_name: String,
        pub request_id: Option<i64>,
        pub need: String,
        pub title: String,
        pub summary: String,
        pub amount: Eur,
        pub state: Stage,
        pub eligibility: String,
        pub conditions: String,
        pub agreement: String,
        pub created_by: i64,
        pub created_at: DateTime<Utc>,
    }
}

const APPLICATION_SQL: &str = "SELECT a.id, a.call_id, a.place_id, p.code AS place_code, p.name AS place_name, \
     a.request_id, a.need, a.title, a.summary, a.amount_cents AS amount, a.state, a.eligibility, a.conditions, \
     a.agreement, a.created_by, a.created_at FROM fund_applications a JOIN places p ON p.id = a.place_id";

pub async fn applications(db: &Db, call_id: i64) -> Result<Vec<Application>, sqlx::Error> {
    let sql = format!("{APPLICATION_SQL} WHERE a.call_id = $1 ORDER BY a.id");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(call_id).fetch_all(pool).await)
}

pub async fn load_application(db: &Db, id: i64) -> Result<Option<Application>, sqlx::Error> {
    let sql = format!("{APPLICATION_SQL} WHERE a.id = $1");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub struct NewApplication<'a> {
    pub call_id: i64,
    pub place_id: i64,
    pub request_id: Option<i64>,
    pub need: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub amount: Eur,
    pub eligible: bool,
    pub eligibility: &'a str,
    pub created_by: i64,
}

/// Stores an application already checked: it enters as eligible or
/// ineligible, with the reasons.
pub async fn apply(tx: &mut Tx, a: &NewApplication<'_>) -> Result<i64, sqlx::Error> {
    let state = if a.eligible { Stage::Eligible } else { Stage::Ineligible };
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO fund_applications (call_id, place_id, request_id, need, title, summary, amount_cents, state, \
         eligibility, conditions, agreement, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '', '', $10, $11) RETURNING id"
    )
    .bind(a.call_id)
    .bind(a.place_id)
    .bind(a.request_id)
    .bind(a.need)
    .bind(a.title)
    .bind(a.summary)
    .bind(a.amount)
    .bind(state)
    .bind(a.eligibility)
    .bind(a.created_by)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await)
}

/// Locks an application's row for the rest of the transaction and reads
/// its state and amount: PostgreSQL with `FOR UPDATE`; SQLite has one
/// writer, and this transaction takes the write lock by writing first.
async fn lock_application(tx: &mut Tx, id: i64) -> Result<Option<(Stage, Eur, i64)>, sqlx::Error> {
    let sql = match tx.backend() {
        Backend::Postgres => "SELECT state, amount_cents, call_id FROM fund_applications WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => {
            "UPDATE fund_applications SET state = state WHERE id = $1 RETURNING state, amount_cents, call_id"
        }
    };
    on_tx!(tx, |c| sqlx::query_as(sql).bind(id).fetch_optional(&mut *c).await)
}

/// Moves an application forward, checking its state under the row's lock.
/// Err(the state it is in) when the move is not allowed.
pub async fn move_to(tx: &mut Tx, id: i64, to: Stage) -> Result<Result<(), Stage>, sqlx::Error> {
    let Some((from, _, _)) = lock_application(tx, id).await? else {
        return Err(sqlx::Error::RowNotFound);
    };
    if !from.may_move_to(to) {
        return Ok(Err(from));
    }
    on_tx!(tx, |c| sqlx::query("UPDATE fund_applications SET state = $1 WHERE id = $2")
        .bind(to)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    Ok(Ok(()))
}

/// Signs the agreement: the move and its reference in one step.
pub async fn sign_agreement(tx: &mut Tx, id: i64, reference: &str) -> Result<Result<(), Stage>, sqlx::Error> {
    if let Err(from) = move_to(tx, id, Stage::Agreement).await? {
        return Ok(Err(from));
    }
    on_tx!(tx, |c| sqlx::query("UPDATE fund_applications SET agreement = $1 WHERE id = $2")
        .bind(reference)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    Ok(Ok(()))
}

#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// The move is not allowed from the state the application is in.
    State(Stage),
    /// Fewer than two reviews without conflict have been submitted.
    Reviews(usize),
    /// The amount would take the call over its budget: what remains.
    Budget(Eur),
}

/// Decides an application. An approval commits its amount only if the
/// call's budget still holds it; the call's row is locked first, so two
/// decisions at once are taken one after the other.
pub async fn decide(
    tx: &mut Tx,
    id: i64,
    decision: Decision,
    conditions: &str,
) -> Result<Result<Eur, Refusal>, sqlx::Error> {
    let call_id: i64 = on_tx!(tx, |c| sqlx::query_scalar("SELECT call_id FROM fund_applications WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *c)
        .await)?;
    let lock = match tx.backend() {
        Backend::Postgres => "SELECT budget_cents FROM fund_calls WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "UPDATE fund_calls SET budget_cents = budget_cents WHERE id = $1 RETURNING budget_cents",
    };
    let budget: Eur = on_tx!(tx, |c| sqlx::query_scalar(lock).bind(call_id).fetch_one(&mut *c).await)?;
    let Some((state, amount, _)) = lock_application(tx, id).await? else {
        return Err(sqlx::Error::RowNotFound);
    };
    if !state.may_move_to(decision.stage()) {
        return Ok(Err(Refusal::State(state)));
    }
    let reviews = completed_reviews_in(tx, id).await?;
    if reviews < MIN_REVIEWS {
        return Ok(Err(Refusal::Reviews(reviews)));
    }
    if decision.stage().commits() {
        let sql = format!("{COMMITTED_SQL} AND call_id = $1");
        let committed: Option<i64> = on_tx!(tx, |c| sqlx::query_scalar(&sql).bind(call_id).fetch_one(&mut *c).await)?;
        let remaining = budget.saturating_sub(Eur::from_cents(committed.unwrap_or(0)).unwrap_or(budget));
        if amount > remaining {
            return Ok(Err(Refusal::Budget(remaining)));
        }
    }
    on_tx!(tx, |c| sqlx::query(
        "UPDATE fund_applications SET state = $1, conditions = $2, decided_at = $3 WHERE id = $4"
    )
    .bind(decision.stage())
    .bind(conditions)
    .bind(Utc::now())
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    Ok(Ok(amount))
}

async fn completed_reviews_in(tx: &mut Tx, application_id: i64) -> Result<usize, sqlx::Error> {
    let n: i64 =
        on_tx!(tx, |c| sqlx::query_scalar(COMPLETED_REVIEWS_SQL).bind(application_id).fetch_one(&mut *c).await)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// How many reviews count towards a decision so far.
pub async fn completed_reviews(db: &Db, application_id: i64) -> Result<usize, sqlx::Error> {
    let n: i64 =
        on_db!(db, |pool| sqlx::query_scalar(COMPLETED_REVIEWS_SQL).bind(application_id).fetch_one(pool).await)?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Reviews that count towards a decision: submitted, without conflict.
const COMPLETED_REVIEWS_SQL: &str =
    "SELECT COUNT(*) FROM fund_reviews WHERE application_id = $1 AND submitted_at IS NOT NULL AND conflict = FALSE";

/// The sum committed, from the states `Stage::commits` names.
const COMMITTED_SQL: &str = "SELECT CAST(SUM(amount_cents) AS BIGINT) FROM fund_applications \
     WHERE state IN ('approved', 'approved_with_conditions', 'agreement', 'completed')";

/// How much of a call's budget is committed.
pub async fn committed(db: &Db, call_id: i64) -> Result<Eur, sqlx::Error> {
    Ok(committed_by_call(db).await?.get(&call_id).copied().unwrap_or_default())
}

/// What every call has committed, in one query.
pub async fn committed_by_call(db: &Db) -> Result<BTreeMap<i64, Eur>, sqlx::Error> {
    let sql = COMMITTED_SQL.replace("SELECT CAST", "SELECT call_id, CAST") + " GROUP BY call_id";
    let rows: Vec<(i64, Option<i64>)> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(call, sum)| (call, Eur::from_cents(sum.unwrap_or(0)).unwrap_or_default())).collect())
}

platform::record! {
    struct ReviewRow {
        id: i64,
        reviewer_id: i64,
        reviewer: String,
        conflict: Option<bool>,
        conflict_note: String,
        scores: String,
        comment: String,
        submitted_at: Option<DateTime<Utc>>,
    }
}

/// One reviewer's review of an application.
#[derive(Clone, Debug, Default)]
pub struct Review {
    pub id: i64,
    pub reviewer_id: i64,
    pub reviewer: String,
    /// `None` until the reviewer has declared whether they have a conflict.
    pub conflict: Option<bool>,
    pub conflict_note: String,
    pub scores: Vec<f64>,
    pub comment: String,
    pub submitted: bool,
}

impl From<ReviewRow> for Review {
    fn from(r: ReviewRow) -> Review {
        Review {
            id: r.id,
            reviewer_id: r.reviewer_id,
            reviewer: r.reviewer,
            conflict: r.conflict,
            conflict_note: r.conflict_note,
            scores: serde_json::from_str(&r.scores).unwrap_or_default(),
            comment: r.comment,
            submitted: r.submitted_at.is_some(),
        }
    }
}

pub async fn reviews(db: &Db, application_id: i64) -> Result<Vec<Review>, sqlx::Error> {
    let rows: Vec<ReviewRow> = on_db!(db, |pool| sqlx::query_as(
        "SELECT r.id, r.reviewer_id, p.full_name AS reviewer, r.conflict, r.conflict_note, r.scores, r.comment, \
         r.submitted_at FROM fund_reviews r JOIN accounts a ON a.id = r.reviewer_id \
         JOIN people p ON p.id = a.person_id WHERE r.application_id = $1 ORDER BY r.id"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(Review::from).collect())
}

/// Who may review applications: the hub's staff and the partners who fund
/// or co-fund calls, each active, by name.
pub async fn reviewer_pool(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT DISTINCT a.id, p.full_name FROM role_grants g JOIN accounts a ON a.id = g.account_id \
         JOIN people p ON p.id = a.person_id \
         WHERE g.role IN ('hub_staff', 'hub_admin', 'partner') AND g.valid_to IS NULL AND a.active = TRUE \
         ORDER BY p.full_name"
    )
    .fetch_all(pool)
    .await)
}

pub async fn add_reviewer(tx: &mut Tx, application_id: i64, reviewer: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO fund_reviews (application_id, reviewer_id, conflict_note, scores, comment) \
         VALUES ($1, $2, '', '[]', '')"
    )
    .bind(application_id)
    .bind(reviewer)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// Records the reviewer's declaration, once: a declared review keeps it.
pub async fn declare(tx: &mut Tx, review_id: i64, conflict: bool, note: &str) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| sqlx::query(
        "UPDATE fund_reviews SET conflict = $1, conflict_note = $2 WHERE id = $3 AND conflict IS NULL"
    )
    .bind(conflict)
    .bind(note)
    .bind(review_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

/// Submits the scores, once, for a review declared free of conflict.
pub async fn score(tx: &mut Tx, review_id: i64, scores: &[f64], comment: &str) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| sqlx::query(
        "UPDATE fund_reviews SET scores = $1, comment = $2, submitted_at = $3 \
         WHERE id = $4 AND conflict = FALSE AND submitted_at IS NULL"
    )
    .bind(serde_json::to_string(scores).unwrap_or_default())
    .bind(comment)
    .bind(Utc::now())
    .bind(review_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

platform::record! {
    /// A planned payment to a funded project.
    #[derive(Clone, Debug)]
    pub struct Tranche {
        pub id: i64,
        pub amount: Eur,
        pub due_on: NaiveDate,
        pub paid_on: Option<NaiveDate>,
    }
}

pub async fn tranches(db: &Db, application_id: i64) -> Result<Vec<Tranche>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, amount_cents AS amount, due_on, paid_on FROM fund_tranches WHERE application_id = $1 ORDER BY due_on"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await
    })
}

/// Plans a tranche if the tranches stay within the approved amount. The
/// application's row is locked while the sum is read, so two tranches
/// planned at once cannot both fit into the same remainder.
/// Err(what remains to plan) when it would not fit; Ok(None) when the
/// application is not under agreement.
pub async fn plan_tranche(
    tx: &mut Tx,
    application_id: i64,
    amount: Eur,
    due_on: NaiveDate,
) -> Result<Result<Option<i64>, Eur>, sqlx::Error> {
    let Some((state, approved, _)) = lock_application(tx, application_id).await? else {
        return Ok(Ok(None));
    };
    if !state.under_agreement() {
        return Ok(Ok(None));
    }
    let planned: Option<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT CAST(SUM(amount_cents) AS BIGINT) FROM fund_tranches WHERE application_id = $1"
    )
    .bind(application_id)
    .fetch_one(&mut *c)
    .await)?;
    let planned = Eur::from_cents(planned.unwrap_or(0)).unwrap_or(approved);
    let left = approved.saturating_sub(planned);
    if amount > left {
        return Ok(Err(left));
    }
    let id = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO fund_tranches (application_id, amount_cents, due_on) VALUES ($1, $2, $3) RETURNING id"
    )
    .bind(application_id)
    .bind(amount)
    .bind(due_on)
    .fetch_one(&mut *c)
    .await)?;
    Ok(Ok(Some(id)))
}

/// Marks a tranche paid today; false when it was paid already or is not the application's.
pub async fn pay_tranche(tx: &mut Tx, application_id: i64, tranche: i64, on: NaiveDate) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| sqlx::query(
        "UPDATE fund_tranches SET paid_on = $1 WHERE id = $2 AND application_id = $3 AND paid_on IS NULL"
    )
    .bind(on)
    .bind(tranche)
    .bind(application_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

platform::record! {
    struct ReportRow {
        id: i64,
        kind: ReportKind,
        due_on: NaiveDate,
        body: String,
        submitted_at: Option<DateTime<Utc>>,
    }
}

/// A report a funded project owes.
#[derive(Clone, Debug)]
pub struct Report {
    pub id: i64,
    pub kind: ReportKind,
    pub due_on: NaiveDate,
    pub body: String,
    pub submitted: bool,
}

pub async fn reports(db: &Db, application_id: i64) -> Result<Vec<Report>, sqlx::Error> {
    let rows: Vec<ReportRow> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, kind, due_on, body, submitted_at FROM fund_reports WHERE application_id = $1 ORDER BY due_on"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|r| Report { id: r.id, kind: r.kind, due_on: r.due_on, body: r.body, submitted: r.submitted_at.is_some() })
        .collect())
}

pub async fn schedule_report(
    tx: &mut Tx,
    application_id: i64,
    kind: ReportKind,
    due_on: NaiveDate,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO fund_reports (application_id, kind, due_on, body) VALUES ($1, $2, $3, '') RETURNING id"
    )
    .bind(application_id)
    .bind(kind)
    .bind(due_on)
    .fetch_one(&mut *c)
    .await)
}

/// Submits a report, once; false when it was submitted already or is not the application's.
pub async fn submit_report(tx: &mut Tx, application_id: i64, report: i64, body: &str) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| sqlx::query(
        "UPDATE fund_reports SET body = $1, submitted_at = $2 \
         WHERE id = $3 AND application_id = $4 AND submitted_at IS NULL"
    )
    .bind(body)
    .bind(Utc::now())
    .bind(report)
    .bind(application_id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    Ok(done == 1)
}

platform::record! {
    /// A report coming due that nobody has been reminded of, with its applicant.
    pub struct DueReport {
        pub id: i64,
        pub application_id: i64,
        pub account_id: i64,
        pub email: String,
        pub locale: Option<String>,
        pub title: String,
        pub due_on: NaiveDate,
    }
}

/// Reports due by `by` whose applicant has not been reminded.
pub async fn reports_to_remind(db: &Db, by: NaiveDate) -> Result<Vec<DueReport>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT r.id, a.id AS application_id, acc.id AS account_id, acc.email, acc.locale, a.title, r.due_on \
         FROM fund_reports r \
         JOIN fund_applications a ON a.id = r.application_id JOIN accounts acc ON acc.id = a.created_by \
         WHERE r.submitted_at IS NULL AND r.reminded_at IS NULL AND r.due_on <= $1"
    )
    .bind(by)
    .fetch_all(pool)
    .await)
}
