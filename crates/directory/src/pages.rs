//! The directory's pages: the place pages (region, country, any place), the
//! directory search and the CSV downloads.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::cache::Cached;
use platform::web::pager::Pager;
use platform::web::{render, render_content, AppError, AppState, PageCtx, Shell};

use crate::kinds::{
    institution_kind_message_id, level_message_id, shown, structure_kind_message_id, Meets, MemberRole, LOCAL_LEVELS,
};
use crate::places::{local_name, shown_name, HitKind, PlaceRef, TreeNode};
use crate::{at_place, csv_io, places};

/// A place's names in the reader's script: for readers of Cyrillic, a
/// Cyrillic form comes first when the directory has one. Returns the name to
/// show and the other names.
fn names_for(tr: Tr, name: &str, name_alt: &str) -> (String, Vec<String>) {
    let mut alts: Vec<String> = name_alt.split(" | ").filter(|s| !s.is_empty()).map(String::from).collect();
    if matches!(tr.code(), "mk" | "sr-Cyrl") {
        if let Some(i) = alts.iter().position(|a| platform::fold::has_cyrillic(a)) {
            let cyrillic = alts.remove(i);
            alts.insert(0, name.to_string());
            return (cyrillic, alts);
        }
    }
    (name.to_string(), alts)
}

pub struct Crumb {
    pub href: String,
    pub name: String,
}

pub struct ChildCard {
    pub href: String,
    pub name: String,
    pub level: String,
    pub locals: i64,
    pub members: i64,
}

/// One line of the nested tree: `open` starts a node with children, `close`
/// ends one, anything else is a leaf.
pub struct TreeLine {
    pub open: bool,
    pub close: bool,
    pub href: String,
    pub name: String,
    pub name_alt: String,
    pub level: String,
    pub locals: i64,
    pub member: bool,
}

pub struct InstitutionView {
    pub code: String,
    pub kind: String,
    pub name: String,
    pub name_alt: String,
    pub website: String,
    pub positions: Vec<PositionView>,
}

pub struct PositionView {
    pub title: String,
    pub status: String,
    pub vacant: bool,
}

pub struct StructureView {
    pub name: String,
    pub kind: String,
    pub details: String,
    pub members: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "place_content.html")]
pub struct PlaceContent {
    pub tr: Tr,
    pub is_country: bool,
    /// A city or municipality, which has a peer-learning page.
    pub is_local: bool,
    pub code: String,
    pub name: String,
    pub alt_names: Vec<String>,
    pub level: String,
    pub source: String,
    pub crumbs: Vec<Crumb>,
    pub on: String,
    pub today: bool,
    pub cards: Vec<ChildCard>,
    pub tree: Vec<TreeLine>,
    pub locals_below: i64,
    pub members_below: i64,
    pub institutions: Vec<InstitutionView>,
    pub structures: Vec<StructureView>,
    pub memberships: Vec<String>,
}

/// Counts of local governments and members strictly below each node.
fn counts_below(nodes: &[TreeNode], root: i64) -> HashMap<i64, (i64, i64)> {
    let mut counts: HashMap<i64, (i64, i64)> = HashMap::new();
    // Nodes come parents first, so walking backwards sees children first.
    for node in nodes.iter().rev() {
        let own = counts.get(&node.id).copied().unwrap_or((0, 0));
        let is_local = LOCAL_LEVELS.contains(&node.level.as_str());
        let add = (own.0 + i64::from(is_local), own.1 + i64::from(node.member && is_local));
        let parent = counts.entry(node.parent_id).or_insert((0, 0));
        parent.0 += add.0;
        parent.1 += add.1;
    }
    counts.entry(root).or_insert((0, 0));
    counts
}

