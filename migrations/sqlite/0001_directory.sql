-- The directory: dated places, institutions, positions, people, prevention
-- structures and network membership.

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL,
    name TEXT NOT NULL,
    name_alt TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL,
    valid_from DATE,
    valid_to DATE
);

-- A place's parent over time: historic data rolls up to the parent it had then.
CREATE TABLE place_parents (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    parent_id INTEGER NOT NULL REFERENCES places (id),
    valid_from DATE,
    valid_to DATE,
    CHECK (place_id <> parent_id)
);
CREATE INDEX place_parents_by_place ON place_parents (place_id, valid_to);
CREATE INDEX place_parents_by_parent ON place_parents (parent_id, valid_to);

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    place_id INTEGER NOT NULL REFERENCES places (id),
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    name_alt TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL
);
CREATE INDEX institutions_by_place ON institutions (place_id);

-- A responsibility in an institution, held by people over time.
CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    institution_id INTEGER NOT NULL REFERENCES institutions (id),
    function TEXT NOT NULL,
    title TEXT NOT NULL
);
CREATE INDEX positions_by_institution ON positions (institution_id);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE position_holders (
    id INTEGER PRIMARY KEY,
    position_id INTEGER NOT NULL REFERENCES positions (id),
    person_id INTEGER NOT NULL REFERENCES people (id),
    role TEXT NOT NULL CHECK (role IN ('holder', 'deputy')),
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX position_holders_by_position ON position_holders (position_id);
CREATE INDEX position_holders_by_person ON position_holders (person_id);

CREATE TABLE structures (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    kind TEXT NOT NULL,
    custom_kind TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    established DATE,
    meets TEXT NOT NULL DEFAULT ''
);
CREATE INDEX structures_by_place ON structures (place_id);

CREATE TABLE structure_members (
    id INTEGER PRIMARY KEY,
    structure_id INTEGER NOT NULL REFERENCES structures (id),
    position_id INTEGER NOT NULL REFERENCES positions (id),
    role TEXT NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX structure_members_by_structure ON structure_members (structure_id);

CREATE TABLE hubs (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    region_place_id INTEGER REFERENCES places (id)
);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    hub_id INTEGER NOT NULL REFERENCES hubs (id),
    place_id INTEGER NOT NULL REFERENCES places (id),
    member_since DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX memberships_by_place ON memberships (place_id);
