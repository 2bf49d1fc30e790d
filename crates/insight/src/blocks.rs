//! The dashboard's blocks for one area and one reader: capacity and needs,
//! support delivered, prevention structures, programmes, and resilience
//! studies. Municipal figures follow the municipalities' own choices: a
//! figure resting on fewer than k municipalities is withheld, with the
//! reason in words, unless the reader may see every one of them by name.

use std::collections::BTreeMap;

use chrono::{Duration, Utc};
use platform::i18n::Tr;
use platform::money::Eur;
use platform::policy::{can, Action, Audience, Resource};
use platform::web::{AppError, AppState, PageCtx};

use crate::scope::Area;
use crate::store;
use crate::table::{Chart, Figure, Table};

/// A municipality the reader may see by name, as it chose.
pub struct Named {
    pub name: String,
    pub link: String,
    pub lacks: bool,
    pub first_need: String,
    pub audience: Audience,
}

pub struct Dashboard {
    pub area: Area,
    pub tables: Vec<Table>,
    pub named: Vec<Named>,
    /// The threshold for this reader (None for the hub, which sees all).
    pub k: Option<usize>,
}

fn count(tr: Tr, n: usize) -> Figure {
    Figure::number(n as f64, tr.num(n as i64))
}

fn share(tr: Tr, part: usize, whole: usize) -> Figure {
    let value = (part * 100 + whole / 2).checked_div(whole).unwrap_or(0);
    Figure::number(value as f64, format!("{} %", tr.num(value as i64)))
}

fn money(tr: Tr, cents: i64) -> Figure {
    let eur = Eur::from_cents(cents).unwrap_or(Eur::ZERO);
    Figure::number(eur.as_euros(), eur.show(tr))
}

pub async fn build(ctx: &PageCtx, state: &AppState, area: Area) -> Result<Dashboard, AppError> {
    let tr = ctx.tr;
    let region = directory::places::region_path(&state.db).await?;
    let hub = can(&ctx.actor, Action::ViewUnsuppressed, &Resource::Place { path: &region }).allowed();
    let k = (!hub).then_some(state.site.suppression_k);
    let rounds = assess::figures::in_area(&state.db, area.id).await?;
    let (capacity, needs, named) = capacity(ctx, &area, &rounds, k, hub);
    let mut tables = vec![capacity];
    tables.extend(needs);
    tables.extend(support(state, tr, &area).await?);
    tables.push(structures(state, tr, &area).await?);
    tables.push(programmes(state, tr, &area).await?);
    tables.push(studies(state, tr, &area).await?);
    Ok(Dashboard { area, tables, named, k })
}

/// Whether the reader may see this municipality's answers by name.
fn visible(ctx: &PageCtx, c: &assess::figures::Contribution) -> bool {
    can(&ctx.actor, Action::ViewAnswers, &Resource::Answers { path: &c.path, audience: c.audience }).allowed()
}

/// Why a figure is withheld, in words.
fn withheld(tr: Tr, answered: usize, k: usize) -> Figure {
    Figure::Hidden(tr.ta("insight-withheld", &[("base", &answered.to_string()), ("k", &k.to_string())]))
}

fn capacity(
    ctx: &PageCtx,
    area: &Area,
    rounds: &[assess::figures::RoundFigures],
    k: Option<usize>,
    hub: bool,
) -> (Table, Option<Table>, Vec<Named>) {
    let tr = ctx.tr;
    // A round's figures are shown when the municipalities the reader may
    // not see by name are enough on their own (see `figures::needed`).
    let hidden = |r: &assess::figures::RoundFigures| {
        let seen = r.contributions.iter().filter(|c| visible(ctx, c)).count();
        k.and_then(|k| assess::figures::needed(k, r.answered(), seen)).filter(|n| r.answered() < *n)
    };
    let capacity = capacity_table(tr, rounds, &hidden);
    let Some(latest) = rounds.iter().rev().find(|r| r.answered() > 0) else {
        return (capacity, None, Vec::new());
    };
    let needs = needs_table(tr, latest, hidden(latest));
    // By name: what each municipality let the reader see. The hub's
    // regional view leaves the list to the answers export.
    let named = if hub && area.level == "region" { Vec::new() } else { named(ctx, area, latest) };
    (capacity, Some(needs), named)
}

