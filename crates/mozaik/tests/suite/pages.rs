use axum::http::StatusCode;

use crate::support::{get, get_with, load_demo, on_both_backends, router};

/// The first-load budget: the page plus its stylesheet.
const PAGE_BUDGET: usize = 60 * 1024;

on_both_backends!(pages_show_the_directory, |db| {
    load_demo(db).await;
    let app = router(db);
    let css = get(&app, "/static/mozaik.css").await;
    assert_eq!(css.status, StatusCode::OK);

    let home = get(&app, "/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Western Balkans Regional Hub"));
    assert!(home.body.contains("href=\"/places/WB\""));
    assert!(home.body.contains("<main id=\"main\""), "landmark");
    assert!(home.body.contains("class=\"skip\""), "skip link");

    let kumanovo = get(&app, "/places/MK-703").await;
    assert_eq!(kumanovo.status, StatusCode::OK);
    for wanted in [
        "<h1>Kumanovo</h1>",
        "Куманово",
        "Municipality of Kumanovo",
        "Prevention focal point",
        "Community Action Team of Kumanovo",
        "Member of Western Balkans Regional Hub since 8 Feb 2023",
        "href=\"/places/MK\"",
    ] {
        assert!(kumanovo.body.contains(wanted), "Kumanovo's page lacks «{wanted}»");
    }
    // Holders' names are personal data, not shown to the public.
    assert!(!kumanovo.body.contains("Stojanovski") && !kumanovo.body.contains("Petrovska"));

    let in_macedonian = get_with(&app, "/places/MK-703", &[("accept-language", "mk")]).await;
    assert!(in_macedonian.body.contains("<h1>Куманово</h1>"), "Cyrillic readers see the Cyrillic name");
    assert!(in_macedonian.body.contains("<html lang=\"mk\">"));
    let in_cyrillic = get_with(&app, "/places/ME-07", &[("accept-language", "sr")]).await;
    assert!(in_cyrillic.body.contains("<h1>Даниловград</h1>"));
    let region = get(&app, "/places/WB").await;
    assert!(
        region.body.contains("href=\"/places/XK\"") && region.body.contains("Kosovo*"),
        "Kosovo with the footnote mark"
    );
    assert!(region.body.contains("id=\"kosovo-footnote\""));
    assert!(region.body.contains("61 local governments"), "Albania's count");

    let serbia = get(&app, "/places/RS").await;
    assert!(serbia.body.contains("Nišavski okrug") && serbia.body.contains("Niš"));
    assert!(serbia.body.contains("162"), "Serbia's local governments counted");

    for (path, reply) in [("/", &home), ("/places/MK-703", &kumanovo), ("/places/WB", &region), ("/places/RS", &serbia)]
    {
        let total = reply.body.len() + css.body.len();
        assert!(total <= PAGE_BUDGET, "{path} weighs {total} bytes with its CSS, over the {PAGE_BUDGET}-byte budget");
        let csp = reply.headers.get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or("");
        assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            !reply.body.contains("<script") && !reply.body.contains("style=\""),
            "{path} has inline script or style"
        );
        assert!(
            !reply.body.contains("src=\"http") && !reply.body.contains("stylesheet\" href=\"http"),
            "{path} loads something from another machine"
        );
    }
});

on_both_backends!(dated_view_and_bad_dates, |db| {
    load_demo(db).await;
    let app = router(db);
    let old = get(&app, "/places/MK-703?on=2022-01-01").await;
    assert_eq!(old.status, StatusCode::OK);
    assert!(!old.body.contains("Member of"), "not yet a member in 2022");
    assert!(old.body.contains("Back to today"));
    let bad = get(&app, "/places/MK-703?on=yesterday").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("YYYY-MM-DD"));
});

on_both_backends!(search_page_and_downloads, |db| {
    load_demo(db).await;
    let app = router(db);
    let hits = get(&app, "/directory/search?q=%D0%9A%D1%83%D0%BC%D0%B0%D0%BD%D0%BE%D0%B2%D0%BE").await;
    assert_eq!(hits.status, StatusCode::OK);
    assert!(hits.body.contains("href=\"/places/MK-703\""), "Куманово finds Kumanovo");
    assert!(hits.body.contains("Municipality of Kumanovo"), "and its institutions");
    let latin = get(&app, "/directory/search?q=Kumanovo").await;
    assert!(latin.body.contains("Куманово"), "Kumanovo shows its Cyrillic name");
    let empty = get(&app, "/directory/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    let csv = get(&app, "/directory/places.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("code,parent_code,level,name,name_alt,source,valid_from"));
    assert_eq!(csv.body.lines().count(), 575, "a header, the reference places and six neighbourhoods");
    let csv = get(&app, "/directory/institutions.csv").await;
    assert!(csv.body.contains("MK-703-ADMIN,MK-703,municipal_administration"));
});

