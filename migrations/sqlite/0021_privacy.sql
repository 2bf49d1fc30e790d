-- People whose personal data was erased: on request or at the end of its
-- retention. Only the person's id is kept, so the same person is never
-- erased twice and the audit trail, which names accounts by number, stays
-- readable as "erased person".
CREATE TABLE erasures (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL UNIQUE REFERENCES people (id),
    reason TEXT NOT NULL,
    erased_at TIMESTAMP NOT NULL
);
