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

use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use fund_pages::remind_reports;
pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/support", get(helpdesk_pages::index))
        .route("/support/requests", post(helpdesk_pages::ask))
        .route("/support/requests/{id}", get(helpdesk_pages::show).post(helpdesk_pages::act))
        .route("/support/faq", get(helpdesk_pages::faq))
        .route("/support/experts", get(experts_pages::list).post(experts_pages::create))
        .route("/support/assignments/{id}", get(experts_pages::show).post(experts_pages::act))
        .route("/support/fund", get(fund_pages::index).post(fund_pages::create_call))
        .route("/support/fund/{id}", get(fund_pages::show_call).post(fund_pages::apply))
        .route("/support/applications/{id}", get(fund_pages::show_application).post(fund_pages::act))
        .route("/support/plans", get(workplans_pages::index).post(workplans_pages::create))
        .route("/support/plans/{id}", get(workplans_pages::show).post(workplans_pages::act))
        .route("/support/plans/{id}/plan.xlsx", get(workplans_pages::download))
        .route("/support/hours", get(hours::index).post(hours::log))
}

/// Requests, assignments and applications are decided on the loaded record
/// (its municipality, its expert or reviewer); the lists filter by role.
pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/support", ViewSupport, Record),
        route("POST", "/support/requests", RequestSupport, Record),
        route("GET", "/support/requests/{id}", ViewSupport, Record),
        route("POST", "/support/requests/{id}", ViewSupport, Record),
        route("GET", "/support/faq", ViewPublic, Public),
        route("GET", "/support/experts", ManageSupport, Record),
        route("POST", "/support/experts", ManageSupport, Record),
        route("GET", "/support/assignments/{id}", DoAssignedWork, Record),
        route("POST", "/support/assignments/{id}", DoAssignedWork, Record),
        route("GET", "/support/fund", ViewPublic, Public),
        route("POST", "/support/fund", ManageSupport, Record),
        route("GET", "/support/fund/{id}", ViewSupport, Record),
        route("POST", "/support/fund/{id}", RequestSupport, Record),
        route("GET", "/support/applications/{id}", ViewSupport, Record),
        route("POST", "/support/applications/{id}", ViewSupport, Record),
        route("GET", "/support/plans", ViewPublic, Public),
        route("POST", "/support/plans", ManageSupport, Record),
        route("GET", "/support/plans/{id}", ViewPublic, Record),
        route("POST", "/support/plans/{id}", ManageSupport, Record),
        route("GET", "/support/plans/{id}/plan.xlsx", ViewPublic, Record),
        route("GET", "/support/hours", ViewPublic, Public),
        route("POST", "/support/hours", RequestSupport, Record),
    ]
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
