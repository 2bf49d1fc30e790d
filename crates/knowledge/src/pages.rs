//! The knowledge hub in the browser: one search box with facets; a good
//! practice's page in the reader's language with its translations and their
//! status; proposing and editing a practice; the hub's review.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use chrono::{Datelike, Utc};
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::flash;
use platform::web::form::{ticked, FieldErrors, Form};
use platform::web::pager::Pager;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::directory_refs;
use crate::practices::{
    self, Attachment, Audience, Evaluation, Level, OrganisationType, Practice, Text, TextStatus, Theme, TEXT_FIELDS,
};
use crate::search::{Dimension, RecordKind, Results, Search};
use crate::terminology;

/// The running server's search index.
pub fn index(state: &AppState) -> Result<std::sync::Arc<Search>, AppError> {
    state
        .site
        .services
        .get::<Search>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the search index is not set up")))
}

pub(crate) async fn region(state: &AppState) -> Result<Vec<i64>, sqlx::Error> {
    directory::places::region_path(&state.db).await
}

pub(crate) async fn is_reviewer(ctx: &PageCtx, state: &AppState) -> Result<bool, AppError> {
    let region = region(state).await?;
    Ok(can(&ctx.actor, Action::ReviewKnowledge, &Resource::Place { path: &region }).allowed())
}

#[derive(Template)]
#[template(path = "knowledge.html")]
struct SearchPage {
    shell: Shell,
    query: String,
    filters: Vec<(String, String)>,
    results: Results,
    dimensions: &'static [Dimension],
    pending: Vec<(i64, String, String)>,
    can_contribute: bool,
    pager: Pager,
}

/// Hits per page of the knowledge search.
const PER_PAGE: usize = 20;

impl SearchPage {
    /// The label of a facet value, in the reader's language; a value no
    /// vocabulary spells is shown as it is.
    fn label(&self, dimension: &str, value: &str) -> String {
        let tr = self.shell.tr;
        let message_id = match Dimension::parse(dimension) {
            Some(Dimension::Country) => return platform::countries::name(value, tr),
            Some(Dimension::Type) => RecordKind::parse(value).map(RecordKind::message_id),
            Some(Dimension::Theme) => Theme::parse(value).map(Theme::message_id),
            Some(Dimension::Audience) => Audience::parse(value).map(Audience::message_id),
            Some(Dimension::Level) => Level::parse(value).map(Level::message_id),
            Some(Dimension::Year) | None => None,
        };
        message_id.map_or_else(|| value.to_string(), |id| tr.t(id))
    }

    fn values(&self, dimension: &str) -> &[(String, u64)] {
        self.results.facets.get(dimension).map(Vec::as_slice).unwrap_or(&[])
    }

    fn chosen(&self, dimension: &str, value: &str) -> bool {
        self.filters.iter().any(|(d, v)| d == dimension && v == value)
    }

    /// The address that adds (or removes) one facet to the current search.
    fn toggle(&self, dimension: &str, value: &str) -> String {
        let mut pairs: Vec<(String, String)> = vec![("q".into(), self.query.clone())];
        let chosen = self.chosen(dimension, value);
        pairs.extend(self.filters.iter().filter(|(d, v)| !(chosen && d == dimension && v == value)).cloned());
        if !chosen {
            pairs.push((dimension.to_string(), value.to_string()));
        }
        let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
        format!("/knowledge?{}", query.join("&"))
    }
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub async fn search_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let search = index(&state)?;
    search.ensure_built(&state.db).await?;
    let query: String =
        params.iter().find(|(k, _)| k == "q").map(|(_, v)| v.chars().take(200).collect()).unwrap_or_default();
    let page_asked = params.iter().find(|(k, _)| k == "page").and_then(|(_, v)| v.parse::<i64>().ok()).unwrap_or(1);
    let filters: Vec<(String, String)> =
        params.into_iter().filter(|(k, v)| Dimension::parse(k).is_some() && !v.is_empty()).take(12).collect();
    let language = ctx.tr.code().to_string();
    let (q, f) = (query.clone(), filters.clone());
    let offset = (page_asked.clamp(1, 10_000) as usize - 1) * PER_PAGE;
    let results = tokio::task::spawn_blocking(move || search.search(&q, &f, &language, offset, PER_PAGE))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    let mut keep: Vec<(&str, &str)> = vec![("q", query.as_str())];
    keep.extend(filters.iter().map(|(d, v)| (d.as_str(), v.as_str())));
    let pager = Pager::new("/knowledge", &keep, page_asked, PER_PAGE as i64, results.total as i64);
    let pending = if is_reviewer(&ctx, &state).await? {
        let mut pending = Vec::new();
        for p in practices::in_state(&state.db, Some("submitted")).await? {
            let texts = practices::texts(&state.db, p.id).await?;
            let title = practices::text_in(&texts, "title", ctx.tr.code(), &p.language)
                .map(|t| t.body.clone())
                .unwrap_or_default();
            pending.push((p.id, title, p.country));
        }
        pending
    } else {
        Vec::new()
    };
    let page = SearchPage {
        shell: ctx.shell(ctx.tr.t("knowledge-title")),
        query,
        filters,
        results,
        dimensions: Dimension::ALL,
        pending,
        can_contribute: ctx.account().is_some(),
        pager,
    };
    render(&page)
}

