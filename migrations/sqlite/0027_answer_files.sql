-- Files answering a questionnaire's media questions (a photo, a recording,
-- a document), one per question and entry; the answer itself holds the
-- file's name, so that the form's logic sees it answered.
CREATE TABLE answer_files (
    id INTEGER PRIMARY KEY,
    round_place_id INTEGER NOT NULL REFERENCES round_places (id),
    question_id INTEGER NOT NULL REFERENCES questions (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL,
    UNIQUE (round_place_id, question_id)
);
