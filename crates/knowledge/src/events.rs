//! Events and peer exchanges: workshops (like the hub's first, in
//! Sarajevo), study visits and conferences, with their agenda, materials
//! and outputs; participants by position, registered and marked present;
//! and quick polls that participants answer anonymously with a join code,
//! counted live.

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

pub const KINDS: &[&str] = EventKind::TEXTS;

platform::text_enum! {
    /// What kind of meeting an event is; the same values as `KINDS`.
    pub enum EventKind, messages "knowledge-event" {
        Workshop = "workshop",
        StudyVisit = "study_visit",
        Conference = "conference",
        PeerExchange = "peer_exchange",
    }
}

#[derive(Clone, Debug, Default)]
pub struct Event {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place_name: String,
    pub languages: Vec<String>,
    pub agenda: String,
    pub materials: Vec<String>,
    pub outputs: String,
}

impl Event {
    /// The kind read through its vocabulary, if it is one of `KINDS`.
    pub fn kind_of(&self) -> Option<EventKind> {
        EventKind::parse(&self.kind)
    }
}

platform::record! {
    /// An event as stored: its lists are text.
    struct EventRow {
        id: i64,
        title: String,
        kind: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        place_name: String,
        languages: String,
        agenda: String,
        materials: String,
        outputs: String,
    }
}

impl From<EventRow> for Event {
    fn from(row: EventRow) -> Event {
        Event {
            id: row.id,
            title: row.title,
            kind: row.kind,
            starts_on: row.starts_on,
            ends_on: row.ends_on,
            place_name: row.place_name,
            languages: row.languages.split(',').filter(|l| !l.is_empty()).map(String::from).collect(),
            agenda: row.agenda,
            materials: row.materials.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
            outputs: row.outputs,
        }
    }
}

pub async fn all(db: &Db) -> Result<Vec<Event>, sqlx::Error> {
    let sql = format!("SELECT {} FROM events ORDER BY starts_on DESC", EventRow::COLUMNS);
    let rows: Vec<EventRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Event::from).collect())
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Event>, sqlx::Error> {
    Ok(all(db).await?.into_iter().find(|e| e.id == id))
}

pub async fn create(tx: &mut Tx, e: &Event) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO events (title, kind, starts_on, ends_on, place_name, languages, agenda, materials, outputs, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
    )
    .bind(&e.title)
    .bind(&e.kind)
    .bind(e.starts_on)
    .bind(e.ends_on)
    .bind(&e.place_name)
    .bind(e.languages.join(","))
    .bind(&e.agenda)
    .bind(e.materials.join("\n"))
    .bind(&e.outputs)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    platform::search_feed::changed(tx, &format!("event:{id}")).await?;
    Ok(id)
}

/// (position, its title and institution, attended).
pub async fn participants(db: &Db, event: i64) -> Result<Vec<(i64, String, bool)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT p.id, p.title || ' · ' || i.name, e.attended FROM event_participants e JOIN positions p ON p.id = e.position_id \
         JOIN institutions i ON i.id = p.institution_id WHERE e.event_id = $1 ORDER BY i.name, p.title"
    )
    .bind(event)
    .fetch_all(pool)
    .await
    })
}

pub async fn register(tx: &mut Tx, event: i64, position: i64, at: DateTime<Utc>) -> Result<bool, sqlx::Error> {
    let done = on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO event_participants (event_id, position_id, registered_at, attended) VALUES ($1, $2, $3, FALSE) ON CONFLICT DO NOTHING"
    )
    .bind(event)
    .bind(position)
    .bind(at)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(done == 1)
}

pub async fn mark_attended(tx: &mut Tx, event: i64, present: &[i64]) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE event_participants SET attended = FALSE WHERE event_id = $1")
        .bind(event)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    for position in present {
        on_tx!(tx, |c| sqlx::query(
            "UPDATE event_participants SET attended = TRUE WHERE event_id = $1 AND position_id = $2"
        )
        .bind(event)
        .bind(position)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

#[derive(Clone, Debug)]
pub struct Poll {
    pub id: i64,
    pub event_id: i64,
    pub question: String,
    pub options: Vec<String>,
    pub join_code: String,
    pub open: bool,
}

platform::record! {
    /// A poll as stored: its options are one a line.
    struct PollRow {
        id: i64,
        event_id: i64,
        question: String,
        options: String,
        join_code: String,
        open: bool,
    }
}

impl From<PollRow> for Poll {
    fn from(row: PollRow) -> Poll {
        Poll {
            id: row.id,
            event_id: row.event_id,
            question: row.question,
            options: row.options.lines().map(String::from).collect(),
            join_code: row.join_code,
            open: row.open,
        }
    }
}

pub async fn polls(db: &Db, event: i64) -> Result<Vec<Poll>, sqlx::Error> {
    let sql = format!("SELECT {} FROM polls WHERE event_id = $1 ORDER BY id", PollRow::COLUMNS);
    let rows: Vec<PollRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(event).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(Poll::from).collect())
}

pub async fn poll_by_code(db: &Db, code: &str) -> Result<Option<Poll>, sqlx::Error> {
    let sql = format!("SELECT {} FROM polls WHERE join_code = $1", PollRow::COLUMNS);
    let code = code.trim().to_uppercase();
    let row: Option<PollRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(&code).fetch_optional(pool).await)?;
    Ok(row.map(Poll::from))
}

/// Whether the browser with this token has voted in the poll.
pub async fn has_voted(db: &Db, poll: i64, voter_hash: &str) -> Result<bool, sqlx::Error> {
    let votes: i64 = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM poll_voters WHERE poll_id = $1 AND token_hash = $2"
    )
    .bind(poll)
    .bind(voter_hash)
    .fetch_one(pool)
    .await)?;
    Ok(votes > 0)
}

/// A join code of six letters and digits that are hard to confuse.
pub fn join_code() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = fastrand::Rng::new();
    (0..6).map(|_| ALPHABET[rng.usize(0..ALPHABET.len())] as char).collect()
}

pub async fn create_poll(tx: &mut Tx, event: i64, question: &str, options: &[String]) -> Result<String, sqlx::Error> {
    let code = join_code();
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO polls (event_id, question, options, join_code, open, created_at) VALUES ($1, $2, $3, $4, TRUE, $5)"
    )
    .bind(event)
    .bind(question)
    .bind(options.join("\n"))
    .bind(&code)
    .bind(Utc::now())
    .execute(&mut *c)
    .await
    .map(|_| ())
    })?;
    Ok(code)
}

/// Votes per option.
pub async fn counts(db: &Db, poll: &Poll) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT option_index, COUNT(*) FROM poll_votes WHERE poll_id = $1 GROUP BY option_index"
    )
    .bind(poll.id)
    .fetch_all(pool)
    .await)?;
    Ok((0..poll.options.len() as i64)
        .map(|i| rows.iter().find(|(o, _)| *o == i).map(|(_, n)| *n).unwrap_or(0))
        .collect())
}

/// Records a vote unless this browser has voted in the poll; the vote and
/// the voter are stored apart, so no vote can be traced to anyone.
pub async fn vote(tx: &mut Tx, poll: i64, option: i64, voter_hash: &str) -> Result<bool, sqlx::Error> {
    let first = on_tx!(tx, |c| sqlx::query(
        "INSERT INTO poll_voters (poll_id, token_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    )
    .bind(poll)
    .bind(voter_hash)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))?;
    if first == 0 {
        return Ok(false);
    }
    on_tx!(tx, |c| sqlx::query("INSERT INTO poll_votes (poll_id, option_index) VALUES ($1, $2)")
        .bind(poll)
        .bind(option)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    Ok(true)
}
