//! Results of a round: per question, counts and shares with "don't know"
//! counted, by country and for the region, rolled up along the hierarchy as
//! it stood when the round opened; the workshop's headline indicator; and
//! small numbers suppressed for everyone but the hub.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::instrument::{self, Instrument, DONT_KNOW};
use crate::store::{self, Round};

/// The default threshold: cells counting fewer municipalities are suppressed
/// in public (set `suppression_k` to change it).
pub const K: usize = 5;

/// The questions behind the headline indicator.
pub const HEADLINE: [&str; 3] = ["programmes", "budget", "staff_expertise"];

/// Whether a municipality lacks programmes, resources or expertise, or does
/// not know: any of the three answered "no" or "don't know".
pub fn lacks(answers: &BTreeMap<String, String>) -> bool {
    HEADLINE.iter().any(|q| answers.get(*q).is_some_and(|a| LACKING.contains(&a.as_str())))
}

/// The headline answers that mean a municipality lacks something.
const LACKING: [&str; 2] = ["no", DONT_KNOW];

pub struct Cell {
    pub count: usize,
    pub share: u32,
    pub suppressed: bool,
    /// How many municipalities answered where the cell stands.
    pub base: usize,
    /// How many it would need to be shown.
    pub needed: usize,
}

pub struct ChoiceRow {
    pub name: String,
    pub label: String,
    pub dont_know: bool,
    /// Region first, then each country.
    pub cells: Vec<Cell>,
    /// The region's share in the previous round of the same questionnaire.
    pub previous: Option<u32>,
}

pub struct QuestionResult {
    pub name: String,
    pub label: String,
    pub answered: Vec<usize>,
    pub rows: Vec<ChoiceRow>,
    pub chart: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "results.html")]
struct ResultsPage {
    shell: Shell,
    round: Round,
    columns: Vec<String>,
    invited: i64,
    submitted: i64,
    headline: Vec<Cell>,
    results: Vec<QuestionResult>,
    suppressing: bool,
    k: i64,
    /// The map drawn (country, SVG), and every country that has one.
    map: Option<(String, String)>,
    map_names: Vec<String>,
    own: Option<OwnAnswers>,
    named: Vec<Named>,
}

impl ResultsPage {
    /// Why a cell is hidden, in words: how many answered, how many it needs.
    fn hidden(&self, cell: &Cell) -> String {
        self.shell.tr.ta("assess-hidden-cell", &[("base", &cell.base.to_string()), ("k", &cell.needed.to_string())])
    }
}

/// A count and its share; with `suppress_below` set, hidden when its base is
/// smaller than that.
fn cell(count: usize, total: usize, suppress_below: Option<usize>) -> Cell {
    let share = (count * 100 + total / 2).checked_div(total).unwrap_or(0) as u32;
    Cell {
        count,
        share,
        suppressed: suppress_below.is_some_and(|k| total < k),
        base: total,
        needed: suppress_below.unwrap_or(0),
    }
}

/// A horizontal bar chart of the region's shares; "don't know" is drawn
/// hatched so it never passes for an answer. The table beside it is the
/// text alternative.
fn chart(rows: &[ChoiceRow], label: &str) -> String {
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let height = rows.len() * 24 + 4;
    let mut svg = format!(
        "<svg class=\"bars\" viewBox=\"0 0 560 {height}\" width=\"560\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape(label)
    );
    for (i, row) in rows.iter().enumerate() {
        let Some(region) = row.cells.first() else { continue };
        let y = i * 24 + 2;
        let width = if region.suppressed { 0 } else { region.share * 3 };
        let class = if row.dont_know { "dk" } else { "answer" };
        let name: String = row.label.chars().take(30).collect();
        svg.push_str(&format!("<text class=\"bar-label\" x=\"0\" y=\"{}\">{}</text>", y + 14, escape(&name)));
        svg.push_str(&format!("<rect class=\"{class}\" x=\"210\" y=\"{y}\" width=\"{width}\" height=\"18\"/>"));
        if let Some(previous) = row.previous {
            // The previous round, as a mark across the bar.
            let x = 210 + previous * 3;
            svg.push_str(&format!("<line class=\"previous\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/>", y, y + 18));
        }
        let share = if region.suppressed { "—".to_string() } else { format!("{}%", region.share) };
        svg.push_str(&format!("<text class=\"bar-value\" x=\"{}\" y=\"{}\">{share}</text>", 214 + width, y + 14));
    }
    svg.push_str("</svg>");
    svg
}

