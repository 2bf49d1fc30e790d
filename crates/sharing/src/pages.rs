//! The notices pages: one's inbox, composing, reading and acting on a
//! notice. Content is sealed at rest, shown only to the positions taking
//! part, and every read is audited.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use platform::audit::{self, Event};
use platform::crypto::SecretBox;
use platform::policy::{Action, Resource};
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::forms::field_message;
use crate::forms::{NoticeForm, Plan, PlanForm};
use crate::jobs::announce;
use crate::kinds::{self, Content, Kind, NoticeState, Preparation, TLP};
use crate::store::{self, Channel, Notice};

fn secret_box<'a>(ctx: &PageCtx, state: &'a AppState) -> Result<&'a SecretBox, AppError> {
    state
        .site
        .secret_box
        .as_deref()
        .ok_or_else(|| ctx.error(StatusCode::SERVICE_UNAVAILABLE, "sharing-off-title", "sharing-off-message"))
}

async fn country_path(state: &AppState, country_id: i64) -> Result<Vec<i64>, AppError> {
    Ok(directory::places::path_ids(&state.db, country_id, Utc::now().date_naive()).await?)
}

pub struct InboxRow {
    pub id: i64,
    pub kind: String,
    pub tlp: String,
    pub state: String,
    pub channel: String,
    pub created: String,
    pub deadline: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    shell: Shell,
    notices: Vec<InboxRow>,
    channels: Vec<(i64, String, bool)>,
}

pub async fn inbox(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    ctx.require(Action::UseSharing, &Resource::Instance)?;
    let account = ctx.account().ok_or_else(|| ctx.not_found())?;
    let tr = ctx.tr;
    let now = Utc::now();
    let notices = store::notices_for(&state.db, &account.positions)
        .await?
        .into_iter()
        .map(|n| InboxRow {
            id: n.id,
            kind: tr.t(n.kind.message_id()),
            tlp: n.tlp,
            overdue: n.state.awaits_acknowledgement() && n.ack_deadline < now,
            state: tr.t(n.state.message_id()),
            channel: n.channel,
            created: platform::time::deadline(tr, n.created_at),
            deadline: platform::time::deadline(tr, n.ack_deadline),
        })
        .collect();
    // Channels this person can write on: as the sender, or as a receiver (requests).
    let channels = store::channels(&state.db)
        .await?
        .into_iter()
        .filter_map(|c| {
            let sends = account.positions.contains(&c.sender_position_id);
            let receives = c.receivers.iter().any(|(p, _)| account.positions.contains(p));
            (sends || receives).then_some((c.id, c.name, sends))
        })
        .collect();
    render(&InboxPage { shell: ctx.shell(tr.t("sharing-title")), notices, channels })
}

