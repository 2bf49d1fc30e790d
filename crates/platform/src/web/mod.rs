//! The web shell every module's pages stand in: state, page context, layout,
//! errors, security headers, metrics and static assets.

mod assets;
pub mod cache;
pub mod confirm;
pub mod csrf;
mod error;
pub mod flash;
pub mod form;
pub mod metrics;
mod middleware;
mod page;
pub mod pager;
pub mod routes;

use std::sync::Arc;
use std::time::Instant;

use crate::db::Db;

pub use assets::{asset_routes, css_href, fill_js_href};
pub use confirm::{confirm_page, Confirm};
pub use error::AppError;
pub use middleware::{request_id, security_headers, track_requests, RequestId};
pub use page::{local_path, render, render_content, PageCtx, Shell, LANG_COOKIE};
pub use routes::enforce_declared;
pub use routes::{RoutePolicy, Routes, Target};

/// What every handler can reach. Cheap to clone; app servers keep no other
/// state, so several can share one PostgreSQL behind a load balancer.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub site: Arc<Site>,
    pub cache: Arc<cache::PageCache>,
}

/// Instance-wide settings the pages need.
pub struct Site {
    pub hub_name: String,
    /// Show the customary footnote on Kosovo's designation (see data/SOURCES.md).
    pub kosovo_footnote: bool,
    /// Served over TLS (directly or by a proxy): enables HSTS and Secure cookies.
    pub https: bool,
    pub demo: bool,
    pub nav: Vec<NavEntry>,
    pub started: Instant,
    /// The address users reach Mozaik at, for links in e-mails.
    pub public_url: String,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Every route's declared action, from every module.
    pub policies: Vec<RoutePolicy>,
    /// Public aggregates hide any figure resting on fewer than this many places.
    pub suppression_k: usize,
    /// Seals sensitive fields at rest; `None` when no key is configured.
    pub secret_box: Option<Arc<crate::crypto::SecretBox>>,
    /// Long-lived services a module keeps for the whole process (a search
    /// index), found by their type.
    pub services: Services,
    /// Where each module's open items for a person come from.
    pub work: Vec<crate::work::WorkSource>,
    /// How many items wait for each person, for the header.
    pub work_counts: crate::work::Counts,
    /// The data versions, read once for the requests that wait at a time.
    pub versions: cache::DataVersions,
    /// Signed-in sessions as last read, kept while their data is unchanged.
    pub sessions: crate::auth::actor::SessionCache,
}

/// A map from a type to the one value of it, so that modules can keep
/// their own services in the shared state without the kernel knowing them.
#[derive(Default, Clone)]
pub struct Services(std::collections::HashMap<std::any::TypeId, Arc<dyn std::any::Any + Send + Sync>>);

impl Services {
    pub fn insert<T: Send + Sync + 'static>(&mut self, value: Arc<T>) {
        self.0.insert(std::any::TypeId::of::<T>(), value);
    }

    pub fn get<T: Send + Sync + 'static>(&self) -> Option<Arc<T>> {
        self.0.get(&std::any::TypeId::of::<T>()).cloned().and_then(|v| v.downcast::<T>().ok())
    }
}

/// A main-navigation link contributed by a module.
pub struct NavEntry {
    pub href: &'static str,
    /// Fluent message id of the link text.
    pub label: &'static str,
    /// Path prefix that marks the link as the current section.
    pub section: &'static str,
    /// Shown only to those who may take this action on the instance.
    pub action: crate::policy::Action,
}