fn tree_lines(
    nodes: &[TreeNode],
    root: i64,
    counts: &HashMap<i64, (i64, i64)>,
    tr: Tr,
    footnote: bool,
) -> Vec<TreeLine> {
    let mut children: HashMap<i64, Vec<&TreeNode>> = HashMap::new();
    for node in nodes {
        children.entry(node.parent_id).or_default().push(node);
    }
    let mut lines = Vec::with_capacity(nodes.len() * 2);
    // An explicit stack instead of recursion: (node, closing marker).
    let mut stack: Vec<(&TreeNode, bool)> =
        children.get(&root).map(|c| c.iter().rev().map(|n| (*n, false)).collect()).unwrap_or_default();
    while let Some((node, closing)) = stack.pop() {
        let line = |open: bool, close: bool| TreeLine {
            open,
            close,
            href: format!("/places/{}", node.code),
            name: shown_name(
                &node.code,
                &names_for(tr, &local_name(tr, &node.code, &node.name), &node.name_alt).0,
                footnote,
            ),
            name_alt: names_for(tr, &node.name, &node.name_alt).1.join(" | "),
            level: shown(tr, level_message_id(&node.level), &node.level),
            locals: counts.get(&node.id).map(|c| c.0).unwrap_or(0),
            member: node.member,
        };
        if closing {
            lines.push(line(false, true));
            continue;
        }
        match children.get(&node.id) {
            Some(kids) => {
                lines.push(line(true, false));
                stack.push((node, true));
                stack.extend(kids.iter().rev().map(|n| (*n, false)));
            }
            None => lines.push(line(false, false)),
        }
    }
    lines
}

fn parse_on(ctx: &PageCtx, query: &HashMap<String, String>) -> Result<NaiveDate, AppError> {
    match query.get("on").map(String::as_str) {
        None | Some("") => Ok(Utc::now().date_naive()),
        Some(text) => text
            .parse()
            .map_err(|_| ctx.error(StatusCode::BAD_REQUEST, "error-bad-request-title", "directory-bad-date")),
    }
}

/// A place page. Its content depends only on the directory's data, the date
/// and the language, so it is kept in the page cache until the data changes.
pub async fn place_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, AppError> {
    let on = parse_on(&ctx, &query)?;
    let version = state.site.versions.of(&state.db, "directory").await?;
    let today = Utc::now().date_naive();
    // Today's date is in the key as well: the place path kept with the page
    // (for what a signed-in reader may do there) is today's.
    let key = format!("place|{code}|{on}|{today}|{}|{}", ctx.tr.code(), query.contains_key("on"));
    let page = match state.cache.get(&key, version) {
        Some(hit) => hit,
        None => {
            let Some((title, body)) = place_content(&ctx, &state, &code, on, query.contains_key("on")).await? else {
                return Err(ctx.not_found());
            };
            let path = match places::find(&state.db, &code).await? {
                Some(place) => places::path_ids(&state.db, place.id, today).await?,
                None => Vec::new(),
            };
            let page = Cached { version, title: title.into(), body: body.into(), scope: path.into() };
            state.cache.put(key, page.clone());
            page
        }
    };
    let actions = place_actions(&ctx, &code, &page.scope)?;
    render_content(ctx.shell(page.title.to_string()), &format!("{actions}{}", page.body))
}

#[derive(Template)]
#[template(path = "place_actions.html")]
struct PlaceActions<'a> {
    tr: Tr,
    code: &'a str,
    people: bool,
    invite: bool,
}

/// Links for what the signed-in reader may do here; nothing for the public.
/// `path` is the place's path today, its own id last.
fn place_actions(ctx: &PageCtx, code: &str, path: &[i64]) -> Result<String, AppError> {
    if ctx.account().is_none() || path.is_empty() {
        return Ok(String::new());
    }
    let resource = Resource::Place { path };
    let people = can(&ctx.actor, Action::ViewPeople, &resource).allowed();
    let invite = can(&ctx.actor, Action::InvitePeople, &resource).allowed();
    if !(people || invite) {
        return Ok(String::new());
    }
    PlaceActions { tr: ctx.tr, code, people, invite }.render().map_err(|e| AppError::Internal(e.into()))
}

