//! My work and notifications: every demo role finds work on its home; a
//! step tells the people who must act, once each, in their language, as
//! they chose (at once, in a daily digest, or not by e-mail); reminders
//! come once.

use chrono::Utc;
use platform::{on_db, Db};

use crate::support::{get_with, load_demo, on_both_backends, post_form, router, session_cookie};

async fn account(db: &Db, email: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await)
        .unwrap()
}

async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).bind(id).fetch_one(pool).await).unwrap()
}

/// The items of "My work" on a home page (not those waiting on others).
fn my_items(page: &str) -> usize {
    let Some(start) = page.find("id=\"my-work\"") else { return 0 };
    let section = &page[start..];
    let section = &section[..section.find("</section>").unwrap_or(section.len())];
    section.matches("<li class=\"work-item").count()
}

const DEMO_ACCOUNTS: &[&str] = &[
    "admin@demo.example",
    "staff@demo.example",
    "national.mk@demo.example",
    "liaison.mk@demo.example",
    "focal.kumanovo@demo.example",
    "staff.danilovgrad@demo.example",
    "expert@demo.example",
    "partner@demo.example",
    "youth.kumanovo@demo.example",
];

on_both_backends!(every_demo_role_finds_work_on_its_home, |db| {
    load_demo(db).await;
    let app = router(db);
    for email in DEMO_ACCOUNTS {
        let cookie = session_cookie(db, account(db, email).await).await;
        let home = get_with(&app, "/", &[("cookie", &cookie)]).await;
        let items = my_items(&home.body);
        assert!(items >= 1, "{email} has nothing to do on the demo's home page");
        let header = home.body.find("id=\"work-count\">").map(|i| &home.body[i + 16..]).unwrap();
        let shown: usize = header.split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap();
        assert_eq!(shown, items, "{email}: the header counts what the home lists");
    }
    // Anonymous visitors keep the public home page.
    let public = crate::support::get(&app, "/").await;
    assert!(!public.body.contains("id=\"my-work\"") && public.body.contains("/places"));
});

on_both_backends!(a_reply_tells_the_municipality_once_in_its_language_as_it_chose, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal = account(db, "focal.kumanovo@demo.example").await;
    let staff = session_cookie(db, account(db, "staff@demo.example").await).await;
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE accounts SET locale = 'mk' WHERE id = $1")
        .bind(focal)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let request: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM support_requests WHERE subject = 'Support for our priority need'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let notes = "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND kind = 'request_replied'";
    let mails = "SELECT COUNT(*) FROM outbox o JOIN accounts a ON a.email = o.to_address WHERE a.id = $1";
    let (notes_before, mails_before) = (count(db, notes, focal).await, count(db, mails, focal).await);
    let reply = |body: &'static str| {
        let (app, staff) = (app.clone(), staff.clone());
        async move { post_form(&app, &format!("/support/requests/{request}/replies"), &staff, &[("body", body)]).await }
    };
    let sent = reply("Here is a first plan.").await;
    assert_eq!(sent.status, axum::http::StatusCode::SEE_OTHER);
    let flash = sent
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next().filter(|p| p.starts_with("mozaik_flash=")).map(String::from))
        .expect("a one-time message");
    let after = get_with(&app, sent.location(), &[("cookie", &format!("{staff}; {flash}"))]).await;
    assert!(after.body.contains("class=\"notice success\""), "the hub is told what happened");
    assert_eq!(count(db, notes, focal).await, notes_before + 1, "one notification");
    assert_eq!(count(db, mails, focal).await, mails_before + 1, "one e-mail");
    let (subject, body): (String, String) = on_db!(db, |pool| sqlx::query_as(
        "SELECT o.subject, o.body FROM outbox o JOIN accounts a ON a.email = o.to_address WHERE a.id = $1 ORDER BY o.id DESC LIMIT 1"
    )
    .bind(focal)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert!(subject.contains("Нов одговор") || body.contains("Нов одговор"), "in Macedonian: {subject} / {body}");
    assert!(body.contains(&format!("/support/requests/{request}")), "with a link to act");

    // A daily digest: the notification now, the e-mail with the digest.
    let focal_cookie = session_cookie(db, focal).await;
    let saved = post_form(
        &app,
        "/account/notifications",
        &focal_cookie,
        &[("request_replied", "digest"), ("notice_waiting", "off")],
    )
    .await;
    assert_eq!(saved.status, axum::http::StatusCode::SEE_OTHER);
    reply("A second thought.").await;
    assert_eq!(count(db, notes, focal).await, notes_before + 2);
    assert_eq!(count(db, mails, focal).await, mails_before + 1, "no mail until the digest");
    // Two runs at once (one started by hand beside the scheduled one) send one digest.
    let (one, other) = tokio::join!(
        platform::notify::send_digests(db, "http://mozaik.test"),
        platform::notify::send_digests(db, "http://mozaik.test")
    );
    assert_eq!(one.unwrap() + other.unwrap(), 1);
    assert_eq!(count(db, mails, focal).await, mails_before + 2, "one digest");
    assert_eq!(platform::notify::send_digests(db, "http://mozaik.test").await.unwrap(), 0, "sent once");
    // Off: still in the application, never by e-mail.
    post_form(&app, "/account/notifications", &focal_cookie, &[("request_replied", "off")]).await;
    reply("A third thought.").await;
    assert_eq!(count(db, notes, focal).await, notes_before + 3);
    assert_eq!(count(db, mails, focal).await, mails_before + 2);
    // Information sharing cannot be switched off.
    let prefs = get_with(&app, "/account/notifications", &[("cookie", &focal_cookie)]).await;
    assert!(!prefs.body.contains("name=\"notice_waiting\""), "no choice offered for a mandatory kind");
    let kept: Option<String> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT delivery FROM notification_preferences WHERE account_id = $1 AND kind = 'notice_waiting'"
    )
    .bind(focal)
    .fetch_optional(pool)
    .await)
    .unwrap();
    assert_ne!(kept.as_deref(), Some("off"));
    // The in-app list shows them, unread, and reading one opens the request.
    let list = get_with(&app, "/notifications", &[("cookie", &focal_cookie)]).await;
    assert!(list.body.matches("class=\"work-item unread\"").count() >= 3);
});

