//! The Technical Support Fund: calls with a budget, eligibility rules and
//! weighted criteria; applications from municipalities, linked to their
//! assessed needs and to the helpdesk request behind them; at least two
//! independent reviews without conflict of interest; a decision that never
//! commits more than the call's budget; then the agreement, tranches and
//! reports. Every amount is an exact [`platform::money::Eur`].

mod application_pages;
mod calls_pages;
mod project_actions;
mod reminders;
mod review_actions;
pub mod rules;
pub mod store;

pub use reminders::{remind_activities, remind_reports};

/// The fund's routes: calls and applying, then an application's page and
/// every operation on it.
pub fn routes() -> platform::web::Routes {
    calls_pages::routes().merge(application_pages::routes())
}
pub use rules::{Criterion, Decision, ReportKind, Stage, MIN_REVIEWS};
pub use store::{
    add_reviewer, apply, create_call, decide, declare, load_application, move_to, reviews, score, Application, Call,
    NewApplication, Refusal,
};
