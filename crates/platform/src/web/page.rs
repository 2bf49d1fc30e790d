use std::sync::Arc;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::Utc;

use super::csrf::{cookie_value, CsrfToken};
use super::{AppError, AppState, RequestId, Site};
use crate::audit::AuditCtx;
use crate::auth::actor::SessionActor;
use crate::auth::session::{self, needs_touch, STAGE_FULL};
use crate::auth::token::hash_token;
use crate::auth::{Account, Actor};
use crate::i18n::{i18n, Tr};
use crate::policy::{can, Action, Decision, Resource};

pub const LANG_COOKIE: &str = "mozaik_lang";

/// Per-request context for pages: who is asking, in which language, and the
/// site they are on.
pub struct PageCtx {
    pub tr: Tr,
    pub site: Arc<Site>,
    /// Path and query of this request, for links back to it.
    pub path: String,
    pub actor: Actor,
    /// A signed-in session still waiting for its second factor.
    pub pending: Option<(Account, String)>,
    pub csrf: String,
    pub request_id: String,
    /// Whether the language comes from the visitor's own choice.
    pub lang_chosen: bool,
    /// What the last action did, shown once (see [`super::flash`]).
    pub flash: Option<String>,
    /// How many open items wait for the signed-in person.
    pub work_count: usize,
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let catalog = i18n();
        let now = Utc::now();
        let mut actor = Actor::Anonymous;
        let mut pending = None;
        if let Some(token) = cookie_value(&parts.headers, session::cookie_name(state.site.https)) {
            let versions = state.site.versions.current(&state.db).await?;
            let read_at =
                (versions.get("access").copied().unwrap_or(0), versions.get("directory").copied().unwrap_or(0));
            let token_hash = hash_token(token);
            if let Some(SessionActor { account, stage, last_seen_at }) =
                state.site.sessions.actor(&state.db, read_at, &token_hash, now).await?
            {
                if needs_touch(last_seen_at, now) {
                    if let Some(id) = account.session_id {
                        let mut tx = state.db.begin().await?;
                        session::touch(&mut tx, id, now).await?;
                        tx.commit().await?;
                        state.site.sessions.touched(&token_hash, now);
                    }
                }
                if stage == STAGE_FULL {
                    actor = Actor::Account(Box::new(account));
                } else {
                    pending = Some((account, stage));
                }
            }
        }
        let chosen = actor
            .account()
            .and_then(|a| a.locale.as_deref())
            .or_else(|| cookie_value(&parts.headers, LANG_COOKIE))
            .and_then(|code| catalog.get(code));
        let tr = chosen
            .or_else(|| {
                parts
                    .headers
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| catalog.negotiate(v))
            })
            .unwrap_or_else(|| catalog.default_tr());
        // What waits for the person, counted for the header; after an action
        // (a one-time message is waiting) the count is taken afresh.
        let flash = super::flash::read(&parts.headers, tr);
        let work_count = match actor.account() {
            Some(account) if parts.method == axum::http::Method::GET => {
                if flash.is_some() {
                    state.site.work_counts.forget(account.id);
                }
                state.site.work_counts.get(&state.db, &state.site.work, account, tr).await
            }
            _ => 0,
        };
        Ok(PageCtx {
            work_count,
            tr,
            site: state.site.clone(),
            path: parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| "/".into()),
            actor,
            pending,
            csrf: parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default(),
            request_id: parts.extensions.get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default(),
            lang_chosen: chosen.is_some(),
            flash,
        })
    }
}

/// A link in the main navigation, resolved for one request.
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// A language in the switcher.
pub struct LocaleLink {
    pub code: &'static str,
    pub autonym: &'static str,
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
    pub user: Option<String>,
    pub csrf: String,
    pub here: String,
    pub locales: Vec<LocaleLink>,
    /// What the last action did, shown once at the top of the page.
    pub flash: Option<String>,
    /// How many open items wait for the signed-in person.
    pub work_count: usize,
}

impl PageCtx {
    /// The layout for a page titled `title`.
    pub fn shell(&self, title: impl Into<String>) -> Shell {
        let nav = self
            .site
            .nav
            .iter()
            .filter(|entry| can(&self.actor, entry.action, &Resource::Instance).allowed())
            .map(|entry| NavLink {
                href: entry.href,
                label: self.tr.t(entry.label),
                current: if entry.section == "/" { self.path == "/" } else { self.path.starts_with(entry.section) },
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
            user: self.actor.account().map(|a| a.name.clone()),
            csrf: self.csrf.clone(),
            here: self.path.clone(),
            flash: self.flash.clone(),
            work_count: self.work_count,
            locales: i18n()
                .locales()
                .iter()
                .map(|l| LocaleLink {
                    code: l.info.code,
                    autonym: l.info.autonym,
                    current: l.info.code == self.tr.code(),
                })
                .collect(),
        }
    }

    /// An error page in the reader's language.
    pub fn error(&self, status: StatusCode, title_key: &str, message_key: &str) -> AppError {
        self.error_text(status, title_key, self.tr.t(message_key))
    }

    pub fn error_text(&self, status: StatusCode, title_key: &str, message: String) -> AppError {
        let page = ErrorPage { shell: self.shell(self.tr.t(title_key)), message, status: status.as_u16() };
        match render(&page) {
            Ok(response) => AppError::Page(Box::new((status, response).into_response())),
            Err(e) => e,
        }
    }

    pub fn not_found(&self) -> AppError {
        self.error(StatusCode::NOT_FOUND, "error-not-found-title", "error-not-found-message")
    }

    /// Allows the request to go on, or answers it: a sign-in page for
    /// anonymous visitors, a 403 page in their language for everyone else.
    pub fn require(&self, action: Action, resource: &Resource) -> Result<(), AppError> {
        match can(&self.actor, action, resource) {
            Decision::Allow => Ok(()),
            Decision::SignIn => {
                let next = urlencoding::encode(&self.path).into_owned();
                Err(AppError::Page(Box::new(Redirect::to(&format!("/login?next={next}")).into_response())))
            }
            Decision::Deny => {
                Err(self.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"))
            }
        }
    }

    /// The signed-in account, once [`PageCtx::require`] has let the request through.
    pub fn account(&self) -> Option<&Account> {
        self.actor.account()
    }

    pub fn audit(&self) -> AuditCtx {
        AuditCtx { actor: self.actor.audit_name(), request_id: self.request_id.clone() }
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
    let body = template.render().map_err(|e| AppError::Internal(e.into()))?;
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

/// A safe place to return to after a form: a local path, never another site.
/// Browsers drop tabs and line breaks from addresses and read a backslash as
/// a slash, so `/\t/evil.example` would become `//evil.example`, another
/// site; any control character, space or backslash makes the path unsafe.
pub fn local_path(next: &str) -> &str {
    let safe = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    if safe {
        next
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        for good in ["/", "/places/MK-703", "/search?q=a%20b"] {
            assert_eq!(local_path(good), good);
        }
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "/\r\nSet-Cookie: x",
            "https://evil.example",
            "/ /x",
            "",
        ] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }
}