/// A practice as typed, new or edited: the three texts in its language
/// and what describes it.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PracticeForm {
    language: String,
    title: String,
    summary: String,
    description: String,
    country: String,
    place_name: String,
    place_code: String,
    contact_position: Option<i64>,
    organisation: String,
    organisation_type: Option<OrganisationType>,
    audiences: Vec<Audience>,
    themes: Vec<Theme>,
    prevention_level: Option<Level>,
    sector: String,
    year_from: String,
    year_to: String,
    evaluation: Option<Evaluation>,
    evidence: String,
    resources: String,
    transferability: String,
    links: String,
}

/// What a valid form proposes: the practice and its title, summary and
/// description.
struct Proposal {
    practice: Practice,
    texts: [String; 3],
}

impl PracticeForm {
    /// The form filled from a stored practice, for editing.
    fn of(p: &Practice, texts: &[Text], place_code: String) -> PracticeForm {
        let text = |f: &str| {
            texts.iter().find(|t| t.field == f && t.language == p.language).map(|t| t.body.clone()).unwrap_or_default()
        };
        PracticeForm {
            language: p.language.clone(),
            title: text("title"),
            summary: text("summary"),
            description: text("description"),
            country: p.country.clone(),
            place_name: p.place_name.clone(),
            place_code,
            contact_position: p.contact_position_id,
            organisation: p.organisation.clone(),
            organisation_type: p.organisation_kind(),
            audiences: p.audience_list(),
            themes: p.theme_list(),
            prevention_level: p.level(),
            sector: p.sector.clone(),
            year_from: p.year_from.to_string(),
            year_to: p.year_to.map(|y| y.to_string()).unwrap_or_default(),
            evaluation: p.evaluation_kind(),
            evidence: p.evidence.clone(),
            resources: p.resources.clone(),
            transferability: p.transferability.clone(),
            links: p.links.join("\n"),
        }
    }

