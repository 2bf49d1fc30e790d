//! The studies' tables for the instance export.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

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

/// Residents answer anonymously: no names are kept (imports drop direct
/// identifiers), the open answers are sealed, and removed a year after the
/// study's last import, when its report is written.
pub const PRIVACY: Records = Records {
    declarations: &[Declaration {
        table: &STUDY_RESPONSES,
        category: Category::Surveys,
        columns: &["respondent", "sex", "age_group", "community", "answers", "free_text"],
        withheld: &["free_text"],
        free_text: &[],
        purpose: "privacy-purpose-surveys",
        basis: Basis::PublicTask,
        seen_by: "privacy-seen-study-owners",
        retention: Retention::Days {
            key: "survey-open-answers",
            default: 365,
            min: 90,
            max: 1825,
            sweep: "UPDATE study_responses SET free_text = '' WHERE free_text <> '' AND wave_id IN \
                    (SELECT w.id FROM study_waves w WHERE \
                    (SELECT MAX(i.imported_at) FROM study_imports i WHERE i.study_id = w.study_id) < $1)",
        },
        subject: Subject::Unlinked,
        erasure: Erasure::Keep,
    }],
    without_personal_data: &["studies", "study_waves", "study_imports", "study_margins", "study_indicators"],
};
