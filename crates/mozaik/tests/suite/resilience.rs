//! Resilience studies: the demo study's results with suppression, imports
//! that report every problem and write nothing (or only the valid rows, when
//! asked and recorded), Kobo, ODK and XLSX layouts, weights that cannot
//! converge, respondent data for the owners only, free text never public.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use platform::{on_db, Db};
use tower::ServiceExt;

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie, Reply, CSRF,
};

/// The part of a page from the element with this id (or text) on, for failure messages.
fn excerpt<'a>(body: &'a str, from: &str) -> &'a str {
    let start = body.find(&format!("id=\"{from}\"")).or_else(|| body.find(from)).unwrap_or(0);
    let end = (start + 1500).min(body.len());
    body.get(start..end).unwrap_or(body)
}

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

async fn demo_study(db: &Db) -> (i64, i64, i64) {
    let study: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM studies").fetch_one(pool).await).unwrap();
    let waves: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM study_waves WHERE study_id = $1 ORDER BY position")
            .bind(study)
            .fetch_all(pool)
            .await)
        .unwrap();
    (study, waves[0], waves[1])
}

async fn responses_in(db: &Db, wave: i64) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM study_responses WHERE wave_id = $1")
        .bind(wave)
        .fetch_one(pool)
        .await)
    .unwrap()
}

/// A CSV row for a respondent in a neighbourhood with every BRAVE item at `value`.
fn row(id: &str, neighbourhood: &str, value: &str, comment: &str) -> String {
    let items: Vec<String> = resilience::instrument::ITEMS
        .iter()
        .map(|i| match i.kind {
            resilience::instrument::Kind::Agreement => value.to_string(),
            resilience::instrument::Kind::YesNo => "1".into(),
            resilience::instrument::Kind::Choice => "police".into(),
            resilience::instrument::Kind::FreeText => comment.to_string(),
        })
        .collect();
    format!("{id},{neighbourhood},female,34,Roma,{}\n", items.join(","))
}

fn header() -> String {
    let keys: Vec<&str> = resilience::instrument::ITEMS.iter().map(|i| i.key).collect();
    format!("respondent,neighbourhood,sex,age,community,{}\n", keys.join(","))
}

/// A browser-like upload: form fields, then one file, with the CSRF token in the address.
async fn post_file(app: &axum::Router, cookie: &str, path: &str, fields: &[(&str, String)], file: &[u8]) -> Reply {
    let boundary = "resilienceboundary2026";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::builder()
        .method("POST")
        .uri(format!("{path}?csrf={CSRF}"))
        .header("host", "localhost")
        .header("origin", "http://localhost")
        .header("cookie", format!("{cookie}; mozaik_csrf={CSRF}"))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 << 20).await.unwrap();
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

async fn upload(app: &axum::Router, cookie: &str, study: i64, wave: i64, file: &[u8], valid_only: bool) -> Reply {
    let mut fields = vec![("wave", wave.to_string())];
    if valid_only {
        fields.push(("valid_only", "1".into()));
    }
    post_file(app, cookie, &format!("/studies/{study}/responses"), &fields, file).await
}