/// Counts of one question's values, per column (region, then countries).
type Tally = BTreeMap<String, Vec<usize>>;

fn summarise(
    instrument: &Instrument,
    question: &instrument::Question,
    tally: Option<&Tally>,
    columns: usize,
    suppress: &[Option<usize>],
    tr: Tr,
) -> QuestionResult {
    let empty = Tally::new();
    let tally = tally.unwrap_or(&empty);
    let mut answered = vec![0usize; columns];
    for counts in tally.values() {
        for (c, n) in counts.iter().enumerate() {
            answered[c] += n;
        }
    }
    let mut rows = Vec::new();
    let note = match question.qtype.as_str() {
        "text" | "date" | "time" | "datetime" | "geopoint" | "acknowledge" => {
            tr.n("assess-text-count", answered[0] as i64)
        }
        "integer" | "decimal" | "range" => median_note(tally, suppress.first().copied().flatten(), tr),
        _ => {
            rows = choice_rows(instrument, question, tally, &answered, suppress, tr);
            if question.qtype == "rank" {
                tr.t("assess-rank-note")
            } else {
                String::new()
            }
        }
    };
    let label = question.label(tr);
    QuestionResult {
        chart: if rows.is_empty() { String::new() } else { chart(&rows, &label) },
        name: question.name.clone(),
        label,
        answered,
        rows,
        note,
    }
}

/// The region's median of a number question and its "don't know" count,
/// unless too few answered.
fn median_note(tally: &Tally, region_suppress: Option<usize>, tr: Tr) -> String {
    let mut numbers: Vec<(f64, usize)> =
        tally.iter().filter_map(|(v, c)| v.replace(',', ".").parse::<f64>().ok().map(|n| (n, c[0]))).collect();
    numbers.sort_by(|a, b| a.0.total_cmp(&b.0));
    let count: usize = numbers.iter().map(|(_, c)| c).sum();
    let dk = tally.get(DONT_KNOW).map(|c| c[0]).unwrap_or(0);
    let mut seen = 0;
    let median = numbers.iter().find(|(_, c)| {
        seen += c;
        seen * 2 > count
    });
    if region_suppress.is_none_or(|k| count >= k) {
        tr.ta(
            "assess-median",
            &[("median", &median.map(|(m, _)| format!("{m:.0}")).unwrap_or_default()), ("dk", &dk.to_string())],
        )
    } else {
        tr.t1("assess-suppressed", "k", region_suppress.unwrap_or(K) as i64)
    }
}

/// One row per choice of a choice question, counted in every column.
fn choice_rows(
    instrument: &Instrument,
    question: &instrument::Question,
    tally: &Tally,
    answered: &[usize],
    suppress: &[Option<usize>],
    tr: Tr,
) -> Vec<ChoiceRow> {
    let columns = answered.len();
    let mut rows = Vec::new();
    for choice in instrument.choices(&question.list_name) {
        let mut counts = vec![0usize; columns];
        for (value, per_column) in tally {
            let chosen = match question.qtype.as_str() {
                // A rank counts the need placed first.
                "rank" => value.split(',').next() == Some(choice.name.as_str()),
                _ => value.split(',').any(|x| x == choice.name),
            };
            if chosen {
                for (c, n) in per_column.iter().enumerate() {
                    counts[c] += n;
                }
            }
        }
        rows.push(ChoiceRow {
            name: choice.name.clone(),
            previous: None,
            label: choice.label(tr),
            dont_know: choice.name == DONT_KNOW,
            cells: counts
                .iter()
                .zip(answered)
                .enumerate()
                .map(|(c, (n, total))| cell(*n, *total, suppress.get(c).copied().flatten()))
                .collect(),
        });
    }
    rows
}

