//! The access module's tables as the instance export format sees them.
//! Sessions and login attempts are short-lived and not exported: after a
//! move, people sign in again.

use platform::col;
use platform::export::Table;

pub const ACCOUNTS: Table = Table {
    name: "accounts",
    columns: &[
        col!("id", Int),
        col!("person_id", Int),
        col!("email", Text),
        col!("password_hash", Text, null),
        col!("totp_secret", Text, null),
        col!("totp_enabled", Bool),
        col!("locale", Text, null),
        col!("active", Bool),
        col!("demo", Bool),
        col!("failed_logins", Int),
        col!("locked_until", Time, null),
        col!("created_at", Time),
        col!("totp_failures", Int),
        col!("totp_last_step", Int, null),
    ],
};

pub const RECOVERY_CODES: Table = Table {
    name: "recovery_codes",
    columns: &[col!("id", Int), col!("account_id", Int), col!("code_hash", Text), col!("used_at", Time, null)],
};

pub const ROLE_GRANTS: Table = Table {
    name: "role_grants",
    columns: &[
        col!("id", Int),
        col!("account_id", Int),
        col!("role", Text),
        col!("place_id", Int, null),
        col!("institution_id", Int, null),
        col!("position_id", Int, null),
        col!("granted_by", Int, null),
        col!("valid_from", Time),
        col!("valid_to", Time, null),
    ],
};

pub const INVITATIONS: Table = Table {
    name: "invitations",
    columns: &[
        col!("id", Int),
        col!("token_hash", Text),
        col!("email", Text),
        col!("full_name", Text),
        col!("role", Text),
        col!("place_id", Int, null),
        col!("institution_id", Int, null),
        col!("position_id", Int, null),
        col!("locale", Text),
        col!("invited_by", Int, null),
        col!("created_at", Time),
        col!("expires_at", Time),
        col!("accepted_at", Time, null),
        col!("account_id", Int, null),
    ],
};

pub const OUTBOX: Table = Table {
    name: "outbox",
    columns: &[
        col!("id", Int),
        col!("to_address", Text),
        col!("subject", Text),
        col!("body", Text),
        col!("created_at", Time),
        col!("sent_at", Time, null),
        col!("error", Text),
        col!("attempts", Int),
        col!("claimed_until", Time, null),
        col!("secret", Text, null),
    ],
};

pub const API_TOKENS: Table = Table {
    name: "api_tokens",
    columns: &[
        col!("id", Int),
        col!("account_id", Int),
        col!("name", Text),
        col!("token_hash", Text),
        col!("scopes", Text),
        col!("created_at", Time),
        col!("expires_at", Time),
        col!("revoked_at", Time, null),
        col!("last_used_at", Time, null),
    ],
};

pub const AUDIT_EVENTS: Table = Table {
    name: "audit_events",
    columns: &[
        col!("id", Int),
        col!("at", Time),
        col!("actor", Text),
        col!("action", Text),
        col!("object_type", Text),
        col!("object_id", Text),
        col!("place_id", Int, null),
        col!("summary", Text),
        col!("request_id", Text),
        col!("prev_hash", Text),
        col!("hash", Text),
    ],
};

pub const TABLES: &[&Table] =
    &[&ACCOUNTS, &RECOVERY_CODES, &ROLE_GRANTS, &INVITATIONS, &OUTBOX, &API_TOKENS, &AUDIT_EVENTS];
