//! One handle over the two supported backends.
//!
//! SQLite (the default) and PostgreSQL are chosen by the URL scheme. Queries are
//! plain runtime SQL with `$1` placeholders, which both dialects accept; the
//! [`on_db!`](crate::on_db) and [`on_tx!`](crate::on_tx) macros expand one body
//! once per backend so each is type-checked against its own driver.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, SqlitePool};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A pooled database. SQLite gets two pools: many readers and exactly one
/// writer, because SQLite serialises writers anyway and a single writer
/// connection avoids lock-upgrade failures between deferred transactions.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite { read: SqlitePool, write: SqlitePool },
    Postgres(PgPool),
}

/// A write transaction on either backend.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL '{0}': use sqlite://FILE (for example sqlite://mozaik.db) or postgres://USER@HOST/DATABASE")]
    UnsupportedUrl(String),
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    #[error("cannot connect to the database: {0}")]
    Connect(#[source] sqlx::Error),
}

/// Runs `$body` with `$pool` bound to the backend's read pool.
#[macro_export]
macro_rules! on_db {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::db::Db::Sqlite { read: $pool, .. } => $body,
            $crate::db::Db::Postgres($pool) => $body,
        }
    };
}

/// Runs `$body` with `$conn` bound to the transaction's connection; use
/// `&mut *$conn` for each statement.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::db::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::db::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

/// Extra connection settings, used by tests to isolate each PostgreSQL test in
/// its own schema.
#[derive(Clone, Debug, Default)]
pub struct ConnectOptions {
    pub pg_search_path: Option<String>,
    pub max_connections: Option<u32>,
}

/// Which backend a URL names, without connecting.
pub fn backend_of(url: &str) -> Result<Backend, DbError> {
    if url.starts_with("sqlite:") {
        Ok(Backend::Sqlite)
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Backend::Postgres)
    } else {
        Err(DbError::UnsupportedUrl(url.to_string()))
    }
}

/// SQLite readers: each runs on a thread of its own, so two per core keep
/// every core busy while one waits on the disk; more only cost memory.
fn default_readers() -> u32 {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) as u32;
    (cores * 2).clamp(2, 8)
}

/// The file a SQLite URL points at (`sqlite://mozaik.db`, `sqlite:mozaik.db`).
pub fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    Some(rest.split('?').next().unwrap_or(rest))
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        Self::connect_with(url, &ConnectOptions::default()).await
    }

    pub async fn connect_with(url: &str, extra: &ConnectOptions) -> Result<Db, DbError> {
        match backend_of(url)? {
            Backend::Sqlite => {
                let path = sqlite_path(url).unwrap_or_default();
                if path.is_empty() || path == ":memory:" {
                    return Err(DbError::InvalidUrl(format!(
                        "'{url}' names no file; Mozaik keeps its data in a file such as sqlite://mozaik.db"
                    )));
                }
                let options = SqliteConnectOptions::from_str(&format!("sqlite://{path}"))
                    .map_err(|e| DbError::InvalidUrl(e.to_string()))?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .busy_timeout(Duration::from_secs(10))
                    .foreign_keys(true);
                let write = SqlitePoolOptions::new()
                    .max_connections(1)
                    .connect_with(options.clone().pragma("cache_size", "-16000"))
                    .await
                    .map_err(DbError::Connect)?;
                let read = SqlitePoolOptions::new()
                    .max_connections(extra.max_connections.unwrap_or_else(default_readers))
                    .min_connections(1)
                    // Each reader keeps its own page cache; the operating
                    // system's file cache already holds the file once for all
                    // of them, so a small cache per reader keeps a server's
                    // memory flat as readers are added.
                    .connect_with(options.read_only(true).pragma("cache_size", "-2000"))
                    .await
                    .map_err(DbError::Connect)?;
                Ok(Db::Sqlite { read, write })
            }
            Backend::Postgres => {
                let mut options = PgConnectOptions::from_str(url).map_err(|e| DbError::InvalidUrl(e.to_string()))?;
                if let Some(schema) = &extra.pg_search_path {
                    options = options.options([("search_path", schema.as_str())]);
                }
                let pool = PgPoolOptions::new()
                    .max_connections(extra.max_connections.unwrap_or(16))
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await
                    .map_err(DbError::Connect)?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite { .. } => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite { write, .. } => Tx::Sqlite(write.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite { read, write } => {
                read.close().await;
                write.close().await;
            }
            Db::Postgres(pool) => pool.close().await,
        }
    }

    /// Connections currently open, for `/metrics`.
    pub fn pool_size(&self) -> u32 {
        match self {
            Db::Sqlite { read, write } => read.size() + write.size(),
            Db::Postgres(pool) => pool.size(),
        }
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        on_db!(self, |pool| sqlx::query("SELECT 1").execute(pool).await.is_ok())
    }

    /// Integrity problems the engine itself can find (SQLite's
    /// `integrity_check` and `foreign_key_check`); empty when all is well.
    pub async fn engine_integrity_problems(&self) -> Result<Vec<String>, sqlx::Error> {
        match self {
            Db::Sqlite { read, .. } => {
                let mut problems: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
                    .fetch_all(read)
                    .await?
                    .into_iter()
                    .filter(|line: &String| line != "ok")
                    .collect();
                let fk: Vec<(String, i64, String)> =
                    sqlx::query_as("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check")
                        .fetch_all(read)
                        .await?;
                problems.extend(
                    fk.into_iter().map(|(table, rowid, parent)| {
                        format!("{table} row {rowid} points at a missing row in {parent}")
                    }),
                );
                Ok(problems)
            }
            // PostgreSQL enforces constraints on every write; nothing to scan.
            Db::Postgres(_) => Ok(Vec::new()),
        }
    }
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(t) => t.commit().await,
            Tx::Postgres(t) => t.commit().await,
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Sqlite(_) => Backend::Sqlite,
            Tx::Postgres(_) => Backend::Postgres,
        }
    }
}
