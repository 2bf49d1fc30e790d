//! Rounds: hub staff open one for a set of municipalities with a deadline;
//! everyone sees its progress at a glance.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use serde::Deserialize;

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
    form: RoundForm,
    errors: FieldErrors,
}

/// A new round as typed: the countries ticked (none: every member) and the
/// questionnaire chosen (none: the default one).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RoundForm {
    name: String,
    deadline: String,
    countries: Vec<String>,
    instrument: Option<i64>,
}

/// What a valid form opens.
struct NewRound<'a> {
    name: &'a str,
    deadline: NaiveDate,
}

impl RoundForm {
    fn validate(&self, tr: Tr) -> Result<NewRound<'_>, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            errors.add("name", tr.t("assess-round-name-required"));
        }
        let deadline = self.deadline.trim().parse::<NaiveDate>().ok().filter(|d| *d > Utc::now().date_naive());
        if deadline.is_none() {
            errors.add("deadline", tr.t("assess-deadline-future"));
        }
        match deadline {
            Some(deadline) if errors.is_empty() => Ok(NewRound { name, deadline }),
            _ => Err(errors),
        }
    }

    fn instrument_is(&self, id: &i64) -> bool {
        self.instrument == Some(*id)
    }
}

async fn rounds_page(
    ctx: &PageCtx,
    state: &AppState,
    form: RoundForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut rounds = Vec::new();
    for round in store::rounds(&state.db).await? {
        let (all, submitted) = store::response_rate(&state.db, round.id).await?;
        rounds.push((round, all, submitted));
    }
    let path = directory::places::region_path(&state.db).await?;
    let countries = store::countries(&state.db).await?;
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
    rounds_page(&ctx, &state, RoundForm::default(), FieldErrors::default()).await
}

pub async fn open(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<RoundForm>,
) -> Result<Response, AppError> {
    let path = directory::places::region_path(&state.db).await?;
    ctx.require(Action::ManageRounds, &Resource::Place { path: &path })?;
    let tr = ctx.tr;
    let (checked, mut errors) = match form.validate(tr) {
        Ok(round) => (Some(round), FieldErrors::default()),
        Err(errors) => (None, errors),
    };
    let places = store::members_in(&state.db, &form.countries).await?;
    if places.is_empty() {
        errors.add("countries", tr.t("assess-no-members"));
    }
    // The questionnaire chosen, or the default one (installed on first use).
    let instrument = match form.instrument {
        Some(id) if crate::instrument::listed(&state.db, tr).await?.iter().any(|i| i.id == id) => Some(id),
        Some(_) => {
            errors.add("instrument", tr.t("assess-instrument-unknown"));
            None
        }
        None => None,
    };
    let Some(NewRound { name, deadline }) = checked.filter(|_| errors.is_empty()) else {
        return rounds_page(&ctx, &state, form, errors).await;
    };
    let instrument = match instrument {
        Some(id) => id,
        None => default_instrument::install(&state.db).await?,
    };
    let today = Utc::now().date_naive();
    let codes = directory::places::codes(&state.db).await?;
    let mut tx = state.db.begin().await?;
    let id = store::open_round(&mut tx, instrument, name, today, deadline, &places).await?;
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
            args: vec![("subject", name.to_string()), ("due", deadline.to_string())],
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
            let label = tr.t(p.status.message_id());
            (p, label)
        })
        .collect();
    let count = |s: store::EntryStatus| rows.iter().filter(|(p, _)| p.status == s).count();
    let counts =
        [count(store::EntryStatus::NotStarted), count(store::EntryStatus::Draft), count(store::EntryStatus::Submitted)];
    render(&RoundPage { shell: ctx.shell(round.name.clone()), round, rows, counts })
}
