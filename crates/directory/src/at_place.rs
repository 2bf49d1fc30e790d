//! What stands at one place on a date: institutions with their positions,
//! prevention structures with their member positions, network membership.
//! Each is one query, whatever the number of rows, so a place page costs the
//! same handful of queries everywhere.

use chrono::NaiveDate;
use platform::{on_db, Db};

pub struct Institution {
    pub code: String,
    pub kind: String,
    pub name: String,
    pub name_alt: String,
    pub website: String,
    pub positions: Vec<Position>,
}

pub struct Position {
    pub title: String,
    pub function: String,
    /// Since when the current holder holds it; `None` when vacant.
    pub held_since: Option<NaiveDate>,
    pub deputies: i64,
}

pub async fn institutions(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Institution>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT i.id, i.code, i.kind, i.name, i.name_alt, i.website, p.title, p.function,",
        " (SELECT MIN(h.valid_from) FROM position_holders h WHERE h.position_id = p.id AND h.role = 'holder'",
        " AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)),",
        " (SELECT COUNT(*) FROM position_holders h WHERE h.position_id = p.id AND h.role = 'deputy'",
        " AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2))",
        " FROM institutions i LEFT JOIN positions p ON p.institution_id = i.id",
        " WHERE i.place_id = $1 ORDER BY i.kind, i.name, i.id, p.id"
    );
    type Row = (i64, String, String, String, String, String, Option<String>, Option<String>, Option<NaiveDate>, i64);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    let mut out: Vec<(i64, Institution)> = Vec::new();
    for (id, code, kind, name, name_alt, website, title, function, held_since, deputies) in rows {
        if out.last().map(|(last, _)| *last) != Some(id) {
            out.push((id, Institution { code, kind, name, name_alt, website, positions: Vec::new() }));
        }
        if let (Some(title), Some(function), Some((_, institution))) = (title, function, out.last_mut()) {
            institution.positions.push(Position { title, function, held_since, deputies });
        }
    }
    Ok(out.into_iter().map(|(_, i)| i).collect())
}

pub struct Structure {
    pub kind: String,
    pub custom_kind: String,
    pub name: String,
    pub established: Option<NaiveDate>,
    pub meets: String,
    pub members: Vec<Member>,
}

pub struct Member {
    pub role: String,
    pub position: String,
    pub institution: String,
}

pub async fn structures(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Structure>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT s.id, s.kind, s.custom_kind, s.name, s.established, s.meets, m.role, p.title, i.name",
        " FROM structures s",
        " LEFT JOIN structure_members m ON m.structure_id = s.id AND m.valid_from <= $2",
        " AND (m.valid_to IS NULL OR m.valid_to > $2)",
        " LEFT JOIN positions p ON p.id = m.position_id",
        " LEFT JOIN institutions i ON i.id = p.institution_id",
        " WHERE s.place_id = $1 ORDER BY s.name, s.id, m.role, i.name"
    );
    type Row = (i64, String, String, String, Option<NaiveDate>, String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    let mut out: Vec<(i64, Structure)> = Vec::new();
    for (id, kind, custom_kind, name, established, meets, role, position, institution) in rows {
        if out.last().map(|(last, _)| *last) != Some(id) {
            out.push((id, Structure { kind, custom_kind, name, established, meets, members: Vec::new() }));
        }
        if let (Some(role), Some(position), Some(institution), Some((_, s))) =
            (role, position, institution, out.last_mut())
        {
            s.members.push(Member { role, position, institution });
        }
    }
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

pub struct Membership {
    pub hub: String,
    pub member_since: NaiveDate,
}

pub async fn memberships(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Membership>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT h.name, m.member_since FROM memberships m JOIN hubs h ON h.id = m.hub_id",
        " WHERE m.place_id = $1 AND m.member_since <= $2 AND (m.valid_to IS NULL OR m.valid_to > $2)",
        " ORDER BY h.name"
    );
    let rows: Vec<(String, NaiveDate)> =
        on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    Ok(rows.into_iter().map(|(hub, member_since)| Membership { hub, member_since }).collect())
}

/// A position at a place, for choosing one in a form.
pub struct PositionChoice {
    pub id: i64,
    pub title: String,
    pub institution: String,
    pub institution_id: i64,
}

pub async fn position_choices(db: &Db, place_id: i64) -> Result<Vec<PositionChoice>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT p.id, p.title, i.name, i.id FROM positions p JOIN institutions i ON i.id = p.institution_id \
         WHERE i.place_id = $1 ORDER BY i.name, p.id"
    )
    .bind(place_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(id, title, institution, institution_id)| PositionChoice { id, title, institution, institution_id })
        .collect())
}

/// Who holds each position at a place on `on`: personal data, shown only to
/// those whose role covers the place.
pub struct Holder {
    pub institution: String,
    pub position: String,
    pub person: String,
    pub role: String,
    pub since: NaiveDate,
    pub until: Option<NaiveDate>,
}

pub async fn holders(db: &Db, place_id: i64) -> Result<Vec<Holder>, sqlx::Error> {
    type Row = (String, String, String, String, NaiveDate, Option<NaiveDate>);
    let rows: Vec<Row> = on_db!(db, |pool| sqlx::query_as(
        "SELECT i.name, p.title, pe.full_name, h.role, h.valid_from, h.valid_to FROM position_holders h \
         JOIN positions p ON p.id = h.position_id JOIN institutions i ON i.id = p.institution_id \
         JOIN people pe ON pe.id = h.person_id WHERE i.place_id = $1 \
         ORDER BY i.name, p.id, h.valid_to IS NOT NULL, h.role DESC, h.valid_from DESC"
    )
    .bind(place_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows
        .into_iter()
        .map(|(institution, position, person, role, since, until)| Holder {
            institution,
            position,
            person,
            role,
            since,
            until,
        })
        .collect())
}
