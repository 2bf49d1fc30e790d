-- Per country: which level of government is responsible, accountable,
-- consulted or informed for each prevention function.
CREATE TABLE roles_matrix (
    id INTEGER PRIMARY KEY,
    country_id INTEGER NOT NULL REFERENCES places (id),
    function TEXT NOT NULL,
    level TEXT NOT NULL,
    raci TEXT NOT NULL,
    UNIQUE (country_id, function, level)
);
