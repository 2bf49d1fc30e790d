//! Assessments: filling in with drafts and "don't know", visibility of a
//! municipality's answers, results with the headline and suppression, rounds
//! and reminders.

use axum::http::StatusCode;
use chrono::{Duration, Utc};
use platform::{on_db, on_tx, Db};

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie,
};

async fn current_round(db: &Db) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds WHERE name = '2026 follow-up'").fetch_one(pool).await)
        .unwrap()
}

async fn baseline(db: &Db) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds WHERE name = '2023 baseline'").fetch_one(pool).await)
        .unwrap()
}

fn complete_answers() -> Vec<(&'static str, &'static str)> {
    vec![
        ("q:mandate", "no"),
        ("q:national_strategy", "not_involved"),
        ("q:roles_clarity", "likert_2"),
        ("q:data_access", "dont_know"),
        ("q:police_sharing", "personal"),
        ("q:programmes", "yes"),
        ("q:budget", "yes"),
        ("q:budget_amount", "12000"),
        ("q:staff_expertise", "partly"),
        ("q:structure_exists", "no"),
        ("q:youth_engagement", "likert_3"),
        ("q:trust", "dont_know"),
        ("rank:priority_needs:need_funding", "1"),
        ("rank:priority_needs:need_youth", "2"),
        ("q:support_wanted", "expert"),
        ("q:support_wanted", "fund"),
    ]
}

on_both_backends!(a_focal_point_drafts_and_submits, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = current_round(db).await;
    let focal = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let cookie = session_cookie(db, focal).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let form = get_with(&app, &path, &[("cookie", &cookie)]).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Does the municipality have a formal mandate"));
    assert!(form.body.contains("value=\"dont_know\""), "every question offers don't know");

    // A bad number is refused, the rest is kept as a draft.
    let mut answers = complete_answers();
    answers.retain(|(k, _)| *k != "q:budget_amount");
    answers.push(("q:budget_amount", "-5"));
    let mut fields = answers.clone();
    fields.push(("action", "save"));
    let bad = post_form(&app, &path, &cookie, &fields).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("Enter a number, zero or more."));
    assert!(bad.body.contains("value=\"-5\""), "the typed value is kept");

    // Submitting with a required answer missing keeps a draft and marks the question.
    let partial = post_form(&app, &path, &cookie, &[("q:mandate", "yes"), ("action", "submit")]).await;
    assert_eq!(partial.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(partial.body.contains("This question needs an answer"));
    let status: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT rp.status FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 AND p.code = 'MK-703'"
    )
    .bind(round)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(status, "draft", "the draft is kept");

    let mut fields = complete_answers();
    fields.push(("action", "submit"));
    let done = post_form(&app, &path, &cookie, &fields).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let again = post_form(&app, &path, &cookie, &fields).await;
    assert_eq!(again.status, StatusCode::CONFLICT, "a submission is not changed without reopening");
    // A submission reads as text: choice labels, not pale disabled controls.
    let submitted = get_with(&app, &path, &[("cookie", &cookie)]).await;
    assert!(submitted.body.contains("<dl class=\"answer\" id=\"q-mandate\"><dt>"), "answers shown as text");
    assert!(!submitted.body.contains(" disabled"), "no disabled controls");

    let staff = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let reopened = post_form(&app, &format!("{path}/reopen"), &staff, &[]).await;
    assert_eq!(reopened.status, StatusCode::SEE_OTHER);
    // While answering, the form's script asks which questions apply: with
    // the budget unanswered its amount waits (not greyed), with "no" it does
    // not apply, and the progress counts what is required.
    let logic = |fields: Vec<(&'static str, &'static str)>| {
        let (app, path, cookie) = (app.clone(), format!("{path}/logic"), cookie.clone());
        async move {
            let reply = post_form(&app, &path, &cookie, &fields).await;
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
            serde_json::from_str::<serde_json::Value>(&reply.body).unwrap()
        }
    };
    let blank = logic(vec![]).await;
    assert_eq!(blank["questions"]["budget_amount"]["applies"], "pending");
    assert_eq!(logic(vec![("q:budget", "no")]).await["questions"]["budget_amount"]["applies"], "no");
    let yes = logic(vec![("q:budget", "yes"), ("q:mandate", "yes")]).await;
    assert_eq!(yes["questions"]["budget_amount"]["applies"], "yes");
    assert!(yes["progress"].as_str().unwrap().starts_with("2 of "), "budget and mandate: {}", yes["progress"]);
    let outsider = post_form(&app, &format!("{path}/logic"), &staff_of_elsewhere(db).await, &[]).await;
    assert_eq!(outsider.status, StatusCode::FORBIDDEN, "only who fills the form asks");
    let progress = get(&app, &format!("/assess/rounds/{round}")).await;
    assert!(progress.body.contains("id=\"progress\"") && progress.body.contains("draft"));
});

