//! The knowledge hub's tables for the instance export.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

pub const PRACTICES: Table = Table {
    name: "practices",
    columns: &[
        col!("id", Int),
        col!("country", Text),
        col!("place_id", Int, null),
        col!("place_name", Text),
        col!("organisation", Text),
        col!("organisation_type", Text),
        col!("audiences", Text),
        col!("themes", Text),
        col!("prevention_level", Text),
        col!("sector", Text),
        col!("year_from", Int),
        col!("year_to", Int, null),
        col!("evaluation", Text),
        col!("evidence", Text),
        col!("resources", Text),
        col!("transferability", Text),
        col!("contact_position_id", Int, null),
        col!("links", Text),
        col!("language", Text),
        col!("state", Text),
        col!("created_by", Int),
        col!("created_at", Time),
        col!("updated_at", Time),
        col!("published_at", Time, null),
    ],
};

pub const PRACTICE_TEXTS: Table = Table {
    name: "practice_texts",
    columns: &[
        col!("id", Int),
        col!("practice_id", Int),
        col!("language", Text),
        col!("field", Text),
        col!("body", Text),
        col!("status", Text),
        col!("reviewed_by", Int, null),
        col!("reviewed_at", Time, null),
    ],
};

pub const PRACTICE_ATTACHMENTS: Table = Table {
    name: "practice_attachments",
    columns: &[
        col!("id", Int),
        col!("practice_id", Int),
        col!("file_name", Text),
        col!("content_type", Text),
        col!("size", Int),
        col!("data", Text),
        col!("uploaded_at", Time),
    ],
};

pub const PROGRAMMES: Table = Table {
    name: "programmes",
    columns: &[
        col!("id", Int),
        col!("title", Text),
        col!("owner_institution_id", Int, null),
        col!("owner", Text),
        col!("is_call", Bool),
        col!("countries", Text),
        col!("eligible_places", Text),
        col!("themes", Text),
        col!("starts_on", Date),
        col!("ends_on", Date),
        col!("funding", Text),
        col!("description", Text),
        col!("created_at", Time),
    ],
};

pub const THEME_FOLLOWS: Table =
    Table { name: "theme_follows", columns: &[col!("id", Int), col!("account_id", Int), col!("theme", Text)] };

pub const EVENTS: Table = Table {
    name: "events",
    columns: &[
        col!("id", Int),
        col!("title", Text),
        col!("kind", Text),
        col!("starts_on", Date),
        col!("ends_on", Date),
        col!("place_name", Text),
        col!("languages", Text),
        col!("agenda", Text),
        col!("materials", Text),
        col!("outputs", Text),
        col!("created_at", Time),
    ],
};

pub const EVENT_PARTICIPANTS: Table = Table {
    name: "event_participants",
    columns: &[
        col!("id", Int),
        col!("event_id", Int),
        col!("position_id", Int),
        col!("registered_at", Time),
        col!("attended", Bool),
    ],
};

pub const POLLS: Table = Table {
    name: "polls",
    columns: &[
        col!("id", Int),
        col!("event_id", Int),
        col!("question", Text),
        col!("options", Text),
        col!("join_code", Text),
        col!("open", Bool),
        col!("created_at", Time),
    ],
};

pub const POLL_VOTES: Table =
    Table { name: "poll_votes", columns: &[col!("id", Int), col!("poll_id", Int), col!("option_index", Int)] };

pub const POLL_VOTERS: Table =
    Table { name: "poll_voters", columns: &[col!("id", Int), col!("poll_id", Int), col!("token_hash", Text)] };

pub const TABLES: &[&Table] = &[
    &PRACTICES,
    &PRACTICE_TEXTS,
    &PRACTICE_ATTACHMENTS,
    &PROGRAMMES,
    &THEME_FOLLOWS,
    &EVENTS,
    &EVENT_PARTICIPANTS,
    &POLLS,
    &POLL_VOTES,
    &POLL_VOTERS,
];

/// Practices name the official who proposed them and the one who reviewed
/// each text; following a theme is a person's choice.
pub const PRIVACY: Records = Records {
    declarations: &[
        Declaration {
            table: &PRACTICES,
            category: Category::Knowledge,
            columns: &["created_by"],
            withheld: &[],
            free_text: &["organisation", "links"],
            purpose: "privacy-purpose-knowledge",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-public",
            retention: Retention::While("privacy-while-instance"),
            subject: Subject::Account("created_by"),
            erasure: Erasure::Keep,
        },
        Declaration {
            table: &PRACTICE_TEXTS,
            category: Category::Knowledge,
            columns: &["reviewed_by"],
            withheld: &[],
            free_text: &["body"],
            purpose: "privacy-purpose-knowledge",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-public",
            retention: Retention::While("privacy-while-instance"),
            subject: Subject::Account("reviewed_by"),
            erasure: Erasure::Keep,
        },
        Declaration {
            table: &THEME_FOLLOWS,
            category: Category::Knowledge,
            columns: &["account_id", "theme"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-mail",
            basis: Basis::Consent,
            seen_by: "privacy-seen-self",
            retention: Retention::While("privacy-while-account"),
            subject: Subject::Account("account_id"),
            erasure: Erasure::Delete,
        },
    ],
    without_personal_data: &[
        "practice_attachments",
        "programmes",
        "events",
        "event_participants",
        "polls",
        "poll_votes",
        "poll_voters",
    ],
};
