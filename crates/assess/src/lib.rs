//! Assessments: the city prevention capacity and needs self-assessment, in
//! rounds over time, with results rolled up by country and region. Every
//! question allows "don't know", which is counted, never dropped.

pub mod answers_import;
pub mod default_instrument;
pub mod demo;
mod exports;
mod fill;
pub mod generate;
pub mod instrument;
mod instruments_page;
pub mod reminders;
mod results;
mod rounds;
pub mod store;
pub mod tables;
pub mod xlsform;

use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use results::{lacks, K};
pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/assess", get(rounds::index))
        .route("/assess/rounds", post(rounds::open))
        .route("/assess/instruments", get(instruments_page::list).post(instruments_page::upload))
        .route("/assess/instruments/{id}/xlsform", get(instruments_page::download))
        .route("/assess/boundaries", post(instruments_page::upload_boundaries))
        .route("/assess/rounds/{id}", get(rounds::progress))
        .route("/assess/rounds/{id}/results", get(results::results_page))
        .route("/assess/rounds/{id}/results.csv", get(results::results_csv))
        .route("/assess/rounds/{id}/results.json", get(exports::results_json))
        .route("/assess/rounds/{id}/answers", get(exports::answers_export))
        .route("/assess/rounds/{id}/places/{code}", get(fill::fill_form).post(fill::save))
        .route("/assess/rounds/{id}/places/{code}/reopen", post(fill::reopen))
        .route("/assess/rounds/{id}/places/{code}/needs.json", get(fill::needs_json))
}

/// A municipality's entry is decided on the loaded round and place.
pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/assess", ViewPublic, Public),
        route("POST", "/assess/rounds", ManageRounds, Record),
        route("GET", "/assess/instruments", ViewPublic, Public),
        route("POST", "/assess/instruments", ManageRounds, Record),
        route("GET", "/assess/instruments/{id}/xlsform", ViewPublic, Record),
        route("POST", "/assess/boundaries", ManageRounds, Record),
        route("GET", "/assess/rounds/{id}", ViewPublic, Record),
        route("GET", "/assess/rounds/{id}/results", ViewPublic, Record),
        route("GET", "/assess/rounds/{id}/results.csv", ViewPublic, Record),
        route("GET", "/assess/rounds/{id}/results.json", ViewPublic, Record),
        route("GET", "/assess/rounds/{id}/answers", ViewUnsuppressed, Record),
        route("GET", "/assess/rounds/{id}/places/{code}", ViewAnswers, Record),
        route("POST", "/assess/rounds/{id}/places/{code}", FillAssessment, Record),
        route("POST", "/assess/rounds/{id}/places/{code}/reopen", ManageRounds, Record),
        route("GET", "/assess/rounds/{id}/places/{code}/needs.json", ViewAnswers, Record),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/assess", label: "nav-assess", section: "/assess", action: Action::ViewPublic }]
}