    /// Checks every field: the practice and its three texts, or every
    /// field's problem.
    fn validate(&self, tr: Tr) -> Result<Proposal, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut require = |name: &str, typed: &str, max: usize| {
            let typed = typed.trim();
            if typed.is_empty() || typed.chars().count() > max {
                errors.add(name, tr.t1("knowledge-required", "max", max as i64));
            }
            typed.to_string()
        };
        let title = require("title", &self.title, 200);
        let summary = require("summary", &self.summary, 1000);
        let description = require("description", &self.description, 20_000);
        let organisation = require("organisation", &self.organisation, 200);
        let country = self.country.trim().to_uppercase();
        if !platform::countries::is_country(&country) {
            errors.add("country", tr.t("knowledge-country-invalid"));
        }
        let language = self.language.trim();
        if !languages().iter().any(|(code, _)| *code == language) {
            errors.add("language", tr.t("knowledge-language-invalid"));
        }
        for (name, chosen) in [
            ("organisation_type", self.organisation_type.is_some()),
            ("prevention_level", self.prevention_level.is_some()),
            ("evaluation", self.evaluation.is_some()),
        ] {
            if !chosen {
                errors.add(name, tr.t("knowledge-choose"));
            }
        }
        for (name, empty) in [("themes", self.themes.is_empty()), ("audiences", self.audiences.is_empty())] {
            if empty {
                errors.add(name, tr.t("knowledge-choose-one"));
            }
        }
        let years = self.years();
        if years.is_none() {
            errors.add("year_from", tr.t("knowledge-years-invalid"));
        }
        let links = self.link_list();
        if links
            .iter()
            .any(|l| !(l.starts_with("https://") || l.starts_with("http://")) || l.contains(char::is_whitespace))
        {
            errors.add("links", tr.t("knowledge-links-invalid"));
        }
        let (Some(organisation_type), Some(level), Some(evaluation), Some((year_from, year_to)), true) =
            (self.organisation_type, self.prevention_level, self.evaluation, years, errors.is_empty())
        else {
            return Err(errors);
        };
        let practice = Practice {
            country,
            place_name: self.place_name.trim().to_string(),
            organisation,
            organisation_type: organisation_type.to_string(),
            audiences: self.audiences.iter().map(|a| a.to_string()).collect(),
            themes: self.themes.iter().map(|t| t.to_string()).collect(),
            prevention_level: level.to_string(),
            sector: self.sector.trim().to_string(),
            year_from,
            year_to,
            evaluation: evaluation.to_string(),
            evidence: self.evidence.trim().to_string(),
            resources: self.resources.trim().to_string(),
            transferability: self.transferability.trim().to_string(),
            links,
            language: language.to_string(),
            state: practices::PracticeState::Draft,
            ..Practice::default()
        };
        Ok(Proposal { practice, texts: [title, summary, description] })
    }

    /// The first and the last year (none while it runs), if they make sense:
    /// from 1990 to this year, ending after it began and within ten years.
    fn years(&self) -> Option<(i64, Option<i64>)> {
        let this_year = i64::from(Utc::now().year());
        let from = self.year_from.trim().parse::<i64>().ok().filter(|y| (1990..=this_year).contains(y))?;
        match self.year_to.trim() {
            "" => Some((from, None)),
            to => to.parse::<i64>().ok().filter(|y| *y >= from && *y <= this_year + 10).map(|to| (from, Some(to))),
        }
    }

    fn link_list(&self) -> Vec<String> {
        self.links.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
    }

    fn has_theme(&self, theme: &Theme) -> bool {
        self.themes.contains(theme)
    }

    fn has_audience(&self, audience: &Audience) -> bool {
        self.audiences.contains(audience)
    }

    fn level_is(&self, level: &Level) -> bool {
        self.prevention_level == Some(*level)
    }

    fn organisation_type_is(&self, kind: &OrganisationType) -> bool {
        self.organisation_type == Some(*kind)
    }

    fn evaluation_is(&self, evaluation: &Evaluation) -> bool {
        self.evaluation == Some(*evaluation)
    }

    fn contact_is(&self, position: &i64) -> bool {
        self.contact_position == Some(*position)
    }
}

#[derive(Template)]
#[template(path = "practice_form.html")]
struct FormPage {
    shell: Shell,
    action: String,
    form: PracticeForm,
    errors: FieldErrors,
    levels: &'static [Level],
    audiences: &'static [Audience],
    themes: &'static [Theme],
    organisation_types: &'static [OrganisationType],
    evaluations: &'static [Evaluation],
    languages: Vec<(&'static str, &'static str)>,
    positions: Vec<(i64, String)>,
}

fn languages() -> Vec<(&'static str, &'static str)> {
    platform::i18n::i18n().locales().iter().map(|l| (l.info.code, l.info.autonym)).collect()
}

/// The positions the actor holds, with their institution, for the contact.
pub(crate) async fn own_positions(ctx: &PageCtx, state: &AppState) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let mut out = Vec::new();
    for position in ctx.account().map(|a| a.positions.clone()).unwrap_or_default() {
        let title = directory_refs::position_title(&state.db, position).await?;
        out.extend(title.map(|t| (position, t)));
    }
    Ok(out)
}