async fn place_content(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    on: NaiveDate,
    dated: bool,
) -> Result<Option<(String, String)>, AppError> {
    let Some(place) = places::find(&state.db, code).await? else {
        return Ok(None);
    };
    let db = &state.db;
    let tr = ctx.tr;
    let footnote = ctx.site.kosovo_footnote;
    let (ancestors, nodes, institutions, structures, memberships) = tokio::try_join!(
        places::ancestors(db, place.id, on),
        places::descendants(db, place.id, on),
        at_place::institutions(db, place.id, on),
        at_place::structures(db, place.id, on),
        at_place::memberships(db, place.id, on),
    )?;
    let counts = counts_below(&nodes, place.id);
    let (locals_below, members_below) = counts[&place.id];
    // A region lists its countries as cards; anything smaller shows its whole tree.
    let (cards, tree) = if place.level == "region" {
        (child_cards(&nodes, place.id, &counts, tr, footnote), Vec::new())
    } else {
        (Vec::new(), tree_lines(&nodes, place.id, &counts, tr, footnote))
    };
    let date_suffix = if dated { format!("?on={on}") } else { String::new() };
    let (reader_name, mut alt_names) = names_for(tr, &local_name(tr, &place.code, &place.name), &place.name_alt);
    if reader_name != place.name && !alt_names.contains(&place.name) {
        alt_names.insert(0, place.name.clone());
    }
    let content = PlaceContent {
        tr,
        is_country: place.level == "country",
        is_local: LOCAL_LEVELS.contains(&place.level.as_str()),
        alt_names,
        level: shown(tr, level_message_id(&place.level), &place.level),
        name: shown_name(&place.code, &reader_name, footnote),
        source: place.source,
        code: place.code,
        crumbs: crumbs(&ancestors, &date_suffix, tr, footnote),
        today: on == Utc::now().date_naive(),
        on: on.to_string(),
        cards,
        tree,
        locals_below,
        members_below,
        institutions: institutions.into_iter().map(|i| institution_view(tr, i)).collect(),
        structures: structures.into_iter().map(|s| structure_view(tr, s)).collect(),
        memberships: memberships
            .into_iter()
            .map(|m| tr.ta("directory-member-since", &[("hub", &m.hub), ("date", &tr.date(&m.member_since))]))
            .collect(),
    };
    let body = content.render().map_err(|e| AppError::Internal(e.into()))?;
    Ok(Some((content.name, body)))
}

/// The places right below a region, each with its counts.
fn child_cards(
    nodes: &[TreeNode],
    region: i64,
    counts: &HashMap<i64, (i64, i64)>,
    tr: Tr,
    footnote: bool,
) -> Vec<ChildCard> {
    nodes
        .iter()
        .filter(|n| n.parent_id == region)
        .map(|n| {
            let (locals, members) = counts.get(&n.id).copied().unwrap_or((0, 0));
            ChildCard {
                href: format!("/places/{}", n.code),
                name: shown_name(&n.code, &local_name(tr, &n.code, &n.name), footnote),
                level: shown(tr, level_message_id(&n.level), &n.level),
                locals,
                members,
            }
        })
        .collect()
}

/// The breadcrumb; `date_suffix` keeps a dated page's date along it.
fn crumbs(ancestors: &[PlaceRef], date_suffix: &str, tr: Tr, footnote: bool) -> Vec<Crumb> {
    ancestors
        .iter()
        .map(|a| Crumb {
            href: format!("/places/{}{date_suffix}", a.code),
            name: shown_name(&a.code, &local_name(tr, &a.code, &a.name), footnote),
        })
        .collect()
}

fn institution_view(tr: Tr, institution: at_place::Institution) -> InstitutionView {
    InstitutionView {
        kind: shown(tr, institution_kind_message_id(&institution.kind), &institution.kind),
        positions: institution
            .positions
            .into_iter()
            .map(|p| PositionView { status: position_status(tr, &p), vacant: p.held_since.is_none(), title: p.title })
            .collect(),
        code: institution.code,
        name: institution.name,
        name_alt: institution.name_alt,
        website: institution.website,
    }
}

/// Since when a position is held and by how many deputies, or that it is
/// vacant: never by whom.
fn position_status(tr: Tr, position: &at_place::Position) -> String {
    let Some(since) = position.held_since else {
        return tr.t("directory-vacant");
    };
    let held = tr.t1("directory-held-since", "date", tr.date(&since));
    if position.deputies > 0 {
        format!("{held} · {}", tr.n("directory-deputies", position.deputies))
    } else {
        held
    }
}

fn structure_view(tr: Tr, structure: at_place::Structure) -> StructureView {
    let kind = if structure.kind == "custom" && !structure.custom_kind.is_empty() {
        structure.custom_kind.clone()
    } else {
        shown(tr, structure_kind_message_id(&structure.kind), &structure.kind)
    };
    let mut details = Vec::new();
    if let Some(established) = structure.established {
        details.push(tr.t1("directory-established", "date", tr.date(&established)));
    }
    if !structure.meets.is_empty() {
        details.push(shown(tr, Meets::parse(&structure.meets).map(Meets::message_id), &structure.meets));
    }
    StructureView {
        name: structure.name,
        kind,
        details: details.join(" · "),
        members: structure
            .members
            .into_iter()
            .map(|m| {
                (shown(tr, MemberRole::parse(&m.role).map(MemberRole::message_id), &m.role), m.position, m.institution)
            })
            .collect(),
    }
}

