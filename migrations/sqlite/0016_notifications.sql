-- What happened that a person must act on or asked to know, shown in the
-- application and mailed at once, in a daily digest, or not at all, as the
-- person chooses per kind.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    -- JSON object of the message's arguments (names, subjects; never sealed content).
    args TEXT NOT NULL,
    link TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at TIMESTAMP,
    -- Empty only while it waits for the daily digest.
    mailed_at TIMESTAMP
);
CREATE INDEX notifications_by_account ON notifications (account_id, created_at);

CREATE TABLE notification_preferences (
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    -- now, digest or off
    delivery TEXT NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- A forgotten password is reset through a single-use link that expires.
CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
