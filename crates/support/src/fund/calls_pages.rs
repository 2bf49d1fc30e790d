//! The fund's calls in the browser: the list, a new call (hub staff), a
//! call's page, and applying to it (municipalities).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::countries;
use platform::money::Eur;
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use serde::Deserialize;

use super::rules::{self, Eligibility};
use super::store::{self, Application, Call, NewApplication};
use crate::helpdesk;
use crate::scope::{self, NEEDS};

pub fn routes() -> Routes {
    use Action::*;
    Routes::new()
        .get("/support/fund", ViewPublic, Target::Public, index)
        .post("/support/fund", ManageSupport, Target::Chosen, create_call)
        .get("/support/fund/{id}", ViewSupport, Target::Record("fund_call"), show_call)
        .post("/support/fund/{id}/applications", RequestSupport, Target::Record("fund_call"), apply)
}

#[derive(Deserialize, Default)]
pub struct FromRequest {
    #[serde(default)]
    request: Option<i64>,
}

/// A new call as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CallForm {
    title: String,
    budget: String,
    max_amount: String,
    countries: String,
    criteria: String,
    deadline: String,
}

impl CallForm {
    fn validate(&self, tr: platform::i18n::Tr) -> Result<Call, FieldErrors> {
        let mut errors = FieldErrors::default();
        let title = self.title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.add("title", tr.t("support-title-required"));
        }
        let budget = Eur::parse(&self.budget, tr.code()).map_err(|e| errors.add("budget", e.message(tr))).ok();
        let max_amount =
            Eur::parse(&self.max_amount, tr.code()).map_err(|e| errors.add("max_amount", e.message(tr))).ok();
        if budget.is_some_and(Eur::is_zero) {
            errors.add("budget", tr.t("support-amount-invalid"));
        }
        if max_amount.is_some_and(|m| m.is_zero() || budget.is_some_and(|b| m > b)) {
            errors.add("max_amount", tr.t("support-max-amount-invalid"));
        }
        let countries: Vec<String> =
            self.countries.split(',').map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect();
        if countries.iter().any(|c| !countries::is_country(c)) {
            errors.add("countries", tr.t("support-countries-invalid"));
        }
        let criteria = rules::parse_criteria(&self.criteria);
        if criteria.is_none() {
            errors.add("criteria", tr.t("support-criteria-invalid"));
        }
        let deadline = self.deadline.trim().parse::<NaiveDate>().ok().filter(|d| *d >= Utc::now().date_naive());
        if deadline.is_none() {
            errors.add("deadline", tr.t("assess-deadline-future"));
        }
        match (budget, max_amount, criteria, deadline) {
            (Some(budget), Some(max_amount), Some(criteria), Some(deadline)) if errors.is_empty() => {
                Ok(Call { id: 0, title: title.to_string(), budget, max_amount, countries, criteria, deadline })
            }
            _ => Err(errors),
        }
    }
}

/// A call in the list, with what it has committed.
pub struct CallRow {
    pub call: Call,
    pub committed: Eur,
}

#[derive(Template)]
#[template(path = "fund.html")]
struct FundPage {
    shell: Shell,
    calls: Vec<CallRow>,
    hub: bool,
    request: Option<i64>,
    form: CallForm,
    errors: FieldErrors,
}

async fn fund_page(
    ctx: &PageCtx,
    state: &AppState,
    request: Option<i64>,
    form: CallForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let committed = store::committed_by_call(&state.db).await?;
    let calls = store::calls(&state.db)
        .await?
        .into_iter()
        .map(|call| CallRow { committed: committed.get(&call.id).copied().unwrap_or_default(), call })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = FundPage {
        shell: ctx.shell(ctx.tr.t("support-fund-title")),
        calls,
        hub: scope::is_hub(ctx, state).await?,
        request,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn index(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(q): Query<FromRequest>,
) -> Result<Response, AppError> {
    fund_page(&ctx, &state, q.request, CallForm::default(), FieldErrors::default()).await
}

pub async fn create_call(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<CallForm>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let call = match form.validate(ctx.tr) {
        Ok(call) => call,
        Err(errors) => return fund_page(&ctx, &state, None, form, errors).await,
    };
    let mut tx = state.db.begin().await?;
    let id = store::create_call(&mut tx, &call).await?;
    let event = Event {
        action: "fund.call_create",
        object_type: "fund_call",
        object_id: id.to_string(),
        place_id: None,
        summary: format!("{}: {}", call.title, call.budget),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect(&format!("/support/fund/{id}"), "flash-fund-call-created"))
}

/// An application as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ApplyForm {
    place: i64,
    need: String,
    title: String,
    summary: String,
    amount: String,
    request: Option<i64>,
}

#[derive(Template)]
#[template(path = "call.html")]
struct CallPage {
    shell: Shell,
    call: Call,
    committed: Eur,
    applications: Vec<Application>,
    places: Vec<(i64, String)>,
    needs: &'static [&'static str],
    request: Option<i64>,
    form: ApplyForm,
    errors: FieldErrors,
}

