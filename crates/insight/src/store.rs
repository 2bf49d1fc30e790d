//! What the dashboards read from the other modules' tables, one query per
//! kind of record, each row carrying its place so the area filter and the
//! grouping happen in one pass in memory.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, Db};

/// Every place: code, name as shown, level.
pub async fn places(db: &Db, footnote: bool) -> Result<BTreeMap<i64, (String, String, String)>, sqlx::Error> {
    let sql = format!("SELECT {} FROM places", PlaceRow::COLUMNS);
    let rows: Vec<PlaceRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|p| {
            let shown = directory::places::shown_name(&p.code, &p.name, footnote);
            (p.id, (p.code, shown, p.level))
        })
        .collect())
}

platform::record! {
    struct PlaceRow {
        id: i64,
        code: String,
        name: String,
        level: String,
    }
}

/// Municipalities that are members of the network now.
pub async fn members(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT DISTINCT place_id FROM memberships WHERE valid_to IS NULL")
        .fetch_all(pool)
        .await)
}

platform::record! {
    /// A helpdesk request and when the hub first answered it.
    pub struct RequestRow {
        pub place_id: i64,
        pub topic: String,
        pub created_at: DateTime<Utc>,
        pub first_answer: Option<DateTime<Utc>>,
    }
}

pub async fn requests(db: &Db) -> Result<Vec<RequestRow>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT r.place_id, r.topic, r.created_at, \
         (SELECT MIN(e.at) FROM support_events e WHERE e.request_id = r.id AND e.kind IN ('reply', 'expert') \
          AND (e.account_id IS NULL OR e.account_id <> r.asked_by)) AS first_answer \
         FROM support_requests r"
    )
    .fetch_all(pool)
    .await)
}

platform::record! {
    pub struct AssignmentRow {
        pub place_id: Option<i64>,
        pub state: support::experts::AssignmentState,
    }
}

pub async fn assignments(db: &Db) -> Result<Vec<AssignmentRow>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT COALESCE(r.place_id, f.place_id) AS place_id, a.state FROM expert_assignments a \
         LEFT JOIN support_requests r ON r.id = a.request_id LEFT JOIN fund_applications f ON f.id = a.application_id"
    )
    .fetch_all(pool)
    .await)
}

platform::record! {
    /// A fund application, what was granted and what has been paid.
    pub struct GrantRow {
        pub place_id: i64,
        pub state: support::fund::Stage,
        pub amount_cents: i64,
        pub paid_cents: i64,
    }
}

pub async fn grants(db: &Db) -> Result<Vec<GrantRow>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT a.place_id, a.state, a.amount_cents, \
         CAST(COALESCE((SELECT SUM(t.amount_cents) FROM fund_tranches t WHERE t.application_id = a.id \
                        AND t.paid_on IS NOT NULL), 0) AS BIGINT) AS paid_cents \
         FROM fund_applications a"
    )
    .fetch_all(pool)
    .await)
}

platform::record! {
    pub struct StructureRow {
        pub place_id: i64,
        pub members: i64,
    }
}

pub async fn structures(db: &Db, today: NaiveDate) -> Result<Vec<StructureRow>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT s.place_id, (SELECT COUNT(*) FROM structure_members m WHERE m.structure_id = s.id \
         AND (m.valid_to IS NULL OR m.valid_to > $1)) AS members FROM structures s"
    )
    .bind(today)
    .fetch_all(pool)
    .await)
}

/// Volunteer hours per municipality since a day.
pub async fn hours(db: &Db, since: NaiveDate) -> Result<Vec<(i64, f64)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT place_id, SUM(hours) FROM volunteer_hours WHERE day >= $1 GROUP BY place_id"
    )
    .bind(since)
    .fetch_all(pool)
    .await)
}

/// The time of the last audited write whose action starts with one of
/// `prefixes`: the version of a dataset those writes change.
pub async fn last_write(db: &Db, prefixes: &[&str]) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let mut newest = None;
    for prefix in prefixes {
        let at: Option<DateTime<Utc>> =
            on_db!(db, |pool| sqlx::query_scalar("SELECT MAX(at) FROM audit_events WHERE action LIKE $1")
                .bind(format!("{prefix}%"))
                .fetch_one(pool)
                .await)?;
        newest = newest.max(at);
    }
    Ok(newest)
}

platform::record! {
    /// A place's boundary over the days it was valid.
    pub struct BoundaryRow {
        pub code: String,
        pub name: String,
        pub level: String,
        pub source: String,
        pub geometry: String,
        pub valid_from: Option<NaiveDate>,
        pub valid_to: Option<NaiveDate>,
    }
}

/// Every boundary, by place code and then from the oldest.
pub async fn boundaries(db: &Db) -> Result<Vec<BoundaryRow>, sqlx::Error> {
    let sql = "SELECT p.code AS code, p.name AS name, p.level AS level, s.source AS source, s.geometry AS geometry, \
               s.valid_from AS valid_from, s.valid_to AS valid_to \
               FROM place_shapes s JOIN places p ON p.id = s.place_id \
               ORDER BY p.code, CASE WHEN s.valid_from IS NULL THEN 0 ELSE 1 END, s.valid_from";
    on_db!(db, |pool| sqlx::query_as(sql).fetch_all(pool).await)
}