/// Everything a results view or export shows.
pub struct Computed {
    pub round: Round,
    pub columns: Vec<String>,
    pub invited: i64,
    pub submitted: i64,
    pub headline: Vec<Cell>,
    pub results: Vec<QuestionResult>,
    /// The threshold applied where the reader may not see every
    /// municipality by name (None: nothing is suppressed for this reader).
    pub suppress: Option<usize>,
    /// Per country, a map of the headline indicator (SVG).
    pub maps: Vec<(String, String)>,
    /// The reader's own municipality's answers, shown beside the others.
    pub own: Option<OwnAnswers>,
    /// Municipalities whose answers the reader may see by name (for readers
    /// other than the hub, which has the full export).
    pub named: Vec<Named>,
}

/// A municipality's own answers, for its own people.
pub struct OwnAnswers {
    pub name: String,
    pub link: String,
    pub lacks: Option<bool>,
    /// Question name → its answer's codes.
    pub answers: BTreeMap<String, Vec<String>>,
}

impl OwnAnswers {
    pub fn chose(&self, question: &str, choice: &str) -> bool {
        self.answers.get(question).is_some_and(|a| a.iter().any(|c| c == choice))
    }

    pub fn answered(&self, question: &str) -> bool {
        self.answers.contains_key(question)
    }
}

/// A municipality shown by name, as its audience choice allows.
pub struct Named {
    pub name: String,
    pub link: String,
    pub lacks: bool,
    pub audience: platform::policy::Audience,
}

fn bucket(share: u32) -> &'static str {
    match share {
        0..=19 => "q0",
        20..=39 => "q1",
        40..=59 => "q2",
        60..=79 => "q3",
        _ => "q4",
    }
}

