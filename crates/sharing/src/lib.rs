//! Institutional information sharing between national and local levels:
//! channels between positions (never persons), typed notices with TLP 2.0
//! labels and sealed content, acknowledgement within a deadline or
//! escalation, a local preparation plan in response, expiry, and counts per
//! channel for accountability. See docs/SECURITY.md for the threat model.

mod channels;
pub mod demo;
pub mod jobs;
pub mod kinds;
mod pages;
pub mod store;
pub mod tables;

use axum::routing::{get, post};
use axum::Router;
use platform::policy::Action;
use platform::web::{route, AppState, NavEntry, RoutePolicy, Target};

pub use tables::TABLES;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sharing", get(pages::inbox))
        .route("/sharing/channels", get(channels::channels_page).post(channels::create_channel))
        .route("/sharing/channels/{id}/new", get(pages::new_notice_form).post(pages::send_notice))
        .route("/sharing/notices/{id}", get(pages::view))
        .route("/sharing/notices/{id}/acknowledge", post(pages::acknowledge))
        .route("/sharing/notices/{id}/respond", post(pages::respond))
        .route("/sharing/notices/{id}/forward", post(pages::forward))
        .route("/sharing/notices/{id}/close", post(pages::close))
        .route("/sharing/notices/{id}/withdraw", post(pages::withdraw))
}

/// Notice routes decide on the notice itself (its positions), which the
/// route test cannot name in advance; they are declared with their action
/// and checked in the handler against the loaded notice or channel.
pub fn policies() -> Vec<RoutePolicy> {
    use Action::*;
    use Target::*;
    vec![
        route("GET", "/sharing", UseSharing, Instance),
        route("GET", "/sharing/channels", ViewSharingStats, Record),
        route("POST", "/sharing/channels", ManageChannels, Record),
        route("GET", "/sharing/channels/{id}/new", SendNotice, Record),
        route("POST", "/sharing/channels/{id}/new", SendNotice, Record),
        route("GET", "/sharing/notices/{id}", ReadNotice, Record),
        route("POST", "/sharing/notices/{id}/acknowledge", ReadNotice, Record),
        route("POST", "/sharing/notices/{id}/respond", ReadNotice, Record),
        route("POST", "/sharing/notices/{id}/forward", ReadNotice, Record),
        route("POST", "/sharing/notices/{id}/close", ReadNotice, Record),
        route("POST", "/sharing/notices/{id}/withdraw", ReadNotice, Record),
    ]
}

pub fn nav() -> Vec<NavEntry> {
    vec![
        NavEntry { href: "/sharing", label: "nav-sharing", section: "/sharing/notices", action: Action::UseSharing },
        NavEntry {
            href: "/sharing/channels",
            label: "nav-channels",
            section: "/sharing/channels",
            action: Action::ViewSharingStats,
        },
    ]
}
