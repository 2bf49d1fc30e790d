//! Reading and writing studies, their waves, neighbourhoods, margins and
//! indicators. Responses are written by `import` and read here.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

use crate::instrument::{self, Indicator};

platform::record! {
    #[derive(Clone, Debug)]
    pub struct Study {
        pub id: i64,
        pub place_id: i64,
        pub place_code: String,
        pub place_name: String,
        pub title: String,
        pub notes: String,
        pub suppression_k: i64,
        pub weighting: String,
        pub created_at: DateTime<Utc>,
    }
}

const STUDY_COLUMNS: &str = "SELECT s.id AS id, s.place_id AS place_id, p.code AS place_code, p.name AS place_name, \
     s.title AS title, s.notes AS notes, s.suppression_k AS suppression_k, s.weighting AS weighting, \
     s.created_at AS created_at FROM studies s JOIN places p ON p.id = s.place_id";

pub async fn load(db: &Db, id: i64) -> Result<Option<Study>, sqlx::Error> {
    let sql = format!("{STUDY_COLUMNS} WHERE s.id = $1");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub async fn all(db: &Db) -> Result<Vec<Study>, sqlx::Error> {
    let sql = format!("{STUDY_COLUMNS} ORDER BY p.name, s.created_at");
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Wave {
    pub id: i64,
    pub position: i64,
    pub name: String,
}

pub async fn waves(db: &Db, study_id: i64) -> Result<Vec<Wave>, sqlx::Error> {
    let rows: Vec<(i64, i64, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, position, name FROM study_waves WHERE study_id = $1 ORDER BY position"
    )
    .bind(study_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(id, position, name)| Wave { id, position, name }).collect())
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct Neighbourhood {
    pub id: i64,
    pub code: String,
    pub name: String,
}

/// The neighbourhoods of a municipality: the places below it at that level.
pub async fn neighbourhoods(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Neighbourhood>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT p.id, p.code, p.name FROM place_parents pp JOIN places p ON p.id = pp.place_id \
         WHERE pp.parent_id = $1 AND p.level = 'neighbourhood' \
         AND (pp.valid_from IS NULL OR pp.valid_from <= $2) AND (pp.valid_to IS NULL OR pp.valid_to > $2) \
         ORDER BY p.name"
    )
    .bind(place_id)
    .bind(on)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(id, code, name)| Neighbourhood { id, code, name }).collect())
}

pub struct NewStudy<'a> {
    pub place_id: i64,
    pub title: &'a str,
    pub notes: &'a str,
    pub suppression_k: i64,
    pub waves: &'a [String],
}

