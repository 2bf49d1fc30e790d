//! The home page: for a signed-in person, their work (what waits for them
//! across the modules, and what waits on others); for everyone else, the
//! hub and its figures.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use chrono::Utc;
use directory::places;
use platform::web::{render, AppError, AppState, PageCtx, Shell};
use platform::work::{self, WorkItem};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    shell: Shell,
    stats: places::Stats,
    region_href: Option<String>,
}

#[derive(Template)]
#[template(path = "work.html")]
struct WorkPage {
    shell: Shell,
    mine: Vec<WorkItem>,
    others: Vec<WorkItem>,
    now: chrono::DateTime<Utc>,
}

impl WorkPage {
    fn deadline(&self, item: &WorkItem) -> String {
        match item.deadline {
            Some(at) => {
                let tr = self.shell.tr;
                let when = platform::time::deadline(tr, at);
                let left = platform::time::relative(tr, at, self.now);
                tr.ta("work-due", &[("when", &when), ("left", &left)])
            }
            None => String::new(),
        }
    }

    fn overdue(&self, item: &WorkItem) -> bool {
        item.deadline.is_some_and(|d| d < self.now)
    }
}

pub async fn home(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    if let Some(account) = ctx.account() {
        let all = work::items(&state.db, &state.site.work, account, ctx.tr).await?;
        let (mine, others) = all.into_iter().partition(WorkItem::is_mine);
        let page = WorkPage { shell: ctx.shell(ctx.tr.t("work-title")), mine, others, now: Utc::now() };
        return render(&page);
    }
    let (stats, roots) = tokio::try_join!(places::stats(&state.db), places::roots(&state.db))?;
    let page = HomePage {
        shell: ctx.shell(ctx.site.hub_name.clone()),
        stats,
        region_href: roots.first().map(|r| format!("/places/{}", r.code)),
    };
    render(&page)
}