on_both_backends!(answers_are_for_the_municipality_and_the_hub, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = baseline(db).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let other =
        session_cookie(db, account_with_role(db, "x@danilovgrad.example", "municipal_staff", Some("ME-07")).await)
            .await;
    assert_eq!(get_with(&app, &path, &[("cookie", &other)]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(get(&app, &path).await.status, StatusCode::SEE_OTHER, "the public is sent to sign in");
    let national =
        session_cookie(db, account_with_role(db, "n@mk.example", "national_coordinator", Some("MK")).await).await;
    let shared: bool = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT rp.share_national FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 AND p.code = 'MK-703'"
    )
    .bind(round)
    .fetch_one(pool)
    .await)
    .unwrap();
    let seen = get_with(&app, &path, &[("cookie", &national)]).await;
    assert_eq!(seen.status == StatusCode::OK, shared, "the national coordinator sees answers only when shared");
    // The needs, as the support modules will take them up.
    let staff = session_cookie(db, account_with_role(db, "h@hub.example", "hub_staff", Some("WB")).await).await;
    let page = get_with(&app, &path, &[("cookie", &staff)]).await;
    assert!(page.body.contains("id=\"needs\""), "a submitted assessment lists its needs");
    let json = get_with(&app, &format!("{path}/needs.json"), &[("cookie", &staff)]).await;
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert!(value["priority_needs"].as_array().is_some_and(|a| !a.is_empty()));
    assert_eq!(
        get_with(&app, &format!("{path}/needs.json"), &[("cookie", &other)]).await.status,
        StatusCode::FORBIDDEN
    );
});

on_both_backends!(results_show_the_headline_and_protect_small_numbers, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = baseline(db).await;
    let public = get(&app, &format!("/assess/rounds/{round}/results")).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains("id=\"headline\"") && public.body.contains("Cities that lack programmes"));
    assert!(public.body.contains("17 of 17 municipalities"), "response rate");
    assert!(public.body.contains("<svg class=\"bars\""), "charts");
    assert!(public.body.contains("rect class=\"dk\""), "don't know drawn apart");
    assert!(public.body.contains("—"), "small country cells are suppressed for the public");
    // The headline is computed from the answers.
    let rows: Vec<(i64, String, String)> = assess::store::submitted_answers(db, round).await.unwrap();
    let mut by_place: std::collections::BTreeMap<i64, std::collections::BTreeMap<String, String>> = Default::default();
    for (p, q, v) in rows {
        by_place.entry(p).or_default().insert(q, v);
    }
    let lacking = by_place.values().filter(|a| assess::lacks(a)).count();
    let share = (lacking * 100 + by_place.len() / 2) / by_place.len();
    assert!(
        public.body.contains(&format!("<strong>{share}%</strong> ({lacking})")),
        "headline {share}% of {}",
        by_place.len()
    );
    let staff = session_cookie(db, account_with_role(db, "s@hub.example", "hub_staff", Some("WB")).await).await;
    let full = get_with(&app, &format!("/assess/rounds/{round}/results"), &[("cookie", &staff)]).await;
    assert!(!full.body.contains("To protect small numbers"), "the hub sees every figure");
    let header = &full.body[full.body.find("<thead>").unwrap()..];
    let bosnia = header.find("Bosnia and Herzegovina").unwrap();
    let federation = header.find("Federacija Bosne i Hercegovine").expect("an entity column");
    assert!(federation > bosnia, "entities follow their country");
    assert!(header.contains("Kosovo*"), "Kosovo's column carries the footnote mark, as elsewhere on the site");
});

