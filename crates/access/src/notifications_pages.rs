//! A person's notifications: the list with what is unread, opening one
//! (which marks it read and leads where to act), and the choice per kind of
//! how it comes by e-mail.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use platform::audit::{self, Event};
use platform::notify::{self, Delivery, Kind, Notification};
use platform::policy::{Action, Resource};
use platform::web::flash;
use platform::web::form::Form;
use platform::web::{render, AppError, AppState, PageCtx, Routes, Shell, Target};
use serde::Deserialize;

pub fn routes() -> Routes {
    use Action::ManageOwnAccount;
    Routes::new()
        .get("/notifications", ManageOwnAccount, Target::OwnAccount, list)
        .post("/notifications/read", ManageOwnAccount, Target::OwnAccount, read_all)
        .get("/notifications/{id}", ManageOwnAccount, Target::Record("notification"), open)
        .get("/account/notifications", ManageOwnAccount, Target::OwnAccount, preferences)
        .post("/account/notifications", ManageOwnAccount, Target::OwnAccount, save_preferences)
}

fn own(ctx: &PageCtx) -> Result<i64, AppError> {
    let id = ctx.account().map(|a| a.id).unwrap_or(-1);
    ctx.require(Action::ManageOwnAccount, &Resource::Account { id })?;
    Ok(id)
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct ListPage {
    shell: Shell,
    notifications: Vec<Notification>,
}

impl ListPage {
    fn text(&self, n: &Notification) -> String {
        n.text(self.shell.tr)
    }

    fn when(&self, n: &Notification) -> String {
        platform::time::deadline(self.shell.tr, n.created_at)
    }

    fn unread(&self) -> usize {
        self.notifications.iter().filter(|n| n.unread()).count()
    }
}

pub async fn list(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let me = own(&ctx)?;
    let notifications = notify::list(&state.db, me, 200).await?;
    render(&ListPage { shell: ctx.shell(ctx.tr.t("notifications-title")), notifications })
}

pub async fn read_all(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let me = own(&ctx)?;
    let mut tx = state.db.begin().await?;
    notify::mark_read(&mut tx, me, None).await?;
    tx.commit().await?;
    Ok(flash::redirect("/notifications", "flash-notifications-read"))
}

/// Opens a notification: marked read, then where to act.
pub async fn open(ctx: PageCtx, State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let me = own(&ctx)?;
    let Some(n) = notify::list(&state.db, me, 1000).await?.into_iter().find(|n| n.id == id) else {
        return Err(ctx.not_found());
    };
    let mut tx = state.db.begin().await?;
    notify::mark_read(&mut tx, me, Some(id)).await?;
    tx.commit().await?;
    Ok(Redirect::to(platform::web::local_path(&n.link)).into_response())
}

#[derive(Template)]
#[template(path = "notification_preferences.html")]
struct PreferencesPage {
    shell: Shell,
    choices: Vec<(Kind, Delivery)>,
    deliveries: &'static [Delivery],
}

pub async fn preferences(ctx: PageCtx, State(state): State<AppState>) -> Result<Response, AppError> {
    let me = own(&ctx)?;
    let choices = notify::preferences(&state.db, me).await?;
    render(&PreferencesPage {
        shell: ctx.shell(ctx.tr.t("notify-preferences-title")),
        choices,
        deliveries: Delivery::ALL,
    })
}

/// One choice per kind, sent as `kind=delivery` pairs.
#[derive(Deserialize)]
pub struct PreferencesForm {
    #[serde(flatten)]
    choices: std::collections::BTreeMap<String, String>,
}

pub async fn save_preferences(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<PreferencesForm>,
) -> Result<Response, AppError> {
    let me = own(&ctx)?;
    let mut tx = state.db.begin().await?;
    let mut changed = 0;
    for (name, value) in &form.choices {
        let (Some(kind), Some(delivery)) = (Kind::parse(name), Delivery::parse(value)) else { continue };
        notify::set_preference(&mut tx, me, kind, delivery).await?;
        changed += 1;
    }
    let event = Event {
        action: "account.notification_preferences",
        object_type: "account",
        object_id: me.to_string(),
        place_id: None,
        summary: format!("{changed} choices saved"),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(flash::redirect("/account/notifications", "flash-notifications-saved"))
}
