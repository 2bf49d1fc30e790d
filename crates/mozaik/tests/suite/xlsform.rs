//! XLSForm: round trip of the default questionnaire, clear refusal of what
//! is outside the supported subset, and upload in the browser.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use platform::{on_db, Db};
use rust_xlsxwriter::Workbook;
use tower::ServiceExt;

use crate::support::{account_with_role, get_with, on_both_backends, router, session_cookie, CSRF};

/// A workbook with a survey and a choices sheet, as a form builder writes one.
pub(crate) fn workbook(survey: &[&[&str]], choices: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in [("survey", survey), ("choices", choices)] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *value).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

async fn instruments(db: &Db) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM instruments").fetch_one(pool).await).unwrap()
}

on_both_backends!(the_default_questionnaire_round_trips_through_xlsform, |db| {
    let id = assess::default_instrument::install(db).await.unwrap();
    let original = assess::instrument::load(db, id).await.unwrap().unwrap();
    let bytes = assess::xlsform::export(&original, "local-capacity", 1).unwrap();
    // The exported form names version 1, which exists: the import must ask for a higher one.
    let err = assess::xlsform::import(db, bytes.clone(), "x", &crate::support::audit())
        .await
        .expect_err("same version refused");
    assert!(err.to_string().contains("version 1 of 'local-capacity' already exists"), "{err}");
    let bumped = assess::xlsform::export(&original, "local-capacity-copy", 1).unwrap();
    let (copy, warnings) = assess::xlsform::import(db, bumped, "x", &crate::support::audit()).await.unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let copy = assess::instrument::load(db, copy).await.unwrap().unwrap();
    assert_same_questionnaire(&original, &copy);
});

/// The same questionnaire: title and labels in every language, types,
/// lists, expressions and everything kept beside them.
pub(crate) fn assert_same_questionnaire(a: &assess::instrument::Instrument, b: &assess::instrument::Instrument) {
    assert_eq!(a.title, b.title, "the title in every language");
    assert_eq!(a.questions.len(), b.questions.len());
    for (a, b) in a.questions.iter().zip(&b.questions) {
        assert_eq!(
            (&a.name, &a.group_key, &a.qtype, &a.list_name, a.required, &a.relevant, &a.constraint),
            (&b.name, &b.group_key, &b.qtype, &b.list_name, b.required, &b.relevant, &b.constraint)
        );
        assert_eq!(a.labels, b.labels, "labels of {} in every language", a.name);
        assert_eq!(a.details, b.details, "what {} says beyond its label", a.name);
    }
    type Choice = (String, String, assess::instrument::Labels);
    let choices = |i: &assess::instrument::Instrument| -> Vec<Choice> {
        i.lists
            .iter()
            .flat_map(|(list, items)| items.iter().map(move |c| (list.clone(), c.name.clone(), c.labels.clone())))
            .collect()
    };
    assert_eq!(choices(a), choices(b), "the same choices, none added");
    let groups = |i: &assess::instrument::Instrument| {
        i.groups.iter().filter(|(k, _)| !k.is_empty()).cloned().collect::<Vec<_>>()
    };
    assert_eq!(groups(a), groups(b));
    assert_eq!(a.group_details, b.group_details);
}

