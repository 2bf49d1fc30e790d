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
        knowledge::practices::Level::MESSAGE_IDS,
        knowledge::practices::Audience::MESSAGE_IDS,
        knowledge::practices::Theme::MESSAGE_IDS,
        knowledge::practices::OrganisationType::MESSAGE_IDS,
        knowledge::practices::Evaluation::MESSAGE_IDS,
        knowledge::practices::TextStatus::MESSAGE_IDS,
        knowledge::practices::TextField::MESSAGE_IDS,
        knowledge::events::EventKind::MESSAGE_IDS,
        knowledge::search::Dimension::MESSAGE_IDS,
        knowledge::search::RecordKind::MESSAGE_IDS,
        knowledge::peers::Need::MESSAGE_IDS,
        sharing::kinds::Kind::MESSAGE_IDS,
        assess::store::EntryStatus::MESSAGE_IDS,
        resilience::instrument::TurnTo::MESSAGE_IDS,
        directory::kinds::Meets::MESSAGE_IDS,
        directory::kinds::MemberRole::MESSAGE_IDS,
        directory::matrix::PreventionFunction::MESSAGE_IDS,
        sharing::kinds::NoticeState::MESSAGE_IDS,
        sharing::kinds::Preparation::MESSAGE_IDS,
    ]
    .concat()
    .into_iter()
    .map(String::from)
    .collect();
    let with = |prefix: &str, keys: &[&str]| keys.iter().map(|k| format!("{prefix}-{k}")).collect::<Vec<_>>();
    ids.extend(platform::notify::Kind::ALL.iter().map(|k| k.name_id().to_string()));
    ids.extend(platform::policy::Audience::ALL.iter().map(|a| a.explained_id().to_string()));
    ids.extend(with("level", directory::kinds::LEVELS));
    ids.extend(with("institution-kind", directory::kinds::INSTITUTION_KINDS));
    ids.extend(with("structure-kind", directory::kinds::STRUCTURE_KINDS));
    ids.extend(resilience::instrument::ITEMS.iter().map(|i| i.message.to_string()));
    ids.extend(resilience::instrument::builtin_indicators().into_iter().map(|i| i.name));
    ids.extend(assess::default_instrument::GROUPS.iter().map(|(_, id)| id.to_string()));
    ids.extend(assess::default_instrument::QUESTIONS.iter().map(|q| q.message.to_string()));
    let choices = assess::default_instrument::LISTS.iter().flat_map(|(_, choices)| choices.iter());
    ids.extend(choices.map(|(_, id)| id.to_string()));
    ids.extend(support::workplans::MONTHS.iter().map(|m| m.to_string()));
    ids.extend(platform::policy::Role::ALL.iter().map(|r| r.message_id().to_string()));
    ids.extend(sharing::forms::CONTENT_FIELDS.iter().map(|(_, id)| id.to_string()));
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
