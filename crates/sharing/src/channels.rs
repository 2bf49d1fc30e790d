//! Channels between positions, defined per country by a hub administrator or
//! the national coordinator, and their accountability figures: counts only,
//! never content.

use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use platform::audit::{self, Event};
use platform::policy::{can, Action, Resource};
use platform::web::form::{field, FieldErrors};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, Db};

use crate::kinds::Kind;
use crate::store::{self, Channel, NewChannel};

/// Countries, with their place chains.
async fn countries(db: &Db) -> Result<Vec<(i64, String, String, Vec<i64>)>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, code, name FROM places WHERE level = 'country' ORDER BY name")
            .fetch_all(pool)
            .await)?;
    let today = Utc::now().date_naive();
    let mut out = Vec::new();
    for (id, code, name) in rows {
        let path = directory::places::path_ids(db, id, today).await?;
        out.push((id, code, name, path));
    }
    Ok(out)
}

/// Positions at any place in a country, for choosing senders and receivers.
async fn positions_in(db: &Db, country_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let below = directory::places::descendants(db, country_id, Utc::now().date_naive()).await?;
    let ids: Vec<String> =
        std::iter::once(country_id).chain(below.iter().map(|n| n.id)).map(|i| i.to_string()).collect();
    // Only integers from the database are inlined.
    let sql = format!(
        "SELECT p.id, p.title || ', ' || i.name || ' (' || pl.name || ')' FROM positions p JOIN institutions i ON i.id = p.institution_id \
         JOIN places pl ON pl.id = i.place_id WHERE i.place_id IN ({}) ORDER BY pl.name, i.name, p.id",
        ids.join(",")
    );
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

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
    form: Vec<(String, String)>,
    errors: FieldErrors,
}

impl ChannelsPage {
    fn value(&self, name: &str) -> &str {
        self.form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    fn chosen(&self, name: &str, value: &str) -> bool {
        self.form.iter().any(|(k, v)| k == name && v == value)
    }
}

async fn stats_for(db: &Db, channel: &Channel) -> Result<StatsRow, sqlx::Error> {
    let rows: Vec<(DateTime<Utc>, Option<DateTime<Utc>>, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT created_at, acknowledged_at, escalation FROM notices WHERE channel_id = $1"
    )
    .bind(channel.id)
    .fetch_all(pool)
    .await)?;
    let created: DateTime<Utc> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT created_at FROM channels WHERE id = $1")
            .bind(channel.id)
            .fetch_one(pool)
            .await)?;
    let mut positions: Vec<i64> = channel.receivers.iter().map(|(p, _)| *p).collect();
    positions.push(channel.sender_position_id);
    let mut handovers = 0;
    for position in positions {
        let n: i64 = on_db!(db, |pool| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM position_holders WHERE position_id = $1 AND role = 'holder' AND valid_to IS NOT NULL AND valid_to > $2"
        )
        .bind(position)
        .bind(created.date_naive())
        .fetch_one(pool)
        .await
        })?;
        handovers += n;
    }
    let mut hours: Vec<f64> =
        rows.iter().filter_map(|(c, a, _)| a.map(|a| (a - *c).num_minutes() as f64 / 60.0)).collect();
    hours.sort_by(f64::total_cmp);
    let on_time = rows.iter().filter(|(c, a, _)| a.is_some_and(|a| (a - *c).num_hours() < channel.ack_hours)).count();
    Ok(StatsRow {
        name: channel.name.clone(),
        country: channel.country.clone(),
        sent: rows.len(),
        on_time: if rows.is_empty() { "—".into() } else { format!("{}%", on_time * 100 / rows.len()) },
        median_hours: if hours.is_empty() { "—".into() } else { format!("{:.1}", hours[hours.len() / 2]) },
        escalated: rows.iter().filter(|(_, _, e)| *e > 0).count(),
        handovers,
    })
}

