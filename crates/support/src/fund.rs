//! The Technical Support Fund: calls with a budget, eligibility rules and
//! weighted criteria; applications from municipalities, linked to their
//! assessed needs and to the helpdesk request behind them; at least two
//! reviews without conflict of interest; a decision that never commits more
//! than the call's budget; then the agreement, tranches and reports.
//!
//! States only move forward:
//! submitted → eligible | ineligible; eligible → in_review → approved |
//! approved_with_conditions | rejected | waitlisted; waitlisted → approved |
//! approved_with_conditions | rejected; approved(_with_conditions) →
//! agreement → completed.

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Backend, Db, Tx};
use serde::{Deserialize, Serialize};

pub const DECISIONS: &[&str] = &["approved", "approved_with_conditions", "rejected", "waitlisted"];
pub const MIN_REVIEWS: usize = 2;

pub fn may_move(from: &str, to: &str) -> bool {
    matches!(
        (from, to),
        ("submitted", "eligible" | "ineligible")
            | ("eligible", "in_review")
            | ("in_review", "approved" | "approved_with_conditions" | "rejected" | "waitlisted")
            | ("waitlisted", "approved" | "approved_with_conditions" | "rejected")
            | ("approved" | "approved_with_conditions", "agreement")
            | ("agreement", "completed")
    )
}

/// Decisions that commit the amount to the call's budget (also in `COMMITTED_SQL`).
pub fn commits(state: &str) -> bool {
    matches!(state, "approved" | "approved_with_conditions" | "agreement" | "completed")
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Criterion {
    pub name: String,
    pub weight: f64,
}

#[derive(Clone, Debug)]
pub struct Call {
    pub id: i64,
    pub title: String,
    pub budget: i64,
    pub max_amount: i64,
    pub countries: Vec<String>,
    pub criteria: Vec<Criterion>,
    pub deadline: NaiveDate,
}

type CallRow = (i64, String, i64, i64, String, String, NaiveDate);

fn call((id, title, budget, max_amount, countries, criteria, deadline): CallRow) -> Call {
    Call {
        id,
        title,
        budget,
        max_amount,
        countries: countries.split(',').filter(|c| !c.is_empty()).map(String::from).collect(),
        criteria: serde_json::from_str(&criteria).unwrap_or_default(),
        deadline,
    }
}

pub async fn calls(db: &Db) -> Result<Vec<Call>, sqlx::Error> {
    let rows: Vec<CallRow> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, title, budget, max_amount, countries, criteria, deadline FROM fund_calls ORDER BY deadline DESC"
    )
    .fetch_all(pool)
    .await
    })?;
    Ok(rows.into_iter().map(call).collect())
}

pub async fn load_call(db: &Db, id: i64) -> Result<Option<Call>, sqlx::Error> {
    Ok(calls(db).await?.into_iter().find(|c| c.id == id))
}

pub async fn create_call(tx: &mut Tx, c: &Call) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO fund_calls (title, budget, max_amount, countries, criteria, deadline, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(&c.title)
    .bind(c.budget)
    .bind(c.max_amount)
    .bind(c.countries.join(","))
    .bind(serde_json::to_string(&c.criteria).unwrap_or_default())
    .bind(c.deadline)
    .bind(Utc::now())
    .fetch_one(&mut *conn)
    .await
    })
}

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
    pub amount: i64,
    pub state: String,
    pub eligibility: String,
    pub conditions: String,
    pub agreement: String,
    pub created_at: DateTime<Utc>,
}

type ApplicationRow = (
    i64,
    i64,
    i64,
    String,
    String,
    Option<i64>,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    String,
    DateTime<Utc>,
);

const APPLICATION_SQL: &str = "SELECT a.id, a.call_id, a.place_id, p.code, p.name, a.request_id, a.need, a.title, a.summary, a.amount, a.state, \
     a.eligibility, a.conditions, a.agreement, a.created_at FROM fund_applications a JOIN places p ON p.id = a.place_id";

