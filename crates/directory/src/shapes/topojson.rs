//! TopoJSON, as geoBoundaries and mapshaper publish it: each object's
//! geometries become GeoJSON features, their rings joined from the shared
//! arcs (delta-encoded and scaled when the topology is quantized).

use serde_json::{json, Map, Value};

type Point = [f64; 2];

struct Topology {
    arcs: Vec<Vec<Point>>,
    /// Points drawn so far, arcs counted each time a ring names them.
    drawn: std::cell::Cell<usize>,
}

impl Topology {
    fn read(doc: &Value) -> Result<Topology, String> {
        let transform = match &doc["transform"] {
            Value::Null => None,
            t => {
                let pair = |v: &Value| -> Option<Point> { Some([v.get(0)?.as_f64()?, v.get(1)?.as_f64()?]) };
                Some((
                    pair(&t["scale"]).ok_or("the transform has no scale")?,
                    pair(&t["translate"]).ok_or("the transform has no translate")?,
                ))
            }
        };
        let arcs = doc["arcs"].as_array().ok_or("a TopoJSON topology needs arcs")?;
        let arcs = arcs.iter().map(|arc| decode_arc(arc, transform)).collect::<Option<Vec<_>>>();
        Ok(Topology { arcs: arcs.ok_or("an arc is not a list of positions")?, drawn: std::cell::Cell::new(0) })
    }

    /// A ring from arc indexes; `~i` (a negative index) is arc i reversed.
    /// Consecutive arcs share their joining point, kept once.
    fn ring(&self, indexes: &Value) -> Option<Vec<Point>> {
        let mut ring: Vec<Point> = Vec::new();
        for index in indexes.as_array()? {
            let i = index.as_i64()?;
            let arc = self.arcs.get(if i < 0 { !i } else { i } as usize)?;
            // A file can name one long arc many times over: the points drawn
            // are counted, so that it cannot exhaust memory.
            self.drawn.set(self.drawn.get() + arc.len());
            if self.drawn.get() > MAX_POINTS {
                return None;
            }
            let points: Vec<Point> = if i < 0 { arc.iter().rev().copied().collect() } else { arc.clone() };
            let skip = usize::from(!ring.is_empty());
            ring.extend(points.into_iter().skip(skip));
        }
        Some(ring)
    }

    fn polygon(&self, rings: &Value) -> Option<Value> {
        let rings: Option<Vec<Vec<Point>>> = rings.as_array()?.iter().map(|r| self.ring(r)).collect();
        Some(json!(rings?))
    }

    fn geometry(&self, geometry: &Value) -> Option<Value> {
        match geometry["type"].as_str()? {
            "Polygon" => Some(json!({ "type": "Polygon", "coordinates": self.polygon(&geometry["arcs"])? })),
            "MultiPolygon" => {
                let polygons: Option<Vec<Value>> =
                    geometry["arcs"].as_array()?.iter().map(|p| self.polygon(p)).collect();
                Some(json!({ "type": "MultiPolygon", "coordinates": polygons? }))
            }
            _ => None,
        }
    }
}

fn decode_arc(arc: &Value, transform: Option<(Point, Point)>) -> Option<Vec<Point>> {
    let mut at = [0.0, 0.0];
    arc.as_array()?
        .iter()
        .map(|position| {
            let (x, y) = (position.get(0)?.as_f64()?, position.get(1)?.as_f64()?);
            Some(match transform {
                // Quantized: each position is a delta from the previous one.
                Some((scale, translate)) => {
                    at = [at[0] + x, at[1] + y];
                    [at[0] * scale[0] + translate[0], at[1] * scale[1] + translate[1]]
                }
                None => [x, y],
            })
        })
        .collect()
}

/// The most points a topology may draw: many times a detailed country.
pub const MAX_POINTS: usize = 5_000_000;

/// The features of every object of a topology, as a GeoJSON
/// FeatureCollection; a geometry that is not a polygon keeps its
/// properties and no geometry, so the import reports it.
pub fn features(doc: &Value) -> Result<Value, String> {
    let topology = Topology::read(doc)?;
    let objects = doc["objects"].as_object().ok_or("a TopoJSON topology needs objects")?;
    let mut features = Vec::new();
    for object in objects.values() {
        let geometries = match object["type"].as_str() {
            Some("GeometryCollection") => object["geometries"].as_array().cloned().unwrap_or_default(),
            _ => vec![object.clone()],
        };
        for geometry in geometries {
            let properties = geometry["properties"].as_object().cloned().unwrap_or_else(Map::new);
            let shape = topology.geometry(&geometry).unwrap_or(Value::Null);
            features.push(json!({ "type": "Feature", "properties": properties, "geometry": shape }));
        }
    }
    if topology.drawn.get() > MAX_POINTS {
        return Err(format!("the topology draws more than {MAX_POINTS} points; simplify it before importing"));
    }
    Ok(json!({ "type": "FeatureCollection", "features": features }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arc_named_over_and_over_is_refused() {
        let arc: Vec<Value> = (0..1000).map(|i| json!([i, 0])).collect();
        let ring: Vec<i64> = vec![0; MAX_POINTS / 1000 + 2];
        let doc = json!({
            "type": "Topology",
            "arcs": [arc],
            "objects": { "places": { "type": "GeometryCollection", "geometries": [
                { "type": "Polygon", "arcs": [ring], "properties": { "name": "Loop" } }
            ] } }
        });
        let refused = features(&doc).expect_err("too many points");
        assert!(refused.contains("more than"), "{refused}");
    }

    #[test]
    fn two_squares_share_an_arc() {
        // Two unit squares side by side, quantized, sharing the arc x = 1.
        let doc = json!({
            "type": "Topology",
            "transform": { "scale": [0.5, 0.5], "translate": [20.0, 41.0] },
            "arcs": [
                [[2, 0], [0, 2]],
                [[2, 2], [-2, 0], [0, -2], [2, 0]],
                [[2, 0], [2, 0], [0, 2], [-2, 0]]
            ],
            "objects": { "places": { "type": "GeometryCollection", "geometries": [
                { "type": "Polygon", "arcs": [[0, 1]], "properties": { "name": "West" } },
                { "type": "Polygon", "arcs": [[2, -1]], "properties": { "name": "East" } }
            ]}}
        });
        let collection = features(&doc).unwrap();
        let west = &collection["features"][0];
        assert_eq!(west["properties"]["name"], "West");
        assert_eq!(
            west["geometry"]["coordinates"][0],
            json!([[21.0, 41.0], [21.0, 42.0], [20.0, 42.0], [20.0, 41.0], [21.0, 41.0]])
        );
        let east = &collection["features"][1]["geometry"]["coordinates"][0];
        assert_eq!(east, &json!([[21.0, 41.0], [22.0, 41.0], [22.0, 42.0], [21.0, 42.0], [21.0, 41.0]]));
    }
}
