//! Instruments in the browser: the list, XLSForm download, and upload.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use platform::policy::{can, Action, Resource};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::{instrument, xlsform};

#[derive(Template)]
#[template(path = "instruments.html")]
struct InstrumentsPage {
    shell: Shell,
    instruments: Vec<instrument::Listed>,
    can_upload: bool,
    problems: Vec<String>,
    warnings: Vec<String>,
    imported: String,
    boundaries: Option<directory::shapes::ShapeReport>,
    /// (code, name) of each country a boundary file may be given for.
    countries: Vec<(&'static str, String)>,
}

async fn page(
    ctx: &PageCtx,
    state: &AppState,
    problems: Vec<String>,
    warnings: Vec<String>,
    imported: String,
) -> Result<Response, AppError> {
    page_with(ctx, state, problems, warnings, imported, None).await
}

async fn page_with(
    ctx: &PageCtx,
    state: &AppState,
    problems: Vec<String>,
    warnings: Vec<String>,
    imported: String,
    boundaries: Option<directory::shapes::ShapeReport>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let instruments = instrument::listed(&state.db, tr).await?;
    let path = directory::places::region_path(&state.db).await?;
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = InstrumentsPage {
        shell: ctx.shell(tr.t("assess-instruments-title")),
        instruments,
        can_upload: can(&ctx.actor, Action::ManageRounds, &Resource::Place { path: &path }).allowed(),
        problems,
        warnings,
        imported,
        boundaries,
        countries: platform::countries::codes().into_iter().map(|c| (c, platform::countries::name(c, tr))).collect(),
    };
    Ok((status, render(&page)?).into_response())
}

pub async fn list(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    page(&ctx, &state, Vec::new(), Vec::new(), String::new()).await
}

pub async fn upload(
    ctx: PageCtx,
    State(state): State<AppState>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let path = directory::places::region_path(&state.db).await?;
    ctx.require(Action::ManageRounds, &Resource::Place { path: &path })?;
    let mut file: Option<(String, Bytes)> = None;
    let mut options = directory::shapes::ImportOptions::default();
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("country") {
            options.country = field.text().await.ok().filter(|c| platform::countries::is_country(c));
        } else if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("form.xlsx").to_string();
            match field.bytes().await {
                Ok(bytes) => file = Some((name, bytes)),
                Err(e) => return page(&ctx, &state, vec![format!("{e}")], Vec::new(), String::new()).await,
            }
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return page(&ctx, &state, vec![ctx.tr.t("assess-upload-choose")], Vec::new(), String::new()).await;
    };
    let stem = name.rsplit_once('.').map(|(s, _)| s).unwrap_or(&name).to_string();
    match xlsform::import(&state.db, bytes.to_vec(), &stem, &ctx.audit()).await {
        Ok((_, warnings)) => page(&ctx, &state, Vec::new(), warnings, name).await,
        Err(xlsform::XlsFormError::Rejected(problems)) => {
            page(&ctx, &state, problems.iter().map(ToString::to_string).collect(), Vec::new(), String::new()).await
        }
        Err(e) => Err(AppError::Internal(e.into())),
    }
}

pub async fn download(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let Some(found) = instrument::load(&state.db, id).await? else {
        return Err(ctx.not_found());
    };
    let (code, version) = instrument::code_and_version(&state.db, id).await?;
    let bytes = tokio::task::spawn_blocking(move || xlsform::export(&found, &code, version).map(|b| (b, code)))
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .map_err(|e| AppError::Internal(e.into()))?;
    let (bytes, code) = bytes;
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{code}-v{version}.xlsx\"")),
        ],
        bytes,
    )
        .into_response())
}

/// Boundary shapes for the maps, uploaded as GeoJSON.
pub async fn upload_boundaries(
    ctx: PageCtx,
    State(state): State<AppState>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let path = directory::places::region_path(&state.db).await?;
    ctx.require(Action::ManageRounds, &Resource::Place { path: &path })?;
    let mut file: Option<(String, Bytes)> = None;
    let mut options = directory::shapes::ImportOptions::default();
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("country") {
            options.country = field.text().await.ok().filter(|c| platform::countries::is_country(c));
        } else if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("boundaries.geojson").to_string();
            if let Ok(bytes) = field.bytes().await {
                file = Some((name, bytes));
            }
        }
    }
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return page(&ctx, &state, vec![ctx.tr.t("assess-upload-choose")], Vec::new(), String::new()).await;
    };
    match directory::shapes::import_with(&state.db, &bytes, &name, &options, None, &ctx.audit()).await {
        Ok(report) => page_with(&ctx, &state, Vec::new(), Vec::new(), String::new(), Some(report)).await,
        Err(e) => page(&ctx, &state, vec![e.to_string()], Vec::new(), String::new()).await,
    }
}
