-- Second-factor failures are counted apart from passwords and never reset by
-- a correct password; the last accepted code's time step stops a code being
-- used twice.
ALTER TABLE accounts ADD COLUMN totp_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;

-- Which step of sign-in failed, so both are limited per client address.
ALTER TABLE login_attempts ADD COLUMN kind TEXT NOT NULL DEFAULT 'password';
CREATE INDEX login_attempts_by_email ON login_attempts (email, at);

-- Browsers a person has signed in from: a lockout never keeps them out of these.
CREATE TABLE known_devices (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL
);
CREATE INDEX known_devices_by_account ON known_devices (account_id);

-- A link that opens an account (an invitation, a password reset) is kept
-- sealed beside its message, and only until the message is delivered.
ALTER TABLE outbox ADD COLUMN secret TEXT;

-- Instance-wide facts: the fingerprint of the key that seals secrets.
CREATE TABLE instance_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
