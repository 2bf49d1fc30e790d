//! `mozaik import …`: an instance, or one kind of data from the files the
//! hub and its cities already have.

use std::path::{Path, PathBuf};

use chrono::Utc;
use mozaik::commands::{self, Rejected};
use platform::audit::AuditCtx;
use platform::Db;

use crate::{load_config, open_db, DbArgs, ImportWhat};

fn read(file: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))
}

fn open_file(file: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::File::open(file).map_err(|e| anyhow::anyhow!("cannot open {}: {e}", file.display()))
}

/// A refused questionnaire or answers file, with every problem found.
fn refused(file: &Path, error: assess::xlsform::XlsFormError) -> anyhow::Error {
    match error {
        assess::xlsform::XlsFormError::Rejected(problems) => {
            let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            Rejected(format!("{} was rejected and nothing was written:\n{}", file.display(), list.join("\n"))).into()
        }
        other => other.into(),
    }
}

pub async fn import(
    cfg: Option<&Path>,
    file: Option<PathBuf>,
    db: DbArgs,
    what: Option<ImportWhat>,
) -> anyhow::Result<()> {
    match what {
        Some(ImportWhat::Answers { round, file, db }) => answers(&open_db(cfg, db).await?, round, &file).await,
        Some(ImportWhat::Responses { study, wave, valid_rows_only, file, db }) => {
            let config = load_config(cfg, db.database, None)?;
            let db = commands::open(&config.database).await?;
            let bytes = read(&file)?;
            commands::import_responses(&db, &config, study, wave.as_deref(), valid_rows_only, &file, &bytes).await
        }
        Some(ImportWhat::Boundaries { file, country, level, name_property, code_property, valid_from, db }) => {
            let options = directory::shapes::ImportOptions { country, level, name_property, code_property, valid_from };
            boundaries(&open_db(cfg, db).await?, &file, &options).await
        }
        Some(ImportWhat::Instrument { file, db }) => instrument(&open_db(cfg, db).await?, &file).await,
        Some(ImportWhat::Places { file, effective, db }) => {
            let db = open_db(cfg, db).await?;
            let effective = effective.unwrap_or_else(|| Utc::now().date_naive());
            let audit = AuditCtx::cli("import places");
            let r = directory::csv_io::import_places(&db, open_file(&file)?, effective, &audit).await?;
            println!("Places: {} added, {} updated, {} moved, {} unchanged.", r.added, r.updated, r.moved, r.unchanged);
            Ok(())
        }
        Some(ImportWhat::Institutions { file, db }) => {
            let db = open_db(cfg, db).await?;
            let audit = AuditCtx::cli("import institutions");
            let r = directory::csv_io::import_institutions(&db, open_file(&file)?, &audit).await?;
            println!("Institutions: {} added, {} updated, {} unchanged.", r.added, r.updated, r.unchanged);
            Ok(())
        }
        None => {
            let db = open_db(cfg, db).await?;
            let file = file.unwrap_or_default();
            let rows = commands::import_instance(&db, &file).await?;
            println!("Imported {rows} rows from {}.", file.display());
            Ok(())
        }
    }
}

async fn answers(db: &Db, round: i64, file: &Path) -> anyhow::Result<()> {
    let bytes = read(file)?;
    let started = std::time::Instant::now();
    let imported = assess::answers_import::import(db, round, &bytes, &AuditCtx::cli("import answers"))
        .await
        .map_err(|e| refused(file, e))?;
    println!(
        "Imported {} answers for {} municipalities in {:.2} s.",
        imported.answers,
        imported.places,
        started.elapsed().as_secs_f64()
    );
    if !imported.ignored.is_empty() {
        println!("Columns of the survey tool, not answers, ignored: {}", imported.ignored.join(", "));
    }
    Ok(())
}

async fn boundaries(db: &Db, file: &Path, options: &directory::shapes::ImportOptions) -> anyhow::Result<()> {
    let bytes = read(file)?;
    let source = file.file_name().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let audit = AuditCtx::cli("import boundaries");
    let report = directory::shapes::import_with(db, &bytes, &source, options, None, &audit)
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

async fn instrument(db: &Db, file: &Path) -> anyhow::Result<()> {
    let bytes = read(file)?;
    let stem = file.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
    let (id, warnings) = assess::xlsform::import(db, bytes, &stem, &AuditCtx::cli("import instrument"))
        .await
        .map_err(|e| refused(file, e))?;
    for w in &warnings {
        println!("note: {w}");
    }
    println!("Imported {} as questionnaire {id}.", file.display());
    Ok(())
}