on_both_backends!(hub_staff_open_a_round_and_reminders_go_out, |db| {
    load_demo(db).await;
    let app = router(db);
    let staff = session_cookie(db, account_with_role(db, "s2@hub.example", "hub_staff", Some("WB")).await).await;
    let bad = post_form(&app, "/assess/rounds", &staff, &[("name", ""), ("deadline", "2020-01-01")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("aria-describedby=\"name-error\"")
            && bad.body.contains("aria-describedby=\"deadline-error\"")
    );
    let deadline = (Utc::now() + Duration::days(2)).format("%Y-%m-%d").to_string();
    let opened = post_form(
        &app,
        "/assess/rounds",
        &staff,
        &[("name", "Spot check"), ("deadline", &deadline), ("countries", "MK")],
    )
    .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    let places: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM round_places rp JOIN rounds r ON r.id = rp.round_id WHERE r.name = 'Spot check'"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(places, 3, "the MK member cities: Kumanovo, Tetovo, Bitola");
    let member = post_form(
        &app,
        "/assess/rounds",
        &session_cookie(db, account_with_role(db, "m@x.example", "municipal_staff", Some("MK-703")).await).await,
        &[("name", "x"), ("deadline", &deadline)],
    )
    .await;
    assert_eq!(member.status, StatusCode::FORBIDDEN);
    // Reminders reach the focal points of cities that have not submitted, once.
    account_with_role(db, "fp@tetovo.example", "focal_point", Some("MK-609")).await;
    let (one, other) = tokio::join!(
        assess::reminders::send_due(db, Utc::now(), "http://x"),
        assess::reminders::send_due(db, Utc::now(), "http://x")
    );
    let (one, other) = (one.unwrap(), other.unwrap());
    assert!(one + other >= 1);
    let tetovo_mails: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'fp@tetovo.example'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert_eq!(tetovo_mails, 1, "two runs at once remind once");
    assert_eq!(assess::reminders::send_due(db, Utc::now(), "http://x").await.unwrap(), 0);
    let mail: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT body FROM outbox WHERE to_address = 'fp@tetovo.example'")
            .fetch_one(pool)
            .await)
        .unwrap();
    assert!(mail.contains("Spot check") && mail.contains("/places/MK-609"));
});

on_both_backends!(results_export_as_csv_and_compare_rounds, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = baseline(db).await;
    let csv = get(&app, &format!("/assess/rounds/{round}/results.csv?headers=codes")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("question,answer,area,count,share\n"));
    assert!(csv.body.contains("programmes,dont_know,Western Balkans,"), "don't know is a row of its own");
    assert!(
        csv.body.lines().any(|l| l.starts_with("programmes,yes,") && l.ends_with(",,")),
        "suppressed cells are empty"
    );
    let labelled = get_with(&app, &format!("/assess/rounds/{round}/results.csv"), &[("accept-language", "mk")]).await;
    assert!(labelled.body.lines().next().unwrap().contains("Прашање"), "headers in the reader's language");
    // The follow-up round shows the baseline beside its figures.
    let current = current_round(db).await;
    let focal =
        session_cookie(db, account_with_role(db, "fp2@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let mut fields = complete_answers();
    fields.push(("action", "submit"));
    post_form(&app, &format!("/assess/rounds/{current}/places/MK-703"), &focal, &fields).await;
    let staff = session_cookie(db, account_with_role(db, "s3@hub.example", "hub_staff", Some("WB")).await).await;
    let compared = get_with(&app, &format!("/assess/rounds/{current}/results"), &[("cookie", &staff)]).await;
    assert!(compared.body.contains("previous round:"), "round-over-round comparison");
    assert!(compared.body.contains("<line class=\"previous\""), "the chart marks the previous round");
    let xlsx = get(&app, &format!("/assess/rounds/{round}/results.csv?format=xlsx")).await;
    assert!(xlsx.headers["content-type"].to_str().unwrap().contains("spreadsheetml"), "aggregates as XLSX too");
});

on_both_backends!(answers_export_for_the_hub_and_results_as_json, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = baseline(db).await;
    assert_eq!(
        get(&app, &format!("/assess/rounds/{round}/answers")).await.status,
        StatusCode::SEE_OTHER,
        "not for the public"
    );
    let staff = session_cookie(db, account_with_role(db, "e@hub.example", "hub_staff", Some("WB")).await).await;
    let csv =
        get_with(&app, &format!("/assess/rounds/{round}/answers?headers=codes&multiple=split"), &[("cookie", &staff)])
            .await;
    assert_eq!(csv.status, StatusCode::OK);
    let header = csv.body.lines().next().unwrap().to_string();
    assert!(header.starts_with("place_code,place,mandate,") && header.contains("support_wanted: fund"), "{header}");
    assert_eq!(csv.body.lines().count(), 18, "a header and 17 municipalities");
    // Browsers ask for gzip: the stream must come out whole through the compression layer.
    let gzipped = {
        use tower::ServiceExt;
        let request = axum::http::Request::builder()
            .uri(format!("/assess/rounds/{round}/answers?headers=codes&multiple=split"))
            .header("cookie", &staff)
            .header("accept-encoding", "gzip")
            .body(axum::body::Body::empty())
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip");
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 24).await.expect("the whole body");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text).expect("valid gzip");
        text
    };
    assert_eq!(gzipped, csv.body, "the compressed export is the same file, not cut off");
    let labelled = get_with(&app, &format!("/assess/rounds/{round}/answers?headers=fr"), &[("cookie", &staff)]).await;
    assert!(labelled.body.contains("Je ne sais pas"), "answers as labels in the chosen language");
    let xlsx = get_with(&app, &format!("/assess/rounds/{round}/answers?format=xlsx"), &[("cookie", &staff)]).await;
    assert!(xlsx.headers["content-type"].to_str().unwrap().contains("spreadsheetml"));
    let json = get(&app, &format!("/assess/rounds/{round}/results.json")).await;
    let value: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(value["submitted"], 17);
    assert_eq!(value["suppressed_below"], 5);
    assert!(value["questions"].as_array().unwrap().iter().any(|q| q["name"] == "programmes"));
});

