//! Carrying out a funded project: the agreement, tranches planned within the
//! approved amount and paid, reports scheduled by the hub and submitted by
//! the municipality, experts assigned, and completion once the final report
//! is in.

use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{NaiveDate, Utc};
use platform::money::Eur;
use platform::web::flash;
use platform::web::form::{ticked, Form};
use platform::web::{confirm_page, AppError, AppState, Confirm, PageCtx};
use serde::Deserialize;

use super::application_pages::{Typed, Viewer};
use super::review_actions::{record, refused, refused_move};
use super::rules::{ReportKind, Stage};
use super::store;
use crate::experts;

#[derive(Deserialize)]
pub struct AgreementForm {
    #[serde(default)]
    agreement: String,
}

pub async fn agreement(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<AgreementForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let reference = form.agreement.trim();
    let typed = Typed { agreement: reference.to_string(), ..Typed::default() };
    if reference.is_empty() || reference.chars().count() > 200 {
        return refused(&ctx, &state, viewer, "agreement", ctx.tr.t("support-agreement-required"), typed).await;
    }
    let mut tx = state.db.begin().await?;
    if let Err(from) = store::sign_agreement(&mut tx, id, reference).await? {
        drop(tx);
        let message = refused_move(ctx.tr, from, Stage::Agreement);
        return refused(&ctx, &state, viewer, "agreement", message, typed).await;
    }
    record(&mut tx, &ctx, &viewer, format!("agreement {reference} signed")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-agreement-signed"))
}

#[derive(Deserialize)]
pub struct TrancheForm {
    #[serde(default)]
    amount: String,
    #[serde(default)]
    due_on: String,
}

pub async fn plan_tranche(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<TrancheForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let typed = Typed { amount: form.amount.clone(), due_on: form.due_on.clone(), ..Typed::default() };
    let amount = match Eur::parse(&form.amount, tr.code()) {
        Ok(amount) if !amount.is_zero() => amount,
        Ok(_) => return refused(&ctx, &state, viewer, "tranche", tr.t("support-amount-invalid"), typed).await,
        Err(e) => return refused(&ctx, &state, viewer, "tranche", e.message(tr), typed).await,
    };
    let Ok(due_on) = form.due_on.trim().parse::<NaiveDate>() else {
        return refused(&ctx, &state, viewer, "tranche", tr.t("support-tranche-invalid"), typed).await;
    };
    let mut tx = state.db.begin().await?;
    let message = match store::plan_tranche(&mut tx, id, amount, due_on).await? {
        Ok(Some(tranche)) => {
            record(&mut tx, &ctx, &viewer, format!("tranche {tranche} of {amount} due {due_on}")).await?;
            tx.commit().await?;
            return Ok(flash::redirect_with(&viewer.link(), "flash-fund-tranche-planned", &amount.show(tr)));
        }
        Ok(None) => tr.t("support-after-agreement"),
        Err(left) => tr.t1("support-tranches-exceed", "left", left.show(tr)),
    };
    drop(tx);
    refused(&ctx, &state, viewer, "tranche", message, typed).await
}

pub async fn pay(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, tranche)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let mut tx = state.db.begin().await?;
    if !store::pay_tranche(&mut tx, id, tranche, Utc::now().date_naive()).await? {
        drop(tx);
        let message = ctx.tr.t("support-tranche-paid-already");
        return refused(&ctx, &state, viewer, "tranche", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, format!("tranche {tranche} paid")).await?;
    let amount = store::tranches(&state.db, id).await?.into_iter().find(|t| t.id == tranche).map(|t| t.amount);
    let mut to = crate::notes::municipality(&mut tx, viewer.application.place_id).await?;
    to.push(viewer.application.created_by);
    let args = vec![
        ("subject", viewer.application.title.clone()),
        ("amount", amount.map(|a| a.show(ctx.tr)).unwrap_or_default()),
    ];
    let link = format!("{}#implementation", viewer.link());
    crate::notes::tell(&mut tx, &state, &to, platform::notify::Kind::TranchePaid, args, link).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-tranche-paid"))
}

#[derive(Deserialize)]
pub struct ScheduleForm {
    kind: ReportKind,
    #[serde(default)]
    due_on: String,
}

pub async fn schedule_report(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ScheduleForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let due_on = form.due_on.trim().parse::<NaiveDate>().ok();
    let (Some(due_on), true) = (due_on, viewer.application.state.under_agreement()) else {
        let typed = Typed { due_on: form.due_on.clone(), ..Typed::default() };
        return refused(&ctx, &state, viewer, "report", ctx.tr.t("support-report-invalid"), typed).await;
    };
    let mut tx = state.db.begin().await?;
    let report = store::schedule_report(&mut tx, id, form.kind, due_on).await?;
    record(&mut tx, &ctx, &viewer, format!("{} report {report} due {due_on}", form.kind)).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-report-scheduled"))
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    body: String,
}

pub async fn submit_report(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, report)): Path<(i64, i64)>,
    Form(form): Form<ReportForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_own(&ctx)?;
    let body = form.body.trim();
    if body.is_empty() || body.chars().count() > 20_000 {
        return refused(&ctx, &state, viewer, "report", ctx.tr.t("support-body-required"), Typed::default()).await;
    }
    let mut tx = state.db.begin().await?;
    if !store::submit_report(&mut tx, id, report, body).await? {
        drop(tx);
        let message = ctx.tr.t("support-report-submitted");
        return refused(&ctx, &state, viewer, "report", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, format!("report {report} submitted")).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-report-submitted"))
}

