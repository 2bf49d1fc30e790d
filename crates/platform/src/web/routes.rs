//! Every route declares the action it needs and what the action applies to.
//! A request to a route without a declaration is refused (fail closed), and
//! the route-by-role test walks these declarations.

use axum::extract::{MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::policy::Action;

/// What a route's action applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Anyone, no resource.
    Public,
    /// The instance (administration).
    Instance,
    /// The place named by the `{code}` path parameter.
    Place,
    /// The signed-in user's own account.
    OwnAccount,
    /// The sign-in flow itself, open to anyone.
    SignIn,
    /// A record named by the path (a notice, a channel) whose own positions
    /// decide; the handler checks it after loading the record.
    Record,
}

#[derive(Clone, Debug)]
pub struct RoutePolicy {
    pub method: &'static str,
    pub path: &'static str,
    pub action: Action,
    pub target: Target,
}

pub const fn route(method: &'static str, path: &'static str, action: Action, target: Target) -> RoutePolicy {
    RoutePolicy { method, path, action, target }
}

pub async fn enforce_declared(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if let Some(path) = request.extensions().get::<MatchedPath>() {
        let method = request.method().as_str();
        let declared = state
            .site
            .policies
            .iter()
            .any(|p| p.path == path.as_str() && (p.method == method || (method == "HEAD" && p.method == "GET")));
        if !declared {
            tracing::error!(route = path.as_str(), method, "route has no declared policy; refusing");
            return (StatusCode::INTERNAL_SERVER_ERROR, "This route has no access policy.").into_response();
        }
    }
    next.run(request).await
}