async fn page(
    ctx: &PageCtx,
    state: &AppState,
    country: String,
    form: Vec<(String, String)>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let all = countries(&state.db).await?;
    let in_scope = |path: &[i64]| {
        can(&ctx.actor, Action::ViewSharingStats, &Resource::Place { path }).allowed()
            || can(&ctx.actor, Action::ManageChannels, &Resource::Place { path }).allowed()
    };
    let visible: Vec<i64> = all.iter().filter(|(_, _, _, path)| in_scope(path)).map(|(id, ..)| *id).collect();
    if visible.is_empty() {
        return Err(ctx
            .require(Action::ViewSharingStats, &Resource::Place { path: &[] })
            .err()
            .unwrap_or_else(|| ctx.not_found()));
    }
    let manageable: Vec<(String, String)> = all
        .iter()
        .filter(|(_, _, _, path)| can(&ctx.actor, Action::ManageChannels, &Resource::Place { path }).allowed())
        .map(|(_, code, name, _)| (code.clone(), name.clone()))
        .collect();
    let channels: Vec<Channel> =
        store::channels(&state.db).await?.into_iter().filter(|c| visible.contains(&c.country_id)).collect();
    let mut stats = Vec::new();
    let mut meta = Vec::new();
    for channel in &channels {
        stats.push(stats_for(&state.db, channel).await?);
        let path = all.iter().find(|(id, ..)| *id == channel.country_id).map(|(.., p)| p.clone()).unwrap_or_default();
        if can(&ctx.actor, Action::ViewNoticeMeta, &Resource::Place { path: &path }).allowed() {
            for (_, kind, tlp, notice_state, sent, acknowledged, escalation) in
                store::notice_meta(&state.db, channel.id).await?
            {
                meta.push(MetaRow {
                    channel: channel.name.clone(),
                    kind: tr.t(&format!("notice-kind-{kind}")),
                    tlp,
                    state: tr.t(&format!("notice-state-{notice_state}")),
                    sent: sent.format("%Y-%m-%d %H:%M").to_string(),
                    acknowledged: acknowledged.map(|a| a.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
                    escalation,
                });
            }
        }
    }
    let chosen_country =
        all.iter().find(|(_, code, ..)| *code == country && manageable.iter().any(|(c, _)| *c == country));
    let positions = match chosen_country {
        Some((id, ..)) => positions_in(&state.db, *id).await?,
        None => Vec::new(),
    };
    let page = ChannelsPage {
        shell: ctx.shell(tr.t("channels-title")),
        channels,
        stats,
        meta,
        countries: manageable,
        country: chosen_country.map(|(_, code, ..)| code.clone()).unwrap_or_default(),
        positions,
        kinds: Kind::ALL.iter().map(|k| (k.key(), tr.t(&format!("notice-kind-{}", k.key())))).collect(),
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
    page(&ctx, &state, q.country, Vec::new(), FieldErrors::default()).await
}

pub async fn create_channel(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let country_code = field(&form, "country").to_string();
    let all = countries(&state.db).await?;
    let Some((country_id, _, _, path)) = all.iter().find(|(_, code, ..)| *code == country_code) else {
        return Err(ctx.error(StatusCode::BAD_REQUEST, "error-bad-request-title", "channel-country-unknown"));
    };
    ctx.require(Action::ManageChannels, &Resource::Place { path })?;
    let positions = positions_in(&state.db, *country_id).await?;
    let known = |id: i64| positions.iter().any(|(p, _)| *p == id);
    let mut errors = FieldErrors::default();
    let name = field(&form, "name");
    if name.is_empty() || name.chars().count() > 200 {
        errors.add("name", tr.t("notice-field-required"));
    }
    let sender = field(&form, "sender").parse::<i64>().ok().filter(|p| known(*p));
    if sender.is_none() {
        errors.add("sender", tr.t("channel-position-required"));
    }
    let supervisor = match field(&form, "supervisor") {
        "" => None,
        text => match text.parse::<i64>().ok().filter(|p| known(*p)) {
            Some(p) => Some(p),
            None => {
                errors.add("supervisor", tr.t("channel-position-required"));
                None
            }
        },
    };
    let receivers: Vec<i64> =
        form.iter().filter(|(k, _)| k == "receivers").filter_map(|(_, v)| v.parse().ok()).collect();
    if receivers.is_empty() || receivers.iter().any(|r| !known(*r) || Some(*r) == sender) {
        errors.add("receivers", tr.t("channel-receivers-required"));
    }
    let kinds: Vec<&str> = form
        .iter()
        .filter(|(k, _)| k == "kinds")
        .map(|(_, v)| v.as_str())
        .filter(|k| Kind::from_key(k).is_some())
        .collect();
    if kinds.is_empty() {
        errors.add("kinds", tr.t("channel-kinds-required"));
    }
    let basis = field(&form, "legal_basis");
    if basis.is_empty() {
        errors.add("legal_basis", tr.t("notice-field-required"));
    }
    let reference = field(&form, "legal_reference");
    let parse_date = |name: &'static str, errors: &mut FieldErrors| -> Option<NaiveDate> {
        let text = field(&form, name);
        if text.is_empty() {
            return None;
        }
        text.parse().map_err(|_| errors.add(name, tr.t("notice-date-invalid"))).ok()
    };
    let legal_date = parse_date("legal_date", &mut errors);
    let review_date = parse_date("review_date", &mut errors);
    let ack_hours = match field(&form, "ack_hours").parse::<i64>() {
        Ok(h) if (1..=720).contains(&h) => h,
        _ => {
            errors.add("ack_hours", tr.t("channel-hours-range"));
            0
        }
    };
    if !errors.is_empty() {
        return page(&ctx, &state, country_code, form, errors).await;
    }
    let now = Utc::now();
    let kinds_text = kinds.join(",");
    let mut tx = state.db.begin().await?;
    let id = store::create_channel(
        &mut tx,
        &NewChannel {
            country_id: *country_id,
            name,
            sender_position_id: sender.unwrap_or_default(),
            supervisor_position_id: supervisor,
            legal_basis: basis,
            legal_reference: reference,
            legal_date,
            review_date,
            kinds: &kinds_text,
            ack_hours,
            receivers: &receivers,
        },
        now,
    )
    .await?;
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "channel.create",
            object_type: "channel",
            object_id: id.to_string(),
            place_id: Some(*country_id),
            summary: format!("channel \"{name}\" with {} receiving positions, kinds {kinds_text}", receivers.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect("/sharing/channels", "flash-channel-created"))
}
