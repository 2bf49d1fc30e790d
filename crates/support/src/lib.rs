//! Hub support: how the hub answers cities' needs. The helpdesk with
//! service levels on each country's business calendar, the expert pool and
//! matching, the Technical Support Fund, country work plans built on the
//! assessed needs, and the volunteer hours that keep prevention going.

pub mod calendar;
pub mod demo;
pub mod experts;
mod experts_pages;
pub mod fund;
mod fund_pages;
pub mod helpdesk;
mod helpdesk_pages;
mod hours;
pub mod scope;
pub mod service_levels;
pub mod tables;
pub mod workplans;
mod workplans_pages;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use fund_pages::remind_reports;
pub use tables::TABLES;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/support", ViewSupport, Chosen, helpdesk_pages::index)
        .post("/support/requests", RequestSupport, Chosen, helpdesk_pages::ask)
        .get("/support/requests/{id}", ViewSupport, Record("support_request"), helpdesk_pages::show)
        .post("/support/requests/{id}", ViewSupport, Record("support_request"), helpdesk_pages::act)
        .get("/support/faq", ViewPublic, Public, helpdesk_pages::faq)
        .get("/support/experts", ManageSupport, Chosen, experts_pages::list)
        .post("/support/experts", ManageSupport, Chosen, experts_pages::create)
        .get("/support/assignments/{id}", DoAssignedWork, Record("assignment"), experts_pages::show)
        .post("/support/assignments/{id}", DoAssignedWork, Record("assignment"), experts_pages::act)
        .get("/support/fund", ViewPublic, Public, fund_pages::index)
        .post("/support/fund", ManageSupport, Chosen, fund_pages::create_call)
        .get("/support/fund/{id}", ViewSupport, Record("fund_call"), fund_pages::show_call)
        .post("/support/fund/{id}", RequestSupport, Record("fund_call"), fund_pages::apply)
        .get("/support/applications/{id}", ViewSupport, Record("fund_application"), fund_pages::show_application)
        .post("/support/applications/{id}", ViewSupport, Record("fund_application"), fund_pages::act)
        .get("/support/plans", ViewPublic, Public, workplans_pages::index)
        .post("/support/plans", ManageSupport, Chosen, workplans_pages::create)
        .get("/support/plans/{id}", ViewPublic, Record("work_plan"), workplans_pages::show)
        .post("/support/plans/{id}", ManageSupport, Record("work_plan"), workplans_pages::act)
        .get("/support/plans/{id}/plan.xlsx", ViewPublic, Record("work_plan"), workplans_pages::download)
        .get("/support/hours", ViewPublic, Public, hours::index)
        .post("/support/hours", RequestSupport, Chosen, hours::log)
}

pub fn nav() -> Vec<NavEntry> {
    vec![NavEntry { href: "/support", label: "nav-support", section: "/support", action: Action::ViewPublic }]
}

/// Looks for fund reports coming due every hour, for as long as the server runs.
pub fn spawn_reminders(db: platform::Db) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = remind_reports(&db, chrono::Utc::now()).await {
                tracing::warn!(error = %e, "fund report reminders could not run");
            }
            tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        }
    })
}
