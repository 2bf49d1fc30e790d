//! Good practices: where they come from, for whom, at which level of
//! prevention, with what evidence; their texts in any number of languages,
//! each marked as the original, a machine translation, a human translation
//! or reviewed; and the workflow draft → submitted → published.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use platform::{on_db, on_tx, Db, Tx};

pub const STATES: &[&str] = &["draft", "submitted", "published"];
pub const LEVELS: &[&str] = &["primary", "secondary", "tertiary"];
pub const AUDIENCES: &[&str] = &[
    "youth",
    "families",
    "schools",
    "local_officials",
    "police",
    "religious_communities",
    "women",
    "returnees",
    "general_public",
];
pub const THEMES: &[&str] = &[
    "radicalisation",
    "hate_speech",
    "polarisation",
    "reintegration",
    "online",
    "community_resilience",
    "multi_agency",
    "mental_health",
];
pub const ORGANISATION_TYPES: &[&str] = &[
    "local_government",
    "national_government",
    "civil_society",
    "school",
    "police",
    "religious_community",
    "international",
];
pub const EVALUATIONS: &[&str] = &["none", "internal", "external", "experimental"];
pub const TEXT_FIELDS: &[&str] = &["title", "summary", "description"];
pub const TEXT_STATUSES: &[&str] = &["original", "machine", "human", "reviewed"];

#[derive(Clone, Debug, Default)]
pub struct Practice {
    pub id: i64,
    pub country: String,
    pub place_id: Option<i64>,
    pub place_name: String,
    pub organisation: String,
    pub organisation_type: String,
    pub audiences: Vec<String>,
    pub themes: Vec<String>,
    pub prevention_level: String,
    pub sector: String,
    pub year_from: i64,
    pub year_to: Option<i64>,
    pub evaluation: String,
    pub evidence: String,
    pub resources: String,
    pub transferability: String,
    pub contact_position_id: Option<i64>,
    pub links: Vec<String>,
    pub language: String,
    pub state: String,
    pub created_by: i64,
    pub updated_at: DateTime<Utc>,
}

/// One field's text in one language.
#[derive(Clone, Debug)]
pub struct Text {
    pub language: String,
    pub field: String,
    pub body: String,
    pub status: String,
}

fn list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

// Read in two halves: sqlx decodes tuples of at most sixteen columns.
const PLACE_SQL: &str = "SELECT id, country, place_id, place_name, organisation, organisation_type, audiences, themes, prevention_level, sector, \
     year_from, year_to FROM practices";
const DETAIL_SQL: &str = "SELECT id, evaluation, evidence, resources, transferability, contact_position_id, links, language, state, created_by, \
     updated_at FROM practices";

type PlaceRow = (i64, String, Option<i64>, String, String, String, String, String, String, String, i64, Option<i64>);
type DetailRow = (i64, String, String, String, String, Option<i64>, String, String, String, i64, DateTime<Utc>);

fn practice(a: PlaceRow, b: DetailRow) -> Practice {
    Practice {
        id: a.0,
        country: a.1,
        place_id: a.2,
        place_name: a.3,
        organisation: a.4,
        organisation_type: a.5,
        audiences: list(&a.6),
        themes: list(&a.7),
        prevention_level: a.8,
        sector: a.9,
        year_from: a.10,
        year_to: a.11,
        evaluation: b.1,
        evidence: b.2,
        resources: b.3,
        transferability: b.4,
        contact_position_id: b.5,
        links: b.6.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
        language: b.7,
        state: b.8,
        created_by: b.9,
        updated_at: b.10,
    }
}

/// Which practices to read.
enum Filter<'a> {
    Id(i64),
    /// In a state, or all.
    State(Option<&'a str>),
}

