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

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use tables::TABLES;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/places", ViewPublic, Public, pages::places_index)
        .get("/places/{code}", ViewPublic, Public, pages::place_page)
        .get("/places/{code}/people", ViewPeople, Place, people::people_page)
        .get("/places/{code}/roles", ViewPublic, Public, matrix::matrix_page)
        .post("/places/{code}/roles", EditRolesMatrix, Record("roles_matrix"), matrix::save_matrix)
        .get("/directory/search", ViewPublic, Public, pages::search_page)
        .get("/directory/places.csv", ViewPublic, Public, pages::places_csv)
        .get("/directory/institutions.csv", ViewPublic, Public, pages::institutions_csv)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/places", label: "nav-directory", section: "/places", action: Action::ViewPublic }]
}
