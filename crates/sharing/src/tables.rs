//! The sharing module's tables for the instance export. Content and plans
//! stay sealed in the export: they open only with the instance's key.

use platform::col;
use platform::export::Table;

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
