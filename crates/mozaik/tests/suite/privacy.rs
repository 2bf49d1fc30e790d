//! Personal data: every table is declared, the generated documents are
//! current, a person's download holds their records and no one else's,
//! erasure leaves no trace of the name while the audit chain holds, and
//! retention removes exactly what is past its period.

use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use mozaik::privacy::{declarations, notice, person, retention};
use platform::i18n::i18n;
use platform::privacy::{Retention, PERSONAL_COLUMN_NAMES};
use platform::{on_db, on_tx, Db};
use serde_json::Value;

use crate::support::{get_with, load_demo, on_both_backends, post_form, router, session_cookie, TestDb};

async fn scalar(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

async fn account(db: &Db, email: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await)
        .unwrap()
}

fn refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn every_table_is_declared_and_every_declaration_is_said_in_every_language() {
    let test = TestDb::sqlite().await;
    let db = &test.db;
    let tables: Vec<String> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    let records = mozaik::schema::records();
    let declared: BTreeSet<&str> = declarations().map(|d| d.table.name).collect();
    let impersonal: BTreeSet<&str> = records.iter().flat_map(|r| r.without_personal_data.iter().copied()).collect();
    for table in &tables {
        assert!(
            declared.contains(table.as_str()) || impersonal.contains(table.as_str()),
            "table {table} has no record of processing: declare its personal data in its module's tables.rs, \
             or list it as holding none"
        );
        assert!(!(declared.contains(table.as_str()) && impersonal.contains(table.as_str())), "{table} is both");
    }
    for table in &impersonal {
        let columns: Vec<String> =
            on_db!(db, |pool| sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .fetch_all(pool)
                .await)
            .unwrap();
        assert!(!columns.is_empty(), "{table} is listed but does not exist");
        for column in columns {
            assert!(
                !PERSONAL_COLUMN_NAMES.contains(&column.as_str()),
                "{table}.{column} looks personal, yet {table} is listed as holding no personal data"
            );
        }
    }
    for d in declarations() {
        let columns: Vec<String> =
            on_db!(db, |pool| sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{}')", d.table.name))
                .fetch_all(pool)
                .await)
            .unwrap();
        for column in d.columns.iter().chain(d.withheld).chain(d.free_text) {
            assert!(columns.contains(&column.to_string()), "{}.{column} is declared but missing", d.table.name);
        }
        for column in d.table.columns {
            assert!(
                columns.contains(&column.name.to_string()),
                "{}.{} is described but missing",
                d.table.name,
                column.name
            );
        }
    }
    // Every text the notice shows exists in every language.
    for locale in i18n().locales() {
        let tr = locale.tr();
        let mut ids = vec![format!("privacy-data-{}", "people")];
        for d in declarations() {
            ids.push(format!("privacy-data-{}", d.table.name));
            ids.extend([d.purpose.to_string(), d.seen_by.to_string(), d.basis.message_id().to_string()]);
            ids.push(d.category.message_id().to_string());
            let shown = d.table.columns.iter().filter(|c| !d.withheld.contains(&c.name));
            ids.extend(shown.map(|c| format!("privacy-column-{}", c.name)));
            match d.retention {
                Retention::While(message) => ids.push(message.to_string()),
                Retention::Days { key, .. } => {
                    ids.push(format!("privacy-retention-{key}"));
                    ids.push(format!("privacy-period-{key}"));
                }
            }
        }
        for id in ids {
            assert!(tr.has(&id), "{} lacks {id}", tr.code());
        }
    }
    test.finish().await;
}

#[test]
fn privacy_doc_is_current() {
    let tr = i18n().negotiate("en").expect("English");
    let generated = notice::markdown(tr, &retention::defaults());
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/PRIVACY.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/PRIVACY.md");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/PRIVACY.md is out of date: run `UPDATE_DOCS=1 cargo test --test suite privacy::privacy_doc_is_current`"
    );
}

