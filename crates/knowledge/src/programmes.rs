//! National and regional programmes and calls: who runs them, for which
//! countries and places, on which themes, when, with what funding. A
//! municipality sees the ones that apply to it; people follow themes and
//! hear through the outbox when a new programme matches.

use chrono::{DateTime, NaiveDate, Utc};
use platform::notify::{self, Kind, Note};
use platform::{on_db, on_tx, Db, Tx};

use crate::practices::Theme;

#[derive(Clone, Debug, Default)]
pub struct Programme {
    pub id: i64,
    pub title: String,
    pub owner_institution_id: Option<i64>,
    pub owner: String,
    pub is_call: bool,
    pub countries: Vec<String>,
    pub eligible_places: Vec<String>,
    pub themes: Vec<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub funding: String,
    pub description: String,
}

impl Programme {
    /// Whether the programme is open to a municipality (by its code).
    pub fn applies_to(&self, place_code: &str) -> bool {
        let country = place_code.get(..2).unwrap_or("");
        self.countries.iter().any(|c| c == country)
            && (self.eligible_places.is_empty() || self.eligible_places.iter().any(|p| p == place_code))
    }

    /// The themes read through their vocabulary; a stored value no variant spells is left out.
    pub fn theme_list(&self) -> Vec<Theme> {
        self.themes.iter().filter_map(|t| Theme::parse(t)).collect()
    }
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

platform::record! {
    /// A programme as stored: its lists are text.
    struct ProgrammeRow {
        id: i64,
        title: String,
        owner_institution_id: Option<i64>,
        owner: String,
        is_call: bool,
        countries: String,
        eligible_places: String,
        themes: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        funding: String,
        description: String,
    }
}

impl From<ProgrammeRow> for Programme {
    fn from(row: ProgrammeRow) -> Programme {
        Programme {
            id: row.id,
            title: row.title,
            owner_institution_id: row.owner_institution_id,
            owner: row.owner,
            is_call: row.is_call,
            countries: list(&row.countries),
            eligible_places: list(&row.eligible_places),
            themes: list(&row.themes),
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            funding: row.funding,
            description: row.description,
        }
    }
}

pub async fn all(db: &Db) -> Result<Vec<Programme>, sqlx::Error> {
    let sql = format!("SELECT {} FROM programmes ORDER BY starts_on DESC, id DESC", ProgrammeRow::COLUMNS);
    let rows: Vec<ProgrammeRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Programme::from).collect())
}

pub async fn create(tx: &mut Tx, p: &Programme, at: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO programmes (title, owner_institution_id, owner, is_call, countries, eligible_places, themes, starts_on, ends_on, funding, description, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
    )
    .bind(&p.title)
    .bind(p.owner_institution_id)
    .bind(&p.owner)
    .bind(p.is_call)
    .bind(p.countries.join(","))
    .bind(p.eligible_places.join(","))
    .bind(p.themes.join(","))
    .bind(p.starts_on)
    .bind(p.ends_on)
    .bind(&p.funding)
    .bind(&p.description)
    .bind(at)
    .fetch_one(&mut *c)
    .await
    })?;
    platform::search_feed::changed(tx, &format!("programme:{id}")).await?;
    Ok(id)
}

pub async fn follows(db: &Db, account: i64) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT theme FROM theme_follows WHERE account_id = $1 ORDER BY theme")
        .bind(account)
        .fetch_all(pool)
        .await)
}

pub async fn set_follows(tx: &mut Tx, account: i64, themes: &[String]) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM theme_follows WHERE account_id = $1")
        .bind(account)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for theme in themes {
        on_tx!(tx, |c| sqlx::query("INSERT INTO theme_follows (account_id, theme) VALUES ($1, $2)")
            .bind(account)
            .bind(theme)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

/// The themes followed by the people who act for a place.
pub async fn followed_at(db: &Db, place: i64) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT DISTINCT f.theme FROM theme_follows f JOIN role_grants g ON g.account_id = f.account_id \
         WHERE g.place_id = $1 AND g.valid_to IS NULL ORDER BY f.theme"
    )
    .bind(place)
    .fetch_all(pool)
    .await)
}

/// The places a person acts for (their role grants' places), as codes.
async fn places_of(db: &Db, account: i64) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar(
        "SELECT p.code FROM role_grants g JOIN places p ON p.id = g.place_id WHERE g.account_id = $1 AND g.valid_to IS NULL"
    )
    .bind(account)
    .fetch_all(pool)
    .await
    })
}

/// Tells everyone following one of the programme's themes, for
/// whom it applies (people acting for a municipality hear only of the
/// programmes open to it). Returns how many were told.
pub async fn notify(tx: &mut Tx, db: &Db, p: &Programme, id: i64, public_url: &str) -> Result<usize, sqlx::Error> {
    let followers: Vec<(i64, String)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT a.id, f.theme FROM theme_follows f JOIN accounts a ON a.id = f.account_id WHERE a.active = TRUE ORDER BY a.id"
    )
    .fetch_all(pool)
    .await
    })?;
    let mut told: Vec<i64> = Vec::new();
    let link = format!("/knowledge/programmes#programme-{id}");
    for (account, theme) in followers {
        if told.contains(&account) || !p.themes.contains(&theme) {
            continue;
        }
        let places = places_of(db, account).await?;
        let municipal: Vec<&String> = places.iter().filter(|c| c.len() > 2).collect();
        if !municipal.is_empty() && !municipal.iter().any(|c| p.applies_to(c)) {
            continue;
        }
        told.push(account);
    }
    let note = Note { kind: Kind::ProgrammeChanged, args: vec![("subject", p.title.clone())], link };
    notify::send(tx, public_url, &told, &note).await?;
    Ok(told.len())
}
