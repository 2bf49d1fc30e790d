//! The helpdesk: a municipality asks, hub staff answer. A request moves
//! new → open → waiting for the municipality → resolved → closed, and can be
//! reopened; every move, reply and internal note is an event, and service
//! levels are computed from those events.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use platform::{on_db, on_tx, Db, Tx};

platform::text_enum! {
    /// Where a request stands.
    pub enum RequestState, messages "support-state" {
        New = "new",
        Open = "open",
        Waiting = "waiting",
        Resolved = "resolved",
        Closed = "closed",
    }
}

platform::text_enum! {
    /// What a municipality asks for: an answer, or support in its work.
    pub enum Topic, messages "support-topic" {
        Question = "question",
        Support = "support",
    }
}

impl RequestState {
    /// Resolved or closed: what an FAQ entry can be made from.
    pub fn settled(self) -> bool {
        matches!(self, RequestState::Resolved | RequestState::Closed)
    }

    /// The label of the button that moves a request from here to `to`.
    pub fn move_label(self, to: RequestState) -> &'static str {
        match to {
            RequestState::Open if self.settled() => "support-reopen",
            RequestState::New | RequestState::Open => "support-to-open",
            RequestState::Waiting => "support-to-waiting",
            RequestState::Resolved => "support-to-resolved",
            RequestState::Closed => "support-to-closed",
        }
    }

    /// The moves a side may make from here, for the page's buttons.
    pub fn next(self, side: Side) -> Vec<RequestState> {
        RequestState::ALL.iter().copied().filter(|to| may_move(self, *to, side)).collect()
    }
}

/// Who is moving a request.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    Hub,
    Municipality,
}

/// Whether `side` may move a request from `from` to `to`.
pub fn may_move(from: RequestState, to: RequestState, side: Side) -> bool {
    use RequestState::*;
    match (from, to, side) {
        (New, Open, Side::Hub) => true,
        (New | Open, Waiting, Side::Hub) => true,
        (Waiting, Open, _) => true,
        (New | Open | Waiting, Resolved, Side::Hub) => true,
        (Resolved, Closed, _) => true,
        // Reopening.
        (Resolved | Closed, Open, _) => true,
        _ => false,
    }
}

platform::record! {
    /// A municipality's request, with its place and assignee.
    #[derive(Clone, Debug)]
    pub struct Request {
        pub id: i64,
        pub place_id: i64,
        pub place_code: String,
        pub place_name: String,
        pub asked_by: i64,
        pub topic: Topic,
        pub need: String,
        pub subject: String,
        pub body: String,
        pub language: String,
        pub state: RequestState,
        pub assignee_id: Option<i64>,
        pub assignee: Option<String>,
        pub created_at: DateTime<Utc>,
    }
}

impl Request {
    /// The ISO 3166-1 code of the request's country, for its calendar.
    pub fn country(&self) -> &str {
        self.place_code.get(..2).unwrap_or("")
    }
}

platform::record! {
    /// A step in a request's history: a move, a reply, a note, an assignment.
    #[derive(Clone, Debug)]
    pub struct Event {
        pub at: DateTime<Utc>,
        pub account_id: Option<i64>,
        pub who: String,
        pub kind: String,
        pub state: String,
        pub body: String,
    }
}

impl Event {
    /// The step's name in the reader's language: the state moved to, or the
    /// kind of step; an unknown one as stored.
    pub fn name(&self, tr: platform::i18n::Tr) -> String {
        let id = match self.kind.as_str() {
            "state" => RequestState::parse(&self.state).map(RequestState::message_id),
            "created" => Some("support-event-created"),
            "assigned" => Some("support-event-assigned"),
            "reply" => Some("support-event-reply"),
            "note" => Some("support-event-note"),
            "expert" => Some("support-event-expert"),
            _ => None,
        };
        id.map_or_else(|| self.kind.clone(), |id| tr.t(id))
    }

    /// Replies, notes and answers carry a text; moves do not.
    pub fn has_body(&self) -> bool {
        !matches!(self.kind.as_str(), "state" | "created" | "assigned")
    }
}

const REQUEST_SQL: &str =
    "SELECT r.id, r.place_id, p.code AS place_code, p.name AS place_name, r.asked_by, r.topic, r.need, r.subject, \
     r.body, r.language, r.state, r.assignee_id, a.full_name AS assignee, r.created_at \
     FROM support_requests r JOIN places p ON p.id = r.place_id \
     LEFT JOIN accounts acc ON acc.id = r.assignee_id LEFT JOIN people a ON a.id = acc.person_id";

pub async fn load(db: &Db, id: i64) -> Result<Option<Request>, sqlx::Error> {
    let sql = format!("{REQUEST_SQL} WHERE r.id = $1");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// Requests of some places (None: all), newest first.
pub async fn list(db: &Db, places: Option<&[i64]>) -> Result<Vec<Request>, sqlx::Error> {
    let sql = format!("{REQUEST_SQL} ORDER BY r.created_at DESC");
    let rows: Vec<Request> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    Ok(rows.into_iter().filter(|r| places.is_none_or(|p| p.contains(&r.place_id))).collect())
}

/// The events of one request (`Some`) or of every request (`None`), by
/// request, in order: one query however many requests a list shows.
pub async fn events_by_request(db: &Db, request_id: Option<i64>) -> Result<BTreeMap<i64, Vec<Event>>, sqlx::Error> {
    platform::record! {
        struct EventRow {
            request_id: i64,
            at: DateTime<Utc>,
            account_id: Option<i64>,
            who: Option<String>,
            kind: String,
            state: String,
            body: String,
        }
    }
    let rows: Vec<EventRow> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT e.request_id, e.at, e.account_id, p.full_name AS who, e.kind, e.state, e.body FROM support_events e \
         LEFT JOIN accounts a ON a.id = e.account_id LEFT JOIN people p ON p.id = a.person_id \
         WHERE $1 IS NULL OR e.request_id = $1 ORDER BY e.at, e.id"
    )
    .bind(request_id)
    .fetch_all(pool)
    .await
    })?;
    let mut out: BTreeMap<i64, Vec<Event>> = BTreeMap::new();
    for r in rows {
        let event = Event {
            at: r.at,
            account_id: r.account_id,
            who: r.who.unwrap_or_default(),
            kind: r.kind,
            state: r.state,
            body: r.body,
        };
        out.entry(r.request_id).or_default().push(event);
    }
    Ok(out)
}

