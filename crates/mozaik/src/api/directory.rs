//! The directory through the API: places and institutions (lists and one
//! place), who holds each position (personal data, audited), and search.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Json;
use chrono::Utc;
use directory::{at_place, places};
use platform::audit::{self, AuditCtx, Event};
use platform::policy::{Action, Resource};
use platform::web::AppState;
use serde_json::{json, Value};

use super::{not_found, page, respond, ApiCaller, ApiError, ListQuery};

/// Every place, in pages; by country and by level.
pub async fn places_list(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("directory:read")?;
    let country = query.country()?;
    let items = places::all_after(&state.db, query.after()?)
        .await?
        .into_iter()
        .filter(|p| {
            country.as_deref().is_none_or(|c| p.code.starts_with(c))
                && query.level.as_deref().is_none_or(|l| l.is_empty() || l == p.level)
        })
        .map(|p| {
            let names: Vec<&str> = p.name_alt.split(" | ").filter(|s| !s.is_empty()).collect();
            (p.id, json!({"code": p.code, "level": p.level, "name": p.name, "names": names}))
        })
        .collect();
    Ok(respond(&headers, &page(items, &query)?))
}

/// Every institution, in pages; by country and by kind.
pub async fn institutions_list(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("directory:read")?;
    let country = query.country()?;
    let items = places::institutions_after(&state.db, query.after()?)
        .await?
        .into_iter()
        .filter(|i| {
            country.as_deref().is_none_or(|c| i.place_code.starts_with(c))
                && query.kind.as_deref().is_none_or(|k| k.is_empty() || k == i.kind)
        })
        .map(|i| (i.id, json!({"code": i.code, "kind": i.kind, "name": i.name, "place": i.place_code})))
        .collect();
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn place(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(code): Path<String>,
) -> Result<Response, ApiError> {
    caller.read("directory:read")?;
    let db = &state.db;
    let place = places::find(db, &code).await?.ok_or_else(|| not_found("place"))?;
    let today = Utc::now().date_naive();
    let (ancestors, children, institutions, memberships) = tokio::try_join!(
        places::ancestors(db, place.id, today),
        places::descendants(db, place.id, today),
        at_place::institutions(db, place.id, today),
        at_place::memberships(db, place.id, today),
    )?;
    Ok(respond(
        &headers,
        &json!({
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
        }),
    ))
}

pub async fn people(
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
pub struct SearchQuery {
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
pub async fn search(
    State(state): State<AppState>,
    caller: ApiCaller,
    Query(query): Query<SearchQuery>,
) -> Result<Json<Value>, ApiError> {
    caller.read("directory:read")?;
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
