//! Every page of the demo, for the public and for people at work, weighs at
//! most 60 KB over the wire: its HTML and its stylesheet, compressed as a
//! browser receives them (the product has no other images than inline SVG).

use std::collections::{BTreeSet, VecDeque};
use std::io::Write;

use crate::support::{get_with, load_demo, on_both_backends, router, session_cookie};

const BUDGET: usize = 60 * 1024;

fn gzipped(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

/// Same-site page links of a page, without downloads and the API.
fn links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|l| l.replace("&amp;", "&").replace("&#38;", "&"))
        .filter(|l| l.starts_with('/') && !l.starts_with("//"))
        .map(|l| l.split('#').next().unwrap_or("").to_string())
        .filter(|l| {
            !l.is_empty()
                && !l.starts_with("/api/")
                && !l.starts_with("/static/")
                && ![".csv", ".xlsx", ".json", ".geojson", "/answers", "format=xlsx", "/report", "/attachments/"]
                    .iter()
                    .any(|d| l.contains(d))
        })
        .collect()
}

on_both_backends!(every_demo_page_weighs_at_most_60_kb_compressed, |db| {
    load_demo(db).await;
    for (source, bytes) in directory::shapes::REFERENCE {
        directory::shapes::import(db, bytes, source, &crate::support::audit()).await.unwrap();
    }
    let app = router(db);
    let css = crate::support::get(&app, "/static/mozaik.css").await;
    let css_weight = gzipped(css.body.as_bytes());
    let mut readers = vec![("anonymous".to_string(), String::new())];
    for email in ["staff@demo.example", "focal.kumanovo@demo.example", "national.mk@demo.example"] {
        let id: i64 = platform::on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
            .bind(email)
            .fetch_one(pool)
            .await)
        .unwrap();
        readers.push((email.to_string(), session_cookie(db, id).await));
    }
    let mut heaviest = (0, String::new());
    let mut pages = 0;
    for (reader, cookie) in &readers {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from(vec!["/".to_string()]);
        while let Some(path) = queue.pop_front() {
            if seen.len() >= 120 || !seen.insert(path.clone()) {
                continue;
            }
            let reply = get_with(&app, &path, &[("cookie", cookie)]).await;
            let html =
                reply.headers.get("content-type").is_some_and(|t| t.to_str().unwrap_or("").starts_with("text/html"));
            if reply.status != axum::http::StatusCode::OK || !html {
                continue;
            }
            let weight = gzipped(reply.body.as_bytes()) + css_weight;
            assert!(weight <= BUDGET, "{path} for {reader} weighs {weight} bytes compressed (budget {BUDGET})");
            if weight > heaviest.0 {
                heaviest = (weight, format!("{path} for {reader}"));
            }
            pages += 1;
            queue.extend(links(&reply.body).into_iter().filter(|l| !seen.contains(l)));
        }
    }
    assert!(pages > 150, "{pages} pages weighed");
    eprintln!("{pages} pages weighed; the heaviest is {} at {} bytes", heaviest.1, heaviest.0);
});