on_both_backends!(a_form_outside_the_subset_is_refused_with_every_problem, |db| {
    let before = instruments(db).await;
    let bytes = workbook(
        &[
            &["type", "name", "label::English (en)", "relevant", "constraint", "calculation"],
            &["select_one yes_no", "ok", "Fine question", "", "", ""],
            &["geopoint", "where", "Location", "", "", ""],
            &["select_one colours", "colour", "Colour", "", "", ""],
            &["integer", "ok", "Duplicate", "${ok} > 3", ". >= 0", ""],
            &["integer", "count", "How many", "${nowhere} = 1", "regex(., '[0-9]'", ""],
            &["calculate", "total", "", "", "", ""],
            &["select one", "vague", "Which?", "", "", ""],
            &["selectone yes_no", "typo", "Typo", "", "", ""],
        ],
        &[&["list_name", "name", "label::English (en)"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]],
    );
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::xlsform::import(db, bytes, "bad", &crate::support::audit()).await
    else {
        panic!("a bad form must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for wanted in [
        "sheet survey, row 4, column type: List name not in choices sheet: colours",
        "sheet survey, row 5, column name: The name 'ok' is invalid. Questions, groups, and repeats must be unique",
        "sheet survey, row 6, column relevant: There has been a problem trying to replace ${nowhere}",
        "sheet survey, row 6, column constraint: 'regex(., '[0-9]'': the arguments of regex() are not closed",
        "sheet survey, row 7, column calculation: Missing calculation.",
        "sheet survey, row 8, column type: Unknown question type 'select one'.",
        "sheet survey, row 9, column type: Unknown question type 'selectone yes_no'.",
    ] {
        assert!(text.iter().any(|t| t.starts_with(wanted)), "missing «{wanted}» in {text:#?}");
    }
    assert_eq!(text.len(), 7, "the geopoint and the rest are accepted: {text:#?}");
    assert_eq!(instruments(db).await, before, "a refused form writes nothing");
    let not_xlsx = assess::xlsform::import(db, b"not a workbook".to_vec(), "x", &crate::support::audit()).await;
    assert!(not_xlsx.err().unwrap().to_string().contains("neither an XLSX nor an XLS workbook"));
});

fn multipart(bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "mozaikboundary7202302";
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pilot.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// `multipart` with a country chosen before the file, as the boundaries form sends it.
fn multipart_for_country(country: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let (content_type, file) = multipart(bytes);
    let boundary = content_type.rsplit('=').next().unwrap_or_default().to_string();
    let mut body =
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\n{country}\r\n").into_bytes();
    body.extend_from_slice(&file);
    (content_type, body)
}

on_both_backends!(hub_staff_upload_an_xlsform_in_the_browser, |db| {
    crate::support::load_directory_demo(db).await;
    let app = router(db);
    let staff = account_with_role(db, "s@hub.example", "hub_staff", Some("WB")).await;
    let cookie = session_cookie(db, staff).await;
    let good = workbook(
        &[
            &["type", "name", "label::English (en)", "label::Macedonian (mk)", "hint", "guidance_hint"],
            &["select_one yes_no", "pilot", "Pilot?", "Пилот?", "A hint", "For the interviewer"],
        ],
        &[&["list_name", "name", "label::English (en)"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]],
    );
    let send = |bytes: Vec<u8>, csrf: &str| {
        let (content_type, body) = multipart(&bytes);
        Request::builder()
            .method("POST")
            .uri(format!("/assess/instruments?csrf={csrf}"))
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("cookie", cookie.clone())
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap()
    };
    let forged = app.clone().oneshot(send(good.clone(), "wrong")).await.unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN, "an upload without the token is refused");
    let ok = app.clone().oneshot(send(good, CSRF)).await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    let body = String::from_utf8(axum::body::to_bytes(ok.into_body(), 1 << 20).await.unwrap().to_vec()).unwrap();
    assert!(
        body.contains("pilot.xlsx")
            && body.contains("column guidance_hint: this column is kept with the form but not used by Mozaik"),
        "imported, with the ignored column named"
    );
    let bad = workbook(&[&["type", "name"], &["note", "n"]], &[&["list_name", "name"]]);
    let refused = app.clone().oneshot(send(bad, CSRF)).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let download = crate::support::get(&app, "/assess/instruments").await;
    assert!(download.body.contains("/xlsform"));
    // Boundaries go up the same way, and the page says what matched.
    let (_, me) = directory::shapes::REFERENCE.iter().find(|(s, _)| s.starts_with("ME")).unwrap();
    let upload = |(content_type, body): (String, Vec<u8>)| {
        let request = Request::builder()
            .method("POST")
            .uri(format!("/assess/boundaries?csrf={CSRF}"))
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("cookie", cookie.clone())
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap();
        let app = app.clone();
        async move {
            let reply = app.oneshot(request).await.unwrap();
            String::from_utf8(axum::body::to_bytes(reply.into_body(), 1 << 20).await.unwrap().to_vec()).unwrap()
        }
    };
    let text = upload(multipart(me)).await;
    assert!(
        text.contains("21 features were matched to places."),
        "{}",
        &text[text.find("<main").unwrap_or(0)..][..600.min(text.len())]
    );
    // A file as published names no country in its features: the form asks for it.
    let mut published: serde_json::Value = serde_json::from_slice(me).unwrap();
    for feature in published["features"].as_array_mut().unwrap() {
        feature["properties"].as_object_mut().unwrap().remove("country");
    }
    let text = upload(multipart_for_country("ME", &serde_json::to_vec(&published).unwrap())).await;
    assert!(text.contains("21 features were matched to places."), "the country given on the form is used");
    assert!(text.contains("name=\"country\""), "the form offers the country");
});

// A round on an imported questionnaire honours what the form says: notes
// with answers put in, a cascading choice filtered by an earlier answer, a
// group that applies only when its condition holds, a constraint with the
// form's own message in the reader's language, a required condition, and a
// calculation worked out on the server.
on_both_backends!(a_round_on_an_imported_form_honours_its_logic, |db| {
    crate::support::load_demo(db).await;
    let app = router(db);
    let bytes = workbook(
        &[
            &[
                "type",
                "name",
                "label::English (en)",
                "label::Français (fr)",
                "relevant",
                "constraint",
                "constraint_message::English (en)",
                "constraint_message::Français (fr)",
                "calculation",
                "choice_filter",
                "required",
                "default",
                "read_only",
            ],
            &["select_one region", "region", "Region", "Région", "", "", "", "", "", "", "yes", "", ""],
            &["select_one town", "town", "Town", "Ville", "", "", "", "", "", "region = ${region}", "", "", ""],
            &[
                "integer",
                "staff",
                "Staff",
                "Personnel",
                "",
                ". <= 50",
                "At most 50",
                "Au plus 50",
                "",
                "",
                "yes",
                "",
                "",
            ],
            &["integer", "volunteers", "Volunteers", "Bénévoles", "", "", "", "", "", "", "${staff} > 10", "", ""],
            &["calculate", "people", "", "", "", "", "", "", "${staff} + coalesce(${volunteers}, 0)", "", "", "", ""],
            &["note", "summary", "${people} people in all", "${people} personnes", "", "", "", "", "", "", "", "", ""],
            &["begin group", "youth", "Youth", "Jeunesse", "${staff} >= 5", "", "", "", "", "", "", "", ""],
            &["text", "youth_plan", "Youth plan", "Plan jeunesse", "", "", "", "", "", "", "", "", ""],
            &["end group", "", "", "", "", "", "", "", "", "", "", "", ""],
            &["text", "country_name", "Country", "Pays", "", "", "", "", "", "", "", "North Macedonia", "yes"],
            &["text", "big_team", "Big team?", "Grande équipe ?", "${people} > 2", "", "", "", "", "", "", "", ""],
        ],
        &[
            &["list_name", "name", "label::English (en)", "label::Français (fr)", "region"],
            &["region", "north", "North", "Nord", ""],
            &["region", "south", "South", "Sud", ""],
            &["town", "kumanovo", "Kumanovo", "Kumanovo", "north"],
            &["town", "bitola", "Bitola", "Bitola", "south"],
        ],
    );
    let (instrument, warnings) = assess::xlsform::import(db, bytes, "logic", &crate::support::audit()).await.unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    // Hub staff open a round on it.
    let round = open_round_on(db, &app, instrument, "Logic round").await;
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let save = |fields: Vec<(&'static str, &'static str)>| {
        let (app, path, focal) = (app.clone(), path.clone(), focal.clone());
        async move { crate::support::post_form(&app, &path, &focal, &fields).await }
    };
    // A group whose condition reads a question not answered yet is not
    // greyed out before it is answered.
    let fresh = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(fresh.body.contains("<fieldset class=\"question\" id=\"q-youth_plan\""), "pending, not greyed");
    // The form's message for its constraint, in the reader's language.
    let over = save(vec![("q:region", "north"), ("q:staff", "60"), ("action", "save")]).await;
    assert_eq!(over.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(over.body.contains("At most 50"), "the form's own message");
    // Volunteers become required with more than ten staff.
    let missing =
        save(vec![("q:region", "north"), ("q:town", "kumanovo"), ("q:staff", "12"), ("action", "submit")]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.body.contains("id=\"q-volunteers\" aria-invalid=\"true\""), "required when staff > 10");
    // A town of the other region is not offered; the group's answer is
    // dropped when the group stops applying; the calculation is stored.
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(page.body.contains("value=\"kumanovo\"") && !page.body.contains("value=\"bitola\""), "filtered by region");
    let done = save(vec![
        ("q:region", "north"),
        ("q:town", "kumanovo"),
        ("q:staff", "3"),
        ("q:youth_plan", "a plan"),
        ("q:country_name", "changed"),
        ("q:big_team", "yes"),
        ("action", "submit"),
    ])
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored.get("people").map(String::as_str), Some("3"), "worked out on the server: {stored:?}");
    assert_eq!(stored.get("big_team").map(String::as_str), Some("yes"), "a condition on a calculation: {stored:?}");
    assert!(!stored.contains_key("youth_plan"), "the youth group does not apply with 3 staff: {stored:?}");
    assert_eq!(
        stored.get("country_name").map(String::as_str),
        Some("North Macedonia"),
        "a read-only question keeps its default whatever is sent"
    );
    // The submission reads as text, the note with the answer put in.
    let shown = get_with(&app, &path, &[("cookie", &focal), ("accept-language", "fr")]).await;
    assert!(shown.body.contains("<dd>Nord</dd>"), "choice labels in the reader's language");
});

// A photo question is answered with a file uploaded beside the form: the
// content decides (a text named .png is refused), the answer keeps the
// file's name, a draft saved afterwards keeps it, and whoever may see the
// answers downloads it.
on_both_backends!(a_media_question_takes_a_file_beside_the_form, |db| {
    crate::support::load_demo(db).await;
    let app = router(db);
    let bytes = workbook(
        &[
            &["type", "name", "label::English (en)", "required"],
            &["image", "venue", "A photo of the meeting room", "yes"],
            &["text", "notes", "Notes", ""],
        ],
        &[&["list_name", "name", "label::English (en)"]],
    );
    let (instrument, warnings) = assess::xlsform::import(db, bytes, "photos", &crate::support::audit()).await.unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let staff = session_cookie(db, account_with_role(db, "hub@hub.example", "hub_staff", Some("WB")).await).await;
    let deadline = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let instrument = instrument.to_string();
    let fields = [
        ("name", "Photo round"),
        ("deadline", deadline.as_str()),
        ("countries", "MK"),
        ("instrument", instrument.as_str()),
    ];
    assert_eq!(crate::support::post_form(&app, "/assess/rounds", &staff, &fields).await.status, StatusCode::SEE_OTHER);
    let round: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds WHERE name = 'Photo round'").fetch_one(pool).await)
            .unwrap();
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let form = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(form.body.contains("form=\"upload-venue\"") && form.body.contains("id=\"upload-venue\""));
    let upload = |name: &'static str, content: Vec<u8>| {
        let boundary = "mozaikphoto";
        let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").into_bytes();
        body.extend_from_slice(&content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::builder()
            .method("POST")
            .uri(format!("{path}/files/venue?csrf={CSRF}"))
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("cookie", focal.clone())
            .header("content-type", format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        let app = app.clone();
        async move { app.oneshot(request).await.unwrap() }
    };
    let png: Vec<u8> = [b"\x89PNG\r\n\x1a\n".as_slice(), &[0u8; 64]].concat();
    let refused = upload("room.png", b"not a picture at all".to_vec()).await;
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(
        get_with(&app, &format!("{path}/files/venue"), &[("cookie", &focal)]).await.status == StatusCode::NOT_FOUND
    );
    let kept = upload("room photo.png", png.clone()).await;
    assert_eq!(kept.status(), StatusCode::SEE_OTHER);
    // A draft saved afterwards keeps the file; the required photo counts.
    let saved = crate::support::post_form(&app, &path, &focal, &[("q:notes", "big room"), ("action", "submit")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let request = Request::builder()
        .uri(format!("{path}/files/venue"))
        .header("host", "localhost")
        .header("cookie", focal.clone())
        .body(Body::empty())
        .unwrap();
    let file = app.clone().oneshot(request).await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()["content-type"], "image/png");
    let body = axum::body::to_bytes(file.into_body(), 1 << 20).await.unwrap();
    assert_eq!(body.as_ref(), png.as_slice(), "the file as uploaded");
    let other =
        session_cookie(db, account_with_role(db, "x@danilovgrad.example", "municipal_staff", Some("ME-07")).await)
            .await;
    let foreign = get_with(&app, &format!("{path}/files/venue"), &[("cookie", &other)]).await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN, "another municipality does not see it");
    let shown = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(shown.body.contains("roomphoto.png</a>"), "the submission links the file");
});

/// A team with a repeat of its members: a name required in each entry, an
/// age with a constraint, a question asked of members of working age, and
/// calculations over the entries.
fn team_form() -> Vec<u8> {
    workbook(
        &[
            &["type", "name", "label", "relevant", "constraint", "calculation", "required"],
            &["begin_repeat", "member", "Member of the team", "", "", "", ""],
            &["text", "member_name", "Name", "", "", "", "yes"],
            &["integer", "age", "Age of ${member_name}", "", ". < 120", "", ""],
            &["select_one yes_no", "works", "Works?", "${age} >= 15", "", "", ""],
            &["calculate", "adult", "", "", "", "if(${age} >= 18, 1, 0)", ""],
            &["end_repeat", "", "", "", "", "", ""],
            &["calculate", "members", "", "", "", "count(${member})", ""],
            &["calculate", "total_age", "", "", "", "sum(${age})", ""],
            &["calculate", "adults", "", "", "", "sum(${adult})", ""],
            &["note", "summary", "${members} members", "", "", "", ""],
        ],
        &[&["list_name", "name", "label"], &["yes_no", "yes", "Yes"], &["yes_no", "no", "No"]],
    )
}

/// The answers stored for Kumanovo in a round, by question name.
async fn stored_answers(db: &Db, round: i64) -> std::collections::BTreeMap<String, String> {
    let rows: Vec<(String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT q.name, a.value FROM answers a JOIN questions q ON q.id = a.question_id \
         JOIN round_places rp ON rp.id = a.round_place_id JOIN places p ON p.id = rp.place_id \
         WHERE rp.round_id = $1 AND p.code = 'MK-703' ORDER BY q.name"
    )
    .bind(round)
    .fetch_all(pool)
    .await)
    .unwrap();
    rows.into_iter().collect()
}

/// Opens a round for North Macedonia on an imported questionnaire; gives
/// its number.
async fn open_round_on(db: &Db, app: &axum::Router, instrument: i64, name: &str) -> i64 {
    let staff = session_cookie(db, account_with_role(db, "hub@repeat.example", "hub_staff", Some("WB")).await).await;
    let deadline = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let instrument = instrument.to_string();
    let fields =
        [("name", name), ("deadline", deadline.as_str()), ("countries", "MK"), ("instrument", instrument.as_str())];
    let opened = crate::support::post_form(app, "/assess/rounds", &staff, &fields).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM rounds WHERE name = $1").bind(name).fetch_one(pool).await)
        .unwrap()
}

// A repeat is answered once per entry: entries are added and removed with
// the form's buttons, each entry's logic reads its own answers (a condition
// on the age in the same entry, a constraint, a required name), the
// calculations outside the repeat count and sum over the entries, and the
// entries are stored as one list per question.
on_both_backends!(a_repeat_is_answered_once_per_entry, |db| {
    crate::support::load_demo(db).await;
    let app = router(db);
    let bytes = team_form();
    let (instrument, warnings) = assess::xlsform::import(db, bytes, "team", &crate::support::audit()).await.unwrap();
    assert!(warnings.is_empty(), "a repeat is honoured, not kept: {warnings:?}");
    let round = open_round_on(db, &app, instrument, "Team round").await;
    let focal = session_cookie(db, account_with_role(db, "fp@team.example", "focal_point", Some("MK-703")).await).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let post = |fields: Vec<(&'static str, &'static str)>| {
        let (app, path, focal) = (app.clone(), path.clone(), focal.clone());
        async move { crate::support::post_form(&app, &path, &focal, &fields).await }
    };
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(page.body.contains("name=\"q:member_name#1\""), "one entry to begin with");
    assert!(!page.body.contains("name=\"q:member_name#2\""));
    // Adding an entry keeps what was typed in the first.
    let added = post(vec![("q:member_name#1", "Ana"), ("q:age#1", "34"), ("add", "member")]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(added.location().ends_with("#repeat-member"), "{}", added.location());
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(page.body.contains("name=\"q:member_name#2\""), "a second entry");
    assert!(page.body.contains(">Ana</textarea>"), "the first entry kept");
    // Each entry is checked on its own: the age's constraint, the name required.
    let refused = post(vec![
        ("q:member_name#1", "Ana"),
        ("q:age#1", "34"),
        ("q:works#1", "yes"),
        ("q:age#2", "130"),
        ("action", "submit"),
    ])
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"q-age#2\" aria-invalid=\"true\""), "the second entry's age");
    assert!(!refused.body.contains("id=\"q-age#1\" aria-invalid=\"true\""), "not the first's");
    // A child's entry does not ask whether they work; the answer sent is dropped.
    let done = post(vec![
        ("q:member_name#1", "Ana"),
        ("q:age#1", "34"),
        ("q:works#1", "yes"),
        ("q:member_name#2", "Luka"),
        ("q:age#2", "9"),
        ("q:works#2", "no"),
        ("action", "save"),
    ])
    .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["member_name"], r#"["Ana","Luka"]"#, "{stored:?}");
    assert_eq!(stored["works"], r#"["yes",""]"#, "the child's answer dropped: {stored:?}");
    assert_eq!(stored["adult"], r#"["1","0"]"#, "a calculation in each entry: {stored:?}");
    assert_eq!(stored["members"], "2", "count() over the entries: {stored:?}");
    assert_eq!(stored["total_age"], "43", "sum() over the entries: {stored:?}");
    assert_eq!(stored["adults"], "1", "sum() of a calculation in the repeat: {stored:?}");
    // Enter in a field saves the draft (the form's first button), and a
    // label reads its own entry's answer.
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    let form = &page.body[page.body.find("class=\"assessment\"").unwrap_or(0)..];
    let first = form.find("<button type=\"submit\"").map(|i| &form[i..i + 60]).unwrap_or("");
    assert!(first.contains("value=\"save\""), "{first}");
    assert!(page.body.contains("Age of Luka") && page.body.contains("Age of Ana"), "each entry's own name");
    // An entry added while the save is refused is there when the form is
    // sent again.
    let refused_add = post(vec![
        ("q:member_name#1", "Ana"),
        ("q:age#1", "150"),
        ("q:member_name#2", "Luka"),
        ("q:age#2", "9"),
        ("add", "member"),
    ])
    .await;
    assert_eq!(refused_add.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused_add.body.contains("name=\"entries:member\" value=\"3\""), "three entries shown");
    let three_members = [
        ("q:member_name#1", "Ana"),
        ("q:age#1", "34"),
        ("q:member_name#2", "Luka"),
        ("q:age#2", "9"),
        ("q:member_name#3", "Mila"),
        ("q:age#3", "40"),
    ];
    let third = post([[("entries:member", "3"), ("action", "save")].as_slice(), &three_members].concat()).await;
    assert_eq!(third.status, StatusCode::SEE_OTHER, "{}", third.body);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["member_name"], r#"["Ana","Luka","Mila"]"#, "{stored:?}");
    // Removing the first entry moves the others up.
    let removed = post([[("remove", "member#1")].as_slice(), &three_members].concat()).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER, "{}", removed.body);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["member_name"], r#"["Luka","Mila"]"#, "{stored:?}");
    assert_eq!(stored["members"], "2", "{stored:?}");
    let submitted = post(vec![
        ("q:member_name#1", "Luka"),
        ("q:age#1", "9"),
        ("q:member_name#2", "Mila"),
        ("q:age#2", "40"),
        ("action", "submit"),
    ])
    .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER, "{}", submitted.body);
    let shown = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(shown.body.contains("<dd>Luka</dd>"), "the entry reads as text");
    assert!(shown.body.contains("Member of the team — entry 1"), "under its entry's heading");
});

