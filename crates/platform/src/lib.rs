//! Mozaik's shared kernel. It knows no feature module: modules build on it and
//! the `mozaik` binary wires them together.

pub mod audit;
pub mod auth;
pub mod countries;
pub mod crypto;
pub mod csv_input;
pub mod db;
pub mod export;
pub mod fold;
pub mod i18n;
pub mod jobs;
pub mod mail;
pub mod memory;
pub mod migrate;
pub mod money;
pub mod notify;
pub mod policy;
pub mod privacy;
pub mod progress;
pub mod record;
pub mod search_feed;
pub mod settings;
pub mod time;
pub mod upload;
pub mod web;
pub mod work;

pub use db::{Backend, Db, Tx};

/// What the [`record!`] and [`text_enum!`] macros expand to, so modules need
/// not name these crates themselves.
#[doc(hidden)]
pub mod reexport {
    pub use serde;
    pub use sqlx;
}
