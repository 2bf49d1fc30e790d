-- A place's shape over time: a municipality that grew by a merger (Kičevo
-- in 2013) is drawn by the shape valid on the date a map shows. A shape
-- without dates is valid always. SQLite cannot drop the old one-shape-per-
-- place constraint, so the table is rebuilt with its rows.
CREATE TABLE place_shapes_dated (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL REFERENCES places (id),
    geometry TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    valid_from DATE,
    valid_to DATE
);
INSERT INTO place_shapes_dated (id, place_id, geometry, source, imported_at)
    SELECT id, place_id, geometry, source, imported_at FROM place_shapes;
DROP TABLE place_shapes;
ALTER TABLE place_shapes_dated RENAME TO place_shapes;
CREATE INDEX place_shapes_place ON place_shapes (place_id, valid_from);
