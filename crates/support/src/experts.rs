//! The expert pool: profiles, ranking experts for a request or a fund
//! project with the reasons shown, assignments with deliverables, time
//! logged and the municipality's feedback.

use chrono::{DateTime, NaiveDate, Utc};
use platform::money::Eur;
use platform::{on_db, on_tx, Db, Tx};

#[derive(Clone, Debug, PartialEq)]
pub struct Expert {
    pub id: i64,
    pub account_id: Option<i64>,
    pub name: String,
    pub themes: Vec<String>,
    pub languages: Vec<String>,
    pub countries: Vec<String>,
    pub available_from: NaiveDate,
    pub available_to: NaiveDate,
    pub daily_rate: Eur,
    pub conflicts: String,
}

fn list_of(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

platform::record! {
    struct ExpertRow {
        id: i64,
        account_id: Option<i64>,
        name: String,
        themes: String,
        languages: String,
        countries: String,
        available_from: NaiveDate,
        available_to: NaiveDate,
        daily_rate: Eur,
        conflicts: String,
    }
}

impl From<ExpertRow> for Expert {
    fn from(r: ExpertRow) -> Expert {
        Expert {
            id: r.id,
            account_id: r.account_id,
            name: r.name,
            themes: list_of(&r.themes),
            languages: list_of(&r.languages),
            countries: list_of(&r.countries),
            available_from: r.available_from,
            available_to: r.available_to,
            daily_rate: r.daily_rate,
            conflicts: r.conflicts,
        }
    }
}

const EXPERT_SQL: &str = "SELECT id, account_id, name, themes, languages, countries, available_from, available_to, \
     daily_rate_cents AS daily_rate, conflicts FROM experts";

pub async fn all(db: &Db) -> Result<Vec<Expert>, sqlx::Error> {
    let sql = format!("{EXPERT_SQL} ORDER BY name");
    let rows: Vec<ExpertRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Expert::from).collect())
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Expert>, sqlx::Error> {
    let sql = format!("{EXPERT_SQL} WHERE id = $1");
    let row: Option<ExpertRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    Ok(row.map(Expert::from))
}

pub async fn create(tx: &mut Tx, e: &Expert) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO experts (account_id, name, themes, languages, countries, available_from, available_to, daily_rate_cents, conflicts, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
    )
    .bind(e.account_id)
    .bind(&e.name)
    .bind(e.themes.join(","))
    .bind(e.languages.join(","))
    .bind(e.countries.join(","))
    .bind(e.available_from)
    .bind(e.available_to)
    .bind(e.daily_rate)
    .bind(&e.conflicts)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })
}

/// The account an expert profile is linked to, found by its e-mail address.
pub async fn account_by_email(db: &Db, email: &str) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE lower(email) = lower($1)")
        .bind(email)
        .fetch_optional(pool)
        .await)
}

/// What an expert is matched against.
pub struct Need<'a> {
    pub theme: &'a str,
    pub language: &'a str,
    pub country: &'a str,
    pub on: NaiveDate,
}

/// Why an expert fits: a reason key for the page and its weight.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub expert: Expert,
    pub score: u32,
    /// The message ids of the reasons it fits (or does not), one per point of fit.
    pub reasons: Vec<&'static str>,
}

/// Experts ranked by fit: the theme counts most (3), then the language (2)
/// and the country (2), then being available now (1). Experts who fit in
/// nothing are left out; ties go to the lower daily rate.
pub fn rank(experts: &[Expert], need: &Need<'_>) -> Vec<Match> {
    let mut out: Vec<Match> = experts
        .iter()
        .map(|e| {
            let mut reasons = Vec::new();
            let mut score = 0;
            if e.themes.iter().any(|t| t == need.theme) {
                score += 3;
                reasons.push("support-reason-theme");
            }
            if e.languages.iter().any(|l| l == need.language || l.split('-').next() == need.language.split('-').next())
            {
                score += 2;
                reasons.push("support-reason-language");
            }
            if e.countries.iter().any(|c| c == need.country) {
                score += 2;
                reasons.push("support-reason-country");
            }
            if e.available_from <= need.on && need.on <= e.available_to {
                score += 1;
                reasons.push("support-reason-available");
            } else {
                reasons.push("support-reason-unavailable");
            }
            Match { expert: e.clone(), score, reasons }
        })
        .filter(|m| m.score > 1 || m.reasons.contains(&"support-reason-theme"))
        .collect();
    out.sort_by(|a, b| b.score.cmp(&a.score).then(a.expert.daily_rate.cmp(&b.expert.daily_rate)));
    out
}

platform::text_enum! {
    /// Where an expert's assignment stands.
    pub enum AssignmentState, messages "support-assignment" {
        Assigned = "assigned",
        Delivered = "delivered",
    }
}

