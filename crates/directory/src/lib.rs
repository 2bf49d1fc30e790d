//! The directory: a dated hierarchy of places with each country's own
//! levels; institutions, positions and the people who hold them over time;
//! prevention structures and their member positions; network membership.

pub mod at_place;
pub mod csv_io;
pub mod demo;
pub mod generate;
pub mod kinds;
pub mod matrix;
pub mod pages;
mod people;
pub mod places;
pub mod records;
pub mod reference;
pub mod shapes;
pub mod tables;

use axum::routing::get;
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/places", get(pages::places_index))
        .route("/places/{code}", get(pages::place_page))
        .route("/places/{code}/people", get(people::people_page))
        .route("/places/{code}/roles", get(matrix::matrix_page).post(matrix::save_matrix))
        .route("/directory/search", get(pages::search_page))
        .route("/directory/places.csv", get(pages::places_csv))
        .route("/directory/institutions.csv", get(pages::institutions_csv))
}

pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/places", ViewPublic, Public),
        route("GET", "/places/{code}", ViewPublic, Public),
        route("GET", "/places/{code}/people", ViewPeople, Place),
        route("GET", "/places/{code}/roles", ViewPublic, Public),
        route("POST", "/places/{code}/roles", EditRolesMatrix, Record),
        route("GET", "/directory/search", ViewPublic, Public),
        route("GET", "/directory/places.csv", ViewPublic, Public),
        route("GET", "/directory/institutions.csv", ViewPublic, Public),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/places", label: "nav-directory", section: "/places", action: Action::ViewPublic }]
}
