-- What the dashboards need of each municipality's answers to a round, kept
-- in the same transaction as the answers: whether it lacks programmes,
-- resources or expertise, whether it did not know, and the need it ranked
-- first. Reading 2,000 of these replaces reading three answers each.
CREATE TABLE round_place_summaries (
    round_place_id INTEGER PRIMARY KEY REFERENCES round_places (id),
    lacks BOOLEAN NOT NULL,
    dont_know BOOLEAN NOT NULL,
    first_need TEXT
);
