//! The access module's tables as the instance export format sees them.
//! Sessions and login attempts are short-lived and not exported: after a
//! move, people sign in again.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

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

// Short-lived tables, described for records of processing and a person's
// data download only; they are not exported.
pub const SESSIONS: Table = Table {
    name: "sessions",
    columns: &[
        col!("id", Int),
        col!("token_hash", Text),
        col!("account_id", Int),
        col!("stage", Text),
        col!("created_at", Time),
        col!("last_seen_at", Time),
        col!("expires_at", Time),
        col!("revoked_at", Time, null),
    ],
};

pub const LOGIN_ATTEMPTS: Table = Table {
    name: "login_attempts",
    columns: &[
        col!("id", Int),
        col!("client", Text),
        col!("email", Text),
        col!("at", Time),
        col!("succeeded", Bool),
        col!("kind", Text),
    ],
};

pub const KNOWN_DEVICES: Table = Table {
    name: "known_devices",
    columns: &[
        col!("id", Int),
        col!("account_id", Int),
        col!("token_hash", Text),
        col!("created_at", Time),
        col!("last_used_at", Time),
    ],
};

pub const PASSWORD_RESETS: Table = Table {
    name: "password_resets",
    columns: &[
        col!("id", Int),
        col!("account_id", Int),
        col!("token_hash", Text),
        col!("created_at", Time),
        col!("expires_at", Time),
        col!("used_at", Time, null),
    ],
};

/// A declaration of sign-in data tied to one account, removed on erasure.
const fn signin_record(
    table: &'static Table,
    columns: &'static [&'static str],
    withheld: &'static [&'static str],
    retention: Retention,
) -> Declaration {
    Declaration {
        table,
        category: Category::SignIn,
        columns,
        withheld,
        free_text: &[],
        purpose: "privacy-purpose-security",
        basis: Basis::LegitimateInterest,
        seen_by: "privacy-seen-admins",
        retention,
        subject: Subject::Account("account_id"),
        erasure: Erasure::Delete,
    }
}

pub const PRIVACY: Records = Records {
    declarations: &[
        Declaration {
            table: &ACCOUNTS,
            category: Category::SignIn,
            columns: &["email", "locale", "created_at", "locked_until"],
            withheld: &["password_hash", "totp_secret"],
            free_text: &[],
            purpose: "privacy-purpose-accounts",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-admins",
            retention: Retention::While("privacy-while-account"),
            subject: Subject::Person("person_id"),
            erasure: Erasure::Set(
                "email = 'erased-' || id || '@erased.invalid', password_hash = NULL, totp_secret = NULL, \
                 totp_enabled = FALSE, active = FALSE, locale = NULL",
            ),
        },
        signin_record(&RECOVERY_CODES, &["used_at"], &["code_hash"], Retention::While("privacy-while-account")),
        signin_record(
            &SESSIONS,
            &["created_at", "last_seen_at"],
            &["token_hash"],
            Retention::Days {
                key: "sessions",
                default: 30,
                min: 1,
                max: 365,
                sweep: "DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1",
            },
        ),
        signin_record(
            &KNOWN_DEVICES,
            &["created_at", "last_used_at"],
            &["token_hash"],
            Retention::Days {
                key: "known-devices",
                default: 180,
                min: 30,
                max: 730,
                sweep: "DELETE FROM known_devices WHERE last_used_at < $1",
            },
        ),
        signin_record(
            &PASSWORD_RESETS,
            &["created_at", "used_at"],
            &["token_hash"],
            Retention::Days {
                key: "password-resets",
                default: 30,
                min: 1,
                max: 365,
                sweep: "DELETE FROM password_resets WHERE expires_at < $1",
            },
        ),
        signin_record(
            &API_TOKENS,
            &["name", "created_at", "last_used_at"],
            &["token_hash"],
            Retention::While("privacy-while-account"),
        ),
        Declaration {
            table: &LOGIN_ATTEMPTS,
            category: Category::SignIn,
            columns: &["client", "email", "at"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-security",
            basis: Basis::LegitimateInterest,
            seen_by: "privacy-seen-nobody",
            retention: Retention::Days {
                key: "signin-addresses",
                default: 90,
                min: 7,
                max: 365,
                sweep: "DELETE FROM login_attempts WHERE at < $1",
            },
            subject: Subject::EmailHash("email"),
            erasure: Erasure::Delete,
        },
        Declaration {
            table: &ROLE_GRANTS,
            category: Category::SignIn,
            columns: &["account_id", "valid_from", "valid_to"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-accounts",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-admins",
            retention: Retention::While("privacy-while-instance"),
            subject: Subject::Account("account_id"),
            erasure: Erasure::Keep,
        },
        Declaration {
            table: &INVITATIONS,
            category: Category::SignIn,
            columns: &["email", "full_name"],
            withheld: &["token_hash"],
            free_text: &[],
            purpose: "privacy-purpose-accounts",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-admins",
            retention: Retention::Days {
                key: "invitations",
                default: 90,
                min: 14,
                max: 730,
                // An accepted invitation's name and address live on in the
                // account: the invitation itself goes after the same period.
                sweep: "DELETE FROM invitations WHERE (accepted_at IS NULL AND expires_at < $1) OR accepted_at < $1",
            },
            subject: Subject::Email("email"),
            erasure: Erasure::Delete,
        },
        Declaration {
            table: &OUTBOX,
            category: Category::Mail,
            columns: &["to_address", "subject", "body"],
            withheld: &["secret"],
            free_text: &["subject", "body"],
            purpose: "privacy-purpose-mail",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-admins",
            retention: Retention::Days {
                key: "sent-mail",
                default: 30,
                min: 1,
                max: 365,
                // Mail that could never be delivered goes after the same period.
                sweep: "DELETE FROM outbox WHERE sent_at < $1 OR (sent_at IS NULL AND created_at < $1)",
            },
            subject: Subject::Email("to_address"),
            erasure: Erasure::Delete,
        },
        Declaration {
            table: &AUDIT_EVENTS,
            category: Category::Audit,
            columns: &["actor", "at"],
            withheld: &["prev_hash", "hash"],
            free_text: &[],
            purpose: "privacy-purpose-audit",
            basis: Basis::LegalObligation,
            seen_by: "privacy-seen-admins",
            retention: Retention::While("privacy-while-instance"),
            subject: Subject::Actor("actor"),
            erasure: Erasure::Keep,
        },
    ],
    without_personal_data: &[],
};
