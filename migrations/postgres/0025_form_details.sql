-- What an XLSForm says beyond a question's type, label and skip logic
-- (calculations, hints, constraint messages, defaults, choice filters,
-- repeats, choice columns), kept as JSON so that a form is honoured when
-- filled and given back whole when exported.
ALTER TABLE questions ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
ALTER TABLE instrument_groups ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
ALTER TABLE choices ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
