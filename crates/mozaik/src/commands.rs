//! What each subcommand does, independent of argument parsing.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use anyhow::{bail, Context};
use chrono::Utc;
use directory::reference::HubSettings;
use platform::audit::AuditCtx;
use platform::db::{backend_of, sqlite_path};
use platform::{export, migrate, on_db, Backend, Db};
use tokio::net::TcpListener;

use crate::app;
use crate::config::Config;
use crate::schema::{schema_version, tables, MIGRATIONS};

/// Data given to Mozaik was refused; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Rejected(pub String);

pub fn hub_settings(config: &Config) -> HubSettings {
    HubSettings { name: config.hub_name.clone(), ..HubSettings::default() }
}

/// Connects and brings the schema up to date.
pub async fn open(url: &str) -> anyhow::Result<Db> {
    let db = Db::connect(url).await?;
    let applied = migrate::migrate(&db, MIGRATIONS).await?;
    if !applied.is_empty() {
        tracing::info!(versions = ?applied, "database schema migrated");
    }
    let summarised = assess::rollup::backfill(&db).await? + assess::rollup::backfill_counts(&db).await?;
    if summarised > 0 {
        tracing::info!(entries = summarised, "assessment summaries written for answers that had none");
    }
    let refreshed = directory::records::refresh_search_keys(&db).await?;
    if refreshed > 0 {
        tracing::info!(rows = refreshed, "search keys computed again for a newer text folding");
    }
    Ok(db)
}

pub async fn serve(config: &Config, db: Db, demo: bool) -> anyhow::Result<()> {
    let listener =
        TcpListener::bind(&config.bind).await.with_context(|| format!("cannot listen on {}", config.bind))?;
    let address = listener.local_addr()?;
    let site = app::site(config, demo);
    // The search index is built from the database in the background, so
    // that the first search does not wait for it, then follows every
    // server's writes through the change feed.
    let follower =
        site.services.get::<knowledge::Search>().map(|search| knowledge::search::spawn_follower(search, db.clone()));
    // A wrong key must stop the server, never serve garbage or plaintext.
    sharing::jobs::check_key(&db, site.secret_box.as_deref()).await.map_err(|e| Rejected(e.to_string()))?;
    let jobs = background_jobs(&db, &config.public_url);
    let sealer = site.secret_box.clone();
    let checkpoints = (!config.audit_checkpoint.is_empty())
        .then(|| platform::audit::spawn_checkpoints(db.clone(), config.audit_checkpoint.clone().into()));
    let router = app::router(db.clone(), site);
    let sender = if config.smtp_url.is_empty() {
        tracing::info!("no smtp_url: mail stays in the outbox for administrators to read");
        None
    } else {
        let smtp = platform::mail::Smtp::new(&config.smtp_url, &config.mail_from).map_err(anyhow::Error::msg)?;
        Some(platform::mail::spawn_sender(db.clone(), smtp, sealer))
    };
    println!("Mozaik is serving at http://{address}/  (stop with Ctrl+C)");
    axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    for task in [sender, checkpoints, follower].into_iter().flatten() {
        task.abort();
    }
    for job in jobs {
        job.abort();
    }
    db.close().await;
    println!("Mozaik stopped.");
    Ok(())
}

