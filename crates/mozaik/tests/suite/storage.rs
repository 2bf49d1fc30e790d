use std::collections::BTreeSet;

use platform::{migrate, Db};

use crate::support::{on_both_backends, TestDb};

/// (table, column, type class, not null) for every column, in a form both
/// backends can be compared in.
async fn schema_of(db: &Db) -> BTreeSet<(String, String, String, bool)> {
    let rows: Vec<(String, String, String, bool)> = match db {
        Db::Sqlite { read, .. } => {
            let raw: Vec<(String, String, String, i64, i64)> = sqlx::query_as(
                "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master m \
                 JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
            )
            .fetch_all(read)
            .await
            .expect("sqlite schema");
            raw.into_iter().map(|(t, c, ty, notnull, pk)| (t, c, ty, notnull == 1 || pk == 1)).collect()
        }
        Db::Postgres(pool) => {
            let raw: Vec<(String, String, String, String)> = sqlx::query_as(
                "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
                 FROM information_schema.columns WHERE table_schema = current_schema()",
            )
            .fetch_all(pool)
            .await
            .expect("postgres schema");
            raw.into_iter().map(|(t, c, ty, nullable)| (t, c, ty, nullable == "NO")).collect()
        }
    };
    rows.into_iter()
        .map(|(table, column, ty, not_null)| {
            let class = match ty.to_ascii_lowercase().as_str() {
                "integer" | "bigint" => "integer",
                "text" => "text",
                "date" => "date",
                "boolean" => "boolean",
                "double precision" => "double precision",
                "timestamp" | "timestamp with time zone" => "timestamp",
                other => panic!("{table}.{column} has type {other}, which the schema comparison does not know"),
            };
            (table, column, class.to_string(), not_null)
        })
        .collect()
}

async fn indexes_of(db: &Db) -> BTreeSet<String> {
    let names: Vec<String> = match db {
        Db::Sqlite { read, .. } => sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%'",
        )
        .fetch_all(read)
        .await
        .expect("sqlite indexes"),
        Db::Postgres(pool) => sqlx::query_scalar(
            "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema() \
             AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
        )
        .fetch_all(pool)
        .await
        .expect("postgres indexes"),
    };
    names.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_backends_have_the_same_schema() {
    let sqlite = TestDb::sqlite().await;
    let Some(postgres) = TestDb::postgres().await else {
        return;
    };
    let (a, b) = (schema_of(&sqlite.db).await, schema_of(&postgres.db).await);
    let only_sqlite: Vec<_> = a.difference(&b).collect();
    let only_postgres: Vec<_> = b.difference(&a).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "schemas drifted apart\nonly in SQLite: {only_sqlite:#?}\nonly in PostgreSQL: {only_postgres:#?}"
    );
    assert_eq!(indexes_of(&sqlite.db).await, indexes_of(&postgres.db).await, "indexes drifted apart");
    assert!(a.len() > 50, "the comparison saw only {} columns", a.len());
    sqlite.finish().await;
    postgres.finish().await;
}

on_both_backends!(every_table_is_in_the_export_format, |db| {
    let tables: BTreeSet<String> = schema_of(db)
        .await
        .into_iter()
        .map(|(t, ..)| t)
        .filter(|t| !platform::export::INTERNAL_TABLES.contains(&t.as_str()))
        .collect();
    let exported: BTreeSet<String> = mozaik::schema::tables().iter().map(|t| t.name.to_string()).collect();
    assert_eq!(tables, exported, "a table is missing from the export list in crates/mozaik/src/schema.rs");
    // And the export format lists every column of each table.
    let columns = schema_of(db).await;
    for table in mozaik::schema::tables() {
        let in_db: BTreeSet<&str> = columns.iter().filter(|c| c.0 == table.name).map(|c| c.1.as_str()).collect();
        let listed: BTreeSet<&str> = table.columns.iter().map(|c| c.name).collect();
        assert_eq!(in_db, listed, "columns of {} differ from its export description", table.name);
    }
});

on_both_backends!(migrating_twice_changes_nothing, |db| {
    let again = migrate::migrate(db, mozaik::schema::MIGRATIONS).await.expect("second migrate");
    assert!(again.is_empty(), "already-applied migrations ran again: {again:?}");
    assert!(migrate::pending(db, mozaik::schema::MIGRATIONS).await.expect("pending").is_empty());
});

on_both_backends!(a_database_newer_than_the_binary_is_refused, |db| {
    let mut tx = db.begin().await.expect("tx");
    platform::on_tx!(&mut tx, |c| sqlx::query(
        "INSERT INTO mozaik_schema (version, name, checksum, applied_at) VALUES (9999, 'future', 'x', 'now')"
    )
    .execute(&mut *c)
    .await
    .map(|_| ()))
    .expect("insert");
    tx.commit().await.expect("commit");
    let err = migrate::migrate(db, mozaik::schema::MIGRATIONS).await.expect_err("must refuse");
    assert!(err.to_string().contains("9999"), "{err}");
});

#[tokio::test]
async fn unsupported_urls_are_named() {
    let err = Db::connect("mysql://localhost/x").await.expect_err("mysql is not supported");
    assert!(err.to_string().contains("mysql://localhost/x") && err.to_string().contains("sqlite://"), "{err}");
    let err = Db::connect("sqlite://").await.expect_err("no file");
    assert!(err.to_string().contains("names no file"), "{err}");
}

#[tokio::test]
async fn postgres_runs_in_ci() {
    // In CI the PostgreSQL half of the suite must run: this fails there if it would be skipped.
    if let Some(test) = TestDb::postgres().await {
        assert!(test.db.ping().await);
        test.finish().await;
    }
}