fn capacity_table(
    tr: Tr,
    rounds: &[assess::figures::RoundFigures],
    hidden: &dyn Fn(&assess::figures::RoundFigures) -> Option<usize>,
) -> Table {
    let mut rows = Vec::new();
    for r in rounds.iter().filter(|r| r.answered() > 0) {
        let mut row = vec![Figure::Text(r.round.name.clone()), count(tr, r.answered())];
        match hidden(r) {
            Some(k) => {
                let why = withheld(tr, r.answered(), k);
                row.extend([why.clone(), why.clone(), why]);
            }
            None => row.extend([
                share(tr, r.lacking() - r.dont_know(), r.answered()),
                share(tr, r.dont_know(), r.answered()),
                share(tr, r.lacking(), r.answered()),
            ]),
        }
        rows.push(row);
    }
    Table {
        id: "capacity",
        title: tr.t("insight-capacity-title"),
        note: tr.t("assess-headline-definition"),
        columns: vec![
            tr.t("insight-round"),
            tr.t("insight-municipalities-answered"),
            tr.t("insight-lacking-no"),
            tr.t("insight-lacking-dont-know"),
            tr.t("insight-lacking-total"),
        ],
        rows,
        chart: Some(Chart { value: 2, apart: Some(3), max: Some(100.0) }),
    }
}

/// A need's label in the reader's language, or its code.
fn need_label(tr: Tr, latest: &assess::figures::RoundFigures, need: &str) -> String {
    latest.need_labels.get(need).map(|c| c.label(tr)).unwrap_or_else(|| need.to_string())
}

/// The needs municipalities placed first in the latest round.
fn needs_table(tr: Tr, latest: &assess::figures::RoundFigures, hidden: Option<usize>) -> Table {
    let rows: Vec<Vec<Figure>> = latest
        .first_needs()
        .into_iter()
        .map(|(need, n)| {
            let mut row = vec![Figure::Text(need_label(tr, latest, &need))];
            match hidden {
                Some(k) => {
                    let why = withheld(tr, latest.answered(), k);
                    row.extend([why.clone(), why]);
                }
                None => row.extend([count(tr, n), share(tr, n, latest.answered())]),
            }
            row
        })
        .collect();
    Table {
        id: "needs",
        title: tr.t1("insight-needs-title", "round", latest.round.name.clone()),
        note: tr.t("insight-needs-note"),
        columns: vec![tr.t("insight-need"), tr.t("insight-municipalities"), tr.t("insight-share")],
        rows,
        chart: Some(Chart { value: 1, apart: None, max: None }),
    }
}

/// The municipalities of the latest round the reader may see by name.
fn named(ctx: &PageCtx, area: &Area, latest: &assess::figures::RoundFigures) -> Vec<Named> {
    let mut named: Vec<Named> = latest
        .contributions
        .iter()
        .filter(|c| visible(ctx, c))
        .map(|c| {
            let (code, name, _) = area.names.get(&c.place_id).cloned().unwrap_or_default();
            Named {
                name,
                link: format!("/assess/rounds/{}/places/{code}", latest.round.id),
                lacks: c.lacks,
                first_need: c.first_need.as_deref().map(|need| need_label(ctx.tr, latest, need)).unwrap_or_default(),
                audience: c.audience,
            }
        })
        .collect();
    named.sort_by(|a, b| a.name.cmp(&b.name));
    named
}

/// Rows per part of the area (countries of a region, entities of a
/// country), in the order of `area.parts`, then the area itself.
fn by_part<T: Default>(
    area: &Area,
    values: impl IntoIterator<Item = (i64, T)>,
    add: impl Fn(&mut T, T),
) -> Vec<((String, String), T)> {
    let mut grouped: BTreeMap<(String, String), T> = BTreeMap::new();
    for (place, value) in values {
        let Some(part) = area.part_of.get(&place) else { continue };
        add(grouped.entry(part.clone()).or_default(), value);
    }
    let mut out: Vec<((String, String), T)> = Vec::new();
    for part in &area.parts {
        if let Some(v) = grouped.remove(part) {
            out.push((part.clone(), v));
        }
    }
    out.extend(grouped);
    out
}

