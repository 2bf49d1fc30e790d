use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use mozaik::commands::{self, Rejected};
use mozaik::config::{self, Config, ConfigError, Overrides};
use platform::db::DbError;

mod run_admin;
mod run_export;
mod run_import;

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

/// The database a command works on, opened as its configuration says.
async fn open_db(cfg: Option<&std::path::Path>, db: DbArgs) -> anyhow::Result<platform::Db> {
    let config = load_config(cfg, db.database, None)?;
    commands::open(&config.database).await
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
            run_admin::init(cfg, admin_email, admin_name, admin_password_file, db).await
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
        Command::Check { head, expect_head, db } => run_admin::check(cfg, head, expect_head, db).await,
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
        Command::Export { file, db, what } => run_export::export(cfg, file, db, what).await,
        Command::Import { file, db, what } => run_import::import(cfg, file, db, what).await,
        Command::RotateKey { new_key_file, db } => run_admin::rotate_key(cfg, new_key_file, db).await,
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
            let directory = directory::generate::GenerateOptions {
                countries,
                municipalities,
                institutions,
                people,
                ..Default::default()
            };
            let scale = run_admin::Scale { directory, rounds, questions, study_neighbourhoods, practices };
            run_admin::generate(cfg, scale, db).await
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
