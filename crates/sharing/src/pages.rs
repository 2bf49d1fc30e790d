//! The notices pages: one's inbox, composing, reading and acting on a
//! notice. Content is sealed at rest, shown only to the positions taking
//! part, and every read is audited.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use platform::audit::{self, Event};
use platform::crypto::SecretBox;
use platform::policy::{Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::jobs::announce;
use crate::kinds::{self, read_form, read_plan, Content, Kind, Plan, PREPARE, TLP};
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
        .map(|(id, kind, tlp, notice_state, created, deadline, channel)| InboxRow {
            id,
            kind: tr.t(&format!("notice-kind-{kind}")),
            tlp,
            overdue: matches!(notice_state.as_str(), "sent" | "delivered") && deadline < now,
            state: tr.t(&format!("notice-state-{notice_state}")),
            channel,
            created: platform::time::deadline(tr, created),
            deadline: platform::time::deadline(tr, deadline),
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
    chosen: Vec<String>,
    errors: FieldErrors,
}

impl NewNoticePage {
    /// What the form held for a field.
    fn v(&self, name: &str) -> &str {
        self.content.get(name).map(String::as_str).unwrap_or("")
    }

    fn is_chosen(&self, id: &i64) -> bool {
        self.chosen.contains(&id.to_string())
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
    chosen: Vec<String>,
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
            .filter_map(|k| Kind::from_key(k))
            .map(|k| (k.key(), tr.t(&format!("notice-kind-{}", k.key()))))
            .collect(),
        kind: kind.key(),
        from_positions,
        to_positions,
        tlp: TLP.iter().map(|l| (*l, tr.t(&kinds::tlp_definition_key(l)))).collect(),
        prepare: PREPARE.iter().map(|p| (*p, tr.t(&format!("notice-prepare-{p}")))).collect(),
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
    if !channel.kinds.iter().any(|k| k == kind.key()) {
        return Err(ctx.error(StatusCode::BAD_REQUEST, "error-bad-request-title", "notice-kind-not-on-channel"));
    }
    Ok(channel)
}

#[derive(serde::Deserialize)]
pub struct KindQuery {
    #[serde(default)]
    kind: String,
}

pub async fn new_notice_form(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<KindQuery>,
) -> Result<Response, AppError> {
    secret_box(&ctx, &state)?;
    let kind = Kind::from_key(&query.kind).unwrap_or(Kind::Return);
    let channel = writable_channel(&ctx, &state, id, kind).await?;
    new_notice_page(&ctx, channel, kind, Content::new(), Vec::new(), FieldErrors::default()).await
}

pub async fn send_notice(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let sealer = secret_box(&ctx, &state)?;
    let tr = ctx.tr;
    let kind = Kind::from_key(field(&form, "kind")).unwrap_or(Kind::Return);
    let channel = writable_channel(&ctx, &state, id, kind).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let (from_positions, to_positions) = sides(&channel, &positions, kind);
    let (mut content, mut errors) = read_form(kind, &form, tr);
    let tlp = field(&form, "tlp");
    content.insert("tlp".into(), tlp.to_string());
    if !TLP.contains(&tlp) {
        errors.add("tlp", tr.t("notice-tlp-required"));
    }
    let chosen: Vec<String> = form.iter().filter(|(k, _)| k == "to").map(|(_, v)| v.clone()).collect();
    let recipients: Vec<i64> = chosen.iter().filter_map(|v| v.parse().ok()).collect();
    if recipients.is_empty() {
        errors.add("to", tr.t("notice-recipients-required"));
    } else if recipients.iter().any(|r| !to_positions.iter().any(|(p, _)| p == r)) {
        errors.add("to", tr.t("notice-recipients-outside"));
    }
    let Some((from, _)) = from_positions.first().cloned() else {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "error-forbidden-message"));
    };
    if !errors.is_empty() {
        return new_notice_page(&ctx, channel, kind, content, chosen, errors).await;
    }
    content.remove("tlp");
    let now = Utc::now();
    let sealed = sealer.seal(&serde_json::to_string(&content).map_err(|e| AppError::Internal(e.into()))?);
    let account = ctx.account().map(|a| a.id).unwrap_or_default();
    let mut tx = state.db.begin().await?;
    let notice_id: i64 = platform::on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO notices (channel_id, kind, tlp, direction, from_position_id, sent_by, state, content, created_at, ack_deadline, escalation, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'sent', $7, $8, $9, 0, $10) RETURNING id"
    )
    .bind(channel.id)
    .bind(kind.key())
    .bind(tlp)
    .bind(if kind.upward() { "up" } else { "down" })
    .bind(from)
    .bind(account)
    .bind(&sealed)
    .bind(now)
    .bind(now + Duration::hours(channel.ack_hours))
    .bind(now + Duration::days(kind.retention_days()))
    .fetch_one(&mut *c)
    .await
    })?;
    store::add_recipients(&mut tx, notice_id, &recipients).await?;
    let step = platform::notify::Kind::NoticeWaiting;
    let told =
        announce(&mut tx, &state.db, &recipients, "holder", notice_id, step, &state.site.public_url, now).await?;
    if told > 0 {
        store::set_state(&mut tx, notice_id, "delivered").await?;
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
                kind.key(),
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
    state_key: String,
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
                v.split(',').map(|p| tr.t(&format!("notice-prepare-{p}"))).collect::<Vec<_>>().join(", ")
            } else {
                v.clone()
            };
            (tr.t(&format!("notice-field-{k}")), value)
        })
        .collect();
    let mut to = Vec::new();
    for r in &notice.recipients {
        to.push(store::position_label(&state.db, *r).await?);
    }
    let fmt = |t: DateTime<Utc>| platform::time::deadline(tr, t);
    let page = NoticePage {
        shell: ctx.shell(tr.t(&format!("notice-kind-{}", notice.kind))),
        id: notice.id,
        kind: tr.t(&format!("notice-kind-{}", notice.kind)),
        tlp_definition: tr.t(&kinds::tlp_definition_key(&notice.tlp)),
        tlp: notice.tlp.clone(),
        state: tr.t(&format!("notice-state-{}", notice.state)),
        state_key: notice.state.clone(),
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

/// A state change by a participant: who may make it, from which states.
async fn change(
    ctx: &PageCtx,
    state: &AppState,
    id: i64,
    by_recipient: bool,
    from_states: &[&str],
    to_state: &str,
    plan: Option<String>,
) -> Result<Response, AppError> {
    let loaded = load(ctx, state, id).await?;
    let positions = ctx.account().map(|a| a.positions.clone()).unwrap_or_default();
    let allowed = if by_recipient {
        loaded.notice.recipients.iter().any(|r| positions.contains(r))
    } else {
        positions.contains(&loaded.notice.from_position_id)
    };
    if !allowed {
        return Err(ctx.error(StatusCode::FORBIDDEN, "error-forbidden-title", "notice-not-yours"));
    }
    if !from_states.contains(&loaded.notice.state.as_str()) {
        return Err(ctx.error(StatusCode::CONFLICT, "error-bad-request-title", "notice-wrong-state"));
    }
    let now = Utc::now();
    let account = ctx.account().map(|a| a.id);
    let mut tx = state.db.begin().await?;
    let column = match to_state {
        "acknowledged" => "acknowledged_at",
        "responded" => "responded_at",
        _ => "closed_at",
    };
    let sql = format!("UPDATE notices SET state = $1, {column} = $2, acknowledged_by = COALESCE(acknowledged_by, $3), plan = COALESCE($4, plan) WHERE id = $5");
    platform::on_tx!(&mut tx, |c| sqlx::query(&sql)
        .bind(to_state)
        .bind(now)
        .bind(if to_state == "acknowledged" { account } else { None })
        .bind(&plan)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    // The other side hears of it, without content.
    let other_side = if by_recipient { vec![loaded.notice.from_position_id] } else { loaded.notice.recipients.clone() };
    let step = match to_state {
        "acknowledged" => platform::notify::Kind::NoticeAcknowledged,
        "responded" => platform::notify::Kind::PlanFiled,
        _ => platform::notify::Kind::NoticeClosed,
    };
    announce(&mut tx, &state.db, &other_side, "holder", id, step, &state.site.public_url, now).await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: match to_state {
                "acknowledged" => "notice.acknowledge",
                "responded" => "notice.respond",
                "closed" => "notice.close",
                _ => "notice.withdraw",
            },
            object_type: "notice",
            object_id: id.to_string(),
            place_id: Some(loaded.channel.country_id),
            summary: format!("{} → {to_state}", loaded.notice.state),
        },
    )
    .await?;
    tx.commit().await?;
    let message = match to_state {
        "acknowledged" => "flash-notice-acknowledged",
        "responded" => "flash-notice-plan-filed",
        "closed" => "flash-notice-closed",
        _ => "flash-notice-withdrawn",
    };
    Ok(platform::web::flash::redirect(&format!("/sharing/notices/{id}"), message))
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
    platform::web::form::Form(form): platform::web::form::Form<ForwardForm>,
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
    platform::on_tx!(&mut tx, |c| sqlx::query("UPDATE notices SET tlp = $1 WHERE id = $2")
        .bind(&label)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
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
    change(&ctx, &state, id, true, &["sent", "delivered"], "acknowledged", None).await
}

pub async fn respond(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let sealer = secret_box(&ctx, &state)?;
    let (plan, errors) = read_plan(&form, ctx.tr);
    if !errors.is_empty() {
        let loaded = load(&ctx, &state, id).await?;
        let response = notice_page(&ctx, &state, loaded, errors, plan).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, response).into_response());
    }
    let sealed = sealer.seal(&serde_json::to_string(&plan).map_err(|e| AppError::Internal(e.into()))?);
    change(&ctx, &state, id, true, &["acknowledged", "responded"], "responded", Some(sealed)).await
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
    platform::web::form::Form(form): platform::web::form::Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !form.confirmed {
        sender_only(&ctx, &state, id).await?;
        return confirm_end(&ctx, id, "close");
    }
    change(&ctx, &state, id, false, &["sent", "delivered", "acknowledged", "responded"], "closed", None).await
}

pub async fn withdraw(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    platform::web::form::Form(form): platform::web::form::Form<ConfirmForm>,
) -> Result<Response, AppError> {
    if !form.confirmed {
        sender_only(&ctx, &state, id).await?;
        return confirm_end(&ctx, id, "withdraw");
    }
    change(&ctx, &state, id, false, &["sent", "delivered", "acknowledged"], "withdrawn", None).await
}