/// The headline indicator on maps: shapes from imported boundaries, each
/// filled by the share of lacking municipalities at or below it; a tile grid
/// of municipalities where a country has no boundaries (for the hub only,
/// since a tile is one municipality).
fn headline_maps(
    shapes: &BTreeMap<i64, Vec<directory::shapes::Polygon>>,
    view: &crate::place_view::PlaceView,
    per_place: &BTreeMap<i64, bool>,
    countries: &BTreeMap<i64, (i64, String)>,
    suppress: Option<usize>,
    tr: Tr,
) -> Vec<(String, String)> {
    let (parents, places) = (&view.parents, &view.places);
    let name_of = |place: &i64| places.get(place).map(|(name, _)| name.clone()).unwrap_or_default();
    let mut tallies: BTreeMap<i64, (usize, usize)> = BTreeMap::new();
    for (place, lacking) in per_place {
        let mut node = Some(*place);
        for _ in 0..16 {
            let Some(current) = node else { break };
            if shapes.contains_key(&current) {
                let t = tallies.entry(current).or_default();
                t.0 += usize::from(*lacking);
                t.1 += 1;
            }
            node = parents.get(&current).copied();
        }
    }
    let mut by_country: BTreeMap<String, Vec<directory::shapes::Drawn<'_>>> = BTreeMap::new();
    for (place, polygons) in shapes {
        let Some((_, country)) = countries.get(place) else { continue };
        let name = name_of(place);
        let (class, title) = match tallies.get(place) {
            None => ("nodata".to_string(), format!("{name}: {}", tr.t("assess-map-no-data"))),
            Some((_, total)) if suppress.is_some_and(|k| *total < k) => (
                "none".to_string(),
                format!("{name}: {}", tr.t1("assess-suppressed", "k", suppress.unwrap_or(K) as i64)),
            ),
            Some((lacking, total)) => {
                let share = (lacking * 100 + total / 2).checked_div(*total).unwrap_or(0) as u32;
                (bucket(share).to_string(), format!("{name}: {share}% ({lacking}/{total})"))
            }
        };
        by_country.entry(country.clone()).or_default().push((polygons, class, title));
    }
    let mut maps: Vec<(String, String)> = by_country
        .into_iter()
        .map(|(country, shapes)| {
            let svg = directory::shapes::svg(&shapes, &country);
            (country, svg)
        })
        .collect();
    if suppress.is_none() {
        // Tile grids for countries without boundaries.
        let mut tiles: BTreeMap<String, Vec<(String, bool)>> = BTreeMap::new();
        for (place, lacking) in per_place {
            let Some((_, country)) = countries.get(place) else { continue };
            if maps.iter().any(|(c, _)| c == country) {
                continue;
            }
            tiles.entry(country.clone()).or_default().push((name_of(place), *lacking));
        }
        for (country, mut cells) in tiles {
            cells.sort();
            let columns = 8;
            let rows = cells.len().div_ceil(columns);
            let mut svg = format!(
                "<svg class=\"map tiles\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{country}\">",
                columns * 44,
                rows * 44
            );
            for (i, (name, lacking)) in cells.iter().enumerate() {
                let (x, y) = ((i % columns) * 44, (i / columns) * 44);
                let class = if *lacking { "q4" } else { "q0" };
                let word = if *lacking { tr.t("assess-map-lacks") } else { tr.t("assess-map-has") };
                let name = name.replace('&', "&amp;").replace('<', "&lt;");
                svg.push_str(&format!("<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"40\" height=\"40\"><title>{name}: {word}</title></rect>"));
            }
            svg.push_str("</svg>");
            maps.push((country, svg));
        }
    }
    maps
}

/// Region-level tallies of a round, for comparing with another.
async fn region_shares(
    state: &AppState,
    round: Option<&Round>,
) -> Result<Option<BTreeMap<(String, String), u32>>, sqlx::Error> {
    let Some(round) = round else { return Ok(None) };
    let grouped = store::region_counts(&state.db, round.id).await?;
    let mut per_question: BTreeMap<String, Vec<(String, usize)>> = BTreeMap::new();
    for (question, value, count) in grouped {
        per_question.entry(question).or_default().push((value, count as usize));
    }
    let mut out = BTreeMap::new();
    for (question, values) in per_question {
        let total: usize = values.iter().map(|(_, c)| c).sum();
        let mut by_choice: BTreeMap<String, usize> = BTreeMap::new();
        for (value, count) in values {
            for choice in value.split(',') {
                *by_choice.entry(choice.to_string()).or_default() += count;
            }
        }
        for (choice, count) in by_choice {
            out.insert((question.clone(), choice), (count * 100 + total / 2).checked_div(total).unwrap_or(0) as u32);
        }
    }
    Ok(Some(out))
}

pub async fn compute(ctx: &PageCtx, state: &AppState, id: i64) -> Result<Computed, AppError> {
    compute_for(&ctx.actor, ctx.tr, state, id).await?.ok_or_else(|| ctx.not_found())
}

