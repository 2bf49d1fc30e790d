use std::io::BufReader;

use platform::export;

use crate::support::{load_demo, on_both_backends, TestDb};

async fn export_text(db: &platform::Db) -> String {
    let mut out = Vec::new();
    export::export(db, &mozaik::schema::tables(), mozaik::schema::schema_version(), &mut out).await.expect("export");
    String::from_utf8(out).expect("utf-8")
}

/// Every line but the header, whose only varying field is the export time.
fn body(text: &str) -> Vec<&str> {
    text.lines().skip(1).collect()
}

on_both_backends!(an_instance_exports_and_imports_without_loss, |db| {
    load_demo(db).await;
    let first = export_text(db).await;
    // Into a fresh SQLite database, whatever the source backend was.
    let target = TestDb::sqlite().await;
    let rows =
        export::import(&target.db, &mozaik::schema::tables(), BufReader::new(first.as_bytes())).await.expect("import");
    assert!(rows > 1000, "only {rows} rows");
    let second = export_text(&target.db).await;
    let (a, b) = (body(&first), body(&second));
    let changed: Vec<(&&str, &&str)> = a.iter().zip(&b).filter(|(x, y)| x != y).take(3).collect();
    assert!(a.len() == b.len() && changed.is_empty(), "the round trip changed the data: {changed:?}");
    // Ids continue after the imported ones.
    let mut tx = target.db.begin().await.expect("tx");
    let id = directory::records::add_person(&mut tx, "New Person", None).await.expect("insert after import");
    tx.commit().await.expect("commit");
    assert!(id > 100);
    target.finish().await;
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_moves_to_postgres_and_back() {
    let source = TestDb::sqlite().await;
    load_demo(&source.db).await;
    let Some(pg) = TestDb::postgres().await else {
        return;
    };
    let first = export_text(&source.db).await;
    export::import(&pg.db, &mozaik::schema::tables(), BufReader::new(first.as_bytes()))
        .await
        .expect("import into postgres");
    let second = export_text(&pg.db).await;
    assert_eq!(body(&first), body(&second));
    // New rows get fresh ids on PostgreSQL too.
    let mut tx = pg.db.begin().await.expect("tx");
    let id = directory::records::add_person(&mut tx, "New Person", None).await.expect("insert after import");
    tx.commit().await.expect("commit");
    assert!(id > 100, "identity sequence not moved past imported ids: {id}");
    source.finish().await;
    pg.finish().await;
}

on_both_backends!(a_damaged_export_is_refused_and_writes_nothing, |db| {
    let source = TestDb::sqlite().await;
    load_demo(&source.db).await;
    let text = export_text(&source.db).await;
    let lines: Vec<&str> = text.lines().collect();
    let truncated = lines[..lines.len() / 2].join("\n");
    let err = export::import(db, &mozaik::schema::tables(), BufReader::new(truncated.as_bytes()))
        .await
        .expect_err("truncated");
    assert!(err.to_string().contains("truncated"), "{err}");
    let mut broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    broken[5] = broken[5].replacen("\"r\":[", "\"r\":[\"not a number\",", 1);
    broken[7] = "{not json".into();
    let err = export::import(db, &mozaik::schema::tables(), BufReader::new(broken.join("\n").as_bytes()))
        .await
        .expect_err("broken");
    let message = err.to_string();
    assert!(message.contains("line 6:") && message.contains("line 8: not JSON"), "{message}");
    assert!(export::is_empty(db, &mozaik::schema::tables()).await.expect("count"), "a refused import wrote rows");
    let other = "{\"format\":\"something-else\"}\n";
    let err =
        export::import(db, &mozaik::schema::tables(), BufReader::new(other.as_bytes())).await.expect_err("foreign");
    assert!(err.to_string().contains("not a Mozaik export"), "{err}");
    source.finish().await;
});

on_both_backends!(import_needs_an_empty_database, |db| {
    load_demo(db).await;
    let text = export_text(db).await;
    let err =
        export::import(db, &mozaik::schema::tables(), BufReader::new(text.as_bytes())).await.expect_err("not empty");
    assert!(err.to_string().contains("already holds data"), "{err}");
});
