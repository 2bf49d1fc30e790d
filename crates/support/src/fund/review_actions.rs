//! Reviewing an application and deciding on it: the hub starts the review
//! and names reviewers; each reviewer declares conflicts of interest, then
//! scores every criterion; the hub decides once two clean reviews are in,
//! after confirming on a page of its own.

use axum::extract::{Path, State};
use axum::response::Response;
use platform::audit::{self, Event};
use platform::notify::Kind;
use platform::web::flash;
use platform::web::form::{ticked, FieldErrors, Form};
use platform::web::{confirm_page, AppError, AppState, Confirm, PageCtx};
use platform::Tx;
use serde::Deserialize;

use super::application_pages::{application_page, Typed, Viewer};
use super::rules::{Decision, Stage, MAX_SCORE, MIN_REVIEWS};
use super::store::{self, Refusal};

/// The audit event of a change to an application.
pub async fn record(tx: &mut Tx, ctx: &PageCtx, viewer: &Viewer, summary: String) -> Result<(), AppError> {
    let event = Event {
        action: "fund.application_update",
        object_type: "fund_application",
        object_id: viewer.application.id.to_string(),
        place_id: Some(viewer.application.place_id),
        summary,
    };
    audit::append(tx, &ctx.audit(), event).await?;
    Ok(())
}

/// The page again, with what was refused and why.
pub async fn refused(
    ctx: &PageCtx,
    state: &AppState,
    viewer: Viewer,
    field: &str,
    message: String,
    typed: Typed,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    application_page(ctx, state, viewer, typed, errors).await
}

/// "An application that is Eligible cannot be moved to Approved."
pub fn refused_move(tr: platform::i18n::Tr, from: Stage, to: Stage) -> String {
    let (from, to) = (tr.t(from.message_id()), tr.t(to.message_id()));
    tr.ta("support-move-refused", &[("from", &from), ("to", &to)])
}

