//! Synthetic published practices at scale, for the search benchmark: texts
//! spread over the nine locales, built from a small vocabulary per language
//! (inflected forms, both scripts for Serbian) so that search has realistic
//! work to do.

use chrono::Utc;
use platform::{on_tx, Db, Tx};

const WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "youth",
            "prevention",
            "workshops",
            "schools",
            "families",
            "radicalisation",
            "community",
            "police",
            "trust",
            "online",
            "mentoring",
            "dialogue",
            "sports",
            "teachers",
            "parents",
        ],
    ),
    (
        "fr",
        &[
            "jeunes",
            "prévention",
            "ateliers",
            "écoles",
            "familles",
            "radicalisation",
            "communauté",
            "police",
            "confiance",
            "dialogue",
            "sport",
            "enseignants",
            "parents",
            "quartier",
            "médiation",
        ],
    ),
    (
        "sq",
        &[
            "të rinjtë",
            "parandalimi",
            "punëtori",
            "shkollat",
            "familjet",
            "radikalizimi",
            "komuniteti",
            "policia",
            "besimi",
            "dialogu",
            "sporti",
            "mësuesit",
            "prindërit",
            "lagjja",
            "ndërmjetësimi",
        ],
    ),
    (
        "mk",
        &[
            "младите",
            "превенција",
            "работилници",
            "училиштата",
            "семејствата",
            "радикализација",
            "заедницата",
            "полиција",
            "доверба",
            "дијалог",
            "спорт",
            "наставниците",
            "родителите",
            "населба",
            "медијација",
        ],
    ),
    (
        "bs",
        &[
            "mladi",
            "prevencija",
            "radionice",
            "škole",
            "porodice",
            "radikalizacije",
            "mjesna zajednica",
            "policija",
            "povjerenje",
            "dijalog",
            "sport",
            "nastavnici",
            "roditelji",
            "naselje",
            "medijacija",
        ],
    ),
    (
        "hr",
        &[
            "mladi",
            "prevencija",
            "radionice",
            "škole",
            "obitelji",
            "radikalizacije",
            "zajednica",
            "policija",
            "povjerenje",
            "dijalog",
            "sport",
            "nastavnici",
            "roditelji",
            "četvrt",
            "medijacija",
        ],
    ),
    (
        "cnr",
        &[
            "mladi",
            "prevencija",
            "radionice",
            "škole",
            "porodice",
            "radikalizacija",
            "mjesna zajednica",
            "policija",
            "povjerenje",
            "dijalog",
            "sport",
            "nastavnici",
            "roditelji",
            "naselje",
            "medijacija",
        ],
    ),
    (
        "sr-Latn",
        &[
            "mladi",
            "prevencija",
            "radionice",
            "škole",
            "porodice",
            "radikalizacije",
            "mesna zajednica",
            "policija",
            "poverenje",
            "dijalog",
            "sport",
            "nastavnici",
            "roditelji",
            "naselje",
            "medijacija",
        ],
    ),
    (
        "sr-Cyrl",
        &[
            "млади",
            "превенција",
            "радионице",
            "школе",
            "породице",
            "радикализације",
            "месна заједница",
            "полиција",
            "поверење",
            "дијалог",
            "спорт",
            "наставници",
            "родитељи",
            "насеље",
            "медијација",
        ],
    ),
];

const COUNTRIES: &[&str] = &["AL", "BA", "ME", "MK", "RS", "XK", "DE", "FR", "NL", "BE", "AT", "SE"];
const CHUNK: usize = 500;

fn sentence(rng: &mut fastrand::Rng, words: &[&str], n: usize) -> String {
    (0..n).map(|_| words[rng.usize(0..words.len())]).collect::<Vec<_>>().join(" ")
}

async fn insert_texts(tx: &mut Tx, rows: &[(i64, &str, &str, String)]) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from("INSERT INTO practice_texts (practice_id, language, field, body, status) VALUES ");
        for i in 0..chunk.len() {
            sql.push_str(if i == 0 { "" } else { "," });
            sql.push_str(&format!("(${}, ${}, ${}, ${}, 'original')", i * 4 + 1, i * 4 + 2, i * 4 + 3, i * 4 + 4));
        }
        on_tx!(tx, |c| {
            let mut q = sqlx::query(&sql);
            for (id, language, field, body) in chunk {
                q = q.bind(id).bind(*language).bind(*field).bind(body);
            }
            q.execute(&mut *c).await.map(|_| ())
        })?;
    }
    Ok(())
}

/// Adds `count` published practices by `author`; returns how many.
pub async fn generate(db: &Db, count: usize, author: i64) -> anyhow::Result<usize> {
    let mut rng = fastrand::Rng::with_seed(2023);
    let now = Utc::now();
    let (themes, audiences, levels) = (crate::practices::THEMES, crate::practices::AUDIENCES, crate::practices::LEVELS);
    for block in (0..count).collect::<Vec<_>>().chunks(CHUNK) {
        let mut tx = db.begin().await?;
        let mut texts = Vec::new();
        for n in block {
            let (language, words) = WORDS[n % WORDS.len()];
            let id: i64 = on_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                "INSERT INTO practices (country, place_name, organisation, organisation_type, audiences, themes, prevention_level, sector, year_from, \
                 evaluation, evidence, resources, transferability, links, language, state, created_by, created_at, updated_at, published_at) \
                 VALUES ($1, '', 'Generated organisation', 'civil_society', $2, $3, $4, '', $5, 'none', '', '', '', '', $6, 'published', $7, $8, $8, $8) RETURNING id"
            )
            .bind(COUNTRIES[rng.usize(0..COUNTRIES.len())])
            .bind(audiences[rng.usize(0..audiences.len())])
            .bind(themes[rng.usize(0..themes.len())])
            .bind(levels[rng.usize(0..levels.len())])
            .bind(2015 + rng.i64(0..11))
            .bind(language)
            .bind(author)
            .bind(now)
            .fetch_one(&mut *c)
            .await
            })?;
            texts.push((id, language, "title", sentence(&mut rng, words, 5)));
            texts.push((id, language, "summary", sentence(&mut rng, words, 20)));
            texts.push((id, language, "description", sentence(&mut rng, words, 80)));
        }
        insert_texts(&mut tx, &texts).await?;
        platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
        tx.commit().await?;
    }
    Ok(count)
}

/// The account generated practices are credited to: the first account, or
/// a new inactive one when the instance has none.
pub async fn author(db: &Db) -> anyhow::Result<i64> {
    let existing: Option<i64> =
        platform::on_db!(db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM accounts").fetch_one(pool).await)?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let mut tx = db.begin().await?;
    let person = directory::records::add_person(&mut tx, "Generated data", None).await?;
    let id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO accounts (person_id, email, password_hash, active, demo, totp_enabled, failed_logins, created_at) \
         VALUES ($1, 'generated@localhost', NULL, FALSE, FALSE, FALSE, 0, $2) RETURNING id"
    )
    .bind(person)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    tx.commit().await?;
    Ok(id)
}
