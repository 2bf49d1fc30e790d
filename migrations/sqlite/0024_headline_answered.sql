-- Whether a municipality answered any of the headline questions: the
-- results count only those, and read it here rather than from the answers.
ALTER TABLE round_place_summaries ADD COLUMN headline_answered BOOLEAN NOT NULL DEFAULT 0;
UPDATE round_place_summaries SET headline_answered = EXISTS (
    SELECT 1 FROM answers a JOIN questions q ON q.id = a.question_id
    WHERE a.round_place_id = round_place_summaries.round_place_id
    AND q.name IN ('programmes', 'budget', 'staff_expertise')
);
