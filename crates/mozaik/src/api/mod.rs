//! The JSON API (v1, read) for national systems and partners, described at
//! `/api/openapi.json`. Public figures need no token; a request with
//! `Authorization: Bearer <token>` (tokens are made on the account page,
//! scoped per area and expiring) reads as that account, through the same
//! policy function as pages, and needs the area's scope. Lists page with an
//! opaque cursor; every answer carries an ETag and honours If-None-Match.
//! Errors are JSON with a stable code.

mod areas;
mod directory;
pub mod openapi;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use platform::auth::token::hash_token;
use platform::auth::{actor, Account, Actor};
use platform::i18n::{i18n, Tr};
use platform::policy::{can, Action, Decision, Resource};
use platform::web::{AppState, RequestId, Routes, Target};
use platform::{on_db, on_tx};
use serde_json::{json, Value};

pub fn routes() -> Routes {
    use Action::ViewPublic;
    use Target::Public;
    Routes::new()
        .get("/api/openapi.json", ViewPublic, Public, openapi::serve)
        .get("/api/v1/places", ViewPublic, Public, directory::places_list)
        .get("/api/v1/places/{code}", ViewPublic, Public, directory::place)
        .get("/api/v1/places/{code}/people", Action::ViewPeople, Target::Place, directory::people)
        .get("/api/v1/institutions", ViewPublic, Public, directory::institutions_list)
        .get("/api/v1/search", ViewPublic, Public, directory::search)
        .get("/api/v1/rounds", ViewPublic, Public, areas::rounds)
        .get("/api/v1/rounds/{id}/results", ViewPublic, Public, areas::round_results)
        .get("/api/v1/studies", ViewPublic, Public, areas::studies)
        .get("/api/v1/studies/{id}/indices", ViewPublic, Public, areas::study_indices)
        .get("/api/v1/practices", ViewPublic, Public, areas::practices)
        .get("/api/v1/programmes", ViewPublic, Public, areas::programmes)
        .get("/api/v1/events", ViewPublic, Public, areas::events)
        .get("/api/v1/fund/calls", ViewPublic, Public, areas::fund_calls)
        .get("/api/v1/workplans", ViewPublic, Public, areas::workplans)
}

/// An API error: an HTTP status, a stable machine-readable code and a message.
pub struct ApiError(StatusCode, &'static str, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({"error": {"code": self.1, "message": self.2}}))).into_response()
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        tracing::error!(error = %e, "API request failed");
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the server could not complete this request".into())
    }
}

fn not_found(what: &str) -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "not_found", format!("no {what} has this code or number"))
}

fn bad_request(message: String) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, "bad_request", message)
}

impl From<platform::web::AppError> for ApiError {
    fn from(e: platform::web::AppError) -> Self {
        tracing::error!(error = ?e, "API request failed");
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, "internal", "the server could not complete this request".into())
    }
}