on_both_backends!(boundaries_match_places_and_map_the_headline, |db| {
    load_demo(db).await;
    let app = router(db);
    let audit = crate::support::audit();
    let (_, me) = directory::shapes::REFERENCE.iter().find(|(s, _)| s.starts_with("ME")).unwrap();
    let report = directory::shapes::import(db, me, "ME", &audit).await.unwrap();
    assert_eq!((report.matched, report.unmatched.len()), (21, 0), "{:?}", report.unmatched);
    let (_, ba) = directory::shapes::REFERENCE.iter().find(|(s, _)| s.starts_with("BA")).unwrap();
    let report = directory::shapes::import(db, ba, "BA", &audit).await.unwrap();
    assert!(report.matched > 100, "most of Bosnia and Herzegovina matches by name: {}", report.matched);
    assert!(!report.unmatched.is_empty(), "old or double names are reported, not guessed");
    assert!(directory::shapes::import(db, b"{\"type\":\"Feature\"}", "x", &audit).await.is_err());
    let round = baseline(db).await;
    let staff = session_cookie(db, account_with_role(db, "m@hub.example", "hub_staff", Some("WB")).await).await;
    let page = get_with(&app, &format!("/assess/rounds/{round}/results?map=Montenegro"), &[("cookie", &staff)]).await;
    assert!(
        page.body.contains("<svg class=\"map\"") && page.body.contains("<title>Danilovgrad:"),
        "a choropleth with titled shapes"
    );
    assert!(page.body.contains("results?map=Bosnia%20and%20Herzegovina"), "the other maps are a link away");
    let tiles =
        get_with(&app, &format!("/assess/rounds/{round}/results?map=North%20Macedonia"), &[("cookie", &staff)]).await;
    assert!(tiles.body.contains("map tiles"), "countries without boundaries get a tile grid");
    let public = get(&app, &format!("/assess/rounds/{round}/results")).await;
    assert!(!public.body.contains("map tiles"), "single municipalities are not shown to the public");
    assert!(public.body.contains("class=\"none\""), "small areas are greyed out for the public");
});

