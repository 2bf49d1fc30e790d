//! Assessment figures for one area (the region, a country, an entity), as
//! the overview dashboards show them: the workshop's headline indicator
//! round by round, with "don't know" apart, and the needs municipalities
//! ranked first. Each figure keeps the municipalities behind it, so the
//! caller decides, per reader, what may be shown by name and what must be
//! suppressed.

use std::collections::BTreeMap;

use platform::policy::Audience;
use platform::Db;

use crate::instrument;
use crate::store::{self, Round};

/// One municipality's part in a round's figures.
#[derive(Debug, Clone)]
pub struct Contribution {
    pub place_id: i64,
    /// Top-down ids of the places it stood in on the round's date.
    pub path: Vec<i64>,
    pub lacks: bool,
    pub dont_know: bool,
    /// The need it ranked first, if any.
    pub first_need: Option<String>,
    pub audience: Audience,
}

/// A round's figures in an area.
#[derive(Debug, Clone)]
pub struct RoundFigures {
    pub round: Round,
    pub contributions: Vec<Contribution>,
    /// Need code → its label in every language the instrument carries, for
    /// the reader's language to be chosen later.
    pub need_labels: BTreeMap<String, instrument::Choice>,
}

impl RoundFigures {
    pub fn answered(&self) -> usize {
        self.contributions.len()
    }

    pub fn lacking(&self) -> usize {
        self.contributions.iter().filter(|c| c.lacks).count()
    }

    pub fn dont_know(&self) -> usize {
        self.contributions.iter().filter(|c| c.dont_know).count()
    }

    /// Needs by how many municipalities ranked them first, most first.
    pub fn first_needs(&self) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for c in &self.contributions {
            if let Some(need) = &c.first_need {
                *counts.entry(need.clone()).or_default() += 1;
            }
        }
        let mut out: Vec<(String, usize)> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

/// The place chain of `place` in a hierarchy of parents, top first.
/// How many municipalities a figure needs before it is shown, when the
/// reader may see `visible` of the `answered` ones by name (None: it is
/// shown). With none hidden nothing is needed; otherwise the hidden ones
/// alone must reach `k`, or subtracting the named answers from the figure
/// would give them away.
pub fn needed(k: usize, answered: usize, visible: usize) -> Option<usize> {
    (answered > visible).then_some(visible + k)
}

pub fn path_of(place: i64, parents: &BTreeMap<i64, i64>) -> Vec<i64> {
    let mut path = vec![place];
    let mut node = parents.get(&place).copied();
    for _ in 0..16 {
        let Some(current) = node else { break };
        path.push(current);
        node = parents.get(&current).copied();
    }
    path.reverse();
    path
}

/// One municipality's submitted answers in a round, as unpacked from the aggregate.
struct Submitted {
    place: i64,
    lacks: bool,
    dont_know: bool,
    first_need: Option<String>,
}

/// Every round's figures for the municipalities in `area` (a place id), the
/// oldest round first. Reads the roll-up (`rollup`), not the answers.
pub async fn in_area(db: &Db, area: i64) -> Result<Vec<RoundFigures>, sqlx::Error> {
    let mut rounds = store::rounds(db).await?;
    rounds.reverse();
    // One text row per round rather than one row per municipality and
    // round: the SQLite driver pays per row, and 22,000 rows cost more than
    // the whole rest of a dashboard. Each item is `place:LD:need`, L and D
    // being 0 or 1 for lacks and don't know.
    let aggregate = match db.backend() {
        platform::Backend::Sqlite => "group_concat",
        platform::Backend::Postgres => "string_agg",
    };
    let sql = format!(
        "SELECT rp.round_id, {aggregate}(rp.place_id || ':' || CAST(s.lacks AS INTEGER) || CAST(s.dont_know AS INTEGER) \
         || ':' || COALESCE(s.first_need, ''), ';') FROM round_place_summaries s \
         JOIN round_places rp ON rp.id = s.round_place_id WHERE rp.status = 'submitted' GROUP BY rp.round_id"
    );
    let packed: Vec<(i64, String)> = platform::on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let mut by_round: BTreeMap<i64, Vec<Submitted>> = BTreeMap::new();
    for (round, items) in packed {
        let rows = by_round.entry(round).or_default();
        for item in items.split(';') {
            let mut parts = item.splitn(3, ':');
            let (Some(place), Some(flags), need) = (parts.next(), parts.next(), parts.next()) else { continue };
            let Ok(place) = place.parse::<i64>() else { continue };
            let need = need.filter(|n| !n.is_empty()).map(String::from);
            rows.push(Submitted {
                place,
                lacks: flags.starts_with('1'),
                dont_know: flags.ends_with('1'),
                first_need: need,
            });
        }
    }
    let (hierarchy, choices) = tokio::try_join!(store::Hierarchy::load(db), crate::audiences::all(db))?;
    let mut instruments: BTreeMap<i64, BTreeMap<String, instrument::Choice>> = BTreeMap::new();
    let mut out = Vec::new();
    for round in rounds {
        let parents = hierarchy.on(round.opened_on);
        let audience_of = |place: i64| {
            choices
                .get(&place)
                .and_then(|history| crate::audiences::in_force(history, round.id))
                .map(|c| c.audience)
                .unwrap_or(Audience::Hub)
        };
        if let std::collections::btree_map::Entry::Vacant(slot) = instruments.entry(round.instrument_id) {
            let labels = instrument::load(db, round.instrument_id)
                .await?
                .and_then(|i| i.question("priority_needs").map(|q| i.choices(&q.list_name).to_vec()))
                .unwrap_or_default()
                .into_iter()
                .map(|c| (c.name.clone(), c))
                .collect();
            slot.insert(labels);
        }
        let contributions = by_round
            .remove(&round.id)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|Submitted { place, lacks, dont_know, first_need }| {
                let path = path_of(place, &parents);
                path.contains(&area).then(|| Contribution {
                    place_id: place,
                    lacks,
                    dont_know,
                    first_need,
                    audience: audience_of(place),
                    path,
                })
            })
            .collect();
        let need_labels = instruments.get(&round.instrument_id).cloned().unwrap_or_default();
        out.push(RoundFigures { round, contributions, need_labels });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::needed;

    #[test]
    fn hidden_municipalities_alone_must_reach_k() {
        assert_eq!(needed(5, 7, 7), None, "everyone may be seen by name");
        // 6 named and 1 hidden: the figure minus the six gives the one away.
        assert!(needed(5, 7, 6).is_some_and(|n| 7 < n));
        assert!(needed(5, 11, 6).is_some_and(|n| 11 >= n), "five hidden are enough");
        assert!(needed(5, 4, 0).is_some_and(|n| 4 < n));
    }
}
