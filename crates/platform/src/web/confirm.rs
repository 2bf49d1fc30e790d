//! A page of its own that asks before a destructive or final action
//! (deactivate, withdraw, close, revoke, a final decision), without
//! JavaScript: the first POST shows the question with every field the form
//! sent, and the button posts them again with `confirmed` set.

use askama::Template;
use axum::response::Response;

use super::{render, AppError, PageCtx, Shell};

/// What to ask, and where the answer goes.
pub struct Confirm {
    pub title: String,
    /// What will happen, in a sentence the reader can check.
    pub question: String,
    pub action: String,
    /// The fields to send again (besides `csrf` and `confirmed`).
    pub fields: Vec<(String, String)>,
    pub button: String,
    /// Where "Cancel" leads.
    pub back: String,
    /// Whether the action cannot be undone (a red button).
    pub danger: bool,
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    shell: Shell,
    confirm: Confirm,
}

pub fn confirm_page(ctx: &PageCtx, confirm: Confirm) -> Result<Response, AppError> {
    render(&ConfirmPage { shell: ctx.shell(confirm.title.clone()), confirm })
}
