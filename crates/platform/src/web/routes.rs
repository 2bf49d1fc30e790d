//! Every route is declared once, with the action it needs and what that
//! action applies to: [`Routes`] adds the handler to the router and the
//! declaration to the policy list in the same call, so a route cannot exist
//! without its policy. A request to a route that is somehow undeclared is
//! refused (fail closed); a method a route does not serve answers 405 with
//! an `Allow` header, in the page layout.

use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::handler::Handler;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{self, MethodRouter};
use axum::Router;

use super::{AppState, PageCtx};
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
    /// A record of the named kind, given by the path's `{id}`; the handler
    /// loads it and decides on its place, its parties or its positions.
    Record(&'static str),
    /// What the form or the query names (the municipality one asks for, the
    /// country of a channel), or the hub's region; the handler decides on it.
    Chosen,
}

#[derive(Clone, Debug)]
pub struct RoutePolicy {
    pub method: &'static str,
    pub path: &'static str,
    pub action: Action,
    pub target: Target,
}

/// A module's routes with their policies, built together.
pub struct Routes {
    router: Router<AppState>,
    policies: Vec<RoutePolicy>,
}

impl Default for Routes {
    fn default() -> Self {
        Routes::new()
    }
}

impl Routes {
    pub fn new() -> Self {
        Routes { router: Router::new(), policies: Vec::new() }
    }

    pub fn get<H, T>(self, path: &'static str, action: Action, target: Target, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("GET", path, action, target, routing::get(handler))
    }

    pub fn post<H, T>(self, path: &'static str, action: Action, target: Target, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add("POST", path, action, target, routing::post(handler))
    }

    /// A POST route that accepts a larger body than forms do (uploads).
    pub fn post_limited<H, T>(
        self,
        path: &'static str,
        action: Action,
        target: Target,
        handler: H,
        limit: usize,
    ) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let route = routing::post(handler).layer(axum::extract::DefaultBodyLimit::max(limit));
        self.add("POST", path, action, target, route)
    }

    fn add(
        mut self,
        method: &'static str,
        path: &'static str,
        action: Action,
        target: Target,
        handler: MethodRouter<AppState>,
    ) -> Self {
        self.router = self.router.route(path, handler);
        self.policies.push(RoutePolicy { method, path, action, target });
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.router = self.router.merge(other.router);
        self.policies.extend(other.policies);
        self
    }

    /// Adds routes that serve files (static assets) open to everyone.
    pub fn public_router(mut self, paths: &[&'static str], router: Router<AppState>) -> Self {
        self.router = self.router.merge(router);
        for path in paths {
            self.policies.push(RoutePolicy { method: "GET", path, action: Action::ViewPublic, target: Target::Public });
        }
        self
    }

    pub fn policies(&self) -> &[RoutePolicy] {
        &self.policies
    }

    pub fn into_parts(self) -> (Router<AppState>, Vec<RoutePolicy>) {
        (self.router, self.policies)
    }
}

/// The methods declared for a path, as an `Allow` header lists them.
fn allowed_methods(policies: &[RoutePolicy], path: &str) -> Vec<&'static str> {
    let mut methods: Vec<&'static str> = policies.iter().filter(|p| p.path == path).map(|p| p.method).collect();
    if methods.contains(&"GET") {
        methods.push("HEAD");
    }
    methods.sort_unstable();
    methods.dedup();
    methods
}

pub async fn enforce_declared(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(path) = request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string()) else {
        return next.run(request).await;
    };
    let method = request.method().clone();
    let declared = state
        .site
        .policies
        .iter()
        .any(|p| p.path == path && (p.method == method.as_str() || (method == Method::HEAD && p.method == "GET")));
    if declared {
        return next.run(request).await;
    }
    let allowed = allowed_methods(&state.site.policies, &path);
    if allowed.is_empty() {
        tracing::error!(route = path.as_str(), method = method.as_str(), "route has no declared policy; refusing");
        return (StatusCode::INTERNAL_SERVER_ERROR, "This route has no access policy.").into_response();
    }
    method_not_allowed(&state, request, &allowed.join(", ")).await
}

/// 405 in the page layout, naming what the address does accept.
async fn method_not_allowed(state: &AppState, request: Request, allow: &str) -> Response {
    let (mut parts, _) = request.into_parts();
    let mut response = match PageCtx::from_request_parts(&mut parts, state).await {
        Ok(ctx) => {
            ctx.error(StatusCode::METHOD_NOT_ALLOWED, "error-method-title", "error-method-message").into_response()
        }
        Err(e) => e.into_response(),
    };
    *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
    if let Ok(value) = HeaderValue::from_str(allow) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}
