//! The sharing module's SQL. Writes take the caller's transaction.

use chrono::{DateTime, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

pub struct Channel {
    pub id: i64,
    pub country_id: i64,
    pub country: String,
    pub name: String,
    pub sender_position_id: i64,
    pub sender: String,
    pub supervisor_position_id: Option<i64>,
    pub legal_basis: String,
    pub legal_reference: String,
    pub legal_date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    pub kinds: Vec<String>,
    pub ack_hours: i64,
    pub receivers: Vec<(i64, String)>,
}

type ChannelRow = (
    i64,
    i64,
    String,
    String,
    i64,
    String,
    Option<i64>,
    String,
    String,
    Option<NaiveDate>,
    Option<NaiveDate>,
    String,
    i64,
);

const CHANNEL_SQL: &str =
    "SELECT c.id, c.country_id, pl.name, c.name, c.sender_position_id, p.title || ', ' || i.name, \
     c.supervisor_position_id, c.legal_basis, c.legal_reference, c.legal_date, c.review_date, c.kinds, c.ack_hours \
     FROM channels c JOIN places pl ON pl.id = c.country_id JOIN positions p ON p.id = c.sender_position_id \
     JOIN institutions i ON i.id = p.institution_id WHERE c.active";

async fn receivers(db: &Db, channel_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT p.id, p.title || ', ' || i.name FROM channel_receivers r JOIN positions p ON p.id = r.position_id \
         JOIN institutions i ON i.id = p.institution_id WHERE r.channel_id = $1 ORDER BY i.name, p.id"
    )
    .bind(channel_id)
    .fetch_all(pool)
    .await)
}

async fn build(db: &Db, row: ChannelRow) -> Result<Channel, sqlx::Error> {
    let (
        id,
        country_id,
        country,
        name,
        sender_position_id,
        sender,
        supervisor,
        basis,
        reference,
        date,
        review,
        kinds,
        ack_hours,
    ) = row;
    Ok(Channel {
        id,
        country_id,
        country,
        name,
        sender_position_id,
        sender,
        supervisor_position_id: supervisor,
        legal_basis: basis,
        legal_reference: reference,
        legal_date: date,
        review_date: review,
        kinds: kinds.split(',').map(String::from).collect(),
        ack_hours,
        receivers: receivers(db, id).await?,
    })
}

pub async fn channel(db: &Db, id: i64) -> Result<Option<Channel>, sqlx::Error> {
    let sql = format!("{CHANNEL_SQL} AND c.id = $1");
    let row: Option<ChannelRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    match row {
        Some(row) => Ok(Some(build(db, row).await?)),
        None => Ok(None),
    }
}

pub async fn channels(db: &Db) -> Result<Vec<Channel>, sqlx::Error> {
    let sql = format!("{CHANNEL_SQL} ORDER BY pl.name, c.name");
    let rows: Vec<ChannelRow> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(build(db, row).await?);
    }
    Ok(out)
}

pub struct NewChannel<'a> {
    pub country_id: i64,
    pub name: &'a str,
    pub sender_position_id: i64,
    pub supervisor_position_id: Option<i64>,
    pub legal_basis: &'a str,
    pub legal_reference: &'a str,
    pub legal_date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    pub kinds: &'a str,
    pub ack_hours: i64,
    pub receivers: &'a [i64],
}

pub async fn create_channel(tx: &mut Tx, c: &NewChannel<'_>, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |conn| {
        sqlx::query_scalar(
        "INSERT INTO channels (country_id, name, sender_position_id, supervisor_position_id, legal_basis, legal_reference, \
         legal_date, review_date, kinds, ack_hours, active, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id"
    )
    .bind(c.country_id)
    .bind(c.name)
    .bind(c.sender_position_id)
    .bind(c.supervisor_position_id)
    .bind(c.legal_basis)
    .bind(c.legal_reference)
    .bind(c.legal_date)
    .bind(c.review_date)
    .bind(c.kinds)
    .bind(c.ack_hours)
    .bind(true)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
    })?;
    for position in c.receivers {
        on_tx!(tx, |conn| sqlx::query("INSERT INTO channel_receivers (channel_id, position_id) VALUES ($1, $2)")
            .bind(id)
            .bind(position)
            .execute(&mut *conn)
            .await
            .map(|_| ()))?;
    }
    Ok(id)
}

pub struct Notice {
    pub id: i64,
    pub channel_id: i64,
    pub kind: String,
    pub tlp: String,
    pub from_position_id: i64,
    pub state: String,
    pub content: Option<String>,
    pub plan: Option<String>,
    pub created_at: DateTime<Utc>,
    pub ack_deadline: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub responded_at: Option<DateTime<Utc>>,
    pub escalation: i64,
    pub expires_at: DateTime<Utc>,
    pub purged_at: Option<DateTime<Utc>>,
    pub recipients: Vec<i64>,
}

