-- A place's shape over time: a municipality that grew by a merger (Kičevo
-- in 2013) is drawn by the shape valid on the date a map shows. A shape
-- without dates is valid always.
ALTER TABLE place_shapes DROP CONSTRAINT place_shapes_place_id_key;
ALTER TABLE place_shapes ADD COLUMN valid_from DATE;
ALTER TABLE place_shapes ADD COLUMN valid_to DATE;
CREATE INDEX place_shapes_place ON place_shapes (place_id, valid_from);
