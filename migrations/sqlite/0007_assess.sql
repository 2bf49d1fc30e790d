-- Capacity and needs assessments: versioned instruments, rounds, answers.

CREATE TABLE instruments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    version INTEGER NOT NULL,
    labels TEXT NOT NULL,
    notes TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (code, version)
);

CREATE TABLE instrument_groups (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    key TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels TEXT NOT NULL
);

-- `labels` hold one text per locale, as JSON.
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    position INTEGER NOT NULL,
    group_key TEXT NOT NULL,
    name TEXT NOT NULL,
    qtype TEXT NOT NULL,
    list_name TEXT NOT NULL,
    required BOOLEAN NOT NULL,
    relevant TEXT NOT NULL,
    labels TEXT NOT NULL,
    UNIQUE (instrument_id, name)
);

CREATE TABLE choices (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    list_name TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    labels TEXT NOT NULL
);
CREATE INDEX choices_by_instrument ON choices (instrument_id, list_name);

CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    instrument_id INTEGER NOT NULL REFERENCES instruments (id),
    name TEXT NOT NULL,
    opened_on DATE NOT NULL,
    deadline DATE NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE round_places (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id),
    place_id INTEGER NOT NULL REFERENCES places (id),
    status TEXT NOT NULL,
    share_national BOOLEAN NOT NULL,
    updated_at TIMESTAMP,
    submitted_at TIMESTAMP,
    reminded_at TIMESTAMP,
    UNIQUE (round_id, place_id)
);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    round_place_id INTEGER NOT NULL REFERENCES round_places (id),
    question_id INTEGER NOT NULL REFERENCES questions (id),
    value TEXT NOT NULL,
    UNIQUE (round_place_id, question_id)
);
CREATE INDEX answers_by_question ON answers (question_id);
