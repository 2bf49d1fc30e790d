//! Instance-wide facts kept in the database (`instance_settings`): today the
//! fingerprint of the key that seals secrets, so a server started with
//! another key refuses to run before it seals anything with it.

use crate::export::Table;
use crate::{col, on_db, on_tx, Db, Tx};

pub const INSTANCE_SETTINGS: Table =
    Table { name: "instance_settings", columns: &[col!("name", Text), col!("value", Text)] };

pub const TABLES: &[&Table] = &[&INSTANCE_SETTINGS];

pub async fn get(db: &Db, name: &str) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT value FROM instance_settings WHERE name = $1")
        .bind(name)
        .fetch_optional(pool)
        .await)
}

pub async fn set(tx: &mut Tx, name: &str, value: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO instance_settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = $2"
    )
    .bind(name)
    .bind(value)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}
