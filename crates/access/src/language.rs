//! The language switcher: a cookie for everyone, and the account's own
//! setting for people who are signed in.

use axum::extract::{Form, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use platform::audit::{self, Event};
use platform::i18n::i18n;
use platform::web::{local_path, AppError, AppState, PageCtx, LANG_COOKIE};
use serde::Deserialize;

use crate::store;

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

pub async fn choose(
    ctx: PageCtx,
    State(state): State<AppState>,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let Some(tr) = i18n().get(&form.lang) else {
        return Ok(Redirect::to(local_path(&form.next)).into_response());
    };
    if let Some(account) = ctx.account() {
        let mut tx = state.db.begin().await?;
        store::set_locale(&mut tx, account.id, tr.code()).await?;
        audit::append(
            &mut tx,
            &ctx.audit(),
            Event {
                action: "account.language",
                object_type: "account",
                object_id: account.id.to_string(),
                place_id: None,
                summary: format!("interface language set to {}", tr.code()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    let secure = if state.site.https { "; Secure" } else { "" };
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}", tr.code());
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(local_path(&form.next))).into_response())
}
