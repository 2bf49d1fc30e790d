//! The `mozaik` binary's library half: configuration, wiring of the modules
//! into one router, and the command-line commands. Kept as a library so the
//! integration tests drive exactly what the binary runs.

pub mod api;
pub mod app;
pub mod commands;
pub mod config;
mod home;
pub mod privacy;
pub mod schema;
