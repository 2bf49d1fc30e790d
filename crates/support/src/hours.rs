//! Unpaid work made visible: prevention structures and activities log
//! volunteer hours by position, summed per municipality and per structure.
//! Every query on volunteer hours.

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

/// (municipality, hours, entries) and (structure, municipality, hours).
type Totals = (Vec<(String, f64, i64)>, Vec<(String, String, f64)>);

pub async fn totals(db: &Db) -> Result<Totals, sqlx::Error> {
    let by_place: Vec<(String, f64, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT p.name, SUM(h.hours), COUNT(*) FROM volunteer_hours h JOIN places p ON p.id = h.place_id GROUP BY p.name ORDER BY SUM(h.hours) DESC"
    )
    .fetch_all(pool)
    .await
    })?;
    let by_structure: Vec<(String, String, f64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT s.name, p.name, SUM(h.hours) FROM volunteer_hours h JOIN structures s ON s.id = h.structure_id JOIN places p ON p.id = s.place_id \
         GROUP BY s.name, p.name ORDER BY SUM(h.hours) DESC"
    )
    .fetch_all(pool)
    .await
    })?;
    Ok((by_place, by_structure))
}

/// What can be logged at one place: its positions, structures and the
/// work-plan activities that name it, each as (id, label).
pub struct AtPlace {
    pub positions: Vec<(i64, String)>,
    pub structures: Vec<(i64, String)>,
    pub activities: Vec<(i64, String)>,
}

pub async fn at_place(db: &Db, place: i64) -> Result<AtPlace, sqlx::Error> {
    let code: String = on_db!(db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE id = $1")
        .bind(place)
        .fetch_one(pool)
        .await)?;
    let activities = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, title FROM work_activities WHERE places LIKE $1 ORDER BY starts_on"
    )
    .bind(format!("%{code}%"))
    .fetch_all(pool)
    .await)?;
    let positions = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT po.id, po.title || ' · ' || i.name FROM positions po JOIN institutions i ON i.id = po.institution_id \
         WHERE i.place_id = $1 ORDER BY i.name, po.title"
    )
    .bind(place)
    .fetch_all(pool)
    .await
    })?;
    let structures =
        on_db!(db, |pool| sqlx::query_as("SELECT id, name FROM structures WHERE place_id = $1 ORDER BY name")
            .bind(place)
            .fetch_all(pool)
            .await)?;
    Ok(AtPlace { positions, structures, activities })
}

/// The place of a position's institution.
pub async fn place_of_position(db: &Db, position: i64) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT i.place_id FROM positions po JOIN institutions i ON i.id = po.institution_id WHERE po.id = $1"
    )
    .bind(position)
    .fetch_one(pool)
    .await)
}

/// Hours worked on one day by the holder of a position.
pub struct Entry<'a> {
    pub position: i64,
    pub place: i64,
    pub structure: Option<i64>,
    pub activity: Option<i64>,
    pub day: NaiveDate,
    pub hours: f64,
    pub note: &'a str,
}

pub async fn log(tx: &mut Tx, entry: &Entry<'_>, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO volunteer_hours (position_id, place_id, structure_id, activity_id, day, hours, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    )
    .bind(entry.position)
    .bind(entry.place)
    .bind(entry.structure)
    .bind(entry.activity)
    .bind(entry.day)
    .bind(entry.hours)
    .bind(entry.note)
    .bind(now)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}
