//! Static files, embedded in the binary. Their URLs carry a content hash so
//! browsers can keep them for a long time and still see each new version.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;

use super::{Routes, Target};

const CSS: &str = include_str!("../../../../static/mozaik.css");
const ICON: &str = include_str!("../../../../static/icon.svg");
const FILL_JS: &str = include_str!("../../../../static/fill.js");

fn short_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    format!("{:08x}", hash >> 32)
}

static CSS_HREF: LazyLock<String> = LazyLock::new(|| format!("/static/mozaik.css?v={}", short_hash(CSS)));

pub fn css_href() -> &'static str {
    CSS_HREF.as_str()
}

static FILL_JS_HREF: LazyLock<String> = LazyLock::new(|| format!("/static/fill.js?v={}", short_hash(FILL_JS)));

/// The fill form's script (see `static/fill.js`).
pub fn fill_js_href() -> &'static str {
    FILL_JS_HREF.as_str()
}

const LONG_CACHE: &str = "public, max-age=31536000, immutable";

async fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, LONG_CACHE)], CSS)
}

async fn fill_js() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, LONG_CACHE)], FILL_JS)
}

async fn icon() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "public, max-age=86400")], ICON)
}

async fn favicon() -> impl IntoResponse {
    axum::response::Redirect::permanent("/static/icon.svg")
}

pub fn asset_routes() -> Routes {
    use crate::policy::Action::ViewPublic;
    use Target::Public;
    Routes::new()
        .get("/static/mozaik.css", ViewPublic, Public, css)
        .get("/static/icon.svg", ViewPublic, Public, icon)
        .get("/static/fill.js", ViewPublic, Public, fill_js)
        .get("/favicon.ico", ViewPublic, Public, favicon)
}