#[derive(Deserialize)]
pub struct ExpertForm {
    expert: i64,
    #[serde(default)]
    deliverables: String,
}

pub async fn assign_expert(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ExpertForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let deliverables = form.deliverables.trim();
    let typed = Typed { deliverables: deliverables.to_string(), ..Typed::default() };
    let Some(expert) = experts::load(&state.db, form.expert).await? else {
        return refused(&ctx, &state, viewer, "expert", tr.t("support-expert-required"), typed).await;
    };
    if deliverables.is_empty() || deliverables.chars().count() > 2000 {
        return refused(&ctx, &state, viewer, "deliverables", tr.t("support-deliverables-required"), typed).await;
    }
    if !viewer.application.state.funded() {
        let message = refused_move(tr, viewer.application.state, Stage::Agreement);
        return refused(&ctx, &state, viewer, "expert", message, typed).await;
    }
    let mut tx = state.db.begin().await?;
    let assignment = experts::assign(&mut tx, expert.id, None, Some(id), deliverables, "").await?;
    record(&mut tx, &ctx, &viewer, format!("expert {} assigned ({assignment})", expert.id)).await?;
    if let Some(account) = expert.account_id {
        let args = vec![("subject", viewer.application.title.clone())];
        let link = format!("/support/assignments/{assignment}");
        crate::notes::tell(&mut tx, &state, &[account], platform::notify::Kind::ExpertAssigned, args, link).await?;
    }
    tx.commit().await?;
    Ok(flash::redirect_with(&viewer.link(), "flash-fund-expert-assigned", &expert.name))
}

#[derive(Deserialize)]
pub struct CompleteForm {
    #[serde(default, deserialize_with = "ticked")]
    confirmed: bool,
}

pub async fn complete(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<CompleteForm>,
) -> Result<Response, AppError> {
    let viewer = Viewer::load(&ctx, &state, id).await?;
    viewer.require_hub(&ctx)?;
    let tr = ctx.tr;
    let reports = store::reports(&state.db, id).await?;
    if !reports.iter().any(|r| r.kind == ReportKind::Final && r.submitted) {
        return refused(&ctx, &state, viewer, "complete", tr.t("support-final-report-first"), Typed::default()).await;
    }
    if !form.confirmed {
        let question = tr.ta(
            "support-complete-confirm",
            &[("title", &viewer.application.title), ("place", &viewer.application.place_name)],
        );
        let confirm = Confirm {
            title: tr.t("support-complete"),
            question,
            action: format!("{}/complete", viewer.link()),
            fields: Vec::new(),
            button: tr.t("support-complete"),
            back: viewer.link(),
            danger: false,
        };
        return confirm_page(&ctx, confirm);
    }
    let mut tx = state.db.begin().await?;
    if let Err(from) = store::move_to(&mut tx, id, Stage::Completed).await? {
        drop(tx);
        let message = refused_move(tr, from, Stage::Completed);
        return refused(&ctx, &state, viewer, "complete", message, Typed::default()).await;
    }
    record(&mut tx, &ctx, &viewer, "completed".into()).await?;
    tx.commit().await?;
    Ok(flash::redirect(&viewer.link(), "flash-fund-completed"))
}