on_both_backends!(the_demo_study_is_weighted_and_suppresses_small_neighbourhoods, |db| {
    load_demo(db).await;
    let app = router(db);
    let (study, ..) = demo_study(db).await;
    let page = get(&app, &format!("/studies/{study}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Resilience (BRAVE-14 total)") && page.body.contains("Linking capital"));
    assert!(page.body.contains("weighted by raking"), "the demo study is weighted");
    assert!(page.body.contains("Proevce") && page.body.contains("fewer than 10 respondents"));
    assert!(
        page.body.contains("withheld, so that a smaller group cannot be worked out"),
        "with one small neighbourhood, the next smallest is withheld too"
    );
    assert!(page.body.contains("significant"), "the endline's rise in linking capital is significant");
    assert!(page.body.contains("<svg class=\"chart waves\""), "the baseline/endline chart");
    assert!(page.body.contains("<svg class=\"map tiles\""), "a neighbourhood map without boundaries");
    assert!(page.body.contains("confidence interval"), "the method is written out: {}", excerpt(&page.body, "method"));

    // The suppressed neighbourhood gives no figure in any download.
    let csv = get(&app, &format!("/studies/{study}/indices.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let proevce: Vec<&str> = csv.body.lines().filter(|l| l.contains("-N06") || l.contains(",Proevce")).collect();
    let code: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT code FROM places WHERE name = 'Proevce' AND level = 'neighbourhood'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let rows: Vec<&str> = csv.body.lines().filter(|l| l.contains(&format!(",{code},"))).collect();
    assert!(!rows.is_empty(), "{proevce:?}");
    for row in rows {
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[4], "<10", "{row}");
        assert!(cells[5..14].iter().all(|c| c.is_empty()), "no figure for a suppressed cell: {row}");
        assert!(!cells[14].starts_with("resilience-"), "the indicator named, not its key: {row}");
    }
    let json = get(&app, &format!("/studies/{study}/indices.json")).await;
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let groups = value["indicators"][0]["groups"].as_array().unwrap();
    let small = groups.iter().find(|g| g["key"] == code.as_str()).unwrap();
    assert!(small["cells"][0]["mean"].is_null());
    assert_eq!(small["cells"][0]["respondents"], "<10", "no exact count of a suppressed cell");
    assert_eq!(value["indicators"][0]["name"], "Resilience (BRAVE-14 total)", "names in the reader's language");
    assert_no_cell_found_by_subtraction(&value);
    let xlsx = get(&app, &format!("/studies/{study}/indices.xlsx")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let report = get(&app, &format!("/studies/{study}/report")).await;
    assert!(report.body.contains("Report: ") && !report.body.contains("Upload responses"));
});

on_both_backends!(a_bad_file_is_reported_per_row_and_writes_nothing_unless_asked, |db| {
    load_demo(db).await;
    let app = router(db);
    let (study, baseline, _) = demo_study(db).await;
    let focal = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let cookie = session_cookie(db, focal).await;
    let before = responses_in(db, baseline).await;
    let mut file = header();
    file.push_str(&row("r1", "Bedinje", "4", ""));
    file.push_str(&row("r2", "Bedinje", "7", ""));
    file.push_str(&row("r3", "Atlantis", "3", ""));
    let mut missing = row("r4", "Karpos", "2", "");
    missing = missing.replacen(",2,", ",,", 1);
    file.push_str(&missing);
    file.push_str(&row("r1", "Centar", "5", ""));
    let refused = upload(&app, &cookie, study, baseline, file.as_bytes(), false).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for wanted in [
        "Row 3, column brave_01: &#34;7&#34; is outside 1–5.",
        "Row 4, column neighbourhood: &#34;Atlantis&#34; is not a neighbourhood of this municipality.",
        "Row 5, column brave_01: the answer is missing.",
        "Row 6, column respondent: respondent &#34;r1&#34; appears more than once in this wave.",
        "Nothing was imported.",
    ] {
        assert!(refused.body.contains(wanted), "missing «{wanted}» in {}", excerpt(&refused.body, "import-report"));
    }
    assert_eq!(responses_in(db, baseline).await, before, "a file with problems writes nothing");

    // The owner chooses to keep the valid rows; the choice is recorded.
    let partial = upload(&app, &cookie, study, baseline, file.as_bytes(), true).await;
    assert!(partial.body.contains("One response was imported."), "{}", partial.status);
    assert_eq!(responses_in(db, baseline).await, before + 1, "the folded name Karpos matched Karpoš, row 5 had a gap");
    let (valid_only, rows_read): (bool, i64) = on_db!(db, |pool| sqlx::query_as(
        "SELECT valid_rows_only, rows_read FROM study_imports WHERE study_id = $1 ORDER BY id DESC LIMIT 1"
    )
    .bind(study)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert!(valid_only);
    assert_eq!(rows_read, 5);
    let audited: i64 = count(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'resilience.responses_import' AND summary LIKE '%valid rows only%'").await;
    assert_eq!(audited, 1);

    let not_a_table = upload(&app, &cookie, study, baseline, b"\xff\xfe\x00garbage", false).await;
    assert!(not_a_table.body.contains("cannot be read as CSV or XLSX"));
    let no_items = upload(&app, &cookie, study, baseline, b"neighbourhood,brave_01\nBedinje,3\n", true).await;
    assert!(no_items.body.contains("Column brave_02: this column is missing"), "a missing column refuses the file");
    assert_eq!(responses_in(db, baseline).await, before + 1);
});

on_both_backends!(kobo_odk_and_xlsx_exports_are_read, |db| {
    load_demo(db).await;
    let (study_id, _, endline) = demo_study(db).await;
    let study = resilience::store::load(db, study_id).await.unwrap().unwrap();
    let keys: Vec<&str> =
        resilience::instrument::ITEMS.iter().filter(|i| i.subscale.is_some()).map(|i| i.key).collect();
    let import = |bytes: Vec<u8>, name: &'static str| {
        let study = study.clone();
        async move {
            let upload = resilience::import::Upload {
                study: &study,
                wave_id: endline,
                file_name: name,
                bytes: &bytes,
                valid_rows_only: false,
            };
            resilience::import::import(db, &upload, None, &crate::support::audit()).await.unwrap()
        }
    };
    // KoboToolbox: `;`, group paths with `/`, metadata columns, agreement words.
    let mut kobo = String::from("start;end;about/neighbourhood;about/sex");
    for k in &keys {
        kobo.push_str(&format!(";brave/{k}"));
    }
    kobo.push_str(";_id;_uuid;_submission_time;about/respondent_name;contact/phone;_geolocation\n");
    kobo.push_str("2026-05-01;2026-05-01;bedinje;f");
    for _ in &keys {
        kobo.push_str(";agree");
    }
    kobo.push_str(";1;uuid-kobo-1;2026-05-01T10:00:00;Resident Example;070123456;[42.1, 21.7]\n");
    let report = import(kobo.into_bytes(), "kobo.csv").await;
    assert_eq!(report.imported, Some(1), "{:?}", report.problems);
    // Direct identifiers are dropped unread, and the report names them.
    assert_eq!(report.dropped_identifiers, ["about/respondent_name", "contact/phone", "_geolocation"]);
    let stored: i64 = count(
        db,
        "SELECT COUNT(*) FROM study_responses WHERE answers LIKE '%Resident Example%' OR answers LIKE '%070123456%'",
    )
    .await;
    assert_eq!(stored, 0, "no identifier reaches the stored answers");
    // ODK Central: group paths with `-`, meta-instanceID, KEY.
    let mut odk = String::from("SubmissionDate,grp-neighbourhood");
    for k in &keys {
        odk.push_str(&format!(",grp_scale-{k}"));
    }
    odk.push_str(",meta-instanceID,KEY,SubmitterID,ReviewState\n2026-05-02,Centar");
    for _ in &keys {
        odk.push_str(",3");
    }
    odk.push_str(",uuid:odk-1,uuid:odk-1,5,approved\n");
    let report = import(odk.into_bytes(), "odk.csv").await;
    assert_eq!(report.imported, Some(1), "{:?}", report.problems);
    // XLSX, numbers as numbers.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "neighbourhood").unwrap();
    sheet.write_string(1, 0, "Sredorek").unwrap();
    for (c, k) in keys.iter().enumerate() {
        sheet.write_string(0, c as u16 + 1, *k).unwrap();
        sheet.write_number(1, c as u16 + 1, 5.0).unwrap();
    }
    let report = import(workbook.save_to_buffer().unwrap(), "survey.xlsx").await;
    assert_eq!(report.imported, Some(1), "{:?}", report.problems);
    let stored: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT answers FROM study_responses WHERE respondent = 'uuid-kobo-1'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert!(stored.starts_with("4|4|4"), "agree is 4: {stored}");
});

on_both_backends!(respondent_data_is_for_the_owners_and_free_text_is_never_public, |db| {
    load_demo(db).await;
    let app = router(db);
    let (study, baseline, _) = demo_study(db).await;
    let focal = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let cookie = session_cookie(db, focal).await;
    let mut file = header();
    file.push_str(&row("secret-1", "Bedinje", "4", "Only-for-the-owners-QZX"));
    let imported = upload(&app, &cookie, study, baseline, file.as_bytes(), false).await;
    assert!(imported.body.contains("One response was imported."));
    let sealed: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT free_text FROM study_responses WHERE respondent = 'secret-1'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert!(sealed.starts_with("v1:") && !sealed.contains("owners-QZX"), "free text is sealed at rest");

    let path = format!("/studies/{study}/responses.csv");
    let owners = get_with(&app, &path, &[("cookie", &cookie)]).await;
    assert_eq!(owners.status, StatusCode::OK);
    assert!(owners.body.contains("Only-for-the-owners-QZX"));
    for public in ["", "/report", "/indices.csv", "/indices.json"] {
        let page = get_with(&app, &format!("/studies/{study}{public}"), &[("cookie", &cookie)]).await;
        assert!(!page.body.contains("owners-QZX"), "free text in {public}: {}", excerpt(&page.body, "owners-QZX"));
    }
    let anonymous = get(&app, &path).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    let admin = account_with_role(db, "admin@hub.example", "hub_admin", Some("WB")).await;
    let admin_cookie = session_cookie(db, admin).await;
    assert_eq!(get_with(&app, &path, &[("cookie", &admin_cookie)]).await.status, StatusCode::FORBIDDEN);
    let elsewhere = account_with_role(db, "fp@podgorica.example", "focal_point", Some("ME-16")).await;
    let elsewhere_cookie = session_cookie(db, elsewhere).await;
    assert_eq!(get_with(&app, &path, &[("cookie", &elsewhere_cookie)]).await.status, StatusCode::FORBIDDEN);
    let forbidden = upload(&app, &elsewhere_cookie, study, baseline, file.as_bytes(), false).await;
    assert_eq!(forbidden.status, StatusCode::FORBIDDEN);
    let weights = post_form(&app, &format!("/studies/{study}/weights"), &elsewhere_cookie, &[("wave", "1")]).await;
    assert_eq!(weights.status, StatusCode::FORBIDDEN);
    let downloads: i64 =
        count(db, "SELECT COUNT(*) FROM audit_events WHERE action = 'resilience.responses_export'").await;
    assert_eq!(downloads, 1, "the owners' download is audited");
});

on_both_backends!(owners_start_a_study_and_margins_that_cannot_converge_are_refused, |db| {
    load_demo(db).await;
    let app = router(db);
    let focal = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let cookie = session_cookie(db, focal).await;
    let kumanovo = directory::places::find(db, "MK-703").await.unwrap().unwrap();
    let place = kumanovo.id.to_string();
    let bad =
        post_form(&app, "/studies", &cookie, &[("place", &place), ("title", ""), ("waves", ""), ("k", "3")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Give the study a title"));
    assert!(bad.body.contains("Name at least one wave"));
    assert!(bad.body.contains("Enter a whole number from 5 to 100."));
    let made = post_form(
        &app,
        "/studies",
        &cookie,
        &[("place", &place), ("title", "Youth survey"), ("waves", "Baseline, Endline"), ("k", "10")],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let study = made.location().trim_start_matches("/studies/").to_string();
    let nb = post_form(&app, &format!("/studies/{study}/neighbourhoods"), &cookie, &[("name", "Bedinje")]).await;
    assert!(nb.body.contains("already has a neighbourhood"), "Bedinje came with the demo study");
    let nb = post_form(&app, &format!("/studies/{study}/neighbourhoods"), &cookie, &[("name", "Dolno Konjare")]).await;
    assert_eq!(nb.status, StatusCode::SEE_OTHER);
    let indicator = post_form(
        &app,
        &format!("/studies/{study}/indicators"),
        &cookie,
        &[("name", "Trust in police and schools"), ("items", "trust_police"), ("items", "trust_schools")],
    )
    .await;
    assert_eq!(indicator.status, StatusCode::SEE_OTHER);
    let page = get_with(&app, &format!("/studies/{study}"), &[("cookie", &cookie)]).await;
    assert!(page.body.contains("Trust in police and schools") && page.body.contains("Dolno Konjare"));

    // Margins the demo's respondents cannot meet: everyone in Proevce is one sex.
    let (demo, baseline, _) = demo_study(db).await;
    let proevce: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE name = 'Proevce'").fetch_one(pool).await)
            .unwrap();
    let stored = |db: &Db| {
        let db = db.clone();
        async move {
            on_db!(&db, |pool| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM study_margins WHERE wave_id = $1")
                .bind(baseline)
                .fetch_one(pool)
                .await)
            .unwrap()
        }
    };
    let before = stored(db).await;
    let unknown = post_form(
        &app,
        &format!("/studies/{demo}/weights"),
        &cookie,
        &[
            ("wave", &baseline.to_string()),
            ("weighting", "raked"),
            ("margins", "sex,female,100\nneighbourhood,Atlantis,5\nsex,male,lots"),
        ],
    )
    .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        unknown.body.contains("Row 2: &#34;Atlantis&#34; is not an accepted value."),
        "each line is checked: {}",
        excerpt(&unknown.body, "weights")
    );
    assert!(unknown.body.contains("Row 3: &#34;lots&#34;"));
    let missing = post_form(
        &app,
        &format!("/studies/{demo}/weights"),
        &cookie,
        &[("wave", &baseline.to_string()), ("weighting", "raked"), ("margins", "sex,female,100")],
    )
    .await;
    assert!(
        missing.body.contains("respondents with sex &#34;male&#34; have no population figure"),
        "every category needs a figure"
    );
    // Boundaries match the study's own neighbourhoods only.
    let geojson = format!(
        r#"{{"type":"FeatureCollection","features":[
        {{"type":"Feature","properties":{{"name":"Bedinje"}},"geometry":{{"type":"Polygon","coordinates":[[[21.70,42.13],[21.72,42.13],[21.72,42.15],[21.70,42.13]]]}}}},
        {{"type":"Feature","properties":{{"code":"{proevce}"}},"geometry":{{"type":"Polygon","coordinates":[[[21.74,42.13],[21.76,42.13],[21.76,42.15],[21.74,42.13]]]}}}},
        {{"type":"Feature","properties":{{"name":"Podgorica"}},"geometry":{{"type":"Polygon","coordinates":[[[19.2,42.4],[19.3,42.4],[19.3,42.5],[19.2,42.4]]]}}}}]}}"#
    );
    let shapes = post_file(&app, &cookie, &format!("/studies/{demo}/boundaries"), &[], geojson.as_bytes()).await;
    assert_eq!(shapes.status, StatusCode::OK);
    assert!(shapes.body.contains("2 neighbourhoods got their boundaries."), "{}", excerpt(&shapes.body, "boundaries"));
    assert!(shapes.body.contains("Podgorica: no neighbourhood of that name or code"));
    let podgorica_shape: i64 =
        count(db, "SELECT COUNT(*) FROM place_shapes s JOIN places p ON p.id = s.place_id WHERE p.code = 'ME-16'")
            .await;
    assert_eq!(podgorica_shape, 0, "an owner cannot redraw another place");
    let page = get(&app, &format!("/studies/{demo}")).await;
    assert!(page.body.contains("<path class=\""), "the neighbourhoods with boundaries are drawn as a map");
    assert_eq!(stored(db).await, before, "refused margins change nothing");
    let none = post_form(
        &app,
        &format!("/studies/{demo}/weights"),
        &cookie,
        &[("wave", &baseline.to_string()), ("weighting", "none"), ("margins", "")],
    )
    .await;
    assert_eq!(none.status, StatusCode::SEE_OTHER);
    assert_eq!(stored(db).await, 0);
});

/// Tries what an attacker would: in every indicator, wave and breakdown
/// (neighbourhoods, communities), the city's count less the published
/// counts must never single out one hidden group, nor may any hidden group
/// carry a count or a mean.
fn assert_no_cell_found_by_subtraction(value: &serde_json::Value) {
    for indicator in value["indicators"].as_array().unwrap() {
        let groups = indicator["groups"].as_array().unwrap();
        let city = groups.iter().find(|g| g["type"] == "city").unwrap();
        for kind in ["neighbourhood", "community"] {
            let parts: Vec<&serde_json::Value> = groups.iter().filter(|g| g["type"] == kind).collect();
            for (w, city_cell) in city["cells"].as_array().unwrap().iter().enumerate() {
                let Some(total) = city_cell["respondents"].as_u64() else { continue };
                let cells: Vec<&serde_json::Value> = parts.iter().map(|g| &g["cells"][w]).collect();
                let hidden: Vec<&&serde_json::Value> = cells.iter().filter(|c| !c["respondents"].is_u64()).collect();
                for c in &hidden {
                    assert!(c["mean"].is_null(), "a hidden cell shows its mean: {c}");
                }
                let published: u64 = cells.iter().filter_map(|c| c["respondents"].as_u64()).sum();
                let unknown = total.saturating_sub(published);
                let small_hidden = hidden.iter().filter(|c| c["respondents"] != "0").count();
                assert!(
                    unknown == 0 || small_hidden != 1,
                    "{} {kind}s in wave {w}: {unknown} respondents belong to one hidden group",
                    indicator["key"]
                );
            }
        }
    }
}
