use std::sync::Arc;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use super::{AppError, AppState, Site};
use crate::i18n::{i18n, Tr};

/// Per-request context for pages: the reader's language and the site.
pub struct PageCtx {
    pub tr: Tr,
    pub site: Arc<Site>,
    pub path: String,
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let catalog = i18n();
        let from_cookie = parts
            .headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .find_map(|kv| kv.trim().strip_prefix("lang="))
            .and_then(|code| catalog.get(code));
        let tr = from_cookie
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| catalog.negotiate(v))
            })
            .unwrap_or_else(|| catalog.default_tr());
        Ok(PageCtx {
            tr,
            site: state.site.clone(),
            path: parts.uri.path().to_string(),
        })
    }
}

/// A link in the main navigation, resolved for one request.
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// What the layout (`base.html`) needs; every page template holds one.
pub struct Shell {
    pub tr: Tr,
    pub title: String,
    pub hub_name: String,
    pub nav: Vec<NavLink>,
    pub kosovo_footnote: bool,
    pub demo: bool,
    pub css: &'static str,
    pub version: &'static str,
}

impl PageCtx {
    /// The layout for a page titled `title`.
    pub fn shell(&self, title: impl Into<String>) -> Shell {
        let nav = self
            .site
            .nav
            .iter()
            .map(|entry| NavLink {
                href: entry.href,
                label: self.tr.t(entry.label),
                current: if entry.section == "/" {
                    self.path == "/"
                } else {
                    self.path.starts_with(entry.section)
                },
            })
            .collect();
        Shell {
            tr: self.tr,
            title: title.into(),
            hub_name: self.site.hub_name.clone(),
            nav,
            kosovo_footnote: self.site.kosovo_footnote,
            demo: self.site.demo,
            css: super::css_href(),
            version: env!("CARGO_PKG_VERSION"),
        }
    }

    /// An error page in the reader's language.
    pub fn error(&self, status: StatusCode, title_key: &str, message_key: &str) -> AppError {
        let page = ErrorPage {
            shell: self.shell(self.tr.t(title_key)),
            message: self.tr.t(message_key),
            status: status.as_u16(),
        };
        match render(&page) {
            Ok(response) => AppError::Page(Box::new((status, response).into_response())),
            Err(e) => e,
        }
    }

    pub fn not_found(&self) -> AppError {
        self.error(
            StatusCode::NOT_FOUND,
            "error-not-found-title",
            "error-not-found-message",
        )
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    shell: Shell,
    message: String,
    status: u16,
}

/// Renders a template as an HTML response.
pub fn render<T: Template>(template: &T) -> Result<Response, AppError> {
    let body = template
        .render()
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(Html(body).into_response())
}

#[derive(Template)]
#[template(path = "content.html")]
struct ContentPage<'a> {
    shell: Shell,
    content: &'a str,
}

/// Wraps already-rendered content (for example from the page cache) in the layout.
pub fn render_content(shell: Shell, content: &str) -> Result<Response, AppError> {
    render(&ContentPage { shell, content })
}
