-- National and regional programmes and calls, themes people follow, events
-- with registration, attendance and anonymous quick polls.

CREATE TABLE programmes (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    owner_institution_id INTEGER REFERENCES institutions (id),
    owner TEXT NOT NULL,
    is_call BOOLEAN NOT NULL,
    countries TEXT NOT NULL,
    -- Place codes; empty: every municipality of the countries.
    eligible_places TEXT NOT NULL,
    themes TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    funding TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE theme_follows (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    theme TEXT NOT NULL,
    UNIQUE (account_id, theme)
);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    place_name TEXT NOT NULL,
    languages TEXT NOT NULL,
    agenda TEXT NOT NULL,
    materials TEXT NOT NULL,
    outputs TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- Participants by position.
CREATE TABLE event_participants (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    position_id INTEGER NOT NULL REFERENCES positions (id),
    registered_at TIMESTAMP NOT NULL,
    attended BOOLEAN NOT NULL,
    UNIQUE (event_id, position_id)
);

CREATE TABLE polls (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id),
    question TEXT NOT NULL,
    options TEXT NOT NULL,
    join_code TEXT NOT NULL UNIQUE,
    open BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Votes carry no trace of who voted; who has voted is kept apart, as a
-- hash of a random browser token, so nobody votes twice.
CREATE TABLE poll_votes (
    id INTEGER PRIMARY KEY,
    poll_id INTEGER NOT NULL REFERENCES polls (id),
    option_index INTEGER NOT NULL
);

CREATE TABLE poll_voters (
    id INTEGER PRIMARY KEY,
    poll_id INTEGER NOT NULL REFERENCES polls (id),
    token_hash TEXT NOT NULL,
    UNIQUE (poll_id, token_hash)
);