fn application(row: ApplicationRow) -> Application {
    let (
        id,
        call_id,
        place_id,
        place_code,
        place_name,
        request_id,
        need,
        title,
        summary,
        amount,
        state,
        eligibility,
        conditions,
        agreement,
        created_at,
    ) = row;
    Application {
        id,
        call_id,
        place_id,
        place_code,
        place_name,
        request_id,
        need,
        title,
        summary,
        amount,
        state,
        eligibility,
        conditions,
        agreement,
        created_at,
    }
}

pub async fn applications(db: &Db, call_id: i64) -> Result<Vec<Application>, sqlx::Error> {
    let sql = format!("{APPLICATION_SQL} WHERE a.call_id = $1 ORDER BY a.id");
    let rows: Vec<ApplicationRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(call_id).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(application).collect())
}

pub async fn load_application(db: &Db, id: i64) -> Result<Option<Application>, sqlx::Error> {
    let sql = format!("{APPLICATION_SQL} WHERE a.id = $1");
    let row: Option<ApplicationRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(application))
}

/// Why an application is not eligible (Fluent keys with arguments); empty
/// when it is.
pub fn eligibility(
    call: &Call,
    country: &str,
    amount: i64,
    assessed_needs: &[String],
    need: &str,
    today: NaiveDate,
) -> Vec<(&'static str, String)> {
    let mut reasons = Vec::new();
    if today > call.deadline {
        reasons.push(("deadline", call.deadline.to_string()));
    }
    if !call.countries.is_empty() && !call.countries.iter().any(|c| c == country) {
        reasons.push(("country", call.countries.join(", ")));
    }
    if amount > call.max_amount {
        reasons.push(("amount", call.max_amount.to_string()));
    }
    if !assessed_needs.iter().any(|n| n == need) {
        reasons.push(("need", need.to_string()));
    }
    reasons
}

pub struct NewApplication<'a> {
    pub call_id: i64,
    pub place_id: i64,
    pub request_id: Option<i64>,
    pub need: &'a str,
    pub title: &'a str,
    pub summary: &'a str,
    pub amount: i64,
    pub eligible: bool,
    pub eligibility: &'a str,
    pub created_by: i64,
}

/// Stores an application already checked: it enters as submitted and
/// moves at once to eligible or ineligible, both moves recorded.
pub async fn apply(tx: &mut Tx, a: &NewApplication<'_>) -> Result<i64, sqlx::Error> {
    let state = if a.eligible { "eligible" } else { "ineligible" };
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO fund_applications (call_id, place_id, request_id, need, title, summary, amount, state, eligibility, conditions, agreement, created_by, created_at) \
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
    .await
    })
}

