-- The knowledge hub: good practices from anywhere, in any language.

CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    -- ISO 3166-1 alpha-2: practices come from anywhere in the world.
    country TEXT NOT NULL,
    place_id INTEGER REFERENCES places (id),
    place_name TEXT NOT NULL,
    organisation TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    audiences TEXT NOT NULL,
    themes TEXT NOT NULL,
    prevention_level TEXT NOT NULL,
    sector TEXT NOT NULL,
    year_from INTEGER NOT NULL,
    year_to INTEGER,
    evaluation TEXT NOT NULL,
    evidence TEXT NOT NULL,
    resources TEXT NOT NULL,
    transferability TEXT NOT NULL,
    contact_position_id INTEGER REFERENCES positions (id),
    links TEXT NOT NULL,
    language TEXT NOT NULL,
    state TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);

-- Title, summary and description per language, each with how it was made:
-- original, machine (machine-translated), human, or reviewed.
CREATE TABLE practice_texts (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices (id),
    language TEXT NOT NULL,
    field TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    reviewed_by INTEGER REFERENCES accounts (id),
    reviewed_at TIMESTAMP,
    UNIQUE (practice_id, language, field)
);

-- Files kept as base64 text so that the instance export carries them.
CREATE TABLE practice_attachments (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
