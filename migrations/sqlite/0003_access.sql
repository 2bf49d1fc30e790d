-- Accounts, sessions, roles scoped to places, invitations, the mail outbox,
-- API tokens and the hash-chained audit trail.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL UNIQUE REFERENCES people (id),
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    totp_secret TEXT,
    totp_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    locale TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    demo BOOLEAN NOT NULL DEFAULT FALSE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    code_hash TEXT NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_by_account ON recovery_codes (account_id);

-- `stage` is 'full' once sign-in is complete; 'totp' or 'totp_setup' while
-- the second factor is still to be given or set up.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    stage TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    client TEXT NOT NULL,
    email TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    succeeded BOOLEAN NOT NULL
);
CREATE INDEX login_attempts_by_client ON login_attempts (client, at);

-- A role on a place applies to it and everything below it; on an
-- institution, to that institution. A grant that comes with a position moves
-- with the position when it is handed over.
CREATE TABLE role_grants (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    role TEXT NOT NULL,
    place_id INTEGER REFERENCES places (id),
    institution_id INTEGER REFERENCES institutions (id),
    position_id INTEGER REFERENCES positions (id),
    granted_by INTEGER REFERENCES accounts (id),
    valid_from TIMESTAMP NOT NULL,
    valid_to TIMESTAMP
);
CREATE INDEX role_grants_by_account ON role_grants (account_id);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    full_name TEXT NOT NULL,
    role TEXT NOT NULL,
    place_id INTEGER REFERENCES places (id),
    institution_id INTEGER REFERENCES institutions (id),
    position_id INTEGER REFERENCES positions (id),
    locale TEXT NOT NULL,
    invited_by INTEGER REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    accepted_at TIMESTAMP,
    account_id INTEGER REFERENCES accounts (id)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    scopes TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    last_used_at TIMESTAMP
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

-- Append-only: `id` is the position in the chain, `hash` covers the event and
-- the previous hash, and triggers refuse any update or delete.
CREATE TABLE audit_events (
    id BIGINT PRIMARY KEY,
    at TIMESTAMP NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    place_id INTEGER REFERENCES places (id),
    summary TEXT NOT NULL,
    request_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_events_by_action ON audit_events (action, at);
CREATE INDEX audit_events_by_actor ON audit_events (actor, at);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
