//! Files answering media questions (a photo, a recording, a document): each
//! is uploaded on its own beside the form, checked by its content, kept with
//! the entry, and read back by whoever may see the answers. The answer holds
//! the file's name, so the form's logic sees the question answered.

use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use platform::audit::{self, Event};
use platform::policy::{Action, Resource};
use platform::upload::FileKind;
use platform::web::{AppError, AppState, PageCtx};

use super::{load, load_to_fill, may_view};

/// The largest file a question takes.
pub const MAX_FILE: usize = 8 * 1024 * 1024;

/// What each media question takes, judged by the content.
fn accepted(qtype: &str) -> &'static [FileKind] {
    use FileKind::*;
    match qtype {
        "image" => &[Png, Jpeg],
        "audio" => &[Mp3, M4a, Ogg, Wav, Webm],
        "video" => &[Mp4, Webm],
        _ => &[Pdf, Docx, Xlsx, Pptx, Odt, Png, Jpeg, Text],
    }
}

async fn file_part(multipart: &mut Multipart) -> Option<(String, Bytes)> {
    while let Ok(Some(part)) = multipart.next_field().await {
        if part.name() == Some("file") {
            let name = part.file_name().unwrap_or("").to_string();
            return part.bytes().await.ok().map(|bytes| (name, bytes));
        }
    }
    None
}

pub async fn upload(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code, question)): Path<(i64, String, String)>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let loaded = load_to_fill(&ctx, &state, id, &code).await?;
    if !loaded.entry.status.editable() {
        return Err(ctx.error(StatusCode::CONFLICT, "error-bad-request-title", "assess-already-submitted"));
    }
    let Some(q) = loaded.instrument.question(&question).filter(|q| q.is_upload()) else {
        return Err(ctx.not_found());
    };
    let back = format!("/assess/rounds/{id}/places/{code}#q-{question}");
    let answers = &loaded.entry.answers;
    if !loaded.instrument.applies(q, answers) || loaded.instrument.is_read_only(q, answers) {
        return Ok(platform::web::flash::redirect(&back, "flash-assess-file-not-asked"));
    }
    let file = file_part(&mut multipart).await.filter(|(_, b)| !b.is_empty() && b.len() <= MAX_FILE);
    let kind = file.as_ref().and_then(|(_, bytes)| platform::upload::sniff(bytes));
    let (Some((name, bytes)), Some(kind)) = (file, kind.filter(|k| accepted(&q.qtype).contains(k))) else {
        return Ok(platform::web::flash::redirect(&back, "flash-assess-file-refused"));
    };
    // The name as shown and stored: the extension the content has.
    let stem: String = name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(&name)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(80)
        .collect();
    let stored = format!("{}.{}", if stem.is_empty() { q.name.as_str() } else { &stem }, kind.extensions()[0]);
    let mut tx = state.db.begin().await?;
    crate::store::keep_file(&mut tx, loaded.entry.id, q.id, &stored, kind.content_type(), &bytes).await?;
    crate::rollup::refresh(&mut tx, loaded.entry.id).await?;
    let event = Event {
        action: "assess.answer_file",
        object_type: "round_place",
        object_id: loaded.entry.id.to_string(),
        place_id: Some(loaded.place.id),
        summary: format!("{}: {stored} ({} bytes)", q.name, bytes.len()),
    };
    audit::append(&mut tx, &ctx.audit(), event).await?;
    tx.commit().await?;
    Ok(platform::web::flash::redirect(&back, "flash-assess-file-kept"))
}

pub async fn download(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code, question)): Path<(i64, String, String)>,
) -> Result<Response, AppError> {
    let loaded = load(&ctx, &state, id, &code).await?;
    if !may_view(&ctx, &loaded) {
        ctx.require(Action::ViewAnswers, &Resource::Place { path: &loaded.path })?;
    }
    let Some(q) = loaded.instrument.question(&question) else { return Err(ctx.not_found()) };
    let row = crate::store::answer_file(&state.db, loaded.entry.id, q.id).await?;
    let Some((name, content_type, data)) = row else { return Err(ctx.not_found()) };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(&data)
        .map_err(|_| AppError::Internal(anyhow::anyhow!("the file of entry {} is damaged", loaded.entry.id)))?;
    let headers = [
        (header::CONTENT_TYPE, content_type),
        (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
    ];
    Ok((headers, bytes).into_response())
}
