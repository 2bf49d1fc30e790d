//! All of a study's indices: each indicator for the city, each
//! neighbourhood and each community in every wave, with 95% intervals; the
//! change from the first wave to the last; and each group against the rest
//! of the city. Any cell with fewer than k respondents is suppressed here,
//! so no output can show it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::instrument::{self, Indicator, Kind, TurnTo, ITEMS};
use crate::raking::{self, RakeError};
use crate::stats::{self, Difference, Estimate, Sums};
use crate::store::{Margins, Neighbourhood, Response, Wave};

/// One group in one wave: how many answered, and the estimate unless
/// suppressed.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Cell {
    pub n: usize,
    pub estimate: Option<Estimate>,
    /// Enough respondents, but withheld so that a suppressed neighbour
    /// cannot be worked out from the city's figure and the others'.
    pub withheld: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    City,
    Neighbourhood,
    Community,
}

#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub kind: GroupKind,
    /// Neighbourhood code, community name, or empty for the city.
    pub key: String,
    pub label: String,
    /// One cell per wave.
    pub cells: Vec<Cell>,
    /// Last wave minus first.
    pub change: Option<Difference>,
    /// This group minus the rest of the city, in the last wave.
    pub versus_rest: Option<Difference>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IndicatorResult {
    pub indicator: Indicator,
    pub groups: Vec<Group>,
}

