-- The expert's answer kept on the assignment itself: an assignment on a
-- Technical Support Fund project has no helpdesk request to carry it.
ALTER TABLE expert_assignments ADD COLUMN answer TEXT NOT NULL DEFAULT '';
