//! Finding a questionnaire by the code people know it by.

use platform::{on_db, Db};

/// The id and version of the questionnaire with this code: the version
/// asked for, or the newest.
pub async fn find_by_code(db: &Db, code: &str, version: Option<i64>) -> Result<Option<(i64, i64)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, version FROM instruments WHERE code = $1 AND ($2 IS NULL OR version = $2) ORDER BY version DESC LIMIT 1"
    )
    .bind(code)
    .bind(version)
    .fetch_optional(pool)
    .await
    })
}

/// The code and version a questionnaire is known by.
pub async fn code_and_version(db: &Db, id: i64) -> Result<(String, i64), sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT code, version FROM instruments WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await)
}
