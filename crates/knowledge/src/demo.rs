//! Demo practices, fictional like every demo record: in Macedonian,
//! Bosnian, Montenegrin and English, from the region and beyond, one with a
//! reviewed translation, one waiting for review whose machine translation
//! lost the concept of P/CVE, and a youth forum's draft; a programme, a
//! past workshop and a peer exchange two weeks from today.

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::{on_tx, Db};

use crate::practices::{self, Practice};

struct Demo {
    country: &'static str,
    place_code: &'static str,
    place: &'static str,
    organisation: &'static str,
    organisation_type: &'static str,
    themes: &'static [&'static str],
    audiences: &'static [&'static str],
    level: &'static str,
    year: i64,
    language: &'static str,
    texts: [&'static str; 3],
    state: &'static str,
    /// The demo account that wrote it.
    by: &'static str,
    translation: Option<(&'static str, &'static str, [&'static str; 3])>,
}

const FOCAL: &str = "focal.kumanovo@demo.example";
const YOUTH: &str = "youth.kumanovo@demo.example";

const DEMOS: &[Demo] = &[
    Demo {
        country: "MK",
        place_code: "MK-703",
        place: "Куманово",
        organisation: "Општина Куманово (демо)",
        organisation_type: "local_government",
        themes: &["radicalisation", "multi_agency"],
        audiences: &["youth", "families"],
        level: "secondary",
        year: 2019,
        language: "mk",
        texts: [
            "Тим за акција во заедницата за превенција на радикализација",
            "Општината, полицијата, училиштата и центарот за социјална работа заедно ги поддржуваат младите и семејствата.",
            "Тимот се состанува секој месец, разгледува случаи кои загрижуваат и нуди поддршка наместо казна. Превенцијата започнува во училиштата и во месните заедници: средношколците учат да препознаваат лажни вести.",
        ],
        state: "published",
        by: FOCAL,
        translation: Some((
            "en",
            "reviewed",
            [
                "Community Action Team for the prevention of radicalisation",
                "The municipality, the police, schools and the social work centre support young people and families together.",
                "The team meets every month, looks at cases of concern and offers support rather than punishment. Prevention starts in schools and neighbourhoods: secondary school students learn to recognise fake news.",
            ],
        )),
    },
    Demo {
        country: "BA",
        place_code: "BA-FBIH-GRAD-SARAJEVO",
        place: "Sarajevo",
        organisation: "Udruženje mladih (demo)",
        organisation_type: "civil_society",
        themes: &["hate_speech", "community_resilience"],
        audiences: &["youth", "schools"],
        level: "primary",
        year: 2022,
        language: "bs",
        texts: [
            "Mjesna zajednica protiv govora mržnje",
            "Mladi iz različitih zajednica zajedno snimaju kratke filmove o životu u svom naselju.",
            "Radionice u mjesnim zajednicama okupljaju mlade, nastavnike i roditelje. Filmovi se prikazuju na festivalu i u školama.",
        ],
        state: "published",
        by: FOCAL,
        translation: None,
    },
    Demo {
        country: "ME",
        place_code: "ME-07",
        place: "Danilovgrad",
        organisation: "Savjet za bezbjednost (demo)",
        organisation_type: "local_government",
        themes: &["multi_agency", "community_resilience"],
        audiences: &["local_officials", "police"],
        level: "primary",
        year: 2021,
        language: "cnr",
        texts: [
            "Savjet za bezbjednost lokalne zajednice",
            "Opština, policija, škole i vjerske zajednice sastaju se četiri puta godišnje.",
            "Savjet prati bezbjednosne rizike u mjesnim zajednicama i planira prevenciju zajedno sa mladima.",
        ],
        state: "published",
        by: FOCAL,
        translation: None,
    },
    Demo {
        country: "DE",
        place_code: "",
        place: "",
        organisation: "Family counselling network (demo)",
        organisation_type: "civil_society",
        themes: &["reintegration", "mental_health"],
        audiences: &["families", "returnees"],
        level: "tertiary",
        year: 2016,
        language: "en",
        texts: [
            "Counselling for families of radicalised young people",
            "Trained counsellors support parents whose children are drawn into violent extremism, and families of returnees.",
            "Families call a helpline; a counsellor meets them, works with schools and social services, and stays in touch for as long as needed.",
        ],
        state: "published",
        by: FOCAL,
        translation: None,
    },
    Demo {
        country: "AL",
        place_code: "AL-SHKODER",
        place: "Shkodër",
        organisation: "Bashkia Shkodër (demo)",
        organisation_type: "local_government",
        themes: &["radicalisation"],
        audiences: &["local_officials"],
        level: "primary",
        year: 2024,
        language: "en",
        texts: [
            "Local P/CVE strategies with the Local Public Safety Council",
            "The municipality drafted its local P/CVE strategy with the council and civil society.",
            "A yearly plan names who does what, with a small budget and indicators.",
        ],
        state: "submitted",
        by: FOCAL,
        translation: Some((
            "sr-Latn",
            "machine",
            [
                "Lokalne strategije protiv trgovine ljudima sa Lokalnim savetom za javnu bezbednost",
                "Opština je izradila lokalnu strategiju protiv trgovine ljudima sa savetom i civilnim društvom.",
                "Godišnji plan navodi ko šta radi, sa malim budžetom i pokazateljima.",
            ],
        )),
    },
    Demo {
        country: "MK",
        place_code: "MK-703",
        place: "Куманово",
        organisation: "Младински форум Куманово (демо)",
        organisation_type: "civil_society",
        themes: &["community_resilience", "hate_speech"],
        audiences: &["youth"],
        level: "primary",
        year: 2025,
        language: "mk",
        texts: [
            "Врсници ментори против говорот на омраза",
            "Постари средношколци водат разговори со помладите за говорот на омраза на интернет.",
            "Секој ментор води група од осум ученици еднаш неделно, со поддршка од училишниот психолог.",
        ],
        state: "draft",
        by: YOUTH,
        translation: None,
    },
];

pub async fn load_demo(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.begin().await?;
    for d in DEMOS {
        let author: Option<i64> = on_tx!(&mut tx, |c| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
            .bind(d.by)
            .fetch_optional(&mut *c)
            .await)?;
        let Some(author) = author else { continue };
        let place_id = match d.place_code {
            "" => None,
            code => directory::places::find(db, code).await?.map(|p| p.id),
        };
        let practice = Practice {
            country: d.country.into(),
            place_id,
            place_name: d.place.into(),
            organisation: d.organisation.into(),
            organisation_type: d.organisation_type.into(),
            themes: d.themes.iter().map(|t| t.to_string()).collect(),
            audiences: d.audiences.iter().map(|a| a.to_string()).collect(),
            prevention_level: d.level.into(),
            year_from: d.year,
            evaluation: "internal".into(),
            language: d.language.into(),
            created_by: author,
            ..Practice::default()
        };
        let id = practices::save(&mut tx, &practice).await?;
        for (field, body) in practices::TEXT_FIELDS.iter().zip(d.texts) {
            practices::set_text(&mut tx, id, d.language, field, body, "original").await?;
        }
        if let Some((language, status, texts)) = &d.translation {
            for (field, body) in practices::TEXT_FIELDS.iter().zip(texts) {
                practices::set_text(&mut tx, id, language, field, body, status).await?;
            }
        }
        if d.state == "draft" {
            continue;
        }
        practices::move_to(&mut tx, id, practices::PracticeState::Submitted)
            .await?
            .map_err(|s| anyhow::anyhow!("practice {id} is {s}"))?;
        if d.state == "published" {
            practices::move_to(&mut tx, id, practices::PracticeState::Published)
                .await?
                .map_err(|s| anyhow::anyhow!("practice {id} is {s}"))?;
        }
    }
    let programme = crate::programmes::Programme {
        title: "National programme for youth resilience (demo)".into(),
        owner: "Ministry of Interior (demo)".into(),
        countries: vec!["MK".into()],
        themes: vec!["radicalisation".into(), "community_resilience".into()],
        starts_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
        ends_on: chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap_or_default(),
        funding: "EUR 200,000 (demo)".into(),
        description: "Small grants for municipalities working with young people at risk.".into(),
        ..crate::programmes::Programme::default()
    };
    crate::programmes::create(&mut tx, &programme, Utc::now()).await?;
    let workshop = crate::events::Event {
        title: "Inaugural workshop of the regional hub".into(),
        kind: "workshop".into(),
        starts_on: chrono::NaiveDate::from_ymd_opt(2023, 2, 8).unwrap_or_default(),
        ends_on: chrono::NaiveDate::from_ymd_opt(2023, 2, 9).unwrap_or_default(),
        place_name: "Sarajevo".into(),
        languages: vec!["bs".into(), "mk".into(), "sq".into(), "en".into()],
        agenda: "Day 1: the local role in prevention; the link between national and local levels.\nDay 2: needs, and the hub's support.".into(),
        outputs: "Country work plans; the hub's first list of needs.".into(),
        ..crate::events::Event::default()
    };
    let event = crate::events::create(&mut tx, &workshop).await?;
    let today = Utc::now().date_naive();
    let exchange = crate::events::Event {
        title: "Regional exchange of prevention focal points".into(),
        kind: "peer_exchange".into(),
        starts_on: today + chrono::Duration::days(12),
        ends_on: today + chrono::Duration::days(13),
        place_name: "Skopje".into(),
        languages: vec!["mk".into(), "sq".into(), "bs".into(), "en".into()],
        agenda: "Day 1: what the assessments found, country by country.\nDay 2: peer exchange on referral \
                 mechanisms and the Technical Support Fund."
            .into(),
        outputs: String::new(),
        ..crate::events::Event::default()
    };
    crate::events::create(&mut tx, &exchange).await?;
    let options = ["Yes".to_string(), "No".to_string(), "I don't know".to_string()];
    crate::events::create_poll(
        &mut tx,
        event,
        "Does your city have prevention programmes, resources and expertise?",
        &options,
    )
    .await?;
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "knowledge.demo",
            object_type: "practice",
            object_id: "demo".into(),
            place_id: None,
            summary: format!("{} demo practices at {}", DEMOS.len(), Utc::now().date_naive()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
