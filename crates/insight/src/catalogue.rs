//! The open data catalogue (`/data`): every dataset the reader may
//! download, with its licence, its last update and its formats, each at a
//! stable address. A dataset's version is the time of the last write that
//! changed it (from the audit trail, which every write appends to); files
//! generated here carry it as their ETag and Last-Modified, so a client or
//! a cache keeps a copy until the data changes.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::{on_db, Db};
use serde_json::json;

/// One dataset as the catalogue lists it.
pub struct Dataset {
    pub title: String,
    pub description: String,
    pub licence: String,
    pub updated: Option<DateTime<Utc>>,
    /// (format, address)
    pub formats: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "catalogue.html")]
struct CataloguePage {
    shell: Shell,
    datasets: Vec<Dataset>,
}

/// The time of the last audited write whose action starts with one of
/// `prefixes`: the dataset's version.
/// The audit actions that change each dataset: imports, generations and the
/// demo write the directory and its boundaries as well as its own pages.
const DIRECTORY: &[&str] = &["directory.", "demo.directory", "generate."];
const BOUNDARIES: &[&str] = &["directory.boundaries_import", "demo.directory", "generate."];

async fn last_write(db: &Db, prefixes: &[&str]) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let mut newest = None;
    for prefix in prefixes {
        let at: Option<DateTime<Utc>> =
            on_db!(db, |pool| sqlx::query_scalar("SELECT MAX(at) FROM audit_events WHERE action LIKE $1")
                .bind(format!("{prefix}%"))
                .fetch_one(pool)
                .await)?;
        newest = newest.max(at);
    }
    Ok(newest)
}

pub async fn catalogue(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let db = &state.db;
    let hub_licence = tr.t1("data-licence-hub", "hub", state.site.hub_name.clone());
    let mut datasets = vec![
        Dataset {
            title: tr.t("data-places-title"),
            description: tr.t("data-places-description"),
            licence: tr.t("data-licence-reference"),
            updated: last_write(db, DIRECTORY).await?,
            formats: vec![("CSV", "/directory/places.csv".into()), ("JSON", "/api/v1/places".into())],
        },
        Dataset {
            title: tr.t("data-institutions-title"),
            description: tr.t("data-institutions-description"),
            licence: hub_licence.clone(),
            updated: last_write(db, DIRECTORY).await?,
            formats: vec![("CSV", "/directory/institutions.csv".into()), ("JSON", "/api/v1/institutions".into())],
        },
        Dataset {
            title: tr.t("data-boundaries-title"),
            description: tr.t("data-boundaries-description"),
            licence: tr.t("data-licence-boundaries"),
            updated: last_write(db, BOUNDARIES).await?,
            formats: vec![("GeoJSON", "/data/boundaries.geojson".into())],
        },
    ];
    // One look-up per area, not one per round or study.
    let (answers_changed, studies_changed) =
        (last_write(db, &["assess."]).await?, last_write(db, &["resilience."]).await?);
    for round in assess::store::rounds(db).await? {
        let base = format!("/assess/rounds/{}/results", round.id);
        datasets.push(Dataset {
            title: tr.t1("data-round-title", "round", round.name.clone()),
            description: tr.t("data-round-description"),
            licence: hub_licence.clone(),
            updated: answers_changed,
            formats: vec![
                ("CSV", format!("{base}.csv")),
                ("XLSX", format!("{base}.csv?format=xlsx")),
                ("JSON", format!("/api/v1/rounds/{}/results", round.id)),
            ],
        });
    }
    for study in resilience::store::all(db).await? {
        let base = format!("/studies/{}/indices", study.id);
        datasets.push(Dataset {
            title: tr.ta("data-study-title", &[("study", &study.title), ("city", &study.place_name)]),
            description: tr.t("data-study-description"),
            licence: hub_licence.clone(),
            updated: studies_changed,
            formats: vec![
                ("CSV", format!("{base}.csv")),
                ("XLSX", format!("{base}.xlsx")),
                ("JSON", format!("/api/v1/studies/{}/indices", study.id)),
            ],
        });
    }
    let insight = last_write(db, &["assess.", "support.", "fund.", "knowledge.", "resilience.", "workplan."]).await?;
    for (id, title) in [
        ("capacity", "insight-capacity-title"),
        ("fund", "insight-fund-title"),
        ("structures", "insight-structures-title"),
    ] {
        datasets.push(Dataset {
            title: tr.t(title),
            description: tr.t("data-insight-description"),
            licence: hub_licence.clone(),
            updated: insight,
            formats: vec![("CSV", format!("/insight/-/{id}.csv")), ("XLSX", format!("/insight/-/{id}.xlsx"))],
        });
    }
    for (title, description, path, prefix) in [
        ("data-practices-title", "data-practices-description", "/api/v1/practices", "knowledge."),
        ("data-programmes-title", "data-programmes-description", "/api/v1/programmes", "knowledge."),
        ("data-calls-title", "data-calls-description", "/api/v1/fund/calls", "fund."),
        ("data-workplans-title", "data-workplans-description", "/api/v1/workplans", "support.plan_"),
    ] {
        let mut formats = vec![("JSON", path.to_string())];
        if path == "/api/v1/practices" {
            formats.insert(0, ("CSV", "/data/practices.csv".into()));
        }
        datasets.push(Dataset {
            title: tr.t(title),
            description: tr.t(description),
            licence: hub_licence.clone(),
            updated: last_write(db, &[prefix]).await?,
            formats,
        });
    }
    render(&CataloguePage { shell: ctx.shell(tr.t("data-title")), datasets })
}