/// The jobs every server offers to run; each runs once per cluster per
/// period (see `platform::jobs`). Mail delivery and audit checkpoints are
/// not among them: each server sends what it claims from the outbox, and
/// writes its own checkpoint file.
fn background_jobs(db: &Db, public_url: &str) -> Vec<tokio::task::JoinHandle<()>> {
    use platform::jobs::{spawn, Schedule};
    use std::time::Duration;
    let minute = Schedule::Every(Duration::from_secs(60));
    let hour = Schedule::Every(Duration::from_secs(3600));
    let morning = Schedule::DailyAt(chrono::NaiveTime::from_hms_opt(6, 0, 0).unwrap_or_default());
    let url = public_url.to_string();
    let escalate = {
        let url = url.clone();
        move |db: Db, now| {
            let url = url.clone();
            async move { Ok(format!("{} notices escalated", sharing::jobs::escalate_due(&db, now, &url).await?)) }
        }
    };
    let purge =
        |db: Db, now| async move { Ok(format!("{} notices purged", sharing::jobs::purge_expired(&db, now).await?)) };
    let assessment_reminders = {
        let url = url.clone();
        move |db: Db, now| {
            let url = url.clone();
            async move { Ok(format!("{} reminders", assess::reminders::send_due(&db, now, &url).await?)) }
        }
    };
    let report_reminders = {
        let url = url.clone();
        move |db: Db, now| {
            let url = url.clone();
            async move { Ok(format!("{} reminders", support::remind_reports(&db, &url, now).await?)) }
        }
    };
    let activity_reminders = {
        let url = url.clone();
        move |db: Db, now| {
            let url = url.clone();
            async move { Ok(format!("{} activities", support::remind_activities(&db, &url, now).await?)) }
        }
    };
    let digests = move |db: Db, _now| {
        let url = url.clone();
        async move { Ok(format!("{} digests", platform::notify::send_digests(&db, &url).await?)) }
    };
    vec![
        spawn(db.clone(), "sharing.escalate", minute, escalate),
        spawn(db.clone(), "sharing.purge", minute, purge),
        spawn(db.clone(), "assess.reminders", hour, assessment_reminders),
        spawn(db.clone(), "support.report-reminders", hour, report_reminders),
        spawn(db.clone(), "support.activity-reminders", hour, activity_reminders),
        spawn(db.clone(), "notify.digest", morning, digests),
        spawn(db.clone(), "privacy.retention", morning, |db: Db, now| async move {
            Ok(crate::privacy::retention::run(&db, now, &crate::privacy::retention::scheduled()).await?.summary())
        }),
        spawn(db.clone(), "search.prune", hour, |db: Db, now| async move {
            let removed = platform::search_feed::prune(&db, now - platform::search_feed::KEPT_FOR).await?;
            Ok(format!("{removed} old search changes removed"))
        }),
    ]
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// The first administrator, created by `init`.
pub struct NewAdmin {
    pub email: String,
    pub name: String,
    pub password: String,
}

pub async fn init(config: &Config, admin: Option<NewAdmin>) -> anyhow::Result<()> {
    let db = open(&config.database).await?;
    let hub = hub_settings(config);
    let report =
        directory::reference::load_reference(&db, &hub, Utc::now().date_naive(), &AuditCtx::cli("init")).await?;
    println!(
        "Database ready at {}. Reference places: {} added, {} updated, {} moved, {} unchanged.",
        config.database, report.added, report.updated, report.moved, report.unchanged
    );
    assess::default_instrument::install(&db).await?;
    match admin {
        Some(admin) => {
            access::demo::create_admin(&db, &admin.email, &admin.name, &admin.password, &hub.region_code)
                .await
                .map_err(|e| Rejected(e.to_string()))?;
            println!("Administrator {} created. Sign in, then set up two-step sign-in.", admin.email);
        }
        None => println!(
            "No administrator was created: run mozaik init again with --admin-email and MOZAIK_ADMIN_PASSWORD set."
        ),
    }
    db.close().await;
    Ok(())
}

/// Deletes a SQLite database file and its companions, for a fresh demo.
fn remove_sqlite_files(path: &str) -> std::io::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        match std::fs::remove_file(format!("{path}{suffix}")) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

/// Builds a fresh demo database: reference places plus fictional records.
pub async fn build_demo(config: &Config) -> anyhow::Result<Db> {
    if backend_of(&config.database)? == Backend::Sqlite {
        let path = sqlite_path(&config.database).unwrap_or_default();
        remove_sqlite_files(path).with_context(|| format!("cannot replace the demo database {path}"))?;
    }
    let db = open(&config.database).await?;
    if !export::is_empty(&db, &tables()).await? {
        bail!(
            "demo needs an empty database, and {} already holds data; give it a new one with --database",
            config.database
        );
    }
    let hub = hub_settings(config);
    directory::reference::load_reference(&db, &hub, Utc::now().date_naive(), &AuditCtx::cli("demo")).await?;
    let institutions = directory::demo::load_demo(&db, &hub).await?;
    let accounts = access::demo::create_demo_accounts(&db).await?;
    let sealer = platform::crypto::SecretBox::from_hex(&config.sharing_key).map_err(|e| Rejected(e.to_string()))?;
    sharing::demo::load_demo(&db, &sealer).await?;
    assess::demo::load_demo(&db).await?;
    resilience::demo::load_demo(&db, Some(&sealer)).await?;
    support::demo::load_demo(&db).await?;
    knowledge::demo::load_demo(&db).await?;
    for (source, bytes) in directory::shapes::REFERENCE {
        directory::shapes::import(&db, bytes, source, &AuditCtx::cli("demo")).await?;
    }
    println!(
        "Demo data loaded into {}: the reference places and {institutions} fictional institutions.",
        config.database
    );
    println!("Demo sign-ins, one per role (password for all: {}):", access::demo::DEMO_PASSWORD);
    for (role, email) in accounts {
        println!("  {:<24} {email}", role.key());
    }
    Ok(db)
}

pub async fn migrate_cmd(config: &Config, status: bool) -> anyhow::Result<()> {
    let db = Db::connect(&config.database).await?;
    if status {
        let pending = migrate::pending(&db, MIGRATIONS).await?;
        let applied = migrate::applied(&db).await?;
        for (version, name, _) in &applied {
            println!("applied  {version:>4}  {name}");
        }
        for m in &pending {
            println!("pending  {:>4}  {}", m.version, m.name);
        }
        return Ok(());
    }
    let applied = migrate::migrate(&db, MIGRATIONS).await?;
    if applied.is_empty() {
        println!("The schema is up to date (version {}).", schema_version());
    } else {
        println!("Applied migrations {applied:?}; the schema is at version {}.", schema_version());
    }
    Ok(())
}

/// Checks the database; returns the problems found.
pub async fn check(
    db: &Db,
    expected_head: Option<&platform::audit::Head>,
    checkpoint: Option<&std::path::Path>,
) -> anyhow::Result<Vec<String>> {
    let mut problems = Vec::new();
    match migrate::pending(db, MIGRATIONS).await {
        Ok(p) if !p.is_empty() => problems.push(format!("{} migrations are pending; run mozaik migrate", p.len())),
        Ok(_) => {}
        Err(e) => problems.push(e.to_string()),
    }
    problems.extend(db.engine_integrity_problems().await?);
    if let Err(broken) = platform::audit::verify(db).await? {
        problems.push(format!("the audit chain is broken at event {}: {}", broken.id, broken.reason));
    }
    // Anchors kept outside the database show a chain cut short.
    let from_file = match checkpoint {
        Some(path) => platform::audit::last_checkpoint(path)?,
        None => None,
    };
    for anchor in expected_head.into_iter().chain(from_file.as_ref()) {
        if let Err(problem) = platform::audit::holds(db, anchor).await? {
            problems.push(problem);
        }
    }
    // The hierarchy: at most one open parent link per place, and no loops.
    let doubled: Vec<(String, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT p.code, COUNT(*) FROM place_parents pp JOIN places p ON p.id = pp.place_id \
         WHERE pp.valid_to IS NULL GROUP BY p.code HAVING COUNT(*) > 1"
    )
    .fetch_all(pool)
    .await)?;
    problems.extend(doubled.into_iter().map(|(code, n)| format!("place {code} has {n} current parents")));
    let links: Vec<(i64, i64)> =
        on_db!(db, |pool| sqlx::query_as("SELECT place_id, parent_id FROM place_parents WHERE valid_to IS NULL")
            .fetch_all(pool)
            .await)?;
    let parent: std::collections::HashMap<i64, i64> = links.into_iter().collect();
    for start in parent.keys() {
        let (mut current, mut steps) = (*start, 0);
        while let Some(next) = parent.get(&current) {
            current = *next;
            steps += 1;
            if current == *start || steps > 64 {
                problems.push(format!("place id {start} is part of a loop of parents"));
                break;
            }
        }
    }
    Ok(problems)
}

