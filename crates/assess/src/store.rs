//! The assessments' SQL: rounds, their municipalities, answers.

use std::collections::BTreeMap;

use base64::Engine;
use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

platform::record! {
    #[derive(Debug, Clone)]
    pub struct Round {
        pub id: i64,
        pub instrument_id: i64,
        pub name: String,
        pub opened_on: NaiveDate,
        pub deadline: NaiveDate,
    }
}

pub async fn rounds(db: &Db) -> Result<Vec<Round>, sqlx::Error> {
    let sql = format!("SELECT {} FROM rounds ORDER BY opened_on DESC, id DESC", Round::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

pub async fn round(db: &Db, id: i64) -> Result<Option<Round>, sqlx::Error> {
    let sql = format!("SELECT {} FROM rounds WHERE id = $1", Round::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

pub async fn open_round(
    tx: &mut Tx,
    instrument_id: i64,
    name: &str,
    opened_on: NaiveDate,
    deadline: NaiveDate,
    places: &[i64],
) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO rounds (instrument_id, name, opened_on, deadline, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(instrument_id)
    .bind(name)
    .bind(opened_on)
    .bind(deadline)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    for place in places {
        on_tx!(tx, |c| sqlx::query(
            "INSERT INTO round_places (round_id, place_id, status, share_national) VALUES ($1, $2, 'not_started', $3)"
        )
        .bind(id)
        .bind(place)
        .bind(false)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(id)
}

platform::text_enum! {
    /// Where a municipality's entry in a round stands.
    pub enum EntryStatus, messages "assess-status" {
        NotStarted = "not_started",
        Draft = "draft",
        Submitted = "submitted",
    }
}

impl EntryStatus {
    /// Answers can still be changed (reopening a submitted entry makes it a draft).
    pub fn editable(self) -> bool {
        self != EntryStatus::Submitted
    }
}

platform::record! {
    pub struct Progress {
        pub place_id: i64,
        pub code: String,
        pub name: String,
        pub status: EntryStatus,
        pub submitted_at: Option<DateTime<Utc>>,
    }
}

pub async fn progress(db: &Db, round_id: i64) -> Result<Vec<Progress>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT p.id AS place_id, p.code AS code, p.name AS name, rp.status AS status, rp.submitted_at AS submitted_at \
             FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = $1 ORDER BY p.name",
        )
        .bind(round_id)
        .fetch_all(pool)
        .await
    })
}

pub struct Entry {
    pub id: i64,
    pub status: EntryStatus,
    pub share_national: bool,
    pub answers: BTreeMap<String, String>,
}

/// One municipality's entry in a round, with its answers by question name.
pub async fn entry(db: &Db, round_id: i64, place_id: i64) -> Result<Option<Entry>, sqlx::Error> {
    let head: Option<(i64, EntryStatus, bool)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, status, share_national FROM round_places WHERE round_id = $1 AND place_id = $2"
    )
    .bind(round_id)
    .bind(place_id)
    .fetch_optional(pool)
    .await)?;
    let Some((id, status, share_national)) = head else { return Ok(None) };
    let answers: Vec<(String, String)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT q.name, a.value FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.round_place_id = $1"
    )
    .bind(id)
    .fetch_all(pool)
    .await
    })?;
    Ok(Some(Entry { id, status, share_national, answers: answers.into_iter().collect() }))
}

