//! The expert pool in the browser (hub staff): the profiles and a new one.
//! An assignment's own page is in `assignment_pages`.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use platform::audit::{self, Event as AuditEvent};
use platform::countries;
use platform::money::Eur;
use platform::policy::Action;
use platform::web::flash;
use platform::web::form::{looks_like_email, FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use serde::Deserialize;

use crate::experts::{self, Expert};
use crate::scope::{self, NEEDS};

pub fn routes() -> Routes {
    Routes::new()
        .get("/support/experts", Action::ManageSupport, Target::Chosen, list)
        .post("/support/experts", Action::ManageSupport, Target::Chosen, create)
        .merge(crate::assignment_pages::routes())
}

/// A profile as typed.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExpertForm {
    name: String,
    email: String,
    themes: Vec<String>,
    languages: String,
    countries: String,
    available_from: String,
    available_to: String,
    daily_rate: String,
    conflicts: String,
}

#[derive(Template)]
#[template(path = "experts.html")]
struct ExpertsPage {
    shell: Shell,
    experts: Vec<Expert>,
    needs: &'static [&'static str],
    form: ExpertForm,
    errors: FieldErrors,
}

impl ExpertsPage {
    fn countries(&self, codes: &[String]) -> String {
        countries::names(codes, self.shell.tr)
    }
}

async fn experts_page(
    ctx: &PageCtx,
    state: &AppState,
    form: ExpertForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    scope::require_hub(ctx, state).await?;
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = ExpertsPage {
        shell: ctx.shell(ctx.tr.t("support-experts-title")),
        experts: experts::all(&state.db).await?,
        needs: NEEDS,
        form,
        errors,
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn list(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    experts_page(&ctx, &state, ExpertForm::default(), FieldErrors::default()).await
}

fn split_list(text: &str) -> Vec<String> {
    text.split(',').map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect()
}

impl ExpertForm {
    /// The profile, once every field is right; the account is looked up apart.
    fn validate(&self, tr: platform::i18n::Tr) -> Result<Expert, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 120 {
            errors.add("name", tr.t("support-name-required"));
        }
        if !self.email.trim().is_empty() && !looks_like_email(self.email.trim()) {
            errors.add("email", tr.t("support-email-invalid"));
        }
        if self.themes.is_empty() || self.themes.iter().any(|t| !NEEDS.contains(&t.as_str())) {
            errors.add("themes", tr.t("support-themes-required"));
        }
        let languages = split_list(&self.languages);
        if languages.is_empty()
            || languages.iter().any(|l| l.len() > 8 || !l.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
        {
            errors.add("languages", tr.t("support-languages-required"));
        }
        let countries: Vec<String> = split_list(&self.countries).into_iter().map(|c| c.to_uppercase()).collect();
        if countries.iter().any(|c| !countries::is_country(c)) {
            errors.add("countries", tr.t("support-countries-invalid"));
        }
        let from = self.available_from.trim().parse::<NaiveDate>().ok();
        let to = self.available_to.trim().parse::<NaiveDate>().ok();
        if from.is_none() || to.is_none() || from > to {
            errors.add("available_from", tr.t("support-availability-required"));
        }
        let rate = match Eur::parse(&self.daily_rate, tr.code()) {
            Ok(rate) if rate <= Eur::euros(10_000) => Some(rate),
            Ok(_) => {
                errors.add("daily_rate", tr.t("support-rate-invalid"));
                None
            }
            Err(e) => {
                errors.add("daily_rate", e.message(tr));
                None
            }
        };
        match (from, to, rate) {
            (Some(available_from), Some(available_to), Some(daily_rate)) if errors.is_empty() => Ok(Expert {
                id: 0,
                account_id: None,
                name: name.to_string(),
                themes: self.themes.clone(),
                languages,
                countries,
                available_from,
                available_to,
                daily_rate,
                conflicts: self.conflicts.trim().to_string(),
            }),
            _ => Err(errors),
        }
    }
}

pub async fn create(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<ExpertForm>,
) -> Result<Response, AppError> {
    scope::require_hub(&ctx, &state).await?;
    let mut expert = match form.validate(ctx.tr) {
        Ok(expert) => expert,
        Err(errors) => return experts_page(&ctx, &state, form, errors).await,
    };
    if !form.email.trim().is_empty() {
        expert.account_id = experts::account_by_email(&state.db, form.email.trim()).await?;
        if expert.account_id.is_none() {
            let mut errors = FieldErrors::default();
            errors.add("email", ctx.tr.t("support-email-no-account"));
            return experts_page(&ctx, &state, form, errors).await;
        }
    }
    let mut tx = state.db.begin().await?;
    let id = experts::create(&mut tx, &expert).await?;
    let event = AuditEvent {
        action: "support.expert_create",
        object_type: "expert",
        object_id: id.to_string(),
        place_id: None,
        summary: "expert profile created".into(),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect_with("/support/experts", "flash-support-expert-added", &expert.name))
}