/// A round's results as `actor` may see them, names in `tr`'s language; None
/// when there is no such round.
pub async fn compute_for(
    actor: &platform::auth::Actor,
    tr: Tr,
    state: &AppState,
    id: i64,
) -> Result<Option<Computed>, AppError> {
    let Some(round) = store::round(&state.db, id).await? else {
        return Ok(None);
    };
    let Some(instrument) = instrument::load(&state.db, round.instrument_id).await? else {
        return Ok(None);
    };
    let roots = directory::places::roots(&state.db).await?;
    let region_path: Vec<i64> = roots.first().map(|r| vec![r.id]).unwrap_or_default();
    let hub = can(actor, Action::ViewUnsuppressed, &Resource::Place { path: &region_path }).allowed();
    let suppress = (!hub).then_some(state.site.suppression_k);
    let previous = previous_round(state, &round).await?;
    // Independent reads run side by side, each on its own connection.
    let (grouped, per_place, (invited, submitted), previous_shares, (shapes, view), chosen) = tokio::try_join!(
        store::grouped_answers(&state.db, id, round.opened_on),
        store::headline_lacking(&state.db, id),
        store::response_rate(&state.db, id),
        region_shares(state, previous.as_ref()),
        async {
            tokio::try_join!(
                directory::shapes::on(&state.db, round.opened_on),
                crate::place_view::on(state, round.opened_on)
            )
        },
        crate::audiences::for_round(&state.db, id),
    )?;
    let areas = Areas::of(&view, &grouped, &per_place);
    let tallies = tallies(grouped, &areas);
    let entries = Entries::of(actor, &areas, &per_place, &chosen);
    let column_suppress = entries.column_suppression(suppress, areas.columns());
    let mut results: Vec<QuestionResult> = instrument
        .questions
        .iter()
        // A repeat's answers are lists, one value per entry: they are read
        // entry by entry in the answers, not tallied per municipality.
        .filter(|q| q.asks() && !instrument.repeat_members.contains_key(&q.name))
        .map(|q| summarise(&instrument, q, tallies.get(&q.name), areas.columns(), &column_suppress, tr))
        .collect();
    if let Some(shares) = previous_shares {
        mark_previous(&mut results, &shares, suppress);
    }
    let mut column_labels = vec![roots.first().map(|r| r.name.clone()).unwrap_or_default()];
    column_labels.extend(areas.list.iter().map(|a| areas.name(a)));
    let countries = store::countries_of(&view.parents, &view.places);
    let maps = headline_maps(&shapes, &view, &per_place, &countries, suppress, tr);
    let named = if hub { Vec::new() } else { entries.named(&areas, &chosen, id) };
    let own = own_answers(actor, state, &round, &instrument).await?;
    Ok(Some(Computed {
        maps,
        round,
        columns: column_labels,
        invited,
        submitted,
        headline: entries.headline(areas.columns(), &column_suppress),
        results,
        suppress,
        own,
        named,
    }))
}

/// Round over round: the previous round of the same questionnaire.
async fn previous_round(state: &AppState, round: &Round) -> Result<Option<Round>, sqlx::Error> {
    Ok(store::rounds(&state.db)
        .await?
        .into_iter()
        .filter(|r| r.instrument_id == round.instrument_id && r.opened_on < round.opened_on)
        .max_by_key(|r| r.opened_on))
}

/// The columns of a round's results: the region, then each country followed
/// by its entities (the Federation, Republika Srpska), found by walking up
/// the hierarchy as it stood when the round opened.
struct Areas<'a> {
    view: &'a crate::place_view::PlaceView,
    /// The countries and entities, in column order (the region is column 0).
    list: Vec<i64>,
}

