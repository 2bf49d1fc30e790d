//! Simplifying a file's shapes at import, keeping shared borders shared.
//!
//! Every ring is cut at its junctions (points where the rings a border
//! belongs to change, as where three municipalities meet); each stretch
//! between two junctions is simplified (Douglas–Peucker) the same way in
//! every ring that has it, whichever way round the ring runs, so that
//! neighbours still meet without gaps or overlaps.

use std::collections::{BTreeSet, HashMap};

use super::Polygon;

/// About 100 m at the latitude of the Balkans: a municipality's outline
/// stays recognisable on a country map while the file shrinks.
pub const TOLERANCE: f64 = 0.001;

type Key = (i64, i64);

fn key(p: [f64; 2]) -> Key {
    ((p[0] * 1e5).round() as i64, (p[1] * 1e5).round() as i64)
}

/// Points that end a shared stretch: those met with different neighbours
/// in different places.
fn junctions(shapes: &[&Vec<Polygon>]) -> BTreeSet<Key> {
    let mut neighbours: HashMap<Key, BTreeSet<(Key, Key)>> = HashMap::new();
    for ring in shapes.iter().flat_map(|s| s.iter()).flat_map(|p| p.iter()) {
        let open = open_ring(ring);
        let n = open.len();
        for i in 0..n {
            let (prev, next) = (key(open[(i + n - 1) % n]), key(open[(i + 1) % n]));
            let pair = if prev <= next { (prev, next) } else { (next, prev) };
            neighbours.entry(key(open[i])).or_default().insert(pair);
        }
    }
    neighbours.into_iter().filter(|(_, pairs)| pairs.len() > 1).map(|(k, _)| k).collect()
}

/// A ring without its closing point.
fn open_ring(ring: &[[f64; 2]]) -> &[[f64; 2]] {
    match ring {
        [first, .., last] if first == last => &ring[..ring.len() - 1],
        _ => ring,
    }
}

fn distance_to_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let length = dx * dx + dy * dy;
    if length == 0.0 {
        return ((p[0] - a[0]).powi(2) + (p[1] - a[1]).powi(2)).sqrt();
    }
    let t = (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length).clamp(0.0, 1.0);
    ((p[0] - a[0] - t * dx).powi(2) + (p[1] - a[1] - t * dy).powi(2)).sqrt()
}

/// Douglas–Peucker on one stretch, its ends kept.
fn douglas_peucker(points: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    while let Some((start, end)) = stack.pop() {
        let farthest = (start + 1..end)
            .map(|i| (i, distance_to_segment(points[i], points[start], points[end])))
            .fold((start, 0.0), |best, c| if c.1 > best.1 { c } else { best });
        if farthest.1 > tolerance {
            keep[farthest.0] = true;
            stack.push((start, farthest.0));
            stack.push((farthest.0, end));
        }
    }
    points.iter().zip(keep).filter(|(_, k)| *k).map(|(p, _)| *p).collect()
}

/// The same stretch gives the same points whichever way it is walked.
fn simplify_stretch(stretch: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let forward = stretch.iter().map(|p| key(*p)).le(stretch.iter().rev().map(|p| key(*p)));
    if forward {
        douglas_peucker(stretch, tolerance)
    } else {
        let reversed: Vec<[f64; 2]> = stretch.iter().rev().copied().collect();
        let mut simplified = douglas_peucker(&reversed, tolerance);
        simplified.reverse();
        simplified
    }
}

fn simplify_ring(ring: &[[f64; 2]], junctions: &BTreeSet<Key>, tolerance: f64) -> Vec<[f64; 2]> {
    let open = open_ring(ring);
    // Too short to be simplified (or no ring at all): kept as it is.
    if open.len() < 4 {
        return ring.to_vec();
    }
    let cuts: Vec<usize> = (0..open.len()).filter(|i| junctions.contains(&key(open[*i]))).collect();
    // An island (no junction) is cut at its first point and the one
    // farthest from it, so that its two halves are simplified alike.
    let cuts = match cuts.len() {
        0 | 1 => {
            let start = cuts.first().copied().unwrap_or(0);
            let far = (0..open.len())
                .max_by(|a, b| {
                    distance_to_segment(open[*a], open[start], open[start]).total_cmp(&distance_to_segment(
                        open[*b],
                        open[start],
                        open[start],
                    ))
                })
                .unwrap_or(start);
            let mut cuts = vec![start, far];
            cuts.sort_unstable();
            cuts.dedup();
            cuts
        }
        _ => cuts,
    };
    let mut out: Vec<[f64; 2]> = Vec::new();
    for (n, &from) in cuts.iter().enumerate() {
        let to = cuts[(n + 1) % cuts.len()];
        let stretch: Vec<[f64; 2]> = if to > from {
            open[from..=to].to_vec()
        } else {
            open[from..].iter().chain(open[..=to].iter()).copied().collect()
        };
        let simplified = simplify_stretch(&stretch, tolerance);
        out.extend(&simplified[..simplified.len() - 1]);
    }
    if out.len() < 3 {
        return ring.to_vec();
    }
    out.push(out[0]);
    out
}

/// Simplifies every shape of one import together (see the module's note).
pub fn simplify_together(shapes: &mut [Vec<Polygon>], tolerance: f64) {
    let borrowed: Vec<&Vec<Polygon>> = shapes.iter().collect();
    let junctions = junctions(&borrowed);
    for shape in shapes.iter_mut() {
        for polygon in shape.iter_mut() {
            for ring in polygon.iter_mut() {
                *ring = simplify_ring(ring, &junctions, tolerance);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_short_rings_stay_as_they_are() {
        let mut shapes = vec![vec![vec![Vec::new(), vec![[0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]]]];
        simplify_together(&mut shapes, TOLERANCE);
        assert!(shapes[0][0][0].is_empty());
        assert_eq!(shapes[0][0][1].len(), 3);
    }

    /// Two squares sharing a wiggly border: after simplification the border
    /// is the same points in both, and the wiggle below tolerance is gone.
    #[test]
    fn shared_borders_stay_shared() {
        let border = [[1.0, 0.0], [1.0002, 0.25], [0.9998, 0.5], [1.0001, 0.75], [1.0, 1.0]];
        let mut west: Vec<[f64; 2]> = vec![[0.0, 0.0]];
        west.extend(border);
        west.extend([[0.0, 1.0], [0.0, 0.0]]);
        let mut east: Vec<[f64; 2]> = vec![[2.0, 0.0], [2.0, 1.0]];
        east.extend(border.iter().rev());
        east.push([2.0, 0.0]);
        let mut shapes = vec![vec![vec![west]], vec![vec![east]]];
        simplify_together(&mut shapes, TOLERANCE);
        let (w, e) = (&shapes[0][0][0], &shapes[1][0][0]);
        let corners = |ring: &Vec<[f64; 2]>| ring[..ring.len() - 1].iter().map(|p| key(*p)).collect::<BTreeSet<_>>();
        assert_eq!(corners(w), [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]].map(key).into_iter().collect());
        assert_eq!(w.first(), w.last(), "the ring stays closed");
        assert!(e.contains(&[1.0, 0.0]) && e.contains(&[1.0, 1.0]) && e.len() == 5, "{e:?}");
        let shared = |ring: &Vec<[f64; 2]>| ring.iter().filter(|p| p[0] == 1.0).count();
        assert_eq!(shared(w), shared(e), "the border has the same points on both sides");
    }
}
