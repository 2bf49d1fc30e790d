//! The assessments' tables for the instance export.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

pub const INSTRUMENTS: Table = Table {
    name: "instruments",
    columns: &[
        col!("id", Int),
        col!("code", Text),
        col!("version", Int),
        col!("labels", Text),
        col!("notes", Text),
        col!("created_at", Time),
    ],
};

pub const INSTRUMENT_GROUPS: Table = Table {
    name: "instrument_groups",
    columns: &[
        col!("id", Int),
        col!("instrument_id", Int),
        col!("key", Text),
        col!("position", Int),
        col!("labels", Text),
        col!("details", Text),
    ],
};

pub const QUESTIONS: Table = Table {
    name: "questions",
    columns: &[
        col!("id", Int),
        col!("instrument_id", Int),
        col!("position", Int),
        col!("group_key", Text),
        col!("name", Text),
        col!("qtype", Text),
        col!("list_name", Text),
        col!("required", Bool),
        col!("relevant", Text),
        col!("labels", Text),
        col!("constraint_expr", Text),
        col!("details", Text),
    ],
};

pub const CHOICES: Table = Table {
    name: "choices",
    columns: &[
        col!("id", Int),
        col!("instrument_id", Int),
        col!("list_name", Text),
        col!("name", Text),
        col!("position", Int),
        col!("labels", Text),
        col!("details", Text),
    ],
};

pub const ROUNDS: Table = Table {
    name: "rounds",
    columns: &[
        col!("id", Int),
        col!("instrument_id", Int),
        col!("name", Text),
        col!("opened_on", Date),
        col!("deadline", Date),
        col!("created_at", Time),
    ],
};

pub const ROUND_PLACES: Table = Table {
    name: "round_places",
    columns: &[
        col!("id", Int),
        col!("round_id", Int),
        col!("place_id", Int),
        col!("status", Text),
        col!("share_national", Bool),
        col!("updated_at", Time, null),
        col!("submitted_at", Time, null),
        col!("reminded_at", Time, null),
    ],
};

pub const ANSWERS: Table = Table {
    name: "answers",
    columns: &[col!("id", Int), col!("round_place_id", Int), col!("question_id", Int), col!("value", Text)],
};

pub const ANSWER_FILES: Table = Table {
    name: "answer_files",
    columns: &[
        col!("id", Int),
        col!("round_place_id", Int),
        col!("question_id", Int),
        col!("file_name", Text),
        col!("content_type", Text),
        col!("size", Int),
        col!("data", Text),
        col!("uploaded_at", Time),
    ],
};

pub const ANSWER_AUDIENCES: Table = Table {
    name: "answer_audiences",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("round_id", Int, null),
        col!("audience", Text),
        col!("chosen_by", Int, null),
        col!("chosen_at", Time),
    ],
};

pub const TABLES: &[&Table] = &[
    &INSTRUMENTS,
    &INSTRUMENT_GROUPS,
    &QUESTIONS,
    &CHOICES,
    &ROUNDS,
    &ROUND_PLACES,
    &ANSWERS,
    &ANSWER_FILES,
    &ANSWER_AUDIENCES,
];

/// A self-assessment is the municipality's institutional information; the
/// only personal detail is who chose its audience.
pub const PRIVACY: Records = Records {
    declarations: &[Declaration {
        table: &ANSWER_AUDIENCES,
        category: Category::Officials,
        columns: &["chosen_by", "chosen_at"],
        withheld: &[],
        free_text: &[],
        purpose: "privacy-purpose-assess",
        basis: Basis::PublicTask,
        seen_by: "privacy-seen-hub-municipality",
        retention: Retention::While("privacy-while-instance"),
        subject: Subject::Account("chosen_by"),
        erasure: Erasure::Keep,
    }],
    without_personal_data: &[
        "instruments",
        "instrument_groups",
        "questions",
        "choices",
        "rounds",
        "round_places",
        "answers",
        "answer_files",
        "round_place_summaries",
        "answer_counts",
    ],
};
