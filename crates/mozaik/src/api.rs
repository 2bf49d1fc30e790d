//! The JSON API for national systems and partners, described at
//! `/api/openapi.json`. Requests authenticate with `Authorization: Bearer
//! <token>` (tokens are made on the account page, scoped and expiring), and
//! pass through the same policy function as pages. Errors are JSON with a
//! stable code.

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Utc};
use directory::{at_place, places};
use platform::audit::{self, AuditCtx, Event};
use platform::auth::token::hash_token;
use platform::auth::{actor, Account, Actor};
use platform::policy::{can, Action, Decision, Resource};
use platform::web::{AppState, RequestId, Routes, Target};
use platform::{on_db, on_tx};
use serde_json::{json, Value};

pub fn routes() -> Routes {
    Routes::new()
        .get("/api/openapi.json", Action::ViewPublic, Target::Public, openapi)
        .get("/api/v1/places/{code}", Action::ViewPublic, Target::Public, place)
        .get("/api/v1/places/{code}/people", Action::ViewPeople, Target::Place, people)
        .get("/api/v1/search", Action::ViewPublic, Target::Public, search)
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
    ApiError(StatusCode::NOT_FOUND, "not_found", format!("no {what} has this code"))
}

/// The caller: anonymous, or the account behind a valid bearer token with
/// the token's scopes.
pub struct ApiCaller {
    actor: Actor,
    scopes: Vec<String>,
    request_id: String,
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
        let token = auth.strip_prefix("Bearer ").ok_or_else(unauthorized)?.trim();
        let now = Utc::now();
        type Row = (i64, String, i64, i64, String, String, bool, Option<DateTime<Utc>>);
        let row: Option<Row> = on_db!(&state.db, |pool| {
            sqlx::query_as(
            "SELECT t.id, t.scopes, a.id, a.person_id, p.full_name, a.email, a.demo, t.last_used_at FROM api_tokens t \
             JOIN accounts a ON a.id = t.account_id JOIN people p ON p.id = a.person_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2 AND a.active"
        )
        .bind(hash_token(token))
        .bind(now)
        .fetch_optional(pool)
        .await
        })?;
        let (token_id, scopes, id, person_id, name, email, demo, last_used) = row.ok_or_else(unauthorized)?;
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

async fn place(State(state): State<AppState>, Path(code): Path<String>) -> Result<Json<Value>, ApiError> {
    let db = &state.db;
    let place = places::find(db, &code).await?.ok_or_else(|| not_found("place"))?;
    let today = Utc::now().date_naive();
    let (ancestors, children, institutions, memberships) = tokio::try_join!(
        places::ancestors(db, place.id, today),
        places::descendants(db, place.id, today),
        at_place::institutions(db, place.id, today),
        at_place::memberships(db, place.id, today),
    )?;
    Ok(Json(json!({
        "code": place.code,
        "level": place.level,
        "name": place.name,
        "names": place.name_alt.split(" | ").filter(|s| !s.is_empty()).collect::<Vec<_>>(),
        "parents": ancestors.iter().map(|a| json!({"code": a.code, "level": a.level, "name": a.name})).collect::<Vec<_>>(),
        "children": children.iter().filter(|c| c.parent_id == place.id).map(|c| json!({"code": c.code, "level": c.level, "name": c.name})).collect::<Vec<_>>(),
        "institutions": institutions.iter().map(|i| json!({
            "code": i.code, "kind": i.kind, "name": i.name,
            "positions": i.positions.iter().map(|p| json!({"title": p.title, "function": p.function, "held_since": p.held_since, "deputies": p.deputies})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "memberships": memberships.iter().map(|m| json!({"hub": m.hub, "member_since": m.member_since})).collect::<Vec<_>>(),
    })))
}

async fn people(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(code): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let db = &state.db;
    let place = places::find(db, &code).await?.ok_or_else(|| not_found("place"))?;
    let path = places::path_ids(db, place.id, Utc::now().date_naive()).await?;
    caller.require(Action::ViewPeople, "directory:people", &Resource::Place { path: &path })?;
    let holders = at_place::holders(db, place.id).await?;
    // Reading personal data is itself recorded.
    let mut tx = db.begin().await?;
    audit::append(
        &mut tx,
        &AuditCtx { actor: caller.actor.audit_name(), request_id: caller.request_id.clone() },
        Event {
            action: "api.people_read",
            object_type: "place",
            object_id: place.code.clone(),
            place_id: Some(place.id),
            summary: format!("{} position holders read through the API", holders.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Json(json!({
        "place": place.code,
        "holders": holders.iter().map(|h| json!({
            "institution": h.institution, "position": h.position, "person": h.person,
            "role": h.role, "since": h.since, "until": h.until,
        })).collect::<Vec<_>>(),
    })))
}

#[derive(serde::Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    offset: Option<i64>,
    #[serde(default)]
    limit: Option<i64>,
}

/// Places and institutions matching `q`: each kind with its exact total and
/// one page (`offset`, `limit` ≤ 200) of it.
async fn search(State(state): State<AppState>, Query(query): Query<SearchQuery>) -> Result<Json<Value>, ApiError> {
    if query.q.trim().is_empty() {
        return Err(ApiError(StatusCode::BAD_REQUEST, "bad_request", "the query parameter q is required".into()));
    }
    let kinds: Vec<(&str, places::HitKind)> = match query.kind.as_deref() {
        None | Some("") => vec![("place", places::HitKind::Place), ("institution", places::HitKind::Institution)],
        Some("place") => vec![("place", places::HitKind::Place)],
        Some("institution") => vec![("institution", places::HitKind::Institution)],
        Some(other) => {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                "bad_request",
                format!("type must be place or institution, not '{other}'"),
            ))
        }
    };
    let (offset, limit) = (query.offset.unwrap_or(0).max(0), query.limit.unwrap_or(50).clamp(1, 200));
    let mut totals = serde_json::Map::new();
    let mut results = Vec::new();
    for (name, kind) in kinds {
        let found = places::search(&state.db, &query.q, kind, offset, limit).await?;
        totals.insert(name.to_string(), json!(found.total));
        results.extend(found.hits.iter().map(|h| {
            json!({
                "type": name,
                "code": h.code, "name": h.name, "category": h.category,
                "within": h.within.as_ref().map(|w| w.code.clone()),
            })
        }));
    }
    Ok(Json(json!({ "totals": totals, "offset": offset, "limit": limit, "results": results })))
}

/// The OpenAPI 3.1 description of this API.
pub fn openapi_document() -> Value {
    let error = json!({"$ref": "#/components/schemas/Error"});
    let code_param = json!({"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "The place's code, e.g. MK-703"});
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Mozaik API", "version": env!("CARGO_PKG_VERSION"),
                 "description": "Places, institutions and positions of the hub's directory. Personal data needs a token with the directory:people scope and a role covering the place."},
        "servers": [{"url": "/"}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "An API token made on the account page."}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
                    "code": {"type": "string", "enum": ["not_found", "bad_request", "unauthorized", "forbidden", "scope", "internal"]},
                    "message": {"type": "string"}}}}},
                "PlaceRef": {"type": "object", "properties": {"code": {"type": "string"}, "level": {"type": "string"}, "name": {"type": "string"}}},
            }
        },
        "paths": {
            "/api/v1/places/{code}": {"get": {"summary": "A place: its names, parents, children, institutions with positions, and network membership",
                "parameters": [code_param],
                "responses": {"200": {"description": "The place"}, "404": {"description": "No such place", "content": {"application/json": {"schema": error}}}}}},
            "/api/v1/places/{code}/people": {"get": {"summary": "Who holds each position at a place, now and before (personal data; access is audited)",
                "parameters": [code_param], "security": [{"bearer": []}],
                "responses": {"200": {"description": "Position holders"}, "401": {"description": "No valid token", "content": {"application/json": {"schema": error}}},
                              "403": {"description": "Out of the account's scope, or the token lacks directory:people", "content": {"application/json": {"schema": error}}}}}},
            "/api/v1/search": {"get": {"summary": "Places and institutions whose names match, across scripts and accents",
                "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string"}},
                    {"name": "type", "in": "query", "schema": {"type": "string", "enum": ["place", "institution"]}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
                "responses": {"200": {"description": "Matches: the exact total of each type and one page of results"}, "400": {"description": "No query", "content": {"application/json": {"schema": error}}}}}},
        }
    })
}

async fn openapi() -> Json<Value> {
    Json(openapi_document())
}