/// A JSON answer with an ETag of its content; a client that already holds
/// this version (If-None-Match) gets 304 and no body.
pub fn respond(headers: &HeaderMap, value: &Value) -> Response {
    use sha2::{Digest, Sha256};
    let body = value.to_string();
    let digest = Sha256::digest(body.as_bytes());
    let etag = format!("\"{}\"", digest.iter().take(12).map(|b| format!("{b:02x}")).collect::<String>());
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let status = if matches { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
    let mut response = if matches {
        status.into_response()
    } else {
        ([(header::CONTENT_TYPE, "application/json")], body).into_response()
    };
    if let Ok(value) = header::HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

/// Paging and filters shared by every list.
#[derive(serde::Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    cursor: Option<String>,
    #[serde(default)]
    limit: Option<i64>,
    /// An ISO 3166-1 code, e.g. MK.
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    updated_since: Option<String>,
    /// The language of names and labels (else Accept-Language, else English).
    #[serde(default)]
    lang: Option<String>,
    /// A place's level (places) or an institution's kind (institutions).
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    kind: Option<String>,
}

impl ListQuery {
    /// The id after which this page starts: the cursor is opaque to
    /// clients, and a malformed one is refused.
    fn after(&self) -> Result<i64, ApiError> {
        match self.cursor.as_deref().filter(|c| !c.is_empty()) {
            None => Ok(0),
            Some(c) => {
                i64::from_str_radix(c, 36).map_err(|_| bad_request(format!("'{c}' is not a cursor this API gave")))
            }
        }
    }

    fn limit(&self) -> i64 {
        self.limit.unwrap_or(50).clamp(1, 200)
    }

    fn country(&self) -> Result<Option<String>, ApiError> {
        match self.country.as_deref().filter(|c| !c.is_empty()) {
            None => Ok(None),
            Some(c) if platform::countries::is_country(&c.to_uppercase()) => Ok(Some(c.to_uppercase())),
            Some(c) => Err(bad_request(format!("'{c}' is not an ISO 3166-1 country code"))),
        }
    }

    /// `updated_since` as a time: RFC 3339, or a date (its start, UTC).
    fn since(&self) -> Result<Option<DateTime<Utc>>, ApiError> {
        let Some(text) = self.updated_since.as_deref().filter(|t| !t.is_empty()) else { return Ok(None) };
        if let Ok(t) = DateTime::parse_from_rfc3339(text) {
            return Ok(Some(t.with_timezone(&Utc)));
        }
        text.parse::<NaiveDate>()
            .map(|d| Some(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()))
            .map_err(|_| bad_request(format!("updated_since '{text}' is neither a date nor an RFC 3339 time")))
    }

    fn tr(&self, headers: &HeaderMap) -> Tr {
        self.lang
            .as_deref()
            .and_then(|l| i18n().get(l))
            .or_else(|| {
                headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(|l| i18n().negotiate(l))
            })
            .unwrap_or_else(|| i18n().default_tr())
    }
}

/// One page of a list whose items carry ascending ids: the items after the
/// cursor, at most `limit` of them, and the cursor of the next page.
pub fn page(all: Vec<(i64, Value)>, query: &ListQuery) -> Result<Value, ApiError> {
    let (after, limit) = (query.after()?, query.limit() as usize);
    let mut rest: Vec<(i64, Value)> = all.into_iter().filter(|(id, _)| *id > after).collect();
    rest.sort_by_key(|(id, _)| *id);
    let more = rest.len() > limit;
    rest.truncate(limit);
    let next = if more { rest.last().map(|(id, _)| radix36(*id)) } else { None };
    Ok(json!({"items": rest.into_iter().map(|(_, v)| v).collect::<Vec<_>>(), "next_cursor": next}))
}

fn radix36(mut n: i64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n <= 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The caller: anonymous, or the account behind a valid bearer token with
/// the token's scopes.
pub struct ApiCaller {
    actor: Actor,
    scopes: Vec<String>,
    request_id: String,
}

platform::record! {
    /// A live API token and the account it acts for.
    struct TokenHolder {
        token_id: i64,
        scopes: String,
        account_id: i64,
        person_id: i64,
        full_name: String,
        email: String,
        demo: bool,
        last_used_at: Option<DateTime<Utc>>,
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let request_id = parts.extensions.get::<RequestId>().map(|r| r.0.clone()).unwrap_or_default();
        let Some(auth) = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) else {
            return Ok(ApiCaller { actor: Actor::Anonymous, scopes: Vec::new(), request_id });
        };
        let unauthorized = || {
            ApiError(StatusCode::UNAUTHORIZED, "unauthorized", "the API token is unknown, expired or revoked".into())
        };
        // The scheme is case-insensitive (RFC 9110); anything else is named.
        let token = match auth.split_once(' ') {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => {
                return Err(ApiError(
                    StatusCode::UNAUTHORIZED,
                    "unauthorized",
                    "send the token as `Authorization: Bearer <token>`; tokens are made on the account page".into(),
                ))
            }
        };
        let now = Utc::now();
        let row: Option<TokenHolder> = on_db!(&state.db, |pool| {
            sqlx::query_as(
            "SELECT t.id AS token_id, t.scopes, a.id AS account_id, a.person_id, p.full_name, a.email, a.demo, t.last_used_at \
             FROM api_tokens t \
             JOIN accounts a ON a.id = t.account_id JOIN people p ON p.id = a.person_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND a.active"
        )
        .bind(hash_token(token))
        .bind(now)
        .fetch_optional(pool)
        .await
        })?;
        let TokenHolder { token_id, scopes, account_id: id, person_id, full_name: name, email, demo, last_used_at } =
            row.ok_or_else(unauthorized)?;
        let last_used = last_used_at;
        if last_used.is_none_or(|t| now - t > chrono::Duration::minutes(10)) {
            let mut tx = state.db.begin().await?;
            on_tx!(&mut tx, |c| sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now)
                .bind(token_id)
                .execute(&mut *c)
                .await
                .map(|_| ()))?;
            tx.commit().await?;
        }
        let grants = actor::grants(&state.db, id, now).await?;
        let positions = actor::positions(&state.db, person_id, now).await?;
        let account = Account {
            id,
            person_id,
            name,
            email,
            locale: None,
            demo,
            totp_enabled: false,
            grants,
            positions,
            session_id: None,
        };
        Ok(ApiCaller {
            actor: Actor::Account(Box::new(account)),
            scopes: scopes.split(',').map(|s| s.trim().to_string()).collect(),
            request_id,
        })
    }
}

impl ApiCaller {
    /// An area's public reads: anyone may, but a token must carry the
    /// area's scope.
    fn read(&self, scope: &str) -> Result<(), ApiError> {
        if matches!(self.actor, Actor::Anonymous) || self.scopes.iter().any(|s| s == scope) {
            Ok(())
        } else {
            Err(ApiError(StatusCode::FORBIDDEN, "scope", format!("this token lacks the scope {scope}")))
        }
    }

    fn require(&self, action: Action, scope: &str, resource: &Resource) -> Result<(), ApiError> {
        match can(&self.actor, action, resource) {
            Decision::Allow if self.scopes.iter().any(|s| s == scope) || action == Action::ViewPublic => Ok(()),
            Decision::Allow => {
                Err(ApiError(StatusCode::FORBIDDEN, "scope", format!("this token lacks the scope {scope}")))
            }
            Decision::SignIn => {
                Err(ApiError(StatusCode::UNAUTHORIZED, "unauthorized", "this request needs an API token".into()))
            }
            Decision::Deny => {
                Err(ApiError(StatusCode::FORBIDDEN, "forbidden", "this token's account may not see this".into()))
            }
        }
    }
}
