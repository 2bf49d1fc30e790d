//! Information sharing: the flow from notice to plan, who may read, audit of
//! every read, escalation on a controlled clock, purge, sealing at rest.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use platform::{on_db, Db};

use crate::support::{get_with, load_demo, on_both_backends, post_form, router, session_cookie, SHARING_KEY};

async fn account(db: &Db, email: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await)
        .expect(email)
}

async fn channel_and_positions(db: &Db) -> (i64, i64, i64) {
    let (channel, sender): (i64, i64) =
        on_db!(db, |pool| sqlx::query_as("SELECT id, sender_position_id FROM channels").fetch_one(pool).await).unwrap();
    let focal: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.id FROM positions p JOIN institutions i ON i.id = p.institution_id WHERE i.code = 'MK-703-ADMIN' AND p.function = 'prevention_focal_point'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    (channel, sender, focal)
}

fn notice_id(location: &str) -> i64 {
    location.rsplit('/').next().unwrap().parse().expect("a notice id in the redirect")
}

async fn reads(db: &Db, id: i64) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'notice.read' AND object_id = $1"
    )
    .bind(id.to_string())
    .fetch_one(pool)
    .await)
    .unwrap()
}

on_both_backends!(a_return_notice_goes_from_liaison_to_plan, |db| {
    load_demo(db).await;
    let app = router(db);
    let (channel, _, focal) = channel_and_positions(db).await;
    let liaison = session_cookie(db, account(db, "liaison.mk@demo.example").await).await;
    let kumanovo = session_cookie(db, account(db, "focal.kumanovo@demo.example").await).await;
    let admin = session_cookie(db, account(db, "admin@demo.example").await).await;
    let danilovgrad = session_cookie(db, account(db, "staff.danilovgrad@demo.example").await).await;

    // Bad input comes back marked, with what was typed.
    let path = format!("/sharing/channels/{channel}/new");
    let bad = post_form(
        &app,
        &path,
        &liaison,
        &[("kind", "return"), ("tlp", "TLP:AMBER"), ("adults", "two"), ("children", "1"), ("children_ages", "7")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Choose at least one receiving position") && bad.body.contains("Enter a whole number"));
    assert!(bad.body.contains("value=\"two\""), "typed values are kept");
    let outside = post_form(&app, &path, &liaison, &[("kind", "return"), ("tlp", "TLP:AMBER"), ("to", "1")]).await;
    assert!(outside.body.contains("is not on this channel"));

    let from = (Utc::now() + Duration::days(5)).format("%Y-%m-%d").to_string();
    let to = (Utc::now() + Duration::days(12)).format("%Y-%m-%d").to_string();
    let sent = post_form(
        &app,
        &path,
        &liaison,
        &[
            ("kind", "return"),
            ("tlp", "TLP:AMBER+STRICT"),
            ("to", &focal.to_string()),
            ("arrival_from", &from),
            ("arrival_to", &to),
            ("adults", "2"),
            ("children", "2"),
            ("children_ages", "6, 11"),
            ("prepare", "schooling"),
            ("prepare", "psychosocial"),
            ("notes", "Arriving by bus from the capital."),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let id = notice_id(sent.location());
    // Sealed at rest.
    let stored: String = on_db!(db, |pool| sqlx::query_scalar("SELECT content FROM notices WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await)
    .unwrap();
    assert!(stored.starts_with("v1:") && !stored.contains("bus"), "content is sealed: {stored}");
    // The mail says only that a notice awaits.
    let mail: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT body FROM outbox ORDER BY id DESC LIMIT 1").fetch_one(pool).await)
            .unwrap();
    assert!(mail.contains(&format!("/sharing/notices/{id}")) && !mail.contains("bus") && !mail.contains("children"));

    // Only the positions taking part read the content.
    for (who, cookie) in [("the hub administrator", &admin), ("another municipality", &danilovgrad)] {
        let denied = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", cookie)]).await;
        assert_eq!(denied.status, StatusCode::FORBIDDEN, "{who} must not read the notice");
        assert!(!denied.body.contains("bus"));
    }
    let read = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &kumanovo)]).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Arriving by bus from the capital.") && read.body.contains("TLP:AMBER+STRICT"));
    assert!(read.body.contains("organisation only."), "the FIRST definition");
    assert_eq!(reads(db, id).await, 1, "every read is audited");

    // Acknowledge, then respond with a plan; a second acknowledgement is refused.
    let ack = post_form(&app, &format!("/sharing/notices/{id}/acknowledge"), &kumanovo, &[]).await;
    assert_eq!(ack.status, StatusCode::SEE_OTHER);
    let again = post_form(&app, &format!("/sharing/notices/{id}/acknowledge"), &kumanovo, &[]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    let by = (Utc::now() + Duration::days(4)).format("%Y-%m-%d").to_string();
    let incomplete =
        post_form(&app, &format!("/sharing/notices/{id}/respond"), &kumanovo, &[("service", "School enrolment")]).await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    let plan = post_form(
        &app,
        &format!("/sharing/notices/{id}/respond"),
        &kumanovo,
        &[("service", "School enrolment"), ("who", "Secondary School No. 1"), ("by", &by)],
    )
    .await;
    assert_eq!(plan.status, StatusCode::SEE_OTHER, "{}", plan.body);
    let seen = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &liaison)]).await;
    assert!(seen.body.contains("School enrolment") && seen.body.contains("data-state=\"responded\""));
    // The sender cannot acknowledge its own notice.
    let own = post_form(&app, &format!("/sharing/notices/{id}/close"), &kumanovo, &[]).await;
    assert_eq!(own.status, StatusCode::FORBIDDEN);

    // Accountability: counts, never content.
    let stats = get_with(&app, "/sharing/channels", &[("cookie", &admin)]).await;
    assert_eq!(stats.status, StatusCode::OK);
    assert!(stats.body.contains("id=\"channel-stats\"") && !stats.body.contains("bus"));
    assert!(
        stats.body.contains("id=\"notice-meta\"") && stats.body.contains("TLP:AMBER+STRICT"),
        "administrators see that notices exist"
    );
});

on_both_backends!(an_unacknowledged_notice_escalates_then_expires, |db| {
    load_demo(db).await;
    let app = router(db);
    let id: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM notices WHERE state = 'delivered'").fetch_one(pool).await)
            .unwrap();
    let national = session_cookie(db, account(db, "national.mk@demo.example").await).await;
    assert_eq!(
        get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &national)]).await.status,
        StatusCode::FORBIDDEN
    );
    let now = Utc::now();
    assert_eq!(sharing::jobs::escalate_due(db, now, "http://x").await.unwrap(), 0, "not yet due");
    assert_eq!(sharing::jobs::escalate_due(db, now + Duration::hours(49), "http://x").await.unwrap(), 1);
    assert_eq!(
        sharing::jobs::escalate_due(db, now + Duration::hours(50), "http://x").await.unwrap(),
        0,
        "the deadline moved on"
    );
    assert_eq!(sharing::jobs::escalate_due(db, now + Duration::hours(98), "http://x").await.unwrap(), 1);
    // The supervising position (the national coordinator) can now read it.
    let escalated = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &national)]).await;
    assert_eq!(escalated.status, StatusCode::OK);
    let level: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT escalation FROM notices WHERE id = $1")
        .bind(id)
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(level, 2);
    // At the end of retention the content goes; the record stays.
    // Both demo notices are past their retention by then.
    assert_eq!(sharing::jobs::purge_expired(db, now + Duration::days(181)).await.unwrap(), 2);
    let (content, purged): (Option<String>, Option<chrono::DateTime<Utc>>) =
        on_db!(db, |pool| sqlx::query_as("SELECT content, purged_at FROM notices WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await)
        .unwrap();
    assert!(content.is_none() && purged.is_some());
    let after = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &national)]).await;
    assert!(after.body.contains("removed at the end of its retention period"));
});

