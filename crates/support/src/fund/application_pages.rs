//! An application's page: what was asked, its eligibility, the reviews (each
//! reviewer sees the others' only after submitting their own), the decision,
//! and the funded project's agreement, tranches, reports and experts. The
//! operations on it live in `review_actions` and `project_actions`; each has
//! its own route, declared here.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::money::Eur;
use platform::policy::{can, Action, Resource};
use platform::web::form::FieldErrors;
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};

use super::rules::{self, Decision, ReportKind, MAX_SCORE, MIN_REVIEWS};
use super::store::{self, Application, Call, Report, Review, Tranche};
use super::{project_actions, review_actions};
use crate::experts::{self, Assignment, Match};
use crate::scope;

pub fn routes() -> Routes {
    use Action::*;
    let app = Target::Record("fund_application");
    Routes::new()
        .get("/support/applications/{id}", ViewSupport, app, show)
        .post("/support/applications/{id}/review", ManageSupport, app, review_actions::start_review)
        .post("/support/applications/{id}/reviewers", ManageSupport, app, review_actions::add_reviewer)
        .post("/support/applications/{id}/conflict", DoAssignedWork, app, review_actions::declare)
        .post("/support/applications/{id}/scores", DoAssignedWork, app, review_actions::score)
        .post("/support/applications/{id}/decision", ManageSupport, app, review_actions::decide)
        .post("/support/applications/{id}/agreement", ManageSupport, app, project_actions::agreement)
        .post("/support/applications/{id}/tranches", ManageSupport, app, project_actions::plan_tranche)
        .post("/support/applications/{id}/tranches/{tranche}/paid", ManageSupport, app, project_actions::pay)
        .post("/support/applications/{id}/reports", ManageSupport, app, project_actions::schedule_report)
        .post("/support/applications/{id}/reports/{report}", RequestSupport, app, project_actions::submit_report)
        .post("/support/applications/{id}/experts", ManageSupport, app, project_actions::assign_expert)
        .post("/support/applications/{id}/complete", ManageSupport, app, project_actions::complete)
}

/// Who is looking at an application, and in which capacity.
pub struct Viewer {
    pub application: Application,
    pub call: Call,
    /// Hub staff running the fund.
    pub hub: bool,
    /// The applying municipality's focal point or staff.
    pub own: bool,
    /// The actor's own review of it, when they were asked to review.
    pub my_review: Option<Review>,
}

impl Viewer {
    /// Loads the application and decides who may see it: the hub, the
    /// applying municipality, and its reviewers; anyone else is refused.
    pub async fn load(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Viewer, AppError> {
        let Some(application) = store::load_application(&state.db, id).await? else {
            return Err(ctx.not_found());
        };
        let Some(call) = store::load_call(&state.db, application.call_id).await? else {
            return Err(ctx.not_found());
        };
        let hub = scope::is_hub(ctx, state).await?;
        let path = scope::path(&state.db, application.place_id).await?;
        let own = can(&ctx.actor, Action::RequestSupport, &Resource::Place { path: &path }).allowed();
        let me = ctx.account().map(|a| a.id);
        let my_review =
            store::reviews(&state.db, id).await?.into_iter().find(|r| Some(r.reviewer_id) == me).filter(|r| {
                can(&ctx.actor, Action::DoAssignedWork, &Resource::Account { id: r.reviewer_id }).allowed()
            });
        if !hub && !own && my_review.is_none() {
            ctx.require(Action::ViewSupport, &Resource::Place { path: &path })?;
        }
        Ok(Viewer { application, call, hub, own, my_review })
    }

    /// Refuses unless the actor runs the fund.
    pub fn require_hub(&self, ctx: &PageCtx) -> Result<(), AppError> {
        if self.hub {
            Ok(())
        } else {
            Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"))
        }
    }

    /// Refuses unless the actor applied for the municipality.
    pub fn require_own(&self, ctx: &PageCtx) -> Result<(), AppError> {
        if self.own {
            Ok(())
        } else {
            Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"))
        }
    }

    pub fn link(&self) -> String {
        format!("/support/applications/{}", self.application.id)
    }
}

/// What the reader typed into the forms of the page, kept when one is refused.
#[derive(Default)]
pub struct Typed {
    pub conditions: String,
    pub agreement: String,
    pub amount: String,
    pub due_on: String,
    pub deliverables: String,
    pub comment: String,
    pub scores: Vec<u8>,
}

#[derive(Template)]
#[template(path = "application.html")]
struct ApplicationPage {
    shell: Shell,
    application: Application,
    call: Call,
    hub: bool,
    own: bool,
    my_review: Option<Review>,
    /// Every review, when the reader may see them (see [`may_see_reviews`]).
    reviews: Vec<Review>,
    completed_reviews: usize,
    tranches: Vec<Tranche>,
    planned: Eur,
    reports: Vec<Report>,
    staff: Vec<(i64, String)>,
    /// Experts ranked for the project, once it is approved (hub only).
    matches: Vec<Match>,
    assignments: Vec<Assignment>,
    decisions: &'static [Decision],
    report_kinds: &'static [ReportKind],
    typed: Typed,
    errors: FieldErrors,
}

impl ApplicationPage {
    fn total(&self, review: &Review) -> String {
        rules::weighted(&self.call.criteria, &review.scores).map(|s| format!("{s:.1}")).unwrap_or_else(|| "—".into())
    }