on_both_backends!(the_notice_is_public_and_in_the_reader_s_language, |db| {
    load_demo(db).await;
    let app = router(db);
    let english = crate::support::get(&app, "/privacy").await;
    assert_eq!(english.status, 200);
    assert!(english.body.contains("Sign-in attempts: network address and time") && english.body.contains("90 days"));
    let macedonian = get_with(&app, "/privacy", &[("accept-language", "mk")]).await;
    assert!(macedonian.body.contains("lang=\"mk\"") && !macedonian.body.contains("Sign-in attempts"));
    // A chosen period shows in the notice.
    let admin = session_cookie(db, account(db, "admin@demo.example").await).await;
    let saved =
        post_form(&app, "/admin/privacy/retention", &admin, &[("key", "signin-addresses"), ("days", "30")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert!(crate::support::get(&app, "/privacy").await.body.contains("30 days after the attempt"));
    let refused =
        post_form(&app, "/admin/privacy/retention", &admin, &[("key", "signin-addresses"), ("days", "5000")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("between 7 and 365 days"));
    // Only administrators manage personal data.
    let staff = session_cookie(db, account(db, "staff@demo.example").await).await;
    assert_eq!(get_with(&app, "/admin/privacy", &[("cookie", &staff)]).await.status, 403);
    let name: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.full_name FROM people p JOIN accounts a ON a.person_id = p.id WHERE a.email = 'focal.kumanovo@demo.example'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let surname = name.rsplit(' ').next().unwrap();
    let page =
        get_with(&app, &format!("/admin/privacy?q={}", urlencoding::encode(surname)), &[("cookie", &admin)]).await;
    assert!(page.body.contains("/admin/privacy/people/") && page.body.contains("login_attempts"));
});

on_both_backends!(a_person_s_download_holds_every_record_that_names_them_and_no_one_else, |db| {
    load_demo(db).await;
    let app = router(db);
    let email = "focal.kumanovo@demo.example";
    let id = account(db, email).await;
    let cookie = session_cookie(db, id).await;
    let person_id = scalar(db, &format!("SELECT person_id FROM accounts WHERE id = {id}")).await;
    let name: String = on_db!(db, |pool| sqlx::query_scalar("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(pool)
        .await)
    .unwrap();
    // The person asks the hub, which leaves a request and an audit event.
    let place = scalar(db, &format!("SELECT MIN(place_id) FROM role_grants WHERE account_id = {id}")).await.to_string();
    let asked = post_form(
        &app,
        "/support/requests",
        &cookie,
        &[
            ("place", &place),
            ("topic", "question"),
            ("subject", "Training for teachers"),
            ("body", "We need a workshop."),
        ],
    )
    .await;
    assert_eq!(asked.status, 303, "{}", asked.body);
    let expected = [
        ("accounts", format!("SELECT COUNT(*) FROM accounts WHERE person_id = {person_id}")),
        ("role_grants", format!("SELECT COUNT(*) FROM role_grants WHERE account_id = {id}")),
        ("sessions", format!("SELECT COUNT(*) FROM sessions WHERE account_id = {id}")),
        ("support_requests", format!("SELECT COUNT(*) FROM support_requests WHERE asked_by = {id}")),
        ("notifications", format!("SELECT COUNT(*) FROM notifications WHERE account_id = {id}")),
        ("audit_events", format!("SELECT COUNT(*) FROM audit_events WHERE actor = 'account:{id}'")),
        ("position_holders", format!("SELECT COUNT(*) FROM position_holders WHERE person_id = {person_id}")),
    ];
    let mut counts = Vec::new();
    for (table, sql) in &expected {
        counts.push((*table, scalar(db, sql).await));
    }
    let reply = get_with(&app, "/account/data.json", &[("cookie", &cookie)]).await;
    assert_eq!(reply.status, 200);
    assert!(reply.headers["content-disposition"].to_str().unwrap().contains("attachment"));
    let data: Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(data["person"]["full_name"], name.as_str());
    for (table, count) in counts {
        let held = data["tables"][table].as_array().map(Vec::len).unwrap_or(0) as i64;
        assert_eq!(held, count, "{table}: the download holds {held} of the {count} rows that name the person");
        assert!(count > 0 || table == "notifications", "the demo gives {email} some {table}");
    }
    // Secrets never leave, even to their owner.
    for secret in ["password_hash", "totp_secret", "token_hash", "code_hash", "\"secret\""] {
        assert!(!reply.body.contains(secret), "the download shows {secret}");
    }
    // No one else's name or address.
    let others: Vec<(String, Option<String>)> =
        on_db!(db, |pool| sqlx::query_as("SELECT full_name, email FROM people WHERE id <> $1")
            .bind(person_id)
            .fetch_all(pool)
            .await)
        .unwrap();
    for (other, other_email) in others {
        assert!(!reply.body.contains(&other), "the download names {other}");
        if let Some(e) = other_email {
            assert!(!reply.body.contains(&e), "the download holds {e}");
        }
    }
    let page = get_with(&app, "/account/data", &[("cookie", &cookie)]).await;
    assert!(page.status == 200 && page.body.contains(&name) && page.body.contains("/account/data.json"));
    assert!(
        page.body.contains("<th scope=\"col\">Created</th>") && !page.body.contains(">created_at<"),
        "columns are named"
    );
    let accesses = scalar(
        db,
        &format!("SELECT COUNT(*) FROM audit_events WHERE action = 'privacy.access' AND object_id = '{person_id}'"),
    )
    .await;
    assert_eq!(accesses, 2, "both the download and the page are audited");
    // An administrator produces the same on a written request only.
    let admin = session_cookie(db, account(db, "admin@demo.example").await).await;
    let path = format!("/admin/privacy/people/{person_id}/data.json");
    assert_eq!(get_with(&app, &path, &[("cookie", &admin)]).await.status, 422);
    let by_admin = get_with(&app, &format!("{path}?reference=HUB-2026-17"), &[("cookie", &admin)]).await;
    let by_admin: Value = serde_json::from_str(&by_admin.body).unwrap();
    assert_eq!(by_admin["tables"]["support_requests"], data["tables"]["support_requests"]);
    let on_request = scalar(
        db,
        "SELECT COUNT(*) FROM audit_events WHERE action = 'privacy.access' AND summary LIKE '%HUB-2026-17%'",
    )
    .await;
    assert_eq!(on_request, 1);
});

on_both_backends!(after_erasure_no_page_export_search_or_api_answer_names_the_person, |db| {
    load_demo(db).await;
    let app = router(db);
    let email = "focal.kumanovo@demo.example";
    let id = account(db, email).await;
    let person_id = scalar(db, &format!("SELECT person_id FROM accounts WHERE id = {id}")).await;
    let name: String = on_db!(db, |pool| sqlx::query_scalar("SELECT full_name FROM people WHERE id = $1")
        .bind(person_id)
        .fetch_one(pool)
        .await)
    .unwrap();
    let focal = session_cookie(db, id).await;
    let staff = session_cookie(db, account(db, "staff@demo.example").await).await;
    let admin_id = account(db, "admin@demo.example").await;
    let admin = session_cookie(db, admin_id).await;
    // Others wrote the name in free text: the hub's reply to a request.
    let request = scalar(db, &format!("SELECT MIN(id) FROM support_requests WHERE asked_by = {id}")).await;
    // In other spellings too: capitals and the other script.
    let cyrillic = platform::fold::to_cyrillic(&name);
    let capitals = name.to_uppercase();
    let reply_text = format!("Thank you, {name}: we will write to {email}. ({capitals}, {cyrillic})");
    let replied = post_form(
        &app,
        &format!("/support/requests/{request}/replies"),
        &staff,
        &[("body", &reply_text), ("personal_ok", "1")],
    )
    .await;
    assert!(replied.status.is_redirection(), "{}", replied.body);
    let known_places = get_with(&app, "/admin/accounts", &[("cookie", &admin)]).await;
    assert!(known_places.body.contains(&name), "before erasure the name is there");

    let unconfirmed =
        post_form(&app, &format!("/admin/privacy/people/{person_id}/erase"), &admin, &[("reference", "HUB-2026-18")])
            .await;
    assert_eq!(unconfirmed.status, 200, "erasure asks first");
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM erasures").await, 0);
    let erased = post_form(
        &app,
        &format!("/admin/privacy/people/{person_id}/erase"),
        &admin,
        &[("reference", "HUB-2026-18"), ("confirmed", "1")],
    )
    .await;
    assert_eq!(erased.status, 303, "{}", erased.body);

    let place: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.code FROM places p JOIN role_grants g ON g.place_id = p.id WHERE g.account_id = $1 LIMIT 1"
    )
    .bind(id)
    .fetch_one(pool)
    .await)
    .unwrap();
    // Searches are for the surname: the search box shows what was typed.
    let surname = urlencoding::encode(name.rsplit(' ').next().unwrap()).into_owned();
    let token = crate::route_policy::bearer_token(db, admin_id).await;
    let bearer = format!("Bearer {token}");
    let pages = [
        (format!("/places/{place}"), "cookie", admin.clone()),
        ("/admin/accounts".to_string(), "cookie", admin.clone()),
        ("/admin/audit".to_string(), "cookie", admin.clone()),
        ("/admin/outbox".to_string(), "cookie", admin.clone()),
        (format!("/support/requests/{request}"), "cookie", staff.clone()),
        ("/support".to_string(), "cookie", staff.clone()),
        (format!("/directory/search?q={surname}"), "cookie", admin.clone()),
        (format!("/knowledge?q={surname}"), "cookie", admin.clone()),
        (format!("/api/v1/places/{place}/people"), "authorization", bearer.clone()),
        (format!("/admin/privacy?q={surname}"), "cookie", admin.clone()),
    ];
    for (path, header, value) in &pages {
        let reply = get_with(&app, path, &[(header, value)]).await;
        assert!(reply.status.is_success(), "{path}: {}", reply.status);
        assert!(!reply.body.contains(&name) && !reply.body.contains(email), "{path} still names the erased person");
    }
    let stored: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT body FROM support_events WHERE request_id = $1 AND body LIKE 'Thank you,%'"
    )
    .bind(request)
    .fetch_one(pool)
    .await)
    .unwrap();
    let alias = person::pseudonym(person_id);
    assert_eq!(stored, format!("Thank you, {alias}: we will write to {alias}. ({alias}, {alias})"));
    assert!(get_with(&app, &format!("/support/requests/{request}"), &[("cookie", &staff)])
        .await
        .body
        .contains(&person::pseudonym(person_id)));
    // The instance export: every table, every row.
    let mut exported = Vec::new();
    platform::export::export(db, &mozaik::schema::tables(), mozaik::schema::schema_version(), &mut exported)
        .await
        .unwrap();
    let exported = String::from_utf8(exported).unwrap();
    assert!(!exported.contains(&name) && !exported.contains(email), "the export still names the erased person");
    // The erased account cannot be used, and `mozaik check` passes.
    assert_eq!(scalar(db, &format!("SELECT COUNT(*) FROM sessions WHERE account_id = {id}")).await, 0);
    assert_eq!(get_with(&app, "/account/data", &[("cookie", &focal)]).await.status.as_u16(), 303);
    let problems = mozaik::commands::check(db, None, None).await.unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    // What the position holder did stays with the position.
    assert!(scalar(db, &format!("SELECT COUNT(*) FROM position_holders WHERE person_id = {person_id}")).await > 0);
    assert!(scalar(db, &format!("SELECT COUNT(*) FROM support_requests WHERE asked_by = {id}")).await > 0);
    let again = post_form(
        &app,
        &format!("/admin/privacy/people/{person_id}/erase"),
        &admin,
        &[("reference", "HUB-2026-18"), ("confirmed", "1")],
    )
    .await;
    assert_eq!(again.status, 303);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'privacy.erase'").await, 1);
});

