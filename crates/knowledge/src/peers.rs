//! Peer learning: for a municipality, the peer cities and the practices that
//! answer the priority needs of its latest assessment, each with the reason
//! it is proposed. Without an assessment, the themes its people follow
//! stand in for its needs.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, Db};

use crate::practices;

/// The practice themes that answer each assessed need.
pub fn themes_for(need: &str) -> &'static [&'static str] {
    match need {
        "need_training" => &["multi_agency", "radicalisation"],
        "need_data" => &["multi_agency"],
        "need_coordination" => &["multi_agency", "community_resilience"],
        "need_funding" => &["community_resilience"],
        "need_youth" => &["radicalisation", "online", "community_resilience"],
        "need_psychosocial" => &["mental_health", "reintegration"],
        "need_communication" => &["hate_speech", "online", "polarisation"],
        _ => &[],
    }
}

pub struct Peer {
    pub code: String,
    pub name: String,
    /// The practice that makes it a peer, and the need it answers.
    pub practice: String,
    pub need: String,
}

pub struct Suggestion {
    pub id: i64,
    pub title: String,
    pub place_id: Option<i64>,
    /// (need or theme key, practice theme) that made the match.
    pub because: Vec<(String, String)>,
}

/// The cities behind the suggested practices: peers whose published work
/// answers the same need. Only public records explain a peer, never another
/// municipality's own assessment answers.
async fn peers(db: &Db, place_id: i64, suggestions: &[Suggestion]) -> Result<Vec<Peer>, sqlx::Error> {
    let mut out: Vec<Peer> = Vec::new();
    for s in suggestions {
        let Some(peer) = s.place_id.filter(|p| *p != place_id) else { continue };
        let place: Option<(String, String)> =
            on_db!(db, |pool| sqlx::query_as("SELECT code, name FROM places WHERE id = $1")
                .bind(peer)
                .fetch_optional(pool)
                .await)?;
        let Some((code, name)) = place else { continue };
        if out.iter().any(|p| p.code == code) {
            continue;
        }
        let need = s.because.first().map(|(k, _)| k.clone()).unwrap_or_default();
        out.push(Peer { code, name, practice: s.title.clone(), need });
    }
    Ok(out)
}

/// Published practices whose themes answer the needs (or followed themes).
async fn suggestions(db: &Db, keys: &[(String, Vec<String>)], language: &str) -> Result<Vec<Suggestion>, sqlx::Error> {
    let mut out = Vec::new();
    let all_texts = practices::all_texts(db).await?;
    for p in practices::in_state(db, Some("published")).await? {
        let because: Vec<(String, String)> = keys
            .iter()
            .flat_map(|(key, themes)| {
                p.themes
                    .iter()
                    .filter(|t| themes.contains(t))
                    .map(move |t| (key.clone(), t.clone()))
                    .collect::<Vec<_>>()
            })
            .collect();
        if because.is_empty() {
            continue;
        }
        let texts = all_texts.get(&p.id).map(Vec::as_slice).unwrap_or(&[]);
        let title =
            practices::text_in(texts, "title", language, &p.language).map(|t| t.body.clone()).unwrap_or_default();
        out.push(Suggestion { id: p.id, title, place_id: p.place_id, because });
        if out.len() == 10 {
            break;
        }
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "peers.html")]
struct PeersPage {
    shell: Shell,
    needs: Vec<String>,
    followed: Vec<String>,
    peers: Vec<Peer>,
    suggestions: Vec<Suggestion>,
}

pub async fn page(ctx: PageCtx, State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, AppError> {
    let Some(place) = directory::places::find(&state.db, &code)
        .await?
        .filter(|p| matches!(p.level.as_str(), "city" | "municipality"))
    else {
        return Err(ctx.not_found());
    };
    // The page shows the municipality's own assessed needs: its people and the hub only.
    let path = directory::places::path_ids(&state.db, place.id, chrono::Utc::now().date_naive()).await?;
    ctx.require(platform::policy::Action::ViewAnswers, &platform::policy::Resource::Place { path: &path })?;
    let needs = assess::store::priority_needs(&state.db, place.id).await?;
    let followed: Vec<String> = if needs.is_empty() {
        on_db!(&state.db, |pool| sqlx::query_scalar(
            "SELECT DISTINCT f.theme FROM theme_follows f JOIN role_grants g ON g.account_id = f.account_id \
             WHERE g.place_id = $1 AND g.valid_to IS NULL ORDER BY f.theme"
        )
        .bind(place.id)
        .fetch_all(pool)
        .await)?
    } else {
        Vec::new()
    };
    let keys: Vec<(String, Vec<String>)> = if needs.is_empty() {
        followed.iter().map(|t| (format!("knowledge-theme-{t}"), vec![t.clone()])).collect()
    } else {
        needs.iter().map(|n| (format!("choice-{n}"), themes_for(n).iter().map(|t| t.to_string()).collect())).collect()
    };
    let suggestions = suggestions(&state.db, &keys, ctx.tr.code()).await?;
    let page = PeersPage {
        shell: ctx.shell(ctx.tr.ta("knowledge-peers-title", &[("place", &place.name)])),
        peers: peers(&state.db, place.id, &suggestions).await?,
        suggestions,
        needs,
        followed,
    };
    render(&page)
}
