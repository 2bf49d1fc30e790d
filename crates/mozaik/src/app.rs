//! Wires the modules into one router with the shell's middleware.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::State;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::IntoResponse;
use axum::Router;
use platform::policy::Action;
use platform::web::cache::PageCache;
use platform::web::{self, metrics::metrics_handler, AppState, NavEntry, PageCtx, RoutePolicy, Routes, Site, Target};
use platform::Db;
use tower_http::compression::CompressionLayer;

use crate::config::Config;
use crate::home;

pub fn site(config: &Config, demo: bool) -> Site {
    let mut nav = vec![NavEntry { href: "/", label: "nav-home", section: "/", action: Action::ViewPublic }];
    nav.extend(directory::nav());
    nav.extend(assess::nav());
    nav.extend(resilience::nav());
    nav.extend(knowledge::nav());
    nav.extend(support::nav());
    nav.extend(insight::nav());
    nav.extend(sharing::nav());
    nav.extend(access::nav());
    nav.extend(crate::privacy::nav());
    Site {
        hub_name: config.hub_name.clone(),
        kosovo_footnote: config.kosovo_footnote,
        https: config.https,
        demo,
        nav,
        started: Instant::now(),
        public_url: config.public_url.clone(),
        trusted_proxies: config.trusted_proxies.clone(),
        policies: policies(),
        suppression_k: config.suppression_k,
        secret_box: (!config.sharing_key.is_empty())
            .then(|| platform::crypto::SecretBox::from_hex(&config.sharing_key).ok())
            .flatten()
            .map(std::sync::Arc::new),
        services: services(),
        work: vec![
            assess::work::items,
            sharing::work::items,
            support::work::items,
            knowledge::work::items,
            access::work::items,
        ],
        work_counts: Default::default(),
        versions: Default::default(),
        sessions: Default::default(),
    }
}

/// The modules' long-lived services: the knowledge hub's search index and
/// the directory as results pages read it.
fn services() -> platform::web::Services {
    let mut services = platform::web::Services::default();
    match knowledge::Search::new() {
        Ok(search) => services.insert(std::sync::Arc::new(search)),
        Err(e) => tracing::error!(error = %e, "the search index could not be created"),
    }
    services.insert(std::sync::Arc::new(assess::place_view::KeptPlaceView::default()));
    services
}

/// Every route of every module, each with its declared policy; see
/// `platform::web::routes`.
pub fn routes() -> Routes {
    Routes::new()
        .get("/", Action::ViewPublic, Target::Public, home::home)
        .get("/healthz", Action::ViewPublic, Target::Public, healthz)
        .get("/readyz", Action::ViewPublic, Target::Public, readyz)
        .get("/metrics", Action::ViewPublic, Target::Public, metrics_handler)
        .merge(directory::routes())
        .merge(access::routes())
        .merge(sharing::routes())
        .merge(assess::routes())
        .merge(resilience::routes())
        .merge(support::routes())
        .merge(knowledge::routes())
        .merge(insight::routes())
        .merge(crate::api::routes())
        .merge(crate::privacy::routes())
        .merge(web::asset_routes())
}

/// Every route's declared policy.
pub fn policies() -> Vec<RoutePolicy> {
    routes().into_parts().1
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if state.db.ping().await {
        (StatusCode::OK, "ok\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
    }
}

/// Ready to take traffic: the database answers and this server's search
/// index has read the change feed to its end within the last five seconds.
/// A load balancer keeps a server that answers 503 out of rotation.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if !state.db.ping().await {
        return (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n");
    }
    match state.site.services.get::<knowledge::Search>() {
        Some(search) if search.caught_up(std::time::Duration::from_secs(5)) => (StatusCode::OK, "ready\n"),
        _ => (StatusCode::SERVICE_UNAVAILABLE, "search index catching up\n"),
    }
}

async fn not_found(ctx: PageCtx) -> impl IntoResponse {
    ctx.not_found()
}

pub fn router(db: Db, site: Site) -> Router {
    let state = AppState { db, site: Arc::new(site), cache: Arc::new(PageCache::new(2048)) };
    let (routes, _) = routes().into_parts();
    routes
        .fallback(not_found)
        .layer(from_fn_with_state(state.clone(), web::enforce_declared))
        .layer(from_fn(web::flash::clear_after_use))
        .layer(from_fn(web::track_requests))
        .layer(from_fn_with_state(state.clone(), web::csrf::protect))
        .layer(from_fn_with_state(state.clone(), web::security_headers))
        .layer(from_fn(web::request_id))
        .layer(CompressionLayer::new())
        .with_state(state)
}
