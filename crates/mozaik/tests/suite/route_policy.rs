//! Every declared route, for every role, in scope and out of scope: the
//! answer must match what the policy function decides. A route without a
//! declaration is refused outright.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use platform::auth::actor::grants;
use platform::auth::{Account, Actor};
use platform::policy::{can, Decision, Resource, Role};
use platform::web::Target;
use tower::ServiceExt;

use crate::support::{account_with_role, load_demo, on_both_backends, router, CSRF};

/// Where each role's grant sits in the test world.
fn home_of(role: Role) -> Option<&'static str> {
    match role {
        Role::HubAdmin | Role::HubStaff | Role::Partner => Some("WB"),
        Role::NationalCoordinator | Role::SecurityLiaison => Some("MK"),
        Role::FocalPoint | Role::MunicipalStaff | Role::CivilSociety => Some("MK-703"),
        Role::Expert => None,
    }
}

/// The actor an account is to the policy: its grants, and no positions.
async fn actor_for(db: &platform::Db, account_id: Option<i64>) -> Actor {
    match account_id {
        None => Actor::Anonymous,
        Some(id) => Actor::Account(Box::new(Account {
            id,
            person_id: 0,
            name: String::new(),
            email: String::new(),
            locale: None,
            demo: false,
            totp_enabled: false,
            grants: grants(db, id, chrono::Utc::now()).await.unwrap(),
            positions: Vec::new(),
            session_id: None,
        })),
    }
}

pub(crate) async fn bearer_token(db: &platform::Db, account: i64) -> String {
    let token = format!("mzk_{}", platform::auth::token::new_token());
    let now = chrono::Utc::now();
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query(
        "INSERT INTO api_tokens (account_id, name, token_hash, scopes, created_at, expires_at) VALUES ($1, 'test', $2, $3, $4, $5)"
    )
    .bind(account)
    .bind(platform::auth::token::hash_token(&token))
    .bind(platform::auth::token::SCOPES.join(","))
    .bind(now)
    .bind(now + chrono::Duration::days(1))
    .execute(&mut *c)
    .await
    .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    token
}

