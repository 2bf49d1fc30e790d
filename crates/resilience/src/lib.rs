//! Community resilience studies: a municipality's resident surveys (the
//! BRAVE-14 scale plus local items) in waves, weighted, scored by
//! neighbourhood and community, mapped, and compared from baseline to
//! endline, with small cells suppressed in every output.

pub mod charts;
pub mod demo;
mod exports;
pub mod import;
pub mod indices;
pub mod instrument;
mod owner;
mod pages;
pub mod raking;
pub mod stats;
pub mod store;
pub mod tables;
pub mod view;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use tables::TABLES;

/// Response files can be large: 100,000 rows of CSV is about 8 MB.
const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/studies", get(pages::list).post(pages::create))
        .route("/studies/{id}", get(pages::show))
        .route("/studies/{id}/report", get(pages::report))
        .route("/studies/{id}/indices.csv", get(exports::indices_csv))
        .route("/studies/{id}/indices.xlsx", get(exports::indices_xlsx))
        .route("/studies/{id}/indices.json", get(exports::indices_json))
        .route("/studies/{id}/responses.csv", get(exports::responses_csv))
        .route("/studies/{id}/responses", post(owner::upload).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)))
        .route("/studies/{id}/neighbourhoods", post(owner::add_neighbourhood))
        .route("/studies/{id}/boundaries", post(owner::upload_boundaries).layer(DefaultBodyLimit::max(UPLOAD_LIMIT)))
        .route("/studies/{id}/weights", post(owner::weights))
        .route("/studies/{id}/indicators", post(owner::add_indicator))
        .route("/studies/{id}/notes", post(owner::notes))
}

/// A study's routes are decided on the loaded study's municipality.
pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/studies", ViewPublic, Public),
        route("POST", "/studies", ManageStudy, Record),
        route("GET", "/studies/{id}", ViewPublic, Record),
        route("GET", "/studies/{id}/report", ViewPublic, Record),
        route("GET", "/studies/{id}/indices.csv", ViewPublic, Record),
        route("GET", "/studies/{id}/indices.xlsx", ViewPublic, Record),
        route("GET", "/studies/{id}/indices.json", ViewPublic, Record),
        route("GET", "/studies/{id}/responses.csv", ViewRespondents, Record),
        route("POST", "/studies/{id}/responses", ManageStudy, Record),
        route("POST", "/studies/{id}/neighbourhoods", ManageStudy, Record),
        route("POST", "/studies/{id}/boundaries", ManageStudy, Record),
        route("POST", "/studies/{id}/weights", ManageStudy, Record),
        route("POST", "/studies/{id}/indicators", ManageStudy, Record),
        route("POST", "/studies/{id}/notes", ManageStudy, Record),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/studies", label: "nav-studies", section: "/studies", action: Action::ViewPublic }]
}
