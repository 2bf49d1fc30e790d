//! What the knowledge hub reads of the directory: a contact position's
//! title, a place's code and name, an institution by its name.

use platform::{on_db, Db};

/// A position's title with its institution, as a contact is shown.
pub async fn position_title(db: &Db, position: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar(
            "SELECT p.title || ' · ' || i.name FROM positions p JOIN institutions i ON i.id = p.institution_id WHERE p.id = $1",
        )
        .bind(position)
        .fetch_optional(pool)
        .await
    })
}

pub async fn place_code(db: &Db, place: i64) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE id = $1")
        .bind(place)
        .fetch_optional(pool)
        .await)
}

/// A place's code and name.
pub async fn place_named(db: &Db, place: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT code, name FROM places WHERE id = $1")
        .bind(place)
        .fetch_optional(pool)
        .await)
}

pub async fn place_exists(db: &Db, code: &str) -> Result<bool, sqlx::Error> {
    let count: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE code = $1")
        .bind(code)
        .fetch_one(pool)
        .await)?;
    Ok(count > 0)
}

/// The institution of that exact name, if the directory has one.
pub async fn institution_named(db: &Db, name: &str) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM institutions WHERE name = $1 LIMIT 1")
        .bind(name)
        .fetch_optional(pool)
        .await)
}