platform::record! {
    /// An expert's work on a request or a funded project.
    #[derive(Clone, Debug)]
    pub struct Assignment {
        pub id: i64,
        pub expert_id: i64,
        pub expert_name: String,
        pub expert_account: Option<i64>,
        pub request_id: Option<i64>,
        pub application_id: Option<i64>,
        pub deliverables: String,
        pub reasons: String,
        pub state: AssignmentState,
        pub rating: Option<i64>,
        pub feedback: String,
        /// The expert's answer, once delivered.
        pub answer: String,
        pub hours: f64,
        pub created_at: DateTime<Utc>,
    }
}

const ASSIGNMENT_SQL: &str = "SELECT a.id, a.expert_id, e.name AS expert_name, e.account_id AS expert_account, \
     a.request_id, a.application_id, a.deliverables, a.reasons, a.state, a.rating, a.feedback, a.answer, \
     COALESCE((SELECT SUM(t.hours) FROM expert_time t WHERE t.assignment_id = a.id), 0.0) AS hours, a.created_at \
     FROM expert_assignments a JOIN experts e ON e.id = a.expert_id";

/// Assignments on a request (or all), of an expert (or all), oldest first.
pub async fn assignments(
    db: &Db,
    request_id: Option<i64>,
    expert_id: Option<i64>,
) -> Result<Vec<Assignment>, sqlx::Error> {
    let sql = format!(
        "{ASSIGNMENT_SQL} WHERE ($1 IS NULL OR a.request_id = $1) AND ($2 IS NULL OR a.expert_id = $2) ORDER BY a.id"
    );
    on_db!(db, |pool| sqlx::query_as(&sql).bind(request_id).bind(expert_id).fetch_all(pool).await)
}

/// The assignments of the expert profile linked to an account.
pub async fn assignments_of_account(db: &Db, account_id: i64) -> Result<Vec<Assignment>, sqlx::Error> {
    let sql = format!("{ASSIGNMENT_SQL} WHERE e.account_id = $1 ORDER BY a.id DESC");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(account_id).fetch_all(pool).await)
}

pub async fn assignment(db: &Db, id: i64) -> Result<Option<Assignment>, sqlx::Error> {
    let sql = format!("{ASSIGNMENT_SQL} WHERE a.id = $1");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub async fn assign(
    tx: &mut Tx,
    expert_id: i64,
    request_id: Option<i64>,
    application_id: Option<i64>,
    deliverables: &str,
    reasons: &str,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO expert_assignments (expert_id, request_id, application_id, deliverables, reasons, state, feedback, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'assigned', '', $6) RETURNING id"
    )
    .bind(expert_id)
    .bind(request_id)
    .bind(application_id)
    .bind(deliverables)
    .bind(reasons)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })
}

pub async fn log_time(
    tx: &mut Tx,
    assignment_id: i64,
    day: NaiveDate,
    hours: f64,
    note: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("INSERT INTO expert_time (assignment_id, day, hours, note) VALUES ($1, $2, $3, $4)")
        .bind(assignment_id)
        .bind(day)
        .bind(hours)
        .bind(note)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The expert's answer: kept on the assignment, which is then delivered.
pub async fn deliver(tx: &mut Tx, assignment_id: i64, answer: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE expert_assignments SET state = $1, answer = $2 WHERE id = $3")
        .bind(AssignmentState::Delivered)
        .bind(answer)
        .bind(assignment_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn set_state(tx: &mut Tx, assignment_id: i64, state: AssignmentState) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE expert_assignments SET state = $1 WHERE id = $2")
        .bind(state)
        .bind(assignment_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

pub async fn feedback(tx: &mut Tx, assignment_id: i64, rating: i64, text: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE expert_assignments SET rating = $1, feedback = $2 WHERE id = $3")
        .bind(rating)
        .bind(text)
        .bind(assignment_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expert(id: i64, themes: &str, languages: &str, countries: &str, rate: i64) -> Expert {
        Expert {
            id,
            account_id: None,
            name: format!("E{id}"),
            themes: list_of(themes),
            languages: list_of(languages),
            countries: list_of(countries),
            available_from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            available_to: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            daily_rate: Eur::euros(rate),
            conflicts: String::new(),
        }
    }

    #[test]
    fn experts_rank_by_theme_language_country_and_availability() {
        let pool = [
            expert(1, "need_youth", "sq", "AL", 300),
            expert(2, "need_youth", "mk,sq", "MK", 350),
            expert(3, "need_data", "mk", "MK", 200),
            expert(4, "need_funding", "fr", "FR", 100),
        ];
        let need = Need {
            theme: "need_youth",
            language: "mk",
            country: "MK",
            on: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        };
        let ranked = rank(&pool, &need);
        let order: Vec<i64> = ranked.iter().map(|m| m.expert.id).collect();
        assert_eq!(order, [2, 3, 1], "the theme, language and country fit first; no fit at all is left out");
        assert_eq!(ranked[0].score, 8);
        assert_eq!(
            ranked[0].reasons,
            ["support-reason-theme", "support-reason-language", "support-reason-country", "support-reason-available"]
        );
    }
}