#[derive(Template)]
#[template(path = "notice_new.html")]
struct NewNoticePage {
    shell: Shell,
    channel: Channel,
    kind: &'static str,
    kinds: Vec<(&'static str, String)>,
    from_positions: Vec<(i64, String)>,
    to_positions: Vec<(i64, String)>,
    tlp: Vec<(&'static str, String)>,
    prepare: Vec<(&'static str, String)>,
    content: Content,
    chosen: Vec<i64>,
    errors: FieldErrors,
}

impl NewNoticePage {
    /// What the form held for a field.
    fn v(&self, name: &str) -> &str {
        self.content.get(name).map(String::as_str).unwrap_or("")
    }

    fn is_chosen(&self, id: &i64) -> bool {
        self.chosen.contains(id)
    }

    fn prepared(&self, key: &str) -> bool {
        self.v("prepare").split(',').any(|p| p == key)
    }
}

/// Who may write what on a channel: the sender writes down, receivers write
/// requests up.
type Positions = Vec<(i64, String)>;

fn sides(channel: &Channel, positions: &[i64], kind: Kind) -> (Positions, Positions) {
    if kind.upward() {
        let from = channel.receivers.iter().filter(|(p, _)| positions.contains(p)).cloned().collect();
        (from, vec![(channel.sender_position_id, channel.sender.clone())])
    } else {
        let from = if positions.contains(&channel.sender_position_id) {
            vec![(channel.sender_position_id, channel.sender.clone())]
        } else {
            Vec::new()
        };
        (from, channel.receivers.clone())
    }
}

async fn new_notice_page(
    ctx: &PageCtx,
    channel: Channel,
    kind: Kind,
    content: Content,
    chosen: Vec<i64>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let (from_positions, to_positions) = sides(&channel, &positions, kind);
    let page = NewNoticePage {
        shell: ctx.shell(tr.t1("notice-new-title", "channel", channel.name.clone())),
        kinds: channel
            .kinds
            .iter()
            .filter_map(|k| Kind::parse(k))
            .map(|k| (k.as_str(), tr.t(k.message_id())))
            .collect(),
        kind: kind.as_str(),
        from_positions,
        to_positions,
        tlp: TLP.iter().map(|l| (*l, tr.t(&kinds::tlp_definition_key(l)))).collect(),
        prepare: Preparation::ALL.iter().map(|p| (p.as_str(), tr.t(p.message_id()))).collect(),
        content,
        chosen,
        errors,
        channel,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&page)?).into_response())
}

async fn writable_channel(ctx: &PageCtx, state: &AppState, id: i64, kind: Kind) -> Result<Channel, AppError> {
    let Some(channel) = store::channel(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let path = country_path(state, channel.country_id).await?;
    // Writing up (a request) is done from a receiving position; down, from the sender's.
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let from = if kind.upward() {
        channel.receivers.iter().map(|(p, _)| *p).find(|p| positions.contains(p)).unwrap_or(-1)
    } else {
        channel.sender_position_id
    };
    ctx.require(Action::SendNotice, &Resource::Channel { sender: from, path: &path })?;
    if !channel.kinds.iter().any(|k| k == kind.as_str()) {
        return Err(ctx.error(StatusCode::BAD_REQUEST, "error-bad-request-title", "notice-kind-not-on-channel"));
    }
    Ok(channel)
}

#[derive(serde::Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    kind: Option<Kind>,
}

pub async fn new_notice_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<KindQuery>,
) -> Result<Response, AppError> {
    secret_box(&ctx, &state)?;
    let kind = query.kind.unwrap_or(Kind::Return);
    let channel = writable_channel(&ctx, &state, id, kind).await?;
    new_notice_page(&ctx, channel, kind, Content::new(), Vec::new(), FieldErrors::default()).await
}

