//! Peer learning: for a municipality, the peer cities and the practices that
//! answer the priority needs of its latest assessment, each with the reason
//! it is proposed. Without an assessment, the themes its people follow
//! stand in for its needs.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::Db;

use crate::directory_refs;
use crate::practices::{self, Theme};

platform::text_enum! {
    /// A priority need a municipality names in its assessment; its message
    /// is the assessment's choice.
    pub enum Need, messages "choice" {
        Training = "need_training",
        Data = "need_data",
        Coordination = "need_coordination",
        Funding = "need_funding",
        Youth = "need_youth",
        Psychosocial = "need_psychosocial",
        Communication = "need_communication",
    }
}

impl Need {
    /// The practice themes that answer the need.
    pub fn themes(self) -> &'static [Theme] {
        use Theme::*;
        match self {
            Need::Training => &[MultiAgency, Radicalisation],
            Need::Data => &[MultiAgency],
            Need::Coordination => &[MultiAgency, CommunityResilience],
            Need::Funding => &[CommunityResilience],
            Need::Youth => &[Radicalisation, Online, CommunityResilience],
            Need::Psychosocial => &[MentalHealth, Reintegration],
            Need::Communication => &[HateSpeech, Online, Polarisation],
        }
    }
}

/// Why practices are proposed: an assessed need, or, without an
/// assessment, a theme its people follow.
#[derive(Clone, Copy)]
pub enum Reason {
    Need(Need),
    Followed(Theme),
}

impl Reason {
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::Need(need) => need.message_id(),
            Reason::Followed(theme) => theme.message_id(),
        }
    }

    fn themes(self) -> Vec<Theme> {
        match self {
            Reason::Need(need) => need.themes().to_vec(),
            Reason::Followed(theme) => vec![theme],
        }
    }
}

pub struct Peer {
    pub code: String,
    pub name: String,
    /// The practice that makes it a peer, and the reason it answers.
    pub practice: String,
    pub reason: Reason,
}

pub struct Suggestion {
    pub id: i64,
    pub title: String,
    pub place_id: Option<i64>,
    /// The reasons and the practice themes that made the match.
    pub because: Vec<(Reason, Theme)>,
}

/// The cities behind the suggested practices: peers whose published work
/// answers the same need. Only public records explain a peer, never another
/// municipality's own assessment answers.
async fn peers(db: &Db, place_id: i64, suggestions: &[Suggestion]) -> Result<Vec<Peer>, sqlx::Error> {
    let mut out: Vec<Peer> = Vec::new();
    for s in suggestions {
        let (Some(peer), Some(&(reason, _))) = (s.place_id.filter(|p| *p != place_id), s.because.first()) else {
            continue;
        };
        let Some((code, name)) = directory_refs::place_named(db, peer).await? else { continue };
        if out.iter().any(|p| p.code == code) {
            continue;
        }
        out.push(Peer { code, name, practice: s.title.clone(), reason });
    }
    Ok(out)
}

/// Published practices whose themes answer the reasons.
async fn suggestions(db: &Db, reasons: &[Reason], language: &str) -> Result<Vec<Suggestion>, sqlx::Error> {
    let mut out = Vec::new();
    let all_texts = practices::all_texts(db).await?;
    for p in practices::in_state(db, Some("published")).await? {
        let themes = p.theme_list();
        let because: Vec<(Reason, Theme)> = reasons
            .iter()
            .flat_map(|reason| {
                let answering = reason.themes();
                themes.iter().filter(move |t| answering.contains(t)).map(move |t| (*reason, *t))
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
    needs: Vec<Need>,
    followed: Vec<Theme>,
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
    let assessed = assess::store::priority_needs(&state.db, place.id).await?;
    let needs: Vec<Need> = assessed.iter().filter_map(|n| Need::parse(n)).collect();
    let followed: Vec<Theme> = if assessed.is_empty() {
        crate::programmes::followed_at(&state.db, place.id).await?.iter().filter_map(|t| Theme::parse(t)).collect()
    } else {
        Vec::new()
    };
    let reasons: Vec<Reason> = if assessed.is_empty() {
        followed.iter().copied().map(Reason::Followed).collect()
    } else {
        needs.iter().copied().map(Reason::Need).collect()
    };
    let suggestions = suggestions(&state.db, &reasons, ctx.tr.code()).await?;
    let page = PeersPage {
        shell: ctx.shell(ctx.tr.ta("knowledge-peers-title", &[("place", &place.name)])),
        peers: peers(&state.db, place.id, &suggestions).await?,
        suggestions,
        needs,
        followed,
    };
    render(&page)
}
