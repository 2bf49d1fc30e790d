//! The roles matrix: per country, prevention functions against levels of
//! government, each cell saying who is Responsible, Accountable, Consulted
//! or Informed. Rows where no level is responsible (a gap) or where two are
//! (an overlap) are flagged: this is how the multi-level question of, say,
//! Bosnia and Herzegovina becomes visible.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::form::FieldErrors;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, on_tx, Db, Tx};

use crate::kinds::LEVELS;
use crate::places;

pub const FUNCTIONS: &[&str] = &[
    "primary_prevention",
    "secondary_prevention",
    "tertiary_prevention",
    "reintegration",
    "information_sharing",
    "youth",
    "victim_support",
    "communication",
];

/// Normalises "r, a" to "R,A"; `None` when a letter is not R, A, C or I.
pub fn parse_raci(text: &str) -> Option<String> {
    let mut letters: Vec<char> = Vec::new();
    for c in text.chars().filter(|c| !c.is_whitespace() && *c != ',' && *c != '+' && *c != '/') {
        let c = c.to_ascii_uppercase();
        if !"RACI".contains(c) {
            return None;
        }
        if !letters.contains(&c) {
            letters.push(c);
        }
    }
    letters.sort_by_key(|c| "RACI".find(*c));
    Some(letters.iter().map(char::to_string).collect::<Vec<_>>().join(","))
}

#[derive(Debug, PartialEq, Eq)]
pub enum Flag {
    Clear,
    /// No level is responsible.
    Gap,
    /// More than one level is responsible.
    Overlap,
}

pub fn flag(cells: &BTreeMap<String, String>) -> Flag {
    match cells.values().filter(|v| v.split(',').any(|l| l == "R")).count() {
        0 => Flag::Gap,
        1 => Flag::Clear,
        _ => Flag::Overlap,
    }
}

/// The levels of government in a country: the country itself, then each
/// level found below it, in the hierarchy's order.
pub async fn levels_of(db: &Db, country_id: i64) -> Result<Vec<String>, sqlx::Error> {
    let below = places::descendants(db, country_id, Utc::now().date_naive()).await?;
    Ok(LEVELS
        .iter()
        .filter(|l| **l == "country" || below.iter().any(|n| n.level == **l))
        .filter(|l| **l != "neighbourhood")
        .map(|l| l.to_string())
        .collect())
}

/// function → level → letters
pub async fn cells(db: &Db, country_id: i64) -> Result<BTreeMap<String, BTreeMap<String, String>>, sqlx::Error> {
    let rows: Vec<(String, String, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT function, level, raci FROM roles_matrix WHERE country_id = $1")
            .bind(country_id)
            .fetch_all(pool)
            .await)?;
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (function, level, raci) in rows {
        out.entry(function).or_default().insert(level, raci);
    }
    Ok(out)
}

pub async fn set_cell(
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

pub struct Row {
    pub key: String,
    pub label: String,
    pub cells: Vec<(String, String)>,
    pub flag: String,
    pub flag_class: &'static str,
}

#[derive(Template)]
#[template(path = "matrix.html")]
struct MatrixPage {
    shell: Shell,
    code: String,
    levels: Vec<(String, String)>,
    rows: Vec<Row>,
    editable: bool,
    errors: FieldErrors,
}

fn rows(tr: Tr, levels: &[String], values: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<Row> {
    FUNCTIONS
        .iter()
        .map(|function| {
            let empty = BTreeMap::new();
            let row = values.get(*function).unwrap_or(&empty);
            let (flag, flag_class) = match flag(row) {
                Flag::Clear => (String::new(), ""),
                Flag::Gap => (tr.t("matrix-gap"), "gap"),
                Flag::Overlap => (tr.t("matrix-overlap"), "overlap"),
            };
            Row {
                key: function.to_string(),
                label: tr.t(&format!("matrix-function-{function}")),
                cells: levels.iter().map(|l| (l.clone(), row.get(l).cloned().unwrap_or_default())).collect(),
                flag,
                flag_class,
            }
        })
        .collect()
}

async fn country(ctx: &PageCtx, state: &AppState, code: &str) -> Result<(places::Place, Vec<i64>), AppError> {
    let Some(place) = places::find(&state.db, code).await?.filter(|p| p.level == "country") else {
        return Err(ctx.not_found());
    };
    let path = places::path_ids(&state.db, place.id, Utc::now().date_naive()).await?;
    Ok((place, path))
}

async fn show(
    ctx: &PageCtx,
    state: &AppState,
    code: &str,
    overrides: BTreeMap<String, BTreeMap<String, String>>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (place, path) = country(ctx, state, code).await?;
    let tr = ctx.tr;
    let levels = levels_of(&state.db, place.id).await?;
    let mut values = cells(&state.db, place.id).await?;
    for (function, row) in overrides {
        values.insert(function, row);
    }
    let page = MatrixPage {
        shell: ctx.shell(tr.t1("matrix-title", "country", place.name.clone())),
        levels: levels.iter().map(|l| (l.clone(), tr.t(&format!("level-{l}")))).collect(),
        rows: rows(tr, &levels, &values),
        editable: can(&ctx.actor, Action::EditRolesMatrix, &Resource::Place { path: &path }).allowed(),
        code: place.code,
        errors,
    };
    let status = if page.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, render(&page)?).into_response())
}