pub async fn send_notice(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<NoticeForm>,
) -> Result<Response, AppError> {
    let sealer = secret_box(&ctx, &state)?;
    let kind = form.kind.unwrap_or(Kind::Return);
    let channel = writable_channel(&ctx, &state, id, kind).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let (from_positions, to_positions) = sides(&channel, &positions, kind);
    let (mut content, errors) = form.validate(kind, ctx.tr, |r| to_positions.iter().any(|(p, _)| *p == r));
    let Some((from, _)) = from_positions.first().cloned() else {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    };
    if !errors.is_empty() {
        return new_notice_page(&ctx, channel, kind, content, form.to, errors).await;
    }
    let (tlp, recipients) = (form.tlp.as_str(), &form.to);
    content.remove("tlp");
    let now = Utc::now();
    let sealed = sealer.seal(&serde_json::to_string(&content).map_err(|e| AppError::Internal(e.into()))?);
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    let new = store::NewNotice { channel: &channel, kind, tlp, from, sent_by: account, sealed: &sealed };
    let notice_id = store::insert_notice(&mut tx, &new, now).await?;
    store::add_recipients(&mut tx, notice_id, recipients).await?;
    let step = platform::notify::Kind::NoticeWaiting;
    let told = announce(&mut tx, &state.db, recipients, "holder", notice_id, step, &state.site.public_url, now).await?;
    if told > 0 {
        store::set_state(&mut tx, notice_id, NoticeState::Delivered).await?;
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "notice.send",
            object_type: "notice",
            object_id: notice_id.to_string(),
            place_id: Some(channel.country_id),
            summary: format!(
                "{} {tlp} on channel {} to {} positions; {told} people told",
                kind.as_str(),
                channel.id,
                recipients.len()
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/sharing/notices/{notice_id}"), "flash-notice-sent"))
}

#[derive(Template)]
#[template(path = "notice.html")]
struct NoticePage {
    shell: Shell,
    id: i64,
    kind: String,
    tlp: String,
    tlp_definition: String,
    notice_state: NoticeState,
    state: String,
    channel: String,
    from: String,
    to: Vec<String>,
    created: String,
    deadline: String,
    acknowledged: String,
    fields: Vec<(String, String)>,
    plan: Plan,
    purged: bool,
    is_recipient: bool,
    is_sender: bool,
    forward_to: Vec<(i64, String)>,
    labels: Vec<&'static str>,
    errors: FieldErrors,
    /// The plan's rows as typed, three at least, when the form comes back.
    draft: Plan,
}

struct Loaded {
    notice: Notice,
    channel: Channel,
}

async fn load(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Loaded, AppError> {
    let Some(notice) = store::notice(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let Some(channel) = store::channel(&state.db, notice.channel_id).await? else {
        return Err(ctx.not_found());
    };
    let mut participants = notice.recipients.clone();
    participants.push(notice.from_position_id);
    let path = country_path(state, channel.country_id).await?;
    ctx.require(Action::ReadNotice, &Resource::Notice { participants: &participants, path: &path })?;
    Ok(Loaded { notice, channel })
}

async fn notice_page(
    ctx: &PageCtx,
    state: &AppState,
    loaded: Loaded,
    errors: FieldErrors,
    draft: Plan,
) -> Result<Response, AppError> {
    let sealer = secret_box(ctx, state)?;
    let tr = ctx.tr;
    let Loaded { notice, channel, .. } = loaded;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let open = |sealed: &Option<String>| -> Result<Option<String>, AppError> {
        match sealed {
            None => Ok(None),
            // A value that does not open is an error, never shown as it is.
            Some(s) => sealer.open(s).map(Some).map_err(|e| AppError::Internal(e.into())),
        }
    };
    let content: Content = open(&notice.content)?.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
    let plan: Plan = open(&notice.plan)?.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
    let fields = content
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| {
            let value = if k == "prepare" {
                let named = v.split(',').map(|p| Preparation::parse(p).map_or(p.to_string(), |p| tr.t(p.message_id())));
                named.collect::<Vec<_>>().join(", ")
            } else {
                v.clone()
            };
            (field_message(k).map_or(k.clone(), |id| tr.t(id)), value)
        })
        .collect();
    let mut to = Vec::new();
    for r in &notice.recipients {
        to.push(store::position_label(&state.db, *r).await?);
    }
    let fmt = |t: DateTime<Utc>| platform::time::deadline(tr, t);
    let page = NoticePage {
        shell: ctx.shell(tr.t(notice.kind.message_id())),
        id: notice.id,
        kind: tr.t(notice.kind.message_id()),
        tlp_definition: tr.t(&kinds::tlp_definition_key(&notice.tlp)),
        tlp: notice.tlp.clone(),
        state: tr.t(notice.state.message_id()),
        notice_state: notice.state,
        channel: channel.name.clone(),
        from: store::position_label(&state.db, notice.from_position_id).await?,
        to,
        created: fmt(notice.created_at),
        deadline: fmt(notice.ack_deadline),
        acknowledged: notice.acknowledged_at.map(fmt).unwrap_or_default(),
        fields,
        plan,
        purged: notice.purged_at.is_some(),
        draft: draft.into_iter().chain(std::iter::repeat_with(Default::default)).take(3).collect(),
        forward_to: channel.receivers.iter().filter(|(p, _)| !notice.recipients.contains(p)).cloned().collect(),
        labels: TLP.iter().copied().filter(|l| kinds::most_restrictive(l, &notice.tlp) == *l).collect(),
        is_recipient: notice.recipients.iter().any(|r| positions.contains(r)),
        is_sender: positions.contains(&notice.from_position_id),
        errors,
    };
    render(&page)
}

pub async fn view(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id).await?;
    // Every read of a notice's content is recorded.
    let mut tx = state.db.begin().await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "notice.read",
            object_type: "notice",
            object_id: id.to_string(),
            place_id: Some(loaded.channel.country_id),
            summary: format!("read ({})", loaded.notice.tlp),
        },
    )
    .await?;
    tx.commit().await?;
    notice_page(&ctx, &state, loaded, FieldErrors::default(), Plan::new()).await
}

/// A move of a notice by a participant: recipients acknowledge and file
/// plans, the sender closes and withdraws; the state decides what may follow.
async fn change(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    to: NoticeState,
    plan: Option<String>,
) -> Result<Response, AppError> {
    let loaded = load(ctx, state, id).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let by_recipient = to.moved_by_recipient();
    let allowed = if by_recipient {
        loaded.notice.recipients.iter().any(|r| positions.contains(r))
    } else {
        positions.contains(&loaded.notice.from_position_id)
    };
    if !allowed {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "notice-not-yours"));
    }
    if !loaded.notice.state.may_move_to(to) {
        return Err(ctx.error(StatusCode::CONFLICT, "error-bad-request-title", "notice-wrong-state"));
    }
    let now = Utc::now();
    let acknowledged_by = ctx.account().map(|a| a.id).filter(|_| to == NoticeState::Acknowledged);
    let mut tx = state.db.begin().await?;
    store::move_notice(&mut tx, id, to, now, acknowledged_by, plan.as_deref()).await?;
    // The other side hears of it, without content.
    let other_side = if by_recipient { vec![loaded.notice.from_position_id] } else { loaded.notice.recipients.clone() };
    announce(&mut tx, &state.db, &other_side, "holder", id, to.told(), &state.site.public_url, now).await?;
    let (action, flash) = to.action_and_flash();
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action,
            object_type: "notice",
            object_id: id.to_string(),
            place_id: Some(loaded.channel.country_id),
            summary: format!("{} → {to}", loaded.notice.state),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/sharing/notices/{id}"), flash))
}

