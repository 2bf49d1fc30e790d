//! The knowledge hub: search across scripts, accents and the Serbian,
//! Bosnian and Montenegrin variants, with facets; practices proposed,
//! refused with each field marked, reviewed, published and found at once;
//! translations with their status and terminology warnings; attachments.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use platform::{on_db, Db};
use tower::ServiceExt;

use crate::support::{
    account_with_role, get, get_with, load_demo, on_both_backends, post_form, router, session_cookie, CSRF,
};

async fn practice_id(db: &Db, title: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar("SELECT practice_id FROM practice_texts WHERE body = $1")
        .bind(title)
        .fetch_one(pool)
        .await)
    .unwrap()
}

fn results(page: &str) -> &str {
    page.find("class=\"results\"").map(|i| &page[i..]).unwrap_or(page)
}

on_both_backends!(search_meets_across_scripts_variants_and_languages, |db| {
    load_demo(db).await;
    let app = router(db);
    let kumanovo = get(&app, "/knowledge?q=Куманово").await;
    assert_eq!(kumanovo.status, StatusCode::OK);
    assert!(results(&kumanovo.body).contains("href=\"/places/MK-703\""), "Cyrillic finds the place");
    // An ekavian (Serbian) query finds the ijekavian (Bosnian) practice.
    let mesna = get(&app, "/knowledge?q=mesna+zajednica+mr%C5%BEnje").await;
    assert!(
        results(&mesna.body).contains("Mjesna zajednica protiv govora mržnje"),
        "{}",
        results(&mesna.body).chars().take(600).collect::<String>()
    );
    // A Latin query without accents finds the Macedonian practice in Cyrillic.
    let cyrillic = get(&app, "/knowledge?q=prevencija+radikalizacija").await;
    assert!(results(&cyrillic.body).contains("/knowledge/practices/"), "Latin finds Cyrillic");
    // Facets narrow, and a draft waiting for review is nowhere.
    let germany = get(&app, "/knowledge?q=&country=DE").await;
    assert!(results(&germany.body).contains("Counselling for families"));
    assert!(!results(&germany.body).contains("Mjesna zajednica"));
    assert!(germany.body.contains("Tertiary prevention"), "facet values are labelled");
    let hidden = get(&app, "/knowledge?q=strategies").await;
    assert!(!results(&hidden.body).contains("P/CVE strategies"), "unpublished practices are not searchable");
    // Anything typed is a search, never an error.
    for odd in ["%22%28%28%28AND%3A", "title%3A%5B", "*", "%E2%80%8B", "a%20OR%20NOT"] {
        let page = get(&app, &format!("/knowledge?q={odd}")).await;
        assert_eq!(page.status, StatusCode::OK, "{odd}");
    }
});

