//! The reference places shipped with Mozaik (data/western-balkans-admin.csv,
//! sources in data/SOURCES.md), placed under the hub's region.

use chrono::NaiveDate;
use platform::audit::AuditCtx;
use platform::{on_db, on_tx, Db};

use crate::csv_io::{import_places, ImportError, ImportReport};

pub const REFERENCE_CSV: &str = include_str!("../../../data/western-balkans-admin.csv");

/// The hub an instance serves, and the region place that holds its countries.
pub struct HubSettings {
    pub code: String,
    pub name: String,
    pub region_code: String,
    pub region_name: String,
}

impl Default for HubSettings {
    fn default() -> Self {
        HubSettings {
            code: "WB-HUB".into(),
            name: "Western Balkans Regional Hub".into(),
            region_code: "WB".into(),
            region_name: "Western Balkans".into(),
        }
    }
}

/// The reference CSV with the region added on top and every country under it.
pub fn reference_with_region(hub: &HubSettings) -> Result<String, csv::Error> {
    let mut reader = csv::Reader::from_reader(REFERENCE_CSV.as_bytes());
    let headers = reader.headers()?.clone();
    let parent_index = headers.iter().position(|h| h == "parent_code").unwrap_or(1);
    let level_index = headers.iter().position(|h| h == "level").unwrap_or(2);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&headers)?;
    writer.write_record([hub.region_code.as_str(), "", "region", hub.region_name.as_str(), "", "MOZAIK"])?;
    for record in reader.records() {
        let record = record?;
        let mut fields: Vec<&str> = record.iter().collect();
        if fields.get(level_index) == Some(&"country") && fields.get(parent_index) == Some(&"") {
            fields[parent_index] = hub.region_code.as_str();
        }
        writer.write_record(&fields)?;
    }
    Ok(String::from_utf8(writer.into_inner().map_err(|e| e.into_error())?).unwrap_or_default())
}

/// Loads (or refreshes) the reference places and makes sure the hub exists.
pub async fn load_reference(
    db: &Db,
    hub: &HubSettings,
    today: NaiveDate,
    audit_ctx: &AuditCtx,
) -> Result<ImportReport, ImportError> {
    let csv = reference_with_region(hub).map_err(|e| {
        ImportError::Rejected(vec![crate::csv_io::Problem { line: 0, column: String::new(), reason: e.to_string() }])
    })?;
    let report = import_places(db, csv.as_bytes(), today, audit_ctx).await?;
    ensure_hub(db, hub).await?;
    Ok(report)
}

pub async fn ensure_hub(db: &Db, hub: &HubSettings) -> Result<i64, sqlx::Error> {
    let existing: Option<i64> = on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM hubs WHERE code = $1")
        .bind(&hub.code)
        .fetch_optional(pool)
        .await)?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let mut tx = db.begin().await?;
    let id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO hubs (code, name, region_place_id) VALUES ($1, $2, (SELECT id FROM places WHERE code = $3)) RETURNING id"
    )
    .bind(&hub.code)
    .bind(&hub.name)
    .bind(&hub.region_code)
    .fetch_one(&mut *c)
    .await
    })?;
    platform::audit::append(
        &mut tx,
        &AuditCtx::cli("init"),
        platform::audit::Event {
            action: "directory.hub.create",
            object_type: "hub",
            object_id: hub.code.clone(),
            place_id: None,
            summary: format!("hub {} created", hub.name),
        },
    )
    .await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await?;
    Ok(id)
}
