-- What the dashboards need of each municipality's answers to a round, kept
-- in the same transaction as the answers: whether it lacks programmes,
-- resources or expertise, whether it did not know, and the need it ranked
-- first. Reading 2,000 of these replaces reading three answers each.
CREATE TABLE round_place_summaries (
    round_place_id BIGINT PRIMARY KEY REFERENCES round_places (id),
    lacks BOOLEAN NOT NULL,
    dont_know BOOLEAN NOT NULL,
    first_need TEXT
);

-- A round's submitted answers counted by question, value and the parent the
-- municipality had when the round opened: what the results pages group,
-- kept in the same transaction as the answers (0 stands for no parent).
CREATE TABLE answer_counts (
    round_id BIGINT NOT NULL REFERENCES rounds (id),
    question_id BIGINT NOT NULL REFERENCES questions (id),
    value TEXT NOT NULL,
    parent_id BIGINT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (round_id, question_id, value, parent_id)
);
CREATE INDEX answer_counts_by_parent ON answer_counts (round_id, parent_id);
