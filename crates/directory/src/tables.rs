//! The directory's tables as the instance export format sees them, parents
//! before children.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

pub const PLACES: Table = Table {
    name: "places",
    columns: &[
        col!("id", Int),
        col!("code", Text),
        col!("level", Text),
        col!("name", Text),
        col!("name_alt", Text),
        col!("source", Text),
        col!("search_key", Text),
        col!("valid_from", Date, null),
        col!("valid_to", Date, null),
    ],
};

pub const PLACE_PARENTS: Table = Table {
    name: "place_parents",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("parent_id", Int),
        col!("valid_from", Date, null),
        col!("valid_to", Date, null),
    ],
};

pub const INSTITUTIONS: Table = Table {
    name: "institutions",
    columns: &[
        col!("id", Int),
        col!("code", Text),
        col!("place_id", Int),
        col!("kind", Text),
        col!("name", Text),
        col!("name_alt", Text),
        col!("website", Text),
        col!("search_key", Text),
    ],
};

pub const POSITIONS: Table = Table {
    name: "positions",
    columns: &[col!("id", Int), col!("institution_id", Int), col!("function", Text), col!("title", Text)],
};

pub const PEOPLE: Table = Table {
    name: "people",
    columns: &[col!("id", Int), col!("full_name", Text), col!("email", Text, null), col!("active", Bool)],
};

pub const POSITION_HOLDERS: Table = Table {
    name: "position_holders",
    columns: &[
        col!("id", Int),
        col!("position_id", Int),
        col!("person_id", Int),
        col!("role", Text),
        col!("valid_from", Date),
        col!("valid_to", Date, null),
    ],
};

pub const STRUCTURES: Table = Table {
    name: "structures",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("kind", Text),
        col!("custom_kind", Text),
        col!("name", Text),
        col!("established", Date, null),
        col!("meets", Text),
    ],
};

pub const STRUCTURE_MEMBERS: Table = Table {
    name: "structure_members",
    columns: &[
        col!("id", Int),
        col!("structure_id", Int),
        col!("position_id", Int),
        col!("role", Text),
        col!("valid_from", Date),
        col!("valid_to", Date, null),
    ],
};

pub const HUBS: Table = Table {
    name: "hubs",
    columns: &[col!("id", Int), col!("code", Text), col!("name", Text), col!("region_place_id", Int, null)],
};

pub const MEMBERSHIPS: Table = Table {
    name: "memberships",
    columns: &[
        col!("id", Int),
        col!("hub_id", Int),
        col!("place_id", Int),
        col!("member_since", Date),
        col!("valid_to", Date, null),
    ],
};

pub const ROLES_MATRIX: Table = Table {
    name: "roles_matrix",
    columns: &[
        col!("id", Int),
        col!("country_id", Int),
        col!("function", Text),
        col!("level", Text),
        col!("raci", Text),
    ],
};

pub const PLACE_SHAPES: Table = Table {
    name: "place_shapes",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("geometry", Text),
        col!("source", Text),
        col!("imported_at", Time),
        col!("valid_from", Date),
        col!("valid_to", Date),
    ],
};

pub const TABLES: &[&Table] = &[
    &PLACES,
    &PLACE_PARENTS,
    &INSTITUTIONS,
    &POSITIONS,
    &PEOPLE,
    &POSITION_HOLDERS,
    &STRUCTURES,
    &STRUCTURE_MEMBERS,
    &HUBS,
    &MEMBERSHIPS,
    &ROLES_MATRIX,
    &PLACE_SHAPES,
];

/// The directory names officials: who holds which position, and how to
/// reach them. Places, institutions, positions and structures name offices,
/// not people.
pub const PRIVACY: Records = Records {
    declarations: &[
        Declaration {
            table: &PEOPLE,
            category: Category::Officials,
            columns: &["full_name", "email"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-directory",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-officials",
            retention: Retention::While("privacy-while-position"),
            subject: Subject::Person("id"),
            erasure: Erasure::Set("full_name = $2, email = NULL, active = FALSE"),
        },
        Declaration {
            table: &POSITION_HOLDERS,
            category: Category::Officials,
            columns: &["person_id", "valid_from", "valid_to"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-directory",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-officials",
            retention: Retention::While("privacy-while-instance"),
            subject: Subject::Person("person_id"),
            erasure: Erasure::Keep,
        },
    ],
    without_personal_data: &[
        "places",
        "place_parents",
        "institutions",
        "positions",
        "structures",
        "structure_members",
        "hubs",
        "memberships",
        "roles_matrix",
        "place_shapes",
        "data_versions",
    ],
};
