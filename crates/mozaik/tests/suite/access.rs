//! Sign-in, second factor, lockout, CSRF, invitations and handover, and the
//! audit trail, on both backends.

use axum::http::StatusCode;
use platform::{audit, on_db, Db};

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie, set_password,
};

const PASSWORD: &str = "orchard lantern river";

async fn outbox_link(db: &Db) -> String {
    crate::support::mailed_link(db).await
}

fn secret_on(page: &str) -> String {
    let start = page.find("id=\"totp-secret\">").expect("the secret is shown") + "id=\"totp-secret\">".len();
    page[start..].split('<').next().unwrap().to_string()
}

on_both_backends!(password_sign_in_and_out, |db| {
    load_demo(db).await;
    let app = router(db);
    let id = account_with_role(db, "staff@example.org", "municipal_staff", Some("ME-07")).await;
    set_password(db, id, PASSWORD).await;
    let reply = post_form(
        &app,
        "/login",
        "",
        &[("email", "Staff@Example.org"), ("password", PASSWORD), ("next", "/places/ME-07")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    assert_eq!(reply.location(), "/places/ME-07");
    let cookie = reply.session().expect("a session cookie");
    let set_cookie = reply.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let page = get_with(&app, "/places/ME-07", &[("cookie", &cookie)]).await;
    assert!(page.body.contains("Test municipal_staff"), "the header names the signed-in person");
    assert!(page.body.contains("/places/ME-07/people"), "people link for a role covering the place");
    let out = post_form(&app, "/logout", &cookie, &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = get_with(&app, "/account", &[("cookie", &cookie)]).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER, "the session ended");
    assert!(after.location().starts_with("/login?next="));
});

on_both_backends!(five_wrong_passwords_lock_the_account, |db| {
    let app = router(db);
    let id = account_with_role(db, "focal@example.org", "municipal_staff", None).await;
    set_password(db, id, PASSWORD).await;
    for attempt in 1..=4 {
        let reply =
            post_form(&app, "/login", "", &[("email", "focal@example.org"), ("password", "wrong password here")]).await;
        assert_eq!(reply.status, StatusCode::UNAUTHORIZED, "attempt {attempt}");
        assert!(reply.body.contains("The e-mail address or the password is wrong"));
        assert!(reply.body.contains("value=\"focal@example.org\""), "the e-mail address typed is kept");
    }
    let fifth =
        post_form(&app, "/login", "", &[("email", "focal@example.org"), ("password", "wrong password here")]).await;
    assert_eq!(fifth.status, StatusCode::LOCKED);
    assert!(fifth.body.contains("this account is locked until"), "{}", fifth.body);
    // Even the right password is refused while locked.
    let right = post_form(&app, "/login", "", &[("email", "focal@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(right.status, StatusCode::LOCKED);
    assert!(right.session().is_none());
    let events: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'auth.locked'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!(events, 1);
});

on_both_backends!(a_client_address_that_keeps_failing_is_held_back, |db| {
    let app = router(db);
    for n in 0..20 {
        let email = format!("nobody{n}@example.org");
        post_form(&app, "/login", "", &[("email", &email), ("password", "wrong password here")]).await;
    }
    let reply =
        post_form(&app, "/login", "", &[("email", "another@example.org"), ("password", "wrong password here")]).await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(reply.body.contains("Too many failed sign-ins came from your network"));
});

on_both_backends!(forms_need_their_csrf_token_and_origin, |db| {
    let app = router(db);
    let no_token = {
        use axum::body::Body;
        use axum::http::Request;
        use tower::ServiceExt;
        let request = Request::builder()
            .method("POST")
            .uri("/login")
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("cookie", "mozaik_csrf=abc")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("email=a%40b.org&password=x&csrf=def"))
            .unwrap();
        app.clone().oneshot(request).await.unwrap()
    };
    assert_eq!(no_token.status(), StatusCode::FORBIDDEN);
    let foreign = {
        use axum::body::Body;
        use axum::http::Request;
        use tower::ServiceExt;
        let request = Request::builder()
            .method("POST")
            .uri("/login")
            .header("host", "localhost")
            .header("origin", "https://attacker.example")
            .header("cookie", "mozaik_csrf=abc")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("email=a%40b.org&password=x&csrf=abc"))
            .unwrap();
        app.clone().oneshot(request).await.unwrap()
    };
    assert_eq!(foreign.status(), StatusCode::FORBIDDEN);
    let page = get(&app, "/login").await;
    let set_cookie = page.headers.get("set-cookie").expect("a CSRF cookie is issued").to_str().unwrap();
    assert!(set_cookie.starts_with("mozaik_csrf=") && set_cookie.contains("HttpOnly"));
});

on_both_backends!(a_role_with_notices_must_set_up_and_use_a_second_factor, |db| {
    load_demo(db).await;
    let app = router(db);
    let id = account_with_role(db, "fp@example.org", "focal_point", Some("MK-703")).await;
    set_password(db, id, PASSWORD).await;
    let first =
        post_form(&app, "/login", "", &[("email", "fp@example.org"), ("password", PASSWORD), ("next", "/account")])
            .await;
    assert_eq!(first.location(), "/account/totp?next=%2Faccount");
    let cookie = first.session().unwrap();
    // Until the second factor is set up, nothing else opens.
    let blocked = get_with(&app, "/places/MK-703/people", &[("cookie", &cookie)]).await;
    assert_eq!(blocked.status, StatusCode::SEE_OTHER);
    let setup = get_with(&app, "/account/totp?next=/account", &[("cookie", &cookie)]).await;
    assert_eq!(setup.status, StatusCode::OK);
    assert!(setup.body.contains("<svg"), "a QR code to scan");
    let secret = secret_on(&setup.body);
    let wrong = post_form(&app, "/account/totp", &cookie, &[("code", "000000"), ("next", "/account")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = platform::auth::totp::current_code(&secret).unwrap();
    let done = post_form(&app, "/account/totp", &cookie, &[("code", &code), ("next", "/account")]).await;
    assert_eq!(done.status, StatusCode::OK);
    let stored: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT totp_secret FROM accounts WHERE totp_enabled = TRUE")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert!(stored.starts_with("v1:") && !stored.contains(&secret), "the second factor's secret is sealed at rest");
    let codes: Vec<String> = done
        .body
        .split("<li>")
        .skip(1)
        .filter_map(|s| s.split("</li>").next())
        .map(String::from)
        .filter(|s| s.len() == 11)
        .collect();
    assert_eq!(codes.len(), 10, "ten recovery codes");
    let people = get_with(&app, "/places/MK-703/people", &[("cookie", &cookie)]).await;
    assert_eq!(people.status, StatusCode::OK);

    // The next sign-in asks for a code; a recovery code works once.
    let again = post_form(&app, "/login", "", &[("email", "fp@example.org"), ("password", PASSWORD)]).await;
    assert!(again.location().starts_with("/login/totp"));
    let pending = again.session().unwrap();
    let recovered =
        post_form(&app, "/login/totp", &pending, &[("code", &codes[0].to_uppercase()), ("next", "/")]).await;
    assert_eq!(recovered.status, StatusCode::SEE_OTHER, "{}", recovered.body);
    let third = post_form(&app, "/login", "", &[("email", "fp@example.org"), ("password", PASSWORD)]).await;
    let pending = third.session().unwrap();
    let reused = post_form(&app, "/login/totp", &pending, &[("code", &codes[0]), ("next", "/")]).await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY, "a recovery code works only once");
});

on_both_backends!(an_invitation_hands_a_position_over, |db| {
    load_demo(db).await;
    let app = router(db);
    let staff = account_with_role(db, "hubstaff@example.org", "hub_staff", Some("MK")).await;
    let cookie = session_cookie(db, staff).await;
    let form = get_with(&app, "/places/MK-703/invite", &[("cookie", &cookie)]).await;
    assert_eq!(form.status, StatusCode::OK);
    let position = form
        .body
        .split("<option value=\"")
        .filter_map(|s| s.split('"').next())
        .find(|v| form.body.contains(&format!("<option value=\"{v}\">Prevention focal point")));
    let position = position.expect("the focal point position is offered").to_string();
    let bad = post_form(
        &app,
        "/places/MK-703/invite",
        &cookie,
        &[("email", "not-an-address"), ("full_name", "Ana Petrovska"), ("role", "focal_point")],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("aria-invalid=\"true\" aria-describedby=\"email-error\""));
    assert!(bad.body.contains("value=\"Ana Petrovska\""), "what was typed is kept");
    let sent = post_form(
        &app,
        "/places/MK-703/invite",
        &cookie,
        &[
            ("email", "ana.petrovska@example.org"),
            ("full_name", "Ana Petrovska"),
            ("role", "focal_point"),
            ("position", &position),
            ("language", "mk"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    assert!(sent.body.contains("ana.petrovska@example.org"));
    let link = outbox_link(db).await;
    let accept = get(&app, &link).await;
    assert_eq!(accept.status, StatusCode::OK);
    assert!(accept.body.contains("<html lang=\"mk\">"), "the invitation opens in its language");
    let weak = post_form(&app, &link, "", &[("password", "password123"), ("confirm", "password123")]).await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak.body.contains("password-hint password-error\"") && weak.body.contains("aria-invalid=\"true\""));
    let done = post_form(&app, &link, "", &[("password", PASSWORD), ("confirm", PASSWORD)]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location(), "/account/totp?next=/");
    // The link works once.
    assert_eq!(get(&app, &link).await.status, StatusCode::NOT_FOUND);
    // The position has one current holder, the new one; the old term ended.
    let holders: Vec<(String, Option<chrono::NaiveDate>)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT pe.full_name, h.valid_to FROM position_holders h JOIN people pe ON pe.id = h.person_id \
         WHERE h.position_id = $1 AND h.role = 'holder' ORDER BY h.id"
    )
    .bind(position.parse::<i64>().unwrap())
    .fetch_all(pool)
    .await)
    .unwrap();
    let current: Vec<&String> = holders.iter().filter(|(_, to)| to.is_none()).map(|(n, _)| n).collect();
    assert_eq!(current, ["Ana Petrovska"]);
    assert!(holders.len() >= 3, "history stays: {holders:?}");
});

on_both_backends!(deactivating_ends_sessions_and_keeps_history, |db| {
    load_demo(db).await;
    let app = router(db);
    let admin = account_with_role(db, "admin@example.org", "hub_admin", Some("WB")).await;
    let user = account_with_role(db, "user@example.org", "municipal_staff", Some("ME-07")).await;
    let admin_cookie = session_cookie(db, admin).await;
    let user_cookie = session_cookie(db, user).await;
    assert_eq!(get_with(&app, "/account", &[("cookie", &user_cookie)]).await.status, StatusCode::OK);
    let asked = post_form(&app, &format!("/admin/accounts/{user}/deactivate"), &admin_cookie, &[]).await;
    assert!(asked.body.contains("id=\"confirm-question\"") && asked.body.contains("user@example.org"), "asked first");
    assert_eq!(get_with(&app, "/account", &[("cookie", &user_cookie)]).await.status, StatusCode::OK, "not yet");
    let reply =
        post_form(&app, &format!("/admin/accounts/{user}/deactivate"), &admin_cookie, &[("confirmed", "yes")]).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER);
    assert_eq!(get_with(&app, "/account", &[("cookie", &user_cookie)]).await.status, StatusCode::SEE_OTHER);
    let person_still_there: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM accounts WHERE id = $1")
        .bind(user)
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(person_still_there, 1);
    let audit_page = get_with(&app, "/admin/audit?action=account.", &[("cookie", &admin_cookie)]).await;
    assert!(audit_page.body.contains("account.deactivate"));
    assert!(audit_page.body.contains("is intact"));
});

async fn drop_audit_guard(db: &Db) {
    let mut tx = db.begin().await.unwrap();
    match db {
        Db::Sqlite { .. } => platform::on_tx!(&mut tx, |c| sqlx::raw_sql(
            "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete"
        )
        .execute(&mut *c)
        .await
        .map(|_| ()))
        .unwrap(),
        Db::Postgres(_) => {
            platform::on_tx!(&mut tx, |c| sqlx::raw_sql("DROP TRIGGER audit_events_no_change ON audit_events")
                .execute(&mut *c)
                .await
                .map(|_| ()))
            .unwrap()
        }
    }
    tx.commit().await.unwrap();
}

on_both_backends!(the_audit_chain_finds_tampering, |db| {
    load_demo(db).await;
    let count = audit::verify(db).await.unwrap().expect("an untouched chain verifies");
    assert!(count >= 3, "the demo writes were audited: {count}");
    // The database itself refuses changes to audit events.
    let mut tx = db.begin().await.unwrap();
    let refused = platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE audit_events SET summary = 'edited' WHERE id = 2")
        .execute(&mut *c)
        .await
        .map(|_| ()));
    assert!(refused.is_err(), "an update of an audit event must fail");
    drop(tx);
    // Someone with direct database access edits an event anyway.
    drop_audit_guard(db).await;
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE audit_events SET summary = 'edited' WHERE id = 2")
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let broken = audit::verify(db).await.unwrap().expect_err("tampering is found");
    assert_eq!(broken.id, 2);
    let problems = mozaik::commands::check(db, None, None).await.unwrap();
    assert!(problems.iter().any(|p| p.contains("audit chain is broken at event 2")), "{problems:?}");
});

on_both_backends!(deleting_the_newest_audit_events_is_found_by_the_checkpoint, |db| {
    load_demo(db).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit-checkpoint");
    assert!(audit::write_checkpoint(db, &file).await.unwrap(), "the head is written down");
    assert!(!audit::write_checkpoint(db, &file).await.unwrap(), "and only again when it moves");
    let head = audit::head(db).await.unwrap().unwrap();
    assert!(mozaik::commands::check(db, Some(&head), Some(&file)).await.unwrap().is_empty());
    // With the database file in hand, someone deletes the newest events: the chain still verifies…
    drop_audit_guard(db).await;
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("DELETE FROM audit_events WHERE id > $1")
        .bind(head.id - 3)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    assert!(audit::verify(db).await.unwrap().is_ok(), "a shortened chain is still a valid chain");
    // …but not against the head kept outside the database.
    let problems = mozaik::commands::check(db, None, Some(&file)).await.unwrap();
    assert!(problems.iter().any(|p| p.contains("newest events were deleted")), "{problems:?}");
    let problems = mozaik::commands::check(db, Some(&head), None).await.unwrap();
    assert!(problems.iter().any(|p| p.contains("newest events were deleted")), "{problems:?}");
});

on_both_backends!(a_session_kept_by_the_server_follows_every_change_to_it, |db| {
    load_demo(db).await;
    let app = router(db);
    let id = account_with_role(db, "kept@example.org", "focal_point", Some("ME-07")).await;
    let cookie = session_cookie(db, id).await;
    let page = |cookie: String| {
        let app = app.clone();
        async move { get_with(&app, "/places/ME-07", &[("cookie", &cookie)]).await.body }
    };
    let people_link = "href=\"/places/ME-07/people\"";
    // Read twice: the second answer comes from the kept session.
    for _ in 0..2 {
        let body = page(cookie.clone()).await;
        assert!(body.contains("Test focal_point") && body.contains(people_link), "signed in with the grant");
    }
    let change = |sql: String| async move {
        let mut tx = db.begin().await.unwrap();
        platform::on_tx!(&mut tx, |c| sqlx::query(&sql).bind(chrono::Utc::now()).execute(&mut *c).await.map(|_| ()))
            .unwrap();
        tx.commit().await.unwrap();
    };
    // A renamed person is named anew.
    change(format!("UPDATE people SET full_name = 'Renamed Person' WHERE id = (SELECT person_id FROM accounts WHERE id = {id}) AND $1 IS NOT NULL")).await;
    assert!(page(cookie.clone()).await.contains("Renamed Person"));
    // A grant that ended no longer counts.
    change(format!("UPDATE role_grants SET valid_to = $1 WHERE account_id = {id}")).await;
    let body = page(cookie.clone()).await;
    assert!(body.contains("Renamed Person") && !body.contains(people_link), "the ended grant is gone");
    // A session revoked (signed out on another server) is not served.
    change(format!("UPDATE sessions SET revoked_at = $1 WHERE account_id = {id}")).await;
    assert!(!page(cookie.clone()).await.contains("Renamed Person"), "the revoked session is anonymous");
});
