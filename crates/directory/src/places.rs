//! Reading the place hierarchy: one place, its ancestors and descendants as
//! of a date, search, and counts.

use chrono::NaiveDate;
use platform::fold::{fold, like_escape, query_terms};
use platform::{on_db, Db};

use crate::kinds::institution_kind_message_id;

platform::record! {
    pub struct Place {
        pub id: i64,
        pub code: String,
        pub level: String,
        pub name: String,
        pub name_alt: String,
        pub source: String,
    }
}

platform::record! {
    /// A place seen from another: in a breadcrumb, a tree or a search result.
    pub struct PlaceRef {
        pub code: String,
        pub level: String,
        pub name: String,
    }
}

platform::record! {
    pub struct TreeNode {
        pub id: i64,
        pub parent_id: i64,
        pub code: String,
        pub level: String,
        pub name: String,
        pub name_alt: String,
        pub member: bool,
    }
}

/// `alias` valid on the date bound as `$2`.
macro_rules! valid_on_2 {
    ($alias:literal) => {
        concat!(
            "(",
            $alias,
            ".valid_from IS NULL OR ",
            $alias,
            ".valid_from <= $2) AND (",
            $alias,
            ".valid_to IS NULL OR ",
            $alias,
            ".valid_to > $2)"
        )
    };
}

pub async fn find(db: &Db, code: &str) -> Result<Option<Place>, sqlx::Error> {
    let sql = format!("SELECT {} FROM places WHERE code = $1", Place::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(code).fetch_optional(pool).await)
}

/// Every place with an id above `after`, by id: one page of the whole
/// directory.
pub async fn all_after(db: &Db, after: i64) -> Result<Vec<Place>, sqlx::Error> {
    let sql = format!("SELECT {} FROM places WHERE id > $1 ORDER BY id", Place::COLUMNS);
    on_db!(db, |pool| sqlx::query_as(&sql).bind(after).fetch_all(pool).await)
}

platform::record! {
    /// An institution in a list of all of them, with its place's code.
    pub struct ListedInstitution {
        pub id: i64,
        pub code: String,
        pub kind: String,
        pub name: String,
        pub place_code: String,
    }
}

/// Every institution with an id above `after`, by id.
pub async fn institutions_after(db: &Db, after: i64) -> Result<Vec<ListedInstitution>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT i.id AS id, i.code AS code, i.kind AS kind, i.name AS name, p.code AS place_code \
         FROM institutions i JOIN places p ON p.id = i.place_id WHERE i.id > $1 ORDER BY i.id"
    )
    .bind(after)
    .fetch_all(pool)
    .await)
}

