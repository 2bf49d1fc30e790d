//! The JSON API: its OpenAPI description (snapshot), JSON errors, tokens.

use axum::http::StatusCode;

use crate::support::{account_with_role, get, get_with, load_demo, on_both_backends, router};

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/openapi.json");

#[test]
fn the_openapi_document_matches_its_snapshot() {
    let current = serde_json::to_string_pretty(&mozaik::api::openapi_document()).unwrap() + "\n";
    if std::env::var_os("MOZAIK_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(SNAPSHOT, &current).unwrap();
    }
    let stored = std::fs::read_to_string(SNAPSHOT).expect("snapshot missing: run with MOZAIK_UPDATE_SNAPSHOTS=1 once");
    assert_eq!(
        stored, current,
        "the API description changed; review it and update the snapshot with MOZAIK_UPDATE_SNAPSHOTS=1"
    );
}

on_both_backends!(api_answers_json_and_guards_personal_data, |db| {
    load_demo(db).await;
    let app = router(db);
    let doc = get(&app, "/api/openapi.json").await;
    assert_eq!(doc.status, StatusCode::OK);
    assert!(doc.body.contains("\"openapi\": \"3.1.0\"") || doc.body.contains("\"openapi\":\"3.1.0\""));
    let place = get(&app, "/api/v1/places/MK-703").await;
    assert_eq!(place.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&place.body).unwrap();
    assert_eq!(json["name"], "Kumanovo");
    assert_eq!(json["parents"][1]["code"], "MK");
    let missing = get(&app, "/api/v1/places/NOWHERE").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let error: serde_json::Value = serde_json::from_str(&missing.body).unwrap();
    assert_eq!(error["error"]["code"], "not_found");
    let anonymous = get(&app, "/api/v1/places/MK-703/people").await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let bad = get_with(&app, "/api/v1/places/MK-703/people", &[("authorization", "Bearer mzk_nonsense")]).await;
    assert_eq!(bad.status, StatusCode::UNAUTHORIZED);

    // A token made on the account page, with the people scope.
    let id = account_with_role(db, "national@example.org", "national_coordinator", Some("MK")).await;
    let cookie = crate::support::session_cookie(db, id).await;
    let made = crate::support::post_form(
        &app,
        "/account/tokens",
        &cookie,
        &[("name", "National registry"), ("scope", "directory:people"), ("days", "30")],
    )
    .await;
    assert_eq!(made.status, StatusCode::OK);
    let start = made.body.find("id=\"new-token\">").expect("the token is shown once") + "id=\"new-token\">".len();
    let token = made.body[start..].split('<').next().unwrap().to_string();
    let again = get_with(&app, "/account", &[("cookie", &cookie)]).await;
    assert!(!again.body.contains(&token), "the token is never shown again");
    let auth = format!("Bearer {token}");
    let people = get_with(&app, "/api/v1/places/MK-703/people", &[("authorization", &auth)]).await;
    assert_eq!(people.status, StatusCode::OK, "{}", people.body);
    assert!(people.body.contains("\"holders\""));
    let elsewhere = get_with(&app, "/api/v1/places/ME-07/people", &[("authorization", &auth)]).await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
    let reads: i64 = platform::on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_events WHERE action = 'api.people_read'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(reads, 1, "reading personal data is audited");
    let search = get(&app, "/api/v1/search?q=%D0%9A%D1%83%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2%D0%BE").await;
    assert!(search.body.contains("MK-703"));
    let no_query = get(&app, "/api/v1/search").await;
    assert_eq!(no_query.status, StatusCode::BAD_REQUEST);
});
