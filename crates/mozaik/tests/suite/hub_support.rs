//! Hub support: the helpdesk's lifecycle with refused moves, service levels
//! and the FAQ; experts matched, assigned and answering; the fund from call
//! to completion with its budget held under concurrent decisions; work
//! plans from assessed needs; volunteer hours.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use platform::money::Eur;
use platform::{on_db, Db};
use support::fund::{Decision, Stage};

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie,
};

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

async fn kumanovo(db: &Db) -> String {
    directory::places::find(db, "MK-703").await.unwrap().unwrap().id.to_string()
}

/// A focal point of Kumanovo asks; returns the request's number.
async fn ask(app: &axum::Router, cookie: &str, place: &str, need: &str) -> i64 {
    let sent = post_form(
        app,
        "/support/requests",
        cookie,
        &[
            ("place", place),
            ("topic", "support"),
            ("need", need),
            ("subject", "Youth outreach"),
            ("body", "How do we reach young people online?"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    sent.location().trim_start_matches("/support/requests/").parse().unwrap()
}

on_both_backends!(a_request_moves_through_its_states_and_becomes_a_faq_entry, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let place = kumanovo(db).await;
    let refused = post_form(
        &app,
        "/support/requests",
        &focal,
        &[("place", &place), ("topic", "support"), ("subject", ""), ("body", "")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Give a subject of at most 200 characters."));
    assert!(refused.body.contains("Write the text"));
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM support_requests").await,
        3,
        "a refused form writes nothing (the demo has three)"
    );

    let id = ask(&app, &focal, &place, "need_youth").await;
    let path = format!("/support/requests/{id}");
    let list = get_with(&app, "/support", &[("cookie", &hub)]).await;
    assert!(
        list.body.contains("Youth outreach") && (list.body.contains(" CET") || list.body.contains(" CEST")),
        "the hub sees when it is due, in local time"
    );
    let staff: i64 = count(db, "SELECT MIN(account_id) FROM role_grants WHERE role = 'hub_staff'").await;
    assert_eq!(
        post_form(&app, &format!("{path}/assignee"), &hub, &[("assignee", &staff.to_string())]).await.status,
        StatusCode::SEE_OTHER
    );
    post_form(&app, &format!("{path}/notes"), &hub, &[("body", "Internal: check the CAT's minutes")]).await;
    post_form(&app, &format!("{path}/replies"), &hub, &[("body", "Which platforms do they use?")]).await;
    post_form(&app, &format!("{path}/state"), &hub, &[("to", "waiting")]).await;
    // The municipality cannot resolve; its reply reopens the request.
    let wrong = post_form(&app, &format!("{path}/state"), &focal, &[("to", "resolved")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("cannot be moved to"), "an invalid move is refused with a message");
    post_form(&app, &format!("{path}/replies"), &focal, &[("body", "Mostly short-video apps.")]).await;
    let seen = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(seen.body.contains("Which platforms") && !seen.body.contains("Internal: check"), "notes stay with the hub");
    assert!(seen.body.contains("status-open"), "answering reopens: {}", seen.status);
    let skip = post_form(&app, &format!("{path}/state"), &hub, &[("to", "closed")]).await;
    assert!(skip.body.contains("cannot be moved to"), "open cannot jump to closed");
    post_form(&app, &format!("{path}/state"), &hub, &[("to", "resolved")]).await;
    let close = post_form(&app, &format!("{path}/state"), &focal, &[("to", "closed")]).await;
    assert!(close.body.contains("id=\"confirm-question\""), "closing asks first");
    assert!(get_with(&app, &path, &[("cookie", &focal)]).await.body.contains("status-resolved"), "nothing changed yet");
    let faq = post_form(
        &app,
        &format!("{path}/faq"),
        &hub,
        &[
            ("question", "How can a city reach young people online?"),
            ("answer", "Work with youth workers on the platforms they use."),
        ],
    )
    .await;
    assert_eq!(faq.status, StatusCode::SEE_OTHER);
    let public = get(&app, "/support/faq").await;
    assert!(public.body.contains("How can a city reach young people online?") && !public.body.contains("Kumanovo"));
    let other =
        session_cookie(db, account_with_role(db, "fp@podgorica.example", "focal_point", Some("ME-16")).await).await;
    assert_eq!(get_with(&app, &path, &[("cookie", &other)]).await.status, StatusCode::FORBIDDEN);
    assert!(
        count(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'support.request_update'").await >= 6,
        "every move audited"
    );

    // A request asked two weeks ago and never answered is past both levels.
    let id2 = ask(&app, &focal, &place, "need_data").await;
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE support_requests SET created_at = $1 WHERE id = $2")
        .bind(Utc::now() - Duration::days(21))
        .bind(id2)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let breached = get_with(&app, "/support?breached=1", &[("cookie", &hub)]).await;
    assert!(breached.body.contains(&format!("/support/requests/{id2}")) && breached.body.contains("past the target"));
});

on_both_backends!(an_expert_is_matched_assigned_answers_and_is_rated, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let expert_account = account_with_role(db, "expert@pool.example", "expert", None).await;
    let expert = session_cookie(db, expert_account).await;
    let bad = post_form(
        &app,
        "/support/experts",
        &hub,
        &[
            ("name", "Ana"),
            ("languages", "m!k"),
            ("available_from", "2026-01-01"),
            ("available_to", "2025-01-01"),
            ("daily_rate", "-1"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for wanted in
        ["Choose at least one theme.", "List the languages", "Give the first and last day", "cannot be negative"]
    {
        assert!(bad.body.contains(wanted), "missing «{wanted}»");
    }
    let year = Utc::now().format("%Y").to_string();
    for (name, email, themes, languages, countries) in
        [("Ana Youth", "expert@pool.example", "need_youth", "mk, en", "MK"), ("Ben Data", "", "need_data", "sr", "RS")]
    {
        let made = post_form(
            &app,
            "/support/experts",
            &hub,
            &[
                ("name", name),
                ("email", email),
                ("themes", themes),
                ("languages", languages),
                ("countries", countries),
                ("available_from", &format!("{year}-01-01")),
                ("available_to", &format!("{year}-12-31")),
                ("daily_rate", "300"),
            ],
        )
        .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    }
    let place = kumanovo(db).await;
    let id = ask(&app, &focal, &place, "need_youth").await;
    let path = format!("/support/requests/{id}");
    let page = get_with(&app, &path, &[("cookie", &hub)]).await;
    let ana = page.body.find("Ana Youth").unwrap();
    assert!(
        page.body[ana..].contains("knows the theme; speaks the language; works in the country; available now"),
        "reasons shown"
    );
    assert!(!page.body.contains("Ben Data"), "an expert who fits in nothing is not proposed");
    let ana_id = count(db, "SELECT id FROM experts WHERE name = 'Ana Youth'").await.to_string();
    let assigned = post_form(
        &app,
        &format!("{path}/experts"),
        &hub,
        &[("expert", &ana_id), ("deliverables", "A one-page outreach plan")],
    )
    .await;
    assert_eq!(assigned.status, StatusCode::SEE_OTHER);
    let assignment = count(db, "SELECT MAX(id) FROM expert_assignments").await;
    let apath = format!("/support/assignments/{assignment}");
    assert_eq!(get_with(&app, &apath, &[("cookie", &expert)]).await.status, StatusCode::OK);
    let early = post_form(&app, &format!("{apath}/feedback"), &focal, &[("rating", "5")]).await;
    assert!(early.body.contains("once the expert has delivered"));
    post_form(
        &app,
        &format!("{apath}/time"),
        &expert,
        &[("day", &Utc::now().date_naive().to_string()), ("hours", "2,5")],
    )
    .await;
    let answered =
        post_form(&app, &format!("{apath}/answer"), &expert, &[("body", "Start with the youth council.")]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let seen = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(seen.body.contains("Start with the youth council.") && seen.body.contains("delivered"));
    let rated = post_form(&app, &format!("{apath}/feedback"), &focal, &[("rating", "4"), ("feedback", "Useful")]).await;
    assert_eq!(rated.status, StatusCode::SEE_OTHER);
    assert_eq!(count(db, &format!("SELECT rating FROM expert_assignments WHERE id = {assignment}")).await, 4);
    assert_eq!(count(db, &format!("SELECT COUNT(*) FROM expert_time WHERE assignment_id = {assignment}")).await, 1);
    let stranger = session_cookie(db, account_with_role(db, "other@pool.example", "expert", None).await).await;
    assert_eq!(get_with(&app, &apath, &[("cookie", &stranger)]).await.status, StatusCode::FORBIDDEN);

    // On a fund project, with no request to carry it, the answer is kept on
    // the assignment; the applicant is told and reads it there.
    let applicant = account_with_role(db, "applicant@kumanovo.example", "municipal_staff", Some("MK-703")).await;
    let call: i64 = count(db, "SELECT MIN(id) FROM fund_calls").await;
    let mut tx = db.begin().await.unwrap();
    let new = support::fund::NewApplication {
        call_id: call,
        place_id: place.parse().unwrap(),
        request_id: None,
        need: "need_youth",
        title: "Youth council project",
        summary: "s",
        amount: Eur::euros(1000),
        eligible: true,
        eligibility: "",
        created_by: applicant,
    };
    let application = support::fund::apply(&mut tx, &new).await.unwrap();
    let ana: i64 = ana_id.parse().unwrap();
    let project = support::experts::assign(&mut tx, ana, None, Some(application), "Coaching", "").await.unwrap();
    tx.commit().await.unwrap();
    let ppath = format!("/support/assignments/{project}");
    let answered = post_form(&app, &format!("{ppath}/answer"), &expert, &[("body", "Meet the council monthly.")]).await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let told =
        count(db, &format!("SELECT COUNT(*) FROM notifications WHERE account_id = {applicant} AND link = '{ppath}'"))
            .await;
    assert_eq!(told, 1, "the applicant is told");
    let applicant_cookie = session_cookie(db, applicant).await;
    let read = get_with(&app, &ppath, &[("cookie", &applicant_cookie)]).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("Meet the council monthly."), "the answer is on the assignment");
    let rated = post_form(&app, &format!("{ppath}/feedback"), &applicant_cookie, &[("rating", "5")]).await;
    assert_eq!(rated.status, StatusCode::SEE_OTHER, "the municipality rates the project's expert");
});

/// Two applications in review, each within budget alone but not together.
async fn two_in_review(db: &Db, budget: i64, amount: i64) -> (i64, i64) {
    let (budget, amount) = (Eur::euros(budget), Eur::euros(amount));
    let call = support::fund::Call {
        id: 0,
        title: "Test call".into(),
        budget,
        max_amount: amount,
        countries: Vec::new(),
        criteria: vec![support::fund::Criterion { name: "Need".into(), weight: 1.0 }],
        deadline: Utc::now().date_naive() + Duration::days(30),
    };
    let place: i64 = kumanovo(db).await.parse().unwrap();
    let reviewers = [
        account_with_role(db, "r1@hub.example", "hub_staff", Some("WB")).await,
        account_with_role(db, "r2@hub.example", "hub_staff", Some("WB")).await,
    ];
    let mut tx = db.begin().await.unwrap();
    let call_id = support::fund::create_call(&mut tx, &call).await.unwrap();
    let mut ids = Vec::new();
    for title in ["A", "B"] {
        let new = support::fund::NewApplication {
            call_id,
            place_id: place,
            request_id: None,
            need: "need_youth",
            title,
            summary: "s",
            amount,
            eligible: true,
            eligibility: "",
            created_by: reviewers[0],
        };
        let id = support::fund::apply(&mut tx, &new).await.unwrap();
        support::fund::move_to(&mut tx, id, Stage::InReview).await.unwrap().unwrap();
        for r in reviewers {
            support::fund::add_reviewer(&mut tx, id, r).await.unwrap();
        }
        ids.push(id);
    }
    tx.commit().await.unwrap();
    for id in &ids {
        for review in support::fund::reviews(db, *id).await.unwrap() {
            let mut tx = db.begin().await.unwrap();
            support::fund::declare(&mut tx, review.id, false, "").await.unwrap();
            support::fund::score(&mut tx, review.id, &[7.0], "").await.unwrap();
            tx.commit().await.unwrap();
        }
    }
    (ids[0], ids[1])
}

/// One decision in its own transaction, as the decision page takes it.
async fn decide(db: &Db, id: i64, decision: Decision) -> Result<Eur, support::fund::Refusal> {
    let mut tx = db.begin().await.unwrap();
    let outcome = support::fund::decide(&mut tx, id, decision, "").await.unwrap();
    if outcome.is_ok() {
        tx.commit().await.unwrap();
    }
    outcome
}

on_both_backends!(concurrent_approvals_never_overcommit_a_call, |db| {
    load_demo(db).await;
    let (a, b) = two_in_review(db, 10_000, 6_000).await;
    let (first, second) = tokio::join!(decide(db, a, Decision::Approved), decide(db, b, Decision::Approved));
    let outcomes = [first, second];
    assert_eq!(outcomes.iter().filter(|o| o.is_ok()).count(), 1, "{outcomes:?}");
    assert!(outcomes.contains(&Err(support::fund::Refusal::Budget(Eur::euros(4_000)))), "{outcomes:?}");
    let committed =
        count(db, "SELECT CAST(SUM(amount_cents) AS BIGINT) FROM fund_applications WHERE state = 'approved'").await;
    assert_eq!(committed, 600_000);
    // States only move forward.
    let again = decide(db, a.max(b), Decision::Waitlisted).await;
    let approved = count(db, "SELECT id FROM fund_applications WHERE state = 'approved'").await;
    let back = decide(db, approved, Decision::Rejected).await;
    assert!(matches!(back, Err(support::fund::Refusal::State(Stage::Approved))), "{back:?} {again:?}");
});

on_both_backends!(a_municipality_applies_from_its_request_and_the_fund_follows_through, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal_id = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let focal = session_cookie(db, focal_id).await;
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let reviewer_ids = [
        account_with_role(db, "r1@hub.example", "hub_staff", Some("WB")).await,
        account_with_role(db, "r2@hub.example", "hub_staff", Some("WB")).await,
        account_with_role(db, "r3@hub.example", "hub_staff", Some("WB")).await,
    ];
    let deadline = (Utc::now().date_naive() + Duration::days(30)).to_string();
    let bad = post_form(
        &app,
        "/support/fund",
        &hub,
        &[
            ("title", "TSF 2026"),
            ("budget", "50000"),
            ("max_amount", "90000"),
            ("criteria", "Relevance"),
            ("deadline", "2020-01-01"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("no more than the budget") && bad.body.contains("Write at least one criterion"));
    let call = post_form(
        &app,
        "/support/fund",
        &hub,
        &[
            ("title", "TSF 2026"),
            ("budget", "50000"),
            ("max_amount", "15000"),
            ("countries", "MK, XK"),
            ("criteria", "Relevance to the assessed need, 3\nCost, 1"),
            ("deadline", &deadline),
        ],
    )
    .await;
    assert_eq!(call.status, StatusCode::SEE_OTHER);
    let call_path = call.location().to_string();
    let place = kumanovo(db).await;
    let needs = support::scope::assessed_needs(db, place.parse().unwrap()).await.unwrap();
    let need = needs.first().cloned().expect("the demo assessment names needs");
    let request = ask(&app, &focal, &place, &need).await;
    let form = get_with(&app, &format!("{call_path}?request={request}"), &[("cookie", &focal)]).await;
    assert!(form.body.contains(&format!("From request {request}")));
    let apply_path = format!("{call_path}/applications");
    let too_much = post_form(
        &app,
        &apply_path,
        &focal,
        &[("place", &place), ("need", &need), ("title", "Big"), ("summary", "x"), ("amount", "20000")],
    )
    .await;
    let ineligible = too_much.location().to_string();
    let page = get_with(&app, &ineligible, &[("cookie", &focal)]).await;
    assert!(page.body.contains("Not eligible") && page.body.contains("15,000 EUR"), "the eligibility check names why");
    let applied = post_form(
        &app,
        &apply_path,
        &focal,
        &[
            ("place", &place),
            ("need", &need),
            ("title", "Youth outreach pilot"),
            ("summary", "Six workshops"),
            ("amount", "12,000"),
            ("request", &request.to_string()),
        ],
    )
    .await;
    let app_path = applied.location().to_string();
    assert!(get_with(&app, &app_path, &[("cookie", &focal)]).await.body.contains("Eligible"));
    let at = |what: &str| format!("{app_path}/{what}");
    let early = post_form(&app, &at("decision"), &hub, &[("decision", "approved")]).await;
    assert!(early.body.contains("cannot be moved"), "no decision before the review");
    let eligible_page = get_with(&app, &app_path, &[("cookie", &hub)]).await;
    assert!(!eligible_page.body.contains("id=\"decide\""), "no decision form before the review");
    post_form(&app, &at("review"), &hub, &[]).await;
    for r in reviewer_ids {
        post_form(&app, &at("reviewers"), &hub, &[("reviewer", &r.to_string())]).await;
    }
    let waiting = get_with(&app, &app_path, &[("cookie", &hub)]).await;
    assert!(
        waiting.body.contains("id=\"decision-missing\"") && !waiting.body.contains("id=\"decide\""),
        "the decision says what it waits for"
    );
    let mut cookies = Vec::new();
    for r in reviewer_ids {
        cookies.push(session_cookie(db, r).await);
    }
    // The first reviewer has a conflict and cannot score.
    post_form(&app, &at("conflict"), &cookies[0], &[("conflict", "yes"), ("conflict_note", "Related to the mayor")])
        .await;
    let blocked = post_form(&app, &at("scores"), &cookies[0], &[("score", "9"), ("score", "9")]).await;
    assert!(blocked.body.contains("cannot score"));
    post_form(&app, &at("conflict"), &cookies[1], &[("conflict", "no")]).await;
    let bad_score = post_form(&app, &at("scores"), &cookies[1], &[("score", "11"), ("score", "5")]).await;
    assert!(bad_score.body.contains("from 0 to 10"));
    let free_text = post_form(&app, &at("scores"), &cookies[1], &[("score", "eight"), ("score", "5")]).await;
    assert_eq!(free_text.status, StatusCode::BAD_REQUEST, "a score is a number the form offers");
    post_form(&app, &at("scores"), &cookies[1], &[("score", "8"), ("score", "4"), ("comment", "Strong plan")]).await;
    // The second reviewer scores without seeing the first one's review.
    post_form(&app, &at("conflict"), &cookies[2], &[("conflict", "no")]).await;
    let before = get_with(&app, &app_path, &[("cookie", &cookies[2])]).await;
    assert!(
        !before.body.contains("Strong plan") && !before.body.contains("7.0"),
        "other reviews stay hidden until one's own is in"
    );
    let one = post_form(&app, &at("decision"), &hub, &[("decision", "approved")]).await;
    assert!(one.body.contains("Only one review without a conflict of interest"), "two reviews are needed");
    post_form(&app, &at("scores"), &cookies[2], &[("score", "6"), ("score", "6")]).await;
    let after = get_with(&app, &app_path, &[("cookie", &cookies[2])]).await;
    assert!(after.body.contains("Strong plan"), "submitted reviewers see the others");
    let hub_view = get_with(&app, &app_path, &[("cookie", &hub)]).await;
    assert!(hub_view.body.contains("7.0") && hub_view.body.contains("6.0"), "weighted scores: (3·8 + 4)/4 = 7, 6");
    let decision = [("decision", "approved_with_conditions"), ("conditions", "Report attendance")];
    let asked = post_form(&app, &at("decision"), &hub, &decision).await;
    assert_eq!(asked.status, StatusCode::OK, "a decision is confirmed on a page of its own");
    assert!(asked.body.contains("id=\"confirm-question\"") && asked.body.contains("12,000 EUR"));
    assert_eq!(count(db, "SELECT COUNT(*) FROM fund_applications WHERE decided_at IS NOT NULL").await, 0);
    let decided = post_form(&app, &at("decision"), &hub, &[decision[0], decision[1], ("confirmed", "yes")]).await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let decided_page = get_with(&app, &app_path, &[("cookie", &hub)]).await;
    assert!(!decided_page.body.contains("id=\"decide\""), "a decided application shows no decision form");
    post_form(&app, &at("agreement"), &hub, &[("agreement", "TSF-2026-01")]).await;
    let over = post_form(&app, &at("tranches"), &hub, &[("amount", "13000"), ("due_on", &deadline)]).await;
    assert!(over.body.contains("would exceed the approved amount"));
    let vague = post_form(&app, &at("tranches"), &hub, &[("amount", "6.000"), ("due_on", &deadline)]).await;
    assert!(vague.body.contains("can be read two ways"), "an amount that could mean two things is refused");
    post_form(&app, &at("tranches"), &hub, &[("amount", "6,000.50"), ("due_on", &deadline)]).await;
    assert_eq!(
        count(
            db,
            "SELECT CAST(SUM(amount_cents) AS BIGINT) FROM fund_tranches WHERE application_id = (SELECT MAX(id) FROM fund_applications)"
        )
        .await,
        600_050
    );
    let soon = (Utc::now().date_naive() + Duration::days(3)).to_string();
    post_form(&app, &at("reports"), &hub, &[("kind", "final"), ("due_on", &soon)]).await;
    assert_eq!(
        support::remind_reports(db, "http://localhost", Utc::now()).await.unwrap(),
        1,
        "a report due within a week is reminded"
    );
    assert_eq!(support::remind_reports(db, "http://localhost", Utc::now()).await.unwrap(), 0, "once");
    let incomplete = post_form(&app, &at("complete"), &hub, &[]).await;
    assert!(incomplete.body.contains("final report must be submitted first"));
    let report = count(db, "SELECT MAX(id) FROM fund_reports").await.to_string();
    post_form(&app, &at(&format!("reports/{report}")), &focal, &[("body", "Six workshops held")]).await;
    post_form(&app, &at("complete"), &hub, &[("confirmed", "yes")]).await;
    assert_eq!(count(db, "SELECT COUNT(*) FROM fund_applications WHERE state = 'completed'").await, 1);
    assert!(
        count(db, "SELECT COUNT(*) FROM audit_events WHERE action LIKE 'fund.%'").await >= 10,
        "every move audited"
    );
});

on_both_backends!(a_work_plan_takes_its_objectives_from_assessed_needs, |db| {
    load_demo(db).await;
    let app = router(db);
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let mk = directory::places::find(db, "MK").await.unwrap().unwrap().id.to_string();
    let made = post_form(&app, "/support/plans", &hub, &[("country", &mk), ("year", "2030")]).await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let again = post_form(&app, "/support/plans", &hub, &[("country", &mk), ("year", "2030")]).await;
    assert!(again.body.contains("already has a work plan"));
    let path = made.location().to_string();
    let plan = path.trim_start_matches("/support/plans/").to_string();
    let objectives = count(db, &format!("SELECT COUNT(*) FROM work_objectives WHERE plan_id = {plan}")).await;
    assert!(objectives > 0, "objectives come from the demo assessments");
    let objective =
        count(db, &format!("SELECT id FROM work_objectives WHERE plan_id = {plan} AND position = 1")).await.to_string();
    let bad = post_form(
        &app,
        &format!("{path}/activities"),
        &hub,
        &[
            ("objective", &objective),
            ("title", "Training"),
            ("starts_on", "2026-06-01"),
            ("ends_on", "2026-03-01"),
            ("budget", "1000"),
        ],
    )
    .await;
    assert!(bad.body.contains("the start first"));
    post_form(
        &app,
        &format!("{path}/activities"),
        &hub,
        &[
            ("objective", &objective),
            ("title", "Training of CAT members"),
            ("places", "MK-703"),
            ("starts_on", "2026-03-01"),
            ("ends_on", "2026-06-30"),
            ("budget", "8000"),
            ("indicators", "40 trained"),
        ],
    )
    .await;
    let activity = count(db, "SELECT MAX(id) FROM work_activities").await.to_string();
    post_form(
        &app,
        &format!("{path}/progress"),
        &hub,
        &[("activity", &activity), ("progress", "60"), ("status", "ongoing")],
    )
    .await;
    let bad_link = post_form(
        &app,
        &format!("{path}/links"),
        &hub,
        &[("activity", &activity), ("kind", "request"), ("target", "999")],
    )
    .await;
    assert!(bad_link.body.contains("existing request"));
    let page = get(&app, &path).await;
    assert!(
        page.body.contains("Training of CAT members")
            && page.body.contains("<svg class=\"chart gantt\"")
            && page.body.contains("60%")
    );
    let xlsx = get(&app, &format!("{path}/plan.xlsx")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
});

on_both_backends!(volunteer_hours_are_summed_per_municipality_and_structure, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let position = count(db, "SELECT MIN(po.id) FROM positions po JOIN institutions i ON i.id = po.institution_id JOIN places p ON p.id = i.place_id WHERE p.code = 'MK-703'").await.to_string();
    let structure =
        count(db, "SELECT MIN(s.id) FROM structures s JOIN places p ON p.id = s.place_id WHERE p.code = 'MK-703'")
            .await
            .to_string();
    let day = Utc::now().date_naive().to_string();
    let before = on_db!(db, |pool| sqlx::query_scalar::<_, f64>(
        "SELECT COALESCE(SUM(h.hours), 0) FROM volunteer_hours h JOIN places p ON p.id = h.place_id WHERE p.code = 'MK-703'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let bad =
        post_form(&app, "/support/hours", &focal, &[("position", &position), ("day", &day), ("hours", "30")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("at most 24"));
    for hours in ["3", "4,5"] {
        let ok = post_form(
            &app,
            "/support/hours",
            &focal,
            &[("position", &position), ("structure", &structure), ("day", &day), ("hours", hours)],
        )
        .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
    }
    // Hours can count towards a work-plan activity in the municipality.
    let activity = count(db, "SELECT MIN(id) FROM work_activities WHERE places LIKE '%MK-703%'").await.to_string();
    let wrong = post_form(
        &app,
        "/support/hours",
        &focal,
        &[("position", &position), ("activity", "999999"), ("day", &day), ("hours", "1")],
    )
    .await;
    assert!(wrong.body.contains("work-plan activities in your municipality"));
    let linked = post_form(
        &app,
        "/support/hours",
        &focal,
        &[("position", &position), ("activity", &activity), ("day", &day), ("hours", "1")],
    )
    .await;
    assert_eq!(linked.status, StatusCode::SEE_OTHER);
    assert_eq!(count(db, &format!("SELECT COUNT(*) FROM volunteer_hours WHERE activity_id = {activity}")).await, 1);
    let page = get(&app, "/support/hours").await;
    let total = format!("<td>Kumanovo</td><td>{}</td>", before + 8.5);
    assert!(page.body.contains(&total), "summed per municipality: {total}");
    let other =
        session_cookie(db, account_with_role(db, "fp@podgorica.example", "focal_point", Some("ME-16")).await).await;
    let foreign =
        post_form(&app, "/support/hours", &other, &[("position", &position), ("day", &day), ("hours", "1")]).await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY, "only one's own positions");
});

on_both_backends!(parallel_tranches_never_exceed_the_approved_amount, |db| {
    load_demo(db).await;
    let (a, _) = two_in_review(db, 100_000, 15_000).await;
    let approved = decide(db, a, Decision::Approved).await;
    assert!(approved.is_ok(), "{approved:?}");
    let mut tx = db.begin().await.unwrap();
    support::fund::store::sign_agreement(&mut tx, a, "TSF-TEST").await.unwrap().unwrap();
    tx.commit().await.unwrap();
    let due = Utc::now().date_naive() + Duration::days(10);
    let attempts = (0..4).map(|_| async move {
        let mut tx = db.begin().await.unwrap();
        let planned = support::fund::store::plan_tranche(&mut tx, a, Eur::euros(15_000), due).await.unwrap();
        tx.commit().await.unwrap();
        planned
    });
    let outcomes = futures_util::future::join_all(attempts).await;
    assert_eq!(outcomes.iter().filter(|o| matches!(o, Ok(Some(_)))).count(), 1, "{outcomes:?}");
    let planned =
        count(db, &format!("SELECT CAST(SUM(amount_cents) AS BIGINT) FROM fund_tranches WHERE application_id = {a}"))
            .await;
    assert_eq!(planned, 1_500_000, "4 × 15,000 EUR on a 15,000 EUR application plans one tranche");
});
