//! One-time messages after an action (post/redirect/get): the handler
//! redirects with a message id, the next page shows it once and the cookie
//! is cleared. Only messages whose id starts with `flash-` are shown, so a
//! crafted cookie can show nothing but Mozaik's own confirmations.

use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::csrf::cookie_value;
use crate::i18n::Tr;

pub const COOKIE: &str = "mozaik_flash";

/// Redirects to `to`, where `message_id` is shown once.
pub fn redirect(to: &str, message_id: &'static str) -> Response {
    redirect_with(to, message_id, "")
}

/// Redirects to `to`, where `message_id` is shown once with `$name` set to `arg`.
pub fn redirect_with(to: &str, message_id: &'static str, arg: &str) -> Response {
    let value = format!("{message_id}~{}", urlencoding::encode(arg));
    let mut response = Redirect::to(to).into_response();
    if let Ok(cookie) = HeaderValue::from_str(&format!("{COOKIE}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=120"))
    {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// The message waiting for this request, in the reader's language.
pub fn read(headers: &HeaderMap, tr: Tr) -> Option<String> {
    let value = cookie_value(headers, COOKIE)?;
    let (id, arg) = value.split_once('~').unwrap_or((value, ""));
    if !id.starts_with("flash-") || !tr.has(id) {
        return None;
    }
    let arg = urlencoding::decode(arg).map(|a| a.into_owned()).unwrap_or_default();
    Some(tr.t1(id, "name", arg))
}

/// Clears the message once a page (not another redirect) has been served.
pub async fn clear_after_use(request: Request, next: Next) -> Response {
    let had_message = cookie_value(request.headers(), COOKIE).is_some();
    let mut response = next.run(request).await;
    if had_message && !response.status().is_redirection() {
        response.headers_mut().append(
            header::SET_COOKIE,
            HeaderValue::from_static("mozaik_flash=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"),
        );
    }
    response
}