/// Replaces an entry's answers and sets its status.
pub async fn save_entry(
    tx: &mut Tx,
    entry_id: i64,
    answers: &[(i64, String)],
    status: EntryStatus,
    share_national: bool,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM answers WHERE round_place_id = $1")
        .bind(entry_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for (question, value) in answers {
        on_tx!(tx, |c| sqlx::query("INSERT INTO answers (round_place_id, question_id, value) VALUES ($1, $2, $3)")
            .bind(entry_id)
            .bind(question)
            .bind(value)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    let submitted = (status == EntryStatus::Submitted).then_some(now);
    on_tx!(tx, |c| sqlx::query(
        "UPDATE round_places SET status = $1, share_national = $2, updated_at = $3, submitted_at = $4 WHERE id = $5"
    )
    .bind(status)
    .bind(share_national)
    .bind(now)
    .bind(submitted)
    .bind(entry_id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    // A file whose question no longer has an answer (it stopped applying)
    // goes with the answer.
    on_tx!(tx, |c| sqlx::query(
        "DELETE FROM answer_files WHERE round_place_id = $1 \
         AND question_id NOT IN (SELECT question_id FROM answers WHERE round_place_id = $1)"
    )
    .bind(entry_id)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    crate::rollup::refresh(tx, entry_id).await?;
    crate::rollup::recount_entry(tx, entry_id).await
}

pub async fn reopen(tx: &mut Tx, entry_id: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE round_places SET status = 'draft', submitted_at = NULL WHERE id = $1")
        .bind(entry_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    crate::rollup::recount_entry(tx, entry_id).await
}

/// Every submitted answer of a round: (place id, question name, value).
pub async fn submitted_answers(db: &Db, round_id: i64) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT rp.place_id, q.name, a.value FROM answers a JOIN round_places rp ON rp.id = a.round_place_id \
         JOIN questions q ON q.id = a.question_id WHERE rp.round_id = $1 AND rp.status = 'submitted'"
    )
    .bind(round_id)
    .fetch_all(pool)
    .await)
}

platform::record! {
    /// How many submitted answers gave one value to one question, among the
    /// places that had one parent when the round opened (None: no parent).
    pub struct GroupedCount {
        pub question: String,
        pub value: String,
        pub parent: Option<i64>,
        pub count: i64,
    }
}

/// A round's submitted answers, counted by question, value and the parent
/// each place had when the round opened: a few thousand rows however many
/// municipalities answered, so results stay fast at scale.
pub async fn grouped_answers(db: &Db, round_id: i64, _opened_on: NaiveDate) -> Result<Vec<GroupedCount>, sqlx::Error> {
    // Read from the roll-up kept with the answers (`rollup`), not the answers.
    on_db!(db, |pool| {
        sqlx::query_as(
            "SELECT q.name AS question, c.value AS value, NULLIF(c.parent_id, 0) AS parent, c.count AS count \
             FROM answer_counts c JOIN questions q ON q.id = c.question_id WHERE c.round_id = $1 AND c.count > 0",
        )
        .bind(round_id)
        .fetch_all(pool)
        .await
    })
}

/// A round's submitted answers counted by question and value only.
pub async fn region_counts(db: &Db, round_id: i64) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT q.name, c.value, CAST(SUM(c.count) AS BIGINT) FROM answer_counts c JOIN questions q ON q.id = c.question_id \
         WHERE c.round_id = $1 GROUP BY q.name, c.value"
    )
    .bind(round_id)
    .fetch_all(pool)
    .await
    })
}

/// Each submitting municipality that answered any headline question, and
/// whether it lacks something (`results::lacks`), from the summaries kept
/// with the answers (`rollup`): one small row for each municipality.
pub async fn headline_lacking(db: &Db, round_id: i64) -> Result<BTreeMap<i64, bool>, sqlx::Error> {
    let rows: Vec<(i64, bool)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT rp.place_id, s.lacks FROM round_places rp JOIN round_place_summaries s ON s.round_place_id = rp.id \
         WHERE rp.round_id = $1 AND rp.status = 'submitted' AND s.headline_answered"
    )
    .bind(round_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows.into_iter().collect())
}

/// How many municipalities a round covers, and how many submitted.
pub async fn response_rate(db: &Db, round_id: i64) -> Result<(i64, i64), sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT COUNT(*), COUNT(submitted_at) FROM round_places WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(pool)
        .await)
}

/// Each place's parent on a date.
pub async fn parents_on(db: &Db, on: NaiveDate) -> Result<BTreeMap<i64, i64>, sqlx::Error> {
    let links: Vec<(i64, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT place_id, parent_id FROM place_parents WHERE (valid_from IS NULL OR valid_from <= $1) AND (valid_to IS NULL OR valid_to > $1)"
    )
    .bind(on)
    .fetch_all(pool)
    .await
    })?;
    Ok(links.into_iter().collect())
}

/// Every parent link with its validity, for working out the hierarchy on
/// many dates from one read.
pub struct Hierarchy(Vec<ParentLink>);

platform::record! {
    /// A place's parent from `valid_from` until the day before `valid_to`.
    struct ParentLink {
        place_id: i64,
        parent_id: i64,
        valid_from: Option<NaiveDate>,
        valid_to: Option<NaiveDate>,
    }
}

