//! The JSON API: its OpenAPI description (snapshot, validated), every
//! answer checked against its schema, paging, ETags, scopes, errors, tokens.

use axum::http::StatusCode;

use crate::support::{account_with_role, get, get_with, load_demo, on_both_backends, router};

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/openapi.json");

#[test]
fn the_openapi_document_matches_its_snapshot() {
    let current = serde_json::to_string_pretty(&mozaik::api::openapi::document()).unwrap() + "\n";
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

/// Checks a value against a schema of the OpenAPI document (the subset it
/// uses: $ref, type or types, properties with required, items, oneOf,
/// enum, additionalProperties); returns what does not match, by path.
fn mismatches(schema: &serde_json::Value, value: &serde_json::Value, doc: &serde_json::Value, at: &str) -> Vec<String> {
    use serde_json::Value;
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap_or("");
        return mismatches(&doc["components"]["schemas"][name], value, doc, at);
    }
    if let Some(options) = schema["oneOf"].as_array() {
        let fits = options.iter().filter(|o| mismatches(o, value, doc, at).is_empty()).count();
        return if fits == 1 { Vec::new() } else { vec![format!("{at}: matches {fits} of oneOf: {value}")] };
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let type_of = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let fits = types.is_empty() || types.contains(&type_of) || (type_of == "integer" && types.contains(&"number"));
    if !fits {
        return vec![format!("{at}: {type_of} where {types:?} is expected")];
    }
    let mut out = Vec::new();
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            out.push(format!("{at}: {value} is not one of {allowed:?}"));
        }
    }
    match value {
        Value::Object(map) => {
            for name in schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    out.push(format!("{at}: {name} is missing"));
                }
            }
            for (key, v) in map {
                let property = &schema["properties"][key];
                if !property.is_null() {
                    out.extend(mismatches(property, v, doc, &format!("{at}.{key}")));
                } else if schema["additionalProperties"].is_object() {
                    out.extend(mismatches(&schema["additionalProperties"], v, doc, &format!("{at}.{key}")));
                } else if schema["properties"].is_object() {
                    out.push(format!("{at}: {key} is not in the schema"));
                }
            }
        }
        Value::Array(items) if schema["items"].is_object() => {
            for (i, item) in items.iter().enumerate() {
                out.extend(mismatches(&schema["items"], item, doc, &format!("{at}[{i}]")));
            }
        }
        _ => {}
    }
    out
}

on_both_backends!(every_path_answers_as_its_schema_says, |db| {
    load_demo(db).await;
    let app = router(db);
    let doc = mozaik::api::openapi::document();
    let round: i64 =
        platform::on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM rounds").fetch_one(pool).await).unwrap();
    let study: i64 =
        platform::on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM studies").fetch_one(pool).await).unwrap();
    let id_of = |path: &str| if path.contains("/rounds/") { round } else { study };
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        if path.ends_with("/people") {
            continue; // needs a token; checked below
        }
        let mut url = path.replace("{code}", "MK-703");
        url = url.replace("{id}", &id_of(path).to_string());
        if path == "/api/v1/search" {
            url.push_str("?q=kumanovo");
        }
        let reply = get(&app, &url).await;
        assert_eq!(reply.status, StatusCode::OK, "{url}: {}", reply.body);
        let value: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
        let schema = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        let wrong = mismatches(schema, &value, &doc, &url);
        assert!(wrong.is_empty(), "{url} does not match its schema:\n{}", wrong.join("\n"));
        checked += 1;
    }
    assert_eq!(checked, doc["paths"].as_object().unwrap().len() - 1, "every path but the one that needs a token");

    // Pages follow each other without gaps or repeats, and say when they end.
    let mut seen = std::collections::BTreeSet::new();
    let mut url = "/api/v1/places?country=MK&limit=25".to_string();
    for _ in 0..100 {
        let value: serde_json::Value = serde_json::from_str(&get(&app, &url).await.body).unwrap();
        for item in value["items"].as_array().unwrap() {
            assert!(seen.insert(item["code"].as_str().unwrap().to_string()), "no place twice");
        }
        match value["next_cursor"].as_str() {
            Some(next) => url = format!("/api/v1/places?country=MK&limit=25&cursor={next}"),
            None => break,
        }
    }
    let macedonian: i64 =
        platform::on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE code LIKE 'MK%'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!(seen.len() as i64, macedonian);
    assert_eq!(get(&app, "/api/v1/places?cursor=%21%21").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(get(&app, "/api/v1/practices?updated_since=yesterday").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(get(&app, "/api/v1/programmes?country=Macedonia").await.status, StatusCode::BAD_REQUEST);

    // ETag: the same version is not sent twice.
    let first = get(&app, "/api/v1/rounds").await;
    let etag = first.headers.get("etag").unwrap().to_str().unwrap().to_string();
    let again = get_with(&app, "/api/v1/rounds", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    // Scopes per area: a directory token may not read the assessments.
    let id = account_with_role(db, "partner@example.org", "partner", Some("WB")).await;
    let cookie = crate::support::session_cookie(db, id).await;
    let made = crate::support::post_form(
        &app,
        "/account/tokens",
        &cookie,
        &[("name", "Partner dashboard"), ("scope", "directory:read"), ("scope", "knowledge:read"), ("days", "30")],
    )
    .await;
    let start = made.body.find("id=\"new-token\">").expect("a token") + "id=\"new-token\">".len();
    let auth = format!("Bearer {}", made.body[start..].split('<').next().unwrap());
    assert_eq!(get_with(&app, "/api/v1/practices", &[("authorization", &auth)]).await.status, StatusCode::OK);
    let refused = get_with(&app, "/api/v1/rounds", &[("authorization", &auth)]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.body.contains("\"scope\""), "{}", refused.body);
});

/// The document is valid OpenAPI 3.1 by the reference validator
/// (openapi-spec-validator, which .ci/run installs from PyPI).
#[test]
fn the_openapi_document_is_valid_openapi() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("openapi.json");
    std::fs::write(&file, serde_json::to_string_pretty(&mozaik::api::openapi::document()).unwrap()).unwrap();
    match std::process::Command::new("openapi-spec-validator").arg(&file).output() {
        Ok(out) => assert!(
            out.status.success(),
            "openapi-spec-validator refused the document:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => crate::support::skip(
            "OpenAPI validation",
            "openapi-spec-validator is not installed (pip install openapi-spec-validator)",
        ),
    }
}
