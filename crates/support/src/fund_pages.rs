//! The Technical Support Fund in the browser: calls (hub staff), applying
//! (municipalities), and an application's review, decision and follow-up.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, NaiveDate, Utc};
use platform::audit::{self, Event as AuditEvent};
use platform::policy::{can, Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_tx, Tx};

use crate::fund::{self, Application, Call, Criterion, Refusal, Report, Review, Tranche, DECISIONS};
use crate::helpdesk;
use crate::scope::{self, NEEDS};

#[derive(serde::Deserialize, Default)]
pub struct FromRequest {
    #[serde(default)]
    request: Option<i64>,
}

#[derive(Template)]
#[template(path = "fund.html")]
struct FundPage {
    shell: Shell,
    calls: Vec<(Call, i64)>,
    hub: bool,
    request: Option<i64>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl FundPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn fund_page(
    ctx: &PageCtx,
    state: &AppState,
    request: Option<i64>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let mut calls = Vec::new();
    let committed_by_call = fund::committed_by_call(&state.db).await?;
    for call in fund::calls(&state.db).await? {
        let committed = committed_by_call.get(&call.id).copied().unwrap_or(0);
        calls.push((call, committed));
    }
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
    fund_page(&ctx, &state, q.request, Vec::new(), FieldErrors::default()).await
}

/// Criteria typed one per line as `name, weight`.
fn parse_criteria(text: &str) -> Option<Vec<Criterion>> {
    let criteria: Option<Vec<Criterion>> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (name, weight) = line.rsplit_once(',')?;
            let weight = weight.trim().parse::<f64>().ok().filter(|w| *w > 0.0)?;
            (!name.trim().is_empty()).then(|| Criterion { name: name.trim().to_string(), weight })
        })
        .collect();
    criteria.filter(|c| !c.is_empty())
}

pub async fn create_call(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let tr = ctx.tr;
    let mut errors = FieldErrors::default();
    let title = field(&form, "title");
    if title.is_empty() || title.chars().count() > 200 {
        errors.add("title", tr.t("support-title-required"));
    }
    let money = |key: &str| field(&form, key).replace([' ', '.'], "").parse::<i64>().ok().filter(|v| *v > 0);
    let (budget, max_amount) = (money("budget"), money("max_amount"));
    if budget.is_none() {
        errors.add("budget", tr.t("support-amount-invalid"));
    }
    if max_amount.is_none() || max_amount > budget {
        errors.add("max_amount", tr.t("support-max-amount-invalid"));
    }
    let countries: Vec<String> =
        field(&form, "countries").split(',').map(|c| c.trim().to_uppercase()).filter(|c| !c.is_empty()).collect();
    if countries.iter().any(|c| c.len() != 2) {
        errors.add("countries", tr.t("support-countries-invalid"));
    }
    let criteria = parse_criteria(field(&form, "criteria"));
    if criteria.is_none() {
        errors.add("criteria", tr.t("support-criteria-invalid"));
    }
    let deadline = field(&form, "deadline").parse::<NaiveDate>().ok().filter(|d| *d >= Utc::now().date_naive());
    if deadline.is_none() {
        errors.add("deadline", tr.t("assess-deadline-future"));
    }
    if !errors.is_empty() {
        return fund_page(&ctx, &state, None, form, errors).await;
    }
    let call = Call {
        id: 0,
        title: title.to_string(),
        budget: budget.unwrap_or_default(),
        max_amount: max_amount.unwrap_or_default(),
        countries,
        criteria: criteria.unwrap_or_default(),
        deadline: deadline.unwrap_or_default(),
    };
    let mut tx = state.db.begin().await?;
    let id = fund::create_call(&mut tx, &call).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "fund.call_create",
            object_type: "fund_call",
            object_id: id.to_string(),
            place_id: None,
            summary: format!("{title}: {} EUR", call.budget),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/fund/{id}")).into_response())
}

