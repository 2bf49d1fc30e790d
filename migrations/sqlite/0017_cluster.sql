-- Background jobs run once per cluster per period: a server runs a job only
-- after moving its `due_at` forward in one conditional update, which one
-- server wins.
CREATE TABLE job_runs (
    name TEXT PRIMARY KEY,
    due_at TIMESTAMP NOT NULL,
    -- The server that last claimed it, and what came of that run.
    claimed_by TEXT NOT NULL DEFAULT '',
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    outcome TEXT NOT NULL DEFAULT ''
);

-- Every change to a searchable public record, written in the transaction
-- that makes it, so that every server's search index follows every write
-- in order, whichever server made it.
CREATE TABLE search_changes (
    id INTEGER PRIMARY KEY,
    -- The record's search key (practice:12, place:MK-703), or * for all.
    record_key TEXT NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