pub async fn create(tx: &mut Tx, new: &NewStudy<'_>) -> Result<i64, sqlx::Error> {
    let now = Utc::now();
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO studies (place_id, title, notes, suppression_k, weighting, created_at) VALUES ($1, $2, $3, $4, 'none', $5) RETURNING id"
    )
    .bind(new.place_id)
    .bind(new.title)
    .bind(new.notes)
    .bind(new.suppression_k)
    .bind(now)
    .fetch_one(&mut *c)
    .await
    })?;
    for (position, name) in new.waves.iter().enumerate() {
        on_tx!(tx, |c| sqlx::query("INSERT INTO study_waves (study_id, position, name) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(position as i64 + 1)
            .bind(name)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(id)
}

pub async fn update_notes(tx: &mut Tx, study_id: i64, notes: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE studies SET notes = $1 WHERE id = $2")
        .bind(notes)
        .bind(study_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Adds a neighbourhood below the study's municipality, coded after it
/// (MK-703-N01, MK-703-N02…), valid from `on`.
pub async fn add_neighbourhood(tx: &mut Tx, study: &Study, name: &str, on: NaiveDate) -> Result<i64, sqlx::Error> {
    let prefix = format!("{}-N", study.place_code);
    let taken: Vec<String> = on_tx!(tx, |c| sqlx::query_scalar("SELECT code FROM places WHERE code LIKE $1")
        .bind(format!("{prefix}%"))
        .fetch_all(&mut *c)
        .await)?;
    let next = (1..).find(|n| !taken.contains(&format!("{prefix}{n:02}"))).unwrap_or(1);
    let code = format!("{prefix}{next:02}");
    let key = platform::fold::search_key([name]);
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO places (code, level, name, name_alt, source, search_key, valid_from) VALUES ($1, 'neighbourhood', $2, '', $3, $4, $5) RETURNING id"
    )
    .bind(&code)
    .bind(name)
    .bind(format!("study {}", study.id))
    .bind(&key)
    .bind(on)
    .fetch_one(&mut *c)
    .await
    })?;
    on_tx!(tx, |c| sqlx::query("INSERT INTO place_parents (place_id, parent_id, valid_from) VALUES ($1, $2, $3)")
        .bind(id)
        .bind(study.place_id)
        .bind(on)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    platform::search_feed::changed(tx, &format!("place:{code}")).await?;
    Ok(id)
}

/// Population margins of a wave: dimension → category → population.
pub type Margins = BTreeMap<String, BTreeMap<String, f64>>;

pub async fn margins(db: &Db, wave_id: i64) -> Result<Margins, sqlx::Error> {
    let rows: Vec<(String, String, f64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT dimension, category, population FROM study_margins WHERE wave_id = $1 ORDER BY id"
    )
    .bind(wave_id)
    .fetch_all(pool)
    .await)?;
    let mut out = Margins::new();
    for (dimension, category, population) in rows {
        out.entry(dimension).or_default().insert(category, population);
    }
    Ok(out)
}

pub async fn replace_margins(tx: &mut Tx, wave_id: i64, margins: &Margins) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM study_margins WHERE wave_id = $1")
        .bind(wave_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for (dimension, categories) in margins {
        for (category, population) in categories {
            on_tx!(tx, |c| sqlx::query(
                "INSERT INTO study_margins (wave_id, dimension, category, population) VALUES ($1, $2, $3, $4)"
            )
            .bind(wave_id)
            .bind(dimension)
            .bind(category)
            .bind(population)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
    }
    Ok(())
}

pub async fn set_weighting(tx: &mut Tx, study_id: i64, weighting: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE studies SET weighting = $1 WHERE id = $2")
        .bind(weighting)
        .bind(study_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The built-in indicators followed by the study's own.
pub async fn indicators(db: &Db, study_id: i64) -> Result<Vec<Indicator>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, name, items FROM study_indicators WHERE study_id = $1 ORDER BY id"
    )
    .bind(study_id)
    .fetch_all(pool)
    .await)?;
    let mut out = instrument::builtin_indicators();
    out.extend(rows.into_iter().map(|(id, name, items)| Indicator {
        key: format!("custom_{id}"),
        name,
        builtin: false,
        items: items.split(',').filter_map(|k| instrument::item(k).map(|(_, i)| i.key)).collect(),
    }));
    Ok(out)
}

pub async fn add_indicator(tx: &mut Tx, study_id: i64, name: &str, items: &[&str]) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO study_indicators (study_id, name, items) VALUES ($1, $2, $3) RETURNING id"
    )
    .bind(study_id)
    .bind(name)
    .bind(items.join(","))
    .fetch_one(&mut *c)
    .await)
}

/// One respondent as the indices need them.
pub struct Response {
    pub wave_id: i64,
    pub neighbourhood_id: i64,
    pub sex: String,
    pub age_group: String,
    pub community: String,
    /// One value per item (None: no answer); choices as their index in `TurnTo::ALL`.
    pub values: Vec<Option<u8>>,
}

/// Parses the stored answers: numbers for scale and yes/no items, the
/// option's position for choices; free text is not read here.
pub fn parse_answers(answers: &str) -> Vec<Option<u8>> {
    answers
        .split('|')
        .zip(instrument::ITEMS)
        .map(|(v, item)| match item.kind {
            instrument::Kind::Choice => instrument::TurnTo::ALL.iter().position(|o| o.as_str() == v).map(|p| p as u8),
            instrument::Kind::FreeText => None,
            _ => v.parse().ok(),
        })
        .collect()
}

