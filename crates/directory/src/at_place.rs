//! What stands at one place on a date: institutions with their positions,
//! prevention structures with their member positions, network membership.
//! Each is one query, whatever the number of rows, so a place page costs the
//! same handful of queries everywhere. And a country's roles matrix, which
//! holds today only.

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

platform::record! {
    /// An institution with one of its positions (none when it has none).
    struct InstitutionPositionRow {
        institution_id: i64,
        code: String,
        kind: String,
        name: String,
        name_alt: String,
        website: String,
        title: Option<String>,
        function: Option<String>,
        held_since: Option<NaiveDate>,
        deputies: i64,
    }
}

pub async fn institutions(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Institution>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT i.id AS institution_id, i.code AS code, i.kind AS kind, i.name AS name, i.name_alt AS name_alt,",
        " i.website AS website, p.title AS title, p.function AS function,",
        " (SELECT MIN(h.valid_from) FROM position_holders h WHERE h.position_id = p.id AND h.role = 'holder'",
        " AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)) AS held_since,",
        " (SELECT COUNT(*) FROM position_holders h WHERE h.position_id = p.id AND h.role = 'deputy'",
        " AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)) AS deputies",
        " FROM institutions i LEFT JOIN positions p ON p.institution_id = i.id",
        " WHERE i.place_id = $1 ORDER BY i.kind, i.name, i.id, p.id"
    );
    let rows: Vec<InstitutionPositionRow> =
        on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    let mut out: Vec<(i64, Institution)> = Vec::new();
    for row in rows {
        if out.last().map(|(last, _)| *last) != Some(row.institution_id) {
            let institution = Institution {
                code: row.code,
                kind: row.kind,
                name: row.name,
                name_alt: row.name_alt,
                website: row.website,
                positions: Vec::new(),
            };
            out.push((row.institution_id, institution));
        }
        if let (Some(title), Some(function), Some((_, institution))) = (row.title, row.function, out.last_mut()) {
            institution.positions.push(Position {
                title,
                function,
                held_since: row.held_since,
                deputies: row.deputies,
            });
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

platform::record! {
    /// A structure with one of its members on the date (none when it has
    /// none).
    struct StructureMemberRow {
        structure_id: i64,
        kind: String,
        custom_kind: String,
        name: String,
        established: Option<NaiveDate>,
        meets: String,
        role: Option<String>,
        position: Option<String>,
        institution: Option<String>,
    }
}

pub async fn structures(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Structure>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT s.id AS structure_id, s.kind AS kind, s.custom_kind AS custom_kind, s.name AS name,",
        " s.established AS established, s.meets AS meets, m.role AS role, p.title AS position,",
        " i.name AS institution",
        " FROM structures s",
        " LEFT JOIN structure_members m ON m.structure_id = s.id AND m.valid_from <= $2",
        " AND (m.valid_to IS NULL OR m.valid_to > $2)",
        " LEFT JOIN positions p ON p.id = m.position_id",
        " LEFT JOIN institutions i ON i.id = p.institution_id",
        " WHERE s.place_id = $1 ORDER BY s.name, s.id, m.role, i.name"
    );
    let rows: Vec<StructureMemberRow> =
        on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    let mut out: Vec<(i64, Structure)> = Vec::new();
    for row in rows {
        if out.last().map(|(last, _)| *last) != Some(row.structure_id) {
            let structure = Structure {
                kind: row.kind,
                custom_kind: row.custom_kind,
                name: row.name,
                established: row.established,
                meets: row.meets,
                members: Vec::new(),
            };
            out.push((row.structure_id, structure));
        }
        if let (Some(role), Some(position), Some(institution), Some((_, s))) =
            (row.role, row.position, row.institution, out.last_mut())
        {
            s.members.push(Member { role, position, institution });
        }
    }
    Ok(out.into_iter().map(|(_, s)| s).collect())
}

platform::record! {
    pub struct Membership {
        pub hub: String,
        pub member_since: NaiveDate,
    }
}

pub async fn memberships(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<Membership>, sqlx::Error> {
    const SQL: &str = concat!(
        "SELECT h.name AS hub, m.member_since AS member_since FROM memberships m JOIN hubs h ON h.id = m.hub_id",
        " WHERE m.place_id = $1 AND m.member_since <= $2 AND (m.valid_to IS NULL OR m.valid_to > $2)",
        " ORDER BY h.name"
    );
    on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)
}

platform::record! {
    /// A position at a place, for choosing one in a form.
    pub struct PositionChoice {
        pub id: i64,
        pub title: String,
        pub institution: String,
        pub institution_id: i64,
    }
}

pub async fn position_choices(db: &Db, place_id: i64) -> Result<Vec<PositionChoice>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT p.id AS id, p.title AS title, i.name AS institution, i.id AS institution_id \
         FROM positions p JOIN institutions i ON i.id = p.institution_id \
         WHERE i.place_id = $1 ORDER BY i.name, p.id"
    )
    .bind(place_id)
    .fetch_all(pool)
    .await)
}

platform::record! {
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
}

pub async fn holders(db: &Db, place_id: i64) -> Result<Vec<Holder>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT i.name AS institution, p.title AS position, pe.full_name AS person, h.role AS role, \
         h.valid_from AS since, h.valid_to AS until FROM position_holders h \
         JOIN positions p ON p.id = h.position_id JOIN institutions i ON i.id = p.institution_id \
         JOIN people pe ON pe.id = h.person_id WHERE i.place_id = $1 \
         ORDER BY i.name, p.id, h.valid_to IS NOT NULL, h.role DESC, h.valid_from DESC"
    )
    .bind(place_id)
    .fetch_all(pool)
    .await)
}

platform::record! {
    /// One filled cell of a country's roles matrix: the letters a level of
    /// government has for a prevention function.
    pub struct MatrixCell {
        pub function: String,
        pub level: String,
        pub raci: String,
    }
}

pub async fn roles_matrix(db: &Db, country_id: i64) -> Result<Vec<MatrixCell>, sqlx::Error> {
    let sql = format!("SELECT {} FROM roles_matrix WHERE country_id = $1", MatrixCell::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(country_id).fetch_all(pool).await)
}
