-- A work-plan activity's owner is reminded once, a week before it ends.
ALTER TABLE work_activities ADD COLUMN reminded_at TIMESTAMP;