on_both_backends!(three_servers_escalate_an_overdue_notice_once, |db| {
    load_demo(db).await;
    let later = Utc::now() + Duration::hours(49);
    let escalations =
        futures_util::future::join_all((0..3).map(|_| sharing::jobs::escalate_due(db, later, "http://x"))).await;
    let total: usize = escalations.into_iter().map(|r| r.unwrap()).sum();
    assert_eq!(total, 1, "one notice past its deadline escalates once");
    let outbox_before: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(pool).await).unwrap();
    // The job itself is claimed by one server per period.
    let schedule = platform::jobs::Schedule::Every(std::time::Duration::from_secs(60));
    let job = |db: platform::Db, now| async move {
        Ok(format!("{} notices escalated", sharing::jobs::escalate_due(&db, now, "http://x").await?))
    };
    let runs =
        futures_util::future::join_all((0..3).map(|_| platform::jobs::run_if_due(db, "test.escalate", schedule, &job)))
            .await;
    assert_eq!(runs.into_iter().filter(|r| *r.as_ref().unwrap()).count(), 1, "one claim per period");
    let outbox_after: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(pool).await).unwrap();
    assert_eq!(outbox_before, outbox_after, "nothing was due yet, so nothing was mailed");
    let last = platform::jobs::last_runs(db).await.unwrap();
    assert!(last.iter().any(|r| r.name == "test.escalate" && r.outcome == "0 notices escalated"), "{last:?}");
});

