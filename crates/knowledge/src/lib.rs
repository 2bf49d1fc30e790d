//! The knowledge hub: good practices from anywhere in the world, written in
//! any language with each translation's status; a terminology base that
//! warns reviewers when a translation loses a concept; and one search over
//! practices and the directory that meets across languages and scripts.

pub mod analysis;
pub mod demo;
pub mod events;
mod events_pages;
pub mod generate;
mod pages;
mod peers;
pub mod practices;
pub mod programmes;
mod programmes_pages;
pub mod search;
pub mod tables;
pub mod terminology;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use pages::{ATTACHMENT_TYPES, MAX_ATTACHMENT};
pub use search::Search;
pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/knowledge", get(pages::search_page))
        .route("/knowledge/reindex", post(pages::reindex))
        .route("/knowledge/practices/new", get(pages::new_form))
        .route("/knowledge/practices", post(pages::create))
        .route("/knowledge/practices/{id}", get(pages::show).post(pages::act))
        .route("/knowledge/practices/{id}/edit", get(pages::edit_form).post(pages::update))
        .route(
            "/knowledge/practices/{id}/attachments",
            post(pages::attach).layer(DefaultBodyLimit::max(MAX_ATTACHMENT + 64 * 1024)),
        )
        .route("/knowledge/attachments/{id}", get(pages::attachment))
        .route("/knowledge/programmes", get(programmes_pages::index).post(programmes_pages::create))
        .route("/knowledge/follows", post(programmes_pages::follow))
        .route("/knowledge/events", get(events_pages::index).post(events_pages::create))
        .route("/knowledge/events/{id}", get(events_pages::show).post(events_pages::act))
        .route("/knowledge/peers/{code}", get(peers::page))
        .route("/poll", get(events_pages::join))
        .route("/poll/{code}", get(events_pages::show_poll).post(events_pages::vote))
}

/// A practice decides on its own state and author once loaded.
pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/knowledge", ViewPublic, Public),
        route("POST", "/knowledge/reindex", ReviewKnowledge, Record),
        route("GET", "/knowledge/practices/new", ContributeKnowledge, Instance),
        route("POST", "/knowledge/practices", ContributeKnowledge, Instance),
        route("GET", "/knowledge/practices/{id}", ViewPublic, Record),
        route("POST", "/knowledge/practices/{id}", ContributeKnowledge, Record),
        route("GET", "/knowledge/practices/{id}/edit", ContributeKnowledge, Record),
        route("POST", "/knowledge/practices/{id}/edit", ContributeKnowledge, Record),
        route("POST", "/knowledge/practices/{id}/attachments", ContributeKnowledge, Record),
        route("GET", "/knowledge/attachments/{id}", ViewPublic, Record),
        route("GET", "/knowledge/programmes", ViewPublic, Public),
        route("POST", "/knowledge/programmes", PublishProgramme, Record),
        route("POST", "/knowledge/follows", ContributeKnowledge, Instance),
        route("GET", "/knowledge/events", ViewPublic, Public),
        route("POST", "/knowledge/events", ReviewKnowledge, Record),
        route("GET", "/knowledge/events/{id}", ViewPublic, Record),
        route("POST", "/knowledge/events/{id}", ContributeKnowledge, Record),
        route("GET", "/knowledge/peers/{code}", ViewAnswers, Place),
        route("GET", "/poll", ViewPublic, Public),
        route("GET", "/poll/{code}", ViewPublic, Public),
        route("POST", "/poll/{code}", ViewPublic, Public),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/knowledge", label: "nav-knowledge", section: "/knowledge", action: Action::ViewPublic }]
}
