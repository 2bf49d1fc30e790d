//! Programmes in the browser: the list, marked where one applies to the
//! reader's municipality; themes to follow; the hub's form for a new one.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{Action, Resource};
use platform::web::form::{ticked, FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use serde::Deserialize;

use crate::directory_refs;
use crate::practices::Theme;
use crate::programmes::{self, Programme};

/// A new programme as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProgrammeForm {
    title: String,
    owner: String,
    #[serde(deserialize_with = "ticked")]
    is_call: bool,
    countries: String,
    eligible_places: String,
    themes: Vec<Theme>,
    starts_on: String,
    ends_on: String,
    funding: String,
    description: String,
}

impl ProgrammeForm {
    /// The programme as far as the form alone can tell; the places it names
    /// are checked against the directory by `check_places`.
    fn validate(&self, tr: Tr) -> Result<Programme, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.add("title", tr.t1("knowledge-required", "max", 200_i64));
        }
        let owner = self.owner.trim();
        if owner.is_empty() || owner.chars().count() > 200 {
            errors.add("owner", tr.t1("knowledge-required", "max", 200_i64));
        }
        let countries = codes(&self.countries);
        if countries.is_empty() || countries.iter().any(|c| c.len() != 2) {
            errors.add("countries", tr.t("knowledge-country-invalid"));
        }
        if self.themes.is_empty() {
            errors.add("themes", tr.t("knowledge-choose-one"));
        }
        let date = |typed: &str| typed.trim().parse::<NaiveDate>().ok();
        let (starts, ends) = (date(&self.starts_on), date(&self.ends_on));
        if starts.is_none() || ends.is_none() || starts > ends {
            errors.add("starts_on", tr.t("knowledge-dates-invalid"));
        }
        match (starts, ends) {
            (Some(starts_on), Some(ends_on)) if errors.is_empty() => Ok(Programme {
                title: title.into(),
                owner: owner.into(),
                is_call: self.is_call,
                countries,
                eligible_places: codes(&self.eligible_places),
                themes: self.themes.iter().map(|t| t.to_string()).collect(),
                starts_on,
                ends_on,
                funding: self.funding.trim().into(),
                description: self.description.trim().into(),
                ..Programme::default()
            }),
            _ => Err(errors),
        }
    }

    fn has_theme(&self, theme: &Theme) -> bool {
        self.themes.contains(theme)
    }
}

/// Each eligible place must be in the directory and in one of the
/// programme's countries.
async fn check_places(
    state: &AppState,
    tr: Tr,
    form: &ProgrammeForm,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    let countries = codes(&form.countries);
    for code in codes(&form.eligible_places) {
        let in_countries = countries.iter().any(|c| code.starts_with(c.as_str()));
        if !in_countries || !directory_refs::place_exists(&state.db, &code).await? {
            errors.add("eligible_places", tr.t1("knowledge-place-unknown", "code", code.clone()));
        }
    }
    Ok(())
}

/// The themes a person follows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct FollowForm {
    themes: Vec<Theme>,
}

#[derive(Template)]
#[template(path = "programmes.html")]
struct ProgrammesPage {
    shell: Shell,
    /// Each programme, and whether it applies to one of the reader's municipalities.
    programmes: Vec<(Programme, bool)>,
    following: Vec<String>,
    themes: &'static [Theme],
    hub: bool,
    form: ProgrammeForm,
    errors: FieldErrors,
}

impl ProgrammesPage {
    fn follows(&self, theme: &Theme) -> bool {
        self.following.iter().any(|t| t == theme.as_str())
    }
}

async fn page(ctx: &PageCtx, state: &AppState, form: ProgrammeForm, errors: FieldErrors) -> Result<Response, AppError> {
    let places: Vec<String> = match ctx.account() {
        Some(account) => {
            let mut codes = Vec::new();
            for id in account.acts_for() {
                codes.extend(directory_refs::place_code(&state.db, id).await?);
            }
            codes
        }
        None => Vec::new(),
    };
    let mut list: Vec<(Programme, bool)> = programmes::all(&state.db)
        .await?
        .into_iter()
        .map(|p| {
            let mine = places.iter().any(|c| p.applies_to(c));
            (p, mine)
        })
        .collect();
    // The municipality's own programmes first.
    list.sort_by_key(|(_, mine)| !*mine);
    let following = match ctx.account() {
        Some(a) => programmes::follows(&state.db, a.id).await?,
        None => Vec::new(),
    };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ProgrammesPage {
        shell: ctx.shell(ctx.tr.t("knowledge-programmes-title")),
        programmes: list,
        following,
        themes: Theme::ALL,
        hub: may_publish(ctx, state).await?,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

/// Whether the actor may publish programmes somewhere: the hub, or a
/// national coordinator (for their country, checked on each programme).
async fn may_publish(ctx: &PageCtx, state: &AppState) -> Result<bool, AppError> {
    Ok(crate::pages::is_reviewer(ctx, state).await?
        || ctx.account().is_some_and(|a| a.has_role(platform::policy::Role::NationalCoordinator)))
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    page(&ctx, &state, ProgrammeForm::default(), FieldErrors::default()).await
}

fn codes(text: &str) -> Vec<String> {
    text.split(',').map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect()
}

/// A national coordinator publishes for their own country only.
async fn require_countries(ctx: &PageCtx, state: &AppState, countries: &[String]) -> Result<(), AppError> {
    for code in countries {
        let place = directory::places::find(&state.db, code).await?;
        let path = match place {
            Some(p) => directory::places::path_ids(&state.db, p.id, Utc::now().date_naive()).await?,
            None => vec![0],
        };
        ctx.require(Action::PublishProgramme, &Resource::Place { path: &path })?;
    }
    Ok(())
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<ProgrammeForm>,
) -> Result<Response, AppError> {
    if !may_publish(&ctx, &state).await? {
        let region = crate::pages::region(&state).await?;
        ctx.require(Action::PublishProgramme, &Resource::Place { path: &region })?;
    }
    let (checked, mut errors) = match form.validate(ctx.tr) {
        Ok(programme) => (Some(programme), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    check_places(&state, ctx.tr, &form, &mut errors).await?;
    let Some(mut programme) = checked.filter(|_| errors.is_empty()) else {
        return page(&ctx, &state, form, errors).await;
    };
    require_countries(&ctx, &state, &programme.countries).await?;
    programme.owner_institution_id = directory_refs::institution_named(&state.db, &programme.owner).await?;
    let mut tx = state.db.begin().await?;
    let id = programmes::create(&mut tx, &programme, Utc::now()).await?;
    let told = programmes::notify(&mut tx, &state.db, &programme, id, &state.site.public_url).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "knowledge.programme_create",
            object_type: "programme",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("{}; {told} followers told", programme.title),
        },
    )
    .await?;
    tx.commit().await?;
    crate::pages::follow_changes(&state).await?;
    Ok(platform::web::flash::redirect(&format!("/knowledge/programmes#programme-{id}"), "flash-programme-published"))
}

pub async fn follow(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<FollowForm>,
) -> Result<Response, AppError> {
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let themes: Vec<String> = form.themes.iter().map(|t| t.to_string()).collect();
    let mut tx = state.db.begin().await?;
    programmes::set_follows(&mut tx, account, &themes).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "knowledge.follow",
            object_type: "account",
            object_id: account.to_string(),
            place_id: None,
            summary: themes.join(","),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/knowledge/programmes#follow", "flash-follows-saved"))
}