/// A study's responses without their free text. They are read as one
/// concatenated text per wave and neighbourhood: a few hundred rows instead
/// of one per respondent, which is what makes a study of 200,000 responses
/// load in a fraction of a second.
pub async fn responses(db: &Db, study_id: i64) -> Result<Vec<Response>, sqlx::Error> {
    let concatenated = match db.backend() {
        platform::Backend::Sqlite => {
            "group_concat(r.sex || '|' || r.age_group || '|' || r.community || '|' || r.answers, char(10))"
        }
        platform::Backend::Postgres => {
            "string_agg(r.sex || '|' || r.age_group || '|' || r.community || '|' || r.answers, E'\\n')"
        }
    };
    let sql = format!(
        "SELECT r.wave_id, r.neighbourhood_id, {concatenated} FROM study_responses r \
         JOIN study_waves w ON w.id = r.wave_id WHERE w.study_id = $1 GROUP BY r.wave_id, r.neighbourhood_id"
    );
    let rows: Vec<(i64, i64, String)> = on_db!(db, |pool| sqlx::query_as(&sql).bind(study_id).fetch_all(pool).await)?;
    let mut out = Vec::new();
    for (wave_id, neighbourhood_id, text) in rows {
        for line in text.split('\n') {
            let mut parts = line.splitn(4, '|');
            let (Some(sex), Some(age_group), Some(community), Some(answers)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            out.push(Response {
                wave_id,
                neighbourhood_id,
                sex: sex.to_string(),
                age_group: age_group.to_string(),
                community: community.to_string(),
                values: parse_answers(answers),
            });
        }
    }
    Ok(out)
}

platform::record! {
    pub struct ImportRecord {
        pub id: i64,
        pub wave: String,
        pub file_name: String,
        pub rows_read: i64,
        pub rows_imported: i64,
        pub valid_rows_only: bool,
        pub imported_at: DateTime<Utc>,
    }
}

pub async fn imports(db: &Db, study_id: i64) -> Result<Vec<ImportRecord>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT i.id AS id, w.name AS wave, i.file_name AS file_name, i.rows_read AS rows_read, \
         i.rows_imported AS rows_imported, i.valid_rows_only AS valid_rows_only, i.imported_at AS imported_at \
         FROM study_imports i JOIN study_waves w ON w.id = i.wave_id WHERE i.study_id = $1 ORDER BY i.id DESC"
    )
    .bind(study_id)
    .fetch_all(pool)
    .await)
}

platform::record! {
    /// One respondent with everything they answered, free text still sealed.
    pub struct FullResponse {
        pub respondent: String,
        pub wave: String,
        /// The neighbourhood's code.
        pub neighbourhood: String,
        pub sex: String,
        pub age_group: String,
        pub community: String,
        pub answers: String,
        pub free_text: String,
    }
}

/// A study's responses with their free text, wave by wave, for the owners' download.
pub async fn full_responses(db: &Db, study_id: i64) -> Result<Vec<FullResponse>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT r.respondent AS respondent, w.name AS wave, p.code AS neighbourhood, r.sex AS sex, \
         r.age_group AS age_group, r.community AS community, r.answers AS answers, r.free_text AS free_text \
         FROM study_responses r JOIN study_waves w ON w.id = r.wave_id JOIN places p ON p.id = r.neighbourhood_id \
         WHERE w.study_id = $1 ORDER BY w.position, r.id"
    )
    .bind(study_id)
    .fetch_all(pool)
    .await)
}

/// The respondents a wave already has, so an import does not add them twice.
pub async fn respondents_in_wave(db: &Db, wave_id: i64) -> Result<Vec<String>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT respondent FROM study_responses WHERE wave_id = $1")
        .bind(wave_id)
        .fetch_all(pool)
        .await)
}

/// The network's member municipalities today: (id, name), by name.
pub async fn member_municipalities(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT DISTINCT p.id, p.name FROM memberships m JOIN places p ON p.id = m.place_id WHERE m.valid_to IS NULL ORDER BY p.name"
    )
    .fetch_all(pool)
    .await
    })
}
