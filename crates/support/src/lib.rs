//! Hub support: how the hub answers cities' needs. The helpdesk with
//! service levels on each country's business calendar, the expert pool and
//! matching, the Technical Support Fund, country work plans built on the
//! assessed needs, and the volunteer hours that keep prevention going.

mod assignment_pages;
pub mod calendar;
pub mod demo;
pub mod experts;
mod experts_pages;
pub mod fund;
pub mod helpdesk;
mod helpdesk_pages;
mod hours;
mod hours_pages;
mod needs;
mod notes;
mod request_pages;
pub mod scope;
pub mod service_levels;
pub mod tables;
pub mod work;
pub mod workplans;
mod workplans_pages;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use fund::{remind_activities, remind_reports};
pub use tables::TABLES;

pub fn routes() -> Routes {
    Routes::new()
        .merge(helpdesk_pages::routes())
        .merge(experts_pages::routes())
        .merge(fund::routes())
        .merge(workplans_pages::routes())
        .get("/support/hours", Action::ViewPublic, Target::Public, hours_pages::index)
        .post("/support/hours", Action::RequestSupport, Target::Chosen, hours_pages::log)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/support", label: "nav-support", section: "/support", action: Action::ViewPublic }]
}