pub async fn export_instance(db: &Db, file: &Path) -> anyhow::Result<u64> {
    let temp = file.with_extension("partial");
    let out = File::create(&temp).with_context(|| format!("cannot create {}", temp.display()))?;
    let mut out = BufWriter::new(out);
    let rows = export::export(db, &tables(), schema_version(), &mut out).await?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    // Only a complete export takes the final name.
    std::fs::rename(&temp, file)?;
    Ok(rows)
}

pub async fn import_instance(db: &Db, file: &Path) -> anyhow::Result<u64> {
    let input = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    match export::import(db, &tables(), BufReader::new(input)).await {
        Ok(rows) => Ok(rows),
        Err(e) => match e.downcast::<export::ImportProblems>() {
            Ok(problems) => {
                Err(Rejected(format!("{} was rejected and nothing was written:\n{problems}", file.display())).into())
            }
            Err(e) => Err(e),
        },
    }
}

fn is_sqlite_file(path: &Path) -> anyhow::Result<bool> {
    let mut magic = [0u8; 16];
    let mut file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(file.read(&mut magic)? == 16 && &magic == b"SQLite format 3\0")
}

pub async fn backup(config: &Config, out: &Path) -> anyhow::Result<String> {
    if out.exists() {
        bail!("{} already exists; choose a new file name for the backup", out.display());
    }
    let db = Db::connect(&config.database).await?;
    match &db {
        Db::Sqlite { write, .. } => {
            // VACUUM INTO writes a consistent snapshot even while `serve` writes.
            sqlx::query("VACUUM INTO $1").bind(out.to_string_lossy().to_string()).execute(write).await?;
            Ok("SQLite snapshot".into())
        }
        Db::Postgres(_) => {
            let rows = export_instance(&db, out).await?;
            Ok(format!("instance export, {rows} rows"))
        }
    }
}

