//! The sharing module's tables for the instance export. Content and plans
//! stay sealed in the export: they open only with the instance's key.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

pub const CHANNELS: Table = Table {
    name: "channels",
    columns: &[
        col!("id", Int),
        col!("country_id", Int),
        col!("name", Text),
        col!("sender_position_id", Int),
        col!("supervisor_position_id", Int, null),
        col!("legal_basis", Text),
        col!("legal_reference", Text),
        col!("legal_date", Date, null),
        col!("review_date", Date, null),
        col!("kinds", Text),
        col!("ack_hours", Int),
        col!("active", Bool),
        col!("created_at", Time),
    ],
};

pub const CHANNEL_RECEIVERS: Table =
    Table { name: "channel_receivers", columns: &[col!("id", Int), col!("channel_id", Int), col!("position_id", Int)] };

pub const NOTICES: Table = Table {
    name: "notices",
    columns: &[
        col!("id", Int),
        col!("channel_id", Int),
        col!("kind", Text),
        col!("tlp", Text),
        col!("direction", Text),
        col!("from_position_id", Int),
        col!("sent_by", Int),
        col!("state", Text),
        col!("content", Text, null),
        col!("plan", Text, null),
        col!("created_at", Time),
        col!("ack_deadline", Time),
        col!("acknowledged_at", Time, null),
        col!("acknowledged_by", Int, null),
        col!("responded_at", Time, null),
        col!("closed_at", Time, null),
        col!("escalation", Int),
        col!("expires_at", Time),
        col!("purged_at", Time, null),
    ],
};

pub const NOTICE_RECIPIENTS: Table =
    Table { name: "notice_recipients", columns: &[col!("id", Int), col!("notice_id", Int), col!("position_id", Int)] };

pub const TABLES: &[&Table] = &[&CHANNELS, &CHANNEL_RECEIVERS, &NOTICES, &NOTICE_RECIPIENTS];

/// Who sent or acknowledged a notice, as a position holder's account.
const fn notice_officials(column: &'static str, columns: &'static [&'static str]) -> Declaration {
    Declaration {
        table: &NOTICES,
        category: Category::Sharing,
        columns,
        withheld: &["content", "plan"],
        free_text: &[],
        purpose: "privacy-purpose-sharing",
        basis: Basis::LegalObligation,
        seen_by: "privacy-seen-positions",
        retention: Retention::While("privacy-while-instance"),
        subject: Subject::Account(column),
        erasure: Erasure::Keep,
    }
}

/// A notice's content concerns people who have no account (returnees); it
/// is sealed, read only by the positions taking part, and removed when the
/// notice expires (`sharing.purge`).
pub const PRIVACY: Records = Records {
    declarations: &[
        Declaration {
            table: &NOTICES,
            category: Category::Sharing,
            columns: &["content", "plan"],
            withheld: &["content", "plan"],
            free_text: &[],
            purpose: "privacy-purpose-sharing",
            basis: Basis::LegalObligation,
            seen_by: "privacy-seen-positions",
            retention: Retention::While("privacy-while-notice"),
            subject: Subject::Unlinked,
            erasure: Erasure::Keep,
        },
        notice_officials("sent_by", &["sent_by"]),
        notice_officials("acknowledged_by", &["acknowledged_by"]),
    ],
    without_personal_data: &["channels", "channel_receivers", "notice_recipients"],
};
