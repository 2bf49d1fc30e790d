//! The fixed vocabularies of the directory. Each value is stored by its key
//! and shown through the Fluent message `<prefix>-<key>`.

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
