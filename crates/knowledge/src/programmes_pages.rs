//! Programmes in the browser: the list, marked where one applies to the
//! reader's municipality; themes to follow; the hub's form for a new one.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::on_db;
use platform::policy::{Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::practices::THEMES;
use crate::programmes::{self, Programme};

#[derive(Template)]
#[template(path = "programmes.html")]
struct ProgrammesPage {
    shell: Shell,
    /// Each programme, and whether it applies to one of the reader's municipalities.
    programmes: Vec<(Programme, bool)>,
    following: Vec<String>,
    themes: &'static [&'static str],
    hub: bool,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl ProgrammesPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }

    fn follows(&self, theme: &str) -> bool {
        self.following.iter().any(|t| t == theme)
    }
}

async fn page(
    ctx: &PageCtx,
    state: &AppState,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let places: Vec<String> = match ctx.account() {
        Some(account) => {
            let mut codes = Vec::new();
            for id in account.acts_for() {
                let code: Option<String> =
                    on_db!(&state.db, |pool| sqlx::query_scalar("SELECT code FROM places WHERE id = $1")
                        .bind(id)
                        .fetch_optional(pool)
                        .await)?;
                codes.extend(code);
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
        themes: THEMES,
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
    page(&ctx, &state, Vec::new(), FieldErrors::default()).await
}

fn codes(text: &str) -> Vec<String> {
    text.split(',').map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect()
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    if !may_publish(&ctx, &state).await? {
        let region = crate::pages::region(&state).await?;
        ctx.require(Action::PublishProgramme, &Resource::Place { path: &region })?;
    }
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let title = field(&form, "title");
    if title.is_empty() || title.chars().count() > 200 {
        errors.add("title", tr.t1("knowledge-required", "max", 200_i64));
    }
    let owner = field(&form, "owner");
    if owner.is_empty() || owner.chars().count() > 200 {
        errors.add("owner", tr.t1("knowledge-required", "max", 200_i64));
    }
    let countries = codes(field(&form, "countries"));
    if countries.is_empty() || countries.iter().any(|c| c.len() != 2) {
        errors.add("countries", tr.t("knowledge-country-invalid"));
    }
    let places = codes(field(&form, "eligible_places"));
    for code in &places {
        let known: i64 = on_db!(&state.db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM places WHERE code = $1")
            .bind(code)
            .fetch_one(pool)
            .await)?;
        if known == 0 || !countries.iter().any(|c| code.starts_with(c.as_str())) {
            errors.add("eligible_places", tr.t1("knowledge-place-unknown", "code", code.clone()));
        }
    }
    let themes: Vec<String> =
        form.iter().filter(|(k, v)| k == "themes" && THEMES.contains(&v.as_str())).map(|(_, v)| v.clone()).collect();
    if themes.is_empty() {
        errors.add("themes", tr.t("knowledge-choose-one"));
    }
    let date = |k: &str| field(&form, k).parse::<NaiveDate>().ok();
    let (starts, ends) = (date("starts_on"), date("ends_on"));
    if starts.is_none() || ends.is_none() || starts > ends {
        errors.add("starts_on", tr.t("knowledge-dates-invalid"));
    }
    if !errors.is_empty() {
        return page(&ctx, &state, form, errors).await;
    }
    // A national coordinator publishes for their own country only.
    for code in &countries {
        let place = directory::places::find(&state.db, code).await?;
        let path = match place {
            Some(p) => directory::places::path_ids(&state.db, p.id, Utc::now().date_naive()).await?,
            None => vec![0],
        };
        ctx.require(Action::PublishProgramme, &Resource::Place { path: &path })?;
    }
    let owner_institution_id: Option<i64> =
        on_db!(&state.db, |pool| sqlx::query_scalar("SELECT id FROM institutions WHERE name = $1 LIMIT 1")
            .bind(owner)
            .fetch_optional(pool)
            .await)?;
    let programme = Programme {
        title: title.into(),
        owner_institution_id,
        owner: owner.into(),
        is_call: field(&form, "is_call") == "yes",
        countries,
        eligible_places: places,
        themes,
        starts_on: starts.unwrap_or_default(),
        ends_on: ends.unwrap_or_default(),
        funding: field(&form, "funding").into(),
        description: field(&form, "description").into(),
        ..Programme::default()
    };
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
            summary: format!("{title}; {told} followers told"),
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
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    ctx.require(Action::ContributeKnowledge, &Resource::Instance)?;
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let themes: Vec<String> =
        form.iter().filter(|(k, v)| k == "themes" && THEMES.contains(&v.as_str())).map(|(_, v)| v.clone()).collect();
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
