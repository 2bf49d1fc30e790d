//! Wires the modules into one router with the shell's middleware.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use platform::web::cache::PageCache;
use platform::web::{self, metrics::metrics_handler, AppState, NavEntry, PageCtx, Site};
use platform::Db;
use tower_http::compression::CompressionLayer;

use crate::config::Config;
use crate::home;

pub fn site(config: &Config, demo: bool) -> Site {
    let mut nav = vec![NavEntry {
        href: "/",
        label: "nav-home",
        section: "/",
    }];
    nav.extend(directory::nav());
    Site {
        hub_name: config.hub_name.clone(),
        kosovo_footnote: config.kosovo_footnote,
        https: config.https,
        demo,
        nav,
        started: Instant::now(),
    }
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if state.db.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    }
}

async fn not_found(ctx: PageCtx) -> impl IntoResponse {
    ctx.not_found()
}

pub fn router(db: Db, site: Site) -> Router {
    let state = AppState {
        db,
        site: Arc::new(site),
        cache: Arc::new(PageCache::new(2048)),
    };
    Router::new()
        .route("/", get(home::home))
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics_handler))
        .merge(directory::routes())
        .merge(web::asset_routes())
        .fallback(not_found)
        .layer(from_fn(web::track_requests))
        .layer(from_fn_with_state(state.clone(), web::security_headers))
        .layer(from_fn(web::request_id))
        .layer(CompressionLayer::new())
        .with_state(state)
}
