//! Search as a new user tries it: exact counts, pages that hold every
//! result once, and every romanisation people type.

use std::collections::BTreeSet;

use platform::{on_db, on_tx, Db};
use serde_json::Value;

use crate::support::{get, load_demo, on_both_backends, router};

async fn count(db: &Db, sql: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(sql).fetch_one(pool).await).unwrap()
}

/// Every code the API returns for `q` and `kind`, page by page.
async fn all_pages(app: &axum::Router, q: &str, kind: &str, limit: usize) -> (i64, Vec<String>) {
    let mut codes = Vec::new();
    let mut total = 0;
    for page in 0..100 {
        let reply = get(app, &format!("/api/v1/search?q={q}&type={kind}&limit={limit}&offset={}", page * limit)).await;
        let body: Value = serde_json::from_str(&reply.body).unwrap();
        total = body["totals"][kind].as_i64().unwrap();
        let results = body["results"].as_array().unwrap();
        codes.extend(results.iter().map(|r| r["code"].as_str().unwrap().to_string()));
        if results.len() < limit {
            break;
        }
    }
    (total, codes)
}

on_both_backends!(directory_search_counts_exactly_and_pages_through_everything, |db| {
    load_demo(db).await;
    let app = router(db);
    // A place's name finds every institution there, and says how many.
    let kumanovo_institutions =
        count(db, "SELECT COUNT(*) FROM institutions i JOIN places p ON p.id = i.place_id WHERE p.code = 'MK-703'")
            .await;
    assert_eq!(kumanovo_institutions, 6, "the demo's Kumanovo has six institutions");
    let page = get(&app, "/directory/search?q=Kumanovo").await;
    assert!(page.body.contains("6 institutions"), "{}", page.body);
    for suffix in ["ADMIN", "SWC", "POLICE", "SCHOOL", "HEALTH", "YOUTH"] {
        assert!(page.body.contains(&format!("MK-703-{suffix}")), "{suffix}");
    }
    // A kind finds every institution of that kind, in pages that hold each once.
    let police = count(db, "SELECT COUNT(*) FROM institutions WHERE kind = 'police'").await;
    assert!(police > 10, "the demo has police in every member municipality");
    let (total, codes) = all_pages(&app, "police+station", "institution", 4).await;
    assert_eq!(total, police, "the total is exact");
    assert_eq!(codes.len() as i64, police);
    assert_eq!(codes.iter().collect::<BTreeSet<_>>().len(), codes.len(), "no result twice");
    // The page says the same, and the list of one kind has pages.
    let first = get(&app, "/directory/search?q=police+station&type=institution").await;
    assert!(first.body.contains(&format!("{police} institutions")), "{}", first.body);
    let listed = first.body.matches("<li><a href=\"/places/").count() as i64;
    assert_eq!(listed, police.min(25));
    // Asking for a page past the end shows the last one, not an empty page.
    let beyond = get(&app, "/directory/search?q=police&type=institution&page=999").await;
    assert!(beyond.body.contains("<li><a href=\"/places/"));
});

on_both_backends!(every_search_box_takes_every_romanisation, |db| {
    load_demo(db).await;
    let app = router(db);
    let finds = |body: &str, code: &str| body.contains(&format!("href=\"/places/{code}\""));
    for (query, code) in [
        ("Chashka", "MK-109"),
        ("Čaška", "MK-109"),
        ("Чашка", "MK-109"),
        ("Kichevo", "MK-307"),
        ("Gjorche+Petrov", "MK-805"),
        ("Djorce+Petrov", "MK-805"),
        ("Gjakove", "XK-GJAKOVE"),
        ("Dakovica", "XK-GJAKOVE"),
        ("Shkoder", "AL-SHKODER"),
    ] {
        let directory = get(&app, &format!("/directory/search?q={query}")).await;
        assert!(finds(&directory.body, code), "the directory finds {code} for {query}");
        let knowledge = get(&app, &format!("/knowledge?q={query}")).await;
        assert!(finds(&knowledge.body, code), "the knowledge search finds {code} for {query}");
    }
    // Macedonian typed in Latin with digraphs finds the Cyrillic practice.
    for query in ["lazhni+vesti", "лажни+вести", "lažni+vesti", "srednoshkolci", "srednoškolci"] {
        let page = get(&app, &format!("/knowledge?q={query}")).await;
        let results = &page.body[page.body.find("class=\"results\"").unwrap_or(0)..];
        assert!(results.contains("/knowledge/practices/"), "{query} finds the Kumanovo practice");
    }
});

