//! Insight: the overview the hub promised national governments and
//! partners. One dashboard for the region and one per country and entity
//! joins the modules: capacity and needs from the assessments, support
//! delivered (helpdesk, experts, fund), prevention structures and volunteer
//! hours, programmes, and resilience studies. Every block is a table with
//! its chart and downloads of exactly its figures; a municipality appears
//! by name only to those it chose. The open data catalogue (`/data`) lists
//! every dataset the reader may download.

mod blocks;
mod catalogue;
mod pages;
pub mod scope;
mod store;
pub mod table;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/insight", ViewPublic, Public, pages::region)
        .get("/insight/{area}", ViewPublic, Public, pages::area)
        .get("/insight/{area}/{file}", ViewPublic, Public, pages::download)
        .get("/data", ViewPublic, Public, catalogue::catalogue)
        .get("/data/{file}", ViewPublic, Public, catalogue::file)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/insight", label: "nav-insight", section: "/insight", action: Action::ViewPublic }]
}