/// A generated file with its version: 304 when the client holds it.
fn versioned(
    headers: &HeaderMap,
    version: Option<DateTime<Utc>>,
    content_type: &str,
    name: &str,
    body: String,
) -> Response {
    let etag = format!("\"{}\"", version.map(|v| v.timestamp_millis()).unwrap_or(0));
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let modified = version.map(|v| v.format("%a, %d %b %Y %H:%M:%S GMT").to_string()).unwrap_or_default();
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::ETAG, etag),
            (header::LAST_MODIFIED, modified),
        ],
        body,
    )
        .into_response()
}

platform::record! {
    struct BoundaryRow {
        code: String,
        name: String,
        level: String,
        source: String,
        geometry: String,
        valid_from: Option<chrono::NaiveDate>,
        valid_to: Option<chrono::NaiveDate>,
    }
}

impl BoundaryRow {
    /// A feature with its place and, for a shape that changed over time,
    /// the days it was valid (`valid_to` is its first day no longer valid).
    fn feature(self) -> Option<serde_json::Value> {
        let polygons: serde_json::Value = serde_json::from_str(&self.geometry).ok()?;
        Some(json!({"type": "Feature",
            "properties": {"code": self.code, "name": self.name, "level": self.level, "source": self.source,
                           "valid_from": self.valid_from, "valid_to": self.valid_to},
            "geometry": {"type": "MultiPolygon", "coordinates": polygons}}))
    }
}

/// Every boundary as one GeoJSON FeatureCollection, each feature with the
/// place's code, name and level and the source it came from.
pub async fn boundaries(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let db = &state.db;
    let version = last_write(db, BOUNDARIES).await?;
    let sql = "SELECT p.code AS code, p.name AS name, p.level AS level, s.source AS source, s.geometry AS geometry, \
               s.valid_from AS valid_from, s.valid_to AS valid_to \
               FROM place_shapes s JOIN places p ON p.id = s.place_id ORDER BY p.code, CASE WHEN s.valid_from IS NULL THEN 0 ELSE 1 END, s.valid_from";
    let rows: Vec<BoundaryRow> = on_db!(db, |pool| sqlx::query_as(sql).fetch_all(pool).await)?;
    let features: Vec<serde_json::Value> = rows.into_iter().filter_map(BoundaryRow::feature).collect();
    let body = json!({"type": "FeatureCollection", "features": features}).to_string();
    Ok(versioned(&headers, version, "application/geo+json", "boundaries.geojson", body))
}

/// Published practices as CSV: one row per practice, its title in its
/// original language, and where to read every version.
pub async fn practices_csv(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let db = &state.db;
    let version = last_write(db, &["knowledge."]).await?;
    let texts = knowledge::practices::all_texts(db).await?;
    let mut out = String::from(
        "id,country,place,organisation,language,title,themes,audiences,prevention_level,year_from,year_to,url\n",
    );
    let quote = |s: &str| {
        if s.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    for p in knowledge::practices::in_state(db, Some("published")).await? {
        let texts = texts.get(&p.id).map(Vec::as_slice).unwrap_or(&[]);
        let title = knowledge::practices::text_in(texts, "title", &p.language, &p.language)
            .map(|t| t.body.as_str())
            .unwrap_or("");
        let row = [
            p.id.to_string(),
            p.country.clone(),
            p.place_name.clone(),
            p.organisation.clone(),
            p.language.clone(),
            title.to_string(),
            p.themes.join(";"),
            p.audiences.join(";"),
            p.prevention_level.clone(),
            p.year_from.to_string(),
            p.year_to.map(|y| y.to_string()).unwrap_or_default(),
            format!("/knowledge/practices/{}", p.id),
        ];
        out.push_str(&row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    Ok(versioned(&headers, version, "text/csv; charset=utf-8", "practices.csv", out))
}

/// One dataset file by name; `/data/{file}`.
pub async fn file(
    ctx: PageCtx,
    state: State<AppState>,
    headers: HeaderMap,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    match name.as_str() {
        "boundaries.geojson" => boundaries(state, headers).await,
        "practices.csv" => practices_csv(state, headers).await,
        _ => Err(ctx.not_found()),
    }
}
