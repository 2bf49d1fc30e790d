//! The knowledge hub: good practices from anywhere in the world, written in
//! any language with each translation's status; a terminology base that
//! warns reviewers when a translation loses a concept; and one search over
//! practices and the directory that meets across languages and scripts.

pub mod analysis;
pub mod demo;
mod directory_refs;
pub mod events;
mod events_pages;
pub mod generate;
mod pages;
pub mod peers;
pub mod practices;
pub mod programmes;
mod programmes_pages;
pub mod search;
pub mod tables;
pub mod terminology;
pub mod work;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use pages::{ATTACHMENT_TYPES, MAX_ATTACHMENT};
pub use search::Search;
pub use tables::TABLES;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/knowledge", ViewPublic, Public, pages::search_page)
        .post("/knowledge/reindex", ReviewKnowledge, Chosen, pages::reindex)
        .get("/knowledge/practices/new", ContributeKnowledge, Instance, pages::new_form)
        .post("/knowledge/practices", ContributeKnowledge, Instance, pages::create)
        .get("/knowledge/practices/{id}", ViewPublic, Record("practice"), pages::show)
        .post("/knowledge/practices/{id}/state", ContributeKnowledge, Record("practice"), pages::move_practice)
        .post("/knowledge/practices/{id}/translations", ContributeKnowledge, Record("practice"), pages::translate)
        .post(
            "/knowledge/practices/{id}/translations/{language}/confirm",
            ReviewKnowledge,
            Record("practice"),
            pages::confirm_translation,
        )
        .get("/knowledge/practices/{id}/edit", ContributeKnowledge, Record("practice"), pages::edit_form)
        .post("/knowledge/practices/{id}/edit", ContributeKnowledge, Record("practice"), pages::update)
        .post_limited(
            "/knowledge/practices/{id}/attachments",
            ContributeKnowledge,
            Record("practice"),
            pages::attach,
            MAX_ATTACHMENT + 64 * 1024,
        )
        .get("/knowledge/attachments/{id}", ViewPublic, Record("attachment"), pages::attachment)
        .get("/knowledge/programmes", ViewPublic, Public, programmes_pages::index)
        .post("/knowledge/programmes", PublishProgramme, Chosen, programmes_pages::create)
        .post("/knowledge/follows", ContributeKnowledge, Instance, programmes_pages::follow)
        .get("/knowledge/events", ViewPublic, Public, events_pages::index)
        .post("/knowledge/events", ReviewKnowledge, Chosen, events_pages::create)
        .get("/knowledge/events/{id}", ViewPublic, Record("event"), events_pages::show)
        .post("/knowledge/events/{id}/registrations", ContributeKnowledge, Record("event"), events_pages::register)
        .post("/knowledge/events/{id}/attendance", ReviewKnowledge, Record("event"), events_pages::attendance)
        .post("/knowledge/events/{id}/polls", ReviewKnowledge, Record("event"), events_pages::open_poll)
        .get("/knowledge/peers/{code}", ViewAnswers, Place, peers::page)
        .get("/poll", ViewPublic, Public, events_pages::join)
        .get("/poll/{code}", ViewPublic, Public, events_pages::show_poll)
        .post("/poll/{code}", ViewPublic, Public, events_pages::vote)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/knowledge", label: "nav-knowledge", section: "/knowledge", action: Action::ViewPublic }]
}