on_both_backends!(a_retention_run_removes_exactly_what_is_past_its_period, |db| {
    load_demo(db).await;
    let now = Utc::now();
    let account_id = account(db, "staff@demo.example").await;
    // Sign-in attempts (90 days), either side of the cutoff.
    let mut tx = db.begin().await.unwrap();
    for (client, days) in [("10.0.0.1", 91), ("10.0.0.2", 89), ("10.0.0.3", 400)] {
        on_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO login_attempts (client, email, at, succeeded) VALUES ($1, 'x', $2, $3)"
        )
        .bind(client)
        .bind(now - Duration::days(days))
        .bind(false)
        .execute(&mut *c)
        .await
        .map(|_| ()))
        .unwrap();
    }
    // Sessions that ended 31 and 29 days ago (30 days).
    for (token, days) in [("old-session", 31), ("recent-session", 29)] {
        on_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, stage, created_at, last_seen_at, expires_at) VALUES ($1, $2, 'full', $3, $3, $3)"
        )
        .bind(token)
        .bind(account_id)
        .bind(now - Duration::days(days))
        .execute(&mut *c)
        .await
        .map(|_| ()))
        .unwrap();
    }
    tx.commit().await.unwrap();
    // Mail delivered or first queued more than 30 days ago.
    let mut tx = db.begin().await.unwrap();
    let mut outbox_ids = Vec::new();
    for (created, sent) in [(500, None), (31, Some(31)), (29, Some(29))] {
        let id: i64 = on_tx!(&mut tx, |c| sqlx::query_scalar(
            "INSERT INTO outbox (to_address, subject, body, created_at, sent_at, error, attempts) \
             VALUES ('someone@example.org', 'Subject', 'Body', $1, $2, '', 0) RETURNING id"
        )
        .bind(now - Duration::days(created))
        .bind(sent.map(|d| now - Duration::days(d)))
        .fetch_one(&mut *c)
        .await)
        .unwrap();
        outbox_ids.push(id);
    }
    // A closed request whose last event was 1,096 days ago (3 years), one 1,094.
    let requests: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM support_requests ORDER BY id LIMIT 2")
            .fetch_all(pool)
            .await)
        .unwrap();
    for (id, days) in [(requests[0], 1096), (requests[1], 1094)] {
        on_tx!(&mut tx, |c| sqlx::query(
            "UPDATE support_requests SET state = 'closed', body = 'Details of the request' WHERE id = $1"
        )
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
        .unwrap();
        on_tx!(&mut tx, |c| sqlx::query("UPDATE support_events SET at = $1 WHERE request_id = $2")
            .bind(now - Duration::days(days))
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))
        .unwrap();
    }
    tx.commit().await.unwrap();
    // Keep the rest of the demo inside its periods.
    let others_sent = scalar(
        db,
        &format!(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND id NOT IN ({}, {})",
            outbox_ids[1], outbox_ids[2]
        ),
    )
    .await;
    let swept = retention::run(db, now, &retention::scheduled()).await.unwrap();
    let removed = |table: &str| swept.counts.iter().filter(|(t, _, _)| *t == table).map(|(_, _, n)| n).sum::<u64>();
    assert_eq!(removed("login_attempts"), 2);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM login_attempts WHERE client IN ('10.0.0.1', '10.0.0.3')").await, 0);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM login_attempts WHERE client = '10.0.0.2'").await, 1);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM sessions WHERE token_hash = 'old-session'").await, 0);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM sessions WHERE token_hash = 'recent-session'").await, 1);
    assert_eq!(removed("outbox"), 2, "of {others_sent} other delivered messages, all recent");
    assert_eq!(
        scalar(db, &format!("SELECT COUNT(*) FROM outbox WHERE id IN ({}, {})", outbox_ids[0], outbox_ids[2])).await,
        1,
        "mail never delivered goes after the period too"
    );
    assert_eq!(removed("support_requests"), 1);
    let bodies: Vec<String> = on_db!(db, |pool| sqlx::query_scalar(&format!(
        "SELECT body FROM support_requests WHERE id IN ({}, {}) ORDER BY id",
        requests[0], requests[1]
    ))
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(bodies, ["", "Details of the request"]);
    // Counts, never content, in the audit trail; a second run finds nothing.
    let summary: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT summary FROM audit_events WHERE action = 'privacy.retention' ORDER BY id DESC LIMIT 1"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    assert!(summary.contains("login_attempts (signin-addresses): 2") && !summary.contains("Details"));
    let again = retention::run(db, now, &retention::scheduled()).await.unwrap();
    assert_eq!(again.total(), 0, "{}", again.summary());
});