/// Each option with its share in percent.
pub type OptionShares = Vec<(&'static str, f64)>;

/// Where residents would turn: weighted shares per option, city-wide.
#[derive(Clone, Debug, Serialize)]
pub struct Shares {
    pub item: &'static str,
    /// Per wave: respondents who answered, and each option's share in
    /// percent (None when suppressed).
    pub waves: Vec<(usize, Option<OptionShares>)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Computed {
    pub k: usize,
    pub waves: Vec<Wave>,
    pub respondents: Vec<usize>,
    /// Per wave, when raking was asked for: None if it worked, or why not
    /// (the wave is then unweighted).
    pub weighting_problems: Vec<Option<RakeError>>,
    pub weighted: Vec<bool>,
    pub indicators: Vec<IndicatorResult>,
    pub shares: Vec<Shares>,
}

/// A respondent's category on a weighting dimension.
fn category<'a>(r: &'a Response, dimension: &str, codes: &'a BTreeMap<i64, String>) -> &'a str {
    match dimension {
        "neighbourhood" => codes.get(&r.neighbourhood_id).map(String::as_str).unwrap_or(""),
        "sex" => &r.sex,
        "age_group" => &r.age_group,
        _ => &r.community,
    }
}

/// Raked weights for one wave's respondents.
pub fn weights(
    respondents: &[&Response],
    margins: &Margins,
    codes: &BTreeMap<i64, String>,
) -> Result<Vec<f64>, RakeError> {
    let mut dimensions = Vec::new();
    for (name, populations) in margins {
        let categories: Vec<String> = populations.keys().cloned().collect();
        let mut of_respondent = Vec::with_capacity(respondents.len());
        for r in respondents {
            let value = category(r, name, codes);
            match categories.iter().position(|c| c == value) {
                Some(i) => of_respondent.push(i),
                None => {
                    return Err(RakeError::NoMargin { dimension: name.clone(), category: value.to_string() });
                }
            }
        }
        dimensions.push(raking::Dimension {
            name: name.clone(),
            population: populations.values().copied().collect(),
            categories,
            of_respondent,
        });
    }
    raking::rake(&dimensions, respondents.len())
}

/// A respondent's indicator score: the mean of the item scores on 0–10,
/// when at least half of the items were answered.
fn score(indicator_items: &[(usize, &instrument::Item)], values: &[Option<u8>]) -> Option<f64> {
    let (mut sum, mut answered) = (0.0, 0usize);
    for (i, item) in indicator_items {
        if let Some(s) = values.get(*i).copied().flatten().and_then(|v| instrument::score(item, v)) {
            sum += s;
            answered += 1;
        }
    }
    (answered > 0 && answered * 2 >= indicator_items.len()).then(|| sum / answered as f64)
}

fn cell(sums: &Sums, k: usize) -> Cell {
    Cell { n: sums.n, estimate: if sums.n < k { None } else { sums.estimate() }, withheld: false }
}

fn difference(a: &Cell, b: &Cell) -> Option<Difference> {
    Some(stats::difference(a.estimate.as_ref()?, b.estimate.as_ref()?))
}

/// Secondary suppression: where a breakdown (neighbourhoods, communities)
/// has exactly one small cell in a wave, the next smallest is withheld too,
/// since the city's figure less the others' would otherwise reveal it. The
/// comparisons that rest on a withheld cell go with it.
fn withhold_complements(groups: &mut [Group], k: usize) {
    let waves = groups.first().map(|g| g.cells.len()).unwrap_or(0);
    for kind in [GroupKind::Neighbourhood, GroupKind::Community] {
        for w in 0..waves {
            let in_kind: Vec<usize> = (0..groups.len()).filter(|i| groups[*i].kind == kind).collect();
            let small = in_kind.iter().filter(|i| (1..k).contains(&groups[**i].cells[w].n)).count();
            if small != 1 {
                continue;
            }
            let next = in_kind
                .iter()
                .filter(|i| groups[**i].cells[w].estimate.is_some())
                .min_by_key(|i| groups[**i].cells[w].n)
                .copied();
            if let Some(i) = next {
                let group = &mut groups[i];
                group.cells[w].estimate = None;
                group.cells[w].withheld = true;
                group.change = None;
                if w + 1 == waves {
                    group.versus_rest = None;
                }
            }
        }
    }
}

pub struct Inputs<'a> {
    pub k: usize,
    pub waves: &'a [Wave],
    pub neighbourhoods: &'a [Neighbourhood],
    pub indicators: Vec<Indicator>,
    pub responses: &'a [Response],
    /// Per wave, when weighting is raked.
    pub margins: Option<Vec<Margins>>,
}

pub fn compute(input: Inputs<'_>) -> Computed {
    let k = input.k;
    let codes: BTreeMap<i64, String> = input.neighbourhoods.iter().map(|n| (n.id, n.code.clone())).collect();
    let per_wave: Vec<Vec<&Response>> =
        input.waves.iter().map(|w| input.responses.iter().filter(|r| r.wave_id == w.id).collect()).collect();
    let weighting = weigh(&per_wave, input.margins.as_deref(), &codes);
    let mut communities: Vec<String> =
        input.responses.iter().map(|r| r.community.clone()).filter(|c| !c.is_empty()).collect();
    communities.sort();
    communities.dedup();
    let breakdown = Breakdown {
        k,
        last: input.waves.len().saturating_sub(1),
        memberships: memberships(&per_wave, input.neighbourhoods, &communities),
        per_wave: &per_wave,
        weights: &weighting.weights,
        neighbourhoods: input.neighbourhoods,
        communities: &communities,
    };
    let indicators = input.indicators.into_iter().map(|indicator| breakdown.indicator(indicator)).collect();
    let shares = turn_to_shares(&per_wave, &weighting.weights, k);
    Computed {
        k,
        waves: input.waves.to_vec(),
        respondents: per_wave.iter().map(Vec::len).collect(),
        weighting_problems: weighting.problems,
        weighted: weighting.weighted,
        indicators,
        shares,
    }
}

/// Each wave's respondents' weights, and whether raking worked.
struct Weighting {
    weights: Vec<Vec<f64>>,
    problems: Vec<Option<RakeError>>,
    weighted: Vec<bool>,
}

/// Raked weights where margins are given and raking works; weight 1
/// otherwise, with the reason kept for the page.
fn weigh(per_wave: &[Vec<&Response>], margins: Option<&[Margins]>, codes: &BTreeMap<i64, String>) -> Weighting {
    let mut weighting = Weighting { weights: Vec::new(), problems: Vec::new(), weighted: Vec::new() };
    for (w, respondents) in per_wave.iter().enumerate() {
        let unweighted = vec![1.0; respondents.len()];
        let wave_margins = margins.and_then(|m| m.get(w)).filter(|m| !m.is_empty());
        let (weights, problem) = match wave_margins.map(|m| weights(respondents, m, codes)) {
            None => (unweighted, None),
            Some(Ok(raked)) => (raked, None),
            Some(Err(e)) => (unweighted, Some(e)),
        };
        weighting.weighted.push(wave_margins.is_some() && problem.is_none());
        weighting.problems.push(problem);
        weighting.weights.push(weights);
    }
    weighting
}

/// A respondent's neighbourhood and community as positions in the lists
/// of the breakdown.
type Membership = (Option<usize>, Option<usize>);

/// Each respondent's groups, found once rather than once per indicator.
fn memberships(
    per_wave: &[Vec<&Response>],
    neighbourhoods: &[Neighbourhood],
    communities: &[String],
) -> Vec<Vec<Membership>> {
    let place_at: BTreeMap<i64, usize> = neighbourhoods.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let community_at: BTreeMap<&str, usize> = communities.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
    per_wave
        .iter()
        .map(|respondents| {
            respondents
                .iter()
                .map(|r| (place_at.get(&r.neighbourhood_id).copied(), community_at.get(r.community.as_str()).copied()))
                .collect()
        })
        .collect()
}

/// One wave's running sums for the city, each neighbourhood and each community.
struct WaveSums {
    city: Sums,
    neighbourhoods: Vec<Sums>,
    communities: Vec<Sums>,
}

/// The respondents of every wave, weighted, with their groups.
struct Breakdown<'a> {
    k: usize,
    last: usize,
    per_wave: &'a [Vec<&'a Response>],
    weights: &'a [Vec<f64>],
    memberships: Vec<Vec<Membership>>,
    neighbourhoods: &'a [Neighbourhood],
    communities: &'a [String],
}

