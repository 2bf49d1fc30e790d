//! A demo study in Kumanovo: six neighbourhoods, a baseline and an endline
//! of synthetic responses (deterministic, and labelled as synthetic), with
//! population margins so the results are weighted. One neighbourhood has
//! too few respondents, to show suppression. The responses go through the
//! same import as an uploaded file.

use chrono::Utc;
use platform::audit::{self, AuditCtx};
use platform::crypto::SecretBox;
use platform::Db;

use crate::import::{self, Upload};
use crate::instrument::{Kind, TurnTo, AGE_GROUPS, ITEMS};
use crate::store::{self, Margins, NewStudy};

const NEIGHBOURHOODS: &[(&str, usize)] =
    &[("Centar", 160), ("Bedinje", 140), ("Karpoš", 120), ("Sredorek", 110), ("Tri Češmi", 90), ("Proevce", 6)];
const COMMUNITIES: &[&str] = &["Macedonian", "Albanian", "Roma", "Serbian"];

/// Synthetic responses as CSV: each neighbourhood its own level, the
/// endline a little higher on linking and trust.
pub fn synthetic_csv(neighbourhoods: &[(String, usize)], wave: usize, seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut out = String::from("respondent,neighbourhood,sex,age,community");
    for item in ITEMS {
        out.push(',');
        out.push_str(item.key);
    }
    out.push('\n');
    for (n, (name, count)) in neighbourhoods.iter().enumerate() {
        let level = 2.4 + (n % 4) as f64 * 0.45;
        for r in 0..*count {
            let sex = if rng.bool() { "female" } else { "male" };
            let age = rng.u32(18..80);
            let community = COMMUNITIES[(n + usize::from(rng.u8(0..10) < 3)) % COMMUNITIES.len()];
            out.push_str(&format!("w{wave}-{n}-{r},{name},{sex},{age},{community}"));
            for item in ITEMS {
                let lift = if wave > 0 && (item.subscale == Some("linking") || item.key.starts_with("trust")) {
                    0.5
                } else {
                    0.0
                };
                let value = match item.kind {
                    Kind::Agreement => {
                        let centre = if item.reverse { 6.0 - level } else { level + lift };
                        ((centre + rng.f64() * 2.2 - 1.1).round().clamp(1.0, 5.0) as u8).to_string()
                    }
                    Kind::YesNo => u8::from(rng.f64() < 0.2 + lift * 0.3).to_string(),
                    Kind::Choice => TurnTo::ALL[rng.usize(0..TurnTo::ALL.len())].as_str().to_string(),
                    Kind::FreeText => String::new(),
                };
                out.push(',');
                out.push_str(&value);
            }
            out.push('\n');
        }
    }
    out
}

pub async fn load_demo(db: &Db, sealer: Option<&SecretBox>) -> anyhow::Result<()> {
    let Some(kumanovo) = directory::places::find(db, "MK-703").await? else { return Ok(()) };
    let today = Utc::now().date_naive();
    let mut tx = db.begin().await?;
    let id = store::create(
        &mut tx,
        &NewStudy {
            place_id: kumanovo.id,
            title: "Community resilience study (demo, synthetic responses)",
            notes: "Demo study: the responses are synthetic. The local advisory committee kept the BRAVE-14 \
                    statements, added trust in schools and religious institutions, and read the questions aloud \
                    where respondents preferred.",
            suppression_k: 10,
            waves: &["Baseline 2024".to_string(), "Endline 2026".to_string()],
        },
    )
    .await?;
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        audit::Event {
            action: "resilience.study_create",
            object_type: "study",
            object_id: id.to_string(),
            place_id: Some(kumanovo.id),
            summary: "demo study with six neighbourhoods".into(),
        },
    )
    .await?;
    tx.commit().await?;
    let study = store::load(db, id).await?.ok_or_else(|| anyhow::anyhow!("the demo study was not stored"))?;
    let mut tx = db.begin().await?;
    for (name, _) in NEIGHBOURHOODS {
        store::add_neighbourhood(&mut tx, &study, name, today).await?;
    }
    tx.commit().await?;

    let sizes: Vec<(String, usize)> = NEIGHBOURHOODS.iter().map(|(n, c)| (n.to_string(), *c)).collect();
    let waves = store::waves(db, id).await?;
    let neighbourhoods = store::neighbourhoods(db, kumanovo.id, today).await?;
    let mut all_margins = Vec::new();
    for (w, wave) in waves.iter().enumerate() {
        let csv = synthetic_csv(&sizes, w, 17 + w as u64);
        let upload = Upload {
            study: &study,
            wave_id: wave.id,
            file_name: "demo.csv",
            bytes: csv.as_bytes(),
            valid_rows_only: false,
        };
        import::import(db, &upload, sealer, &AuditCtx::cli("demo")).await?;
        // Population margins: an even split by sex, the age structure of an
        // adult population, and each neighbourhood's share.
        let mut margins = Margins::new();
        let total = 80_000.0;
        margins
            .entry("sex".into())
            .or_default()
            .extend([("female".to_string(), total * 0.51), ("male".to_string(), total * 0.49)]);
        for (group, share) in AGE_GROUPS.iter().zip([0.22, 0.27, 0.33, 0.18]) {
            margins.entry("age_group".into()).or_default().insert(group.to_string(), total * share);
        }
        let people: f64 = sizes.iter().map(|(_, c)| *c as f64).sum();
        for (name, count) in &sizes {
            let Some(n) = neighbourhoods.iter().find(|n| n.name == *name) else { continue };
            margins.entry("neighbourhood".into()).or_default().insert(n.code.clone(), total * *count as f64 / people);
        }
        all_margins.push((wave.id, margins));
    }
    let mut tx = db.begin().await?;
    for (wave, margins) in &all_margins {
        store::replace_margins(&mut tx, *wave, margins).await?;
    }
    store::set_weighting(&mut tx, id, "raked").await?;
    tx.commit().await?;
    Ok(())
}

/// A study with `neighbourhoods` neighbourhoods ("Neighbourhood 001"…) and
/// a baseline and an endline, on the first municipality, for benchmarks.
/// Returns the study's id.
pub async fn generate_study(db: &Db, neighbourhoods: usize) -> anyhow::Result<i64> {
    let place: Option<i64> = platform::on_db!(db, |pool| sqlx::query_scalar(
        "SELECT id FROM places WHERE level IN ('municipality', 'city') ORDER BY id LIMIT 1"
    )
    .fetch_optional(pool)
    .await)?;
    let place = place.ok_or_else(|| anyhow::anyhow!("there is no municipality to hold the study"))?;
    let mut tx = db.begin().await?;
    let id = store::create(
        &mut tx,
        &NewStudy {
            place_id: place,
            title: "Generated study",
            notes: "",
            suppression_k: 10,
            waves: &["Baseline".to_string(), "Endline".to_string()],
        },
    )
    .await?;
    tx.commit().await?;
    let study = store::load(db, id).await?.ok_or_else(|| anyhow::anyhow!("the study was not stored"))?;
    let today = Utc::now().date_naive();
    let mut tx = db.begin().await?;
    for n in 1..=neighbourhoods {
        store::add_neighbourhood(&mut tx, &study, &format!("Neighbourhood {n:03}"), today).await?;
    }
    tx.commit().await?;
    Ok(id)
}