/// Every place's code by id.
pub async fn codes(db: &Db) -> Result<std::collections::BTreeMap<i64, String>, sqlx::Error> {
    let rows: Vec<(i64, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, code FROM places").fetch_all(pool).await)?;
    Ok(rows.into_iter().collect())
}

/// The chain of parents on `on`, the top first.
pub async fn ancestors(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<PlaceRef>, sqlx::Error> {
    const SQL: &str = concat!(
        "WITH RECURSIVE up (id, depth) AS (",
        " SELECT pp.parent_id, 1 FROM place_parents pp WHERE pp.place_id = $1 AND ",
        valid_on_2!("pp"),
        " UNION ALL",
        " SELECT pp.parent_id, up.depth + 1 FROM place_parents pp JOIN up ON pp.place_id = up.id",
        " WHERE ",
        valid_on_2!("pp"),
        " AND up.depth < 16)",
        " SELECT p.code AS code, p.level AS level, p.name AS name FROM up JOIN places p ON p.id = up.id",
        " ORDER BY up.depth DESC"
    );
    on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)
}

/// Everything below a place on `on`, parents before their children.
pub async fn descendants(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<TreeNode>, sqlx::Error> {
    const SQL: &str =
        concat!(
        "WITH RECURSIVE down (id, parent_id, depth) AS (",
        " SELECT pp.place_id, pp.parent_id, 1 FROM place_parents pp WHERE pp.parent_id = $1 AND ", valid_on_2!("pp"),
        " UNION ALL",
        " SELECT pp.place_id, pp.parent_id, down.depth + 1 FROM place_parents pp JOIN down ON pp.parent_id = down.id",
        " WHERE ", valid_on_2!("pp"), " AND down.depth < 16)",
        " SELECT p.id AS id, down.parent_id AS parent_id, p.code AS code, p.level AS level, p.name AS name,",
        " p.name_alt AS name_alt,",
        " EXISTS (SELECT 1 FROM memberships m WHERE m.place_id = p.id AND m.member_since <= $2",
        " AND (m.valid_to IS NULL OR m.valid_to > $2)) AS member",
        " FROM down JOIN places p ON p.id = down.id ORDER BY down.depth, p.name"
    );
    on_db!(db, |pool| sqlx::query_as(SQL).bind(place_id).bind(on).fetch_all(pool).await)
}

/// The place chain of the hub's region (the first top-level place), where
/// hub staff hold their roles: the resource of hub-wide actions.
pub async fn region_path(db: &Db) -> Result<Vec<i64>, sqlx::Error> {
    Ok(roots(db).await?.first().map(|r| vec![r.id]).unwrap_or_default())
}

/// Top-level places (those without a parent today): the hub's region, or
/// countries loaded without one.
pub async fn roots(db: &Db) -> Result<Vec<Place>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM places p WHERE NOT EXISTS \
         (SELECT 1 FROM place_parents pp WHERE pp.place_id = p.id AND pp.valid_to IS NULL) ORDER BY name",
        Place::COLUMNS
    );
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

pub struct SearchHit {
    pub kind: HitKind,
    pub code: String,
    pub name: String,
    pub name_alt: String,
    /// The level of a place, the kind of an institution.
    pub category: String,
    /// Where it is: the parent of a place, the place of an institution.
    pub within: Option<PlaceRef>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    Place,
    Institution,
}

platform::record! {
    /// A search result as read, its place (`within_…`) absent for a place
    /// without a parent.
    struct HitRow {
        code: String,
        name: String,
        name_alt: String,
        category: String,
        within_code: Option<String>,
        within_level: Option<String>,
        within_name: Option<String>,
    }
}

const MAX_TERMS: usize = 6;

/// One kind of result, counted exactly, one page of it.
pub struct Found {
    pub total: i64,
    pub hits: Vec<SearchHit>,
}

/// Institution kinds whose name, in any of the product's languages,
/// contains the folded term: "police" finds police stations named in
/// Macedonian, "škola" finds schools named in English.
fn kinds_named(term: &str) -> Vec<&'static str> {
    let i18n = platform::i18n::i18n();
    crate::kinds::INSTITUTION_KINDS
        .iter()
        .copied()
        .filter(|kind| {
            institution_kind_message_id(kind)
                .is_some_and(|id| i18n.locales().iter().any(|l| fold(&l.tr().t(id)).contains(term)))
        })
        .collect()
}

/// The condition that every term holds of a place (`x`) or of an
/// institution (`x`, in place `par`): each term is in its names, or (for an
/// institution) in its place's names or its kind's name.
fn search_condition(kind: HitKind, terms: &[String]) -> String {
    let mut clauses = Vec::new();
    for (i, term) in terms.iter().enumerate() {
        let n = i + 1;
        let mut any = vec![format!("x.search_key LIKE ${n} ESCAPE '\\'")];
        if kind == HitKind::Institution {
            any.push(format!("par.search_key LIKE ${n} ESCAPE '\\'"));
            let kinds = kinds_named(term);
            if !kinds.is_empty() {
                // Kind keys are this crate's own constants, never input.
                let list: Vec<String> = kinds.iter().map(|k| format!("'{k}'")).collect();
                any.push(format!("x.kind IN ({})", list.join(", ")));
            }
        }
        clauses.push(format!("({})", any.join(" OR ")));
    }
    clauses.join(" AND ")
}