/// Practices matching the filter, newest first.
async fn select(db: &Db, filter: Filter<'_>) -> Result<Vec<Practice>, sqlx::Error> {
    // By id the primary key is used; by state, `$1` may be NULL for all.
    let condition = match filter {
        Filter::Id(_) => "id = $1",
        Filter::State(_) => "($1 IS NULL OR state = $1)",
    };
    let (sql_a, sql_b) =
        (format!("{PLACE_SQL} WHERE {condition}"), format!("{DETAIL_SQL} WHERE {condition} ORDER BY updated_at DESC"));
    let (places, details): (Vec<PlaceRow>, Vec<DetailRow>) = match filter {
        Filter::Id(id) => (
            on_db!(db, |pool| sqlx::query_as(&sql_a).bind(id).fetch_all(pool).await)?,
            on_db!(db, |pool| sqlx::query_as(&sql_b).bind(id).fetch_all(pool).await)?,
        ),
        Filter::State(state) => (
            on_db!(db, |pool| sqlx::query_as(&sql_a).bind(state).fetch_all(pool).await)?,
            on_db!(db, |pool| sqlx::query_as(&sql_b).bind(state).fetch_all(pool).await)?,
        ),
    };
    let mut places: BTreeMap<i64, PlaceRow> = places.into_iter().map(|r| (r.0, r)).collect();
    Ok(details.into_iter().filter_map(|b| places.remove(&b.0).map(|a| practice(a, b))).collect())
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Practice>, sqlx::Error> {
    Ok(select(db, Filter::Id(id)).await?.into_iter().next())
}

/// Practices in a state, or all; newest first.
pub async fn in_state(db: &Db, state: Option<&str>) -> Result<Vec<Practice>, sqlx::Error> {
    select(db, Filter::State(state)).await
}

pub async fn texts(db: &Db, id: i64) -> Result<Vec<Text>, sqlx::Error> {
    let rows: Vec<(String, String, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT language, field, body, status FROM practice_texts WHERE practice_id = $1 ORDER BY language, field"
    )
    .bind(id)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(language, field, body, status)| Text { language, field, body, status }).collect())
}

/// Every practice's texts, for indexing: id → texts.
pub async fn all_texts(db: &Db) -> Result<BTreeMap<i64, Vec<Text>>, sqlx::Error> {
    let rows: Vec<(i64, String, String, String, String)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT t.practice_id, t.language, t.field, t.body, t.status FROM practice_texts t JOIN practices p ON p.id = t.practice_id WHERE p.state = 'published'"
    )
    .fetch_all(pool)
    .await
    })?;
    let mut out: BTreeMap<i64, Vec<Text>> = BTreeMap::new();
    for (id, language, field, body, status) in rows {
        out.entry(id).or_default().push(Text { language, field, body, status });
    }
    Ok(out)
}

/// Saves a practice's fields (a new one when `id` is 0); returns its id.
pub async fn save(tx: &mut Tx, p: &Practice) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    // A new practice first gets its row and identity (draft, author,
    // language); then one update writes every field, old or new.
    let id = if p.id == 0 {
        on_tx!(tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO practices (country, place_name, organisation, organisation_type, audiences, themes, prevention_level, sector, \
             year_from, evaluation, evidence, resources, transferability, links, language, state, created_by, created_at, updated_at) \
             VALUES ('', '', '', '', '', '', '', '', 0, '', '', '', '', '', $1, 'draft', $2, $3, $3) RETURNING id"
        )
        .bind(&p.language)
        .bind(p.created_by)
        .bind(now)
        .fetch_one(&mut *c)
        .await
        })?
    } else {
        p.id
    };
    let (audiences, themes, links) = (p.audiences.join(","), p.themes.join(","), p.links.join("\n"));
    on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE practices SET country = $1, place_id = $2, place_name = $3, organisation = $4, organisation_type = $5, audiences = $6, themes = $7, \
         prevention_level = $8, sector = $9, year_from = $10, year_to = $11, evaluation = $12, evidence = $13, resources = $14, transferability = $15, \
         contact_position_id = $16, links = $17, updated_at = $18 WHERE id = $19"
    )
    .bind(&p.country)
    .bind(p.place_id)
    .bind(&p.place_name)
    .bind(&p.organisation)
    .bind(&p.organisation_type)
    .bind(&audiences)
    .bind(&themes)
    .bind(&p.prevention_level)
    .bind(&p.sector)
    .bind(p.year_from)
    .bind(p.year_to)
    .bind(&p.evaluation)
    .bind(&p.evidence)
    .bind(&p.resources)
    .bind(&p.transferability)
    .bind(p.contact_position_id)
    .bind(&links)
    .bind(now)
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    changed(tx, id).await?;
    Ok(id)
}

/// Tells every server's search index that the practice changed.
async fn changed(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    platform::search_feed::changed(tx, &format!("practice:{id}")).await
}

/// Sets one field's text in one language, replacing what was there.
pub async fn set_text(
    tx: &mut Tx,
    id: i64,
    language: &str,
    field: &str,
    body: &str,
    status: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM practice_texts WHERE practice_id = $1 AND language = $2 AND field = $3")
        .bind(id)
        .bind(language)
        .bind(field)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO practice_texts (practice_id, language, field, body, status) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(id)
    .bind(language)
    .bind(field)
    .bind(body)
    .bind(status)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    changed(tx, id).await
}

/// A reviewer confirms a language's translation.
pub async fn confirm(tx: &mut Tx, id: i64, language: &str, reviewer: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
        "UPDATE practice_texts SET status = 'reviewed', reviewed_by = $1, reviewed_at = $2 WHERE practice_id = $3 AND language = $4 AND status <> 'original'"
    )
    .bind(reviewer)
    .bind(Utc::now())
    .bind(id)
    .bind(language)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    changed(tx, id).await
}