pub async fn events(db: &Db, request_id: i64) -> Result<Vec<Event>, sqlx::Error> {
    Ok(events_by_request(db, Some(request_id)).await?.remove(&request_id).unwrap_or_default())
}

pub async fn add_event(
    tx: &mut Tx,
    request_id: i64,
    account_id: Option<i64>,
    kind: &str,
    state: &str,
    body: &str,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO support_events (request_id, at, account_id, kind, state, body) VALUES ($1, $2, $3, $4, $5, $6)"
    )
    .bind(request_id)
    .bind(at)
    .bind(account_id)
    .bind(kind)
    .bind(state)
    .bind(body)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

pub struct NewRequest<'a> {
    pub place_id: i64,
    pub asked_by: i64,
    pub topic: Topic,
    pub need: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub language: &'a str,
}

pub async fn create(tx: &mut Tx, new: &NewRequest<'_>, at: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO support_requests (place_id, asked_by, topic, need, subject, body, language, state, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8) RETURNING id"
    )
    .bind(new.place_id)
    .bind(new.asked_by)
    .bind(new.topic)
    .bind(new.need)
    .bind(new.subject)
    .bind(new.body)
    .bind(new.language)
    .bind(at)
    .fetch_one(&mut *c)
    .await
    })?;
    add_event(tx, id, Some(new.asked_by), "created", "new", "", at).await?;
    Ok(id)
}

/// Moves a request, checking the move against the state it is in now (read
/// inside the transaction, so two clicks cannot both move it).
pub async fn move_to(
    tx: &mut Tx,
    request_id: i64,
    to: RequestState,
    side: Side,
    account_id: i64,
    at: DateTime<Utc>,
) -> Result<Result<(), RequestState>, sqlx::Error> {
    let lock = match tx.backend() {
        platform::Backend::Postgres => "SELECT state FROM support_requests WHERE id = $1 FOR UPDATE",
        platform::Backend::Sqlite => "UPDATE support_requests SET state = state WHERE id = $1 RETURNING state",
    };
    let from: RequestState = on_tx!(tx, |c| sqlx::query_scalar(lock).bind(request_id).fetch_one(&mut *c).await)?;
    if !may_move(from, to, side) {
        return Ok(Err(from));
    }
    on_tx!(tx, |c| sqlx::query("UPDATE support_requests SET state = $1 WHERE id = $2")
        .bind(to)
        .bind(request_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    add_event(tx, request_id, Some(account_id), "state", to.as_str(), "", at).await?;
    Ok(Ok(()))
}

pub async fn assign(
    tx: &mut Tx,
    request_id: i64,
    assignee: i64,
    by: i64,
    at: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE support_requests SET assignee_id = $1 WHERE id = $2")
        .bind(assignee)
        .bind(request_id)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    add_event(tx, request_id, Some(by), "assigned", "", &assignee.to_string(), at).await
}

/// Hub staff who can take requests: accounts holding the hub staff role.
pub async fn hub_staff(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT DISTINCT a.id, p.full_name FROM role_grants g JOIN accounts a ON a.id = g.account_id JOIN people p ON p.id = a.person_id \
         WHERE g.role IN ('hub_staff', 'hub_admin') AND g.valid_to IS NULL AND a.active = TRUE ORDER BY p.full_name"
    )
    .fetch_all(pool)
    .await
    })
}

pub async fn publish_faq(
    tx: &mut Tx,
    question: &str,
    answer: &str,
    language: &str,
    source: i64,
    at: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO faq_entries (question, answer, language, source_request_id, published_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(question)
    .bind(answer)
    .bind(language)
    .bind(source)
    .bind(at)
    .fetch_one(&mut *c)
    .await
    })
}

platform::record! {
    /// A public question and answer made from a resolved request.
    pub struct FaqEntry {
        pub id: i64,
        pub question: String,
        pub answer: String,
        pub language: String,
    }
}

pub async fn faq(db: &Db) -> Result<Vec<FaqEntry>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT id, question, answer, language FROM faq_entries ORDER BY published_at DESC"
    )
    .fetch_all(pool)
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_allowed_moves_are_allowed() {
        use RequestState::*;
        assert!(may_move(New, Open, Side::Hub));
        assert!(!may_move(New, Open, Side::Municipality));
        assert!(may_move(Waiting, Open, Side::Municipality));
        assert!(may_move(Resolved, Open, Side::Municipality), "reopen");
        assert!(!may_move(New, Closed, Side::Hub), "a request is resolved before it is closed");
        assert!(!may_move(Closed, Resolved, Side::Hub));
        assert!(!may_move(Open, Resolved, Side::Municipality));
    }
}