impl Breakdown<'_> {
    fn indicator(&self, indicator: Indicator) -> IndicatorResult {
        let items: Vec<(usize, &instrument::Item)> =
            indicator.items.iter().filter_map(|key| instrument::item(key)).collect();
        let sums = self.sums(&items);
        let mut groups = vec![self.group(&sums, GroupKind::City, String::new(), String::new(), &|w| w.city)];
        for (i, n) in self.neighbourhoods.iter().enumerate() {
            groups.push(
                self.group(&sums, GroupKind::Neighbourhood, n.code.clone(), n.name.clone(), &|w| w.neighbourhoods[i]),
            );
        }
        for (i, c) in self.communities.iter().enumerate() {
            groups.push(self.group(&sums, GroupKind::Community, c.clone(), c.clone(), &|w| w.communities[i]));
        }
        withhold_complements(&mut groups, self.k);
        IndicatorResult { indicator, groups }
    }

    /// Per wave, the sums of the indicator's scores by group.
    fn sums(&self, items: &[(usize, &instrument::Item)]) -> Vec<WaveSums> {
        self.per_wave
            .iter()
            .zip(self.weights)
            .zip(&self.memberships)
            .map(|((respondents, weights), member_of)| {
                let mut sums = WaveSums {
                    city: Sums::default(),
                    neighbourhoods: vec![Sums::default(); self.neighbourhoods.len()],
                    communities: vec![Sums::default(); self.communities.len()],
                };
                for ((r, w), (place, community)) in respondents.iter().zip(weights).zip(member_of) {
                    let Some(s) = score(items, &r.values) else { continue };
                    sums.city.add(s, *w);
                    if let Some(p) = place {
                        sums.neighbourhoods[*p].add(s, *w);
                    }
                    if let Some(c) = community {
                        sums.communities[*c].add(s, *w);
                    }
                }
                sums
            })
            .collect()
    }

    fn group(
        &self,
        sums: &[WaveSums],
        kind: GroupKind,
        key: String,
        label: String,
        pick: &dyn Fn(&WaveSums) -> Sums,
    ) -> Group {
        let (k, last) = (self.k, self.last);
        let cells: Vec<Cell> = sums.iter().map(|w| cell(&pick(w), k)).collect();
        let change = if last > 0 { difference(&cells[0], &cells[last]) } else { None };
        let versus_rest = match kind {
            GroupKind::City => None,
            _ => sums.get(last).and_then(|w| difference(&cell(&w.city.minus(&pick(w)), k), &cells[last])),
        };
        Group { kind, key, label, cells, change, versus_rest }
    }
}

