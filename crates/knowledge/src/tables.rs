//! The knowledge hub's tables for the instance export.

use platform::col;
use platform::export::Table;

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

pub const TABLES: &[&Table] = &[&PRACTICES, &PRACTICE_TEXTS, &PRACTICE_ATTACHMENTS];
