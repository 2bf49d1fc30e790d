//! Signing in: passwords, second factors, sessions, login throttling, and
//! the random tokens behind sessions, invitations and API keys.

pub mod actor;
pub mod device;
pub mod password;
pub mod session;
pub mod throttle;
pub mod token;
pub mod totp;

pub use actor::{Account, Actor, Grant};