/// Where residents would turn, city-wide, for each choice item.
fn turn_to_shares(per_wave: &[Vec<&Response>], wave_weights: &[Vec<f64>], k: usize) -> Vec<Shares> {
    ITEMS
        .iter()
        .enumerate()
        .filter(|(_, item)| item.kind == Kind::Choice)
        .map(|(index, item)| Shares {
            item: item.key,
            waves: per_wave
                .iter()
                .zip(wave_weights)
                .map(|(respondents, weights)| {
                    let answered: Vec<(u8, f64)> = respondents
                        .iter()
                        .zip(weights)
                        .filter_map(|(r, w)| r.values.get(index).copied().flatten().map(|v| (v, *w)))
                        .collect();
                    (answered.len(), option_shares(&answered, k))
                })
                .collect(),
        })
        .collect()
}

/// Each option's weighted share in percent of one wave's answers (value,
/// weight), unless fewer than k answered.
fn option_shares(answered: &[(u8, f64)], k: usize) -> Option<OptionShares> {
    let total: f64 = answered.iter().map(|(_, w)| w).sum();
    (answered.len() >= k && total > 0.0).then(|| {
        TurnTo::ALL
            .iter()
            .enumerate()
            .map(|(o, option)| {
                let sum: f64 = answered.iter().filter(|(v, _)| usize::from(*v) == o).map(|(_, w)| w).sum();
                (option.as_str(), sum * 100.0 / total)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(wave_id: i64, neighbourhood_id: i64, brave: u8) -> Response {
        let mut values = vec![None; ITEMS.len()];
        for (i, item) in ITEMS.iter().enumerate() {
            if item.subscale.is_some() {
                values[i] = Some(if item.reverse { 6 - brave } else { brave });
            }
        }
        Response {
            wave_id,
            neighbourhood_id,
            sex: "female".into(),
            age_group: "18_29".into(),
            community: String::new(),
            values,
        }
    }

    /// Twelve respondents in neighbourhood 1 answering 4 throughout (7.5 on
    /// the 0–10 scale), three in neighbourhood 2 answering 2 (2.5) and eleven
    /// in neighbourhood 3 answering 3 (5.0): the city mean is (12 · 7.5 + 3 ·
    /// 2.5 + 11 · 5) / 26 = 5.8654; neighbourhood 2 is suppressed at k = 10,
    /// and neighbourhood 3, the next smallest, is withheld with it.
    #[test]
    fn small_neighbourhoods_are_suppressed_and_the_city_mean_is_exact() {
        let waves = vec![Wave { id: 1, position: 1, name: "baseline".into() }];
        let neighbourhoods = vec![
            Neighbourhood { id: 1, code: "N1".into(), name: "One".into() },
            Neighbourhood { id: 2, code: "N2".into(), name: "Two".into() },
            Neighbourhood { id: 3, code: "N3".into(), name: "Three".into() },
        ];
        let mut responses: Vec<Response> = (0..12).map(|_| response(1, 1, 4)).collect();
        responses.extend((0..3).map(|_| response(1, 2, 2)));
        responses.extend((0..11).map(|_| response(1, 3, 3)));
        let computed = compute(Inputs {
            k: 10,
            waves: &waves,
            neighbourhoods: &neighbourhoods,
            indicators: instrument::builtin_indicators(),
            responses: &responses,
            margins: None,
        });
        let total = &computed.indicators[0];
        let city = total.groups[0].cells[0].estimate.unwrap();
        assert!((city.mean - 152.5 / 26.0).abs() < 1e-9, "{city:?}");
        assert_eq!(total.groups[1].cells[0].estimate.map(|e| e.mean), Some(7.5));
        assert_eq!(total.groups[2].cells[0].n, 3);
        assert!(total.groups[2].cells[0].estimate.is_none(), "fewer than k: suppressed");
        assert!(total.groups[2].versus_rest.is_none());
        let three = &total.groups[3].cells[0];
        assert!(three.withheld && three.estimate.is_none() && three.n == 11, "{three:?}");
    }
}