on_both_backends!(a_practice_is_proposed_reviewed_published_and_found_at_once, |db| {
    load_demo(db).await;
    let app = router(db);
    let author =
        session_cookie(db, account_with_role(db, "cso@example.org", "civil_society", Some("MK-703")).await).await;
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let empty = post_form(
        &app,
        "/knowledge/practices",
        &author,
        &[("language", "sr-Latn"), ("country", "Serbia"), ("year_from", "1850")],
    )
    .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    for (field, message) in [
        ("title", "This field is required"),
        ("country", "two-letter ISO 3166-1 code"),
        ("organisation_type", "Choose one of the options."),
        ("themes", "Choose at least one."),
        ("year_from", "Enter the first year"),
    ] {
        assert!(
            empty.body.contains(&format!("id=\"{field}-error\"")) || empty.body.contains(message),
            "{field} is marked"
        );
        assert!(empty.body.contains(message), "missing «{message}»");
    }
    let made = post_form(
        &app,
        "/knowledge/practices",
        &author,
        &[
            ("language", "sr-Latn"),
            ("title", "Omladinski klub za prevenciju nasilja"),
            ("summary", "Mladi vode klub u mesnoj zajednici."),
            ("description", "Klub okuplja mlade iz svih zajednica svake nedelje."),
            ("country", "rs"),
            ("organisation", "Klub mladih"),
            ("organisation_type", "civil_society"),
            ("themes", "community_resilience"),
            ("audiences", "youth"),
            ("prevention_level", "primary"),
            ("year_from", "2023"),
            ("evaluation", "none"),
            ("links", "https://example.org/klub"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let path = made.location().to_string();
    assert_eq!(get(&app, &path).await.status, StatusCode::NOT_FOUND, "a draft is not public");
    assert!(!results(&get(&app, "/knowledge?q=omladinski").await.body).contains("Omladinski klub"));
    let early = post_form(&app, &path, &hub, &[("do", "publish")]).await;
    assert!(early.body.contains("cannot become"), "a draft is submitted before it is published");
    post_form(&app, &path, &author, &[("do", "submit")]).await;
    let not_yours = post_form(&app, &path, &author, &[("do", "publish")]).await;
    assert_eq!(not_yours.status, StatusCode::FORBIDDEN, "authors do not publish their own");
    assert_eq!(post_form(&app, &path, &hub, &[("do", "publish")]).await.status, StatusCode::SEE_OTHER);
    // Found at once, in the other script and the ijekavian form too.
    let found = get(&app, "/knowledge?q=омладински+клуб").await;
    assert!(results(&found.body).contains("Omladinski klub za prevenciju nasilja"));
    let ijekavian = get(&app, "/knowledge?q=mjesnoj+zajednici+omladinski").await;
    assert!(results(&ijekavian.body).contains("Omladinski klub"));
    // An edit is searchable as soon as it is saved.
    let id = path.trim_start_matches("/knowledge/practices/");
    let mut edit: Vec<(&str, &str)> = vec![
        ("language", "sr-Latn"),
        ("title", "Omladinski klub i sportski turniri"),
        ("summary", "Mladi vode klub."),
        ("description", "Klub organizuje turnire."),
        ("country", "RS"),
        ("organisation", "Klub mladih"),
        ("organisation_type", "civil_society"),
        ("themes", "community_resilience"),
        ("audiences", "youth"),
        ("prevention_level", "primary"),
        ("year_from", "2023"),
        ("evaluation", "none"),
    ];
    let edited = post_form(&app, &format!("/knowledge/practices/{id}/edit"), &author, &edit).await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    assert!(results(&get(&app, "/knowledge?q=turniri").await.body).contains("sportski turniri"));
    edit.retain(|(k, _)| *k != "title");
    let blank = post_form(&app, &format!("/knowledge/practices/{id}/edit"), &author, &edit).await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY, "an edit without a title is refused");
    assert!(results(&get(&app, "/knowledge?q=turniri").await.body).contains("sportski turniri"), "and changes nothing");
});

on_both_backends!(translations_carry_their_status_and_lost_terms_are_flagged, |db| {
    load_demo(db).await;
    let app = router(db);
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let id = practice_id(db, "Local P/CVE strategies with the Local Public Safety Council").await;
    let path = format!("/knowledge/practices/{id}");
    let page = get_with(&app, &path, &[("cookie", &hub)]).await;
    assert!(page.body.contains("machine-translated, not yet reviewed"));
    assert!(page.body.contains("terminology-warning"), "the lost P/CVE concept is flagged");
    assert!(page.body.contains("prevencija i suzbijanje nasilnog ekstremizma"), "with the approved term");
    let reader = get_with(
        &app,
        &format!(
            "/knowledge/practices/{}",
            practice_id(db, "Тим за акција во заедницата за превенција на радикализација").await
        ),
        &[("accept-language", "en")],
    )
    .await;
    assert!(
        reader.body.contains("Community Action Team for the prevention of radicalisation"),
        "shown in the reader's language"
    );
    assert!(reader.body.contains("You are reading a translation") && reader.body.contains(">reviewed<"));
    // A good translation passes; the reviewer confirms it.
    let fixed = post_form(
        &app,
        &path,
        &hub,
        &[
            ("do", "translate"),
            ("language", "sr-Latn"),
            ("t_title", "Lokalne strategije za prevenciju i suzbijanje nasilnog ekstremizma"),
            ("t_summary", "Opština je izradila lokalnu strategiju."),
            ("t_description", "Godišnji plan."),
        ],
    )
    .await;
    assert_eq!(fixed.status, StatusCode::SEE_OTHER);
    let page = get_with(&app, &path, &[("cookie", &hub)]).await;
    assert!(!page.body.contains("terminology-warning") && page.body.contains("translated, not yet reviewed"));
    post_form(&app, &path, &hub, &[("do", "confirm"), ("language", "sr-Latn")]).await;
    let status: String = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT status FROM practice_texts WHERE practice_id = $1 AND language = 'sr-Latn' AND field = 'title'"
    )
    .bind(id)
    .fetch_one(pool)
    .await)
    .unwrap();
    assert_eq!(status, "reviewed");
});

async fn upload(app: &axum::Router, cookie: &str, path: &str, name: &str, bytes: &[u8]) -> (StatusCode, String) {
    let boundary = "knowledgeboundary";
    let mut body = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::builder()
        .method("POST")
        .uri(format!("{path}/attachments?csrf={CSRF}"))
        .header("host", "localhost")
        .header("origin", "http://localhost")
        .header("cookie", cookie)
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24).await.unwrap();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

on_both_backends!(attachments_are_checked_for_size_and_kind, |db| {
    load_demo(db).await;
    let app = router(db);
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let path = format!("/knowledge/practices/{}", practice_id(db, "Mjesna zajednica protiv govora mržnje").await);
    let (status, body) = upload(&app, &hub, &path, "tool.exe", b"MZ...").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("This kind of file is not accepted"));
    let big = vec![b'x'; knowledge::MAX_ATTACHMENT + 1];
    let (status, body) = upload(&app, &hub, &path, "report.pdf", &big).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("larger than 5 MB"));
    let (status, _) = upload(&app, &hub, &path, "report.pdf", b"%PDF-1.4 demo").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = get(&app, &path).await;
    let start = page.body.find("/knowledge/attachments/").unwrap();
    let link: String = page.body[start..].chars().take_while(|c| *c != '"').collect();
    let file = get(&app, &link).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.body, "%PDF-1.4 demo");
});
