//! Every module's migrations and export tables, in one place: the only file
//! that changes when a module adds a table.

use platform::export::Table;
use platform::migrate::Migration;

macro_rules! migration {
    ($version:literal, $name:literal) => {
        Migration {
            version: $version,
            name: $name,
            sqlite: include_str!(concat!("../../../migrations/sqlite/", $name, ".sql")),
            postgres: include_str!(concat!("../../../migrations/postgres/", $name, ".sql")),
        }
    };
}

pub const MIGRATIONS: &[Migration] = &[
    migration!(1, "0001_directory"),
    migration!(2, "0002_data_versions"),
    migration!(3, "0003_access"),
    migration!(4, "0004_outbox_delivery"),
    migration!(5, "0005_sharing"),
    migration!(6, "0006_roles_matrix"),
    migration!(7, "0007_assess"),
    migration!(8, "0008_constraints"),
    migration!(9, "0009_place_shapes"),
    migration!(10, "0010_resilience"),
    migration!(11, "0011_support"),
    migration!(12, "0012_knowledge"),
    migration!(13, "0013_programmes_events"),
    migration!(14, "0014_money_in_cents"),
    migration!(15, "0015_security"),
    migration!(16, "0016_notifications"),
    migration!(17, "0017_cluster"),
    migration!(18, "0018_activity_reminders"),
    migration!(19, "0019_answer_audiences"),
    migration!(20, "0020_rollups"),
    migration!(21, "0021_privacy"),
    migration!(22, "0022_assignment_answers"),
    migration!(23, "0023_access_version"),
    migration!(24, "0024_headline_answered"),
    migration!(25, "0025_form_details"),
    migration!(26, "0026_dated_shapes"),
    migration!(27, "0027_answer_files"),
];

/// The newest schema version this binary knows.
pub fn schema_version() -> i64 {
    MIGRATIONS.iter().map(|m| m.version).max().unwrap_or(0)
}

/// All tables of an instance, parents before children.
pub fn tables() -> Vec<&'static Table> {
    platform::settings::TABLES
        .iter()
        .chain(directory::TABLES)
        .chain(access::TABLES)
        .chain(platform::notify::TABLES)
        .chain(sharing::TABLES)
        .chain(assess::TABLES)
        .chain(resilience::TABLES)
        .chain(support::TABLES)
        .chain(knowledge::TABLES)
        .chain(crate::privacy::TABLES)
        .copied()
        .collect()
}

/// Every module's records of processing.
pub fn records() -> [&'static platform::privacy::Records; 9] {
    [
        &platform::notify::PRIVACY,
        &directory::tables::PRIVACY,
        &access::tables::PRIVACY,
        &sharing::tables::PRIVACY,
        &assess::tables::PRIVACY,
        &resilience::tables::PRIVACY,
        &support::tables::PRIVACY,
        &knowledge::tables::PRIVACY,
        &crate::privacy::PRIVACY,
    ]
}
