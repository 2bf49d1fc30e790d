//! The sharing module's SQL. Writes take the caller's transaction.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use platform::{on_db, on_tx, Db, Tx};

use crate::kinds::{Kind, NoticeState};

platform::record! {
    /// A channel as its row holds it; the receivers come from their own table.
    struct ChannelRow {
        id: i64,
        country_id: i64,
        country: String,
        name: String,
        sender_position_id: i64,
        sender: String,
        supervisor_position_id: Option<i64>,
        legal_basis: String,
        legal_reference: String,
        legal_date: Option<NaiveDate>,
        review_date: Option<NaiveDate>,
        kinds: String,
        ack_hours: i64,
    }
}

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

const CHANNEL_SQL: &str =
    "SELECT c.id, c.country_id, pl.name AS country, c.name, c.sender_position_id, p.title || ', ' || i.name AS sender, \
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
    Ok(Channel {
        receivers: receivers(db, row.id).await?,
        id: row.id,
        country_id: row.country_id,
        country: row.country,
        name: row.name,
        sender_position_id: row.sender_position_id,
        sender: row.sender,
        supervisor_position_id: row.supervisor_position_id,
        legal_basis: row.legal_basis,
        legal_reference: row.legal_reference,
        legal_date: row.legal_date,
        review_date: row.review_date,
        kinds: row.kinds.split(',').map(String::from).collect(),
        ack_hours: row.ack_hours,
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

platform::record! {
    /// A notice's row; its recipients come from their own table.
    struct NoticeRow {
        id: i64,
        channel_id: i64,
        kind: Kind,
        tlp: String,
        from_position_id: i64,
        state: NoticeState,
        content: Option<String>,
        plan: Option<String>,
        created_at: DateTime<Utc>,
        ack_deadline: DateTime<Utc>,
        acknowledged_at: Option<DateTime<Utc>>,
        responded_at: Option<DateTime<Utc>>,
        escalation: i64,
        expires_at: DateTime<Utc>,
        purged_at: Option<DateTime<Utc>>,
    }
}

pub struct Notice {
    pub id: i64,
    pub channel_id: i64,
    pub kind: Kind,
    pub tlp: String,
    pub from_position_id: i64,
    pub state: NoticeState,
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

pub async fn notice(db: &Db, id: i64) -> Result<Option<Notice>, sqlx::Error> {
    let sql = format!("SELECT {} FROM notices WHERE id = $1", NoticeRow::COLUMNS);
    let row: Option<NoticeRow> = on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)?;
    let Some(row) = row else { return Ok(None) };
    let recipients: Vec<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT position_id FROM notice_recipients WHERE notice_id = $1")
            .bind(id)
            .fetch_all(pool)
            .await)?;
    Ok(Some(Notice {
        id: row.id,
        channel_id: row.channel_id,
        kind: row.kind,
        tlp: row.tlp,
        from_position_id: row.from_position_id,
        state: row.state,
        content: row.content,
        plan: row.plan,
        created_at: row.created_at,
        ack_deadline: row.ack_deadline,
        acknowledged_at: row.acknowledged_at,
        responded_at: row.responded_at,
        escalation: row.escalation,
        expires_at: row.expires_at,
        purged_at: row.purged_at,
        recipients,
    }))
}

platform::record! {
    /// A line of someone's inbox.
    pub struct InboxNotice {
        pub id: i64,
        pub kind: Kind,
        pub tlp: String,
        pub state: NoticeState,
        pub created_at: DateTime<Utc>,
        pub ack_deadline: DateTime<Utc>,
        pub channel: String,
    }
}

/// Notices a set of positions takes part in (as sender or recipient), newest first.
pub async fn notices_for(db: &Db, positions: &[i64]) -> Result<Vec<InboxNotice>, sqlx::Error> {
    if positions.is_empty() {
        return Ok(Vec::new());
    }
    let list = positions.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
    // The list holds only integers from the database, so inlining it is safe.
    let sql = format!(
        "SELECT n.id, n.kind, n.tlp, n.state, n.created_at, n.ack_deadline, c.name AS channel FROM notices n JOIN channels c ON c.id = n.channel_id \
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

pub async fn set_state(tx: &mut Tx, id: i64, state: NoticeState) -> Result<(), sqlx::Error> {
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

platform::record! {
    /// What hub staff may know of a notice: that it exists, its kind, label,
    /// state and times — never its content.
    pub struct NoticeMeta {
        pub kind: Kind,
        pub tlp: String,
        pub state: NoticeState,
        pub created_at: DateTime<Utc>,
        pub acknowledged_at: Option<DateTime<Utc>>,
        pub escalation: i64,
    }
}

/// The latest notices of a channel, as hub staff may know them.
pub async fn notice_meta(db: &Db, channel_id: i64) -> Result<Vec<NoticeMeta>, sqlx::Error> {
    let sql =
        format!("SELECT {} FROM notices WHERE channel_id = $1 ORDER BY created_at DESC LIMIT 50", NoticeMeta::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(channel_id).fetch_all(pool).await)
}

/// A notice as its sender writes it; the content is already sealed.
pub struct NewNotice<'a> {
    pub channel: &'a Channel,
    pub kind: Kind,
    pub tlp: &'a str,
    pub from: i64,
    pub sent_by: i64,
    pub sealed: &'a str,
}

/// Records a sent notice, with its acknowledgement deadline and expiry.
pub async fn insert_notice(tx: &mut Tx, n: &NewNotice<'_>, now: DateTime<Utc>) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO notices (channel_id, kind, tlp, direction, from_position_id, sent_by, state, content, created_at, ack_deadline, escalation, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, $11) RETURNING id"
    )
    .bind(n.channel.id)
    .bind(n.kind)
    .bind(n.tlp)
    .bind(if n.kind.upward() { "up" } else { "down" })
    .bind(n.from)
    .bind(n.sent_by)
    .bind(NoticeState::Sent)
    .bind(n.sealed)
    .bind(now)
    .bind(now + Duration::hours(n.channel.ack_hours))
    .bind(now + Duration::days(n.kind.retention_days()))
    .fetch_one(&mut *c)
    .await
    })
}

