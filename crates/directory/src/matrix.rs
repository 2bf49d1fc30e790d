//! The roles matrix: per country, prevention functions against levels of
//! government, each cell saying who is Responsible, Accountable, Consulted
//! or Informed. Rows where no level is responsible (a gap) or where two are
//! (an overlap) are flagged: this is how the multi-level question of, say,
//! Bosnia and Herzegovina becomes visible.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use platform::audit::{self, Event};
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::web::form::{FieldErrors, Form};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::Db;

use crate::kinds::{level_message_id, shown, LEVELS};
use crate::records::set_matrix_cell;
use crate::{at_place, places};

platform::text_enum! {
    /// A prevention function: a row of the matrix.
    pub enum PreventionFunction, messages "matrix-function" {
        PrimaryPrevention = "primary_prevention",
        SecondaryPrevention = "secondary_prevention",
        TertiaryPrevention = "tertiary_prevention",
        Reintegration = "reintegration",
        InformationSharing = "information_sharing",
        Youth = "youth",
        VictimSupport = "victim_support",
        Communication = "communication",
    }
}

/// A matrix's letters: function → level → letters.
pub type Cells = BTreeMap<String, BTreeMap<String, String>>;

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

/// A country's saved matrix.
pub async fn cells(db: &Db, country_id: i64) -> Result<Cells, sqlx::Error> {
    let mut out = Cells::new();
    for cell in at_place::roles_matrix(db, country_id).await? {
        out.entry(cell.function).or_default().insert(cell.level, cell.raci);
    }
    Ok(out)
}

/// A matrix as submitted, and whether a cell held letters other than R, A,
/// C and I (that cell is kept as typed, to be shown again).
struct Submitted {
    cells: Cells,
    refused: bool,
}

/// The matrix a form submits. Its fields follow the page's table, one per
/// cell, named `cell:<function>:<level>` with the country's levels; any
/// other field (the CSRF token, a level the country lacks) is left out.
fn read_cells(form: &[(String, String)], levels: &[String]) -> Submitted {
    let mut submitted = Submitted { cells: Cells::new(), refused: false };
    for (name, value) in form {
        let Some((function, level)) = cell_named(name, levels) else { continue };
        let letters = parse_raci(value).unwrap_or_else(|| {
            submitted.refused = true;
            value.clone()
        });
        submitted.cells.entry(function.as_str().to_string()).or_default().insert(level.to_string(), letters);
    }
    submitted
}

/// The function and level of a field named `cell:<function>:<level>`, when
/// the matrix has that cell.
fn cell_named<'a>(name: &'a str, levels: &[String]) -> Option<(PreventionFunction, &'a str)> {
    let (function, level) = name.strip_prefix("cell:")?.split_once(':')?;
    let function = PreventionFunction::parse(function)?;
    levels.iter().any(|l| l == level).then_some((function, level))
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

fn rows(tr: Tr, levels: &[String], values: &Cells) -> Vec<Row> {
    PreventionFunction::ALL
        .iter()
        .map(|function| {
            let empty = BTreeMap::new();
            let row = values.get(function.as_str()).unwrap_or(&empty);
            let (flag, flag_class) = match flag(row) {
                Flag::Clear => (String::new(), ""),
                Flag::Gap => (tr.t("matrix-gap"), "gap"),
                Flag::Overlap => (tr.t("matrix-overlap"), "overlap"),
            };
            Row {
                key: function.to_string(),
                label: tr.t(function.message_id()),
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
    overrides: Cells,
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
        levels: levels.iter().map(|l| (l.clone(), shown(tr, level_message_id(l), l))).collect(),
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
    show(&ctx, &state, &code, Cells::new(), FieldErrors::default()).await
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
    let submitted = read_cells(&form, &levels);
    if submitted.refused {
        let mut errors = FieldErrors::default();
        errors.add("matrix", ctx.tr.t("matrix-letters"));
        return show(&ctx, &state, &code, submitted.cells, errors).await;
    }
    let mut tx = state.db.begin().await?;
    let mut changed = 0;
    for (function, row) in &submitted.cells {
        for (level, letters) in row {
            set_matrix_cell(&mut tx, place.id, function, level, letters).await?;
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
        set_matrix_cell(&mut tx, ba, function, level, raci).await?;
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

    #[test]
    fn a_submitted_matrix_keeps_its_cells_and_what_was_typed_wrong() {
        let levels = ["country".to_string(), "municipality".to_string()];
        let form =
            |pairs: &[(&str, &str)]| pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect::<Vec<_>>();
        let fields =
            [("csrf", "t"), ("cell:youth:municipality", "r, a"), ("cell:youth:canton", "R"), ("cell:art:country", "R")];
        let saved = read_cells(&form(&fields), &levels);
        assert!(!saved.refused);
        assert_eq!(saved.cells.len(), 1);
        assert_eq!(saved.cells["youth"].len(), 1);
        assert_eq!(saved.cells["youth"]["municipality"], "R,A");
        let refused = read_cells(&form(&[("cell:youth:country", "R, X")]), &levels);
        assert!(refused.refused);
        assert_eq!(refused.cells["youth"]["country"], "R, X");
    }
}