on_both_backends!(knowledge_search_puts_practices_first_and_pages_exactly, |db| {
    load_demo(db).await;
    let app = router(db);
    let all = get(&app, "/knowledge").await;
    let hits = &all.body[all.body.find("class=\"hits\"").unwrap()..];
    let first = &hits[hits.find("<a href=\"").unwrap() + 9..];
    assert!(first.starts_with("/knowledge/practices/"), "a practice first: {}", &first[..80.min(first.len())]);
    // The total is every public record, and the pages hold each once.
    let published = count(db, "SELECT COUNT(*) FROM practices WHERE state = 'published'").await;
    let records = published
        + count(db, "SELECT COUNT(*) FROM programmes").await
        + count(db, "SELECT COUNT(*) FROM events").await
        + count(db, "SELECT COUNT(*) FROM places").await
        + count(db, "SELECT COUNT(*) FROM institutions").await;
    assert!(all.body.contains(&format!("{} results", platform::i18n::i18n().default_tr().num(records))), "{records}");
    let mut seen = BTreeSet::new();
    let pages = (records + 19) / 20;
    for page in 1..=pages {
        let reply = get(&app, &format!("/knowledge?page={page}")).await;
        let hits = &reply.body[reply.body.find("class=\"hits\"").unwrap()..];
        let hits = &hits[..hits.find("</ol>").unwrap()];
        for link in hits.split("<li><a href=\"").skip(1) {
            seen.insert(link[..link.find('"').unwrap()].to_string());
        }
    }
    // Places and institutions share their page's address, so count distinct
    // addresses against distinct records.
    let distinct_places_with_institutions = count(db, "SELECT COUNT(*) FROM places").await;
    assert!(seen.len() as i64 >= published + distinct_places_with_institutions, "{} addresses", seen.len());
    // Filters stay on the next page's link, and country facets are named.
    let filtered = get(&app, "/knowledge?q=&type=place&country=MK").await;
    assert!(filtered.body.contains("page=2"), "a next page");
    assert!(filtered.body.contains("type=place&#38;country=MK&#38;page=2"), "keeps the filters");
    assert!(filtered.body.contains(">North Macedonia</a>"), "the country is named");
});

on_both_backends!(a_gap_below_a_full_batch_of_changes_does_not_stall_the_follower, |db| {
    let search = knowledge::search::Search::new().unwrap();
    search.follow(db).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    for n in 0..600 {
        platform::search_feed::changed(&mut tx, &format!("event:{}", 900_000 + n)).await.unwrap();
    }
    tx.commit().await.unwrap();
    // The first of them stands for a transaction that has not committed yet.
    let mut tx = db.begin().await.unwrap();
    on_tx!(&mut tx, |c| sqlx::query("DELETE FROM search_changes WHERE id = (SELECT MIN(id) FROM search_changes)")
        .execute(&mut *c)
        .await
        .map(|_| ()))
    .unwrap();
    tx.commit().await.unwrap();
    let patience = std::time::Duration::from_secs(20);
    let first = tokio::time::timeout(patience, search.follow(db)).await.expect("the follower returns").unwrap();
    assert_eq!(first, 599);
    // The gap is still open: the next read looks into it, past 500 changes
    // already applied, and returns.
    let second = tokio::time::timeout(patience, search.follow(db)).await.expect("the follower returns again").unwrap();
    assert_eq!(second, 0);
});