on_both_backends!(results_name_places_as_the_directory_names_them_now, |db| {
    load_demo(db).await;
    let app = router(db);
    let round = baseline(db).await;
    let path = format!("/assess/rounds/{round}/results");
    let before = get(&app, &path).await.body;
    assert!(before.contains("<th scope=\"col\">Montenegro</th>"), "a country's column");
    // The directory as results read it is kept between requests; a change
    // to the directory must show on the next one.
    let mut tx = db.begin().await.unwrap();
    on_tx!(&mut tx, |c| sqlx::query(
        "UPDATE places SET name = 'Crna Gora' WHERE name = 'Montenegro' AND level = 'country'"
    )
    .execute(&mut *c)
    .await
    .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let after = get(&app, &path).await.body;
    assert!(after.contains("<th scope=\"col\">Crna Gora</th>"), "the new name is shown at once");
});

/// The names and values of an entry for `instrument` as a survey tool would
/// export it: every required question that applies, answered with its first
/// choice (or a plain value), and the `given` answers in place of those.
fn entry_answers(instrument: &assess::instrument::Instrument, given: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut answers = std::collections::BTreeMap::new();
    let mut out = Vec::new();
    for q in &instrument.questions {
        let value = match given.iter().find(|(name, _)| *name == q.name) {
            Some((_, value)) => value.to_string(),
            None if !q.required || !assess::instrument::is_relevant(&q.relevant, &answers) => continue,
            None => match q.qtype.as_str() {
                "integer" | "decimal" => "1".to_string(),
                "text" => "-".to_string(),
                "date" => "2026-11-02".to_string(),
                _ => instrument.choices(&q.list_name)[0].name.clone(),
            },
        };
        answers.insert(q.name.clone(), value.split(' ').collect::<Vec<_>>().join(","));
        out.push((q.name.clone(), value));
    }
    out
}

/// A CSV file of one entry's answers in Mozaik's layout.
fn answers_csv(code: &str, answers: &[(String, String)]) -> String {
    let names: Vec<&str> = answers.iter().map(|(n, _)| n.as_str()).collect();
    let values: Vec<&str> = answers.iter().map(|(_, v)| v.as_str()).collect();
    format!("place_code,{}\n{code},{}\n", names.join(","), values.join(","))
}

on_both_backends!(kobo_and_odk_exports_come_in_as_the_tools_write_them, |db| {
    load_demo(db).await;
    let current = current_round(db).await;
    let codes: Vec<String> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.code FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 ORDER BY p.code LIMIT 2"
    )
    .bind(current)
    .fetch_all(pool)
    .await)
    .unwrap();
    let (code, other) = (&codes[0], &codes[1]);
    let audit = crate::support::audit();
    // KoboToolbox: `;` between fields, CRLF line ends, questions under their
    // group's path, several choices separated by spaces, its own columns.
    let round = assess::store::round(db, current).await.unwrap().unwrap();
    let instrument = assess::instrument::load(db, round.instrument_id).await.unwrap().unwrap();
    let answers = entry_answers(&instrument, &[("budget", "no"), ("support_wanted", "helpdesk fund")]);
    let group_of = |name: &str| instrument.question(name).map(|q| q.group_key.clone()).unwrap_or_default();
    let header: Vec<String> = answers.iter().map(|(name, _)| format!("{}/{name}", group_of(name))).collect();
    let values: Vec<&str> = answers.iter().map(|(_, value)| value.as_str()).collect();
    let kobo = format!(
        "start;end;{};place_code;_id;_uuid;_submission_time;__version__\r\n\
         2026-11-02T09:00:00;2026-11-02T09:20:00;{};{code};17;4f1c;2026-11-02T09:21:00;vQ3\r\n",
        header.join(";"),
        values.join(";")
    );
    let imported = assess::answers_import::import(db, current, kobo.as_bytes(), &audit).await.unwrap();
    assert_eq!((imported.places, imported.answers), (1, answers.len()));
    assert_eq!(imported.ignored, ["start", "end", "_id", "_uuid", "_submission_time", "__version__"]);
    let wanted: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT a.value FROM answers a JOIN round_places rp ON rp.id = a.round_place_id JOIN places p ON p.id = rp.place_id \
         JOIN questions q ON q.id = a.question_id WHERE rp.round_id = $1 AND p.code = $2 AND q.name = 'support_wanted'"
    )
    .bind(current)
    .bind(code)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(wanted, "helpdesk,fund", "choices separated by spaces are kept apart");
    // ODK Central: groups joined with '-', its metadata under meta-; a bad
    // answer on the third line of a CRLF file is reported on line 3.
    let odk = format!(
        "SubmissionDate,means-programmes,means-budget,place_code,meta-instanceID,KEY,ReviewState\r\n\
         2026-11-02,yes,yes,{code},uuid:1,uuid:1,approved\r\n\
         2026-11-03,maybe,yes,{other},uuid:2,uuid:2,\r\n"
    );
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, current, odk.as_bytes(), &audit).await
    else {
        panic!("a bad answer must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|t| t.starts_with("line 3, column programmes: 'maybe' is not one of")), "{text:#?}");
    assert!(!text.iter().any(|t| t.contains("SubmissionDate") || t.contains("meta-instanceID")), "{text:#?}");
    // A question under another group's path is not taken for it, and two
    // columns answering one question are both named.
    let budget_path = format!("{}/budget", group_of("budget"));
    let misplaced = format!("place_code;elsewhere/budget;{budget_path};budget\r\n{code};yes;yes;yes\r\n");
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, current, misplaced.as_bytes(), &audit).await
    else {
        panic!("a misplaced or doubled column must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|t| t.starts_with("line 1, column elsewhere/budget: no question")), "{text:#?}");
    let doubled = format!("line 1, column budget: this column and column {budget_path} both answer 'budget'");
    assert!(text.iter().any(|t| t.starts_with(&doubled)), "{text:#?}");
    // Skip logic holds: an amount when the municipality has no budget.
    let mut skipped = entry_answers(&instrument, &[("budget", "no"), ("budget_amount", "5000")]);
    skipped.retain(|(name, _)| name != "programmes");
    let skipped = answers_csv(code, &skipped);
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, current, skipped.as_bytes(), &audit).await
    else {
        panic!("an answer to a question that does not apply must be refused");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().starts_with("line 2, column budget_amount: this question does not apply")),
        "{problems:?}"
    );
    // A required answer left out is named.
    assert!(
        problems.iter().any(|p| p.to_string().starts_with("line 2, column programmes: this question must be answered")),
        "{problems:?}"
    );
    // KoboToolbox's XLSX export: the same columns in a workbook, the
    // submission time a real date cell; a bad answer is named by its row.
    let mut rows: Vec<Vec<String>> = vec![
        [vec!["_submission_time".to_string(), "place_code".into()], header.clone()].concat(),
        [vec![String::new(), other.to_string()], values.iter().map(|v| v.to_string()).collect()].concat(),
        [vec![String::new(), code.to_string()], values.iter().map(|v| v.to_string()).collect()].concat(),
    ];
    let programmes = rows[0].iter().position(|h| h.ends_with("/programmes")).unwrap();
    rows[2][programmes] = "maybe".into();
    let xlsx = workbook_with_date_column(&rows);
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, current, &xlsx, &audit).await
    else {
        panic!("a bad answer in a workbook must be refused");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].to_string().starts_with("line 3, column programmes: 'maybe' is not one of"), "{problems:?}");
    rows[2][programmes] = "yes".into();
    let imported =
        assess::answers_import::import(db, current, &workbook_with_date_column(&rows), &audit).await.unwrap();
    assert_eq!((imported.places, imported.answers), (2, 2 * answers.len()));
    assert_eq!(imported.ignored, ["_submission_time"]);
});

