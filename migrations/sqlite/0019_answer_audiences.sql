-- Who a municipality lets see its named answers: for one round, or as a
-- standing choice (round_id empty) for every round without a choice of its
-- own. Choices are kept, not overwritten: the newest one counts, and the
-- others say who chose what, and when.
CREATE TABLE answer_audiences (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    round_id INTEGER REFERENCES rounds (id),
    audience TEXT NOT NULL CHECK (audience IN ('hub', 'national', 'partners', 'public')),
    chosen_by INTEGER REFERENCES accounts (id),
    chosen_at TIMESTAMP NOT NULL
);
CREATE INDEX answer_audiences_by_place ON answer_audiences (place_id, round_id);

-- The earlier yes/no choice to share with the national coordinator.
INSERT INTO answer_audiences (place_id, round_id, audience, chosen_by, chosen_at)
SELECT place_id, round_id, 'national', NULL, COALESCE(updated_at, CURRENT_TIMESTAMP) FROM round_places WHERE share_national;
