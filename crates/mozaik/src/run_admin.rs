//! The operator's commands that need more than one call: setting up an
//! instance, checking it, rotating the sharing key and generating data at
//! the hub's scale.

use std::path::{Path, PathBuf};

use mozaik::commands::{self, Rejected};
use mozaik::config::ConfigError;

use crate::{load_config, DbArgs};

/// The first administrator's password: from a file, or the environment.
fn admin_password(file: Option<PathBuf>) -> anyhow::Result<String> {
    match file {
        Some(file) => Ok(std::fs::read_to_string(&file)
            .map_err(|e| ConfigError(format!("cannot read {}: {e}", file.display())))?
            .trim_end_matches(['\n', '\r'])
            .to_string()),
        None => std::env::var("MOZAIK_ADMIN_PASSWORD").map_err(|_| {
            ConfigError("--admin-email needs a password in MOZAIK_ADMIN_PASSWORD or --admin-password-file".into())
                .into()
        }),
    }
}

pub async fn init(
    cfg: Option<&Path>,
    admin_email: Option<String>,
    admin_name: String,
    password_file: Option<PathBuf>,
    db: DbArgs,
) -> anyhow::Result<()> {
    let config = load_config(cfg, db.database, None)?;
    let admin = match admin_email {
        None => None,
        Some(email) => Some(commands::NewAdmin { email, name: admin_name, password: admin_password(password_file)? }),
    };
    commands::init(&config, admin).await
}

pub async fn check(cfg: Option<&Path>, head: bool, expect_head: Option<String>, db: DbArgs) -> anyhow::Result<()> {
    let config = load_config(cfg, db.database, None)?;
    let db = platform::Db::connect(&config.database).await?;
    if head {
        match platform::audit::head(&db).await? {
            Some(head) => println!("{head}"),
            None => println!("the audit chain is empty"),
        }
        return Ok(());
    }
    let expected = expect_head
        .map(|h| h.parse::<platform::audit::Head>())
        .transpose()
        .map_err(|e| ConfigError(format!("--expect-head: {e}")))?;
    let checkpoint = (!config.audit_checkpoint.is_empty()).then(|| PathBuf::from(&config.audit_checkpoint));
    let problems = commands::check(&db, expected.as_ref(), checkpoint.as_deref()).await?;
    if problems.is_empty() {
        println!("OK: {} passes every check.", config.database);
        return Ok(());
    }
    for p in &problems {
        println!("problem: {p}");
    }
    anyhow::bail!("{} problems found", problems.len())
}

pub async fn rotate_key(cfg: Option<&Path>, new_key_file: PathBuf, db: DbArgs) -> anyhow::Result<()> {
    let config = load_config(cfg, db.database, None)?;
    let old = platform::crypto::SecretBox::from_hex(&config.sharing_key)
        .map_err(|e| ConfigError(format!("the current sharing_key: {e}")))?;
    let text = std::fs::read_to_string(&new_key_file)
        .map_err(|e| ConfigError(format!("cannot read {}: {e}", new_key_file.display())))?;
    let new = platform::crypto::SecretBox::from_hex(&text).map_err(|e| ConfigError(format!("the new key: {e}")))?;
    let db = commands::open(&config.database).await?;
    sharing::jobs::check_key(&db, Some(&old)).await.map_err(|e| Rejected(e.to_string()))?;
    let count = sharing::jobs::rotate_key(&db, &old, &new).await?;
    println!(
        "Re-sealed {count} values with key {}. Now set sharing_key to the new key and restart Mozaik.",
        new.key_id()
    );
    Ok(())
}

/// How much to generate, module by module.
pub struct Scale {
    pub directory: directory::generate::GenerateOptions,
    pub rounds: usize,
    pub questions: usize,
    pub study_neighbourhoods: usize,
    pub practices: usize,
}

pub async fn generate(cfg: Option<&Path>, scale: Scale, db: DbArgs) -> anyhow::Result<()> {
    let db = crate::open_db(cfg, db).await?;
    let started = std::time::Instant::now();
    let g = directory::generate::generate(&db, &scale.directory).await?;
    println!(
        "Generated {} places, {} institutions, {} positions and {} people in {:.1} s.",
        g.places,
        g.institutions,
        g.positions,
        g.people,
        started.elapsed().as_secs_f64()
    );
    if scale.rounds > 0 {
        let started = std::time::Instant::now();
        let answers = assess::generate::generate(&db, scale.rounds, scale.questions, 2023).await?;
        let seconds = started.elapsed().as_secs_f64();
        println!("Generated {} assessment rounds with {answers} answers in {seconds:.1} s.", scale.rounds);
    }
    if scale.study_neighbourhoods > 0 {
        let id = resilience::demo::generate_study(&db, scale.study_neighbourhoods).await?;
        println!("Generated study {id} with {} neighbourhoods.", scale.study_neighbourhoods);
    }
    if scale.practices > 0 {
        let started = std::time::Instant::now();
        let author = knowledge::generate::author(&db).await?;
        knowledge::generate::generate(&db, scale.practices, author).await?;
        println!("Generated {} published practices in {:.1} s.", scale.practices, started.elapsed().as_secs_f64());
    }
    Ok(())
}
