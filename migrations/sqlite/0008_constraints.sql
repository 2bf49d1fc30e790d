-- XLSForm constraints on questions (the supported subset: numeric bounds).
ALTER TABLE questions ADD COLUMN constraint_expr TEXT NOT NULL DEFAULT '';
