//! Assessment figures for one area (the region, a country, an entity), as
//! the overview dashboards show them: the workshop's headline indicator
//! round by round, with "don't know" apart, and the needs municipalities
//! ranked first. Each figure keeps the municipalities behind it, so the
//! caller decides, per reader, what may be shown by name and what must be
//! suppressed.

use std::collections::BTreeMap;

use platform::policy::Audience;
use platform::Db;

use crate::instrument::{self, DONT_KNOW};
use crate::results::{lacks, HEADLINE};
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

/// Every round's figures for the municipalities in `area` (a place id), the
/// oldest round first.
pub async fn in_area(db: &Db, area: i64) -> Result<Vec<RoundFigures>, sqlx::Error> {
    let mut rounds = store::rounds(db).await?;
    rounds.reverse();
    let mut out = Vec::new();
    let mut questions: Vec<&str> = HEADLINE.to_vec();
    questions.push("priority_needs");
    for round in rounds {
        let (rows, parents, chosen, instrument) = tokio::try_join!(
            store::answers_to(db, round.id, &questions),
            store::parents_on(db, round.opened_on),
            crate::audiences::for_round(db, round.id),
            instrument::load(db, round.instrument_id),
        )?;
        let mut per_place: BTreeMap<i64, BTreeMap<String, String>> = BTreeMap::new();
        for (place, question, value) in rows {
            per_place.entry(place).or_default().insert(question, value);
        }
        let contributions = per_place
            .into_iter()
            .filter_map(|(place, answers)| {
                let path = path_of(place, &parents);
                path.contains(&area).then(|| Contribution {
                    place_id: place,
                    lacks: lacks(&answers),
                    dont_know: HEADLINE.iter().any(|q| answers.get(*q).map(String::as_str) == Some(DONT_KNOW)),
                    first_need: answers
                        .get("priority_needs")
                        .and_then(|v| v.split(',').next())
                        .filter(|n| !n.is_empty())
                        .map(String::from),
                    audience: chosen.get(&place).copied().unwrap_or(Audience::Hub),
                    path,
                })
            })
            .collect();
        let need_labels = instrument
            .as_ref()
            .and_then(|i| i.question("priority_needs").map(|q| i.choices(&q.list_name).to_vec()))
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.name.clone(), c))
            .collect();
        out.push(RoundFigures { round, contributions, need_labels });
    }
    Ok(out)
}
