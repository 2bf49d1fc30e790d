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
    let invented =
        post_form(&app, "/knowledge/practices", &author, &[("language", "sr-Latn"), ("country", "JJ")]).await;
    assert!(invented.body.contains("two-letter ISO 3166-1 code"), "JJ is no country");
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
    let wrong_place = post_form(
        &app,
        "/knowledge/practices",
        &author,
        &[
            ("language", "sr-Latn"),
            ("title", "T"),
            ("summary", "S"),
            ("description", "D"),
            ("country", "RS"),
            ("place_code", "MK-703"),
            ("contact_position", "1"),
            ("organisation", "O"),
            ("organisation_type", "civil_society"),
            ("themes", "online"),
            ("audiences", "youth"),
            ("prevention_level", "primary"),
            ("year_from", "2023"),
            ("evaluation", "none"),
        ],
    )
    .await;
    assert_eq!(wrong_place.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong_place.body.contains("MK-703 is not a place of the countries given."),
        "a place in another country is refused"
    );
    assert!(wrong_place.body.contains("Choose one of the positions you hold."), "only one's own position is a contact");
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
    let early = post_form(&app, &format!("{path}/state"), &hub, &[("to", "published")]).await;
    assert!(early.body.contains("cannot become"), "a draft is submitted before it is published");
    post_form(&app, &format!("{path}/state"), &author, &[("to", "submitted")]).await;
    let not_yours = post_form(&app, &format!("{path}/state"), &author, &[("to", "published")]).await;
    assert_eq!(not_yours.status, StatusCode::FORBIDDEN, "authors do not publish their own");
    assert_eq!(
        post_form(&app, &format!("{path}/state"), &hub, &[("to", "published")]).await.status,
        StatusCode::SEE_OTHER
    );
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
        &format!("{path}/translations"),
        &hub,
        &[
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
    post_form(&app, &format!("{path}/translations/sr-Latn/confirm"), &hub, &[]).await;
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
    let (status, body) = upload(&app, &hub, &path, "report.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "an executable named report.pdf is judged by its content");
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

on_both_backends!(a_programme_reaches_the_municipalities_it_is_open_to_and_their_followers, |db| {
    load_demo(db).await;
    let app = router(db);
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let kumanovo_id = account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await;
    let kumanovo = session_cookie(db, kumanovo_id).await;
    let podgorica =
        session_cookie(db, account_with_role(db, "fp@podgorica.example", "focal_point", Some("ME-16")).await).await;
    for cookie in [&kumanovo, &podgorica] {
        let followed =
            post_form(&app, "/knowledge/follows", cookie, &[("themes", "radicalisation"), ("themes", "online")]).await;
        assert_eq!(followed.status, StatusCode::SEE_OTHER);
    }
    let outbox = |db: &Db| {
        let db = db.clone();
        async move {
            on_db!(&db, |pool| sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM outbox").fetch_one(pool).await)
                .unwrap()
        }
    };
    let before = outbox(db).await;
    let bad = post_form(
        &app,
        "/knowledge/programmes",
        &hub,
        &[
            ("title", "X"),
            ("owner", "Ministry"),
            ("countries", "MK"),
            ("eligible_places", "ME-16"),
            ("starts_on", "2026-05-01"),
            ("ends_on", "2026-01-01"),
        ],
    )
    .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.body.contains("ME-16 is not a place of the countries given")
            && bad.body.contains("the start first")
            && bad.body.contains("Choose at least one.")
    );
    assert_eq!(outbox(db).await, before, "a refused programme tells nobody");
    let made = post_form(
        &app,
        "/knowledge/programmes",
        &hub,
        &[
            ("title", "National youth resilience programme"),
            ("owner", "Ministry of Interior"),
            ("countries", "MK"),
            ("themes", "radicalisation"),
            ("starts_on", "2026-01-01"),
            ("ends_on", "2027-12-31"),
            ("funding", "EUR 200,000"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    assert_eq!(outbox(db).await, before + 1, "only the follower whose municipality it is open to is told");
    let to: String = on_db!(db, |pool| sqlx::query_scalar("SELECT to_address FROM outbox ORDER BY id DESC LIMIT 1")
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(to, "fp@kumanovo.example");
    // A national coordinator publishes for their own country, not another's.
    let national =
        session_cookie(db, account_with_role(db, "nc@mk.example", "national_coordinator", Some("MK")).await).await;
    let programme = |countries: &'static str| {
        vec![
            ("title", "National call for school projects"),
            ("owner", "Ministry of Education"),
            ("countries", countries),
            ("themes", "online"),
            ("starts_on", "2026-03-01"),
            ("ends_on", "2026-09-30"),
        ]
    };
    assert_eq!(
        post_form(&app, "/knowledge/programmes", &national, &programme("ME")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post_form(&app, "/knowledge/programmes", &national, &programme("MK")).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        post_form(&app, "/knowledge/programmes", &kumanovo, &programme("MK")).await.status,
        StatusCode::FORBIDDEN
    );
    let page = get_with(&app, "/knowledge/programmes", &[("cookie", &kumanovo)]).await;
    assert!(
        page.body.contains("National youth resilience programme") && page.body.contains("Open to your municipality")
    );
    let other = get_with(&app, "/knowledge/programmes", &[("cookie", &podgorica)]).await;
    assert!(!other.body.contains("Open to your municipality"));
    assert!(
        results(&get(&app, "/knowledge?q=resilience+programme").await.body)
            .contains("National youth resilience programme"),
        "programmes are searchable"
    );
});

on_both_backends!(an_event_registers_participants_and_polls_anonymously, |db| {
    load_demo(db).await;
    let app = router(db);
    let hub = session_cookie(db, account_with_role(db, "staff@hub.example", "hub_staff", Some("WB")).await).await;
    let made = post_form(
        &app,
        "/knowledge/events",
        &hub,
        &[
            ("title", "Regional workshop"),
            ("kind", "workshop"),
            ("starts_on", "2026-02-08"),
            ("ends_on", "2026-02-09"),
            ("place_name", "Sarajevo"),
            ("languages", "bs, mk, sq, en"),
        ],
    )
    .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER);
    let path = made.location().to_string();
    let bad = post_form(
        &app,
        &format!("{path}/polls"),
        &hub,
        &[("question", "Does your city have programmes?"), ("options", "Yes")],
    )
    .await;
    assert!(bad.body.contains("two to eight answers"));
    post_form(
        &app,
        &format!("{path}/polls"),
        &hub,
        &[
            ("question", "Does your city have prevention programmes, resources and expertise?"),
            ("options", "Yes\nNo\nI don't know"),
        ],
    )
    .await;
    let code: String =
        on_db!(db, |pool| sqlx::query_scalar("SELECT join_code FROM polls").fetch_one(pool).await).unwrap();
    // Participants vote anonymously with the join code; a browser votes once.
    let joined = get(&app, &format!("/poll?code={}", code.to_lowercase())).await;
    assert!(joined.body.contains("Does your city have prevention programmes"));
    for (option, voter) in [("1", "a"), ("1", "b"), ("2", "c"), ("0", "d"), ("1", "a")] {
        let request = Request::builder()
            .method("POST")
            .uri(format!("/poll/{code}"))
            .header("host", "localhost")
            .header("origin", "http://localhost")
            .header("cookie", format!("mozaik_csrf={CSRF}; mozaik_poll=voter-{voter}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("csrf={CSRF}&option={option}")))
            .unwrap();
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let votes: Vec<(i64, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT option_index, COUNT(*) FROM poll_votes GROUP BY option_index ORDER BY option_index"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(votes, [(0, 1), (1, 2), (2, 1)], "four browsers, four votes; the repeat is not counted");
    let columns: Vec<String> = match db {
        Db::Sqlite { read, .. } => sqlx::query_scalar("SELECT name FROM pragma_table_info('poll_votes')").fetch_all(read).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar("SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'poll_votes'").fetch_all(pool).await.unwrap(),
    };
    assert!(
        columns.iter().all(|c| ["id", "poll_id", "option_index"].contains(&c.as_str())),
        "a vote holds nothing about the voter: {columns:?}"
    );
    let live = get_with(&app, &format!("/poll/{code}"), &[("cookie", "mozaik_poll=voter-a")]).await;
    assert!(
        live.body.contains("4 answers so far") && live.body.contains("<strong>50%</strong> No"),
        "live counts after voting"
    );
    // A focal point registers by position; the hub marks attendance.
    let focal_id = account_with_role(db, "focal.kumanovo@demo.example.test", "focal_point", Some("MK-703")).await;
    let position: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT po.id FROM positions po JOIN institutions i ON i.id = po.institution_id JOIN places p ON p.id = i.place_id WHERE p.code = 'MK-703' ORDER BY po.id LIMIT 1"
    )
    .fetch_one(pool)
    .await)
    .unwrap();
    let person: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT person_id FROM accounts WHERE id = $1")
        .bind(focal_id)
        .fetch_one(pool)
        .await)
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    platform::on_tx!(&mut tx, |c| sqlx::query("INSERT INTO position_holders (position_id, person_id, role, valid_from) VALUES ($1, $2, 'deputy', '2020-01-01')")
        .bind(position)
        .bind(person)
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let focal = session_cookie(db, focal_id).await;
    let not_mine = post_form(&app, &format!("{path}/registrations"), &focal, &[("position", "999999")]).await;
    assert!(not_mine.body.contains("Choose one of the positions you hold."));
    assert_eq!(
        post_form(&app, &format!("{path}/registrations"), &focal, &[("position", &position.to_string())]).await.status,
        StatusCode::SEE_OTHER
    );
    post_form(&app, &format!("{path}/attendance"), &hub, &[("present", &position.to_string())]).await;
    let page = get(&app, &path).await;
    assert!(page.body.contains("attended"));
    assert!(
        results(&get(&app, "/knowledge?q=workshop+sarajevo").await.body).contains("Regional workshop"),
        "events are searchable"
    );
});

on_both_backends!(peer_learning_explains_each_city_and_practice, |db| {
    load_demo(db).await;
    let app = router(db);
    assert_eq!(get(&app, "/knowledge/peers/MK-703").await.status, StatusCode::SEE_OTHER, "its needs are not public");
    let other =
        session_cookie(db, account_with_role(db, "fp@podgorica.example", "focal_point", Some("ME-16")).await).await;
    assert_eq!(get_with(&app, "/knowledge/peers/MK-703", &[("cookie", &other)]).await.status, StatusCode::FORBIDDEN);
    let focal =
        session_cookie(db, account_with_role(db, "fp@kumanovo.example", "focal_point", Some("MK-703")).await).await;
    let page = get_with(&app, "/knowledge/peers/MK-703", &[("cookie", &focal)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Priority needs from the latest assessment"));
    assert!(page.body.contains("its practice"), "peer cities come with their reason, from public records");
    assert!(page.body.contains("through its theme"), "practices come with their reason");
    assert!(
        get(&app, "/places/MK-703").await.body.contains("/knowledge/peers/MK-703"),
        "linked from the municipality's page"
    );
    assert_eq!(
        get_with(&app, "/knowledge/peers/MK", &[("cookie", &focal)]).await.status,
        StatusCode::NOT_FOUND,
        "only for municipalities"
    );
});