async fn support(state: &AppState, tr: Tr, area: &Area) -> Result<Vec<Table>, AppError> {
    let (requests, assignments, grants) =
        tokio::try_join!(store::requests(&state.db), store::assignments(&state.db), store::grants(&state.db))?;
    Ok(vec![helpdesk_table(tr, area, &requests), experts_table(tr, area, &assignments), fund_table(tr, area, &grants)])
}

/// Requests by topic, with the median time to the hub's first answer.
fn helpdesk_table(tr: Tr, area: &Area, requests: &[store::RequestRow]) -> Table {
    let mut topics: BTreeMap<String, (usize, Vec<f64>)> = BTreeMap::new();
    for r in requests.iter().filter(|r| area.places.contains(&r.place_id)) {
        let entry = topics.entry(r.topic.clone()).or_default();
        entry.0 += 1;
        if let Some(answered) = r.first_answer {
            entry.1.push((answered - r.created_at).num_minutes() as f64 / (60.0 * 24.0));
        }
    }
    let rows = topics
        .into_iter()
        .map(|(topic, (n, mut days))| {
            days.sort_by(f64::total_cmp);
            let median = days.get(days.len() / 2).copied();
            vec![
                Figure::Text(support::helpdesk::Topic::parse(&topic).map(|t| tr.t(t.message_id())).unwrap_or(topic)),
                count(tr, n),
                count(tr, days.len()),
                match median {
                    Some(d) => {
                        Figure::number((d * 10.0).round() / 10.0, format!("{:.1}", d).replace('.', decimal_mark(tr)))
                    }
                    None => Figure::Text("—".into()),
                },
            ]
        })
        .collect();
    Table {
        id: "helpdesk",
        title: tr.t("insight-helpdesk-title"),
        note: tr.t("insight-helpdesk-note"),
        columns: vec![
            tr.t("insight-topic"),
            tr.t("insight-requests"),
            tr.t("insight-answered"),
            tr.t("insight-median-days"),
        ],
        rows,
        chart: Some(Chart { value: 1, apart: None, max: None }),
    }
}

fn experts_table(tr: Tr, area: &Area, assignments: &[store::AssignmentRow]) -> Table {
    let rows = by_part(
        area,
        assignments.iter().filter_map(|a| {
            a.place_id.map(|p| (p, (1usize, usize::from(a.state == support::experts::AssignmentState::Delivered))))
        }),
        |t: &mut (usize, usize), v| {
            t.0 += v.0;
            t.1 += v.1;
        },
    )
    .into_iter()
    .map(|((_, name), (n, delivered))| vec![Figure::Text(name), count(tr, n), count(tr, delivered)])
    .collect();
    Table {
        id: "experts",
        title: tr.t("insight-experts-title"),
        note: String::new(),
        columns: vec![tr.t("insight-area"), tr.t("insight-assignments"), tr.t("insight-delivered")],
        rows,
        chart: Some(Chart { value: 1, apart: None, max: None }),
    }
}

/// Grants made in a part of the area: how many, committed and paid.
#[derive(Default)]
struct GrantTotals {
    grants: usize,
    committed: i64,
    paid: i64,
}

fn fund_table(tr: Tr, area: &Area, grants: &[store::GrantRow]) -> Table {
    let rows = by_part(
        area,
        grants
            .iter()
            .filter(|g| g.state.commits())
            .map(|g| (g.place_id, GrantTotals { grants: 1, committed: g.amount_cents, paid: g.paid_cents })),
        |t: &mut GrantTotals, v| {
            t.grants += v.grants;
            t.committed += v.committed;
            t.paid += v.paid;
        },
    )
    .into_iter()
    .map(|((_, name), t)| vec![Figure::Text(name), count(tr, t.grants), money(tr, t.committed), money(tr, t.paid)])
    .collect();
    Table {
        id: "fund",
        title: tr.t("insight-fund-title"),
        note: tr.t("insight-fund-note"),
        columns: vec![
            tr.t("insight-area"),
            tr.t("insight-grants"),
            tr.t("insight-committed"),
            tr.t("insight-disbursed"),
        ],
        rows,
        chart: Some(Chart { value: 2, apart: None, max: None }),
    }
}

fn decimal_mark(tr: Tr) -> &'static str {
    if tr.code() == "en" {
        "."
    } else {
        ","
    }
}