impl Hierarchy {
    pub async fn load(db: &Db) -> Result<Hierarchy, sqlx::Error> {
        let sql = format!("SELECT {} FROM place_parents", ParentLink::COLUMNS);
        on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await).map(Hierarchy)
    }

    /// Each place's parent on `on`, as `parents_on` reads it.
    pub fn on(&self, on: NaiveDate) -> BTreeMap<i64, i64> {
        self.0
            .iter()
            .filter(|link| link.valid_from.is_none_or(|f| f <= on) && link.valid_to.is_none_or(|t| t > on))
            .map(|link| (link.place_id, link.parent_id))
            .collect()
    }
}

/// Each place's country (and the country's name) on a date, following the
/// dated hierarchy, so a round rolls up to the parents places had then.
/// The countries of the directory: (code, name), by name.
pub async fn countries(db: &Db) -> Result<Vec<(String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT code, name FROM places WHERE level = 'country' ORDER BY name")
        .fetch_all(pool)
        .await)
}

/// The local governments a round covers: the network's members today in
/// the countries given (or all of them).
pub async fn members_in(db: &Db, countries: &[String]) -> Result<Vec<i64>, sqlx::Error> {
    let today = chrono::Utc::now().date_naive();
    let members: Vec<i64> = on_db!(db, |pool| {
        sqlx::query_scalar(
            "SELECT DISTINCT place_id FROM memberships WHERE member_since <= $1 AND (valid_to IS NULL OR valid_to > $1)",
        )
        .bind(today)
        .fetch_all(pool)
        .await
    })?;
    if countries.is_empty() {
        return Ok(members);
    }
    let map = countries_on(db, today).await?;
    let ids: Vec<(i64, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, code FROM places WHERE level = 'country'").fetch_all(pool).await)?;
    let wanted: Vec<i64> = ids.into_iter().filter(|(_, code)| countries.contains(code)).map(|(id, _)| id).collect();
    Ok(members.into_iter().filter(|m| map.get(m).is_some_and(|(c, _)| wanted.contains(c))).collect())
}

pub async fn countries_on(db: &Db, on: NaiveDate) -> Result<BTreeMap<i64, (i64, String)>, sqlx::Error> {
    let (parents, places) = tokio::try_join!(parents_on(db, on), place_names(db, false))?;
    Ok(countries_of(&parents, &places))
}

/// Each place's country and its name, walking up `parents` (from
/// [`parents_on`]) to the first place of level `country` in `places`
/// (from [`place_names`]).
pub fn countries_of(
    parents: &BTreeMap<i64, i64>,
    places: &BTreeMap<i64, (String, String)>,
) -> BTreeMap<i64, (i64, String)> {
    let mut out = BTreeMap::new();
    for &place in parents.keys() {
        let mut current = place;
        for _ in 0..16 {
            if let Some((name, level)) = places.get(&current) {
                if level == "country" {
                    out.insert(place, (current, name.clone()));
                    break;
                }
            }
            match parents.get(&current) {
                Some(p) => current = *p,
                None => break,
            }
        }
    }
    out
}

/// Every place's name and level, by id; with `kosovo_footnote`, Kosovo's
/// name carries its asterisk as everywhere else on the site.
pub async fn place_names(db: &Db, kosovo_footnote: bool) -> Result<BTreeMap<i64, (String, String)>, sqlx::Error> {
    let sql = format!("SELECT {} FROM places", PlaceRow::COLUMNS);
    let rows: Vec<PlaceRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows
        .into_iter()
        .map(|p| (p.id, (directory::places::shown_name(&p.code, &p.name, kosovo_footnote), p.level)))
        .collect())
}

platform::record! {
    struct PlaceRow {
        id: i64,
        code: String,
        name: String,
        level: String,
    }
}

/// A municipality's answer to a question in its latest submitted assessment.
pub async fn latest_answer(db: &Db, place_id: i64, question: &str) -> Result<Option<String>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_scalar(
        "SELECT a.value FROM answers a JOIN questions q ON q.id = a.question_id JOIN round_places rp ON rp.id = a.round_place_id \
         WHERE rp.place_id = $1 AND rp.status = 'submitted' AND q.name = $2 ORDER BY rp.submitted_at DESC LIMIT 1"
    )
    .bind(place_id)
    .bind(question)
    .fetch_optional(pool)
    .await
    })
}

