//! What the fill form's script asks while someone answers: given the answers
//! typed so far, which questions apply, which are required, and the
//! progress by section, worked out by the same logic as a save. The form
//! works without it; nothing is stored.

use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Response};
use platform::web::{AppError, AppState, PageCtx};
use serde_json::{json, Map, Value};

use super::view::{self, Applies};
use super::{load_to_fill, read};

pub async fn logic(
    ctx: PageCtx,
    State(state): State<AppState>,
    Path((id, code)): Path<(i64, String)>,
    Form(form): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let mut loaded = load_to_fill(&ctx, &state, id, &code).await?;
    let counts = loaded.instrument.counts_in_form(&form);
    if counts != loaded.instrument.entries {
        loaded.instrument = loaded.base.for_entries(&counts);
    }
    let (answers, _) = read(&loaded.instrument, &form, &loaded.entry.answers, ctx.tr);
    // The answers come from the form as typed, defaults included.
    let views = view::views(&loaded.instrument, &answers, ctx.tr, view::Prefill::Nothing);
    let mut questions = Map::new();
    let mut sections = Map::new();
    for v in &views {
        let applies = match v.applies {
            Applies::Yes => "yes",
            Applies::Pending => "pending",
            Applies::No => "no",
        };
        questions.insert(v.name.clone(), json!({ "applies": applies, "required": v.required }));
        if v.new_group {
            sections.insert(v.name.clone(), Value::String(progress_text(&ctx, v.section_progress)));
        }
    }
    let body = json!({
        "questions": questions,
        "sections": sections,
        "progress": progress_text(&ctx, view::progress(&views)),
    });
    Ok(axum::Json(body).into_response())
}

pub fn progress_text(ctx: &PageCtx, (answered, required): (usize, usize)) -> String {
    ctx.tr.ta("assess-fill-progress", &[("answered", &answered.to_string()), ("required", &required.to_string())])
}
