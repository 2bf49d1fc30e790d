//! Who holds which position at a place, now and before: personal data,
//! shown only to those whose role covers the place.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::Utc;
use platform::policy::{Action, Resource};
use platform::web::{render, AppError, AppState, PageCtx, Shell};

use crate::{at_place, places};

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    shell: Shell,
    code: String,
    holders: Vec<at_place::Holder>,
    can_invite: bool,
}

pub async fn people_page(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let Some(place) = places::find(&state.db, &code).await? else {
        return Err(ctx.not_found());
    };
    let path = places::path_ids(&state.db, place.id, Utc::now().date_naive()).await?;
    let resource = Resource::Place { path: &path };
    ctx.require(Action::ViewPeople, &resource)?;
    let holders = at_place::holders(&state.db, place.id).await?;
    let can_invite = platform::policy::can(&ctx.actor, Action::InvitePeople, &resource).allowed();
    let title = ctx.tr.t1("people-title", "place", place.name.clone());
    render(&PeoplePage { shell: ctx.shell(title), code: place.code, holders, can_invite })
}
