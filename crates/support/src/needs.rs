//! Needs as the assessment's needs list names them, which requests, calls,
//! experts' themes and work-plan objectives all refer to.

use platform::i18n::Tr;

/// A need by its name in the reader's language; a need that the default
/// questionnaire does not list (from an imported one) is shown as stored.
pub fn name(tr: Tr, need: &str) -> String {
    assess::default_instrument::need_message(need).map_or_else(|| need.to_string(), |id| tr.t(id))
}
