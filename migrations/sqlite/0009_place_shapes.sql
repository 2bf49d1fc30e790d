-- Boundary shapes of places, for maps: GeoJSON polygons as [lon, lat] rings.
CREATE TABLE place_shapes (
    id INTEGER PRIMARY KEY,
    place_id INTEGER NOT NULL UNIQUE REFERENCES places (id),
    geometry TEXT NOT NULL,
    source TEXT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);