#[derive(Template)]
#[template(path = "call.html")]
struct CallPage {
    shell: Shell,
    call: Call,
    committed: i64,
    applications: Vec<Application>,
    places: Vec<(i64, String)>,
    needs: &'static [&'static str],
    request: Option<i64>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl CallPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn call_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    request: Option<i64>,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let Some(call) = fund::load_call(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    if ctx.account().is_none() {
        ctx.require(Action::ViewSupport, &Resource::Instance)?;
    }
    let hub = scope::is_hub(ctx, state).await?;
    let places = scope::own_places(ctx, &state.db).await?;
    let applications = fund::applications(&state.db, id)
        .await?
        .into_iter()
        .filter(|a| hub || places.iter().any(|(p, _)| *p == a.place_id))
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = CallPage {
        shell: ctx.shell(call.title.clone()),
        committed: fund::committed(&state.db, id).await?,
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
    call_page(&ctx, &state, id, q.request, Vec::new(), FieldErrors::default()).await
}

/// A municipality applies; eligibility is checked at once and recorded.
pub async fn apply(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let Some(call) = fund::load_call(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let tr = ctx.tr;
    let place_id: i64 = field(&form, "place").parse().unwrap_or(0);
    let path = scope::path(&state.db, place_id).await?;
    ctx.require(Action::RequestSupport, &Resource::Place { path: if path.is_empty() { &[0] } else { &path } })?;
    let mut errors = FieldErrors::default();
    let title = field(&form, "title");
    if title.is_empty() || title.chars().count() > 200 {
        errors.add("title", tr.t("support-title-required"));
    }
    let summary = field(&form, "summary");
    if summary.is_empty() || summary.chars().count() > 10_000 {
        errors.add("summary", tr.t("support-body-required"));
    }
    let amount = field(&form, "amount").replace([' ', '.'], "").parse::<i64>().ok().filter(|a| *a > 0);
    if amount.is_none() {
        errors.add("amount", tr.t("support-amount-invalid"));
    }
    let need = field(&form, "need");
    if !NEEDS.contains(&need) {
        errors.add("need", tr.t("support-need-unknown"));
    }
    let request_id: Option<i64> = field(&form, "request").parse().ok();
    if let Some(r) = request_id {
        let found = helpdesk::load(&state.db, r).await?;
        if found.is_none_or(|req| req.place_id != place_id) {
            errors.add("request", tr.t("support-request-not-yours"));
        }
    }
    if !errors.is_empty() {
        return call_page(&ctx, &state, id, request_id, form, errors).await;
    }
    let amount = amount.unwrap_or_default();
    let country = directory::places::ancestors(&state.db, place_id, Utc::now().date_naive())
        .await?
        .into_iter()
        .find(|p| p.level == "country")
        .map(|p| p.code)
        .unwrap_or_default();
    let needs = scope::assessed_needs(&state.db, place_id).await?;
    let reasons = fund::eligibility(&call, &country, amount, &needs, need, Utc::now().date_naive());
    let text: Vec<String> = reasons
        .iter()
        .map(|(key, value)| tr.t1(&format!("support-ineligible-{key}"), "value", value.clone()))
        .collect();
    let me = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    let new = fund::NewApplication {
        call_id: id,
        place_id,
        request_id,
        need,
        title,
        summary,
        amount,
        eligible: reasons.is_empty(),
        eligibility: &text.join("\n"),
        created_by: me,
    };
    let app = fund::apply(&mut tx, &new).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "fund.apply",
            object_type: "fund_application",
            object_id: app.to_string(),
            place_id: Some(place_id),
            summary: format!("{amount} EUR; {}", if reasons.is_empty() { "eligible" } else { "ineligible" }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/applications/{app}")).into_response())
}

#[derive(Template)]
#[template(path = "application.html")]
struct ApplicationPage {
    shell: Shell,
    application: Application,
    call: Call,
    reviews: Vec<Review>,
    tranches: Vec<Tranche>,
    reports: Vec<Report>,
    hub: bool,
    own: bool,
    my_review: Option<Review>,
    staff: Vec<(i64, String)>,
    /// Experts ranked for the project, once it is approved (hub only).
    matches: Vec<crate::experts::Match>,
    assignments: Vec<crate::experts::Assignment>,
    decisions: &'static [&'static str],
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl ApplicationPage {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }

    fn score_value(&self, index: &usize) -> &str {
        self.form.iter().find(|(k, _)| *k == format!("score{index}")).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    fn total(&self, review: &Review) -> String {
        fund::weighted(&self.call.criteria, &review.scores).map(|s| format!("{s:.1}")).unwrap_or_else(|| "—".into())
    }
}

async fn access(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
) -> Result<(Application, Call, bool, bool, Option<Review>), AppError> {
    let Some(application) = fund::load_application(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let Some(call) = fund::load_call(&state.db, application.call_id).await? else {
        return Err(ctx.not_found());
    };
    let hub = scope::is_hub(ctx, state).await?;
    let path = scope::path(&state.db, application.place_id).await?;
    let own = can(&ctx.actor, Action::RequestSupport, &Resource::Place { path: &path }).allowed();
    let me = ctx.account().map(|a| a.id);
    let my_review = fund::reviews(&state.db, id)
        .await?
        .into_iter()
        .find(|r| Some(r.reviewer_id) == me)
        .filter(|r| can(&ctx.actor, Action::DoAssignedWork, &Resource::Account { id: r.reviewer_id }).allowed());
    if !hub && !own && my_review.is_none() {
        ctx.require(Action::ViewSupport, &Resource::Place { path: &path })?;
    }
    Ok((application, call, hub, own, my_review))
}

async fn application_page(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (application, call, hub, own, my_review) = access(ctx, state, id).await?;
    let matches = if hub && fund::commits(&application.state) {
        let country = application.place_code.get(..2).unwrap_or("").to_string();
        let need = crate::experts::Need {
            theme: &application.need,
            language: ctx.tr.code(),
            country: &country,
            on: Utc::now().date_naive(),
        };
        crate::experts::rank(&crate::experts::all(&state.db).await?, &need)
    } else {
        Vec::new()
    };
    let assignments = crate::experts::assignments(&state.db, None, None)
        .await?
        .into_iter()
        .filter(|a| a.application_id == Some(id))
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ApplicationPage {
        matches,
        assignments,
        shell: ctx.shell(application.title.clone()),
        reviews: if hub { fund::reviews(&state.db, id).await? } else { Vec::new() },
        tranches: fund::tranches(&state.db, id).await?,
        reports: fund::reports(&state.db, id).await?,
        staff: if hub { helpdesk::hub_staff(&state.db).await? } else { Vec::new() },
        application,
        call,
        hub,
        own,
        my_review,
        decisions: DECISIONS,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn show_application(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    application_page(&ctx, &state, id, Vec::new(), FieldErrors::default()).await
}

async fn simple_move(tx: &mut Tx, id: i64, to: &str) -> Result<Result<(), String>, sqlx::Error> {
    fund::move_to(tx, id, to).await
}

fn refused_move(tr: platform::i18n::Tr, from: &str, to: &str) -> String {
    let (from, to) = (tr.t(&format!("support-app-state-{from}")), tr.t(&format!("support-app-state-{to}")));
    tr.ta("support-move-refused", &[("from", &from), ("to", &to)])
}

/// Everything done on an application, by `do`: review (start), reviewer,
/// declare, score, decide, agreement, tranche, paid, report, submit_report,
/// complete. Each checks who may do it and the state it is in.
pub async fn act(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (application, call, hub, own, my_review) = access(&ctx, &state, id).await?;
    let tr = ctx.tr;
    let what = field(&form, "do").to_string();
    let mut errors = FieldErrors::default();
    if what == "decide" && hub {
        let decision = field(&form, "decision");
        if !DECISIONS.contains(&decision) {
            errors.add("decision", tr.t("support-decision-required"));
        } else {
            match fund::decide(&state.db, id, decision, field(&form, "conditions"), &ctx.audit()).await? {
                Ok(()) => return Ok(Redirect::to(&format!("/support/applications/{id}")).into_response()),
                Err(Refusal::State(from)) => errors.add("decision", refused_move(tr, &from, decision)),
                Err(Refusal::Reviews(n)) => errors.add("decision", tr.t1("support-reviews-needed", "count", n as i64)),
                Err(Refusal::Budget(left)) => errors.add("decision", tr.t1("support-over-budget", "left", left)),
            }
        }
        return application_page(&ctx, &state, id, form, errors).await;
    }
    let mut tx = state.db.begin().await?;
    let summary: String = match what.as_str() {
        "review" if hub => match simple_move(&mut tx, id, "in_review").await? {
            Ok(()) => "review started".into(),
            Err(from) => {
                errors.add("do", refused_move(tr, &from, "in_review"));
                String::new()
            }
        },
        "reviewer" if hub => {
            let reviewer: i64 = field(&form, "reviewer").parse().unwrap_or(0);
            let known = fund::reviews(&state.db, id).await?.iter().any(|r| r.reviewer_id == reviewer);
            if known || !helpdesk::hub_staff(&state.db).await?.iter().any(|(a, _)| *a == reviewer) {
                errors.add("reviewer", tr.t("support-reviewer-invalid"));
                String::new()
            } else {
                fund::add_reviewer(&mut tx, id, reviewer).await?;
                format!("reviewer {reviewer} added")
            }
        }
        "declare" if my_review.is_some() => {
            let review = my_review.as_ref().map(|r| r.id).unwrap_or_default();
            let conflict = field(&form, "conflict") == "yes";
            fund::declare(&mut tx, review, conflict, field(&form, "conflict_note")).await?;
            format!("conflict of interest declared: {conflict}")
        }
        "score" if my_review.is_some() => {
            let review = my_review.clone().unwrap_or_default();
            let scores: Vec<Option<f64>> = (0..call.criteria.len())
                .map(|i| {
                    field(&form, &format!("score{i}"))
                        .replace(',', ".")
                        .parse::<f64>()
                        .ok()
                        .filter(|s| (0.0..=10.0).contains(s))
                })
                .collect();
            if review.conflict != Some(false) {
                errors.add("score", tr.t("support-conflict-cannot-score"));
            } else if application.state != "in_review" {
                errors.add("score", refused_move(tr, &application.state, "in_review"));
            } else if scores.iter().any(Option::is_none) {
                errors.add("score", tr.t("support-scores-invalid"));
            }
            if errors.is_empty() {
                let scores: Vec<f64> = scores.into_iter().flatten().collect();
                fund::score(&mut tx, review.id, &scores, field(&form, "comment")).await?;
                "review submitted".into()
            } else {
                String::new()
            }
        }
        "agreement" if hub => {
            let text = field(&form, "agreement");
            if text.is_empty() {
                errors.add("agreement", tr.t("support-agreement-required"));
                String::new()
            } else {
                match simple_move(&mut tx, id, "agreement").await? {
                    Ok(()) => {
                        on_tx!(&mut tx, |c| sqlx::query("UPDATE fund_applications SET agreement = $1 WHERE id = $2")
                            .bind(text)
                            .bind(id)
                            .execute(&mut *c)
                            .await
                            .map(|_| ()))?;
                        "agreement signed".into()
                    }
                    Err(from) => {
                        errors.add("agreement", refused_move(tr, &from, "agreement"));
                        String::new()
                    }
                }
            }
        }
        "tranche" if hub => {
            let amount = field(&form, "amount").parse::<i64>().ok().filter(|a| *a > 0);
            let due = field(&form, "due_on").parse::<NaiveDate>().ok();
            let planned: i64 = fund::tranches(&state.db, id).await?.iter().map(|t| t.amount).sum();
            match (amount, due) {
                _ if application.state != "agreement" => {
                    errors.add("tranche", tr.t("support-after-agreement"));
                    String::new()
                }
                (Some(a), Some(d)) if planned + a <= application.amount => {
                    on_tx!(&mut tx, |c| sqlx::query(
                        "INSERT INTO fund_tranches (application_id, amount, due_on) VALUES ($1, $2, $3)"
                    )
                    .bind(id)
                    .bind(a)
                    .bind(d)
                    .execute(&mut *c)
                    .await
                    .map(|_| ()))?;
                    format!("tranche of {a} EUR due {d}")
                }
                (Some(_), Some(_)) => {
                    errors.add("tranche", tr.t1("support-tranches-exceed", "left", application.amount - planned));
                    String::new()
                }
                _ => {
                    errors.add("tranche", tr.t("support-tranche-invalid"));
                    String::new()
                }
            }
        }
        "expert" if hub && fund::commits(&application.state) => {
            let expert: i64 = field(&form, "expert").parse().unwrap_or(0);
            let deliverables = field(&form, "deliverables");
            if crate::experts::load(&state.db, expert).await?.is_none() {
                errors.add("expert", tr.t("support-expert-required"));
            }
            if deliverables.is_empty() || deliverables.chars().count() > 2000 {
                errors.add("deliverables", tr.t("support-deliverables-required"));
            }
            if errors.is_empty() {
                let assignment = crate::experts::assign(&mut tx, expert, None, Some(id), deliverables, "").await?;
                format!("expert {expert} assigned to the project ({assignment})")
            } else {
                String::new()
            }
        }
        "paid" if hub => {
            let tranche: i64 = field(&form, "tranche").parse().unwrap_or(0);
            on_tx!(&mut tx, |c| sqlx::query(
                "UPDATE fund_tranches SET paid_on = $1 WHERE id = $2 AND application_id = $3 AND paid_on IS NULL"
            )
            .bind(Utc::now().date_naive())
            .bind(tranche)
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
            format!("tranche {tranche} paid")
        }
        "report" if hub => {
            let kind = field(&form, "kind");
            let due = field(&form, "due_on").parse::<NaiveDate>().ok();
            if !matches!(kind, "interim" | "final") || due.is_none() || application.state != "agreement" {
                errors.add("report", tr.t("support-report-invalid"));
                String::new()
            } else {
                on_tx!(&mut tx, |c| sqlx::query(
                    "INSERT INTO fund_reports (application_id, kind, due_on, body) VALUES ($1, $2, $3, '')"
                )
                .bind(id)
                .bind(kind)
                .bind(due)
                .execute(&mut *c)
                .await
                .map(|_| ()))?;
                format!("{kind} report due")
            }
        }
        "submit_report" if own => {
            let report: i64 = field(&form, "report").parse().unwrap_or(0);
            let body = field(&form, "body");
            if body.is_empty() {
                errors.add("report", tr.t("support-body-required"));
                String::new()
            } else {
                on_tx!(&mut tx, |c| {
                    sqlx::query(
                    "UPDATE fund_reports SET body = $1, submitted_at = $2 WHERE id = $3 AND application_id = $4 AND submitted_at IS NULL"
                )
                .bind(body)
                .bind(Utc::now())
                .bind(report)
                .bind(id)
                .execute(&mut *c)
                .await
                .map(|_| ())
                })?;
                format!("report {report} submitted")
            }
        }
        "complete" if hub => {
            let reports = fund::reports(&state.db, id).await?;
            if !reports.iter().any(|r| r.kind == "final" && r.submitted) {
                errors.add("do", tr.t("support-final-report-first"));
                String::new()
            } else {
                match simple_move(&mut tx, id, "completed").await? {
                    Ok(()) => "completed".into(),
                    Err(from) => {
                        errors.add("do", refused_move(tr, &from, "completed"));
                        String::new()
                    }
                }
            }
        }
        _ => return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message")),
    };
    if !errors.is_empty() {
        drop(tx);
        return application_page(&ctx, &state, id, form, errors).await;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        AuditEvent {
            action: "fund.application_update",
            object_type: "fund_application",
            object_id: id.to_string(),
            place_id: Some(application.place_id),
            summary,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/support/applications/{id}")).into_response())
}

/// Reports due within a week that nobody has been reminded of: a mail to the
/// applicant, once. Returns how many were sent.
pub async fn remind_reports(db: &platform::Db, now: chrono::DateTime<Utc>) -> anyhow::Result<usize> {
    let due: Vec<(i64, String, Option<String>, String, NaiveDate)> = platform::on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT r.id, acc.email, acc.locale, a.title, r.due_on FROM fund_reports r JOIN fund_applications a ON a.id = r.application_id \
         JOIN accounts acc ON acc.id = a.created_by WHERE r.submitted_at IS NULL AND r.reminded_at IS NULL AND r.due_on <= $1"
    )
    .bind(now.date_naive() + Duration::days(7))
    .fetch_all(pool)
    .await
    })?;
    for (id, email, locale, title, due_on) in &due {
        let tr = locale
            .as_deref()
            .and_then(|l| platform::i18n::i18n().get(l))
            .unwrap_or_else(|| platform::i18n::i18n().default_tr());
        let mut tx = db.begin().await?;
        let body = tr.ta("support-report-reminder-body", &[("title", title), ("due", &due_on.to_string())]);
        platform::mail::queue(&mut tx, email, &tr.t("support-report-reminder-subject"), &body).await?;
        on_tx!(&mut tx, |c| sqlx::query("UPDATE fund_reports SET reminded_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        audit::append(
            &mut tx,
            &platform::audit::AuditCtx { actor: "system".into(), request_id: "support-jobs".into() },
            AuditEvent {
                action: "fund.report_reminder",
                object_type: "fund_report",
                object_id: id.to_string(),
                place_id: None,
                summary: format!("due {due_on}"),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(due.len())
}
