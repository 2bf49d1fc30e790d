//! The attacks a probe of the running product tried, each reproduced: every
//! test here failed before its defence existed. See docs/SECURITY.md.

use axum::http::StatusCode;
use platform::auth::totp;
use platform::{on_db, Db};

use crate::support::{
    account_with_role, get_with, load_demo, mailed_link, on_both_backends, post_form, router, session_cookie,
    set_password, SHARING_KEY,
};

const PASSWORD: &str = "orchard lantern river";

async fn scalar(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

async fn text(db: &Db, sql: &str) -> Option<String> {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

/// An administrator invites `email` to a role at Kumanovo; returns the link.
async fn invite(db: &Db, app: &axum::Router, admin: &str, email: &str, role: &str) -> String {
    let sent = post_form(
        app,
        "/places/MK-703/invite",
        admin,
        &[("email", email), ("full_name", "Someone"), ("role", role), ("language", "en")],
    )
    .await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    mailed_link(db).await
}

on_both_backends!(re_inviting_an_existing_account_never_takes_it_over, |db| {
    load_demo(db).await;
    let app = router(db);
    let admin = session_cookie(db, account_with_role(db, "admin@hub.example", "hub_admin", Some("WB")).await).await;
    let victim = account_with_role(db, "liaison@police.example", "security_liaison", Some("MK")).await;
    set_password(db, victim, PASSWORD).await;
    let before = text(db, &format!("SELECT password_hash FROM accounts WHERE id = {victim}")).await;
    let link = invite(db, &app, &admin, "liaison@police.example", "municipal_staff").await;
    // The link in the outbox is not readable by administrators.
    let outbox = get_with(&app, "/admin/outbox", &[("cookie", &admin)]).await;
    assert!(!outbox.body.contains(&link) && outbox.body.contains("not shown here"), "the link stays hidden");
    // Following it without the account's password asks to sign in first.
    let page = get_with(&app, &link, &[]).await;
    assert!(page.body.contains("id=\"accept-sign-in\""), "an existing account must sign in");
    let attempt =
        post_form(&app, &link, "", &[("password", "attacker chosen words"), ("confirm", "attacker chosen words")])
            .await;
    assert!(attempt.session().is_none(), "no session is given");
    let after = text(db, &format!("SELECT password_hash FROM accounts WHERE id = {victim}")).await;
    assert_eq!(before, after, "the password is unchanged");
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM invitations WHERE accepted_at IS NOT NULL").await, 0);
    // The account's owner, signed in, accepts the role; nothing else changes.
    let owner = session_cookie(db, victim).await;
    assert!(get_with(&app, &link, &[("cookie", &owner)]).await.body.contains("id=\"accept-existing\""));
    let accepted = post_form(&app, &link, &owner, &[]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    let roles = scalar(db, &format!("SELECT COUNT(*) FROM role_grants WHERE account_id = {victim}")).await;
    assert_eq!(roles, 2, "the new role is added to the old one");
    assert_eq!(before, text(db, &format!("SELECT password_hash FROM accounts WHERE id = {victim}")).await);
});

on_both_backends!(a_deactivated_account_stays_deactivated, |db| {
    load_demo(db).await;
    let app = router(db);
    let admin = session_cookie(db, account_with_role(db, "admin@hub.example", "hub_admin", Some("WB")).await).await;
    let former = account_with_role(db, "former@kumanovo.example", "municipal_staff", Some("MK-703")).await;
    let link = invite(db, &app, &admin, "former@kumanovo.example", "focal_point").await;
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE accounts SET active = FALSE WHERE id = $1")
        .bind(former)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let page = get_with(&app, &link, &[]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("id=\"accept-deactivated\""));
    post_form(&app, &link, "", &[("password", "fresh words for me"), ("confirm", "fresh words for me")]).await;
    assert_eq!(scalar(db, &format!("SELECT COUNT(*) FROM accounts WHERE id = {former} AND active")).await, 0);
});

on_both_backends!(an_invitation_accepted_ten_times_at_once_counts_once, |db| {
    load_demo(db).await;
    let app = router(db);
    let admin = session_cookie(db, account_with_role(db, "admin@hub.example", "hub_admin", Some("WB")).await).await;
    let link = invite(db, &app, &admin, "newcomer@kumanovo.example", "municipal_staff").await;
    let attempts = (0..10).map(|_| {
        let app = app.clone();
        let link = link.clone();
        async move {
            post_form(&app, &link, "", &[("password", "ten tries at once"), ("confirm", "ten tries at once")]).await
        }
    });
    let replies = futures_util::future::join_all(attempts).await;
    let sessions = replies.iter().filter(|r| r.session().is_some()).count();
    assert_eq!(sessions, 1, "one acceptance gives a session");
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM accounts WHERE email = 'newcomer@kumanovo.example'").await, 1);
    let grants = scalar(
        db,
        "SELECT COUNT(*) FROM role_grants g JOIN accounts a ON a.id = g.account_id WHERE a.email = 'newcomer@kumanovo.example'",
    )
    .await;
    assert_eq!(grants, 1);
});

/// A focal point with a second factor; returns its id and secret.
async fn with_second_factor(db: &Db, email: &str) -> (i64, String) {
    let id = account_with_role(db, email, "focal_point", Some("MK-703")).await;
    set_password(db, id, PASSWORD).await;
    let secret = totp::new_secret();
    let sealer = platform::crypto::SecretBox::from_hex(SHARING_KEY).unwrap();
    let mut tx = db.begin().await.unwrap();
    access::store::set_totp_secret(&mut tx, id, &secret, Some(&sealer)).await.unwrap();
    access::store::enable_totp(&mut tx, id, &[]).await.unwrap();
    tx.commit().await.unwrap();
    (id, secret)
}

/// Signs in with the password; returns the cookie of the session waiting for its code.
async fn password_step(app: &axum::Router, email: &str, extra_cookie: &str) -> Option<String> {
    let reply = post_form(app, "/login", extra_cookie, &[("email", email), ("password", PASSWORD)]).await;
    reply.session()
}

on_both_backends!(second_factor_codes_cannot_be_guessed_or_reused, |db| {
    load_demo(db).await;
    let app = router(db);
    let (id, secret) = with_second_factor(db, "fp2@kumanovo.example").await;
    // A correct password between wrong codes does not reset the count.
    let mut locked = false;
    for round in 0..3 {
        let Some(pending) = password_step(&app, "fp2@kumanovo.example", "").await else {
            locked = true;
            break;
        };
        for _ in 0..2 {
            let wrong = post_form(&app, "/login/totp", &pending, &[("code", "000000")]).await;
            if wrong.body.contains("locked until") {
                locked = true;
            }
        }
        assert!(round < 3);
    }
    assert!(locked, "five wrong codes lock the account whatever passwords come between");
    assert!(scalar(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'auth.locked'").await >= 1);
    // Unlocked again, a valid code signs in once and only once.
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE accounts SET locked_until = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("DELETE FROM login_attempts").execute(&mut *c).await.map(|_| ()))
        .unwrap();
    tx.commit().await.unwrap();
    let code = totp::current_code(&secret).unwrap();
    let first = password_step(&app, "fp2@kumanovo.example", "").await.expect("the password step");
    let ok = post_form(&app, "/login/totp", &first, &[("code", &code)]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    let second = password_step(&app, "fp2@kumanovo.example", "").await.expect("the password step");
    let replay = post_form(&app, "/login/totp", &second, &[("code", &code)]).await;
    assert_eq!(replay.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(replay.body.contains("has been used already"), "a code works once");
});

on_both_backends!(a_lockout_tells_nobody_who_has_an_account_and_keeps_nobody_out, |db| {
    load_demo(db).await;
    let app = router(db);
    let known = account_with_role(db, "known@kumanovo.example", "municipal_staff", Some("MK-703")).await;
    set_password(db, known, PASSWORD).await;
    // The owner signs in once from their browser, which is remembered.
    let signed_in = post_form(&app, "/login", "", &[("email", "known@kumanovo.example"), ("password", PASSWORD)]).await;
    let device = signed_in
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("mozaik_device="))
        .and_then(|v| v.split(';').next())
        .expect("the browser is remembered")
        .to_string();
    let mut answers = Vec::new();
    for email in ["known@kumanovo.example", "nobody@kumanovo.example"] {
        for _ in 0..4 {
            post_form(&app, "/login", "", &[("email", email), ("password", "not the password")]).await;
        }
        let fifth = post_form(&app, "/login", "", &[("email", email), ("password", "not the password")]).await;
        let sixth = post_form(&app, "/login", "", &[("email", email), ("password", PASSWORD)]).await;
        answers.push((fifth.status, sixth.status, fifth.body.contains("locked until")));
    }
    assert_eq!(answers[0], answers[1], "a known and an unknown address are answered alike");
    assert_eq!(answers[0].0, StatusCode::LOCKED);
    // Whoever locked the address cannot keep its owner out of their own browser.
    let owner =
        post_form(&app, "/login", &device, &[("email", "known@kumanovo.example"), ("password", PASSWORD)]).await;
    assert_eq!(owner.status, StatusCode::SEE_OTHER, "{}", owner.body);
    assert!(owner.session().is_some());
});

on_both_backends!(after_sign_in_only_local_paths_are_followed, |db| {
    let app = router(db);
    let id = account_with_role(db, "next@example.org", "municipal_staff", None).await;
    set_password(db, id, PASSWORD).await;
    for next in
        ["/\t/evil.example", "//evil.example", "/\\evil.example", "/x\r\nSet-Cookie: a=b", "https://evil.example"]
    {
        let reply =
            post_form(&app, "/login", "", &[("email", "next@example.org"), ("password", PASSWORD), ("next", next)])
                .await;
        assert_eq!(reply.status, StatusCode::SEE_OTHER, "{next:?}: {}", reply.body);
        assert_eq!(reply.location(), "/", "{next:?}");
    }
});

on_both_backends!(unsupported_methods_answer_405_with_allow, |db| {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let app = router(db);
    for (method, path, allow) in [
        ("OPTIONS", "/places/MK-703", "GET, HEAD"),
        ("DELETE", "/places/MK-703", "GET, HEAD"),
        ("PUT", "/api/v1/places/MK-703", "GET, HEAD"),
        ("GET", "/logout", "POST"),
        ("GET", "/support/requests", "POST"),
        ("TRACE", "/knowledge", "GET, HEAD"),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header("host", "localhost")
            .header("authorization", "Bearer mzk_not_a_token")
            .body(Body::empty())
            .unwrap();
        let reply = app.clone().oneshot(request).await.unwrap();
        assert_eq!(reply.status(), StatusCode::METHOD_NOT_ALLOWED, "{method} {path}");
        assert_eq!(reply.headers().get("allow").and_then(|v| v.to_str().ok()), Some(allow), "{method} {path}");
    }
});

on_both_backends!(people_change_and_reset_their_own_passwords, |db| {
    load_demo(db).await;
    let app = router(db);
    let id = account_with_role(db, "own@kumanovo.example", "municipal_staff", Some("MK-703")).await;
    set_password(db, id, PASSWORD).await;
    let cookie = session_cookie(db, id).await;
    let wrong = post_form(
        &app,
        "/account/password",
        &cookie,
        &[("current", "not my password"), ("password", "fresh river stones"), ("confirm", "fresh river stones")],
    )
    .await;
    assert!(wrong.body.contains("not your current password"), "the current password is checked");
    let changed = post_form(
        &app,
        "/account/password",
        &cookie,
        &[("current", PASSWORD), ("password", "fresh river stones"), ("confirm", "fresh river stones")],
    )
    .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    let signed =
        post_form(&app, "/login", "", &[("email", "own@kumanovo.example"), ("password", "fresh river stones")]).await;
    assert!(signed.session().is_some(), "the new password signs in");
    // A forgotten password: the same answer for a known and an unknown address.
    let before = scalar(db, "SELECT COUNT(*) FROM outbox").await;
    let known = post_form(&app, "/password/forgot", "", &[("email", "own@kumanovo.example")]).await;
    let unknown = post_form(&app, "/password/forgot", "", &[("email", "nobody@kumanovo.example")]).await;
    assert_eq!(known.status, unknown.status);
    assert!(known.body.contains("id=\"reset-sent\"") && unknown.body.contains("id=\"reset-sent\""));
    assert_eq!(scalar(db, "SELECT COUNT(*) FROM outbox").await, before + 1, "one link, for the known address");
    let link = mailed_link(db).await;
    assert!(link.starts_with("/password/reset/"), "{link}");
    let reset =
        post_form(&app, &link, "", &[("password", "another good phrase"), ("confirm", "another good phrase")]).await;
    assert_eq!(reset.status, StatusCode::SEE_OTHER, "{}", reset.body);
    let again =
        post_form(&app, &link, "", &[("password", "a third good phrase"), ("confirm", "a third good phrase")]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND, "a reset link works once");
    let old_session = get_with(&app, "/account", &[("cookie", &cookie)]).await;
    assert_eq!(old_session.status, StatusCode::SEE_OTHER, "a reset ends every session");
    // Asking again and again sends no more than three links an hour.
    for _ in 0..5 {
        post_form(&app, "/password/forgot", "", &[("email", "own@kumanovo.example")]).await;
    }
    let sent = scalar(db, "SELECT COUNT(*) FROM password_resets").await;
    assert_eq!(sent, 3, "at most three links an hour for one address");
    // Asking never locks the address out of signing in.
    let after =
        post_form(&app, "/login", "", &[("email", "own@kumanovo.example"), ("password", "another good phrase")]).await;
    assert!(after.session().is_some());
});
