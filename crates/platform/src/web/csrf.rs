//! Cross-site request forgery protection for every state-changing request:
//! the Origin (or Referer) must be this site, and the form must carry the
//! token from this browser's CSRF cookie. Checked here, centrally, so no
//! handler can forget. Requests that authenticate with an API token instead
//! of cookies are exempt: a browser never adds that header by itself.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::AppState;
use crate::auth::token::{constant_time_eq, new_token};

/// The CSRF token of this request, for forms to embed.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

pub const FIELD: &str = "csrf";
pub(crate) const FORM_LIMIT: usize = 2 * 1024 * 1024;

pub fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-mozaik_csrf"
    } else {
        "mozaik_csrf"
    }
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie_value<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|kv| kv.trim().strip_prefix(name).and_then(|rest| rest.strip_prefix('=')))
}

fn same_origin(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|v| v.to_str().ok());
    match source {
        Some(url) => {
            let rest = url.split_once("://").map(|(_, r)| r).unwrap_or("");
            rest.split('/').next() == Some(host)
        }
        None => false,
    }
}

fn form_field(body: &[u8], name: &str) -> Option<String> {
    url_pairs(body).find(|(k, _)| k == name).map(|(_, v)| v)
}

fn url_pairs(body: &[u8]) -> impl Iterator<Item = (String, String)> + '_ {
    body.split(|b| *b == b'&').filter_map(|pair| {
        let text = std::str::from_utf8(pair).ok()?;
        let (k, v) = text.split_once('=').unwrap_or((text, ""));
        let decode = |s: &str| urlencoding::decode(&s.replace('+', " ")).ok().map(|c| c.into_owned());
        Some((decode(k)?, decode(v)?))
    })
}

fn refuse(reason: &'static str) -> Response {
    tracing::info!(reason, "refused a state-changing request");
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Form expired</title></head><body><main>\
             <h1>This form could not be accepted</h1><p>{reason}. Go back, reload the page and try again.</p>\
             <p><a href=\"/\">Mozaik home</a></p></main></body></html>"
        ),
    )
        .into_response()
}

pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let https = state.site.https;
    let name = cookie_name(https);
    let existing = cookie_value(request.headers(), name).map(String::from);
    let token = existing.clone().unwrap_or_else(new_token);
    let unsafe_method = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let api_token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    let (mut parts, body) = request.into_parts();
    let body = if unsafe_method && !api_token {
        if !same_origin(&parts.headers) {
            return refuse("The request did not come from this site");
        }
        let Some(expected) = existing.as_deref() else {
            return refuse("Your browser did not send the form's security cookie");
        };
        let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if content_type.starts_with("application/x-www-form-urlencoded") {
            let Ok(bytes) = to_bytes(body, FORM_LIMIT).await else {
                return refuse("The form was too large");
            };
            match form_field(&bytes, FIELD) {
                Some(sent) if constant_time_eq(&sent, expected) => Body::from(bytes),
                _ => return refuse("The form's security token was missing or out of date"),
            }
        } else {
            // Uploads carry the token in the form's address.
            let sent = parts.uri.query().and_then(|q| form_field(q.as_bytes(), FIELD));
            match sent {
                Some(sent) if constant_time_eq(&sent, expected) => body,
                _ => return refuse("The form's security token was missing or out of date"),
            }
        }
    } else {
        body
    };
    parts.extensions.insert(CsrfToken(token.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing.is_none() {
        let secure = if https { "; Secure" } else { "" };
        if let Ok(value) = HeaderValue::from_str(&format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax{secure}")) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_decode() {
        assert_eq!(form_field(b"a=1&csrf=ab%2Bc&b=x+y", "csrf").as_deref(), Some("ab+c"));
        assert_eq!(form_field(b"a=1", "csrf"), None);
    }

    #[test]
    fn origin_must_match_host() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("mozaik.example.org"));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://mozaik.example.org"));
        assert!(same_origin(&headers));
        headers.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example.com"));
        assert!(!same_origin(&headers));
        headers.remove(header::ORIGIN);
        assert!(!same_origin(&headers), "no Origin and no Referer is refused");
        headers.insert(header::REFERER, HeaderValue::from_static("https://mozaik.example.org/login"));
        assert!(same_origin(&headers));
    }
}
