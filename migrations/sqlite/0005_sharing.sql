-- Institutional information sharing: channels between positions, notices
-- with sealed content, and their flow.

CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    country_id INTEGER NOT NULL REFERENCES places (id),
    name TEXT NOT NULL,
    sender_position_id INTEGER NOT NULL REFERENCES positions (id),
    supervisor_position_id INTEGER REFERENCES positions (id),
    legal_basis TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    legal_date DATE,
    review_date DATE,
    kinds TEXT NOT NULL,
    ack_hours INTEGER NOT NULL,
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE channel_receivers (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels (id),
    position_id INTEGER NOT NULL REFERENCES positions (id)
);
CREATE INDEX channel_receivers_by_channel ON channel_receivers (channel_id);
CREATE INDEX channel_receivers_by_position ON channel_receivers (position_id);

-- `content` and `plan` are sealed with the sharing key and emptied at expiry.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels (id),
    kind TEXT NOT NULL,
    tlp TEXT NOT NULL,
    direction TEXT NOT NULL,
    from_position_id INTEGER NOT NULL REFERENCES positions (id),
    sent_by INTEGER NOT NULL REFERENCES accounts (id),
    state TEXT NOT NULL,
    content TEXT,
    plan TEXT,
    created_at TIMESTAMP NOT NULL,
    ack_deadline TIMESTAMP NOT NULL,
    acknowledged_at TIMESTAMP,
    acknowledged_by INTEGER REFERENCES accounts (id),
    responded_at TIMESTAMP,
    closed_at TIMESTAMP,
    escalation INTEGER NOT NULL DEFAULT 0,
    expires_at TIMESTAMP NOT NULL,
    purged_at TIMESTAMP
);
CREATE INDEX notices_by_channel ON notices (channel_id, created_at);
CREATE INDEX notices_by_state ON notices (state, ack_deadline);

-- The positions a notice is addressed to: need to know, chosen among the
-- channel's receivers (or the channel's sender, for a municipality's request).
CREATE TABLE notice_recipients (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices (id),
    position_id INTEGER NOT NULL REFERENCES positions (id)
);
CREATE INDEX notice_recipients_by_notice ON notice_recipients (notice_id);
CREATE INDEX notice_recipients_by_position ON notice_recipients (position_id);
