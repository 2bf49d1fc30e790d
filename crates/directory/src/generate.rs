//! Synthetic directories at scale, for benchmarks: invented countries,
//! districts and municipalities with institutions, positions and people.

use chrono::NaiveDate;
use platform::audit::{self, AuditCtx, Event};
use platform::progress::Progress;
use platform::Db;

use crate::records::*;
use crate::reference::{ensure_hub, HubSettings};

#[derive(Clone, Debug)]
pub struct GenerateOptions {
    pub countries: usize,
    pub municipalities: usize,
    pub institutions: usize,
    pub people: usize,
    pub seed: u64,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions { countries: 6, municipalities: 1950, institutions: 6, people: 2, seed: 2023 }
    }
}

#[derive(Debug, Default)]
pub struct Generated {
    pub places: usize,
    pub institutions: usize,
    pub positions: usize,
    pub people: usize,
}

const SYLLABLES: &[&str] = &[
    "ka", "no", "vi", "gra", "dan", "lo", "po", "bre", "shko", "tu", "zla", "mo", "star", "su", "ri", "je", "ku", "ma",
    "de", "ba", "ni", "ša", "če", "đe",
];

fn invented_name(rng: &mut fastrand::Rng) -> String {
    let parts = rng.usize(2..4);
    let mut name: String = (0..parts).map(|_| SYLLABLES[rng.usize(..SYLLABLES.len())]).collect();
    if let Some(first) = name.chars().next() {
        name.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    name
}

const KINDS: &[(&str, &str, &str)] = &[
    ("municipal_administration", "prevention_focal_point", "Prevention focal point"),
    ("social_welfare_centre", "director", "Director"),
    ("police", "community_policing_officer", "Community policing officer"),
    ("school", "school_psychologist", "School psychologist"),
    ("health_centre", "mental_health_lead", "Mental health lead"),
    ("youth_organisation", "youth_worker", "Youth worker"),
    ("civil_society_organisation", "programme_coordinator", "Programme coordinator"),
];

/// Adds a synthetic region under the code `GEN`, in one transaction.
/// `municipalities` is the total across all countries.
pub async fn generate(db: &Db, options: &GenerateOptions) -> anyhow::Result<Generated> {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let hub = HubSettings {
        code: "GEN-HUB".into(),
        name: "Generated hub".into(),
        region_code: "GEN".into(),
        region_name: "Generated region".into(),
    };
    let countries = options.countries.max(1);
    let per_country = options.municipalities.div_ceil(countries);
    let total = options.municipalities as u64;
    let mut progress = Progress::new("Generating municipalities", total);
    let mut out = Generated::default();
    let since = NaiveDate::from_ymd_opt(2023, 2, 8).unwrap_or_default();
    let mut tx = db.begin().await?;
    let region = add_place(&mut tx, "GEN", "region", "Generated region", "", None).await?;
    out.places += 1;
    audit::append(
        &mut tx,
        &AuditCtx::cli("generate"),
        Event {
            action: "generate.region",
            object_type: "place",
            object_id: "GEN".into(),
            place_id: Some(region),
            summary: "synthetic region for benchmarks".into(),
        },
    )
    .await?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await?;
    let hub_id = ensure_hub(db, &hub).await?;
    let mut made = 0usize;
    for c in 0..countries {
        let mut tx = db.begin().await?;
        let country_code = format!("GEN-C{c:02}");
        let country = add_place(
            &mut tx,
            &country_code,
            "country",
            &format!("Country {}", invented_name(&mut rng)),
            "",
            Some(region),
        )
        .await?;
        out.places += 1;
        let districts: Vec<i64> = {
            let mut ids = Vec::new();
            for d in 0..4 {
                let name = format!("{} district", invented_name(&mut rng));
                ids.push(
                    add_place(&mut tx, &format!("{country_code}-D{d}"), "district", &name, "", Some(country)).await?,
                );
                out.places += 1;
            }
            ids
        };
        for m in 0..per_country {
            if made == options.municipalities {
                break;
            }
            made += 1;
            let name = invented_name(&mut rng);
            let code = format!("{country_code}-M{m:04}");
            let level = if m % 10 == 0 { "city" } else { "municipality" };
            let place = add_place(&mut tx, &code, level, &name, "", Some(districts[m % districts.len()])).await?;
            out.places += 1;
            for (k, (kind, function, title)) in KINDS.iter().cycle().take(options.institutions).enumerate() {
                let inst = add_institution(
                    &mut tx,
                    &NewInstitution {
                        code: &format!("{code}-I{k}"),
                        place_id: place,
                        kind,
                        name: &format!("{} {name}", kind.replace('_', " ")),
                        name_alt: "",
                        website: "",
                    },
                )
                .await?;
                out.institutions += 1;
                let position = add_position(&mut tx, inst, function, title).await?;
                out.positions += 1;
                for p in 0..options.people {
                    let person =
                        add_person(&mut tx, &format!("{} {}", invented_name(&mut rng), invented_name(&mut rng)), None)
                            .await?;
                    add_holder(&mut tx, position, person, if p == 0 { "holder" } else { "deputy" }, since, None)
                        .await?;
                    out.people += 1;
                }
            }
            if m % 3 == 0 {
                add_membership(&mut tx, hub_id, place, since).await?;
            }
            progress.inc(1);
        }
        audit::append(
            &mut tx,
            &AuditCtx::cli("generate"),
            Event {
                action: "generate.country",
                object_type: "place",
                object_id: country_code.clone(),
                place_id: Some(country),
                summary: format!("synthetic country with {made} municipalities so far"),
            },
        )
        .await?;
        platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
        tx.commit().await?;
    }
    progress.finish();
    Ok(out)
}
