//! Rounds: hub staff open one for a set of municipalities with a deadline;
//! everyone sees its progress at a glance.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::policy::{can, Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, Db};

use crate::default_instrument;
use crate::store::{self, Progress, Round};

#[derive(Template)]
#[template(path = "rounds.html")]
struct RoundsPage {
    shell: Shell,
    rounds: Vec<(Round, i64, i64)>,
    can_open: bool,
    countries: Vec<(String, String)>,
    /// The questionnaires a round can use; the default one first.
    instruments: Vec<crate::instrument::Listed>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl RoundsPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn rounds_page(
    ctx: &PageCtx,
    state: &AppState,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut rounds = Vec::new();
    for round in store::rounds(&state.db).await? {
        let (all, submitted) = store::response_rate(&state.db, round.id).await?;
        rounds.push((round, all, submitted));
    }
    let path = directory::places::region_path(&state.db).await?;
    let countries: Vec<(String, String)> = on_db!(&state.db, |pool| sqlx::query_as(
        "SELECT code, name FROM places WHERE level = 'country' ORDER BY name"
    )
    .fetch_all(pool)
    .await)?;
    let page = RoundsPage {
        shell: ctx.shell(ctx.tr.t("assess-title")),
        instruments: crate::instrument::listed(&state.db, ctx.tr).await?,
        rounds,
        can_open: can(&ctx.actor, Action::ManageRounds, &Resource::Place { path: &path }).allowed(),
        countries,
        form,
        errors,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    rounds_page(&ctx, &state, Vec::new(), FieldErrors::default()).await
}

/// The local governments a round covers: the network's members in the chosen
/// countries (or all of them).
async fn members_in(db: &Db, countries: &[String]) -> Result<Vec<i64>, sqlx::Error> {
    let today = Utc::now().date_naive();
    let members: Vec<i64> = on_db!(db, |pool| {
        sqlx::query_scalar(
        "SELECT DISTINCT place_id FROM memberships WHERE member_since <= $1 AND (valid_to IS NULL OR valid_to > $1)"
    )
    .bind(today)
    .fetch_all(pool)
    .await
    })?;
    if countries.is_empty() {
        return Ok(members);
    }
    let map = store::countries_on(db, today).await?;
    let ids: Vec<(i64, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, code FROM places WHERE level = 'country'").fetch_all(pool).await)?;
    let wanted: Vec<i64> = ids.into_iter().filter(|(_, code)| countries.contains(code)).map(|(id, _)| id).collect();
    Ok(members.into_iter().filter(|m| map.get(m).is_some_and(|(c, _)| wanted.contains(c))).collect())
}

pub async fn open(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let path = directory::places::region_path(&state.db).await?;
    ctx.require(Action::ManageRounds, &Resource::Place { path: &path })?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let name = field(&form, "name");
    if name.is_empty() || name.chars().count() > 100 {
        errors.add("name", tr.t("assess-round-name-required"));
    }
    let today = Utc::now().date_naive();
    let deadline = match field(&form, "deadline").parse::<NaiveDate>() {
        Ok(d) if d > today => Some(d),
        _ => {
            errors.add("deadline", tr.t("assess-deadline-future"));
            None
        }
    };
    let countries: Vec<String> = form.iter().filter(|(k, _)| k == "countries").map(|(_, v)| v.clone()).collect();
    let places = members_in(&state.db, &countries).await?;
    if places.is_empty() {
        errors.add("countries", tr.t("assess-no-members"));
    }
    if !errors.is_empty() {
        return rounds_page(&ctx, &state, form, errors).await;
    }
    // The questionnaire chosen, or the default one (installed on first use).
    let instrument = match field(&form, "instrument").parse::<i64>() {
        Ok(id) if crate::instrument::listed(&state.db, tr).await?.iter().any(|i| i.id == id) => id,
        Ok(_) => {
            errors.add("instrument", tr.t("assess-instrument-unknown"));
            return rounds_page(&ctx, &state, form, errors).await;
        }
        Err(_) => default_instrument::install(&state.db).await?,
    };
    let codes = directory::places::codes(&state.db).await?;
    let mut tx = state.db.begin().await?;
    let id = store::open_round(&mut tx, instrument, name, today, deadline.unwrap_or(today), &places).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "assess.round_open",
            object_type: "round",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("round \"{name}\" for {} municipalities", places.len()),
        },
    )
    .await?;
    for place in &places {
        let to = platform::notify::accounts_at(&mut tx, &["focal_point", "municipal_staff"], *place).await?;
        let note = platform::notify::Note {
            kind: platform::notify::Kind::RoundOpened,
            args: vec![("subject", name.to_string()), ("due", deadline.unwrap_or(today).to_string())],
            // Straight to the municipality's form, as the reminders lead.
            link: codes
                .get(place)
                .map(|code| format!("/assess/rounds/{id}/places/{code}"))
                .unwrap_or_else(|| "/".into()),
        };
        platform::notify::send(&mut tx, &state.site.public_url, &to, &note).await?;
    }
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/assess/rounds/{id}"), "flash-assess-round-opened"))
}

#[derive(Template)]
#[template(path = "round.html")]
struct RoundPage {
    shell: Shell,
    round: Round,
    rows: Vec<(Progress, String)>,
    counts: [usize; 3],
}

pub async fn progress(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let Some(round) = store::round(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let tr = ctx.tr;
    let rows: Vec<(Progress, String)> = store::progress(&state.db, id)
        .await?
        .into_iter()
        .map(|p| {
            let label = tr.t(&format!("assess-status-{}", p.status));
            (p, label)
        })
        .collect();
    let count = |s: &str| rows.iter().filter(|(p, _)| p.status == s).count();
    let counts = [count("not_started"), count("draft"), count("submitted")];
    render(&RoundPage { shell: ctx.shell(round.name.clone()), round, rows, counts })
}