impl<'a> Areas<'a> {
    fn of(
        view: &'a crate::place_view::PlaceView,
        grouped: &[store::GroupedCount],
        per_place: &BTreeMap<i64, bool>,
    ) -> Areas<'a> {
        let mut areas = Areas { view, list: Vec::new() };
        let mut list: Vec<i64> = grouped.iter().filter_map(|g| g.parent).flat_map(|p| areas.above(p)).collect();
        list.extend(per_place.keys().flat_map(|place| areas.above(*place)));
        list.sort();
        list.dedup();
        let country_name = |id: &i64| areas.above(*id).last().map(|c| areas.name(c)).unwrap_or_default();
        list.sort_by_cached_key(|a| {
            (country_name(a), areas.view.places.get(a).is_some_and(|(_, l)| l == "entity"), areas.name(a))
        });
        areas.list = list;
        areas
    }

    /// The countries and entities at or above `start`, nearest first.
    fn above(&self, start: i64) -> Vec<i64> {
        let mut out = Vec::new();
        let mut node = Some(start);
        for _ in 0..16 {
            let Some(current) = node else { break };
            if self.view.places.get(&current).is_some_and(|(_, level)| level == "country" || level == "entity") {
                out.push(current);
            }
            node = self.view.parents.get(&current).copied();
        }
        out
    }

    fn name(&self, id: &i64) -> String {
        self.view.places.get(id).map(|(n, _)| n.clone()).unwrap_or_default()
    }

    /// How many columns: the region and each area.
    fn columns(&self) -> usize {
        self.list.len() + 1
    }

    /// The columns a place (or a parent) counts in: the region's, and its areas'.
    fn columns_of(&self, start: Option<i64>) -> Vec<usize> {
        let mut cols = vec![0];
        if let Some(start) = start {
            cols.extend(self.above(start).iter().filter_map(|a| self.list.iter().position(|x| x == a)).map(|i| i + 1));
        }
        cols
    }
}

/// Each question's counts per value and column.
fn tallies(grouped: Vec<store::GroupedCount>, areas: &Areas<'_>) -> BTreeMap<String, Tally> {
    let columns = areas.columns();
    // Each parent's columns, worked out once rather than for every row.
    let mut memo: BTreeMap<Option<i64>, Vec<usize>> = BTreeMap::new();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    for g in grouped {
        let cols = memo.entry(g.parent).or_insert_with(|| areas.columns_of(g.parent));
        let counts = tallies.entry(g.question).or_default().entry(g.value).or_insert_with(|| vec![0; columns]);
        for c in cols.iter() {
            counts[*c] += g.count as usize;
        }
    }
    tallies
}

/// The municipalities that submitted: whether each lacks something, the
/// columns it counts in, and whether the reader may see it by name.
struct Entries<'a> {
    per_place: &'a BTreeMap<i64, bool>,
    columns: BTreeMap<i64, Vec<usize>>,
    visible: BTreeMap<i64, bool>,
}

impl<'a> Entries<'a> {
    /// Which municipalities the reader may see by name, as each chose.
    fn of(
        actor: &platform::auth::Actor,
        areas: &Areas<'_>,
        per_place: &'a BTreeMap<i64, bool>,
        chosen: &BTreeMap<i64, platform::policy::Audience>,
    ) -> Entries<'a> {
        let columns = per_place.keys().map(|place| (*place, areas.columns_of(Some(*place)))).collect();
        let visible = per_place
            .keys()
            .map(|place| {
                let audience = chosen.get(place).copied().unwrap_or(platform::policy::Audience::Hub);
                let path = crate::figures::path_of(*place, &areas.view.parents);
                (*place, can(actor, Action::ViewAnswers, &Resource::Answers { path: &path, audience }).allowed())
            })
            .collect();
        Entries { per_place, columns, visible }
    }

    /// Each column's threshold: a column all of whose municipalities the
    /// reader may see is not suppressed for them (a national coordinator
    /// whose municipalities all share sees the country's figures).
    fn column_suppression(&self, suppress: Option<usize>, columns: usize) -> Vec<Option<usize>> {
        (0..columns)
            .map(|c| {
                let here: Vec<&i64> = self.per_place.keys().filter(|p| self.columns[*p].contains(&c)).collect();
                let seen = here.iter().filter(|p| self.visible[**p]).count();
                suppress.and_then(|k| crate::figures::needed(k, here.len(), seen))
            })
            .collect()
    }

    /// The headline indicator per column.
    fn headline(&self, columns: usize, column_suppress: &[Option<usize>]) -> Vec<Cell> {
        let mut lacking = vec![0usize; columns];
        let mut totals = vec![0usize; columns];
        for (place, lacks_it) in self.per_place {
            for c in &self.columns[place] {
                totals[*c] += 1;
                lacking[*c] += usize::from(*lacks_it);
            }
        }
        lacking
            .iter()
            .zip(&totals)
            .enumerate()
            .map(|(c, (n, t))| cell(*n, *t, column_suppress.get(c).copied().flatten()))
            .collect()
    }

    /// The municipalities the reader may see by name, by name.
    fn named(
        &self,
        areas: &Areas<'_>,
        chosen: &BTreeMap<i64, platform::policy::Audience>,
        round_id: i64,
    ) -> Vec<Named> {
        let mut named: Vec<Named> = self
            .per_place
            .iter()
            .filter(|(place, _)| self.visible[*place])
            .map(|(place, lacks_it)| {
                let code = areas.view.codes.get(place).cloned().unwrap_or_default();
                Named {
                    name: areas.name(place),
                    link: format!("/assess/rounds/{round_id}/places/{code}"),
                    lacks: *lacks_it,
                    audience: chosen.get(place).copied().unwrap_or(platform::policy::Audience::Hub),
                }
            })
            .collect();
        named.sort_by(|a, b| a.name.cmp(&b.name));
        named
    }
}