/// Moves an application forward, checking the state inside the
/// transaction. Err(state it is in) when the move is not allowed.
pub async fn move_to(tx: &mut Tx, id: i64, to: &str) -> Result<Result<(), String>, sqlx::Error> {
    let from: String = on_tx!(tx, |c| sqlx::query_scalar("SELECT state FROM fund_applications WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *c)
        .await)?;
    if !may_move(&from, to) {
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

#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// The move is not allowed from the state the application is in.
    State(String),
    /// Fewer than two reviews without conflict have been submitted.
    Reviews(usize),
    /// The amount would take the call over its budget: what remains.
    Budget(i64),
}

/// Decides an application. An approval commits its amount only if the
/// call's budget still holds it; the call's row is locked first, so two
/// decisions at once are taken one after the other.
pub async fn decide(
    db: &Db,
    id: i64,
    decision: &str,
    conditions: &str,
    audit_ctx: &platform::audit::AuditCtx,
) -> Result<Result<(), Refusal>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let (call_id, amount): (i64, i64) =
        on_tx!(&mut tx, |c| sqlx::query_as("SELECT call_id, amount FROM fund_applications WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *c)
            .await)?;
    // Serialise decisions on the same call: PostgreSQL locks the call's row;
    // SQLite has one writer at a time, and this transaction writes first.
    let lock = match tx.backend() {
        Backend::Postgres => "SELECT budget FROM fund_calls WHERE id = $1 FOR UPDATE",
        Backend::Sqlite => "UPDATE fund_calls SET budget = budget WHERE id = $1 RETURNING budget",
    };
    let budget: i64 = on_tx!(&mut tx, |c| sqlx::query_scalar(lock).bind(call_id).fetch_one(&mut *c).await)?;
    let state: String = on_tx!(&mut tx, |c| sqlx::query_scalar("SELECT state FROM fund_applications WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *c)
        .await)?;
    if !may_move(&state, decision) {
        return Ok(Err(Refusal::State(state)));
    }
    let reviews = completed_reviews(&mut tx, id).await?;
    if reviews < MIN_REVIEWS {
        return Ok(Err(Refusal::Reviews(reviews)));
    }
    if commits(decision) {
        let sql = format!("{COMMITTED_SQL} AND call_id = $1");
        let committed: Option<i64> =
            on_tx!(&mut tx, |c| sqlx::query_scalar(&sql).bind(call_id).fetch_one(&mut *c).await)?;
        let remaining = budget - committed.unwrap_or(0);
        if amount > remaining {
            return Ok(Err(Refusal::Budget(remaining)));
        }
    }
    if let Err(from) = move_to(&mut tx, id, decision).await? {
        return Ok(Err(Refusal::State(from)));
    }
    on_tx!(&mut tx, |c| sqlx::query("UPDATE fund_applications SET conditions = $1, decided_at = $2 WHERE id = $3")
        .bind(conditions)
        .bind(Utc::now())
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    platform::audit::append(
        &mut tx,
        audit_ctx,
        platform::audit::Event {
            action: "fund.decision",
            object_type: "fund_application",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("{decision}: {amount} EUR"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

async fn completed_reviews(tx: &mut Tx, application_id: i64) -> Result<usize, sqlx::Error> {
    let n: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "SELECT COUNT(*) FROM fund_reviews WHERE application_id = $1 AND submitted_at IS NOT NULL AND conflict = FALSE"
    )
    .bind(application_id)
    .fetch_one(&mut *c)
    .await
    })?;
    Ok(n as usize)
}

/// How much of a call's budget is committed.
/// The sum committed, from the states `commits` names.
const COMMITTED_SQL: &str = "SELECT CAST(SUM(amount) AS BIGINT) FROM fund_applications \
     WHERE state IN ('approved', 'approved_with_conditions', 'agreement', 'completed')";

/// How much of a call's budget is committed.
pub async fn committed(db: &Db, call_id: i64) -> Result<i64, sqlx::Error> {
    Ok(committed_by_call(db).await?.get(&call_id).copied().unwrap_or(0))
}

/// What every call has committed, in one query.
pub async fn committed_by_call(db: &Db) -> Result<std::collections::BTreeMap<i64, i64>, sqlx::Error> {
    let sql = COMMITTED_SQL.replace("SELECT CAST", "SELECT call_id, CAST") + " GROUP BY call_id";
    let rows: Vec<(i64, Option<i64>)> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(call, sum)| (call, sum.unwrap_or(0))).collect())
}

#[derive(Clone, Debug, Default)]
pub struct Review {
    pub id: i64,
    pub reviewer_id: i64,
    pub reviewer: String,
    pub conflict: Option<bool>,
    pub conflict_note: String,
    pub scores: Vec<f64>,
    pub comment: String,
    pub submitted: bool,
}

pub async fn reviews(db: &Db, application_id: i64) -> Result<Vec<Review>, sqlx::Error> {
    type Row = (i64, i64, String, Option<bool>, String, String, String, Option<DateTime<Utc>>);
    let rows: Vec<Row> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT r.id, r.reviewer_id, p.full_name, r.conflict, r.conflict_note, r.scores, r.comment, r.submitted_at FROM fund_reviews r \
         JOIN accounts a ON a.id = r.reviewer_id JOIN people p ON p.id = a.person_id WHERE r.application_id = $1 ORDER BY r.id"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|(id, reviewer_id, reviewer, conflict, conflict_note, scores, comment, submitted)| Review {
            id,
            reviewer_id,
            reviewer,
            conflict,
            conflict_note,
            scores: serde_json::from_str(&scores).unwrap_or_default(),
            comment,
            submitted: submitted.is_some(),
        })
        .collect())
}

