//! Channels between positions, defined per country by a hub administrator or
//! the national coordinator, and their accountability figures: counts only,
//! never content.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::policy::{can, Action, Resource};
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::Db;

use crate::forms::ChannelForm;
use crate::kinds::Kind;
use crate::store::{self, Channel, NewChannel};

pub struct MetaRow {
    pub channel: String,
    pub kind: String,
    pub tlp: String,
    pub state: String,
    pub sent: String,
    pub acknowledged: String,
    pub escalation: i64,
}

pub struct StatsRow {
    pub name: String,
    pub country: String,
    pub sent: usize,
    pub on_time: String,
    pub median_hours: String,
    pub escalated: usize,
    pub handovers: i64,
}

#[derive(Template)]
#[template(path = "channels.html")]
struct ChannelsPage {
    shell: Shell,
    channels: Vec<Channel>,
    stats: Vec<StatsRow>,
    meta: Vec<MetaRow>,
    countries: Vec<(String, String)>,
    country: String,
    positions: Vec<(i64, String)>,
    kinds: Vec<(&'static str, String)>,
    form: ChannelForm,
    errors: FieldErrors,
}

/// A channel's accountability figures: counts and times, never content.
async fn stats_for(db: &Db, channel: &Channel) -> Result<StatsRow, sqlx::Error> {
    let times = store::notice_times(db, channel.id).await?;
    let mut positions: Vec<i64> = channel.receivers.iter().map(|(p, _)| *p).collect();
    positions.push(channel.sender_position_id);
    let handovers = store::handovers_since_opened(db, channel.id, &positions).await?;
    let mut hours: Vec<f64> = times
        .iter()
        .filter_map(|t| t.acknowledged_at.map(|a| (a - t.created_at).num_minutes() as f64 / 60.0))
        .collect();
    hours.sort_by(f64::total_cmp);
    let on_time = times
        .iter()
        .filter(|t| t.acknowledged_at.is_some_and(|a| (a - t.created_at).num_hours() < channel.ack_hours))
        .count();
    Ok(StatsRow {
        name: channel.name.clone(),
        country: channel.country.clone(),
        sent: times.len(),
        on_time: if times.is_empty() { "—".into() } else { format!("{}%", on_time * 100 / times.len()) },
        median_hours: if hours.is_empty() { "—".into() } else { format!("{:.1}", hours[hours.len() / 2]) },
        escalated: times.iter().filter(|t| t.escalation > 0).count(),
        handovers,
    })
}

async fn page(
    ctx: &PageCtx,
    state: &AppState,
    country: String,
    form: ChannelForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let all = store::countries(&state.db).await?;
    let in_scope = |path: &[i64]| {
        can(&ctx.actor, Action::ViewSharingStats, &Resource::Place { path }).allowed()
            || can(&ctx.actor, Action::ManageChannels, &Resource::Place { path }).allowed()
    };
    let visible: Vec<i64> = all.iter().filter(|c| in_scope(&c.path)).map(|c| c.id).collect();
    if visible.is_empty() {
        return Err(ctx
            .require(Action::ViewSharingStats, &Resource::Place { path: &[] })
            .err()
            .unwrap_or_else(|| ctx.not_found()));
    }
    let manageable: Vec<(String, String)> = all
        .iter()
        .filter(|c| can(&ctx.actor, Action::ManageChannels, &Resource::Place { path: &c.path }).allowed())
        .map(|c| (c.code.clone(), c.name.clone()))
        .collect();
    let channels: Vec<Channel> =
        store::channels(&state.db).await?.into_iter().filter(|c| visible.contains(&c.country_id)).collect();
    let mut stats = Vec::new();
    let mut meta = Vec::new();
    for channel in &channels {
        stats.push(stats_for(&state.db, channel).await?);
        let path = all.iter().find(|c| c.id == channel.country_id).map(|c| c.path.clone()).unwrap_or_default();
        if can(&ctx.actor, Action::ViewNoticeMeta, &Resource::Place { path: &path }).allowed() {
            for notice in store::notice_meta(&state.db, channel.id).await? {
                meta.push(MetaRow {
                    channel: channel.name.clone(),
                    kind: tr.t(notice.kind.message_id()),
                    tlp: notice.tlp,
                    state: tr.t(notice.state.message_id()),
                    sent: notice.created_at.format("%Y-%m-%d %H:%M").to_string(),
                    acknowledged: notice
                        .acknowledged_at
                        .map(|a| a.format("%Y-%m-%d %H:%M").to_string())
                        .unwrap_or_default(),
                    escalation: notice.escalation,
                });
            }
        }
    }
    let chosen_country = all.iter().find(|c| c.code == country && manageable.iter().any(|(code, _)| *code == country));
    let positions = match chosen_country {
        Some(c) => store::positions_in(&state.db, c.id).await?,
        None => Vec::new(),
    };
    let page = ChannelsPage {
        shell: ctx.shell(tr.t("channels-title")),
        channels,
        stats,
        meta,
        countries: manageable,
        country: chosen_country.map(|c| c.code.clone()).unwrap_or_default(),
        positions,
        kinds: Kind::ALL.iter().map(|k| (k.as_str(), tr.t(k.message_id()))).collect(),
        form,
        errors,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&page)?).into_response())
}

#[derive(serde::Deserialize)]
pub struct CountryQuery {
    #[serde(default)]
    country: String,
}

pub async fn channels_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Query(q): Query<CountryQuery>,
) -> Result<Response, AppError> {
    page(&ctx, &state, q.country, ChannelForm::default(), FieldErrors::default()).await
}

pub async fn create_channel(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<ChannelForm>,
) -> Result<Response, AppError> {
    let all = store::countries(&state.db).await?;
    let Some(country) = all.into_iter().find(|c| c.code == form.country) else {
        return Err(ctx.error(StatusCode::BAD_REQUEST, "error-bad-request-title", "channel-country-unknown"));
    };
    ctx.require(Action::ManageChannels, &Resource::Place { path: &country.path })?;
    let positions = store::positions_in(&state.db, country.id).await?;
    let checked = match form.validate(ctx.tr, |id| positions.iter().any(|(p, _)| *p == id)) {
        Ok(checked) => checked,
        Err(errors) => return page(&ctx, &state, form.country.clone(), form, errors).await,
    };
    let mut tx = state.db.begin().await?;
    let new = NewChannel {
        country_id: country.id,
        name: checked.name,
        sender_position_id: checked.sender,
        supervisor_position_id: checked.supervisor,
        legal_basis: checked.legal_basis,
        legal_reference: checked.legal_reference,
        legal_date: checked.legal_date,
        review_date: checked.review_date,
        kinds: &checked.kinds,
        ack_hours: checked.ack_hours,
        receivers: checked.receivers,
    };
    let id = store::create_channel(&mut tx, &new, Utc::now()).await?;
    let summary =
        format!("channel \"{}\" with {} receiving positions, kinds {}", new.name, new.receivers.len(), new.kinds);
    let event = Event {
        action: "channel.create",
        object_type: "channel",
        object_id: id.to_string(),
        place_id: Some(country.id),
        summary,
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/sharing/channels", "flash-channel-created"))
}
