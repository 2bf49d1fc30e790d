//! `mozaik export …`: the whole instance, or one kind of data in the
//! layout its import reads.

use std::path::{Path, PathBuf};

use mozaik::commands::{self, Rejected};
use platform::Db;

use crate::{open_db, DbArgs, ExportWhat};

pub async fn export(
    cfg: Option<&Path>,
    file: Option<PathBuf>,
    db: DbArgs,
    what: Option<ExportWhat>,
) -> anyhow::Result<()> {
    match what {
        Some(ExportWhat::Instrument { code, version, out, db }) => {
            instrument(&open_db(cfg, db).await?, &code, version, &out).await
        }
        Some(ExportWhat::Places { out, db }) => {
            let db = open_db(cfg, db).await?;
            let n = directory::csv_io::export_places(&db, commands::output(out.as_deref())?).await?;
            eprintln!("Exported {n} places.");
            Ok(())
        }
        Some(ExportWhat::Institutions { out, db }) => {
            let db = open_db(cfg, db).await?;
            let n = directory::csv_io::export_institutions(&db, commands::output(out.as_deref())?).await?;
            eprintln!("Exported {n} institutions.");
            Ok(())
        }
        None => {
            let db = open_db(cfg, db).await?;
            let file = file.unwrap_or_default();
            let rows = commands::export_instance(&db, &file).await?;
            println!("Exported {rows} rows to {}.", file.display());
            Ok(())
        }
    }
}

async fn instrument(db: &Db, code: &str, version: Option<i64>, out: &Path) -> anyhow::Result<()> {
    let (id, version) = assess::instrument::find_by_code(db, code, version).await?.ok_or_else(|| {
        Rejected(format!(
            "no questionnaire has the code {code}; the questionnaires page (/assess/instruments) lists each one's code"
        ))
    })?;
    let instrument =
        assess::instrument::load(db, id).await?.ok_or_else(|| anyhow::anyhow!("questionnaire {id} vanished"))?;
    let bytes = assess::xlsform::export(&instrument, code, version)?;
    std::fs::write(out, bytes).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", out.display()))?;
    println!("Wrote {code} version {version} to {}.", out.display());
    Ok(())
}