    fn score_range(&self) -> std::ops::RangeInclusive<u8> {
        0..=MAX_SCORE
    }

    fn typed_score(&self, criterion: &usize) -> Option<u8> {
        self.typed.scores.get(*criterion).copied()
    }

    /// What a decision still waits for, in words; empty when it can be taken.
    fn decision_missing(&self) -> String {
        if self.completed_reviews >= MIN_REVIEWS {
            String::new()
        } else {
            self.shell.tr.t1("support-reviews-needed", "count", self.completed_reviews as i64)
        }
    }

    fn left_to_plan(&self) -> Eur {
        self.application.amount.saturating_sub(self.planned)
    }
}

/// A reviewer who has not submitted sees no other review, so each review is
/// independent; a reviewer with a conflict of interest sees none at all.
fn may_see_reviews(viewer: &Viewer) -> bool {
    viewer.hub && viewer.my_review.as_ref().is_none_or(|r| r.submitted)
}

async fn ranked_experts(ctx: &PageCtx, state: &AppState, viewer: &Viewer) -> Result<Vec<Match>, AppError> {
    if !(viewer.hub && viewer.application.state.funded()) {
        return Ok(Vec::new());
    }
    let country = viewer.application.place_code.get(..2).unwrap_or("").to_string();
    let need = experts::Need {
        theme: &viewer.application.need,
        language: ctx.tr.code(),
        country: &country,
        on: Utc::now().date_naive(),
    };
    Ok(experts::rank(&experts::all(&state.db).await?, &need))
}

pub async fn application_page(
    ctx: &PageCtx,
    state: &AppState,
    viewer: Viewer,
    typed: Typed,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let id = viewer.application.id;
    let all_reviews = store::reviews(&state.db, id).await?;
    let completed_reviews = all_reviews.iter().filter(|r| r.submitted && r.conflict == Some(false)).count();
    let matches = ranked_experts(ctx, state, &viewer).await?;
    let assignments = experts::assignments(&state.db, None, None)
        .await?
        .into_iter()
        .filter(|a| a.application_id == Some(id))
        .collect();
    let tranches = store::tranches(&state.db, id).await?;
    let planned = Eur::sum(tranches.iter().map(|t| t.amount)).unwrap_or_default();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ApplicationPage {
        shell: ctx.shell(viewer.application.title.clone()),
        reviews: if may_see_reviews(&viewer) { all_reviews } else { Vec::new() },
        completed_reviews,
        matches,
        assignments,
        tranches,
        planned,
        reports: store::reports(&state.db, id).await?,
        staff: if viewer.hub { store::reviewer_pool(&state.db).await? } else { Vec::new() },
        application: viewer.application,
        call: viewer.call,
        hub: viewer.hub,
        own: viewer.own,
        my_review: viewer.my_review,
        decisions: Decision::ALL,
        report_kinds: ReportKind::ALL,
        typed,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    application_page(&ctx, &state, viewer, Typed::default(), FieldErrors::default()).await
}
