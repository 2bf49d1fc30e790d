//! Embedded schema migrations, one SQL text per backend and version.
//!
//! A small runner of our own rather than sqlx's `migrate!` macro: it keeps the
//! build free of sqlx's proc-macros and lets one list carry both dialects, so a
//! version can never exist for one backend and not the other.

use crate::db::{Db, Tx};
use crate::{on_db, on_tx};

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

impl Migration {
    fn sql_for(&self, tx: &Tx) -> &'static str {
        match tx {
            Tx::Sqlite(_) => self.sqlite,
            Tx::Postgres(_) => self.postgres,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("the database is at schema version {found}, newer than this Mozaik knows ({known}); upgrade Mozaik before using this database")]
    TooNew { found: i64, known: i64 },
    #[error("migration {version} ({name}) was changed after it was applied to this database")]
    Changed { version: i64, name: String },
}

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS mozaik_schema (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    applied_at TEXT NOT NULL
)";

fn checksum(sql: &str) -> String {
    // FNV-1a: enough to notice an edited migration, no dependency needed.
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in sql.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    format!("{hash:016x}")
}

/// Versions applied so far, with their checksums.
pub async fn applied(db: &Db) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let exists = table_exists(db, "mozaik_schema").await?;
    if !exists {
        return Ok(Vec::new());
    }
    on_db!(db, |pool| sqlx::query_as("SELECT version, name, checksum FROM mozaik_schema ORDER BY version")
        .fetch_all(pool)
        .await)
}

pub async fn table_exists(db: &Db, table: &str) -> Result<bool, sqlx::Error> {
    let count: i64 = match db {
        Db::Sqlite { read, .. } => {
            sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1")
                .bind(table)
                .fetch_one(read)
                .await?
        }
        Db::Postgres(pool) => sqlx::query_scalar(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1",
        )
        .bind(table)
        .fetch_one(pool)
        .await?,
    };
    Ok(count > 0)
}

/// Migrations not yet applied.
pub async fn pending<'m>(db: &Db, all: &'m [Migration]) -> Result<Vec<&'m Migration>, MigrateError> {
    let done = applied(db).await?;
    let known = all.iter().map(|m| m.version).max().unwrap_or(0);
    for (version, name, sum) in &done {
        match all.iter().find(|m| m.version == *version) {
            None => return Err(MigrateError::TooNew { found: *version, known }),
            Some(m) => {
                let expected = match db {
                    Db::Sqlite { .. } => checksum(m.sqlite),
                    Db::Postgres(_) => checksum(m.postgres),
                };
                if &expected != sum {
                    return Err(MigrateError::Changed { version: *version, name: name.clone() });
                }
            }
        }
    }
    Ok(all.iter().filter(|m| !done.iter().any(|(v, _, _)| *v == m.version)).collect())
}

/// Applies every pending migration, each in its own transaction, and returns
/// the versions applied. On PostgreSQL an advisory lock keeps two app servers
/// from migrating at once.
pub async fn migrate(db: &Db, all: &[Migration]) -> Result<Vec<i64>, MigrateError> {
    {
        let mut tx = db.begin().await?;
        on_tx!(&mut tx, |c| sqlx::raw_sql(CREATE_TABLE).execute(&mut *c).await.map(|_| ()))?;
        tx.commit().await?;
    }
    let mut done = Vec::new();
    for migration in pending(db, all).await? {
        let mut tx = db.begin().await?;
        if let Tx::Postgres(t) = &mut tx {
            sqlx::query("SELECT pg_advisory_xact_lock(7202302080)").execute(&mut **t).await?;
        }
        let already: i64 =
            on_tx!(&mut tx, |c| sqlx::query_scalar("SELECT COUNT(*) FROM mozaik_schema WHERE version = $1")
                .bind(migration.version)
                .fetch_one(&mut *c)
                .await)?;
        if already > 0 {
            continue;
        }
        let sql = migration.sql_for(&tx);
        on_tx!(&mut tx, |c| sqlx::raw_sql(sql).execute(&mut *c).await.map(|_| ()))?;
        on_tx!(&mut tx, |c| {
            sqlx::query("INSERT INTO mozaik_schema (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)")
                .bind(migration.version)
                .bind(migration.name)
                .bind(checksum(sql))
                .bind(chrono::Utc::now().to_rfc3339())
                .execute(&mut *c)
                .await
                .map(|_| ())
        })?;
        tx.commit().await?;
        done.push(migration.version);
    }
    Ok(done)
}