/// Places or institutions whose names, in any script and with or without
/// accents, contain every word of `query`: the total, and the page from
/// `offset`. Names that are the query come first, then names that start
/// with it, then the rest by name; the code breaks ties, so pages are
/// stable.
pub async fn search(db: &Db, query: &str, kind: HitKind, offset: i64, limit: i64) -> Result<Found, sqlx::Error> {
    let terms: Vec<String> = query_terms(query).into_iter().take(MAX_TERMS).collect();
    if terms.is_empty() {
        return Ok(Found { total: 0, hits: Vec::new() });
    }
    let patterns: Vec<String> = terms.iter().map(|t| format!("%{}%", like_escape(t))).collect();
    let whole = terms.join(" ");
    let (exact, prefix) = (like_escape(&whole), format!("{}%", like_escape(&whole)));
    let from = match kind {
        HitKind::Place => {
            "FROM places x LEFT JOIN place_parents pp ON pp.place_id = x.id AND pp.valid_to IS NULL \
             LEFT JOIN places par ON par.id = pp.parent_id"
        }
        HitKind::Institution => "FROM institutions x JOIN places par ON par.id = x.place_id",
    };
    let category = if kind == HitKind::Place { "x.level" } else { "x.kind" };
    let condition = search_condition(kind, &terms);
    let n = terms.len();
    let count_sql = format!("SELECT COUNT(*) {from} WHERE {condition}");
    let page_sql = format!(
        "SELECT x.code AS code, x.name AS name, x.name_alt AS name_alt, {category} AS category, \
         par.code AS within_code, par.level AS within_level, par.name AS within_name {from} WHERE {condition} \
         ORDER BY CASE WHEN x.search_key = ${e} OR x.search_key LIKE ${e2} ESCAPE '\\' THEN 0 \
         WHEN x.search_key LIKE ${p} ESCAPE '\\' THEN 1 ELSE 2 END, x.name, x.code LIMIT ${l} OFFSET ${o}",
        e = n + 1,
        e2 = n + 2,
        p = n + 3,
        l = n + 4,
        o = n + 5,
    );
    let total: i64 = on_db!(db, |pool| {
        let mut q = sqlx::query_scalar(count_sql.as_str());
        for p in &patterns {
            q = q.bind(p);
        }
        q.fetch_one(pool).await
    })?;
    let rows: Vec<HitRow> = on_db!(db, |pool| {
        let mut q = sqlx::query_as(page_sql.as_str());
        for p in &patterns {
            q = q.bind(p);
        }
        q.bind(&whole)
            .bind(format!("{exact} |%"))
            .bind(&prefix)
            .bind(limit.clamp(1, 200))
            .bind(offset.max(0))
            .fetch_all(pool)
            .await
    })?;
    let hits = rows
        .into_iter()
        .map(|row| SearchHit {
            kind,
            code: row.code,
            name: row.name,
            name_alt: row.name_alt,
            category: row.category,
            within: match (row.within_code, row.within_level, row.within_name) {
                (Some(code), Some(level), Some(name)) => Some(PlaceRef { code, level, name }),
                _ => None,
            },
        })
        .collect();
    Ok(Found { total, hits })
}

platform::record! {
    /// Headline figures for the home page, counted live.
    pub struct Stats {
        pub countries: i64,
        pub local_governments: i64,
        pub members: i64,
        pub institutions: i64,
        pub structures: i64,
    }
}

pub async fn stats(db: &Db) -> Result<Stats, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM places WHERE level = 'country') AS countries, \
         (SELECT COUNT(*) FROM places WHERE level IN ('city', 'municipality')) AS local_governments, \
         (SELECT COUNT(DISTINCT place_id) FROM memberships WHERE valid_to IS NULL) AS members, \
         (SELECT COUNT(*) FROM institutions) AS institutions, (SELECT COUNT(*) FROM structures) AS structures"
    )
    .fetch_one(pool)
    .await)
}

/// The ids of a place's ancestors on `on`, top first, then the place itself:
/// the chain the policy checks a place-scoped grant against.
pub async fn path_ids(db: &Db, place_id: i64, on: NaiveDate) -> Result<Vec<i64>, sqlx::Error> {
    const SQL: &str = concat!(
        "WITH RECURSIVE up (id, depth) AS (",
        " SELECT pp.parent_id, 1 FROM place_parents pp WHERE pp.place_id = $1 AND ",
        valid_on_2!("pp"),
        " UNION ALL",
        " SELECT pp.parent_id, up.depth + 1 FROM place_parents pp JOIN up ON pp.place_id = up.id",
        " WHERE ",
        valid_on_2!("pp"),
        " AND up.depth < 16)",
        " SELECT id FROM up ORDER BY depth DESC"
    );
    let mut ids: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(SQL).bind(place_id).bind(on).fetch_all(pool).await)?;
    ids.push(place_id);
    Ok(ids)
}

/// The name shown for a place, with the asterisk that points to the Kosovo
/// footnote when the instance shows it.
/// A place's name for a reader: a country is named in the reader's
/// language (Shqipëri, Северна Македонија); other places keep their own.
pub fn local_name(tr: platform::i18n::Tr, code: &str, name: &str) -> String {
    if code.len() == 2 && platform::countries::is_country(code) {
        platform::countries::name(code, tr)
    } else {
        name.to_string()
    }
}

pub fn shown_name(code: &str, name: &str, footnote: bool) -> String {
    if footnote && code == "XK" {
        format!("{name}*")
    } else {
        name.to_string()
    }
}
