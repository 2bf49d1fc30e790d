use askama::Template;
use axum::extract::State;
use axum::response::Response;
use directory::places;
use platform::web::{render, AppError, AppState, PageCtx, Shell};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    shell: Shell,
    stats: places::Stats,
    region_href: Option<String>,
}

pub async fn home(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let (stats, roots) = tokio::try_join!(places::stats(&state.db), places::roots(&state.db))?;
    let page = HomePage {
        shell: ctx.shell(ctx.site.hub_name.clone()),
        stats,
        region_href: roots.first().map(|r| format!("/places/{}", r.code)),
    };
    render(&page)
}