// A repeat whose count comes from an answer has that many entries, and no
// buttons to add or remove them.
on_both_backends!(a_repeat_count_sets_the_number_of_entries, |db| {
    crate::support::load_demo(db).await;
    let app = router(db);
    let bytes = workbook(
        &[
            &["type", "name", "label", "repeat_count", "calculation", "default"],
            &["integer", "visits", "Visits", "", "", ""],
            &["begin_repeat", "visit", "Visit", "${visits}", "", ""],
            &["text", "visit_place", "Where", "", "", "Kumanovo"],
            &["calculate", "visit_number", "", "", "position(..)", ""],
            &["end_repeat", "", "", "", "", ""],
            &["calculate", "second_place", "", "", "indexed-repeat(${visit_place}, ${visit}, 2)", ""],
        ],
        &[&["list_name", "name", "label"]],
    );
    let (instrument, warnings) = assess::xlsform::import(db, bytes, "visits", &crate::support::audit()).await.unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let round = open_round_on(db, &app, instrument, "Visits round").await;
    let focal =
        session_cookie(db, account_with_role(db, "fp@visits.example", "focal_point", Some("MK-703")).await).await;
    let path = format!("/assess/rounds/{round}/places/MK-703");
    let saved = crate::support::post_form(
        &app,
        &path,
        &focal,
        &[("q:visits", "3"), ("q:visit_place#1", "Lipkovo"), ("q:visit_place#2", "Kratovo"), ("action", "save")],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = get_with(&app, &path, &[("cookie", &focal)]).await;
    assert!(page.body.contains("name=\"q:visit_place#3\"") && !page.body.contains("name=\"q:visit_place#4\""));
    assert!(!page.body.contains("name=\"add\""), "the count is the form's, not added by hand");
    let third = &page.body[page.body.find("name=\"q:visit_place#3\"").unwrap_or(0)..];
    assert!(third[..200.min(third.len())].contains(">Kumanovo</textarea>"), "a new entry shows the form's default");
    assert_eq!(page.body.matches(">Kumanovo</textarea>").count(), 1, "only the entry with no answer yet");
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["visit_place"], r#"["Lipkovo","Kratovo",""]"#, "{stored:?}");
    assert_eq!(stored["visit_number"], r#"["1","2","3"]"#, "position(..) is the entry: {stored:?}");
    assert_eq!(stored["second_place"], "Kratovo", "indexed-repeat() reads one entry: {stored:?}");
    // A count that gives no number ("don't know") keeps the entries there are.
    let unsure = crate::support::post_form(
        &app,
        &path,
        &focal,
        &[("dk:visits", "1"), ("q:visit_place#1", "Lipkovo"), ("q:visit_place#2", "Kratovo"), ("action", "save")],
    )
    .await;
    assert_eq!(unsure.status, StatusCode::SEE_OTHER, "{}", unsure.body);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["visit_place"], r#"["Lipkovo","Kratovo",""]"#, "{stored:?}");
});

// KoboToolbox exports a repeat's entries to a sheet of their own, linked to
// the main sheet's rows by `_parent_index`: they come in as one list per
// question, each entry checked by the form's logic and a refused entry
// named by its sheet and row.
on_both_backends!(a_kobo_workbook_brings_a_repeat_s_entries_from_their_sheet, |db| {
    crate::support::load_demo(db).await;
    let app = router(db);
    let (instrument, _) = assess::xlsform::import(db, team_form(), "team", &crate::support::audit()).await.unwrap();
    let round = open_round_on(db, &app, instrument, "Kobo team round").await;
    let export = |ages: [&str; 3], parent: &str| {
        let mut book = Workbook::new();
        let main = book.add_worksheet();
        main.set_name("Team").unwrap();
        for (c, value) in ["start", "place_code", "_id", "_index"].iter().enumerate() {
            main.write_string(0, c as u16, *value).unwrap();
        }
        for (c, value) in ["2026-11-02T09:00:00", "MK-703", "17", "1"].iter().enumerate() {
            main.write_string(1, c as u16, *value).unwrap();
        }
        let members = book.add_worksheet();
        members.set_name("member").unwrap();
        let header =
            ["member/member_name", "member/age", "member/works", "_index", "_parent_table_name", "_parent_index"];
        for (c, value) in header.iter().enumerate() {
            members.write_string(0, c as u16, *value).unwrap();
        }
        let rows = [
            ["Ana", ages[0], "yes", "1", "Team", "1"],
            ["Luka", ages[1], "", "2", "Team", "1"],
            ["Vesna", ages[2], "no", "3", "Team", parent],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                members.write_string(r as u32 + 1, c as u16, *value).unwrap();
            }
        }
        book.save_to_buffer().unwrap()
    };
    let audit = crate::support::audit();
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, round, &export(["34", "9", "150"], "1"), &audit).await
    else {
        panic!("an entry over the age constraint must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|t| t.contains("age#3") && t.contains("does not meet the constraint")), "{text:#?}");
    // An entry naming no row of the first sheet is named, not dropped.
    let Err(assess::xlsform::XlsFormError::Rejected(problems)) =
        assess::answers_import::import(db, round, &export(["34", "9", "61"], "9"), &audit).await
    else {
        panic!("an entry for no row must be refused");
    };
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(text.iter().any(|t| t.contains("sheet member, row 4") && t.contains("_index 9")), "{text:#?}");
    let imported = assess::answers_import::import(db, round, &export(["34", "9", "61"], "1"), &audit).await.unwrap();
    assert_eq!(imported.places, 1);
    let stored = stored_answers(db, round).await;
    assert_eq!(stored["member_name"], r#"["Ana","Luka","Vesna"]"#, "{stored:?}");
    assert_eq!(stored["works"], r#"["yes","","no"]"#, "{stored:?}");
    assert_eq!(stored["members"], "3", "{stored:?}");
    assert_eq!(stored["total_age"], "104", "{stored:?}");
    assert_eq!(stored["adults"], "2", "{stored:?}");
    // The form shows the entries the workbook brought.
    let focal = session_cookie(db, account_with_role(db, "fp@kobo.example", "focal_point", Some("MK-703")).await).await;
    let page = get_with(&app, &format!("/assess/rounds/{round}/places/MK-703"), &[("cookie", &focal)]).await;
    assert!(page.body.contains("<dd>Vesna</dd>"), "the third entry, submitted by the import");
    // A file without the repeat's sheet leaves the entries as they are.
    let plain = assess::answers_import::import(db, round, b"place_code,member_name\nMK-703,\n", &audit).await.unwrap();
    assert_eq!(plain.ignored, ["member_name"]);
    assert_eq!(stored_answers(db, round).await["member_name"], r#"["Ana","Luka","Vesna"]"#);
});