/// Moves a notice to `to`, stamping the time of the move; a plan filed with
/// it replaces the previous one.
pub async fn move_notice(
    tx: &mut Tx,
    id: i64,
    to: NoticeState,
    now: DateTime<Utc>,
    acknowledged_by: Option<i64>,
    plan: Option<&str>,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "UPDATE notices SET state = $1, {} = $2, acknowledged_by = COALESCE(acknowledged_by, $3), plan = COALESCE($4, plan) WHERE id = $5",
        to.time_column()
    );
    on_tx!(tx, |c| sqlx::query(&sql)
        .bind(to)
        .bind(now)
        .bind(acknowledged_by)
        .bind(plan)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The label a forwarded notice carries from now on.
pub async fn set_label(tx: &mut Tx, id: i64, tlp: &str) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE notices SET tlp = $1 WHERE id = $2")
        .bind(tlp)
        .bind(id)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// A country that channels can be defined in, with its place chain for the policy.
pub struct Country {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub path: Vec<i64>,
}

pub async fn countries(db: &Db) -> Result<Vec<Country>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, code, name FROM places WHERE level = 'country' ORDER BY name")
            .fetch_all(pool)
            .await)?;
    let today = Utc::now().date_naive();
    let mut out = Vec::new();
    for (id, code, name) in rows {
        let path = directory::places::path_ids(db, id, today).await?;
        out.push(Country { id, code, name, path });
    }
    Ok(out)
}

/// Positions at any place in a country, for choosing senders and receivers.
pub async fn positions_in(db: &Db, country_id: i64) -> Result<Vec<(i64, String)>, sqlx::Error> {
    let below = directory::places::descendants(db, country_id, Utc::now().date_naive()).await?;
    let ids: Vec<String> =
        std::iter::once(country_id).chain(below.iter().map(|n| n.id)).map(|i| i.to_string()).collect();
    // Only integers from the database are inlined.
    let sql = format!(
        "SELECT p.id, p.title || ', ' || i.name FROM positions p JOIN institutions i ON i.id = p.institution_id \
         JOIN places pl ON pl.id = i.place_id WHERE i.place_id IN ({}) ORDER BY pl.name, i.name, p.id",
        ids.join(",")
    );
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

platform::record! {
    /// When a notice was sent and acknowledged, and how far it escalated.
    pub struct NoticeTimes {
        pub created_at: DateTime<Utc>,
        pub acknowledged_at: Option<DateTime<Utc>>,
        pub escalation: i64,
    }
}

pub async fn notice_times(db: &Db, channel_id: i64) -> Result<Vec<NoticeTimes>, sqlx::Error> {
    let sql = format!("SELECT {} FROM notices WHERE channel_id = $1", NoticeTimes::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(channel_id).fetch_all(pool).await)
}

/// How many holders of these positions have left them since the channel was
/// opened: a channel between positions survives each of these handovers.
pub async fn handovers_since_opened(db: &Db, channel_id: i64, positions: &[i64]) -> Result<i64, sqlx::Error> {
    let opened: DateTime<Utc> = on_db!(db, |pool| sqlx::query_scalar("SELECT created_at FROM channels WHERE id = $1")
        .bind(channel_id)
        .fetch_one(pool)
        .await)?;
    let mut handovers = 0;
    for position in positions {
        let n: i64 = on_db!(db, |pool| {
            sqlx::query_scalar(
            "SELECT COUNT(*) FROM position_holders WHERE position_id = $1 AND role = 'holder' AND valid_to IS NOT NULL AND valid_to > $2"
        )
        .bind(position)
        .bind(opened.date_naive())
        .fetch_one(pool)
        .await
        })?;
        handovers += n;
    }
    Ok(handovers)
}