/// The weighted score of a review on 0–10.
pub fn weighted(criteria: &[Criterion], scores: &[f64]) -> Option<f64> {
    let total: f64 = criteria.iter().map(|c| c.weight).sum();
    (total > 0.0 && scores.len() == criteria.len())
        .then(|| criteria.iter().zip(scores).map(|(c, s)| c.weight * s).sum::<f64>() / total)
}

pub async fn add_reviewer(tx: &mut Tx, application_id: i64, reviewer: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO fund_reviews (application_id, reviewer_id, conflict_note, scores, comment) VALUES ($1, $2, '', '[]', '')"
    )
    .bind(application_id)
    .bind(reviewer)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
}

pub async fn declare(tx: &mut Tx, review_id: i64, conflict: bool, note: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE fund_reviews SET conflict = $1, conflict_note = $2 WHERE id = $3")
        .bind(conflict)
        .bind(note)
        .bind(review_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn score(tx: &mut Tx, review_id: i64, scores: &[f64], comment: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE fund_reviews SET scores = $1, comment = $2, submitted_at = $3 WHERE id = $4")
        .bind(serde_json::to_string(scores).unwrap_or_default())
        .bind(comment)
        .bind(Utc::now())
        .bind(review_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

#[derive(Clone, Debug)]
pub struct Tranche {
    pub id: i64,
    pub amount: i64,
    pub due_on: NaiveDate,
    pub paid_on: Option<NaiveDate>,
}

pub async fn tranches(db: &Db, application_id: i64) -> Result<Vec<Tranche>, sqlx::Error> {
    let rows: Vec<(i64, i64, NaiveDate, Option<NaiveDate>)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, amount, due_on, paid_on FROM fund_tranches WHERE application_id = $1 ORDER BY due_on"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(id, amount, due_on, paid_on)| Tranche { id, amount, due_on, paid_on }).collect())
}

#[derive(Clone, Debug)]
pub struct Report {
    pub id: i64,
    pub kind: String,
    pub due_on: NaiveDate,
    pub body: String,
    pub submitted: bool,
}

pub async fn reports(db: &Db, application_id: i64) -> Result<Vec<Report>, sqlx::Error> {
    type Row = (i64, String, NaiveDate, String, Option<DateTime<Utc>>);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, kind, due_on, body, submitted_at FROM fund_reports WHERE application_id = $1 ORDER BY due_on"
    )
    .bind(application_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(id, kind, due_on, body, submitted)| Report { id, kind, due_on, body, submitted: submitted.is_some() })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_only_move_forward() {
        assert!(may_move("submitted", "eligible"));
        assert!(may_move("in_review", "waitlisted") && may_move("waitlisted", "approved"));
        assert!(!may_move("approved", "in_review"));
        assert!(!may_move("rejected", "approved"));
        assert!(!may_move("ineligible", "in_review"));
        assert!(!may_move("eligible", "approved"), "a decision needs a review first");
    }

    #[test]
    fn the_weighted_score_follows_the_weights() {
        let criteria = [Criterion { name: "need".into(), weight: 3.0 }, Criterion { name: "cost".into(), weight: 1.0 }];
        assert_eq!(weighted(&criteria, &[8.0, 4.0]), Some(7.0));
        assert_eq!(weighted(&criteria, &[8.0]), None);
    }

    #[test]
    fn eligibility_names_every_reason() {
        let call = Call {
            id: 1,
            title: "t".into(),
            budget: 100_000,
            max_amount: 20_000,
            countries: vec!["MK".into()],
            criteria: Vec::new(),
            deadline: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        assert!(eligibility(&call, "MK", 15_000, &["need_youth".into()], "need_youth", today).is_empty());
        let reasons: Vec<&str> =
            eligibility(&call, "RS", 25_000, &[], "need_youth", today).iter().map(|r| r.0).collect();
        assert_eq!(reasons, ["country", "amount", "need"]);
    }
}
