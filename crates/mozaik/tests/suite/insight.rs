//! The overview for national governments and partners: a municipality
//! appears by name only to those it chose; everyone else sees aggregates
//! that say why a figure is withheld.

use platform::{on_db, Db};

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie,
};

async fn account(db: &Db, email: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1").bind(email).fetch_one(pool).await)
        .unwrap()
}

/// The "shared with you" table of a dashboard page.
fn named(page: &str) -> &str {
    let Some(start) = page.find("id=\"named\"") else { return "" };
    let rest = &page[start..];
    &rest[..rest.find("</table>").unwrap_or(rest.len())]
}

/// A member municipality that chose nothing (its answers stay with the
/// hub), with its country's code.
async fn unshared(db: &Db) -> (String, String) {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT p.name, c.code FROM round_places rp JOIN places p ON p.id = rp.place_id \
         JOIN place_parents pp ON pp.place_id = p.id AND pp.valid_to IS NULL JOIN places c ON c.id = pp.parent_id \
         WHERE rp.status = 'submitted' AND c.level = 'country' \
         AND NOT EXISTS (SELECT 1 FROM answer_audiences x WHERE x.place_id = p.id) ORDER BY p.name LIMIT 1"
    )
    .fetch_one(pool)
    .await)
    .unwrap()
}

on_both_backends!(a_municipality_is_named_only_to_those_it_chose, |db| {
    load_demo(db).await;
    let app = router(db);
    let mk = session_cookie(db, account(db, "national.mk@demo.example").await).await;
    // North Macedonia's members all share with their national coordinator.
    let own_country = get_with(&app, "/insight/MK", &[("cookie", &mk)]).await;
    assert_eq!(own_country.status, axum::http::StatusCode::OK);
    assert!(named(&own_country.body).contains("Kumanovo"), "the coordinator sees Kumanovo by name");
    let capacity = &own_country.body[own_country.body.find("id=\"capacity\"").unwrap()..];
    let capacity = &capacity[..capacity.find("</section>").unwrap()];
    assert!(!capacity.contains("hidden-why"), "every municipality shares, so the country's figures show");
    let csv = get_with(&app, "/insight/MK/capacity.csv", &[("cookie", &mk)]).await;
    assert!(csv.body.lines().nth(1).is_some_and(|l| l.split(',').all(|c| !c.is_empty())), "{}", csv.body);

    // Another country's coordinator does not see them.
    let me =
        session_cookie(db, account_with_role(db, "national.me@test.example", "national_coordinator", Some("ME")).await)
            .await;
    let elsewhere = get_with(&app, "/insight/MK", &[("cookie", &me)]).await;
    assert!(!named(&elsewhere.body).contains("Kumanovo"));
    assert!(elsewhere.body.contains("withheld: 3 municipalities answered, 5 needed"), "and are told why");
    let anonymous_csv = get(&app, "/insight/MK/capacity.csv").await;
    assert!(anonymous_csv.body.lines().nth(1).is_some_and(|l| l.ends_with(",,,")), "{}", anonymous_csv.body);

    // A municipality that chose nothing appears only in the aggregates,
    // even to its own country's coordinator.
    let (name, country) = unshared(db).await;
    let coordinator = session_cookie(
        db,
        account_with_role(db, "national.x@test.example", "national_coordinator", Some(&country)).await,
    )
    .await;
    let page = get_with(&app, &format!("/insight/{country}"), &[("cookie", &coordinator)]).await;
    assert_eq!(page.status, axum::http::StatusCode::OK);
    assert!(!named(&page.body).contains(&name), "{name} is not named");
    assert!(page.body.contains("hidden-why"), "its country's figures are withheld");
    assert!(page.body.contains("id=\"suppression\""), "and the page explains why");
    // The hub sees everything.
    let hub = session_cookie(db, account(db, "staff@demo.example").await).await;
    let all = get_with(&app, &format!("/insight/{country}"), &[("cookie", &hub)]).await;
    assert!(named(&all.body).contains(&name) && !all.body.contains("hidden-why"));
});

on_both_backends!(the_municipality_chooses_and_the_choice_is_kept_with_who_and_when, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal = session_cookie(db, account(db, "focal.kumanovo@demo.example").await).await;
    let round: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds WHERE name = '2023 baseline'")
        .fetch_one(pool)
        .await)
    .unwrap();
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let saved = post_form(&app, &format!("{path}/audience"), &focal, &[("audience", "hub")]).await;
    assert_eq!(saved.status, axum::http::StatusCode::SEE_OTHER);
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(page.body.contains("Chosen by"), "who chose, and when");
    let partner = session_cookie(db, account(db, "partner@demo.example").await).await;
    assert_eq!(get_with(&app, &path, &[("cookie", &partner)]).await.status, axum::http::StatusCode::FORBIDDEN);
    let audited: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM audit_events WHERE action = 'assess.audience'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!(audited, 1);
    // Public: anyone may read them, signed in or not.
    post_form(&app, &format!("{path}/audience"), &focal, &[("audience", "public")]).await;
    assert_eq!(get(&app, &path).await.status, axum::http::StatusCode::OK);
    // The focal point sees the municipality's own answers beside the others.
    let results = get_with(&app, &format!("/assess/rounds/{round}/results"), &[("cookie", &focal)]).await;
    assert!(results.body.contains("class=\"own\""), "an own column");
});

on_both_backends!(the_open_data_catalogue_lists_what_anyone_may_download, |db| {
    load_demo(db).await;
    for (source, bytes) in directory::shapes::REFERENCE {
        directory::shapes::import(db, bytes, source, &crate::support::audit()).await.unwrap();
    }
    let app = router(db);
    let page = get(&app, "/data").await;
    assert_eq!(page.status, axum::http::StatusCode::OK);
    let table = &page.body[page.body.find("id=\"datasets\"").unwrap()..];
    let links: Vec<String> = table
        .split("<a href=\"")
        .skip(1)
        .map(|l| l[..l.find('"').unwrap()].replace("&amp;", "&").replace("&#38;", "&"))
        .collect();
    assert!(links.len() >= 20, "{} links", links.len());
    for link in &links {
        let reply = get(&app, link).await;
        assert_eq!(reply.status, axum::http::StatusCode::OK, "{link}");
        assert!(!reply.body.is_empty(), "{link}");
    }
    assert!(table.contains("CC BY 4.0") && table.contains("ODbL"), "licences are named");
    // Boundaries as GeoJSON, each feature with its place and source.
    let shapes = get(&app, "/data/boundaries.geojson").await;
    let value: serde_json::Value = serde_json::from_str(&shapes.body).unwrap();
    assert_eq!(value["type"], "FeatureCollection");
    let features = value["features"].as_array().unwrap();
    assert!(features.len() > 100);
    assert!(features.iter().all(|f| f["properties"]["code"].is_string() && f["properties"]["source"].is_string()));
    // A client that holds the current version is told so.
    let etag = shapes.headers.get("etag").unwrap().to_str().unwrap().to_string();
    let again = crate::support::get_with(&app, "/data/boundaries.geojson", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, axum::http::StatusCode::NOT_MODIFIED);
    let practices = get(&app, "/data/practices.csv").await;
    assert!(practices.body.starts_with("id,country,") && practices.body.lines().count() > 3);
    assert_eq!(get(&app, "/data/nothing.csv").await.status, axum::http::StatusCode::NOT_FOUND);
});