on_both_backends!(free_text_that_names_a_private_person_is_warned_about_before_saving, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal = session_cookie(db, account(db, "focal.kumanovo@demo.example").await).await;
    let place = scalar(db, "SELECT g.place_id FROM role_grants g JOIN accounts a ON a.id = g.account_id WHERE a.email = 'focal.kumanovo@demo.example' AND g.place_id IS NOT NULL LIMIT 1").await.to_string();
    let before = scalar(db, "SELECT COUNT(*) FROM support_requests").await;
    let fields = |ok: &'static str| {
        vec![
            ("place", place.clone()),
            ("topic", "question".to_string()),
            ("subject", "A parent's complaint".to_string()),
            ("body", "Mr. Jovanović called from 070 123 456 about the school.".to_string()),
            ("personal_ok", ok.to_string()),
        ]
    };
    let warned_fields = fields("");
    let warned = post_form(&app, "/support/requests", &focal, &refs(&warned_fields)).await;
    assert_eq!(warned.status, 422, "{}", warned.body);
    assert!(warned.body.contains("a phone number") && warned.body.contains("name=\"personal_ok\""));
    assert!(warned.body.contains("070 123 456"), "what was typed comes back");
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM support_requests").await, before);
    let confirmed_fields = fields("1");
    let saved = post_form(&app, "/support/requests", &focal, &refs(&confirmed_fields)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM support_requests").await, before + 1);
});