on_both_backends!(an_activity_owner_is_reminded_once_and_reports_progress, |db| {
    load_demo(db).await;
    let app = router(db);
    let national = account(db, "national.mk@demo.example").await;
    let notes = "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND kind = 'activity_due'";
    let later = Utc::now() + chrono::Duration::days(15);
    assert_eq!(support::remind_activities(db, "http://mozaik.test", Utc::now()).await.unwrap(), 0, "not yet");
    assert_eq!(support::remind_activities(db, "http://mozaik.test", later).await.unwrap(), 1);
    assert_eq!(support::remind_activities(db, "http://mozaik.test", later).await.unwrap(), 0, "once");
    assert_eq!(count(db, notes, national).await, 1);
    // The owner reports progress from the plan page; the item leaves the home.
    let cookie = session_cookie(db, national).await;
    let home = get_with(&app, "/", &[("cookie", &cookie)]).await;
    let link = home.body.find("href=\"/support/plans/").map(|i| &home.body[i + 6..]).unwrap();
    let link = &link[..link.find('"').unwrap()];
    let plan_path = link.split('#').next().unwrap().to_string();
    let plan = get_with(&app, &plan_path, &[("cookie", &cookie)]).await;
    let form = plan.body.find("name=\"activity\" value=\"").map(|i| &plan.body[i + 23..]).unwrap();
    let activity = &form[..form.find('"').unwrap()];
    assert!(!plan.body.contains("/activities\""), "the owner cannot add activities");
    let done = post_form(
        &app,
        &format!("{plan_path}/progress"),
        &cookie,
        &[("activity", activity), ("progress", "100"), ("status", "done")],
    )
    .await;
    assert_eq!(done.status, axum::http::StatusCode::SEE_OTHER, "{}", done.body);
    let home = get_with(&app, "/", &[("cookie", &cookie)]).await;
    assert_eq!(my_items(&home.body), 0, "nothing left to do");
    // Somebody else's activity is refused.
    let other = session_cookie(db, account(db, "liaison.mk@demo.example").await).await;
    let refused = post_form(
        &app,
        &format!("{plan_path}/progress"),
        &other,
        &[("activity", activity), ("progress", "10"), ("status", "ongoing")],
    )
    .await;
    assert_eq!(refused.status, axum::http::StatusCode::FORBIDDEN);
});
