//! A study's results as the pages, the report and the exports show them:
//! computed once from the stored responses, and formatted for a locale.

use std::collections::BTreeMap;

use chrono::Utc;
use platform::i18n::Tr;
use platform::web::{AppError, AppState, PageCtx};

use crate::indices::{self, Cell, Computed, Group, GroupKind, IndicatorResult, Shares};
use crate::raking::RakeError;
use crate::stats::Difference;
use crate::store::{self, Neighbourhood, Study};
use crate::{charts, instrument};

/// The study and its place chain (for the policy), or 404.
pub async fn study(ctx: &PageCtx, state: &AppState, id: i64) -> Result<(Study, Vec<i64>), AppError> {
    let Some(study) = store::load(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let path = directory::places::path_ids(&state.db, study.place_id, Utc::now().date_naive()).await?;
    Ok((study, path))
}

/// How long reading the responses and computing the indices took, for the
/// `Server-Timing` header (milliseconds).
#[derive(Clone, Copy, Debug, Default)]
pub struct Timing {
    pub load: f64,
    pub compute: f64,
}

impl Timing {
    pub fn header(&self) -> (axum::http::HeaderName, String) {
        (
            axum::http::HeaderName::from_static("server-timing"),
            format!("load;dur={:.1}, compute;dur={:.1}", self.load, self.compute),
        )
    }
}

pub async fn compute(state: &AppState, study: &Study) -> Result<(Computed, Vec<Neighbourhood>), AppError> {
    compute_timed(state, study).await.map(|(c, n, _)| (c, n))
}

pub async fn compute_timed(
    state: &AppState,
    study: &Study,
) -> Result<(Computed, Vec<Neighbourhood>, Timing), AppError> {
    let started = std::time::Instant::now();
    let db = &state.db;
    let waves = store::waves(db, study.id).await?;
    let neighbourhoods = store::neighbourhoods(db, study.place_id, Utc::now().date_naive()).await?;
    let indicators = store::indicators(db, study.id).await?;
    let responses = store::responses(db, study.id).await?;
    let margins = if study.weighting == "raked" {
        let mut all = Vec::new();
        for wave in &waves {
            all.push(store::margins(db, wave.id).await?);
        }
        Some(all)
    } else {
        None
    };
    let loaded = started.elapsed();
    let computed = indices::compute(indices::Inputs {
        k: study.suppression_k.max(2) as usize,
        waves: &waves,
        neighbourhoods: &neighbourhoods,
        indicators,
        responses: &responses,
        margins,
    });
    let timing =
        Timing { load: loaded.as_secs_f64() * 1000.0, compute: (started.elapsed() - loaded).as_secs_f64() * 1000.0 };
    Ok((computed, neighbourhoods, timing))
}

/// A number with one decimal, with the locale's decimal mark.
pub fn decimal(tr: Tr, value: f64) -> String {
    let mut text = format!("{value:.1}");
    if text == "-0.0" {
        text = "0.0".into();
    }
    if tr.code() == "en" {
        text
    } else {
        text.replace('.', ",")
    }
}

pub fn indicator_name(tr: Tr, indicator: &instrument::Indicator) -> String {
    if indicator.builtin {
        tr.t(&indicator.name)
    } else {
        indicator.name.clone()
    }
}

fn cell_text(tr: Tr, cell: &Cell, k: usize) -> String {
    match cell.estimate {
        Some(e) => {
            format!("{} ({}–{}) · n = {}", decimal(tr, e.mean), decimal(tr, e.low), decimal(tr, e.high), tr.num(cell.n))
        }
        None if cell.n == 0 => "—".into(),
        None if cell.withheld => tr.t("resilience-withheld"),
        None => tr.t1("resilience-suppressed", "k", k as i64),
    }
}

fn difference_text(tr: Tr, d: Option<&Difference>) -> (String, bool) {
    match d {
        None => ("—".into(), false),
        Some(d) => {
            let sign = if d.diff > 0.0 { "+" } else { "" };
            let mut text = format!("{sign}{} ({}–{})", decimal(tr, d.diff), decimal(tr, d.low), decimal(tr, d.high));
            if d.significant {
                text.push_str(&format!(" · {}", tr.t("resilience-significant")));
            }
            (text, d.significant)
        }
    }
}

pub struct RowView {
    /// The breakdown's heading, on its first row (neighbourhoods, communities).
    pub heading: Option<String>,
    pub label: String,
    pub class: &'static str,
    pub cells: Vec<String>,
    pub change: String,
    pub change_significant: bool,
    pub versus: String,
    pub versus_significant: bool,
}

pub struct IndicatorView {
    pub key: String,
    pub name: String,
    pub items: Vec<String>,
    pub rows: Vec<RowView>,
    pub map: String,
}

pub struct SharesView {
    pub question: String,
    /// Per option: its label and one text per wave.
    pub rows: Vec<(String, Vec<String>)>,
}

pub struct ResultsView {
    pub waves: Vec<String>,
    pub respondents: Vec<String>,
    pub weighting: Vec<String>,
    pub chart: String,
    pub indicators: Vec<IndicatorView>,
    pub shares: Vec<SharesView>,
    pub k: usize,
}

pub async fn results(
    state: &AppState,
    tr: Tr,
    study: &Study,
    computed: &Computed,
    neighbourhoods: &[Neighbourhood],
) -> Result<ResultsView, AppError> {
    let k = computed.k;
    let shapes = directory::shapes::below(&state.db, study.place_id, chrono::Utc::now().date_naive()).await?;
    let ids: BTreeMap<String, i64> = neighbourhoods.iter().map(|n| (n.code.clone(), n.id)).collect();
    let names: Vec<String> = computed.indicators.iter().map(|r| indicator_name(tr, &r.indicator)).collect();
    let indicators = computed
        .indicators
        .iter()
        .zip(&names)
        .map(|(result, name)| IndicatorView {
            key: result.indicator.key.clone(),
            name: name.clone(),
            items: result
                .indicator
                .items
                .iter()
                .filter_map(|i| instrument::item(i))
                .map(|(_, i)| tr.t(i.message))
                .collect(),
            rows: result.groups.iter().enumerate().map(|(i, g)| row_view(tr, study, result, i, g, k)).collect(),
            map: charts::map(result, name, &shapes, &ids, k, tr),
        })
        .collect();
    Ok(ResultsView {
        waves: computed.waves.iter().map(|w| w.name.clone()).collect(),
        respondents: computed.respondents.iter().map(|n| tr.num(n)).collect(),
        weighting: weighting_texts(tr, computed),
        chart: charts::waves_chart(computed, &names, &tr.t("resilience-chart-label")),
        indicators,
        shares: computed.shares.iter().map(|s| shares_view(tr, s, k)).collect(),
        k,
    })
}

/// One group's row of an indicator's table; the first of a breakdown
/// carries its heading.
fn row_view(tr: Tr, study: &Study, result: &IndicatorResult, i: usize, g: &Group, k: usize) -> RowView {
    let first_of_kind = i > 0 && result.groups[i - 1].kind != g.kind;
    let heading = match g.kind {
        GroupKind::Neighbourhood if first_of_kind => Some(tr.t("resilience-neighbourhoods")),
        GroupKind::Community if first_of_kind => Some(tr.t("resilience-communities")),
        _ => None,
    };
    let (change, change_significant) = difference_text(tr, g.change.as_ref());
    let (versus, versus_significant) = difference_text(tr, g.versus_rest.as_ref());
    let (label, class) = match g.kind {
        GroupKind::City => (study.place_name.clone(), "city"),
        GroupKind::Neighbourhood => (g.label.clone(), "neighbourhood"),
        GroupKind::Community => (g.label.clone(), "community"),
    };
    RowView {
        heading,
        label,
        class,
        cells: g.cells.iter().map(|c| cell_text(tr, c, k)).collect(),
        change,
        change_significant,
        versus,
        versus_significant,
    }
}

/// A choice item's shares per option and wave.
fn shares_view(tr: Tr, s: &Shares, k: usize) -> SharesView {
    SharesView {
        question: instrument::item(s.item).map(|(_, item)| tr.t(item.message)).unwrap_or_default(),
        rows: instrument::TurnTo::ALL
            .iter()
            .enumerate()
            .map(|(o, option)| {
                let per_wave = s
                    .waves
                    .iter()
                    .map(|(n, shares)| match shares {
                        Some(list) => format!("{} %", decimal(tr, list[o].1)),
                        None if *n == 0 => "—".into(),
                        None => tr.t1("resilience-suppressed", "k", k as i64),
                    })
                    .collect();
                (tr.t(option.message_id()), per_wave)
            })
            .collect(),
    }
}

/// How each wave was weighted, or why raking failed.
fn weighting_texts(tr: Tr, computed: &Computed) -> Vec<String> {
    computed
        .weighting_problems
        .iter()
        .zip(&computed.weighted)
        .zip(&computed.waves)
        .map(|((problem, weighted), wave)| match (problem, weighted) {
            (Some(problem), _) => {
                tr.ta("resilience-weighting-failed", &[("wave", &wave.name), ("reason", &rake_message(tr, problem))])
            }
            (None, true) => tr.ta("resilience-weighting-raked", &[("wave", &wave.name)]),
            (None, false) => tr.ta("resilience-weighting-none", &[("wave", &wave.name)]),
        })
        .collect()
}

/// The words of a weighting problem in the user's language.
pub fn rake_message(tr: Tr, error: &RakeError) -> String {
    match error {
        RakeError::NoMargin { dimension, category } => {
            tr.ta("resilience-rake-no-margin", &[("dimension", dimension), ("category", category)])
        }
        RakeError::NoRespondents { dimension, category } => {
            tr.ta("resilience-rake-no-respondents", &[("dimension", dimension), ("category", category)])
        }
        RakeError::TotalsDiffer { dimension, first, .. } => {
            tr.ta("resilience-rake-totals", &[("dimension", dimension), ("first", first)])
        }
        RakeError::NoConvergence { iterations, dimension, category, .. } => tr.ta(
            "resilience-rake-no-convergence",
            &[("rounds", &iterations.to_string()), ("dimension", dimension), ("category", category)],
        ),
    }
}
