-- Hub support: helpdesk, expert pool, Technical Support Fund, country work
-- plans, volunteer hours.

-- A municipality's question or request for support.
CREATE TABLE support_requests (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    asked_by INTEGER NOT NULL REFERENCES accounts (id),
    topic TEXT NOT NULL,
    need TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    language TEXT NOT NULL,
    state TEXT NOT NULL,
    assignee_id INTEGER REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX support_requests_by_place ON support_requests (place_id);

-- Everything that happens to a request; service levels are computed from it.
-- kind: created, state, assigned, reply, note (internal), expert.
CREATE TABLE support_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES support_requests (id),
    at TIMESTAMP NOT NULL,
    account_id INTEGER REFERENCES accounts (id),
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX support_events_by_request ON support_events (request_id, at);

CREATE TABLE faq_entries (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    language TEXT NOT NULL,
    source_request_id INTEGER REFERENCES support_requests (id),
    published_at TIMESTAMP NOT NULL
);

CREATE TABLE experts (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id),
    name TEXT NOT NULL,
    themes TEXT NOT NULL,
    languages TEXT NOT NULL,
    countries TEXT NOT NULL,
    available_from DATE NOT NULL,
    available_to DATE NOT NULL,
    daily_rate INTEGER NOT NULL CHECK (daily_rate >= 0),
    conflicts TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE expert_assignments (
    id INTEGER PRIMARY KEY,
    expert_id INTEGER NOT NULL REFERENCES experts (id),
    request_id INTEGER REFERENCES support_requests (id),
    application_id INTEGER,
    deliverables TEXT NOT NULL,
    reasons TEXT NOT NULL,
    state TEXT NOT NULL,
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    feedback TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE expert_time (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES expert_assignments (id),
    day DATE NOT NULL,
    hours DOUBLE PRECISION NOT NULL CHECK (hours > 0 AND hours <= 24),
    note TEXT NOT NULL
);

CREATE TABLE fund_calls (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    budget INTEGER NOT NULL CHECK (budget > 0),
    max_amount INTEGER NOT NULL CHECK (max_amount > 0),
    countries TEXT NOT NULL,
    -- JSON: [{"name": ..., "weight": ...}]
    criteria TEXT NOT NULL,
    deadline DATE NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE fund_applications (
    id INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES fund_calls (id),
    place_id INTEGER NOT NULL REFERENCES places (id),
    request_id INTEGER REFERENCES support_requests (id),
    need TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    state TEXT NOT NULL,
    eligibility TEXT NOT NULL,
    conditions TEXT NOT NULL,
    agreement TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES accounts (id),
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP
);

CREATE TABLE fund_reviews (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES fund_applications (id),
    reviewer_id INTEGER NOT NULL REFERENCES accounts (id),
    conflict BOOLEAN,
    conflict_note TEXT NOT NULL,
    -- JSON: one score (0-10) per criterion, in the call's order.
    scores TEXT NOT NULL,
    comment TEXT NOT NULL,
    submitted_at TIMESTAMP,
    UNIQUE (application_id, reviewer_id)
);

CREATE TABLE fund_tranches (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES fund_applications (id),
    amount INTEGER NOT NULL CHECK (amount > 0),
    due_on DATE NOT NULL,
    paid_on DATE
);

CREATE TABLE fund_reports (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES fund_applications (id),
    kind TEXT NOT NULL,
    due_on DATE NOT NULL,
    body TEXT NOT NULL,
    submitted_at TIMESTAMP,
    reminded_at TIMESTAMP
);

CREATE TABLE work_plans (
    id INTEGER PRIMARY KEY,
    country_id INTEGER NOT NULL REFERENCES places (id),
    year INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (country_id, year)
);

CREATE TABLE work_objectives (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES work_plans (id),
    position INTEGER NOT NULL,
    need TEXT NOT NULL,
    -- How many of the country's municipalities ranked the need a priority.
    municipalities INTEGER NOT NULL
);

CREATE TABLE work_activities (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES work_objectives (id),
    title TEXT NOT NULL,
    owner_position_id INTEGER REFERENCES positions (id),
    places TEXT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    budget INTEGER NOT NULL CHECK (budget >= 0),
    status TEXT NOT NULL,
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    indicators TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

-- What serves an activity: kind is request, assignment or application.
CREATE TABLE work_links (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES work_activities (id),
    kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    UNIQUE (activity_id, kind, target_id)
);

-- Unpaid time given to prevention, by position.
CREATE TABLE volunteer_hours (
    id INTEGER PRIMARY KEY,
    position_id INTEGER NOT NULL REFERENCES positions (id),
    place_id INTEGER NOT NULL REFERENCES places (id),
    structure_id INTEGER REFERENCES structures (id),
    activity_id INTEGER REFERENCES work_activities (id),
    day DATE NOT NULL,
    hours DOUBLE PRECISION NOT NULL CHECK (hours > 0 AND hours <= 24),
    note TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
