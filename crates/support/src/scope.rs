//! Who acts for which municipality, and the hub's place, for the policy.

use chrono::Utc;
use platform::policy::{can, Action, Resource};
use platform::web::{AppError, AppState, PageCtx};
use platform::{on_db, Db};

/// The place chain of a place today (for `Resource::Place`).
pub async fn path(db: &Db, place_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    directory::places::path_ids(db, place_id, Utc::now().date_naive()).await
}

/// The hub's region: the top of the hierarchy, where hub staff hold their role.
pub async fn region(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    directory::places::region_path(db).await
}

/// Whether the actor runs the hub's support work.
pub async fn is_hub(ctx: &PageCtx, state: &AppState) -> Result<bool, AppError> {
    let region = region(&state.db).await?;
    Ok(can(&ctx.actor, Action::ManageSupport, &Resource::Place { path: &region }).allowed())
}

/// Requires the hub's role, or answers as the policy decides.
pub async fn require_hub(ctx: &PageCtx, state: &AppState) -> Result<(), AppError> {
    let region = region(&state.db).await?;
    ctx.require(Action::ManageSupport, &Resource::Place { path: &region })
}

/// The municipalities the actor acts for (focal point or staff), with names.
pub async fn own_places(ctx: &PageCtx, db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let Some(account) = ctx.account() else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for id in account.acts_for() {
        let name: Option<String> = on_db!(db, |pool| sqlx::query_scalar("SELECT name FROM places WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await)?;
        if let Some(name) = name {
            out.push((id, name));
        }
    }
    Ok(out)
}

/// A place's name.
pub async fn place_name(db: &Db, place_id: i64) -> Result<String, sqlx::Error> {
    let name: Option<String> = on_db!(db, |pool| sqlx::query_scalar("SELECT name FROM places WHERE id = $1")
        .bind(place_id)
        .fetch_optional(pool)
        .await)?;
    Ok(name.unwrap_or_default())
}

/// Every place's name by its code, for showing codes typed into forms
/// (a work plan's places) as names.
pub async fn place_names(db: &Db) -> Result<std::collections::HashMap<String, String>, sqlx::Error> {
    let rows: Vec<(String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT code, name FROM places").fetch_all(pool).await)?;
    Ok(rows.into_iter().collect())
}

/// The needs a municipality named as priorities in its latest submitted
/// assessment (choice codes such as need_youth).
pub async fn assessed_needs(db: &Db, place_id: i64) -> Result<Vec<String>, sqlx::Error> {
    assess::store::priority_needs(db, place_id).await
}

/// The need themes: the choices of the assessment's priority-needs question.
pub const NEEDS: &[&str] = &[
    "need_training",
    "need_data",
    "need_coordination",
    "need_funding",
    "need_youth",
    "need_psychosocial",
    "need_communication",
];