/// `/places`: the top of the hierarchy.
pub async fn places_index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let roots = places::roots(&state.db).await?;
    match roots.as_slice() {
        [] => Err(ctx.error(StatusCode::NOT_FOUND, "directory-empty-title", "directory-empty-message")),
        [first, ..] => Ok(Redirect::to(&format!("/places/{}", first.code)).into_response()),
    }
}

pub struct HitView {
    pub href: String,
    pub name: String,
    pub name_alt: String,
    pub category: String,
    pub within: String,
}

/// One kind of result on the search page: its exact total and the page shown.
pub struct HitList {
    pub hits: Vec<HitView>,
    pub pager: Pager,
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    pub shell: Shell,
    pub query: String,
    /// Set when the reader pages through one kind alone.
    pub only: Option<HitKind>,
    pub places: HitList,
    pub institutions: HitList,
}

#[derive(serde::Deserialize, Default)]
pub struct SearchParams {
    #[serde(default)]
    q: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    page: Option<i64>,
}

/// Results per page when one kind is shown alone, and per kind when both are.
const PER_PAGE: i64 = 25;
const PER_KIND: i64 = 10;

pub async fn search_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Response, AppError> {
    let q: String = params.q.trim().chars().take(200).collect();
    let only = match params.kind.as_str() {
        "place" => Some(HitKind::Place),
        "institution" => Some(HitKind::Institution),
        _ => None,
    };
    let tr = ctx.tr;
    let footnote = ctx.site.kosovo_footnote;
    let mut lists = Vec::new();
    for kind in [HitKind::Place, HitKind::Institution] {
        let (per_page, page) = match only {
            Some(k) if k == kind => (PER_PAGE, params.page.unwrap_or(1)),
            Some(_) => (0, 1),
            None => (PER_KIND, 1),
        };
        let name = if kind == HitKind::Place { "place" } else { "institution" };
        let found = if per_page == 0 {
            places::Found { total: 0, hits: Vec::new() }
        } else {
            let offset = (page.max(1) - 1) * per_page;
            let mut found = places::search(&state.db, &q, kind, offset, per_page).await?;
            // A page past the end shows the last page.
            if found.hits.is_empty() && found.total > 0 {
                let last = (found.total - 1) / per_page * per_page;
                found = places::search(&state.db, &q, kind, last, per_page).await?;
            }
            found
        };
        let pager = Pager::new("/directory/search", &[("q", &q), ("type", name)], page, per_page.max(1), found.total);
        let hits = found.hits.into_iter().map(|hit| hit_view(tr, footnote, hit)).collect();
        lists.push(HitList { hits, pager });
    }
    let institutions = lists.pop().unwrap_or_else(|| HitList { hits: Vec::new(), pager: Pager::new("", &[], 1, 1, 0) });
    let places = lists.pop().unwrap_or_else(|| HitList { hits: Vec::new(), pager: Pager::new("", &[], 1, 1, 0) });
    let page = SearchPage {
        shell: ctx.shell(if q.is_empty() {
            tr.t("directory-search-title")
        } else {
            tr.t1("directory-search-results-for", "query", q.clone())
        }),
        query: q,
        only,
        places,
        institutions,
    };
    render(&page)
}

fn hit_view(tr: platform::i18n::Tr, footnote: bool, hit: places::SearchHit) -> HitView {
    let within = hit.within.as_ref().map(|w| shown_name(&w.code, &w.name, footnote)).unwrap_or_default();
    match hit.kind {
        HitKind::Place => HitView {
            href: format!("/places/{}", hit.code),
            name: shown_name(&hit.code, &local_name(tr, &hit.code, &hit.name), footnote),
            name_alt: hit.name_alt,
            category: shown(tr, level_message_id(&hit.category), &hit.category),
            within,
        },
        HitKind::Institution => HitView {
            href: format!("/places/{}#{}", hit.within.as_ref().map(|w| w.code.as_str()).unwrap_or(""), hit.code),
            name: hit.name,
            name_alt: hit.name_alt,
            category: shown(tr, institution_kind_message_id(&hit.category), &hit.category),
            within,
        },
    }
}

fn csv_download(filename: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        body,
    )
        .into_response()
}

pub async fn places_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let mut body = Vec::new();
    csv_io::export_places(&state.db, &mut body).await?;
    Ok(csv_download("places.csv", body))
}

pub async fn institutions_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let mut body = Vec::new();
    csv_io::export_institutions(&state.db, &mut body).await?;
    Ok(csv_download("institutions.csv", body))
}
