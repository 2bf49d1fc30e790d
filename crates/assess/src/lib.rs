//! Assessments: the city prevention capacity and needs self-assessment, in
//! rounds over time, with results rolled up by country and region. Every
//! question allows "don't know", which is counted, never dropped.

pub mod answers_import;
pub mod audiences;
pub mod default_instrument;
pub mod demo;
pub mod exports;
pub mod figures;
mod fill;
pub mod generate;
pub mod instrument;
mod instruments_page;
pub mod place_view;
pub mod reminders;
pub mod results;
pub mod rollup;
mod rounds;
pub mod store;
pub mod tables;
pub mod work;
pub mod xlsform;
pub mod xpath;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use results::{lacks, HEADLINE, K};
pub use tables::TABLES;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/assess", ViewPublic, Public, rounds::index)
        .post("/assess/rounds", ManageRounds, Chosen, rounds::open)
        .get("/assess/instruments", ViewPublic, Public, instruments_page::list)
        .post("/assess/instruments", ManageRounds, Chosen, instruments_page::upload)
        .get("/assess/instruments/{id}/xlsform", ViewPublic, Record("instrument"), instruments_page::download)
        .post("/assess/boundaries", ManageRounds, Chosen, instruments_page::upload_boundaries)
        .get("/assess/rounds/{id}", ViewPublic, Record("round"), rounds::progress)
        .get("/assess/rounds/{id}/results", ViewPublic, Record("round"), results::results_page)
        .get("/assess/rounds/{id}/results.csv", ViewPublic, Record("round"), results::results_csv)
        .get("/assess/rounds/{id}/results.json", ViewPublic, Record("round"), exports::results_json)
        .get("/assess/rounds/{id}/answers", ViewUnsuppressed, Record("round"), exports::answers_export)
        .get("/assess/rounds/{id}/places/{code}", ViewAnswers, Record("round"), fill::fill_form)
        .post("/assess/rounds/{id}/places/{code}", FillAssessment, Record("round"), fill::save)
        .post("/assess/rounds/{id}/places/{code}/logic", FillAssessment, Record("round"), fill::logic)
        .post_limited(
            "/assess/rounds/{id}/places/{code}/files/{question}",
            FillAssessment,
            Record("round"),
            fill::upload_file,
            fill::MAX_FILE + 64 * 1024,
        )
        .get("/assess/rounds/{id}/places/{code}/files/{question}", ViewAnswers, Record("round"), fill::file)
        .post("/assess/rounds/{id}/places/{code}/reopen", ManageRounds, Record("round"), fill::reopen)
        .post("/assess/rounds/{id}/places/{code}/audience", FillAssessment, Record("round"), fill::choose_audience)
        .get("/assess/rounds/{id}/places/{code}/needs.json", ViewAnswers, Record("round"), fill::needs_json)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/assess", label: "nav-assess", section: "/assess", action: Action::ViewPublic }]
}