/// Marks each answer's regional share in the previous round, where the
/// reader may see this round's, and redraws the charts with the marks.
fn mark_previous(results: &mut [QuestionResult], shares: &BTreeMap<(String, String), u32>, suppress: Option<usize>) {
    for result in results {
        for row in &mut result.rows {
            if suppress.is_none() || !row.cells.first().is_some_and(|c| c.suppressed) {
                row.previous = shares.get(&(result.name.clone(), row.name.clone())).copied();
            }
        }
        if !result.rows.is_empty() {
            result.chart = chart(&result.rows, &result.label);
        }
    }
}

/// The reader's own municipality's answers to the round, if the reader
/// works for one that took part.
async fn own_answers(
    actor: &platform::auth::Actor,
    state: &AppState,
    round: &Round,
    instrument: &Instrument,
) -> Result<Option<OwnAnswers>, AppError> {
    let Some(account) = actor.account() else { return Ok(None) };
    let own_roles = [platform::policy::Role::FocalPoint, platform::policy::Role::MunicipalStaff];
    let codes = directory::places::codes(&state.db).await?;
    for place_id in account.grants.iter().filter(|g| own_roles.contains(&g.role)).filter_map(|g| g.place_id) {
        let Some(entry) = store::entry(&state.db, round.id, place_id).await? else { continue };
        let Some(code) = codes.get(&place_id) else { continue };
        let name = directory::places::find(&state.db, code).await?.map(|p| p.name).unwrap_or_default();
        let answers = entry
            .answers
            .iter()
            .filter_map(|(question, value)| {
                instrument.question(question).map(|q| {
                    let codes: Vec<String> = match q.qtype.as_str() {
                        // A rank counts the need placed first, as the results do.
                        "rank" => value.split(',').take(1).map(String::from).collect(),
                        _ => value.split(',').map(String::from).collect(),
                    };
                    (q.name.clone(), codes)
                })
            })
            .collect::<BTreeMap<String, Vec<String>>>();
        let complete = HEADLINE.iter().all(|q| entry.answers.contains_key(*q));
        return Ok(Some(OwnAnswers {
            name,
            link: format!("/assess/rounds/{}/places/{code}", round.id),
            lacks: complete.then(|| lacks(&entry.answers)),
            answers,
        }));
    }
    Ok(None)
}

#[derive(serde::Deserialize, Default)]
pub struct MapQuery {
    /// The country whose map is drawn; the page draws one at a time.
    #[serde(default)]
    map: Option<String>,
}

