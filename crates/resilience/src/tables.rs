//! The studies' tables for the instance export.

use platform::col;
use platform::export::Table;

pub const STUDIES: Table = Table {
    name: "studies",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("title", Text),
        col!("notes", Text),
        col!("suppression_k", Int),
        col!("weighting", Text),
        col!("created_at", Time),
    ],
};

pub const STUDY_WAVES: Table = Table {
    name: "study_waves",
    columns: &[col!("id", Int), col!("study_id", Int), col!("position", Int), col!("name", Text)],
};

pub const STUDY_IMPORTS: Table = Table {
    name: "study_imports",
    columns: &[
        col!("id", Int),
        col!("study_id", Int),
        col!("wave_id", Int),
        col!("file_name", Text),
        col!("rows_read", Int),
        col!("rows_imported", Int),
        col!("valid_rows_only", Bool),
        col!("report", Text),
        col!("imported_at", Time),
    ],
};

pub const STUDY_RESPONSES: Table = Table {
    name: "study_responses",
    columns: &[
        col!("id", Int),
        col!("wave_id", Int),
        col!("import_id", Int),
        col!("respondent", Text),
        col!("neighbourhood_id", Int),
        col!("sex", Text),
        col!("age_group", Text),
        col!("community", Text),
        col!("answers", Text),
        col!("free_text", Text),
    ],
};

pub const STUDY_MARGINS: Table = Table {
    name: "study_margins",
    columns: &[
        col!("id", Int),
        col!("wave_id", Int),
        col!("dimension", Text),
        col!("category", Text),
        col!("population", Float),
    ],
};

pub const STUDY_INDICATORS: Table = Table {
    name: "study_indicators",
    columns: &[col!("id", Int), col!("study_id", Int), col!("name", Text), col!("items", Text)],
};

pub const TABLES: &[&Table] =
    &[&STUDIES, &STUDY_WAVES, &STUDY_IMPORTS, &STUDY_RESPONSES, &STUDY_MARGINS, &STUDY_INDICATORS];