on_both_backends!(every_route_answers_every_role_as_the_policy_decides, |db| {
    load_demo(db).await;
    let app = router(db);
    let today = chrono::Utc::now().date_naive();
    let mut checked = 0;
    let mut actors: Vec<(String, Option<i64>)> = vec![("anonymous".into(), None)];
    for role in Role::ALL {
        let email = format!("{}@route.example", role.key());
        actors.push((role.key().into(), Some(account_with_role(db, &email, role.key(), home_of(role)).await)));
    }
    let place_path = |code: &'static str| async move {
        let place = directory::places::find(db, code).await.unwrap().unwrap();
        directory::places::path_ids(db, place.id, today).await.unwrap()
    };
    let in_scope = place_path("MK-703").await;
    let out_of_scope = place_path("ME-07").await;
    for policy in mozaik::app::policies() {
        for (name, account_id) in &actors {
            for (place_code, path) in [("MK-703", &in_scope), ("ME-07", &out_of_scope)] {
                let actor = actor_for(db, *account_id).await;
                let resource = match policy.target {
                    Target::Public | Target::SignIn => None,
                    Target::Instance => Some(Resource::Instance),
                    Target::Place => Some(Resource::Place { path }),
                    Target::OwnAccount => Some(Resource::Account { id: account_id.unwrap_or(-1) }),
                    Target::Record(_) | Target::Chosen => None,
                };
                let expected = resource.map(|r| can(&actor, policy.action, &r)).unwrap_or(Decision::Allow);
                let uri = policy
                    .path
                    .replace("{code}", place_code)
                    .replace("{id}", "999999")
                    .replace("{token}", "no-such-token");
                let api = uri.starts_with("/api/");
                let mut request = Request::builder()
                    .method(policy.method)
                    .uri(&uri)
                    .header("host", "localhost")
                    .header("origin", "http://localhost");
                let mut cookie = format!("mozaik_csrf={CSRF}");
                if let Some(id) = account_id {
                    if api {
                        request = request.header("authorization", format!("Bearer {}", bearer_token(db, *id).await));
                    } else {
                        cookie = crate::support::session_cookie(db, *id).await;
                    }
                }
                let request = request
                    .header("cookie", cookie)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(Body::from(format!("csrf={CSRF}")))
                    .unwrap();
                let response = app.clone().oneshot(request).await.unwrap();
                let status = response.status();
                let location =
                    response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                let sent_to_sign_in = (status == StatusCode::SEE_OTHER && location.starts_with("/login?"))
                    || status == StatusCode::UNAUTHORIZED;
                let what = format!("{} {uri} as {name}: {status} {location}", policy.method);
                if matches!(policy.target, Target::Record(_) | Target::Chosen) {
                    // The record (a notice, a channel) decides after it is loaded; a record
                    // that does not exist gives nothing away.
                    assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
                    if account_id.is_none() {
                        assert_ne!(status, StatusCode::OK, "the public must not be let in: {what}");
                    }
                    checked += 1;
                    continue;
                }
                match expected {
                    Decision::Allow => assert!(
                        status != StatusCode::FORBIDDEN
                            && !sent_to_sign_in
                            && status != StatusCode::INTERNAL_SERVER_ERROR,
                        "expected allowed: {what}"
                    ),
                    Decision::SignIn => assert!(sent_to_sign_in, "expected a sign-in: {what}"),
                    Decision::Deny => assert_eq!(status, StatusCode::FORBIDDEN, "expected forbidden: {what}"),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} checks ran");
});

#[tokio::test]
async fn a_route_without_a_policy_is_refused() {
    let test = crate::support::TestDb::sqlite().await;
    let config = mozaik::config::Config::default();
    let site = mozaik::app::site(&config, false);
    let state = platform::web::AppState {
        db: test.db.clone(),
        site: std::sync::Arc::new(site),
        cache: std::sync::Arc::new(platform::web::cache::PageCache::new(8)),
    };
    let app = axum::Router::new()
        .route("/undeclared", get(|| async { "should never be served" }))
        .route("/", get(|| async { "declared" }))
        .layer(axum::middleware::from_fn_with_state(state.clone(), platform::web::enforce_declared))
        .with_state(state);
    let refused =
        app.clone().oneshot(Request::builder().uri("/undeclared").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(refused.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let served = app.oneshot(Request::builder().uri("/").body(Body::empty()).unwrap()).await.unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    test.finish().await;
}

/// The place a demo record stands at, for each kind of record a route names.
async fn record_in(db: &platform::Db, kind: &str) -> Option<(i64, i64)> {
    let sql = match kind {
        "support_request" => "SELECT id, place_id FROM support_requests WHERE place_id = (SELECT id FROM places WHERE code = 'MK-703') ORDER BY id LIMIT 1",
        "fund_application" => "SELECT id, place_id FROM fund_applications WHERE place_id = (SELECT id FROM places WHERE code = 'MK-703') ORDER BY id LIMIT 1",
        "assignment" => "SELECT a.id, r.place_id FROM expert_assignments a JOIN support_requests r ON r.id = a.request_id WHERE r.place_id = (SELECT id FROM places WHERE code = 'MK-703') ORDER BY a.id LIMIT 1",
        "study" => "SELECT id, place_id FROM studies WHERE place_id = (SELECT id FROM places WHERE code = 'MK-703') ORDER BY id LIMIT 1",
        _ => return None,
    };
    platform::on_db!(db, |pool| sqlx::query_as(sql).fetch_optional(pool).await).unwrap()
}

on_both_backends!(routes_on_records_answer_as_the_record_s_place_decides, |db| {
    load_demo(db).await;
    let app = router(db);
    let today = chrono::Utc::now().date_naive();
    // Each role once where Kumanovo's records are, and once elsewhere.
    let actors = here_and_elsewhere(db, "route").await;
    let region = directory::places::region_path(db).await.unwrap();
    let mut checked = 0;
    for policy in mozaik::app::policies().into_iter().filter(|p| p.method == "GET") {
        let Target::Record(kind) = policy.target else { continue };
        let Some((id, place_id)) = record_in(db, kind).await else { continue };
        let path = directory::places::path_ids(db, place_id, today).await.unwrap();
        let uri = policy.path.replace("{id}", &id.to_string());
        for (name, account_id) in &actors {
            let actor = actor_for(db, *account_id).await;
            let place = Resource::Place { path: &path };
            let expected = match policy.path {
                // An assignment is seen by its expert, the municipality it serves, and the hub.
                "/support/assignments/{id}" => {
                    let hub = can(&actor, platform::policy::Action::ManageSupport, &Resource::Place { path: &region });
                    let own = can(&actor, platform::policy::Action::RequestSupport, &place);
                    if hub.allowed() || own.allowed() {
                        Decision::Allow
                    } else {
                        own
                    }
                }
                _ => can(&actor, policy.action, &place),
            };
            let headers: Vec<(&str, String)> = match account_id {
                Some(id) => vec![("cookie", crate::support::session_cookie(db, *id).await)],
                None => Vec::new(),
            };
            let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let reply = crate::support::get_with(&app, &uri, &headers).await;
            let what = format!("GET {uri} as {name}: {}", reply.status);
            match expected {
                Decision::Allow => assert_eq!(reply.status, StatusCode::OK, "expected allowed: {what}"),
                Decision::SignIn => assert!(reply.location().starts_with("/login?"), "expected a sign-in: {what}"),
                Decision::Deny => assert_eq!(reply.status, StatusCode::FORBIDDEN, "expected forbidden: {what}"),
            }
            checked += 1;
        }
    }
    assert!(checked >= 80, "only {checked} checks ran");
});

/// Anonymous, and every role once where Kumanovo's records are and once
/// elsewhere, with a name for the messages.
async fn here_and_elsewhere(db: &platform::Db, domain: &str) -> Vec<(String, Option<i64>)> {
    let mut actors: Vec<(String, Option<i64>)> = vec![("anonymous".into(), None)];
    for role in Role::ALL {
        for (tag, home) in [("here", home_of(role)), ("elsewhere", elsewhere(role))] {
            let email = format!("{}-{tag}@{domain}.example", role.key());
            actors.push((format!("{} {tag}", role.key()), Some(account_with_role(db, &email, role.key(), home).await)));
        }
    }
    actors
}

/// Where each role's grant sits when it is out of Kumanovo's reach.
fn elsewhere(role: Role) -> Option<&'static str> {
    match role {
        Role::HubAdmin | Role::HubStaff | Role::Partner => Some("ME"),
        Role::NationalCoordinator | Role::SecurityLiaison => Some("ME"),
        Role::FocalPoint | Role::MunicipalStaff | Role::CivilSociety => Some("ME-07"),
        Role::Expert => None,
    }
}

/// A demo record of each kind that sits in North Macedonia, with the place
/// that decides who may act on it: Kumanovo's own records, the country's
/// channels, notices and work plan, and a round filled for Kumanovo.
async fn record_in_north_macedonia(db: &platform::Db, kind: &str) -> Option<(i64, i64)> {
    let sql = match kind {
        "channel" => "SELECT id, country_id FROM channels WHERE country_id = (SELECT id FROM places WHERE code = 'MK') ORDER BY id LIMIT 1",
        "notice" => "SELECT n.id, c.country_id FROM notices n JOIN channels c ON c.id = n.channel_id WHERE c.country_id = (SELECT id FROM places WHERE code = 'MK') ORDER BY n.id LIMIT 1",
        "work_plan" => "SELECT id, country_id FROM work_plans WHERE country_id = (SELECT id FROM places WHERE code = 'MK') ORDER BY id LIMIT 1",
        "round" => "SELECT MAX(id), (SELECT id FROM places WHERE code = 'MK-703') FROM rounds",
        "roles_matrix" => "SELECT id, id FROM places WHERE code = 'MK-703'",
        other => return record_in(db, other).await,
    };
    platform::on_db!(db, |pool| sqlx::query_as(sql).fetch_optional(pool).await).unwrap()
}

/// Whom a municipality shows its answers to in a round.
async fn audience_of(db: &platform::Db, round: i64, place: i64) -> platform::policy::Audience {
    let history = assess::audiences::history(db, place).await.unwrap();
    assess::audiences::in_force(&history, round).map(|c| c.audience).unwrap_or(platform::policy::Audience::Hub)
}

async fn audit_events(db: &platform::Db) -> i64 {
    platform::on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM audit_events").fetch_one(pool).await).unwrap()
}

// Every route on a record, read or written, by every role from where its
// grant sits and from another country: whoever the policy refuses at the
// record's place gets nothing and changes nothing, even when the form says
// a destructive step is confirmed. (Positions decide notices and channels
// beyond that; none of these accounts holds one.)
on_both_backends!(nobody_refused_at_a_record_s_place_reads_or_changes_it, |db| {
    load_demo(db).await;
    let app = router(db);
    let today = chrono::Utc::now().date_naive();
    let actors = here_and_elsewhere(db, "records").await;
    let region = directory::places::region_path(db).await.unwrap();
    let mut refused = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for policy in mozaik::app::policies() {
        let Target::Record(kind) = policy.target else { continue };
        let Some((id, place_id)) = record_in_north_macedonia(db, kind).await else { continue };
        kinds.insert(kind);
        let path = directory::places::path_ids(db, place_id, today).await.unwrap();
        let uri = policy
            .path
            .replace("{id}", &id.to_string())
            .replace("{code}", "MK-703")
            .replace("{question}", "q")
            .replace("{token}", "no-such-token");
        for (name, account_id) in &actors {
            let actor = actor_for(db, *account_id).await;
            // A municipality's answers are also read by whom it chose to show them to.
            let resource = match (kind, policy.action) {
                ("round", platform::policy::Action::ViewAnswers) => {
                    Resource::Answers { path: &path, audience: audience_of(db, id, place_id).await }
                }
                _ => Resource::Place { path: &path },
            };
            let allowed = match kind {
                // Its expert does the work; the municipality served reads it and
                // says how it went; the hub reads it.
                "assignment" => {
                    let own = can(&actor, platform::policy::Action::RequestSupport, &resource).allowed();
                    let hub = can(&actor, platform::policy::Action::ManageSupport, &Resource::Place { path: &region })
                        .allowed();
                    match (policy.method, policy.path.ends_with("/feedback")) {
                        ("GET", _) => own || hub,
                        (_, true) => own,
                        _ => false,
                    }
                }
                _ => can(&actor, policy.action, &resource).allowed(),
            };
            if allowed {
                continue;
            }
            let cookie = match account_id {
                Some(id) => crate::support::session_cookie(db, *id).await,
                None => format!("mozaik_csrf={CSRF}"),
            };
            let before = audit_events(db).await;
            let reply = if policy.method == "GET" {
                crate::support::get_with(&app, &uri, &[("cookie", cookie.as_str())]).await
            } else {
                crate::support::post_form(&app, &uri, &cookie, &[("confirmed", "1")]).await
            };
            let what = format!("{} {uri} as {name}: {} {}", policy.method, reply.status, reply.location());
            assert_ne!(reply.status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
            assert_ne!(reply.status, StatusCode::OK, "a refused reader must not see the page: {what}");
            let location = reply.location();
            assert!(
                reply.status != StatusCode::SEE_OTHER || location.starts_with("/login"),
                "a refused writer must not be sent on as if it had worked: {what}"
            );
            assert_eq!(audit_events(db).await, before, "a refused request must change nothing: {what}");
            refused += 1;
        }
    }
    for kind in
        ["channel", "notice", "work_plan", "round", "roles_matrix", "study", "support_request", "fund_application"]
    {
        assert!(kinds.contains(kind), "no demo {kind} was tried");
    }
    assert!(refused > 300, "only {refused} refusals were tried");
});

/// A complete form for each route whose place is named in the form, naming
/// Kumanovo or North Macedonia (ids as the pages send them).
async fn chosen_forms(db: &platform::Db) -> Vec<(&'static str, Vec<(&'static str, String)>)> {
    let id_of =
        |code: &'static str| async move { directory::places::find(db, code).await.unwrap().unwrap().id.to_string() };
    let (kumanovo, country) = (id_of("MK-703").await, id_of("MK").await);
    let position: i64 = platform::on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.id FROM positions p JOIN institutions i ON i.id = p.institution_id \
         JOIN places pl ON pl.id = i.place_id WHERE pl.code = 'MK-703' ORDER BY p.id LIMIT 1"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let soon = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let today = chrono::Utc::now().date_naive().to_string();
    let text = |v: &str| v.to_string();
    vec![
        (
            "/assess/rounds",
            vec![("name", text("Refused round")), ("deadline", soon.clone()), ("countries", text("MK"))],
        ),
        ("/knowledge/reindex", vec![]),
        (
            "/knowledge/programmes",
            vec![
                ("title", text("Refused programme")),
                ("owner", text("Ministry")),
                ("countries", text("MK")),
                ("themes", text("polarisation")),
                ("starts_on", today.clone()),
                ("ends_on", soon.clone()),
                ("description", text("A programme")),
            ],
        ),
        (
            "/knowledge/events",
            vec![
                ("title", text("Refused event")),
                ("kind", text("workshop")),
                ("starts_on", soon.clone()),
                ("ends_on", soon.clone()),
                ("place_name", text("Kumanovo")),
            ],
        ),
        (
            "/studies",
            vec![
                ("place", kumanovo.clone()),
                ("title", text("Refused study")),
                ("waves", text("Baseline")),
                ("k", text("10")),
            ],
        ),
        (
            "/support/experts",
            vec![
                ("name", text("Refused Expert")),
                ("themes", text("need_training")),
                ("languages", text("mk")),
                ("countries", text("MK")),
                ("available_from", today.clone()),
                ("available_to", soon.clone()),
                ("daily_rate", text("300")),
            ],
        ),
        (
            "/support/requests",
            vec![
                ("place", kumanovo),
                ("topic", text("question")),
                ("subject", text("Refused request")),
                ("body", text("Please help.")),
            ],
        ),
        ("/support/hours", vec![("position", position.to_string()), ("day", today.clone()), ("hours", text("2"))]),
        ("/support/plans", vec![("country", country), ("year", text("2027"))]),
        (
            "/support/fund",
            vec![
                ("title", text("Refused call")),
                ("budget", text("10000")),
                ("max_amount", text("1000")),
                ("countries", text("MK")),
                ("criteria", text("Relevance, 1")),
                ("deadline", soon),
            ],
        ),
    ]
}

// Every route whose place is named in its form, sent complete for Kumanovo
// or North Macedonia by every role the policy refuses there: nothing is
// written.
on_both_backends!(nobody_refused_at_the_place_a_form_names_changes_anything, |db| {
    load_demo(db).await;
    let app = router(db);
    let today = chrono::Utc::now().date_naive();
    let kumanovo = directory::places::find(db, "MK-703").await.unwrap().unwrap();
    let path = directory::places::path_ids(db, kumanovo.id, today).await.unwrap();
    let actors = here_and_elsewhere(db, "chosen").await;
    let declared: Vec<_> =
        mozaik::app::policies().into_iter().filter(|p| p.method == "POST" && p.target == Target::Chosen).collect();
    let (mut refused, mut accepted) = (0, Vec::new());
    for (route, fields) in chosen_forms(db).await {
        let policy = declared.iter().find(|p| p.path == route).unwrap_or_else(|| panic!("{route} is declared"));
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for (name, account_id) in &actors {
            let actor = actor_for(db, *account_id).await;
            if can(&actor, policy.action, &Resource::Place { path: &path }).allowed() {
                continue;
            }
            let cookie = match account_id {
                Some(id) => crate::support::session_cookie(db, *id).await,
                None => format!("mozaik_csrf={CSRF}"),
            };
            let before = audit_events(db).await;
            let reply = crate::support::post_form(&app, route, &cookie, &fields).await;
            let what = format!("POST {route} as {name}: {} {}", reply.status, reply.location());
            assert_ne!(reply.status, StatusCode::INTERNAL_SERVER_ERROR, "{what}");
            assert!(
                reply.status != StatusCode::SEE_OTHER || reply.location().starts_with("/login"),
                "a refused writer must not be sent on as if it had worked: {what}"
            );
            assert_eq!(audit_events(db).await, before, "a refused request must change nothing: {what}");
            refused += 1;
        }
        // The same form from someone the policy lets act there does go
        // through, so the refusals above were for the place, not the form.
        for (_, account_id) in actors.iter().filter(|(name, _)| name.ends_with(" here")) {
            let actor = actor_for(db, *account_id).await;
            if !can(&actor, policy.action, &Resource::Place { path: &path }).allowed() {
                continue;
            }
            let cookie = crate::support::session_cookie(db, account_id.unwrap_or_default()).await;
            let before = audit_events(db).await;
            crate::support::post_form(&app, route, &cookie, &fields).await;
            if audit_events(db).await > before {
                accepted.push(route);
                break;
            }
        }
    }
    assert!(refused > 100, "only {refused} refusals were tried");
    assert_eq!(accepted.len(), 10, "the forms are complete enough to go through: only {accepted:?}");
});
