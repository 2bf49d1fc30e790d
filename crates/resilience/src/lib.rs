//! Community resilience studies: a municipality's resident surveys (the
//! BRAVE-14 scale plus local items) in waves, weighted, scored by
//! neighbourhood and community, mapped, and compared from baseline to
//! endline, with small cells suppressed in every output.

pub mod charts;
pub mod demo;
pub mod exports;
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

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use tables::TABLES;

/// Response files can be large: 100,000 rows of CSV is about 8 MB.
const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/studies", ViewPublic, Public, pages::list)
        .post("/studies", ManageStudy, Chosen, pages::create)
        .get("/studies/{id}", ViewPublic, Record("study"), pages::show)
        .get("/studies/{id}/report", ViewPublic, Record("study"), pages::report)
        .get("/studies/{id}/indices.csv", ViewPublic, Record("study"), exports::indices_csv)
        .get("/studies/{id}/indices.xlsx", ViewPublic, Record("study"), exports::indices_xlsx)
        .get("/studies/{id}/indices.json", ViewPublic, Record("study"), exports::indices_json)
        .get("/studies/{id}/responses.csv", ViewRespondents, Record("study"), exports::responses_csv)
        .post_limited("/studies/{id}/responses", ManageStudy, Record("study"), owner::upload, UPLOAD_LIMIT)
        .post("/studies/{id}/neighbourhoods", ManageStudy, Record("study"), owner::add_neighbourhood)
        .post_limited("/studies/{id}/boundaries", ManageStudy, Record("study"), owner::upload_boundaries, UPLOAD_LIMIT)
        .post("/studies/{id}/weights", ManageStudy, Record("study"), owner::weights)
        .post("/studies/{id}/indicators", ManageStudy, Record("study"), owner::add_indicator)
        .post("/studies/{id}/notes", ManageStudy, Record("study"), owner::notes)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/studies", label: "nav-studies", section: "/studies", action: Action::ViewPublic }]
}