async fn form_page(
    ctx: &PageCtx,
    state: &AppState,
    action: String,
    form: PracticeForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = FormPage {
        positions: own_positions(ctx, state).await?,
        shell: ctx.shell(ctx.tr.t("knowledge-propose")),
        action,
        form,
        errors,
        levels: Level::ALL,
        audiences: Audience::ALL,
        themes: Theme::ALL,
        organisation_types: OrganisationType::ALL,
        evaluations: Evaluation::ALL,
        languages: languages(),
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn new_form(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    let form = PracticeForm { language: ctx.tr.code().to_string(), ..PracticeForm::default() };
    form_page(&ctx, &state, "/knowledge/practices".into(), form, FieldErrors::default()).await
}

/// The practice's place in the directory (by code, optional) and its
/// contact position (one the author holds, optional).
async fn link(
    ctx: &PageCtx,
    state: &AppState,
    form: &PracticeForm,
    practice: &mut Practice,
) -> Result<Result<(), FieldErrors>, AppError> {
    let mut errors = FieldErrors::default();
    let code = form.place_code.trim().to_uppercase();
    if !code.is_empty() {
        match directory::places::find(&state.db, &code).await? {
            Some(place) if code.starts_with(&practice.country) => practice.place_id = Some(place.id),
            _ => errors.add("place_code", ctx.tr.t1("knowledge-place-unknown", "code", code.clone())),
        }
    }
    if let Some(position) = form.contact_position {
        if own_positions(ctx, state).await?.iter().any(|(p, _)| *p == position) {
            practice.contact_position_id = Some(position);
        } else {
            errors.add("contact_position", ctx.tr.t("knowledge-position-yours"));
        }
    }
    Ok(if errors.is_empty() { Ok(()) } else { Err(errors) })
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<PracticeForm>,
) -> Result<Response, AppError> {
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    let Proposal { mut practice, texts } = match form.validate(ctx.tr) {
        Ok(proposal) => proposal,
        Err(errors) => return form_page(&ctx, &state, "/knowledge/practices".into(), form, errors).await,
    };
    practice.created_by = ctx.account().map(|a| a.id).unwrap_or_default();
    if let Err(errors) = link(&ctx, &state, &form, &mut practice).await? {
        return form_page(&ctx, &state, "/knowledge/practices".into(), form, errors).await;
    }
    let id = store(&ctx, &state, &practice, &texts, "knowledge.practice_create").await?;
    Ok(platform::web::flash::redirect(&format!("/knowledge/practices/{id}"), "flash-practice-created"))
}

/// Saves a practice with its original texts, audited, in one transaction.
async fn store(
    ctx: &PageCtx,
    state: &AppState,
    practice: &Practice,
    texts: &[String; 3],
    action: &'static str,
) -> Result<i64, AppError> {
    let mut tx = state.db.begin().await?;
    let id = practices::save(&mut tx, practice).await?;
    for (name, body) in TEXT_FIELDS.iter().zip(texts) {
        practices::set_text(&mut tx, id, &practice.language, name, body, "original").await?;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event { action, object_type: "practice", object_id: id.to_string(), place_id: None, summary: texts[0].clone() },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The practice, and whether the actor may see it (published, or its
/// author, or a reviewer) and edit it.
async fn access(ctx: &PageCtx, state: &AppState, id: i64) -> Result<(Practice, bool, bool), AppError> {
    let Some(practice) = practices::load(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let reviewer = is_reviewer(ctx, state).await?;
    let author = ctx.account().is_some_and(|a| a.id == practice.created_by);
    if practice.state != practices::PracticeState::Published && !author && !reviewer {
        return Err(ctx.not_found());
    }
    Ok((practice, author, reviewer))
}

pub async fn edit_form(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (p, author, reviewer) = access(&ctx, &state, id).await?;
    if !author && !reviewer {
        ctx.require(Action::ReviewKnowledge, &Resource::Instance)?;
    }
    let texts = practices::texts(&state.db, id).await?;
    let place_code = match p.place_id {
        Some(place) => directory_refs::place_code(&state.db, place).await?.unwrap_or_default(),
        None => String::new(),
    };
    let form = PracticeForm::of(&p, &texts, place_code);
    form_page(&ctx, &state, format!("/knowledge/practices/{id}/edit"), form, FieldErrors::default()).await
}

/// Brings this server's index up to the change feed after a write, so the
/// writer finds their change at once (other servers follow within a second).
pub async fn follow_changes(state: &AppState) -> Result<(), AppError> {
    index(state)?.follow(&state.db).await.map(|_| ()).map_err(AppError::Internal)
}

pub async fn update(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<PracticeForm>,
) -> Result<Response, AppError> {
    let (existing, author, reviewer) = access(&ctx, &state, id).await?;
    if !author && !reviewer {
        ctx.require(Action::ReviewKnowledge, &Resource::Instance)?;
    }
    let Proposal { mut practice, texts } = match form.validate(ctx.tr) {
        Ok(proposal) => proposal,
        Err(errors) => return form_page(&ctx, &state, format!("/knowledge/practices/{id}/edit"), form, errors).await,
    };
    practice.id = id;
    practice.language = existing.language.clone();
    if let Err(errors) = link(&ctx, &state, &form, &mut practice).await? {
        return form_page(&ctx, &state, format!("/knowledge/practices/{id}/edit"), form, errors).await;
    }
    store(&ctx, &state, &practice, &texts, "knowledge.practice_update").await?;
    follow_changes(&state).await?;
    Ok(platform::web::flash::redirect(&format!("/knowledge/practices/{id}"), "flash-practice-saved"))
}

pub struct TranslationView {
    pub language: String,
    pub autonym: String,
    pub status: TextStatus,
    /// Terms the original uses whose approved form this translation lacks.
    pub warnings: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "practice.html")]
struct PracticePage {
    shell: Shell,
    practice: Practice,
    title: String,
    summary: String,
    description: String,
    shown_language: String,
    translated: bool,
    translations: Vec<TranslationView>,
    attachments: Vec<Attachment>,
    contact: String,
    author: bool,
    reviewer: bool,
    languages: Vec<(&'static str, &'static str)>,
    translation: TranslationForm,
    errors: FieldErrors,
}

fn autonym(code: &str) -> String {
    languages().into_iter().find(|(c, _)| *c == code).map(|(_, a)| a.to_string()).unwrap_or_else(|| code.to_string())
}

async fn practice_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    translation: TranslationForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    practice_page_in(ctx, state, id, None, translation, errors).await
}

/// Each language the practice is written in, with how far its texts can be
/// trusted and, for a translation, the approved terms it lacks.
fn translation_views(practice: &Practice, texts: &[Text]) -> Vec<TranslationView> {
    let original = |f: &str| {
        texts
            .iter()
            .find(|t| t.field == f && t.language == practice.language)
            .map(|t| t.body.clone())
            .unwrap_or_default()
    };
    let original_all = format!("{} {} {}", original("title"), original("summary"), original("description"));
    let mut languages_seen: Vec<&str> = texts.iter().map(|t| t.language.as_str()).collect();
    languages_seen.dedup();
    languages_seen
        .into_iter()
        .map(|language| {
            let of: Vec<&Text> = texts.iter().filter(|t| t.language == language).collect();
            let warnings = if language == practice.language {
                Vec::new()
            } else {
                let body: Vec<&str> = of.iter().map(|t| t.body.as_str()).collect();
                terminology::missing_terms(&practice.language, &original_all, language, &body.join(" "))
                    .into_iter()
                    .map(|(_, used, expected)| (used, expected))
                    .collect()
            };
            TranslationView {
                language: language.to_string(),
                autonym: autonym(language),
                status: TextStatus::of_language(of.iter().map(|t| t.status.as_str())),
                warnings,
            }
        })
        .collect()
}

/// The practice in the language asked for (`?lang=`), else in the first
/// language of the reader's reading order that it has.
async fn practice_page_in(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    asked: Option<&str>,
    translation: TranslationForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (practice, author, reviewer) = access(ctx, state, id).await?;
    let texts = practices::texts(&state.db, id).await?;
    let order = match asked.filter(|l| texts.iter().any(|t| t.language == *l)) {
        Some(language) => vec![language],
        None => practices::reading_order(ctx.tr.code()),
    };
    let pick = |f: &str| practices::text_in_order(&texts, f, &order, &practice.language);
    let body = |f: &str| pick(f).map(|t| t.body.clone()).unwrap_or_default();
    let shown_language = pick("title").map(|t| t.language.clone()).unwrap_or_else(|| practice.language.clone());
    let contact = match practice.contact_position_id {
        Some(position) => directory_refs::position_title(&state.db, position).await?.unwrap_or_default(),
        None => String::new(),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = PracticePage {
        shell: ctx.shell(body("title")),
        title: body("title"),
        summary: body("summary"),
        description: body("description"),
        translated: shown_language != practice.language,
        shown_language,
        translations: translation_views(&practice, &texts),
        attachments: practices::attachments(&state.db, id).await?,
        contact,
        practice,
        author,
        reviewer,
        languages: languages(),
        translation,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

#[derive(Deserialize, Default)]
pub struct LanguageQuery {
    #[serde(default)]
    lang: Option<String>,
}

pub async fn show(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<LanguageQuery>,
) -> Result<Response, AppError> {
    practice_page_in(&ctx, &state, id, q.lang.as_deref(), TranslationForm::default(), FieldErrors::default()).await
}

/// A change to a practice, recorded and reflected in the search index at once.
async fn finish(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    mut tx: platform::Tx,
    summary: String,
) -> Result<(), AppError> {
    let event = Event {
        action: "knowledge.practice_update",
        object_type: "practice",
        object_id: id.to_string(),
        place_id: None,
        summary,
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    follow_changes(state).await
}

#[derive(Deserialize)]
pub struct MoveForm {
    to: practices::PracticeState,
}

/// The author proposes a draft; a reviewer publishes, returns or unpublishes.
pub async fn move_practice(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    use practices::PracticeState::*;
    let (practice, author, reviewer) = access(&ctx, &state, id).await?;
    let allowed = match form.to {
        Submitted => author || reviewer,
        Published | Draft => reviewer,
    };
    if !allowed {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    }
    let tr = ctx.tr;
    let mut tx = state.db.begin().await?;
    if let Err(from) = practices::move_to(&mut tx, id, form.to).await? {
        drop(tx);
        let (from, to) = (tr.t(from.message_id()), tr.t(form.to.message_id()));
        let mut errors = FieldErrors::default();
        errors.add("state", tr.ta("knowledge-move-refused", &[("from", &from), ("to", &to)]));
        return practice_page(&ctx, &state, id, TranslationForm::default(), errors).await;
    }
    finish(&ctx, &state, id, tx, format!("{} -> {}", practice.state, form.to)).await?;
    let message = match form.to {
        Submitted => "flash-knowledge-submitted",
        Published => "flash-knowledge-published",
        Draft => "flash-knowledge-returned",
    };
    Ok(flash::redirect(&format!("/knowledge/practices/{id}"), message))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TranslationForm {
    language: String,
    t_title: String,
    t_summary: String,
    t_description: String,
    #[serde(deserialize_with = "ticked")]
    machine: bool,
}

/// Anyone signed in proposes a translation, marked machine or human.
pub async fn translate(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<TranslationForm>,
) -> Result<Response, AppError> {
    let (practice, _, _) = access(&ctx, &state, id).await?;
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    if !languages().iter().any(|(c, _)| *c == form.language) || form.language == practice.language {
        errors.add("t_language", tr.t("knowledge-language-invalid"));
    }
    let bodies = [form.t_title.trim(), form.t_summary.trim(), form.t_description.trim()];
    if bodies.iter().any(|b| b.is_empty() || b.chars().count() > 20_000) {
        errors.add("t_title", tr.t1("knowledge-required", "max", 20_000_i64));
    }
    if !errors.is_empty() {
        return practice_page(&ctx, &state, id, form, errors).await;
    }
    let status = if form.machine { TextStatus::Machine } else { TextStatus::Human };
    let mut tx = state.db.begin().await?;
    for (name, body) in TEXT_FIELDS.iter().zip(bodies) {
        practices::set_text(&mut tx, id, &form.language, name, body, status.as_str()).await?;
    }
    finish(&ctx, &state, id, tx, format!("{status} translation into {}", form.language)).await?;
    Ok(flash::redirect(&format!("/knowledge/practices/{id}#translations"), "flash-knowledge-translated"))
}

/// A reviewer confirms a translation.
pub async fn confirm_translation(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, language)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let (_, _, reviewer) = access(&ctx, &state, id).await?;
    if !reviewer {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    }
    if !languages().iter().any(|(c, _)| *c == language) {
        return Err(ctx.not_found());
    }
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    practices::confirm(&mut tx, id, &language, me).await?;
    finish(&ctx, &state, id, tx, format!("translation into {language} reviewed")).await?;
    Ok(flash::redirect(&format!("/knowledge/practices/{id}#translations"), "flash-knowledge-confirmed"))
}

/// The largest attachment accepted, and the kinds of file.
pub const MAX_ATTACHMENT: usize = 5 * 1024 * 1024;
pub const ATTACHMENT_TYPES: &[(&str, &str)] = &[
    ("pdf", "application/pdf"),
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("txt", "text/plain"),
];

pub async fn attach(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let (_, author, reviewer) = access(&ctx, &state, id).await?;
    if !author && !reviewer {
        ctx.require(Action::ReviewKnowledge, &Resource::Instance)?;
    }
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let mut file: Option<(String, Bytes)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(part)) if part.name() == Some("file") => {
                let name = part.file_name().unwrap_or("").to_string();
                match part.bytes().await {
                    Ok(bytes) => file = Some((name, bytes)),
                    Err(_) => errors
                        .add("file", tr.t1("knowledge-file-too-large", "mb", (MAX_ATTACHMENT / 1024 / 1024) as i64)),
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => {
                errors.add("file", tr.t1("knowledge-file-too-large", "mb", (MAX_ATTACHMENT / 1024 / 1024) as i64));
                break;
            }
        }
    }
    if file.as_ref().is_some_and(|(_, b)| b.len() > MAX_ATTACHMENT) {
        errors.add("file", tr.t1("knowledge-file-too-large", "mb", (MAX_ATTACHMENT / 1024 / 1024) as i64));
    }
    // Judged by the content, which must also be what the name says: an
    // executable named report.pdf is refused.
    let checked = file.filter(|(_, b)| !b.is_empty() && b.len() <= MAX_ATTACHMENT).and_then(|(name, bytes)| {
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_lowercase()).unwrap_or_default();
        let kind = platform::upload::sniff(&bytes)?;
        let allowed = ATTACHMENT_TYPES.iter().any(|(e, _)| *e == extension);
        (allowed && kind.extensions().contains(&extension.as_str())).then(|| (name.clone(), kind.content_type(), bytes))
    });
    if checked.is_none() && errors.is_empty() {
        let kinds: Vec<&str> = ATTACHMENT_TYPES.iter().map(|(e, _)| *e).collect();
        errors.add("file", tr.t1("knowledge-file-type", "types", kinds.join(", ")));
    }
    let (Some((name, content_type, bytes)), true) = (checked, errors.is_empty()) else {
        return practice_page(&ctx, &state, id, TranslationForm::default(), errors).await;
    };
    let mut tx = state.db.begin().await?;
    practices::attach(&mut tx, id, &name, content_type, &bytes).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "knowledge.attachment",
            object_type: "practice",
            object_id: id.to_string(),
            place_id: None,
            summary: name,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/knowledge/practices/{id}#attachments"), "flash-attachment-added"))
}

pub async fn attachment(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let Some(file) = practices::attachment_file(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    access(&ctx, &state, file.practice_id).await?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&file.data)
        .ok()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("attachment {id} is damaged")))?;
    let safe: String = file.file_name.chars().filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{safe}\"")),
        ],
        bytes,
    )
        .into_response())
}

/// Rebuilds the running server's index from the database (reviewers).
pub async fn reindex(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let region = region(&state).await?;
    ctx.require(Action::ReviewKnowledge, &Resource::Place { path: &region })?;
    // Every server rebuilds, not only this one.
    let mut tx = state.db.begin().await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    let event = Event {
        action: "knowledge.reindex",
        object_type: "search",
        object_id: String::new(),
        place_id: None,
        summary: "search index rebuilt on every server".into(),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    follow_changes(&state).await?;
    Ok(platform::web::flash::redirect("/knowledge", "flash-search-rebuilt"))
}