platform::text_enum! {
    /// Where a practice stands: written, proposed for review, published.
    pub enum PracticeState, messages "knowledge-state" {
        Draft = "draft",
        Submitted = "submitted",
        Published = "published",
    }
}

impl PracticeState {
    pub fn may_move_to(self, to: PracticeState) -> bool {
        use PracticeState::*;
        matches!((self, to), (Draft, Submitted) | (Submitted, Published) | (Submitted, Draft) | (Published, Draft))
    }
}

pub fn may_move(from: &str, to: &str) -> bool {
    match (PracticeState::parse(from), PracticeState::parse(to)) {
        (Some(from), Some(to)) => from.may_move_to(to),
        _ => false,
    }
}

pub async fn move_to(tx: &mut Tx, id: i64, to: PracticeState) -> Result<Result<(), PracticeState>, sqlx::Error> {
    let from: PracticeState = on_tx!(tx, |c| sqlx::query_scalar("SELECT state FROM practices WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *c)
        .await)?;
    if !from.may_move_to(to) {
        return Ok(Err(from));
    }
    let published = (to == PracticeState::Published).then(Utc::now);
    on_tx!(tx, |c| sqlx::query(
        "UPDATE practices SET state = $1, published_at = COALESCE($2, published_at), updated_at = $3 WHERE id = $4"
    )
    .bind(to)
    .bind(published)
    .bind(Utc::now())
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    changed(tx, id).await?;
    Ok(Ok(()))
}

/// The languages a reader is shown a practice in, in order: their own,
/// then the languages of their family they read without a translation
/// (Bosnian, Croatian, Montenegrin and Serbian in either script), then
/// English, which the region's practitioners share.
pub fn reading_order(reader: &str) -> Vec<&'static str> {
    const FAMILY: [&str; 5] = ["bs", "hr", "cnr", "sr-Latn", "sr-Cyrl"];
    let mut order: Vec<&'static str> = Vec::new();
    let own = FAMILY.iter().chain(["en", "fr", "sq", "mk"].iter()).find(|l| **l == reader).copied();
    order.extend(own);
    if FAMILY.contains(&reader) {
        order.extend(FAMILY.iter().filter(|l| **l != reader));
    }
    if reader != "en" {
        order.push("en");
    }
    order
}

/// The text of a field in the first language of `order` that has it
/// (reviewed or human translations before machine ones), else the original.
pub fn text_in_order<'a>(texts: &'a [Text], field: &str, order: &[&str], original: &str) -> Option<&'a Text> {
    let rank = |t: &Text| if t.status == "machine" { 1 } else { 0 };
    for language in order {
        let mut found: Vec<&Text> = texts.iter().filter(|t| t.field == field && t.language == *language).collect();
        found.sort_by_key(|t| rank(t));
        if let Some(t) = found.first() {
            // A machine translation only stands in when nothing better exists.
            if t.status != "machine" || *language == order[0] {
                return Some(t);
            }
        }
    }
    texts
        .iter()
        .find(|t| t.field == field && t.language == original)
        .or_else(|| texts.iter().find(|t| t.field == field && order.contains(&t.language.as_str())))
}

/// The text of a field in the reader's language, else in the original.
pub fn text_in<'a>(texts: &'a [Text], field: &str, language: &str, original: &str) -> Option<&'a Text> {
    texts
        .iter()
        .find(|t| t.field == field && t.language == language)
        .or_else(|| texts.iter().find(|t| t.field == field && t.language == original))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(language: &str, status: &str) -> Text {
        Text {
            language: language.into(),
            field: "title".into(),
            body: format!("{language} {status}"),
            status: status.into(),
        }
    }

    #[test]
    fn readers_get_the_closest_version_they_can_read() {
        assert_eq!(reading_order("sq"), ["sq", "en"]);
        assert_eq!(reading_order("hr")[..3], ["hr", "bs", "cnr"]);
        let texts = [text("mk", "original"), text("en", "reviewed"), text("bs", "machine")];
        // An Albanian reader gets the reviewed English text, not the Macedonian original.
        assert_eq!(text_in_order(&texts, "title", &reading_order("sq"), "mk").unwrap().language, "en");
        // A Croatian reader: the Bosnian text is only machine-translated, so English (reviewed) first.
        assert_eq!(text_in_order(&texts, "title", &reading_order("hr"), "mk").unwrap().language, "en");
        // A Bosnian reader asked for their own language: the machine translation, marked as such.
        assert_eq!(text_in_order(&texts, "title", &reading_order("bs"), "mk").unwrap().status, "machine");
        // A Macedonian reader: the original.
        assert_eq!(text_in_order(&texts, "title", &reading_order("mk"), "mk").unwrap().language, "mk");
    }
}
