//! The dashboard pages and their downloads.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::blocks::{self, Dashboard, Named};
use crate::scope;
use crate::table::Table;

#[derive(Template)]
#[template(path = "insight.html")]
struct InsightPage {
    shell: Shell,
    code: String,
    level: String,
    parts: Vec<(String, String)>,
    tables: Vec<Table>,
    named: Vec<Named>,
    k: Option<usize>,
}

impl InsightPage {
    fn download(&self, table: &str, extension: &str) -> String {
        let area = if self.level == "region" { "-" } else { self.code.as_str() };
        format!("/insight/{area}/{table}.{extension}")
    }
}

async fn dashboard(ctx: &PageCtx, state: &AppState, code: Option<&str>) -> Result<Dashboard, AppError> {
    let Some(area) = scope::resolve(&state.db, code, state.site.kosovo_footnote).await? else {
        return Err(ctx.not_found());
    };
    blocks::build(ctx, state, area).await
}

fn page(ctx: &PageCtx, d: Dashboard) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let title = tr.t1("insight-title", "area", d.area.name.clone());
    render(&InsightPage {
        shell: ctx.shell(title),
        code: d.area.code,
        level: d.area.level,
        parts: d.area.parts,
        tables: d.tables,
        named: d.named,
        k: d.k,
    })
}

pub async fn region(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let d = dashboard(&ctx, &state, None).await?;
    page(&ctx, d)
}

pub async fn area(ctx: PageCtx, State(state): State<AppState>, Path(code): Path<String>) -> Result<Response, AppError> {
    let d = dashboard(&ctx, &state, Some(&code)).await?;
    page(&ctx, d)
}

/// `/insight/{area}/{table}.csv` or `.xlsx`; the region is `-`.
pub async fn download(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((code, file)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let Some((id, extension)) = file.rsplit_once('.') else { return Err(ctx.not_found()) };
    let code = (code != "-").then_some(code);
    let d = dashboard(&ctx, &state, code.as_deref()).await?;
    let Some(table) = d.tables.into_iter().find(|t| t.id == id) else { return Err(ctx.not_found()) };
    let name = format!("{}-{id}", code.as_deref().unwrap_or("region"));
    match extension {
        "csv" => Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.csv\"")),
            ],
            table.csv(),
        )
            .into_response()),
        "xlsx" => {
            let bytes = tokio::task::spawn_blocking(move || table.xlsx())
                .await
                .map_err(|e| AppError::Internal(e.into()))?
                .map_err(|e| AppError::Internal(e.into()))?;
            Ok((
                [
                    (
                        header::CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
                    ),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.xlsx\"")),
                ],
                bytes,
            )
                .into_response())
        }
        _ => Err(ctx.not_found()),
    }
}
