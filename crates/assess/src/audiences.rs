//! Who may see a municipality's named answers. The municipality chooses,
//! for one round or as a standing choice: the hub only (the default), the
//! national coordinators of its country, partners, or everyone. Every
//! choice is kept with who made it and when; the newest for a round counts,
//! else the newest standing one. Readers are decided by `policy::can` with
//! `Resource::Answers`.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use platform::policy::Audience;
use platform::{on_db, on_tx, Db, Tx};

platform::record! {
    /// A choice as it was made.
    #[derive(Debug, Clone)]
    pub struct Choice {
        pub place_id: i64,
        pub round_id: Option<i64>,
        pub audience: Audience,
        pub chosen_by: Option<String>,
        pub chosen_at: DateTime<Utc>,
    }
}

pub async fn choose(
    tx: &mut Tx,
    place_id: i64,
    round_id: Option<i64>,
    audience: Audience,
    by: Option<i64>,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO answer_audiences (place_id, round_id, audience, chosen_by, chosen_at) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(place_id)
    .bind(round_id)
    .bind(audience)
    .bind(by)
    .bind(at)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

const CHOICES: &str = "SELECT x.place_id, x.round_id, x.audience, p.full_name AS chosen_by, x.chosen_at \
     FROM answer_audiences x LEFT JOIN accounts a ON a.id = x.chosen_by LEFT JOIN people p ON p.id = a.person_id";

/// Every choice a municipality made, newest first.
pub async fn history(db: &Db, place_id: i64) -> Result<Vec<Choice>, sqlx::Error> {
    let sql = format!("{CHOICES} WHERE x.place_id = $1 ORDER BY x.chosen_at DESC, x.id DESC");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(place_id).fetch_all(pool).await)
}

/// The choice that counts for a round, from a municipality's history.
pub fn in_force(history: &[Choice], round_id: i64) -> Option<&Choice> {
    history.iter().find(|c| c.round_id == Some(round_id)).or_else(|| history.iter().find(|c| c.round_id.is_none()))
}

/// Every choice ever made, newest first, for working out many rounds from
/// one read.
pub async fn all(db: &Db) -> Result<BTreeMap<i64, Vec<Choice>>, sqlx::Error> {
    let sql = format!("{CHOICES} ORDER BY x.chosen_at DESC, x.id DESC");
    let all: Vec<Choice> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let mut by_place: BTreeMap<i64, Vec<Choice>> = BTreeMap::new();
    for choice in all {
        by_place.entry(choice.place_id).or_default().push(choice);
    }
    Ok(by_place)
}

/// The audience of every municipality's answers to a round (the hub only
/// where nothing was chosen).
pub async fn for_round(db: &Db, round_id: i64) -> Result<BTreeMap<i64, Audience>, sqlx::Error> {
    let sql = format!("{CHOICES} WHERE x.round_id = $1 OR x.round_id IS NULL ORDER BY x.chosen_at DESC, x.id DESC");
    let all: Vec<Choice> = on_db!(db, |pool| sqlx::query_as(&sql).bind(round_id).fetch_all(pool).await)?;
    let mut by_place: BTreeMap<i64, Vec<Choice>> = BTreeMap::new();
    for choice in all {
        by_place.entry(choice.place_id).or_default().push(choice);
    }
    Ok(by_place
        .into_iter()
        .filter_map(|(place, history)| in_force(&history, round_id).map(|c| (place, c.audience)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(round_id: Option<i64>, audience: Audience) -> Choice {
        Choice { place_id: 1, round_id, audience, chosen_by: None, chosen_at: Utc::now() }
    }

    #[test]
    fn a_round_s_own_choice_beats_the_standing_one() {
        let history = vec![choice(None, Audience::Public), choice(Some(2), Audience::National)];
        assert_eq!(in_force(&history, 2).map(|c| c.audience), Some(Audience::National));
        assert_eq!(in_force(&history, 3).map(|c| c.audience), Some(Audience::Public));
        assert!(in_force(&[], 3).is_none());
        assert!(Audience::Partners.includes(Audience::National) && !Audience::National.includes(Audience::Partners));
    }
}
