use std::path::PathBuf;
use std::process::ExitCode;

use chrono::Utc;
use clap::{Args, Parser, Subcommand};
use mozaik::commands::{self, Rejected};
use mozaik::config::{self, Config, ConfigError, Overrides};
use platform::audit::AuditCtx;
use platform::db::DbError;

/// Mozaik: the working platform of a regional hub of cities that prevent and
/// respond to hate, extremism and polarisation.
///
/// Exit codes: 0 success; 1 failure; 2 bad arguments or configuration;
/// 3 input data rejected (nothing was written); 4 database unreachable.
#[derive(Parser)]
#[command(name = "mozaik", version, propagate_version = true)]
struct Cli {
    /// Configuration file (default: mozaik.toml in the working directory, if present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone, Default)]
struct DbArgs {
    /// Database URL: sqlite://FILE or postgres://USER@HOST/DATABASE [default: sqlite://mozaik.db].
    #[arg(long, value_name = "URL")]
    database: Option<String>,
}

#[derive(Args, Clone, Default)]
struct ServeArgs {
    /// Address and port to listen on [default: 127.0.0.1:8080].
    #[arg(long, value_name = "ADDRESS:PORT")]
    bind: Option<String>,
    #[command(flatten)]
    db: DbArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web pages and API.
    Serve(ServeArgs),
    /// Print the settings in force (from defaults, mozaik.toml, MOZAIK_*
    /// variables and flags), secrets masked.
    Config(DbArgs),
    /// Create and migrate a database, load the reference places, and create the first administrator.
    Init {
        /// E-mail address of the first administrator; the password comes from
        /// MOZAIK_ADMIN_PASSWORD or --admin-password-file.
        #[arg(long, value_name = "EMAIL")]
        admin_email: Option<String>,
        /// The administrator's full name.
        #[arg(long, value_name = "NAME", default_value = "Hub administrator")]
        admin_name: String,
        /// A file holding the administrator's password.
        #[arg(long, value_name = "FILE")]
        admin_password_file: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Build a fresh demo database (default sqlite://mozaik-demo.db) and serve it.
    Demo(ServeArgs),
    /// Apply pending schema migrations.
    Migrate {
        /// Only list applied and pending migrations.
        #[arg(long)]
        status: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Check the database's integrity, the audit chain included.
    Check {
        /// Print the audit chain's newest event as ID:HASH, for operators to
        /// keep outside the database, and stop.
        #[arg(long)]
        head: bool,
        /// Also check that the chain still holds this event (ID:HASH, as
        /// printed by --head earlier): deleting the newest events is found.
        #[arg(long, value_name = "ID:HASH")]
        expect_head: Option<String>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Write a consistent backup while Mozaik runs.
    Backup {
        /// The backup file to create.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Restore a backup (a SQLite snapshot, or an instance export).
    Restore {
        file: PathBuf,
        /// Replace an existing SQLite database file.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Export the whole instance to FILE, or one kind of record as CSV.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Export {
        /// The export file to write (JSON lines; see docs/EXPORT-FORMAT.md).
        #[arg(required = true)]
        file: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
        #[command(subcommand)]
        what: Option<ExportWhat>,
    },
    /// Import a whole instance into an empty database, or one kind of record from CSV.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Import {
        /// The instance export to load.
        #[arg(required = true)]
        file: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
        #[command(subcommand)]
        what: Option<ImportWhat>,
    },
    /// Re-seal all notices with a new sharing key (the old one comes from the configuration).
    RotateKey {
        /// A file holding the new key: 64 hexadecimal characters.
        #[arg(long, value_name = "FILE")]
        new_key_file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Rebuild the search index from the database and check it; the server
    /// builds its own at start and follows every change.
    Reindex {
        /// Also run the sample queries this many times and report the latencies,
        /// and how soon an edited practice is found.
        #[arg(long, default_value_t = 0)]
        measure: usize,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Add synthetic data at scale, for benchmarks.
    Generate {
        /// Countries to invent.
        #[arg(long, default_value_t = 6)]
        countries: usize,
        /// Municipalities in all, spread over the countries.
        #[arg(long, default_value_t = 1950)]
        municipalities: usize,
        /// Institutions per municipality, each with one position.
        #[arg(long, default_value_t = 6)]
        institutions: usize,
        /// People per position (the first holds it, the others are deputies).
        #[arg(long, default_value_t = 2)]
        people: usize,
        /// Assessment rounds answered by every generated municipality (0 for none).
        #[arg(long, default_value_t = 0)]
        rounds: usize,
        /// Questions in the generated assessment instrument.
        #[arg(long, default_value_t = 60)]
        questions: usize,
        /// Neighbourhoods of a generated resilience study, without responses (0 for none).
        #[arg(long, default_value_t = 0)]
        study_neighbourhoods: usize,
        /// Published good practices, spread over the nine languages (0 for none).
        #[arg(long, default_value_t = 0)]
        practices: usize,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum ExportWhat {
    /// An assessment questionnaire as XLSForm (.xlsx).
    // Its own `--version` names the questionnaire's version, not Mozaik's.
    #[command(disable_version_flag = true)]
    Instrument {
        /// The questionnaire's code, e.g. local-capacity.
        code: String,
        /// Which version [default: the newest].
        #[arg(long)]
        version: Option<i64>,
        /// The .xlsx file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Places as CSV, in the import layout.
    Places {
        /// Write to FILE instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Institutions as CSV, in the import layout.
    Institutions {
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Subcommand)]
enum ImportWhat {
    /// Answers of an assessment round from CSV, XLSX or XLS (columns place_code, then question names).
    Answers {
        /// The round's number, as in its address (/assess/rounds/N).
        #[arg(long)]
        round: i64,
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Residents' responses to a resilience study, from CSV or XLSX (Mozaik's layout, or a
    /// KoboToolbox or ODK export).
    Responses {
        /// The study's number, as in its address (/studies/N).
        #[arg(long)]
        study: i64,
        /// The wave's name [default: the last wave].
        #[arg(long)]
        wave: Option<String>,
        /// Import the valid rows and leave out the others (the choice is recorded).
        #[arg(long)]
        valid_rows_only: bool,
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Boundary shapes for maps, from GeoJSON or TopoJSON; features are matched to places by ISO code or
    /// name, and simplified together so that neighbours still meet.
    Boundaries {
        file: PathBuf,
        /// The country the file draws (ISO code, XK for Kosovo): only its places
        /// are matched, and the file replaces its shapes. Published files name
        /// no country in their features.
        #[arg(long)]
        country: Option<String>,
        /// Match (and replace) places at this level only, e.g. municipality.
        #[arg(long)]
        level: Option<String>,
        /// The feature property that holds the name (e.g. shapeName, NAME_2).
        #[arg(long)]
        name_property: Option<String>,
        /// The feature property that holds the place code (e.g. iso_3166_2).
        #[arg(long)]
        code_property: Option<String>,
        /// The first day the file's shapes are valid, as YYYY-MM-DD (a merger's
        /// date): the shapes they replace are kept for maps of earlier dates.
        #[arg(long)]
        valid_from: Option<chrono::NaiveDate>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// An assessment questionnaire in XLSForm (.xlsx).
    Instrument {
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Places from CSV (columns code, parent_code, level, name, name_alt, source, valid_from).
    Places {
        file: PathBuf,
        /// The date from which changed parents apply [default: today].
        #[arg(long, value_name = "YYYY-MM-DD")]
        effective: Option<chrono::NaiveDate>,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Institutions from CSV (columns code, place_code, kind, name, name_alt, website).
    Institutions {
        file: PathBuf,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn exit_code(error: &anyhow::Error) -> u8 {
    if error.is::<ConfigError>() {
        2
    } else if error.is::<Rejected>() || error.is::<directory::csv_io::ImportError>() {
        3
    } else if error.is::<DbError>() {
        4
    } else {
        1
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if let Some(directory::csv_io::ImportError::Rejected(_)) = error.downcast_ref() {
                eprintln!("error: {error}");
            } else {
                eprintln!("error: {error:#}");
            }
            ExitCode::from(exit_code(&error))
        }
    }
}

fn load_config(
    cli_config: Option<&std::path::Path>,
    database: Option<String>,
    bind: Option<String>,
) -> anyhow::Result<Config> {
    let config = config::load(cli_config, &Overrides { database, bind })?;
    let _ = tracing_subscriber::fmt()
        .with_max_level(config.log.parse::<tracing::Level>().unwrap_or(tracing::Level::INFO))
        .with_writer(std::io::stderr)
        .try_init();
    Ok(config)
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let cfg = cli.config.as_deref();
    match cli.command {
        Command::Config(db) => {
            let config = load_config(cfg, db.database, None)?;
            print!("{}", config::describe(&config));
            Ok(())
        }
        Command::Serve(args) => {
            let config = load_config(cfg, args.db.database, args.bind)?;
            let db = commands::open(&config.database).await?;
            commands::serve(&config, db, false).await
        }
        Command::Init { admin_email, admin_name, admin_password_file, db } => {
            let config = load_config(cfg, db.database, None)?;
            let admin = match admin_email {
                None => None,
                Some(email) => {
                    let password = match admin_password_file {
                        Some(file) => std::fs::read_to_string(&file)
                            .map_err(|e| ConfigError(format!("cannot read {}: {e}", file.display())))?
                            .trim_end_matches(['\n', '\r'])
                            .to_string(),
                        None => std::env::var("MOZAIK_ADMIN_PASSWORD").map_err(|_| {
                            ConfigError(
                                "--admin-email needs a password in MOZAIK_ADMIN_PASSWORD or --admin-password-file"
                                    .into(),
                            )
                        })?,
                    };
                    Some(commands::NewAdmin { email, name: admin_name, password })
                }
            };
            commands::init(&config, admin).await
        }
        Command::Demo(args) => {
            let database = args.db.database.or_else(|| Some("sqlite://mozaik-demo.db".into()));
            let mut config = load_config(cfg, database, args.bind)?;
            if config.sharing_key.is_empty() {
                // The demo database is new each time, so a new key each time is enough.
                config.sharing_key = platform::crypto::SecretBox::generate_hex();
            }
            let db = commands::build_demo(&config).await?;
            println!("Browse the demo at http://{}/", config.bind);
            commands::serve(&config, db, true).await
        }
        Command::Migrate { status, db } => commands::migrate_cmd(&load_config(cfg, db.database, None)?, status).await,
        Command::Check { head, expect_head, db } => {
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
                Ok(())
            } else {
                for p in &problems {
                    println!("problem: {p}");
                }
                anyhow::bail!("{} problems found", problems.len())
            }
        }
        Command::Backup { out, db } => {
            let config = load_config(cfg, db.database, None)?;
            let kind = commands::backup(&config, &out).await?;
            println!("Backup written to {} ({kind}).", out.display());
            Ok(())
        }
        Command::Restore { file, force, db } => {
            let config = load_config(cfg, db.database, None)?;
            println!("{}", commands::restore(&config, &file, force).await?);
            Ok(())
        }
        Command::Export { file, db, what } => match what {
            Some(ExportWhat::Instrument { code, version, out, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let found: Option<(i64, i64)> = platform::on_db!(&db, |pool| {
                    sqlx::query_as(
                    "SELECT id, version FROM instruments WHERE code = $1 AND ($2 IS NULL OR version = $2) ORDER BY version DESC LIMIT 1"
                )
                .bind(&code)
                .bind(version)
                .fetch_optional(pool)
                .await
                })?;
                let (id, version) = found.ok_or_else(|| Rejected(format!("no questionnaire has the code {code}")))?;
                let instrument = assess::instrument::load(&db, id)
                    .await?
                    .ok_or_else(|| anyhow::anyhow!("questionnaire {id} vanished"))?;
                let bytes = assess::xlsform::export(&instrument, &code, version)?;
                std::fs::write(&out, bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
                println!("Wrote {code} version {version} to {}.", out.display());
                Ok(())
            }
            Some(ExportWhat::Places { out, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let n = directory::csv_io::export_places(&db, commands::output(out.as_deref())?).await?;
                eprintln!("Exported {n} places.");
                Ok(())
            }
            Some(ExportWhat::Institutions { out, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let n = directory::csv_io::export_institutions(&db, commands::output(out.as_deref())?).await?;
                eprintln!("Exported {n} institutions.");
                Ok(())
            }
            None => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let file = file.unwrap_or_default();
                let rows = commands::export_instance(&db, &file).await?;
                println!("Exported {rows} rows to {}.", file.display());
                Ok(())
            }
        },
        Command::Import { file, db, what } => match what {
            Some(ImportWhat::Answers { round, file, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
                let started = std::time::Instant::now();
                match assess::answers_import::import(&db, round, &bytes, &AuditCtx::cli("import answers")).await {
                    Ok(imported) => {
                        println!(
                            "Imported {} answers for {} municipalities in {:.2} s.",
                            imported.answers,
                            imported.places,
                            started.elapsed().as_secs_f64()
                        );
                        if !imported.ignored.is_empty() {
                            println!(
                                "Columns of the survey tool, not answers, ignored: {}",
                                imported.ignored.join(", ")
                            );
                        }
                        Ok(())
                    }
                    Err(assess::xlsform::XlsFormError::Rejected(problems)) => {
                        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
                        Err(Rejected(format!(
                            "{} was rejected and nothing was written:\n{}",
                            file.display(),
                            list.join("\n")
                        ))
                        .into())
                    }
                    Err(e) => Err(e.into()),
                }
            }
            Some(ImportWhat::Responses { study, wave, valid_rows_only, file, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
                commands::import_responses(&db, &config, study, wave.as_deref(), valid_rows_only, &file, &bytes).await
            }
            Some(ImportWhat::Boundaries { file, country, level, name_property, code_property, valid_from, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
                let source = file.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
                let options =
                    directory::shapes::ImportOptions { country, level, name_property, code_property, valid_from };
                let audit = AuditCtx::cli("import boundaries");
                let report = directory::shapes::import_with(&db, &bytes, &source, &options, None, &audit)
                    .await
                    .map_err(|e| Rejected(e.to_string()))?;
                for line in &report.unmatched {
                    println!("not matched: {line}");
                }
                println!("{} features matched places; {} were left out.", report.matched, report.unmatched.len());
                println!(
                    "Simplified from {} to {} points; neighbours still share their borders.",
                    report.points.0, report.points.1
                );
                Ok(())
            }
            Some(ImportWhat::Instrument { file, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
                let stem = file.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
                match assess::xlsform::import(&db, bytes, &stem, &AuditCtx::cli("import instrument")).await {
                    Ok((id, warnings)) => {
                        for w in &warnings {
                            println!("note: {w}");
                        }
                        println!("Imported {} as questionnaire {id}.", file.display());
                        Ok(())
                    }
                    Err(assess::xlsform::XlsFormError::Rejected(problems)) => {
                        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
                        Err(Rejected(format!(
                            "{} was rejected and nothing was written:\n{}",
                            file.display(),
                            list.join("\n")
                        ))
                        .into())
                    }
                    Err(e) => Err(e.into()),
                }
            }
            Some(ImportWhat::Places { file, effective, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let input =
                    std::fs::File::open(&file).map_err(|e| anyhow::anyhow!("cannot open {}: {e}", file.display()))?;
                let effective = effective.unwrap_or_else(|| Utc::now().date_naive());
                let r =
                    directory::csv_io::import_places(&db, input, effective, &AuditCtx::cli("import places")).await?;
                println!(
                    "Places: {} added, {} updated, {} moved, {} unchanged.",
                    r.added, r.updated, r.moved, r.unchanged
                );
                Ok(())
            }
            Some(ImportWhat::Institutions { file, db }) => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let input =
                    std::fs::File::open(&file).map_err(|e| anyhow::anyhow!("cannot open {}: {e}", file.display()))?;
                let r =
                    directory::csv_io::import_institutions(&db, input, &AuditCtx::cli("import institutions")).await?;
                println!("Institutions: {} added, {} updated, {} unchanged.", r.added, r.updated, r.unchanged);
                Ok(())
            }
            None => {
                let config = load_config(cfg, db.database, None)?;
                let db = commands::open(&config.database).await?;
                let file = file.unwrap_or_default();
                let rows = commands::import_instance(&db, &file).await?;
                println!("Imported {rows} rows from {}.", file.display());
                Ok(())
            }
        },
        Command::RotateKey { new_key_file, db } => {
            let config = load_config(cfg, db.database, None)?;
            let old = platform::crypto::SecretBox::from_hex(&config.sharing_key)
                .map_err(|e| ConfigError(format!("the current sharing_key: {e}")))?;
            let text = std::fs::read_to_string(&new_key_file)
                .map_err(|e| ConfigError(format!("cannot read {}: {e}", new_key_file.display())))?;
            let new =
                platform::crypto::SecretBox::from_hex(&text).map_err(|e| ConfigError(format!("the new key: {e}")))?;
            let db = commands::open(&config.database).await?;
            sharing::jobs::check_key(&db, Some(&old)).await.map_err(|e| Rejected(e.to_string()))?;
            let count = sharing::jobs::rotate_key(&db, &old, &new).await?;
            println!(
                "Re-sealed {count} values with key {}. Now set sharing_key to the new key and restart Mozaik.",
                new.key_id()
            );
            Ok(())
        }
        Command::Reindex { measure, db } => {
            let config = load_config(cfg, db.database, None)?;
            let db = commands::open(&config.database).await?;
            commands::reindex(&db, measure).await
        }
        Command::Generate {
            countries,
            municipalities,
            institutions,
            people,
            rounds,
            questions,
            study_neighbourhoods,
            practices,
            db,
        } => {
            let config = load_config(cfg, db.database, None)?;
            let db = commands::open(&config.database).await?;
            let options = directory::generate::GenerateOptions {
                countries,
                municipalities,
                institutions,
                people,
                ..Default::default()
            };
            let started = std::time::Instant::now();
            let g = directory::generate::generate(&db, &options).await?;
            println!(
                "Generated {} places, {} institutions, {} positions and {} people in {:.1} s.",
                g.places,
                g.institutions,
                g.positions,
                g.people,
                started.elapsed().as_secs_f64()
            );
            if rounds > 0 {
                let started = std::time::Instant::now();
                let answers = assess::generate::generate(&db, rounds, questions, 2023).await?;
                println!(
                    "Generated {rounds} assessment rounds with {answers} answers in {:.1} s.",
                    started.elapsed().as_secs_f64()
                );
            }
            if study_neighbourhoods > 0 {
                let id = resilience::demo::generate_study(&db, study_neighbourhoods).await?;
                println!("Generated study {id} with {study_neighbourhoods} neighbourhoods.");
            }
            if practices > 0 {
                let started = std::time::Instant::now();
                let author = knowledge::generate::author(&db).await?;
                knowledge::generate::generate(&db, practices, author).await?;
                println!("Generated {practices} published practices in {:.1} s.", started.elapsed().as_secs_f64());
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// Every subcommand's arguments are well formed (clap checks each
    /// command only when it is used, so a clash would surface in the field).
    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
