//! The area a dashboard covers: the hub's region, a country, or an entity
//! (the Federation of Bosnia and Herzegovina, Republika Srpska), with the
//! places below it and the member municipalities in it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use platform::Db;

/// Levels a dashboard can cover.
pub const LEVELS: &[&str] = &["region", "country", "entity"];

pub struct Area {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub level: String,
    /// Countries below a region, entities below a country: (code, name).
    pub parts: Vec<(String, String)>,
    /// Every place in the area (itself included), as the hierarchy stands today.
    pub places: BTreeSet<i64>,
    /// Member municipalities in the area.
    pub members: Vec<i64>,
    /// The part of the area each place is in (a country of a region, an
    /// entity of a country), or the area itself: (code, name).
    pub part_of: BTreeMap<i64, (String, String)>,
    /// Places by id: code, name as shown, level.
    pub names: BTreeMap<i64, (String, String, String)>,
}

/// The area a code names (the region when none), or None.
pub async fn resolve(db: &Db, code: Option<&str>, footnote: bool) -> Result<Option<Area>, sqlx::Error> {
    let today = Utc::now().date_naive();
    let (names, parents, members) = tokio::try_join!(
        crate::store::places(db, footnote),
        assess::store::parents_on(db, today),
        crate::store::members(db),
    )?;
    let found = match code {
        None => directory::places::roots(db).await?.first().map(|p| p.id),
        Some(code) => {
            names.iter().find(|(_, (c, _, level))| c == code && LEVELS.contains(&level.as_str())).map(|(id, _)| *id)
        }
    };
    let Some(id) = found else { return Ok(None) };
    let ancestors = |place: i64| -> Vec<i64> {
        let mut chain = vec![place];
        let mut node = parents.get(&place).copied();
        for _ in 0..16 {
            let Some(current) = node else { break };
            chain.push(current);
            node = parents.get(&current).copied();
        }
        chain
    };
    let places: BTreeSet<i64> = names.keys().copied().filter(|p| ancestors(*p).contains(&id)).collect();
    let is_part =
        |p: i64| parents.get(&p) == Some(&id) && names.get(&p).is_some_and(|n| n.2 == "country" || n.2 == "entity");
    let mut part_of = BTreeMap::new();
    for place in &places {
        let part = ancestors(*place).into_iter().find(|p| is_part(*p)).unwrap_or(id);
        if let Some((code, name, _)) = names.get(&part) {
            part_of.insert(*place, (code.clone(), name.clone()));
        }
    }
    let mut parts: Vec<(String, String)> =
        names.iter().filter(|(p, _)| is_part(**p)).map(|(_, (code, name, _))| (code.clone(), name.clone())).collect();
    parts.sort_by(|a, b| a.1.cmp(&b.1));
    let mut members: Vec<i64> = members.into_iter().filter(|m| places.contains(m)).collect();
    members.sort();
    let (code, name, level) = names.get(&id).cloned().unwrap_or_default();
    Ok(Some(Area { id, code, name, level, parts, places, members, part_of, names }))
}