impl CallPage {
    fn remaining(&self) -> Eur {
        self.call.budget.saturating_sub(self.committed)
    }

    fn countries(&self) -> String {
        countries::names(&self.call.countries, self.shell.tr)
    }
}

async fn call_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    request: Option<i64>,
    form: ApplyForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let Some(call) = store::load_call(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    if ctx.account().is_none() {
        ctx.require(Action::ViewSupport, &Resource::Instance)?;
    }
    let hub = scope::is_hub(ctx, state).await?;
    let places = scope::own_places(ctx, &state.db).await?;
    let applications = store::applications(&state.db, id)
        .await?
        .into_iter()
        .filter(|a| hub || places.iter().any(|(p, _)| *p == a.place_id))
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = CallPage {
        shell: ctx.shell(call.title.clone()),
        committed: store::committed(&state.db, id).await?,
        call,
        applications,
        places,
        needs: NEEDS,
        request,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_call(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(q): Query<FromRequest>,
) -> Result<Response, AppError> {
    call_page(&ctx, &state, id, q.request, ApplyForm::default(), FieldErrors::default()).await
}

/// What an application's checks found, before it is stored.
struct Checked {
    amount: Eur,
    reasons: Vec<String>,
}

async fn check_application(
    ctx: &PageCtx,
    state: &AppState,
    call: &Call,
    form: &ApplyForm,
) -> Result<Result<Checked, FieldErrors>, AppError> {
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    if form.title.trim().is_empty() || form.title.chars().count() > 200 {
        errors.add("title", tr.t("support-title-required"));
    }
    if form.summary.trim().is_empty() || form.summary.chars().count() > 10_000 {
        errors.add("summary", tr.t("support-body-required"));
    }
    let amount = Eur::parse(&form.amount, tr.code()).map_err(|e| errors.add("amount", e.message(tr))).ok();
    if amount.is_some_and(Eur::is_zero) {
        errors.add("amount", tr.t("support-amount-invalid"));
    }
    if !NEEDS.contains(&form.need.as_str()) {
        errors.add("need", tr.t("support-need-unknown"));
    }
    if let Some(r) = form.request {
        let found = helpdesk::load(&state.db, r).await?;
        if found.is_none_or(|req| req.place_id != form.place) {
            errors.add("request", tr.t("support-request-not-yours"));
        }
    }
    let Some(amount) = amount.filter(|_| errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let today = Utc::now().date_naive();
    let country = directory::places::ancestors(&state.db, form.place, today)
        .await?
        .into_iter()
        .find(|p| p.level == "country")
        .map(|p| p.code)
        .unwrap_or_default();
    let needs = scope::assessed_needs(&state.db, form.place).await?;
    let eligibility = Eligibility {
        deadline: call.deadline,
        countries: &call.countries,
        max_amount: call.max_amount,
        country: &country,
        amount,
        assessed_needs: &needs,
        need: &form.need,
        today,
    };
    let reasons = rules::ineligible(&eligibility, |a| a.show(tr))
        .into_iter()
        .map(|(id, value)| {
            let value = if id == "support-ineligible-country" { countries::names(&call.countries, tr) } else { value };
            tr.t1(id, "value", value)
        })
        .collect();
    Ok(Ok(Checked { amount, reasons }))
}

/// A municipality applies; eligibility is checked at once and recorded.
pub async fn apply(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ApplyForm>,
) -> Result<Response, AppError> {
    let Some(call) = store::load_call(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let path = scope::path(&state.db, form.place).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: if path.is_empty() { &[0] } else { &path } })?;
    let checked = match check_application(&ctx, &state, &call, &form).await? {
        Ok(checked) => checked,
        Err(errors) => return call_page(&ctx, &state, id, form.request, form, errors).await,
    };
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let eligible = checked.reasons.is_empty();
    let mut tx = state.db.begin().await?;
    let new = NewApplication {
        call_id: id,
        place_id: form.place,
        request_id: form.request,
        need: &form.need,
        title: form.title.trim(),
        summary: form.summary.trim(),
        amount: checked.amount,
        eligible,
        eligibility: &checked.reasons.join("\n"),
        created_by: me,
    };
    let application = store::apply(&mut tx, &new).await?;
    let event = Event {
        action: "fund.apply",
        object_type: "fund_application",
        object_id: application.to_string(),
        place_id: Some(form.place),
        summary: format!("{}; {}", checked.amount, if eligible { "eligible" } else { "ineligible" }),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    let hub = crate::notes::hub(&mut tx).await?;
    let place = crate::scope::place_name(&state.db, form.place).await?;
    let args = vec![("place", place), ("subject", form.title.trim().to_string())];
    let link = format!("/support/applications/{application}");
    crate::notes::tell(&mut tx, &state, &hub, platform::notify::Kind::ApplicationReceived, args, link).await?;
    tx.commit().await?;
    let message = if eligible { "flash-fund-applied" } else { "flash-fund-applied-ineligible" };
    Ok(flash::redirect(&format!("/support/applications/{application}"), message))
}
