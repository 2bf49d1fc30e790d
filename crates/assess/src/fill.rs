//! Filling in a municipality's assessment: drafts, submission, reopening.
//! Every question allows "don't know"; skip logic hides what does not apply.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Audience, Resource};
use platform::web::form::{field, ticked, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::audiences::{self, Choice};
use crate::instrument::values::{self, Invalid};
use crate::instrument::{self, group_label, Instrument, Question, DONT_KNOW};
use crate::store::{self, Entry, Round};

pub struct ChoiceView {
    pub name: String,
    pub label: String,
    pub checked: bool,
    pub rank: String,
}

pub struct QuestionView {
    pub name: String,
    pub group: String,
    pub new_group: bool,
    pub label: String,
    pub hint: String,
    pub qtype: String,
    pub required: bool,
    pub relevant: bool,
    pub value: String,
    pub dont_know: bool,
    pub choices: Vec<ChoiceView>,
}

#[derive(Template)]
#[template(path = "fill.html")]
struct FillPage {
    shell: Shell,
    round: Round,
    code: String,
    place: String,
    status: String,
    status_label: String,
    editable: bool,
    can_reopen: bool,
    /// Who may see these answers by name, the choice behind it (none: the
    /// default), whether the reader may change it, and the options.
    audience: Audience,
    audience_choice: Option<Choice>,
    can_choose: bool,
    audiences: &'static [Audience],
    notes: String,
    questions: Vec<QuestionView>,
    errors: FieldErrors,
    saved: bool,
    needs: Vec<String>,
    support: Vec<String>,
}

/// The municipality's ranked needs and the support it asked for, as labels:
/// what the support and work-plan modules take up.
fn needs_of(instrument: &Instrument, answers: &BTreeMap<String, String>, question: &str, tr: Tr) -> Vec<String> {
    let Some(q) = instrument.question(question) else { return Vec::new() };
    answers
        .get(question)
        .map(|v| {
            v.split(',')
                .filter(|c| !c.is_empty() && *c != DONT_KNOW)
                .filter_map(|c| instrument.choices(&q.list_name).iter().find(|x| x.name == c).map(|x| x.label(tr)))
                .collect()
        })
        .unwrap_or_default()
}

/// A label with `${name}` replaced by the answer, as ODK shows it.
fn with_answers(label: &str, answers: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(start) = rest.find("${") {
        let Some(end) = rest[start..].find('}') else { break };
        out.push_str(&rest[..start]);
        out.push_str(answers.get(rest[start + 2..start + end].trim()).map(String::as_str).unwrap_or(""));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

fn choice_views(instrument: &Instrument, q: &Question, answers: &BTreeMap<String, String>, tr: Tr) -> Vec<ChoiceView> {
    let value = answers.get(&q.name).map(String::as_str).unwrap_or("");
    let selected: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
    let offered = instrument.offered(q, answers);
    let mut views: Vec<ChoiceView> = offered
        .iter()
        .map(|c| ChoiceView {
            label: c.label(tr),
            checked: selected.contains(&c.name.as_str()),
            rank: selected
                .iter()
                .position(|s| *s == c.name)
                .filter(|_| q.qtype == "rank")
                .map(|i| (i + 1).to_string())
                .unwrap_or_default(),
            name: c.name.clone(),
        })
        .collect();
    // Every single choice allows "don't know", counted as an answer, even
    // when an imported list does not offer it.
    if matches!(q.qtype.as_str(), "select_one" | "likert") && !offered.iter().any(|c| c.name == DONT_KNOW) {
        views.push(ChoiceView {
            name: DONT_KNOW.into(),
            label: tr.t("choice-dont_know"),
            checked: value == DONT_KNOW,
            rank: String::new(),
        });
    }
    views
}

fn views(instrument: &Instrument, answers: &BTreeMap<String, String>, tr: Tr) -> Vec<QuestionView> {
    let mut last_group = String::new();
    instrument
        .questions
        .iter()
        .filter(|q| q.asks() || q.qtype == "note")
        .map(|q| {
            let value = answers.get(&q.name).cloned().unwrap_or_default();
            let new_group = q.group_key != last_group;
            last_group = q.group_key.clone();
            QuestionView {
                name: q.name.clone(),
                group: group_label(&instrument.groups, &q.group_key, tr),
                new_group,
                label: with_answers(&q.label(tr), answers),
                hint: with_answers(&q.hint(tr), answers),
                qtype: q.qtype.clone(),
                required: instrument.requires(q, answers),
                relevant: instrument.applies(q, answers),
                dont_know: value == DONT_KNOW,
                value: if value == DONT_KNOW { String::new() } else { value },
                choices: choice_views(instrument, q, answers, tr),
            }
        })
        .collect()
}

struct Loaded {
    round: Round,
    instrument: Instrument,
    place: directory::places::Place,
    path: Vec<i64>,
    entry: Entry,
    /// The municipality's audience choices, newest first.
    history: Vec<Choice>,
}

impl Loaded {
    fn choice(&self) -> Option<&Choice> {
        audiences::in_force(&self.history, self.round.id)
    }

    fn audience(&self) -> Audience {
        self.choice().map(|c| c.audience).unwrap_or(Audience::Hub)
    }
}

async fn load(ctx: &PageCtx, state: &AppState, id: i64, code: &str) -> Result<Loaded, AppError> {
    let (Some(round), Some(place)) =
        (store::round(&state.db, id).await?, directory::places::find(&state.db, code).await?)
    else {
        return Err(ctx.not_found());
    };
    let Some(entry) = store::entry(&state.db, round.id, place.id).await? else {
        return Err(ctx.not_found());
    };
    let Some(instrument) = instrument::load(&state.db, round.instrument_id).await? else {
        return Err(ctx.not_found());
    };
    let path = directory::places::path_ids(&state.db, place.id, Utc::now().date_naive()).await?;
    let history = audiences::history(&state.db, place.id).await?;
    Ok(Loaded { round, instrument, place, path, entry, history })
}

/// A municipality's answers are for itself and the hub, and for whoever
/// else it chose (see `audiences`).
fn may_view(ctx: &PageCtx, loaded: &Loaded) -> bool {
    let resource = Resource::Answers { path: &loaded.path, audience: loaded.audience() };
    can(&ctx.actor, Action::ViewAnswers, &resource).allowed()
}

fn page(
    ctx: &PageCtx,
    loaded: Loaded,
    answers: &BTreeMap<String, String>,
    errors: FieldErrors,
    saved: bool,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let resource = Resource::Place { path: &loaded.path };
    let editable = can(&ctx.actor, Action::FillAssessment, &resource).allowed() && loaded.entry.status != "submitted";
    let status = loaded.entry.status.clone();
    let needs = needs_of(&loaded.instrument, answers, "priority_needs", tr);
    let support = needs_of(&loaded.instrument, answers, "support_wanted", tr);
    let page = FillPage {
        needs,
        support,
        shell: ctx.shell(format!("{} — {}", loaded.round.name, loaded.place.name)),
        questions: views(&loaded.instrument, answers, tr),
        status_label: tr.t(&format!("assess-status-{status}")),
        can_reopen: status == "submitted" && can(&ctx.actor, Action::ManageRounds, &resource).allowed(),
        editable,
        audience: loaded.audience(),
        audience_choice: loaded.choice().cloned(),
        can_choose: can(&ctx.actor, Action::FillAssessment, &resource).allowed(),
        audiences: Audience::ALL,
        notes: loaded.instrument.notes.clone(),
        status,
        code: loaded.place.code.clone(),
        place: loaded.place.name.clone(),
        round: loaded.round,
        errors,
        saved,
    };
    let code = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((code, render(&page)?).into_response())
}

pub async fn fill_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    Query(query): Query<BTreeMap<String, String>>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    if !may_view(&ctx, &loaded) {
        ctx.require(Action::ViewAnswers, &Resource::Place { path: &loaded.path })?;
    }
    let answers = loaded.entry.answers.clone();
    page(&ctx, loaded, &answers, FieldErrors::default(), query.contains_key("saved"))
}

/// One question's answer from the form, checked for its format.
fn read_one(instrument: &Instrument, q: &Question, form: &[(String, String)]) -> Result<String, Invalid> {
    let key = format!("q:{}", q.name);
    if !field(form, &format!("dk:{}", q.name)).is_empty() {
        return Ok(DONT_KNOW.to_string());
    }
    let mut allowed: Vec<&str> = instrument.choices(&q.list_name).iter().map(|c| c.name.as_str()).collect();
    allowed.push(DONT_KNOW);
    match q.qtype.as_str() {
        "select_multiple" => {
            let chosen: Vec<&str> = form.iter().filter(|(k, _)| *k == key).map(|(_, v)| v.as_str()).collect();
            match chosen.iter().any(|c| !allowed.contains(c)) {
                true => Err(Invalid::Choice),
                false => Ok(chosen.join(",")),
            }
        }
        "rank" => read_rank(q, &allowed, form),
        _ => values::single(q, &allowed, field(form, &key)),
    }
}

fn read_rank(q: &Question, allowed: &[&str], form: &[(String, String)]) -> Result<String, Invalid> {
    let choices: Vec<&str> = allowed.iter().copied().filter(|c| *c != DONT_KNOW).collect();
    let mut ranked: Vec<(u32, &str)> = Vec::new();
    for choice in &choices {
        let text = field(form, &format!("rank:{}:{choice}", q.name));
        if text.is_empty() {
            continue;
        }
        match text.parse::<u32>() {
            Ok(n) if n >= 1 && n as usize <= choices.len() && !ranked.iter().any(|(m, _)| *m == n) => {
                ranked.push((n, choice))
            }
            _ => return Err(Invalid::Rank),
        }
    }
    ranked.sort();
    Ok(ranked.iter().map(|(_, c)| *c).collect::<Vec<_>>().join(","))
}

/// Reads the form into answers by question name, marking each answer whose
/// format is wrong; drops answers to questions that no longer apply, works
/// out the calculations and checks the constraints.
fn read(instrument: &Instrument, form: &[(String, String)], tr: Tr) -> (BTreeMap<String, String>, FieldErrors) {
    let mut answers = BTreeMap::new();
    let mut errors = FieldErrors::default();
    for q in instrument.questions.iter().filter(|q| q.asks()) {
        match read_one(instrument, q, form) {
            Ok(value) if value.is_empty() => {}
            Ok(value) => {
                answers.insert(q.name.clone(), value);
            }
            Err(invalid) => {
                errors.add(q.name.clone(), tr.t(invalid.message_id()));
                // Shown again as typed, so it can be corrected; never saved.
                let typed = field(form, &format!("q:{}", q.name));
                if !typed.is_empty() {
                    answers.insert(q.name.clone(), typed.to_string());
                }
            }
        }
    }
    // Answers to questions that no longer apply are dropped, not kept hidden.
    let snapshot = answers.clone();
    answers.retain(|name, _| instrument.question(name).is_some_and(|q| instrument.applies(q, &snapshot)));
    instrument.calculate(&mut answers);
    for q in instrument.questions.iter().filter(|q| q.asks()) {
        match answers.get(&q.name) {
            Some(value) if value != DONT_KNOW && !instrument.meets(q, value, &answers) => {
                let message = q.constraint_message(tr);
                errors.add(q.name.clone(), if message.is_empty() { tr.t("assess-constraint-unmet") } else { message });
            }
            _ => {}
        }
    }
    (answers, errors)
}

/// Marks every applicable required question left unanswered, which only
/// stops a submission: a draft may be incomplete.
fn mark_missing(instrument: &Instrument, answers: &BTreeMap<String, String>, errors: &mut FieldErrors, tr: Tr) {
    for q in &instrument.questions {
        if instrument.applies(q, answers) && instrument.requires(q, answers) && !answers.contains_key(&q.name) {
            let message = q.required_message(tr);
            errors.add(q.name.clone(), if message.is_empty() { tr.t("assess-answer-required") } else { message });
        }
    }
}

pub async fn save(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    ctx.require(Action::FillAssessment, &Resource::Place { path: &loaded.path })?;
    if loaded.entry.status == "submitted" {
        return Err(ctx.error(StatusCode::CONFLICT, "error-bad-request-title", "assess-already-submitted"));
    }
    let submit = field(&form, "action") == "submit";
    let share = loaded.audience().includes(Audience::National);
    let (answers, mut errors) = read(&loaded.instrument, &form, ctx.tr);
    // Well-formed answers are kept even when a submission is refused.
    let format_ok = errors.is_empty();
    if submit {
        mark_missing(&loaded.instrument, &answers, &mut errors, ctx.tr);
    }
    // A refused submission is still kept as a draft, with the fields marked.
    let status = if submit && errors.is_empty() { "submitted" } else { "draft" };
    let by_id: Vec<(i64, String)> =
        loaded.instrument.questions.iter().filter_map(|q| answers.get(&q.name).map(|v| (q.id, v.clone()))).collect();
    if format_ok {
        let mut tx = state.db.begin().await?;
        store::save_entry(&mut tx, loaded.entry.id, &by_id, status, share, Utc::now()).await?;
        audit::append(
            &mut tx,
            &ctx.audit(),
            Event {
                action: if status == "submitted" { "assess.submit" } else { "assess.save_draft" },
                object_type: "round_place",
                object_id: loaded.entry.id.to_string(),
                place_id: Some(loaded.place.id),
                summary: format!("{} answers", by_id.len()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    if errors.is_empty() {
        let to = format!("/assess/rounds/{id}/places/{code}");
        let message = if status == "submitted" { "flash-assess-submitted" } else { "flash-assess-saved" };
        return Ok(platform::web::flash::redirect(&to, message));
    }
    page(&ctx, loaded, &answers, errors, false)
}

#[derive(serde::Deserialize)]
pub struct AudienceForm {
    audience: Audience,
    /// Also the choice for every later round without one of its own.
    #[serde(default, deserialize_with = "ticked")]
    standing: bool,
}

/// The municipality chooses who may see its named answers, for this round
/// and, if it says so, as its standing choice. Kept with who and when.
pub async fn choose_audience(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    platform::web::form::Form(form): platform::web::form::Form<AudienceForm>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    ctx.require(Action::FillAssessment, &Resource::Place { path: &loaded.path })?;
    let me = ctx.account().map(|a| a.id);
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    audiences::choose(&mut tx, loaded.place.id, Some(id), form.audience, me, now).await?;
    if form.standing {
        audiences::choose(&mut tx, loaded.place.id, None, form.audience, me, now).await?;
    }
    store::set_share_national(&mut tx, loaded.entry.id, form.audience.includes(Audience::National)).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "assess.audience",
            object_type: "round_place",
            object_id: loaded.entry.id.to_string(),
            place_id: Some(loaded.place.id),
            summary: format!(
                "named answers visible to: {}{}",
                form.audience,
                if form.standing { " (also the standing choice)" } else { "" }
            ),
        },
    )
    .await?;
    tx.commit().await?;
    let to = format!("/assess/rounds/{id}/places/{code}#audience");
    Ok(platform::web::flash::redirect_with(&to, "flash-assess-audience", &ctx.tr.t(form.audience.message_id())))
}

pub async fn reopen(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    ctx.require(Action::ManageRounds, &Resource::Place { path: &loaded.path })?;
    let mut tx = state.db.begin().await?;
    store::reopen(&mut tx, loaded.entry.id).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "assess.reopen",
            object_type: "round_place",
            object_id: loaded.entry.id.to_string(),
            place_id: Some(loaded.place.id),
            summary: "submission reopened for changes".into(),
        },
    )
    .await?;
    let to = platform::notify::accounts_at(&mut tx, &["focal_point", "municipal_staff"], loaded.place.id).await?;
    let note = platform::notify::Note {
        kind: platform::notify::Kind::RoundReopened,
        args: vec![("subject", format!("{} · {}", loaded.round.name, loaded.place.name))],
        link: format!("/assess/rounds/{id}/places/{code}"),
    };
    platform::notify::send(&mut tx, &state.site.public_url, &to, &note).await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/assess/rounds/{id}/places/{code}"), "flash-assess-reopened"))
}

/// The municipality's needs and requested support as JSON, for the support
/// and work-plan modules and for national systems; same access as the answers.
pub async fn needs_json(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    if !may_view(&ctx, &loaded) {
        ctx.require(Action::ViewAnswers, &Resource::Place { path: &loaded.path })?;
    }
    let answers = &loaded.entry.answers;
    let codes = |q: &str| -> Vec<String> {
        answers.get(q).map(|v| v.split(',').filter(|c| !c.is_empty()).map(String::from).collect()).unwrap_or_default()
    };
    let body = serde_json::json!({
        "round": loaded.round.name,
        "place": loaded.place.code,
        "status": loaded.entry.status,
        "priority_needs": codes("priority_needs"),
        "support_wanted": codes("support_wanted"),
        "lacks_capacity": crate::lacks(answers),
    });
    Ok(axum::Json(body).into_response())
}
