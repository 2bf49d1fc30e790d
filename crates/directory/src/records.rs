//! Writing directory records inside a transaction. The demo, the synthetic
//! data generator and the tests all build the directory through these.

use chrono::NaiveDate;
use platform::{on_tx, Tx};

use crate::csv_io::place_search_key;

pub struct NewInstitution<'a> {
    pub code: &'a str,
    pub place_id: i64,
    pub kind: &'a str,
    pub name: &'a str,
    pub name_alt: &'a str,
    pub website: &'a str,
}

pub async fn add_place(
    tx: &mut Tx,
    code: &str,
    level: &str,
    name: &str,
    name_alt: &str,
    parent: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let key = place_search_key(name, name_alt);
    let id: i64 = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO places (code, level, name, name_alt, source, search_key) VALUES ($1, $2, $3, $4, 'generated', $5) RETURNING id"
    )
    .bind(code)
    .bind(level)
    .bind(name)
    .bind(name_alt)
    .bind(&key)
    .fetch_one(&mut *c)
    .await
    })?;
    if let Some(parent) = parent {
        on_tx!(tx, |c| sqlx::query("INSERT INTO place_parents (place_id, parent_id) VALUES ($1, $2)")
            .bind(id)
            .bind(parent)
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
    }
    platform::search_feed::changed(tx, &format!("place:{code}")).await?;
    Ok(id)
}

pub async fn add_institution(tx: &mut Tx, new: &NewInstitution<'_>) -> Result<i64, sqlx::Error> {
    let key = place_search_key(new.name, new.name_alt);
    let id = on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO institutions (code, place_id, kind, name, name_alt, website, search_key) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id"
    )
    .bind(new.code)
    .bind(new.place_id)
    .bind(new.kind)
    .bind(new.name)
    .bind(new.name_alt)
    .bind(new.website)
    .bind(&key)
    .fetch_one(&mut *c)
    .await
    })?;
    platform::search_feed::changed(tx, &format!("institution:{}", new.code)).await?;
    Ok(id)
}

pub async fn add_position(tx: &mut Tx, institution_id: i64, function: &str, title: &str) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO positions (institution_id, function, title) VALUES ($1, $2, $3) RETURNING id"
    )
    .bind(institution_id)
    .bind(function)
    .bind(title)
    .fetch_one(&mut *c)
    .await)
}

pub async fn add_person(tx: &mut Tx, full_name: &str, email: Option<&str>) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar("INSERT INTO people (full_name, email, active) VALUES ($1, $2, $3) RETURNING id")
        .bind(full_name)
        .bind(email)
        .bind(true)
        .fetch_one(&mut *c)
        .await)
}

/// `role` is `holder` or `deputy`.
pub async fn add_holder(
    tx: &mut Tx,
    position_id: i64,
    person_id: i64,
    role: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO position_holders (position_id, person_id, role, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)"
    )
    .bind(position_id)
    .bind(person_id)
    .bind(role)
    .bind(from)
    .bind(to)
    .execute(&mut *c)
    .await
    .map(|_| ())
    })
}

pub async fn add_structure(
    tx: &mut Tx,
    place_id: i64,
    kind: &str,
    name: &str,
    established: Option<NaiveDate>,
    meets: &str,
) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO structures (place_id, kind, name, established, meets) VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(place_id)
    .bind(kind)
    .bind(name)
    .bind(established)
    .bind(meets)
    .fetch_one(&mut *c)
    .await
    })
}

pub async fn add_member(
    tx: &mut Tx,
    structure_id: i64,
    position_id: i64,
    role: &str,
    from: NaiveDate,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query(
            "INSERT INTO structure_members (structure_id, position_id, role, valid_from) VALUES ($1, $2, $3, $4)",
        )
        .bind(structure_id)
        .bind(position_id)
        .bind(role)
        .bind(from)
        .execute(&mut *c)
        .await
        .map(|_| ())
    })
}

pub async fn add_membership(tx: &mut Tx, hub_id: i64, place_id: i64, since: NaiveDate) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("INSERT INTO memberships (hub_id, place_id, member_since) VALUES ($1, $2, $3)")
        .bind(hub_id)
        .bind(place_id)
        .bind(since)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Sets one cell of a country's roles matrix; empty letters clear it.
pub async fn set_matrix_cell(
    tx: &mut Tx,
    country_id: i64,
    function: &str,
    level: &str,
    raci: &str,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("DELETE FROM roles_matrix WHERE country_id = $1 AND function = $2 AND level = $3")
        .bind(country_id)
        .bind(function)
        .bind(level)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    if raci.is_empty() {
        return Ok(());
    }
    on_tx!(tx, |c| sqlx::query("INSERT INTO roles_matrix (country_id, function, level, raci) VALUES ($1, $2, $3, $4)")
        .bind(country_id)
        .bind(function)
        .bind(level)
        .bind(raci)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// The id of a place by code, inside a transaction.
pub async fn place_id(tx: &mut Tx, code: &str) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar("SELECT id FROM places WHERE code = $1").bind(code).fetch_optional(&mut *c).await)
}

platform::record! {
    /// A place's or an institution's names with the search key stored for them.
    struct KeyedName {
        id: i64,
        name: String,
        name_alt: String,
        search_key: String,
    }
}

/// Computes every stored search key again when they were written by an
/// older [`platform::fold`] (see `fold::VERSION`); returns how many rows
/// changed. Runs when an instance opens, in one transaction. The version
/// is kept with the other bookkeeping in `data_versions`, which exports
/// leave out, and only once there are places: an instance filled later by
/// an import has its keys checked the next time it opens.
pub async fn refresh_search_keys(db: &platform::Db) -> Result<usize, sqlx::Error> {
    let (stored, places): (Option<i64>, i64) = platform::on_db!(db, |pool| sqlx::query_as(
        "SELECT (SELECT version FROM data_versions WHERE area = 'fold'), (SELECT COUNT(*) FROM places)"
    )
    .fetch_one(pool)
    .await)?;
    if stored == Some(platform::fold::VERSION) || places == 0 {
        return Ok(0);
    }
    let mut tx = db.begin().await?;
    let mut changed = 0;
    for table in ["places", "institutions"] {
        let select = format!("SELECT {} FROM {table}", KeyedName::COLUMNS);
        let rows: Vec<KeyedName> = on_tx!(&mut tx, |c| sqlx::query_as(&select).fetch_all(&mut *c).await)?;
        let update = format!("UPDATE {table} SET search_key = $1 WHERE id = $2");
        for row in rows {
            let key = place_search_key(&row.name, &row.name_alt);
            if key != row.search_key {
                on_tx!(&mut tx, |c| sqlx::query(&update).bind(&key).bind(row.id).execute(&mut *c).await.map(|_| ()))?;
                changed += 1;
            }
        }
    }
    on_tx!(&mut tx, |c| sqlx::query(
        "INSERT INTO data_versions (area, version) VALUES ('fold', $1) ON CONFLICT (area) DO UPDATE SET version = $1"
    )
    .bind(platform::fold::VERSION)
    .execute(&mut *c)
    .await
    .map(|_| ()))?;
    tx.commit().await?;
    Ok(changed)
}