pub async fn start_review(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let mut tx = state.db.begin().await?;
    if let Err(from) = store::move_to(&mut tx, id, Stage::InReview).await? {
        drop(tx);
        let message = refused_move(ctx.tr, from, Stage::InReview);
        return refused(&ctx, &state, viewer, "review", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, "review started".into()).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-review-started"))
}

#[derive(Deserialize)]
pub struct ReviewerForm {
    reviewer: i64,
}

pub async fn add_reviewer(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ReviewerForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let known = store::reviews(&state.db, id).await?.iter().any(|r| r.reviewer_id == form.reviewer);
    let pool = store::reviewer_pool(&state.db).await?;
    let Some((_, name)) = pool.iter().find(|(a, _)| *a == form.reviewer).filter(|_| !known) else {
        let message = ctx.tr.t("support-reviewer-invalid");
        return refused(&ctx, &state, viewer, "reviewer", message, Typed::default()).await;
    };
    let mut tx = state.db.begin().await?;
    store::add_reviewer(&mut tx, id, form.reviewer).await?;
    record(&mut tx, &ctx, &viewer, format!("reviewer account {} added", form.reviewer)).await?;
    let args = vec![("subject", viewer.application.title.clone()), ("place", viewer.application.place_name.clone())];
    let link = format!("{}#my-review", viewer.link());
    crate::notes::tell(&mut tx, &state, &[form.reviewer], Kind::ReviewRequested, args, link).await?;
    tx.commit().await?;
    Ok(flash::redirect_with(&viewer.link(), "flash-fund-reviewer-added", name))
}

#[derive(Deserialize)]
pub struct ConflictForm {
    #[serde(deserialize_with = "ticked")]
    conflict: bool,
    #[serde(default)]
    conflict_note: String,
}

pub async fn declare(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ConflictForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    let Some(review) = viewer.my_review.as_ref().map(|r| r.id) else {
        return Err(ctx.error(axum::http::StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    };
    let mut tx = state.db.begin().await?;
    if !store::declare(&mut tx, review, form.conflict, form.conflict_note.trim()).await? {
        drop(tx);
        let message = ctx.tr.t("support-conflict-declared-already");
        return refused(&ctx, &state, viewer, "conflict", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, format!("conflict of interest declared: {}", form.conflict)).await?;
    tx.commit().await?;
    let message = if form.conflict { "flash-fund-conflict-declared" } else { "flash-fund-no-conflict" };
    Ok(flash::redirect(&viewer.link(), message))
}

#[derive(Deserialize)]
pub struct ScoreForm {
    /// One score per criterion, in the call's order.
    #[serde(default)]
    score: Vec<u8>,
    #[serde(default)]
    comment: String,
}

pub async fn score(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ScoreForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let Some(review) = viewer.my_review.clone() else {
        return Err(ctx.error(axum::http::StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    };
    let typed = Typed { scores: form.score.clone(), comment: form.comment.clone(), ..Typed::default() };
    let problem = if review.conflict != Some(false) {
        Some(tr.t("support-conflict-cannot-score"))
    } else if !viewer.application.state.in_review() {
        Some(refused_move(tr, viewer.application.state, Stage::InReview))
    } else if form.score.len() != viewer.call.criteria.len() || form.score.iter().any(|s| *s > MAX_SCORE) {
        Some(tr.t("support-scores-invalid"))
    } else {
        None
    };
    if let Some(message) = problem {
        return refused(&ctx, &state, viewer, "score", message, typed).await;
    }
    let scores: Vec<f64> = form.score.iter().map(|s| f64::from(*s)).collect();
    let mut tx = state.db.begin().await?;
    if !store::score(&mut tx, review.id, &scores, form.comment.trim()).await? {
        drop(tx);
        return refused(&ctx, &state, viewer, "score", tr.t("support-review-submitted"), typed).await;
    }
    record(&mut tx, &ctx, &viewer, "review submitted".into()).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-review-submitted"))
}

#[derive(Deserialize)]
pub struct DecisionForm {
    decision: Decision,
    #[serde(default)]
    conditions: String,
    #[serde(default, deserialize_with = "ticked")]
    confirmed: bool,
}

/// The question the hub confirms before a decision is recorded.
fn confirm_decision(ctx: &PageCtx, viewer: &Viewer, form: &DecisionForm) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let application = &viewer.application;
    let question = tr.ta(
        "support-decision-confirm",
        &[
            ("decision", &tr.t(form.decision.message_id())),
            ("title", &application.title),
            ("place", &application.place_name),
            ("amount", &application.amount.show(tr)),
        ],
    );
    confirm_page(
        ctx,
        Confirm {
            title: tr.t("support-decision"),
            question,
            action: format!("{}/decision", viewer.link()),
            fields: vec![
                ("decision".into(), form.decision.as_str().into()),
                ("conditions".into(), form.conditions.clone()),
            ],
            button: tr.t("support-decide"),
            back: viewer.link(),
            danger: form.decision == Decision::Rejected,
        },
    )
}

pub async fn decide(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let typed = Typed { conditions: form.conditions.clone(), ..Typed::default() };
    if form.decision == Decision::ApprovedWithConditions && form.conditions.trim().is_empty() {
        return refused(&ctx, &state, viewer, "conditions", tr.t("support-conditions-required"), typed).await;
    }
    // Ask only for a decision that can be taken; what is missing is said on the page.
    let completed = store::completed_reviews(&state.db, id).await?;
    if !viewer.application.state.may_move_to(form.decision.stage()) {
        let message = refused_move(tr, viewer.application.state, form.decision.stage());
        return refused(&ctx, &state, viewer, "decision", message, typed).await;
    }
    if completed < MIN_REVIEWS {
        let message = tr.t1("support-reviews-needed", "count", completed as i64);
        return refused(&ctx, &state, viewer, "decision", message, typed).await;
    }
    if !form.confirmed {
        return confirm_decision(&ctx, &viewer, &form);
    }
    let mut tx = state.db.begin().await?;
    let message = match store::decide(&mut tx, id, form.decision, form.conditions.trim()).await? {
        Ok(amount) => {
            record(&mut tx, &ctx, &viewer, format!("decision {}: {amount}", form.decision)).await?;
            let mut to = crate::notes::municipality(&mut tx, viewer.application.place_id).await?;
            to.push(viewer.application.created_by);
            let args =
                vec![("subject", viewer.application.title.clone()), ("decision", tr.t(form.decision.message_id()))];
            crate::notes::tell(&mut tx, &state, &to, Kind::ApplicationDecided, args, viewer.link()).await?;
            tx.commit().await?;
            return Ok(flash::redirect_with(&viewer.link(), "flash-fund-decided", &tr.t(form.decision.message_id())));
        }
        Err(Refusal::State(from)) => refused_move(tr, from, form.decision.stage()),
        Err(Refusal::Reviews(n)) => tr.t1("support-reviews-needed", "count", n as i64),
        Err(Refusal::Budget(left)) => tr.t1("support-over-budget", "left", left.show(tr)),
    };
    drop(tx);
    refused(&ctx, &state, viewer, "decision", message, typed).await
}
