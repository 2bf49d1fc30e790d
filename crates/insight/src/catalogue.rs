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
use platform::i18n::Tr;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::Db;
use serde_json::json;

use crate::store;

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

/// The audit actions that change each dataset: imports, generations and the
/// demo write the directory and its boundaries as well as its own pages.
const DIRECTORY: &[&str] = &["directory.", "demo.directory", "generate."];
const BOUNDARIES: &[&str] = &["directory.boundaries_import", "demo.directory", "generate."];

pub async fn catalogue(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let db = &state.db;
    let licence = tr.t1("data-licence-hub", "hub", state.site.hub_name.clone());
    let mut datasets = reference_datasets(tr, db, &licence).await?;
    datasets.extend(round_datasets(tr, db, &licence).await?);
    datasets.extend(study_datasets(tr, db, &licence).await?);
    datasets.extend(insight_datasets(tr, db, &licence).await?);
    datasets.extend(api_datasets(tr, db, &licence).await?);
    render(&CataloguePage { shell: ctx.shell(tr.t("data-title")), datasets })
}

/// The directory's places, institutions and boundaries.
async fn reference_datasets(tr: Tr, db: &Db, hub_licence: &str) -> Result<Vec<Dataset>, sqlx::Error> {
    Ok(vec![
        Dataset {
            title: tr.t("data-places-title"),
            description: tr.t("data-places-description"),
            licence: tr.t("data-licence-reference"),
            updated: store::last_write(db, DIRECTORY).await?,
            formats: vec![("CSV", "/directory/places.csv".into()), ("JSON", "/api/v1/places".into())],
        },
        Dataset {
            title: tr.t("data-institutions-title"),
            description: tr.t("data-institutions-description"),
            licence: hub_licence.to_string(),
            updated: store::last_write(db, DIRECTORY).await?,
            formats: vec![("CSV", "/directory/institutions.csv".into()), ("JSON", "/api/v1/institutions".into())],
        },
        Dataset {
            title: tr.t("data-boundaries-title"),
            description: tr.t("data-boundaries-description"),
            licence: tr.t("data-licence-boundaries"),
            updated: store::last_write(db, BOUNDARIES).await?,
            formats: vec![("GeoJSON", "/data/boundaries.geojson".into())],
        },
    ])
}

/// Each assessment round's results.
async fn round_datasets(tr: Tr, db: &Db, hub_licence: &str) -> Result<Vec<Dataset>, sqlx::Error> {
    // One look-up for every round.
    let changed = store::last_write(db, &["assess."]).await?;
    Ok(assess::store::rounds(db)
        .await?
        .into_iter()
        .map(|round| {
            let base = format!("/assess/rounds/{}/results", round.id);
            Dataset {
                title: tr.t1("data-round-title", "round", round.name.clone()),
                description: tr.t("data-round-description"),
                licence: hub_licence.to_string(),
                updated: changed,
                formats: vec![
                    ("CSV", format!("{base}.csv")),
                    ("XLSX", format!("{base}.csv?format=xlsx")),
                    ("JSON", format!("/api/v1/rounds/{}/results", round.id)),
                ],
            }
        })
        .collect())
}

/// Each resilience study's indices.
async fn study_datasets(tr: Tr, db: &Db, hub_licence: &str) -> Result<Vec<Dataset>, sqlx::Error> {
    // One look-up for every study.
    let changed = store::last_write(db, &["resilience."]).await?;
    Ok(resilience::store::all(db)
        .await?
        .into_iter()
        .map(|study| {
            let base = format!("/studies/{}/indices", study.id);
            Dataset {
                title: tr.ta("data-study-title", &[("study", &study.title), ("city", &study.place_name)]),
                description: tr.t("data-study-description"),
                licence: hub_licence.to_string(),
                updated: changed,
                formats: vec![
                    ("CSV", format!("{base}.csv")),
                    ("XLSX", format!("{base}.xlsx")),
                    ("JSON", format!("/api/v1/studies/{}/indices", study.id)),
                ],
            }
        })
        .collect())
}

/// The dashboard's tables that are published as data.
async fn insight_datasets(tr: Tr, db: &Db, hub_licence: &str) -> Result<Vec<Dataset>, sqlx::Error> {
    let changed =
        store::last_write(db, &["assess.", "support.", "fund.", "knowledge.", "resilience.", "workplan."]).await?;
    Ok([
        ("capacity", "insight-capacity-title"),
        ("fund", "insight-fund-title"),
        ("structures", "insight-structures-title"),
    ]
    .into_iter()
    .map(|(id, title)| Dataset {
        title: tr.t(title),
        description: tr.t("data-insight-description"),
        licence: hub_licence.to_string(),
        updated: changed,
        formats: vec![("CSV", format!("/insight/-/{id}.csv")), ("XLSX", format!("/insight/-/{id}.xlsx"))],
    })
    .collect())
}

/// A dataset served by the API: its title and description ids, its
/// address, and the audit actions that change it.
struct ApiDataset {
    title: &'static str,
    description: &'static str,
    path: &'static str,
    changed_by: &'static str,
}

const API_DATASETS: &[ApiDataset] = &[
    ApiDataset {
        title: "data-practices-title",
        description: "data-practices-description",
        path: "/api/v1/practices",
        changed_by: "knowledge.",
    },
    ApiDataset {
        title: "data-programmes-title",
        description: "data-programmes-description",
        path: "/api/v1/programmes",
        changed_by: "knowledge.",
    },
    ApiDataset {
        title: "data-calls-title",
        description: "data-calls-description",
        path: "/api/v1/fund/calls",
        changed_by: "fund.",
    },
    ApiDataset {
        title: "data-workplans-title",
        description: "data-workplans-description",
        path: "/api/v1/workplans",
        changed_by: "support.plan_",
    },
];

async fn api_datasets(tr: Tr, db: &Db, hub_licence: &str) -> Result<Vec<Dataset>, sqlx::Error> {
    let mut datasets = Vec::new();
    for d in API_DATASETS {
        let mut formats = vec![("JSON", d.path.to_string())];
        if d.path == "/api/v1/practices" {
            formats.insert(0, ("CSV", "/data/practices.csv".into()));
        }
        datasets.push(Dataset {
            title: tr.t(d.title),
            description: tr.t(d.description),
            licence: hub_licence.to_string(),
            updated: store::last_write(db, &[d.changed_by]).await?,
            formats,
        });
    }
    Ok(datasets)
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

impl store::BoundaryRow {
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
    let version = store::last_write(db, BOUNDARIES).await?;
    let rows = store::boundaries(db).await?;
    let features: Vec<serde_json::Value> = rows.into_iter().filter_map(store::BoundaryRow::feature).collect();
    let body = json!({"type": "FeatureCollection", "features": features}).to_string();
    Ok(versioned(&headers, version, "application/geo+json", "boundaries.geojson", body))
}

/// Published practices as CSV: one row per practice, its title in its
/// original language, and where to read every version.
pub async fn practices_csv(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let db = &state.db;
    let version = store::last_write(db, &["knowledge."]).await?;
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
