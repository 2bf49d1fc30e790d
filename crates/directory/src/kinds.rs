//! The fixed vocabularies of the directory. Each value is stored by its key
//! and shown through the Fluent message `<prefix>-<key>`.

use platform::i18n::Tr;

/// Levels of the place hierarchy, from the hub's region down. Countries name
/// their levels differently (a county in Albania, a canton in the Federation
/// of Bosnia and Herzegovina, a district in Serbia), so every level is a
/// distinct key rather than a depth.
pub const LEVELS: &[&str] = &[
    "region",
    "country",
    "entity",
    "province",
    "district",
    "canton",
    "county",
    "city",
    "municipality",
    "neighbourhood",
];

/// Levels that are local governments: the cities and municipalities that
/// members of the network are.
pub const LOCAL_LEVELS: &[&str] = &["city", "municipality"];

pub const INSTITUTION_KINDS: &[&str] = &[
    "municipal_administration",
    "ministry",
    "national_coordination_body",
    "police",
    "security_service",
    "social_welfare_centre",
    "school",
    "health_centre",
    "civil_society_organisation",
    "youth_organisation",
    "religious_community",
    "media",
    "donor",
    "multilateral_body",
];

pub const STRUCTURE_KINDS: &[&str] = &[
    "community_action_team",
    "local_safety_council",
    "local_public_safety_council",
    "municipal_community_safety_council",
    "custom",
];

pub const POSITION_FUNCTIONS: &[&str] = &[
    "prevention_focal_point",
    "mayor",
    "head_of_social_services",
    "national_coordinator",
    "hub_coordinator",
    "security_liaison",
    "community_policing_officer",
    "director",
    "school_psychologist",
    "mental_health_lead",
    "programme_coordinator",
    "youth_worker",
    "other",
];

pub fn is_level(key: &str) -> bool {
    LEVELS.contains(&key)
}

pub fn is_institution_kind(key: &str) -> bool {
    INSTITUTION_KINDS.contains(&key)
}

/// The message naming a level; `None` for a key not in [`LEVELS`].
pub fn level_message_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "region" => "level-region",
        "country" => "level-country",
        "entity" => "level-entity",
        "province" => "level-province",
        "district" => "level-district",
        "canton" => "level-canton",
        "county" => "level-county",
        "city" => "level-city",
        "municipality" => "level-municipality",
        "neighbourhood" => "level-neighbourhood",
        _ => return None,
    })
}

/// The message naming an institution kind; `None` for a key not in
/// [`INSTITUTION_KINDS`].
pub fn institution_kind_message_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "municipal_administration" => "institution-kind-municipal_administration",
        "ministry" => "institution-kind-ministry",
        "national_coordination_body" => "institution-kind-national_coordination_body",
        "police" => "institution-kind-police",
        "security_service" => "institution-kind-security_service",
        "social_welfare_centre" => "institution-kind-social_welfare_centre",
        "school" => "institution-kind-school",
        "health_centre" => "institution-kind-health_centre",
        "civil_society_organisation" => "institution-kind-civil_society_organisation",
        "youth_organisation" => "institution-kind-youth_organisation",
        "religious_community" => "institution-kind-religious_community",
        "media" => "institution-kind-media",
        "donor" => "institution-kind-donor",
        "multilateral_body" => "institution-kind-multilateral_body",
        _ => return None,
    })
}

/// The message naming a structure kind; `None` for a key not in
/// [`STRUCTURE_KINDS`].
pub fn structure_kind_message_id(key: &str) -> Option<&'static str> {
    Some(match key {
        "community_action_team" => "structure-kind-community_action_team",
        "local_safety_council" => "structure-kind-local_safety_council",
        "local_public_safety_council" => "structure-kind-local_public_safety_council",
        "municipal_community_safety_council" => "structure-kind-municipal_community_safety_council",
        "custom" => "structure-kind-custom",
        _ => return None,
    })
}

platform::text_enum! {
    /// How often a prevention structure meets.
    pub enum Meets, messages "structure-meets" {
        Monthly = "monthly",
        Quarterly = "quarterly",
        Irregularly = "irregularly",
    }
}

platform::text_enum! {
    /// The part a position plays in a prevention structure.
    pub enum MemberRole, messages "structure-role" {
        Chair = "chair",
        Member = "member",
        Secretary = "secretary",
    }
}

/// A stored key in the reader's language: its message when the key is one
/// of its vocabulary's, else the key as stored, which an older version or a
/// hand-edited row may have left; never the id of a missing message.
pub fn shown(tr: Tr, message_id: Option<&'static str>, stored: &str) -> String {
    match message_id {
        Some(id) => tr.t(id),
        None => stored.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_message_and_no_other_key_has_one() {
        type MessageId = fn(&str) -> Option<&'static str>;
        let vocabularies: [(&str, &[&str], MessageId); 3] = [
            ("level", LEVELS, level_message_id),
            ("institution-kind", INSTITUTION_KINDS, institution_kind_message_id),
            ("structure-kind", STRUCTURE_KINDS, structure_kind_message_id),
        ];
        for (prefix, keys, message_id) in vocabularies {
            for key in keys {
                assert_eq!(message_id(key), Some(format!("{prefix}-{key}").as_str()));
            }
            assert_eq!(message_id("not_a_key"), None);
        }
    }
}