/// The needs a municipality ranked as priorities in its latest submitted
/// assessment, most pressing first (choice codes such as need_youth).
pub async fn priority_needs(db: &Db, place_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let value = latest_answer(db, place_id, "priority_needs").await?;
    Ok(value.map(|v| v.split(',').filter(|s| !s.is_empty()).map(String::from).collect()).unwrap_or_default())
}

/// The priority needs of every municipality with a submitted assessment,
/// from its latest one: one query for a whole country or region.
pub async fn priority_needs_by_place(db: &Db) -> Result<BTreeMap<i64, Vec<String>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT rp.place_id, a.value FROM answers a JOIN questions q ON q.id = a.question_id JOIN round_places rp ON rp.id = a.round_place_id \
         WHERE rp.status = 'submitted' AND q.name = 'priority_needs' ORDER BY rp.submitted_at"
    )
    .fetch_all(pool)
    .await
    })?;
    // Oldest first, so the latest submission of each place is the one kept.
    Ok(rows
        .into_iter()
        .map(|(place, value)| (place, value.split(',').filter(|s| !s.is_empty()).map(String::from).collect()))
        .collect())
}

/// Keeps the round's yes/no "shared with the national coordinator" flag in
/// step with the municipality's audience choice.
pub async fn set_share_national(tx: &mut Tx, round_place_id: i64, shared: bool) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE round_places SET share_national = $1 WHERE id = $2")
        .bind(shared)
        .bind(round_place_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

platform::record! {
    /// A municipality that submitted its answers to a round.
    pub struct SubmittedPlace {
        pub id: i64,
        pub code: String,
        pub name: String,
    }
}

/// The municipalities that submitted to a round, by code.
pub async fn submitted_places(db: &Db, round_id: i64) -> Result<Vec<SubmittedPlace>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT p.id AS id, p.code AS code, p.name AS name FROM round_places rp JOIN places p ON p.id = rp.place_id \
         WHERE rp.round_id = $1 AND rp.status = 'submitted' ORDER BY p.code"
    )
    .bind(round_id)
    .fetch_all(pool)
    .await)
}

/// Every answer of some municipalities to a round: (place id, question name, value).
pub async fn answers_of_places(
    db: &Db,
    round_id: i64,
    place_ids: &[i64],
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    let ids = place_ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    // Only integer ids are inlined.
    let sql = format!(
        "SELECT rp.place_id, q.name, a.value FROM answers a JOIN round_places rp ON rp.id = a.round_place_id \
         JOIN questions q ON q.id = a.question_id WHERE rp.round_id = $1 AND rp.place_id IN ({ids})"
    );
    on_db!(db, |pool| sqlx::query_as(&sql).bind(round_id).fetch_all(pool).await)
}

/// Replaces the entry's file for a question, and its answer.
pub async fn keep_file(
    tx: &mut Tx,
    entry: i64,
    question: i64,
    name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<(), sqlx::Error> {
    for table in ["answer_files", "answers"] {
        let sql = format!("DELETE FROM {table} WHERE round_place_id = $1 AND question_id = $2");
        on_tx!(tx, |c| sqlx::query(&sql).bind(entry).bind(question).execute(&mut *c).await.map(|_| ()))?;
    }
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO answer_files (round_place_id, question_id, file_name, content_type, size, data, uploaded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(entry)
    .bind(question)
    .bind(name)
    .bind(content_type)
    .bind(bytes.len() as i64)
    .bind(base64::engine::general_purpose::STANDARD.encode(bytes))
    .bind(Utc::now())
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query("INSERT INTO answers (round_place_id, question_id, value) VALUES ($1, $2, $3)")
        .bind(entry)
        .bind(question)
        .bind(name)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A question's uploaded file in an entry: (name, content type, base64 data).
pub async fn answer_file(db: &Db, entry: i64, question: i64) -> Result<Option<(String, String, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT file_name, content_type, data FROM answer_files WHERE round_place_id = $1 AND question_id = $2"
    )
    .bind(entry)
    .bind(question)
    .fetch_optional(pool)
    .await)
}
