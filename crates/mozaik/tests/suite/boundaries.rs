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