/// Forwards a notice to more of the channel's receiving positions (need to
/// know). The label can only stay or tighten: the most restrictive wins.
/// Who a notice is forwarded to, and the label it goes with.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct ForwardForm {
    to: Vec<i64>,
    tlp: String,
}

pub async fn forward(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ForwardForm>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    if !loaded.notice.recipients.iter().any(|r| positions.contains(r)) {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "notice-not-yours"));
    }
    let mut errors = FieldErrors::default();
    let added = form.to;
    let allowed =
        |p: &i64| loaded.channel.receivers.iter().any(|(r, _)| r == p) && !loaded.notice.recipients.contains(p);
    if added.is_empty() || !added.iter().all(allowed) {
        errors.add("plan", ctx.tr.t("notice-recipients-outside"));
    }
    let chosen = form.tlp.as_str();
    if !TLP.contains(&chosen) {
        errors.add("plan", ctx.tr.t("notice-tlp-required"));
    }
    if !errors.is_empty() {
        let response = notice_page(&ctx, &state, loaded, errors, Plan::new()).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, response).into_response());
    }
    let label = kinds::most_restrictive(&loaded.notice.tlp, chosen).to_string();
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    store::add_recipients(&mut tx, id, &added).await?;
    store::set_label(&mut tx, id, &label).await?;
    let step = platform::notify::Kind::NoticeWaiting;
    announce(&mut tx, &state.db, &added, "holder", id, step, &state.site.public_url, now).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "notice.forward",
            object_type: "notice",
            object_id: id.to_string(),
            place_id: Some(loaded.channel.country_id),
            summary: format!("forwarded to {} more positions; label {label}", added.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/sharing/notices/{id}"), "flash-notice-forwarded"))
}

pub async fn acknowledge(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    change(&ctx, &state, id, NoticeState::Acknowledged, None).await
}

pub async fn respond(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<PlanForm>,
) -> Result<Response, AppError> {
    let sealer = secret_box(&ctx, &state)?;
    let (plan, errors) = form.validate(ctx.tr);
    if !errors.is_empty() {
        let loaded = load(&ctx, &state, id).await?;
        let response = notice_page(&ctx, &state, loaded, errors, plan).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, response).into_response());
    }
    let sealed = sealer.seal(&serde_json::to_string(&plan).map_err(|e| AppError::Internal(e.into()))?);
    change(&ctx, &state, id, NoticeState::Responded, Some(sealed)).await
}

#[derive(serde::Deserialize, Default)]
pub struct ConfirmForm {
    #[serde(default, deserialize_with = "platform::web::form::ticked")]
    confirmed: bool,
}

/// Only the sending position closes or withdraws a notice.
async fn sender_only(ctx: &PageCtx, state: &AppState, id: i64) -> Result<(), AppError> {
    let loaded = load(ctx, state, id).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    if positions.contains(&loaded.notice.from_position_id) {
        Ok(())
    } else {
        Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "notice-not-yours"))
    }
}

/// Closing or withdrawing ends the exchange: asked on a page of its own.
fn confirm_end(ctx: &PageCtx, id: i64, what: &str) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let (title, question) = match what {
        "close" => ("notice-close", "notice-close-confirm"),
        _ => ("notice-withdraw", "notice-withdraw-confirm"),
    };
    platform::web::confirm_page(
        ctx,
        platform::web::Confirm {
            title: tr.t(title),
            question: tr.t(question),
            action: format!("/sharing/notices/{id}/{what}"),
            fields: Vec::new(),
            button: tr.t(title),
            back: format!("/sharing/notices/{id}"),
            danger: true,
        },
    )
}

pub async fn close(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !form.confirmed {
        sender_only(&ctx, &state, id).await?;
        return confirm_end(&ctx, id, "close");
    }
    change(&ctx, &state, id, NoticeState::Closed, None).await
}

pub async fn withdraw(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !form.confirmed {
        sender_only(&ctx, &state, id).await?;
        return confirm_end(&ctx, id, "withdraw");
    }
    change(&ctx, &state, id, NoticeState::Withdrawn, None).await
}