on_both_backends!(unknown_addresses_get_a_page_not_a_crash, |db| {
    let app = router(db);
    let missing = get(&app, "/places/NOWHERE").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("Page not found"));
    let missing = get(&app, "/no/such/page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    // An empty directory tells the visitor what to do.
    let index = get(&app, "/places").await;
    assert_eq!(index.status, StatusCode::NOT_FOUND);
    assert!(index.body.contains("mozaik init"));
    let home = get(&app, "/").await;
    assert_eq!(home.status, StatusCode::OK);
});

on_both_backends!(health_and_metrics, |db| {
    let app = router(db);
    let health = get(&app, "/healthz").await;
    assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, "ok\n"));
    get(&app, "/places/NOWHERE").await;
    let metrics = get(&app, "/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(metrics.headers["content-type"].to_str().unwrap().starts_with("text/plain; version=0.0.4"));
    assert!(metrics.body.contains("# TYPE mozaik_http_requests_total counter"));
    assert!(metrics.body.contains("mozaik_http_requests_total{route=\"/places/{code}\",status=\"404\"}"));
    assert!(metrics.body.contains("mozaik_http_request_duration_seconds_bucket{le=\"+Inf\"}"));
    assert!(metrics.body.contains("mozaik_db_connections{backend="));
});

on_both_backends!(pages_follow_the_readers_language_header, |db| {
    let app = router(db);
    let page = get_with(&app, "/", &[("accept-language", "de-DE, en;q=0.5")]).await;
    assert!(page.body.contains("<html lang=\"en\">"));
    let compressed = get_with(&app, "/static/mozaik.css", &[("accept-encoding", "gzip")]).await;
    assert_eq!(compressed.headers.get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"));
});

on_both_backends!(a_cached_place_page_follows_every_change, |db| {
    load_demo(db).await;
    let app = router(db);
    let before = get(&app, "/places/MK-703").await;
    assert!(before.body.contains("<h1>Kumanovo</h1>"));
    let again = get(&app, "/places/MK-703").await;
    let main = |page: &str| page[page.find("<main").unwrap()..page.find("</main>").unwrap()].to_string();
    assert_eq!(main(&before.body), main(&again.body), "a repeated view is the same page");
    let csv = "code,parent_code,level,name,name_alt\nMK-703,MK,municipality,Kumanovo (renamed),Куманово\n";
    directory::csv_io::import_places(db, csv.as_bytes(), chrono::Utc::now().date_naive(), &crate::support::audit())
        .await
        .expect("rename");
    let after = get(&app, "/places/MK-703").await;
    assert!(after.body.contains("<h1>Kumanovo (renamed)</h1>"), "the page kept showing old data");
});

on_both_backends!(the_roles_matrix_shows_gaps_and_overlaps, |db| {
    load_demo(db).await;
    let app = router(db);
    let ba = get(&app, "/places/BA/roles").await;
    assert_eq!(ba.status, StatusCode::OK);
    let row = |name: &str| {
        let start = ba.body.find(name).unwrap_or_else(|| panic!("{name} row"));
        ba.body[..start].rsplit("<tr").next().unwrap().to_string()
    };
    assert!(row("Reintegration of returnees").contains("class=\"overlap\""));
    assert!(row("Information sharing").contains("class=\"gap\""));
    assert!(get(&app, "/places/BA").await.body.contains("/places/BA/roles"));
    assert_eq!(get(&app, "/places/MK-703/roles").await.status, StatusCode::NOT_FOUND, "only countries have a matrix");

    let national = crate::support::account_with_role(db, "nat@example.org", "national_coordinator", Some("MK")).await;
    let cookie = crate::support::session_cookie(db, national).await;
    let bad =
        crate::support::post_form(&app, "/places/MK/roles", &cookie, &[("cell:youth:municipality", "R, X")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"R, X\""), "what was typed is kept");
    let saved =
        crate::support::post_form(&app, "/places/MK/roles", &cookie, &[("cell:youth:municipality", "r, a")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let mk = get(&app, "/places/MK/roles").await;
    assert!(mk.body.contains(">R,A<"));
    let elsewhere =
        crate::support::post_form(&app, "/places/BA/roles", &cookie, &[("cell:youth:municipality", "R")]).await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN, "a national coordinator edits only their own country");
});