/// Restores a backup into the configured database: a SQLite snapshot
/// replaces a SQLite file; an instance export fills an empty database.
pub async fn restore(config: &Config, file: &Path, force: bool) -> anyhow::Result<String> {
    if is_sqlite_file(file)? {
        let Some(target) =
            sqlite_path(&config.database).filter(|_| backend_of(&config.database).ok() == Some(Backend::Sqlite))
        else {
            bail!(
                "{} is a SQLite snapshot; to move data to PostgreSQL, make an export with mozaik export and import it",
                file.display()
            );
        };
        let target = Path::new(target);
        if target.exists() && !force {
            bail!("{} exists; stop Mozaik and pass --force to replace it with the backup", target.display());
        }
        // Check the snapshot before it replaces anything.
        let probe = Db::connect(&format!("sqlite://{}", file.display())).await?;
        let problems = probe.engine_integrity_problems().await?;
        let pending = migrate::pending(&probe, MIGRATIONS).await;
        probe.close().await;
        if !problems.is_empty() {
            return Err(Rejected(format!("the backup is damaged: {}", problems.join("; "))).into());
        }
        pending.map_err(|e| Rejected(format!("the backup cannot be used: {e}")))?;
        let staging = target.with_extension("restoring");
        std::fs::copy(file, &staging)?;
        remove_sqlite_files(&target.to_string_lossy())?;
        std::fs::rename(&staging, target)?;
        let db = open(&config.database).await?;
        db.close().await;
        Ok(format!("restored the SQLite snapshot into {}", target.display()))
    } else {
        let db = open(&config.database).await?;
        let rows = import_instance(&db, file).await?;
        Ok(format!("imported {rows} rows into {}", config.database))
    }
}

pub fn output(out: Option<&Path>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match out {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| format!("cannot create {}", path.display()))?))
        }
        None => Box::new(std::io::stdout().lock()),
    })
}

