//! Institutional information sharing between national and local levels:
//! channels between positions (never persons), typed notices with TLP 2.0
//! labels and sealed content, acknowledgement within a deadline or
//! escalation, a local preparation plan in response, expiry, and counts per
//! channel for accountability. See docs/SECURITY.md for the threat model.

mod channels;
pub mod demo;
pub mod forms;
pub mod jobs;
pub mod kinds;
mod pages;
pub mod store;
pub mod tables;
pub mod work;

use platform::policy::Action;
use platform::web::{NavEntry, Routes, Target};

pub use tables::TABLES;

pub fn routes() -> Routes {
    use Action::*;
    use Target::*;
    Routes::new()
        .get("/sharing", UseSharing, Instance, pages::inbox)
        .get("/sharing/channels", ViewSharingStats, Chosen, channels::channels_page)
        .post("/sharing/channels", ManageChannels, Chosen, channels::create_channel)
        .get("/sharing/channels/{id}/new", SendNotice, Record("channel"), pages::new_notice_form)
        .post("/sharing/channels/{id}/new", SendNotice, Record("channel"), pages::send_notice)
        .get("/sharing/notices/{id}", ReadNotice, Record("notice"), pages::view)
        .post("/sharing/notices/{id}/acknowledge", ReadNotice, Record("notice"), pages::acknowledge)
        .post("/sharing/notices/{id}/respond", ReadNotice, Record("notice"), pages::respond)
        .post("/sharing/notices/{id}/forward", ReadNotice, Record("notice"), pages::forward)
        .post("/sharing/notices/{id}/close", ReadNotice, Record("notice"), pages::close)
        .post("/sharing/notices/{id}/withdraw", ReadNotice, Record("notice"), pages::withdraw)
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