on_both_backends!(a_wrong_key_stops_the_server, |db| {
    load_demo(db).await;
    let right = platform::crypto::SecretBox::from_hex(SHARING_KEY).unwrap();
    sharing::jobs::check_key(db, Some(&right)).await.expect("the right key");
    let wrong = platform::crypto::SecretBox::from_hex(&platform::crypto::SecretBox::generate_hex()).unwrap();
    let err = sharing::jobs::check_key(db, Some(&wrong)).await.expect_err("a wrong key");
    assert!(err.to_string().contains("not this instance's key"), "{err}");
    let err = sharing::jobs::check_key(db, None).await.expect_err("no key");
    assert!(err.to_string().contains("no sharing_key"), "{err}");
    // A second factor sealed with the same key moves with the notices.
    let account: i64 =
        platform::on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM accounts").fetch_one(pool).await).unwrap();
    let mut tx = db.begin().await.unwrap();
    access::store::set_totp_secret(&mut tx, account, "JBSWY3DPEHPK3PXP", Some(&right)).await.unwrap();
    tx.commit().await.unwrap();
    // Rotation moves everything to the new key, and only then does the new key open it.
    let moved = sharing::jobs::rotate_key(db, &right, &wrong).await.unwrap();
    assert_eq!(moved, 4, "two notices' contents, one local plan, one second factor");
    let (secret, _) = access::store::totp_secret(db, account, Some(&wrong)).await.unwrap();
    assert_eq!(secret.as_deref(), Some("JBSWY3DPEHPK3PXP"));
    sharing::jobs::check_key(db, Some(&wrong)).await.expect("the rotated key");
    assert!(sharing::jobs::check_key(db, Some(&right)).await.is_err());
});

on_both_backends!(a_wrong_key_is_refused_even_when_nothing_sealed_is_left, |db| {
    load_demo(db).await;
    let right = platform::crypto::SecretBox::from_hex(SHARING_KEY).unwrap();
    sharing::jobs::check_key(db, Some(&right)).await.expect("the first use records the key's fingerprint");
    // Every sealed value gone: notices purged, no second factor, no open answers.
    let mut tx = db.begin().await.unwrap();
    for sql in [
        "UPDATE notices SET content = NULL, plan = NULL",
        "UPDATE accounts SET totp_secret = NULL",
        "UPDATE study_responses SET free_text = ''",
        "UPDATE outbox SET secret = NULL",
    ] {
        platform::on_tx!(&mut tx, |c| sqlx::query(sql).execute(&mut *c).await.map(|_| ())).unwrap();
    }
    tx.commit().await.unwrap();
    let wrong = platform::crypto::SecretBox::from_hex(&platform::crypto::SecretBox::generate_hex()).unwrap();
    let err = sharing::jobs::check_key(db, Some(&wrong)).await.expect_err("the fingerprint still knows the key");
    assert!(err.to_string().contains("not this instance's key"), "{err}");
});

on_both_backends!(a_municipality_asks_the_national_level, |db| {
    load_demo(db).await;
    let app = router(db);
    let (channel, sender, _) = channel_and_positions(db).await;
    let kumanovo = session_cookie(db, account(db, "focal.kumanovo@demo.example").await).await;
    let inbox = get_with(&app, "/sharing", &[("cookie", &kumanovo)]).await;
    assert!(inbox.body.contains(&format!("/sharing/channels/{channel}/new?kind=request")));
    let asked = post_form(
        &app,
        &format!("/sharing/channels/{channel}/new"),
        &kumanovo,
        &[
            ("kind", "request"),
            ("tlp", "TLP:GREEN"),
            ("to", &sender.to_string()),
            ("question", "Which national programmes fund youth centres?"),
        ],
    )
    .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let liaison = session_cookie(db, account(db, "liaison.mk@demo.example").await).await;
    let id = notice_id(asked.location());
    let read = get_with(&app, &format!("/sharing/notices/{id}"), &[("cookie", &liaison)]).await;
    assert!(read.body.contains("Which national programmes fund youth centres?"));
});

on_both_backends!(forwarding_keeps_the_strictest_label, |db| {
    load_demo(db).await;
    let app = router(db);
    let (id, social): (i64, i64) = on_db!(db, |pool| sqlx::query_as(
        "SELECT n.id, r.position_id FROM notices n JOIN channel_receivers r ON r.channel_id = n.channel_id \
         JOIN positions p ON p.id = r.position_id WHERE p.function = 'director'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    // The demo notice went to both receivers; take the social work centre off to forward to it.
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query(
        "DELETE FROM notice_recipients WHERE notice_id = $1 AND position_id = $2"
    )
    .bind(id)
    .bind(social)
    .execute(&mut *c)
    .await
    .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let kumanovo = session_cookie(db, account(db, "focal.kumanovo@demo.example").await).await;
    let looser = post_form(
        &app,
        &format!("/sharing/notices/{id}/forward"),
        &kumanovo,
        &[("to", &social.to_string()), ("tlp", "TLP:CLEAR")],
    )
    .await;
    assert_eq!(looser.status, StatusCode::SEE_OTHER, "{}", looser.body);
    let tlp: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT tlp FROM notices WHERE id = $1").bind(id).fetch_one(pool).await)
            .unwrap();
    assert_eq!(tlp, "TLP:AMBER", "a forward cannot loosen the label");
    let forwarded: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'notice.forward'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!(forwarded, 1);
    let outside =
        post_form(&app, &format!("/sharing/notices/{id}/forward"), &kumanovo, &[("to", "1"), ("tlp", "TLP:RED")]).await;
    assert_eq!(outside.status, StatusCode::UNPROCESSABLE_ENTITY);
});