/// `mozaik import responses`: checks the file, prints every problem by row
/// and column, and writes only a clean file (or its valid rows, if asked).
pub async fn import_responses(
    db: &Db,
    config: &Config,
    study_id: i64,
    wave: Option<&str>,
    valid_rows_only: bool,
    file: &Path,
    bytes: &[u8],
) -> anyhow::Result<()> {
    let Some(study) = resilience::store::load(db, study_id).await? else {
        bail!(Rejected(format!("there is no study {study_id}")));
    };
    let waves = resilience::store::waves(db, study_id).await?;
    let wave = match wave {
        Some(name) => waves.iter().find(|w| w.name.eq_ignore_ascii_case(name)),
        None => waves.last(),
    };
    let Some(wave) = wave else {
        let names: Vec<&str> = waves.iter().map(|w| w.name.as_str()).collect();
        bail!(Rejected(format!("the study has no such wave; its waves are: {}", names.join(", "))));
    };
    let sealer = platform::crypto::SecretBox::from_hex(&config.sharing_key).ok();
    let name = file.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let upload =
        resilience::import::Upload { study: &study, wave_id: wave.id, file_name: &name, bytes, valid_rows_only };
    let started = std::time::Instant::now();
    let report = resilience::import::import(db, &upload, sealer.as_ref(), &AuditCtx::cli("import responses")).await?;
    let english = platform::i18n::i18n().default_tr();
    for problem in &report.problems {
        eprintln!("  {}", problem.message(english));
    }
    if report.problem_count > report.problems.len() {
        eprintln!("  … and {} more problems", report.problem_count - report.problems.len());
    }
    if !report.ignored_columns.is_empty() {
        eprintln!("columns ignored: {}", report.ignored_columns.join(", "));
    }
    match report.imported {
        Some(n) => {
            println!(
                "Imported {n} of {} responses into \"{}\" in {:.2} s{}.",
                report.rows_read,
                wave.name,
                started.elapsed().as_secs_f64(),
                if report.problem_count > 0 { "; rows with problems were left out, as asked" } else { "" }
            );
            Ok(())
        }
        None => Err(Rejected(format!(
            "{} was not imported: {} problems in {} rows read{}",
            file.display(),
            report.problem_count,
            report.rows_read,
            if report.valid_rows > 0 && report.problems.iter().all(|p| p.row > 0) {
                format!("; {} rows are valid and --valid-rows-only would import them", report.valid_rows)
            } else {
                String::new()
            }
        ))
        .into()),
    }
}

/// `mozaik reindex`: builds the search index from the database, timing the
/// read and the build; with `measure`, times the sample queries and an
/// edit's way into the results.
pub async fn reindex(db: &Db, measure: usize) -> anyhow::Result<()> {
    use std::time::Instant;
    let started = Instant::now();
    let entries = knowledge::search::entries(db).await?;
    let read = started.elapsed();
    let search = knowledge::Search::new()?;
    let building = Instant::now();
    search.ensure_built(db).await?;
    let built = building.elapsed();
    println!(
        "Indexed {} public records (practices, places, institutions): read from the database in {:.2} s, indexed in {:.2} s, {:.2} s in all.",
        entries.len(),
        read.as_secs_f64(),
        built.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    if measure == 0 {
        return Ok(());
    }
    let times = knowledge::search::measure(&search, measure)?;
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1000.0;
    println!("{} searches: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms.", times.len(), at(0.5), at(0.99), at(1.0));
    // An edit, the way the server makes it: the text changes in the
    // database with its entry in the change feed, which the index follows.
    let Some(practice) = knowledge::practices::in_state(db, Some("published")).await?.into_iter().next() else {
        return Ok(());
    };
    let edited = Instant::now();
    let title = format!("Edited practice zqxedited{}", practice.id);
    let mut tx = db.begin().await?;
    knowledge::practices::set_text(&mut tx, practice.id, &practice.language, "title", &title, "original").await?;
    tx.commit().await?;
    search.follow(db).await?;
    let found = search.search(&format!("zqxedited{}", practice.id), &[], "en", 0, 5)?.total;
    println!(
        "An edited practice was found {:.1} ms after the edit was saved ({found} result).",
        edited.elapsed().as_secs_f64() * 1000.0
    );
    Ok(())
}
