//! The directory: a dated hierarchy of places with each country's own
//! levels; institutions, positions and the people who hold them over time;
//! prevention structures and their member positions; network membership.

pub mod at_place;
pub mod csv_io;
pub mod demo;
pub mod generate;
pub mod kinds;
pub mod pages;
pub mod places;
pub mod records;
pub mod reference;
pub mod tables;

use axum::routing::get;
use axum::Router;
use platform::web::{AppState, NavEntry};

pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/places", get(pages::places_index))
        .route("/places/{code}", get(pages::place_page))
        .route("/directory/search", get(pages::search_page))
        .route("/directory/places.csv", get(pages::places_csv))
        .route("/directory/institutions.csv", get(pages::institutions_csv))
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry {
        href: "/places",
        label: "nav-directory",
        section: "/places",
    }]
}