/// A workbook of text cells, with a date in the first column of each row
/// after the header, as spreadsheets keep dates: a number formatted as a date.
fn workbook_with_date_column(rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if r > 0 && c == 0 {
                sheet.write_number_with_format(r as u32, 0, 46_328.375, &date).unwrap();
            } else if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

on_both_backends!(answers_come_back_in_from_their_export, |db| {
    load_demo(db).await;
    let app = router(db);
    let staff = session_cookie(db, account_with_role(db, "i@hub.example", "hub_staff", Some("WB")).await).await;
    let exported =
        get_with(&app, &format!("/assess/rounds/{}/answers?headers=codes", baseline(db).await), &[("cookie", &staff)])
            .await;
    let current = current_round(db).await;
    let before: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM answers").fetch_one(pool).await).unwrap();
    let bad = "place_code,mandate,nonsense\nMK-703,perhaps,x\nNOWHERE,yes,\n";
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, current, bad.as_bytes(), &crate::support::audit()).await
    else {
        panic!("a bad file must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for wanted in [
        "line 1, column nonsense:",
        "line 2, column mandate: 'perhaps' is not one of",
        "line 3, column place_code: 'NOWHERE'",
    ] {
        assert!(text.iter().any(|t| t.starts_with(wanted)), "missing «{wanted}» in {text:#?}");
    }
    let after: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM answers").fetch_one(pool).await).unwrap();
    assert_eq!(before, after, "a refused file writes nothing");
    let imported =
        assess::answers_import::import(db, current, exported.body.as_bytes(), &crate::support::audit()).await.unwrap();
    assert_eq!(imported.places, 17);
    assert!(imported.answers > 17 * 10, "{}", imported.answers);
    let (_, submitted) = assess::store::response_rate(db, current).await.unwrap();
    assert_eq!(submitted, 17);
});

/// The kept roll-up against a recomputation from the answers: every entry
/// with a summary agrees, and every entry with answers has one.
async fn assert_rollup_current(db: &Db, step: &str) {
    let kept = assess::rollup::kept(db).await.unwrap();
    let fresh = assess::rollup::recompute(db).await.unwrap();
    for summary in &kept {
        let recomputed = fresh.iter().find(|f| f.round_place_id == summary.round_place_id).unwrap();
        assert_eq!(summary, recomputed, "after {step}");
    }
    let answered: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT DISTINCT round_place_id FROM answers").fetch_all(pool).await)
            .unwrap();
    for entry in answered {
        assert!(
            kept.iter().any(|k| k.round_place_id == entry),
            "entry {entry} has answers but no summary after {step}"
        );
    }
    // The counts by question, value and parent that results read.
    let rounds: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds ORDER BY id").fetch_all(pool).await).unwrap();
    for round in rounds {
        let kept = assess::rollup::kept_counts(db, round).await.unwrap();
        let counted = assess::rollup::counts_from_answers(db, round).await.unwrap();
        assert_eq!(kept, counted, "answer counts of round {round} after {step}");
    }
}

on_both_backends!(the_kept_rollup_equals_a_recomputation_after_any_sequence_of_changes, |db| {
    load_demo(db).await;
    assert_rollup_current(db, "the demo").await;
    let round: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT MAX(id) FROM rounds").fetch_one(pool).await).unwrap();
    let round_row = assess::store::round(db, round).await.unwrap().unwrap();
    let instrument = assess::instrument::load(db, round_row.instrument_id).await.unwrap().unwrap();
    let entries: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT rp.id, p.code FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 ORDER BY rp.id"
    )
    .bind(round)
    .fetch_all(pool)
    .await)
    .unwrap();
    let mut rng = fastrand::Rng::with_seed(20261202);
    let choices = |q: &assess::instrument::Question| -> Vec<String> {
        instrument.choices(&q.list_name).iter().map(|c| c.name.clone()).collect()
    };
    for step in 0..40 {
        let (entry, code) = &entries[rng.usize(..entries.len())];
        match rng.u8(..3) {
            // A save or a submission with random answers to the questions that matter.
            0 => {
                let mut answers = Vec::new();
                for q in instrument
                    .questions
                    .iter()
                    .filter(|q| assess::HEADLINE.contains(&q.name.as_str()) || q.name == "priority_needs")
                {
                    let options = choices(q);
                    if options.is_empty() || rng.bool() && step % 3 == 0 {
                        continue;
                    }
                    let value = if q.qtype == "rank" {
                        let mut ranked = options.clone();
                        rng.shuffle(&mut ranked);
                        ranked.truncate(3);
                        ranked.join(",")
                    } else {
                        options[rng.usize(..options.len())].clone()
                    };
                    answers.push((q.id, value));
                }
                let status =
                    if rng.bool() { assess::store::EntryStatus::Submitted } else { assess::store::EntryStatus::Draft };
                let mut tx = db.begin().await.unwrap();
                assess::store::save_entry(&mut tx, *entry, &answers, status, false, chrono::Utc::now()).await.unwrap();
                tx.commit().await.unwrap();
            }
            1 => {
                let mut tx = db.begin().await.unwrap();
                assess::store::reopen(&mut tx, *entry).await.unwrap();
                tx.commit().await.unwrap();
            }
            _ => {
                let value = ["yes", "no", "dont_know"][rng.usize(..3)];
                let csv = answers_csv(
                    code,
                    &entry_answers(&instrument, &[("programmes", value), ("staff_expertise", value)]),
                );
                assess::answers_import::import(db, round, csv.as_bytes(), &crate::support::audit()).await.unwrap();
            }
        }
        assert_rollup_current(db, &format!("step {step}")).await;
    }
});

async fn staff_of_elsewhere(db: &platform::Db) -> String {
    session_cookie(db, account_with_role(db, "x@elsewhere.example", "municipal_staff", Some("ME-07")).await).await
}