pub async fn matrix_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    show(&ctx, &state, &code, BTreeMap::new(), FieldErrors::default()).await
}

pub async fn save_matrix(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (place, path) = country(&ctx, &state, &code).await?;
    ctx.require(Action::EditRolesMatrix, &Resource::Place { path: &path })?;
    let levels = levels_of(&state.db, place.id).await?;
    let mut values: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut errors = FieldErrors::default();
    for (name, value) in &form {
        let Some(rest) = name.strip_prefix("cell:") else { continue };
        let Some((function, level)) = rest.split_once(':') else { continue };
        if !FUNCTIONS.contains(&function) || !levels.iter().any(|l| l == level) {
            continue;
        }
        match parse_raci(value) {
            Some(letters) => {
                values.entry(function.to_string()).or_default().insert(level.to_string(), letters);
            }
            None => {
                errors.add("matrix", ctx.tr.t("matrix-letters"));
                values.entry(function.to_string()).or_default().insert(level.to_string(), value.clone());
            }
        }
    }
    if !errors.is_empty() {
        return show(&ctx, &state, &code, values, errors).await;
    }
    let mut tx = state.db.begin().await?;
    let mut changed = 0;
    for (function, row) in &values {
        for (level, letters) in row {
            set_cell(&mut tx, place.id, function, level, letters).await?;
            changed += 1;
        }
    }
    audit::append(
        &mut tx,
        &ctx.audit(),
        Event {
            action: "directory.roles_matrix",
            object_type: "place",
            object_id: place.code.clone(),
            place_id: Some(place.id),
            summary: format!("{changed} cells saved"),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&format!("/places/{}/roles", place.code), "flash-matrix-saved"))
}

/// Bosnia and Herzegovina's matrix as the demo shows it: a responsibility
/// claimed twice and one claimed by nobody, as the Sarajevo workshop heard.
pub async fn load_demo(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    let Some(ba) = crate::records::place_id(&mut tx, "BA").await? else {
        return Ok(());
    };
    let cells: &[(&str, &str, &str)] = &[
        ("primary_prevention", "country", "A"),
        ("primary_prevention", "municipality", "R"),
        ("primary_prevention", "canton", "C"),
        ("secondary_prevention", "entity", "R"),
        ("secondary_prevention", "municipality", "C"),
        ("tertiary_prevention", "country", "R,A"),
        ("tertiary_prevention", "entity", "C"),
        ("reintegration", "entity", "R"),
        ("reintegration", "municipality", "R"),
        ("reintegration", "canton", "C"),
        ("information_sharing", "country", "A"),
        ("information_sharing", "municipality", "I"),
        ("youth", "canton", "R"),
        ("youth", "municipality", "C"),
        ("victim_support", "entity", "R"),
        ("communication", "country", "R"),
        ("communication", "municipality", "I"),
    ];
    for (function, level, raci) in cells {
        set_cell(&mut tx, ba, function, level, raci).await?;
    }
    audit::append(
        &mut tx,
        &platform::audit::AuditCtx::cli("demo"),
        Event {
            action: "demo.roles_matrix",
            object_type: "place",
            object_id: "BA".into(),
            place_id: Some(ba),
            summary: format!("{} cells", cells.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_normalise_and_flags_show_gaps_and_overlaps() {
        assert_eq!(parse_raci(" a, r ").as_deref(), Some("R,A"));
        assert_eq!(parse_raci("").as_deref(), Some(""));
        assert_eq!(parse_raci("X"), None);
        let row = |pairs: &[(&str, &str)]| {
            pairs.iter().map(|(l, v)| (l.to_string(), v.to_string())).collect::<BTreeMap<_, _>>()
        };
        assert_eq!(flag(&row(&[("entity", "R"), ("municipality", "R")])), Flag::Overlap);
        assert_eq!(flag(&row(&[("country", "A"), ("municipality", "I")])), Flag::Gap);
        assert_eq!(flag(&row(&[("country", "R,A")])), Flag::Clear);
    }
}
