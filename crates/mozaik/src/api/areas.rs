//! The modules' open figures through the API: assessment rounds and their
//! results (suppressed exactly as the public page is, unless the token's
//! account may see more), resilience studies and their indices, practices,
//! programmes and events, fund calls with grant totals, and work plans.

use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use platform::on_db;
use platform::web::AppState;
use serde_json::{json, Value};

use super::{not_found, page, respond, ApiCaller, ApiError, ListQuery};

pub async fn rounds(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("assess:read")?;
    let mut items = Vec::new();
    for round in assess::store::rounds(&state.db).await? {
        let (invited, submitted) = assess::store::response_rate(&state.db, round.id).await?;
        items.push((
            round.id,
            json!({"id": round.id, "name": round.name, "opened_on": round.opened_on, "deadline": round.deadline,
                   "invited": invited, "submitted": submitted,
                   "results": format!("/api/v1/rounds/{}/results", round.id)}),
        ));
    }
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn round_results(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("assess:read")?;
    let tr = query.tr(&headers);
    let computed =
        assess::results::compute_for(&caller.actor, tr, &state, id).await?.ok_or_else(|| not_found("round"))?;
    Ok(respond(&headers, &assess::exports::results_value(&computed)))
}

pub async fn studies(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("resilience:read")?;
    let (country, since) = (query.country()?, query.since()?);
    let mut items = Vec::new();
    for study in resilience::store::all(&state.db).await? {
        if country.as_deref().is_some_and(|c| !study.place_code.starts_with(c))
            || since.is_some_and(|s| study.created_at < s)
        {
            continue;
        }
        let waves = resilience::store::waves(&state.db, study.id).await?;
        items.push((
            study.id,
            json!({"id": study.id, "title": study.title, "municipality": study.place_code,
                   "municipality_name": study.place_name, "created_at": study.created_at,
                   "waves": waves.iter().map(|w| w.name.clone()).collect::<Vec<_>>(),
                   "indices": format!("/api/v1/studies/{}/indices", study.id)}),
        ));
    }
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn study_indices(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("resilience:read")?;
    let study = resilience::store::load(&state.db, id).await?.ok_or_else(|| not_found("study"))?;
    let (computed, neighbourhoods) = resilience::view::compute(&state, &study).await?;
    let value = resilience::exports::indices_value(query.tr(&headers), &study, &computed, &neighbourhoods);
    Ok(respond(&headers, &value))
}

/// Published practices, with their titles and summaries in every language
/// they have (each marked original, machine, human or reviewed).
pub async fn practices(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("knowledge:read")?;
    let (country, since, after) = (query.country()?, query.since()?, query.after()?);
    let mut published: Vec<knowledge::practices::Practice> =
        knowledge::practices::in_state(&state.db, Some("published"))
            .await?
            .into_iter()
            .filter(|p| p.id > after)
            .filter(|p| country.as_deref().is_none_or(|c| p.country == c) && since.is_none_or(|s| p.updated_at >= s))
            .collect();
    published.sort_by_key(|p| p.id);
    // Texts only for the page returned, plus one to know there is more.
    published.truncate(query.limit() as usize + 1);
    let mut items = Vec::new();
    for p in published {
        let texts = knowledge::practices::texts(&state.db, p.id).await?;
        let versions: Vec<Value> = texts
            .iter()
            .filter(|t| t.field == "title")
            .map(|t| {
                let summary = knowledge::practices::text_in(&texts, "summary", &t.language, &t.language)
                    .filter(|s| s.language == t.language)
                    .map(|s| s.body.clone());
                json!({"language": t.language, "status": t.status, "title": t.body, "summary": summary})
            })
            .collect();
        items.push((
            p.id,
            json!({"id": p.id, "country": p.country, "place": p.place_name, "organisation": p.organisation,
                   "themes": p.themes, "audiences": p.audiences, "prevention_level": p.prevention_level,
                   "year_from": p.year_from, "year_to": p.year_to, "language": p.language,
                   "updated_at": p.updated_at, "versions": versions,
                   "url": format!("/knowledge/practices/{}", p.id)}),
        ));
    }
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn programmes(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("knowledge:read")?;
    let country = query.country()?;
    let items = knowledge::programmes::all(&state.db)
        .await?
        .into_iter()
        .filter(|p| country.as_deref().is_none_or(|c| p.countries.iter().any(|x| x == c)))
        .map(|p| {
            (
                p.id,
                json!({"id": p.id, "title": p.title, "owner": p.owner, "is_call": p.is_call, "countries": p.countries,
                       "eligible_places": p.eligible_places, "themes": p.themes, "starts_on": p.starts_on,
                       "ends_on": p.ends_on, "funding": p.funding, "description": p.description}),
            )
        })
        .collect();
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn events(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("knowledge:read")?;
    let items = knowledge::events::all(&state.db)
        .await?
        .into_iter()
        .map(|e| {
            (
                e.id,
                json!({"id": e.id, "title": e.title, "kind": e.kind, "starts_on": e.starts_on, "ends_on": e.ends_on,
                       "place": e.place_name, "languages": e.languages, "agenda": e.agenda, "outputs": e.outputs}),
            )
        })
        .collect();
    Ok(respond(&headers, &page(items, &query)?))
}

platform::record! {
    /// What a fund call has granted: how many grants, and the cents committed
    /// and paid.
    struct CallTotals {
        call_id: i64,
        grants: i64,
        committed: i64,
        paid: i64,
    }
}

/// Fund calls with what was granted and paid; amounts in euros, as decimal
/// strings ("12000.00") so no client rounds them.
pub async fn fund_calls(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("support:read")?;
    let totals: Vec<CallTotals> = on_db!(&state.db, |pool| sqlx::query_as(
        "SELECT a.call_id AS call_id, COUNT(*) AS grants, CAST(SUM(a.amount_cents) AS BIGINT) AS committed, \
         CAST(COALESCE(SUM((SELECT SUM(t.amount_cents) FROM fund_tranches t WHERE t.application_id = a.id \
         AND t.paid_on IS NOT NULL)), 0) AS BIGINT) AS paid FROM fund_applications a \
         WHERE a.state IN ('approved', 'approved_with_conditions', 'agreement', 'completed') GROUP BY a.call_id"
    )
    .fetch_all(pool)
    .await)?;
    let eur = |cents: i64| platform::money::Eur::from_cents(cents).unwrap_or_default().plain();
    let items = support::fund::store::calls(&state.db)
        .await?
        .into_iter()
        .map(|c| {
            let (grants, committed, paid) =
                totals.iter().find(|t| t.call_id == c.id).map(|t| (t.grants, t.committed, t.paid)).unwrap_or((0, 0, 0));
            (
                c.id,
                json!({"id": c.id, "title": c.title, "budget_eur": c.budget.plain(), "max_amount_eur": c.max_amount.plain(),
                       "countries": c.countries, "deadline": c.deadline,
                       "criteria": c.criteria.iter().map(|k| json!({"name": k.name, "weight": k.weight})).collect::<Vec<_>>(),
                       "grants": grants, "committed_eur": eur(committed), "paid_eur": eur(paid)}),
            )
        })
        .collect();
    Ok(respond(&headers, &page(items, &query)?))
}

pub async fn workplans(
    State(state): State<AppState>,
    caller: ApiCaller,
    headers: HeaderMap,
    Query(query): Query<ListQuery>,
) -> Result<Response, ApiError> {
    caller.read("support:read")?;
    let country = query.country()?;
    let mut items = Vec::new();
    for plan in support::workplans::plans(&state.db).await? {
        if country.as_deref().is_some_and(|c| plan.country_code != c) {
            continue;
        }
        let (objectives, activities) = tokio::try_join!(
            support::workplans::objectives(&state.db, plan.id),
            support::workplans::activities(&state.db, plan.id),
        )?;
        items.push((
            plan.id,
            json!({"id": plan.id, "country": plan.country_code, "year": plan.year,
                   "objectives": objectives.iter().map(|o| json!({
                       "need": o.need, "municipalities": o.municipalities,
                       "activities": activities.iter().filter(|a| a.objective_id == o.id).map(|a| json!({
                           "title": a.title, "owner": a.owner, "places": a.places, "starts_on": a.starts_on,
                           "ends_on": a.ends_on, "budget_eur": a.budget.plain(), "status": a.status,
                           "progress": a.progress, "indicators": a.indicators,
                       })).collect::<Vec<_>>(),
                   })).collect::<Vec<_>>()}),
        ));
    }
    Ok(respond(&headers, &page(items, &query)?))
}
