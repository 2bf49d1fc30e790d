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
use crate::instrument::repeats::EntryChange;
use crate::instrument::{self, Instrument, DONT_KNOW};
use crate::store::{self, Entry, EntryStatus, Round};

mod files;
mod logic;
mod read;
mod view;

use read::{mark_missing, read};
use view::{views, QuestionView};

pub use files::{download as file, upload as upload_file, MAX_FILE};
pub use logic::logic;

#[derive(Template)]
#[template(path = "fill.html")]
struct FillPage {
    shell: Shell,
    round: Round,
    code: String,
    place: String,
    status: EntryStatus,
    /// Each repeat's entries as laid out, sent back with the form.
    entries: Vec<(String, usize)>,
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
    /// Required questions answered of those that apply, in the whole form.
    progress: (usize, usize),
    /// The script that updates relevance and progress as answers change.
    script: &'static str,
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

struct Loaded {
    round: Round,
    /// The questionnaire as stored, and as laid out for this entry.
    base: Instrument,
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
    let Some(base) = instrument::load(&state.db, round.instrument_id).await? else {
        return Err(ctx.not_found());
    };
    // Laid out for this entry: each repeat's questions once per entry.
    let mut entry = entry;
    let instrument = base.for_entries(&base.entry_counts(&entry.answers));
    entry.answers = base.spread(&entry.answers);
    let path = directory::places::path_ids(&state.db, place.id, Utc::now().date_naive()).await?;
    let history = audiences::history(&state.db, place.id).await?;
    Ok(Loaded { round, base, instrument, place, path, entry, history })
}

/// The entry, for someone who may fill it in.
async fn load_to_fill(ctx: &PageCtx, state: &AppState, id: i64, code: &str) -> Result<Loaded, AppError> {
    let loaded = load(ctx, state, id, code).await?;
    ctx.require(Action::FillAssessment, &Resource::Place { path: &loaded.path })?;
    Ok(loaded)
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
    let editable = can(&ctx.actor, Action::FillAssessment, &resource).allowed() && loaded.entry.status.editable();
    let status = loaded.entry.status;
    let needs = needs_of(&loaded.instrument, answers, "priority_needs", tr);
    let support = needs_of(&loaded.instrument, answers, "support_wanted", tr);
    let prefill = match (editable, loaded.entry.status) {
        (true, EntryStatus::NotStarted) => view::Prefill::Everything,
        (true, _) => view::Prefill::NewEntries,
        (false, _) => view::Prefill::Nothing,
    };
    let questions = views(&loaded.instrument, answers, tr, prefill);
    let page = FillPage {
        needs,
        support,
        shell: ctx.shell(format!("{} — {}", loaded.round.name, loaded.place.name)),
        progress: view::progress(&questions),
        script: platform::web::fill_js_href(),
        questions,
        entries: loaded.instrument.entries.clone().into_iter().collect(),
        status_label: tr.t(status.message_id()),
        can_reopen: !status.editable() && can(&ctx.actor, Action::ManageRounds, &resource).allowed(),
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

pub async fn save(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let loaded = load_to_fill(&ctx, &state, id, &code).await?;
    if !loaded.entry.status.editable() {
        return Err(ctx.error(StatusCode::CONFLICT, "error-bad-request-title", "assess-already-submitted"));
    }
    let submit = field(&form, "action") == "submit";
    let share = loaded.audience().includes(Audience::National);
    let (mut form, mut loaded) = (form, loaded);
    // Laid out as the form was shown, entries added but not saved included.
    let mut counts = loaded.instrument.counts_in_form(&form);
    let change = EntryChange::from_form(&form);
    if let Some(change) = &change {
        change.apply(&loaded.instrument, &mut counts, &mut form);
        change.apply_to_answers(&loaded.instrument, &mut loaded.entry.answers);
    }
    if counts != loaded.instrument.entries {
        loaded.instrument = loaded.base.for_entries(&counts);
    }
    let (answers, mut errors) = read_with_counts(&mut loaded, &form, ctx.tr);
    // Well-formed answers are kept even when a submission is refused.
    let format_ok = errors.is_empty();
    if submit {
        mark_missing(&loaded.instrument, &answers, &mut errors, ctx.tr);
    }
    // A refused submission is still kept as a draft, with the fields marked.
    let status = if submit && errors.is_empty() { EntryStatus::Submitted } else { EntryStatus::Draft };
    let by_id = loaded.instrument.gather(&answers);
    if format_ok {
        let mut tx = state.db.begin().await?;
        store::save_entry(&mut tx, loaded.entry.id, &by_id, status, share, Utc::now()).await?;
        audit::append(
            &mut tx,
            &ctx.audit(),
            Event {
                action: if status == EntryStatus::Submitted { "assess.submit" } else { "assess.save_draft" },
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
        let to = match &change {
            Some(change) => format!("/assess/rounds/{id}/places/{code}#{}", change.anchor()),
            None => format!("/assess/rounds/{id}/places/{code}"),
        };
        let message = if status == EntryStatus::Submitted { "flash-assess-submitted" } else { "flash-assess-saved" };
        return Ok(platform::web::flash::redirect(&to, message));
    }
    page(&ctx, loaded, &answers, errors, false)
}

/// Reads the form; when a repeat's `repeat_count` moves with the answers
/// (a household of three, not two), lays the form out again and reads it
/// with the new number of entries.
fn read_with_counts(
    loaded: &mut Loaded,
    form: &[(String, String)],
    tr: platform::i18n::Tr,
) -> (BTreeMap<String, String>, FieldErrors) {
    let (answers, errors) = read(&loaded.instrument, form, &loaded.entry.answers, tr);
    let mut counts = loaded.instrument.entries.clone();
    // A count that gives no number (not answered yet, or "don't know")
    // keeps the entries there are.
    for (repeat, count) in counts.iter_mut() {
        if let Some(fixed) = loaded.base.fixed_count(repeat, &answers) {
            *count = fixed;
        }
    }
    if counts == loaded.instrument.entries {
        return (answers, errors);
    }
    loaded.instrument = loaded.base.for_entries(&counts);
    read(&loaded.instrument, form, &loaded.entry.answers, tr)
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
    let loaded = load_to_fill(&ctx, &state, id, &code).await?;
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