pub async fn results_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<MapQuery>,
) -> Result<Response, AppError> {
    let mut c = compute(&ctx, &state, id).await?;
    // One map at a time keeps the page light; the others are a link away.
    let map_names: Vec<String> = c.maps.iter().map(|(name, _)| name.clone()).collect();
    let chosen = query.map.as_deref().and_then(|m| map_names.iter().position(|n| n == m)).unwrap_or(0);
    let map = (!c.maps.is_empty()).then(|| c.maps.swap_remove(chosen));
    let tr = ctx.tr;
    let page = ResultsPage {
        shell: ctx.shell(tr.t1("assess-results-title", "round", c.round.name.clone())),
        round: c.round,
        columns: c.columns,
        invited: c.invited,
        submitted: c.submitted,
        headline: c.headline,
        results: c.results,
        suppressing: c.suppress.is_some(),
        k: c.suppress.unwrap_or(K) as i64,
        map,
        map_names,
        own: c.own,
        named: c.named,
    };
    render(&page)
}

#[derive(serde::Deserialize, Default)]
pub struct CsvQuery {
    /// `codes` for question and answer codes, otherwise labels in the reader's language.
    #[serde(default)]
    headers: String,
    /// `xlsx` for a workbook, otherwise CSV.
    #[serde(default)]
    format: String,
}

/// The results as CSV: one row per question, answer and column, with
/// suppressed cells left empty.
pub async fn results_csv(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<CsvQuery>,
) -> Result<Response, AppError> {
    let c = compute(&ctx, &state, id).await?;
    let codes = query.headers == "codes";
    let tr = ctx.tr;
    let header = if codes {
        ["question", "answer", "area", "count", "share"].map(String::from)
    } else {
        ["assess-csv-question", "assess-answer", "assess-csv-area", "assess-csv-count", "assess-csv-share"]
            .map(|k| tr.t(k))
    };
    let mut table: Vec<Vec<String>> = vec![header.to_vec()];
    for result in &c.results {
        for row in &result.rows {
            for (column, cell) in c.columns.iter().zip(&row.cells) {
                let (count, share) = if cell.suppressed {
                    (String::new(), String::new())
                } else {
                    (cell.count.to_string(), cell.share.to_string())
                };
                let (q, a) = if codes { (&result.name, &row.name) } else { (&result.label, &row.label) };
                table.push(vec![q.clone(), a.clone(), column.clone(), count, share]);
            }
        }
    }
    if query.format == "xlsx" {
        let bytes = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            sheet.set_name("results")?;
            for (r, cells) in table.iter().enumerate() {
                for (col, cell) in cells.iter().enumerate() {
                    match cell.parse::<f64>() {
                        Ok(n) if r > 0 && col >= 3 => sheet.write_number(r as u32, col as u16, n)?,
                        _ => sheet.write_string(r as u32, col as u16, cell)?,
                    };
                }
            }
            book.save_to_buffer()
        })
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
        return Ok((
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
                ),
                (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-results.xlsx\"")),
            ],
            bytes,
        )
            .into_response());
    }
    let escape =
        |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    let mut out = String::new();
    for cells in &table {
        out.push_str(&cells.iter().map(|c| escape(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (axum::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"round-{id}-results.csv\"")),
        ],
        out,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_headline_counts_dont_know_as_not_having() {
        let answers = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        assert!(lacks(&answers(&[("programmes", "yes"), ("budget", "no"), ("staff_expertise", "yes")])));
        assert!(lacks(&answers(&[("programmes", "dont_know"), ("budget", "yes"), ("staff_expertise", "yes")])));
        assert!(!lacks(&answers(&[("programmes", "yes"), ("budget", "yes"), ("staff_expertise", "partly")])));
    }

    #[test]
    fn small_cells_are_suppressed() {
        assert!(cell(2, 4, Some(K)).suppressed);
        assert!(!cell(2, 4, None).suppressed);
        assert!(!cell(2, 5, Some(K)).suppressed);
        assert!(cell(2, 5, Some(6)).suppressed, "the threshold is configurable");
        assert_eq!(cell(1, 3, None).share, 33);
    }
}