async fn structures(state: &AppState, tr: Tr, area: &Area) -> Result<Table, AppError> {
    let today = Utc::now().date_naive();
    let (structures, hours) =
        tokio::try_join!(store::structures(&state.db, today), store::hours(&state.db, today - Duration::days(365)))?;
    let values = structures
        .iter()
        .map(|s| (s.place_id, (1usize, s.members as usize, 0.0)))
        .chain(hours.iter().map(|(place, h)| (*place, (0, 0, *h))));
    let rows = by_part(area, values, |t: &mut (usize, usize, f64), v| {
        t.0 += v.0;
        t.1 += v.1;
        t.2 += v.2;
    })
    .into_iter()
    .map(|((_, name), (n, members, hours))| {
        vec![
            Figure::Text(name),
            count(tr, n),
            count(tr, members),
            Figure::number(hours.round(), tr.num(hours.round() as i64)),
        ]
    })
    .collect();
    Ok(Table {
        id: "structures",
        title: tr.t("insight-structures-title"),
        note: tr.t("insight-structures-note"),
        columns: vec![tr.t("insight-area"), tr.t("insight-structures"), tr.t("insight-members"), tr.t("insight-hours")],
        rows,
        chart: Some(Chart { value: 1, apart: None, max: None }),
    })
}

async fn programmes(state: &AppState, tr: Tr, area: &Area) -> Result<Table, AppError> {
    let today = Utc::now().date_naive();
    let codes: Vec<&str> = area.members.iter().filter_map(|m| area.names.get(m).map(|n| n.0.as_str())).collect();
    let rows = knowledge::programmes::all(&state.db)
        .await?
        .into_iter()
        .filter(|p| p.starts_on <= today && p.ends_on >= today)
        .filter_map(|p| {
            let reached = codes.iter().filter(|c| p.applies_to(c)).count();
            (reached > 0).then(|| {
                vec![
                    Figure::Text(p.title.clone()),
                    Figure::Text(p.owner.clone()),
                    Figure::Text(tr.date(&p.ends_on)),
                    count(tr, reached),
                ]
            })
        })
        .collect();
    Ok(Table {
        id: "programmes",
        title: tr.t("insight-programmes-title"),
        note: tr.t("insight-programmes-note"),
        columns: vec![
            tr.t("insight-programme"),
            tr.t("insight-owner"),
            tr.t("insight-ends"),
            tr.t("insight-municipalities-reached"),
        ],
        rows,
        chart: Some(Chart { value: 3, apart: None, max: None }),
    })
}

async fn studies(state: &AppState, tr: Tr, area: &Area) -> Result<Table, AppError> {
    let mut rows = Vec::new();
    for study in resilience::store::all(&state.db).await?.into_iter().filter(|s| area.places.contains(&s.place_id)) {
        let (computed, _) = resilience::view::compute(state, &study).await?;
        let last = computed.waves.len().saturating_sub(1);
        let city = computed
            .indicators
            .iter()
            .find(|i| i.indicator.key == "brave_total")
            .and_then(|i| i.groups.iter().find(|g| g.key.is_empty()))
            .and_then(|g| g.cells.get(last));
        let respondents = computed.respondents.get(last).copied().unwrap_or(0);
        let index = match city.and_then(|c| c.estimate.as_ref().filter(|_| !c.withheld)) {
            Some(e) => Figure::number((e.mean * 10.0).round() / 10.0, resilience::view::decimal(tr, e.mean)),
            None => Figure::Hidden(tr.t1("insight-study-withheld", "k", computed.k as i64)),
        };
        rows.push(vec![
            Figure::Text(study.title.clone()),
            Figure::Text(study.place_name.clone()),
            Figure::Text(computed.waves.last().map(|w| w.name.clone()).unwrap_or_default()),
            count(tr, respondents),
            index,
        ]);
    }
    Ok(Table {
        id: "studies",
        title: tr.t("insight-studies-title"),
        note: tr.t("insight-studies-note"),
        columns: vec![
            tr.t("insight-study"),
            tr.t("insight-city"),
            tr.t("insight-wave"),
            tr.t("insight-respondents"),
            tr.t("insight-brave"),
        ],
        rows,
        chart: Some(Chart { value: 4, apart: None, max: Some(10.0) }),
    })
}
