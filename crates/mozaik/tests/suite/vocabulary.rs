//! Every state, kind and fixed vocabulary a page names has its name in every
//! locale: a missing message would fall back to English, or show its key.

use platform::i18n::i18n;

/// The message ids of every vocabulary, as the pages build them.
fn message_ids() -> Vec<String> {
    let mut ids: Vec<String> = [
        platform::notify::Kind::MESSAGE_IDS,
        platform::notify::Delivery::MESSAGE_IDS,
        support::fund::Stage::MESSAGE_IDS,
        support::fund::Decision::MESSAGE_IDS,
        support::fund::ReportKind::MESSAGE_IDS,
        support::helpdesk::RequestState::MESSAGE_IDS,
        support::helpdesk::Topic::MESSAGE_IDS,
        support::experts::AssignmentState::MESSAGE_IDS,
        support::workplans::ActivityStatus::MESSAGE_IDS,
        support::workplans::LinkKind::MESSAGE_IDS,
        knowledge::practices::PracticeState::MESSAGE_IDS,
    ]
    .concat()
    .into_iter()
    .map(String::from)
    .collect();
    let with = |prefix: &str, keys: &[&str]| keys.iter().map(|k| format!("{prefix}-{k}")).collect::<Vec<_>>();
    ids.extend(platform::notify::Kind::ALL.iter().map(|k| format!("notify-kind-{k}")));
    ids.extend(with("level", directory::kinds::LEVELS));
    ids.extend(with("institution-kind", directory::kinds::INSTITUTION_KINDS));
    ids.extend(with("knowledge-level", knowledge::practices::LEVELS));
    ids.extend(with("knowledge-audience", knowledge::practices::AUDIENCES));
    ids.extend(with("knowledge-theme", knowledge::practices::THEMES));
    ids.extend(with("knowledge-type", knowledge::practices::ORGANISATION_TYPES));
    ids.extend(with("knowledge-type", &["practice", "programme", "event", "place", "institution"]));
    ids.extend(with("knowledge-dimension", knowledge::search::DIMENSIONS));
    ids.extend(with("knowledge-event", knowledge::events::KINDS));
    ids.extend(with("notice-prepare", &sharing::kinds::PREPARE));
    ids.extend(sharing::kinds::Kind::ALL.iter().map(|k| format!("notice-kind-{}", k.key())));
    ids
}

#[test]
fn every_state_kind_and_vocabulary_is_named_in_every_locale() {
    let ids = message_ids();
    assert!(ids.len() > 150, "the vocabularies are all listed ({})", ids.len());
    let mut missing = Vec::new();
    for locale in i18n().locales() {
        for id in &ids {
            if !locale.has_message(id) {
                missing.push(format!("{}: {id}", locale.info.code));
            }
        }
    }
    assert!(missing.is_empty(), "messages missing:\n{}", missing.join("\n"));
}