type NoticeRow = (
    i64,
    i64,
    String,
    String,
    i64,
    String,
    Option<String>,
    Option<String>,
    DateTime<Utc>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    i64,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
);

const NOTICE_COLUMNS: &str =
    "id, channel_id, kind, tlp, from_position_id, state, content, plan, created_at, ack_deadline, \
     acknowledged_at, responded_at, escalation, expires_at, purged_at";

pub async fn notice(db: &Db, id: i64) -> Result<Option<Notice>, sqlx::Error> {
    let sql = format!("SELECT {NOTICE_COLUMNS} FROM notices WHERE id = $1");
    let row: Option<NoticeRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    let Some(row) = row else { return Ok(None) };
    let recipients: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT position_id FROM notice_recipients WHERE notice_id = $1")
            .bind(id)
            .fetch_all(pool)
            .await)?;
    let (
        id,
        channel_id,
        kind,
        tlp,
        from_position_id,
        state,
        content,
        plan,
        created_at,
        ack_deadline,
        acknowledged_at,
        responded_at,
        escalation,
        expires_at,
        purged_at,
    ) = row;
    Ok(Some(Notice {
        id,
        channel_id,
        kind,
        tlp,
        from_position_id,
        state,
        content,
        plan,
        created_at,
        ack_deadline,
        acknowledged_at,
        responded_at,
        escalation,
        expires_at,
        purged_at,
        recipients,
    }))
}

/// Notices a set of positions takes part in (as sender or recipient), newest first.
pub async fn notices_for(
    db: &Db,
    positions: &[i64],
) -> Result<Vec<(i64, String, String, String, DateTime<Utc>, DateTime<Utc>, String)>, sqlx::Error> {
    if positions.is_empty() {
        return Ok(Vec::new());
    }
    let list = positions.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
    // The list holds only integers from the database, so inlining it is safe.
    let sql = format!(
        "SELECT n.id, n.kind, n.tlp, n.state, n.created_at, n.ack_deadline, c.name FROM notices n JOIN channels c ON c.id = n.channel_id \
         WHERE n.from_position_id IN ({list}) OR n.id IN (SELECT notice_id FROM notice_recipients WHERE position_id IN ({list})) \
         ORDER BY n.created_at DESC LIMIT 200"
    );
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

/// The accounts of the people holding these positions today, as holder
/// or, with `deputy`, as deputy.
pub async fn addressees(db: &Db, positions: &[i64], role: &str, today: NaiveDate) -> Result<Vec<i64>, sqlx::Error> {
    let mut out = Vec::new();
    for position in positions {
        let rows: Vec<i64> = on_db!(db, |pool| {
            sqlx::query_scalar(
            "SELECT a.id FROM position_holders h JOIN accounts a ON a.person_id = h.person_id \
             WHERE h.position_id = $1 AND h.role = $2 AND h.valid_from <= $3 AND (h.valid_to IS NULL OR h.valid_to > $3) AND a.active"
        )
        .bind(position)
        .bind(role)
        .bind(today)
        .fetch_all(pool)
        .await
        })?;
        out.extend(rows);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Addresses a notice to more positions.
pub async fn add_recipients(tx: &mut Tx, notice_id: i64, positions: &[i64]) -> Result<(), sqlx::Error> {
    for position in positions {
        on_tx!(tx, |c| sqlx::query("INSERT INTO notice_recipients (notice_id, position_id) VALUES ($1, $2)")
            .bind(notice_id)
            .bind(position)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    Ok(())
}

pub async fn set_state(tx: &mut Tx, id: i64, state: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE notices SET state = $1 WHERE id = $2")
        .bind(state)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A position's label: "title, institution".
pub async fn position_label(db: &Db, id: i64) -> Result<String, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.title || ', ' || i.name FROM positions p JOIN institutions i ON i.id = p.institution_id WHERE p.id = $1"
    )
    .bind(id)
    .fetch_optional(pool)
    .await)
    .map(|l: Option<String>| l.unwrap_or_default())
}

/// What hub staff may know of a channel's notices: that they exist, their
/// kind, label, state and times — never their content.
pub async fn notice_meta(
    db: &Db,
    channel_id: i64,
) -> Result<Vec<(i64, String, String, String, DateTime<Utc>, Option<DateTime<Utc>>, i64)>, sqlx::Error> {
    on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT id, kind, tlp, state, created_at, acknowledged_at, escalation FROM notices WHERE channel_id = $1 ORDER BY created_at DESC LIMIT 50"
    )
    .bind(channel_id)
    .fetch_all(pool)
    .await
    })
}
