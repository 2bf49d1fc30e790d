-- Community resilience studies: a municipality's resident surveys in waves.

CREATE TABLE studies (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    title TEXT NOT NULL,
    -- How the local advisory committee adapted the instrument.
    notes TEXT NOT NULL,
    suppression_k INTEGER NOT NULL CHECK (suppression_k >= 2),
    -- 'none' or 'raked'.
    weighting TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE study_waves (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES studies (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (study_id, position)
);

-- Each upload, with the owner's choice to keep only valid rows recorded.
CREATE TABLE study_imports (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES studies (id),
    wave_id INTEGER NOT NULL REFERENCES study_waves (id),
    file_name TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    valid_rows_only BOOLEAN NOT NULL,
    -- Problems of the rows left out: row, column and reason, one per line.
    report TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);

-- `answers` holds one value per item of the instrument, in its order,
-- separated by '|'; an empty value is no answer. `free_text` is sealed.
CREATE TABLE study_responses (
    id INTEGER PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES study_waves (id),
    import_id INTEGER NOT NULL REFERENCES study_imports (id),
    respondent TEXT NOT NULL,
    neighbourhood_id INTEGER NOT NULL REFERENCES places (id),
    sex TEXT NOT NULL,
    age_group TEXT NOT NULL,
    community TEXT NOT NULL,
    answers TEXT NOT NULL,
    free_text TEXT NOT NULL,
    UNIQUE (wave_id, respondent)
);

CREATE TABLE study_margins (
    id INTEGER PRIMARY KEY,
    wave_id INTEGER NOT NULL REFERENCES study_waves (id),
    dimension TEXT NOT NULL,
    category TEXT NOT NULL,
    population DOUBLE PRECISION NOT NULL CHECK (population >= 0),
    UNIQUE (wave_id, dimension, category)
);

-- Indicators the owners define: a set of items scaled 0–10.
CREATE TABLE study_indicators (
    id INTEGER PRIMARY KEY,
    study_id INTEGER NOT NULL REFERENCES studies (id),
    name TEXT NOT NULL,
    items TEXT NOT NULL
);
