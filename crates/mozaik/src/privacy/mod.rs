//! Personal data across the modules: the records of processing gathered
//! from every module's declarations, the public privacy notice and its
//! Markdown twin (`docs/PRIVACY.md`), a person's data download, erasure on
//! request, and the retention job.

mod mentions;
pub mod notice;
mod pages;
pub mod person;
mod readable;
pub mod retention;

use platform::col;
use platform::export::Table;
use platform::policy::Action;
use platform::privacy::{Declaration, Records};
use platform::web::{NavEntry, Routes, Target};

pub const ERASURES: Table = Table {
    name: "erasures",
    columns: &[col!("id", Int), col!("person_id", Int), col!("reason", Text), col!("erased_at", Time)],
};

pub const TABLES: &[&Table] = &[&ERASURES];

/// The list of erasures names no one: only the number of an erased person.
pub const PRIVACY: Records = Records { declarations: &[], without_personal_data: &["erasures"] };

/// Every declaration of every module, in the order the modules are listed.
pub fn declarations() -> impl Iterator<Item = &'static Declaration> {
    crate::schema::records().into_iter().flat_map(|r| r.declarations.iter())
}

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/privacy", ViewPublic, Public, pages::notice_page)
        .get("/account/data", ManageOwnAccount, OwnAccount, pages::own_data_page)
        .get("/account/data.json", ManageOwnAccount, OwnAccount, pages::own_data_json)
        .get("/admin/privacy", ManagePersonalData, Instance, pages::admin_page)
        .post("/admin/privacy/retention", ManagePersonalData, Instance, pages::set_period)
        .post("/admin/privacy/retention/run", ManagePersonalData, Instance, pages::run_retention)
        .get("/admin/privacy/people/{id}", ManagePersonalData, Instance, pages::person_page)
        .get("/admin/privacy/people/{id}/data.json", ManagePersonalData, Instance, pages::person_json)
        .post("/admin/privacy/people/{id}/erase", ManagePersonalData, Instance, pages::erase)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry {
        href: "/admin/privacy",
        label: "nav-privacy",
        section: "/admin/privacy",
        action: Action::ManagePersonalData,
    }]
}
