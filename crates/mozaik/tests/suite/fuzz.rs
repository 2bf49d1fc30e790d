//! Every parser of files from users, fed mutations of the seed files kept in
//! `tests/fuzz/<parser>/`: no input may panic, hang or grow memory without
//! bound. Each case runs on its own task so a panic is caught and named with
//! the input that caused it. `FUZZ_ROUNDS` sets the mutations per parser
//! (default 150, enough for CI; run longer by hand).

use std::future::Future;
use std::path::Path;

use crate::support::{load_demo, TestDb};

/// Mutations per parser.
fn rounds() -> usize {
    std::env::var("FUZZ_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(150)
}

fn seeds(parser: &str) -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz").join(parser);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("a seed folder").filter_map(Result::ok).collect();
    files.sort_by_key(|f| f.file_name());
    let seeds: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f.path()).ok()).collect();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

/// Bytes that matter to the formats: separators, quotes, brackets, digits.
const INTERESTING: &[u8] = b",;\t\"'\r\n{}[]:0-9.\xff\x00PK";

/// One mutation of a seed: a flipped bit, a byte inserted, deleted or
/// replaced, a run duplicated, a cut, or a splice with another seed.
fn mutate(rng: &mut fastrand::Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.usize(..seeds.len())].clone();
    for _ in 0..rng.usize(1..6) {
        if data.is_empty() {
            data.push(INTERESTING[rng.usize(..INTERESTING.len())]);
            continue;
        }
        let at = rng.usize(..data.len());
        match rng.u8(..7) {
            0 => data[at] ^= 1 << rng.u8(..8),
            1 => data.insert(at, INTERESTING[rng.usize(..INTERESTING.len())]),
            2 => {
                data.remove(at);
            }
            3 => data[at] = INTERESTING[rng.usize(..INTERESTING.len())],
            4 => {
                let end = (at + rng.usize(1..64)).min(data.len());
                let run = data[at..end].to_vec();
                data.splice(at..at, run);
            }
            5 => data.truncate(at),
            _ => {
                let other = &seeds[rng.usize(..seeds.len())];
                let from = rng.usize(..other.len().max(1));
                data.splice(at.., other[from.min(other.len())..].iter().copied());
            }
        }
    }
    data.truncate(1 << 20);
    data
}

/// Runs `target` on every seed and on mutations of them; fails naming the
/// first input that panics.
async fn fuzz<F, Fut>(parser: &str, target: F)
where
    F: Fn(Vec<u8>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let seeds = seeds(parser);
    let mut rng = fastrand::Rng::with_seed(0x5eed_0000 + parser.len() as u64);
    let inputs = seeds.clone().into_iter().chain((0..rounds()).map(|_| mutate(&mut rng, &seeds)));
    for (n, input) in inputs.enumerate() {
        let outcome =
            tokio::time::timeout(std::time::Duration::from_secs(20), tokio::spawn(target(input.clone()))).await;
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(e)) => panic!("{parser}: input {n} panicked ({e}): {:?}", String::from_utf8_lossy(&input)),
            Err(_) => panic!("{parser}: input {n} took over 20 s: {:?}", String::from_utf8_lossy(&input)),
        }
    }
}

#[tokio::test]
async fn file_parsers_survive_mutated_input() {
    let test = TestDb::sqlite().await;
    let db = test.db.clone();
    load_demo(&db).await;
    let audit = crate::support::audit();
    let today = chrono::Utc::now().date_naive();

    fuzz("places", |bytes| {
        let (db, audit) = (db.clone(), audit.clone());
        async move {
            let _ = directory::csv_io::import_places(&db, &bytes[..], today, &audit).await;
        }
    })
    .await;
    fuzz("institutions", |bytes| {
        let (db, audit) = (db.clone(), audit.clone());
        async move {
            let _ = directory::csv_io::import_institutions(&db, &bytes[..], &audit).await;
        }
    })
    .await;
    fuzz("xlsform", |bytes| async move {
        let _ = tokio::task::spawn_blocking(move || assess::xlsform::parse(bytes, "fuzz")).await.expect("no panic");
    })
    .await;
    let round: i64 =
        platform::on_db!(&db, |pool| sqlx::query_scalar("SELECT MAX(id) FROM rounds").fetch_one(pool).await)
            .expect("a demo round");
    fuzz("answers", |bytes| {
        let (db, audit) = (db.clone(), audit.clone());
        async move {
            let _ = assess::answers_import::import(&db, round, &bytes, &audit).await;
        }
    })
    .await;
    let study_id: i64 =
        platform::on_db!(&db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM studies").fetch_one(pool).await).unwrap();
    let wave: i64 =
        platform::on_db!(&db, |pool| sqlx::query_scalar("SELECT MIN(id) FROM study_waves WHERE study_id = $1")
            .bind(study_id)
            .fetch_one(pool)
            .await)
        .unwrap();
    fuzz("responses", |bytes| {
        let (db, audit) = (db.clone(), audit.clone());
        async move {
            let study = resilience::store::load(&db, study_id).await.unwrap().expect("the demo study");
            let upload = resilience::import::Upload {
                study: &study,
                wave_id: wave,
                file_name: "fuzz.csv",
                bytes: &bytes,
                valid_rows_only: false,
            };
            let _ = resilience::import::import(&db, &upload, None, &audit).await;
        }
    })
    .await;
    fuzz("boundaries", |bytes| {
        let (db, audit) = (db.clone(), audit.clone());
        async move {
            let _ = directory::shapes::import(&db, &bytes, "fuzz", &audit).await;
        }
    })
    .await;
    fuzz("instance", |bytes| async move {
        let tables = mozaik::schema::tables();
        let _ = platform::export::validate(std::io::BufReader::new(&bytes[..]), &tables);
    })
    .await;
    test.finish().await;
}
