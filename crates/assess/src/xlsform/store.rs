//! Storing a checked form as a new instrument version, in one transaction
//! with its audit event.

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::{on_db, on_tx, Db, Tx};

use super::{parse, ParsedForm, Problem, XlsFormError};
use crate::instrument::{details, Labels};

fn json(labels: &Labels) -> String {
    serde_json::to_string(labels).unwrap_or_default()
}

/// Checks and stores an XLSForm as a new instrument version; returns its id
/// and the warnings. Nothing is written when the form is refused.
pub async fn import(
    db: &Db,
    bytes: Vec<u8>,
    fallback_code: &str,
    audit_ctx: &AuditCtx,
) -> Result<(i64, Vec<String>), XlsFormError> {
    let form = parse(bytes, fallback_code).map_err(XlsFormError::Rejected)?;
    let latest: Option<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT MAX(version) FROM instruments WHERE code = $1")
            .bind(&form.code)
            .fetch_one(pool)
            .await)?;
    let version = match (form.version, latest) {
        (Some(v), Some(l)) if v <= l => {
            return Err(XlsFormError::Rejected(vec![Problem {
                sheet: "settings".into(),
                row: 2,
                column: "version".into(),
                reason: format!("version {v} of '{}' already exists; give the form a higher version", form.code),
            }]))
        }
        (Some(v), _) => v,
        (None, l) => l.unwrap_or(0) + 1,
    };
    let mut tx = db.begin().await?;
    let id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
            "INSERT INTO instruments (code, version, labels, notes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(&form.code)
        .bind(version)
        .bind(json(&form.title))
        .bind("Imported from XLSForm.")
        .bind(Utc::now())
        .fetch_one(&mut *c)
        .await
    })?;
    write_groups(&mut tx, id, &form).await?;
    write_questions(&mut tx, id, &form).await?;
    write_choices(&mut tx, id, &form).await?;
    let summary = format!(
        "{} questions, {} choice lists, {} warnings",
        form.questions.len(),
        form.lists.len(),
        form.warnings.len()
    );
    let event = Event {
        action: "assess.instrument_import",
        object_type: "instrument",
        object_id: format!("{} v{version}", form.code),
        place_id: None,
        summary,
    };
    audit::append(&mut tx, audit_ctx, event).await?;
    tx.commit().await?;
    Ok((id, form.warnings))
}

async fn write_groups(tx: &mut Tx, id: i64, form: &ParsedForm) -> Result<(), sqlx::Error> {
    // Questions outside any group sit in the unnamed group.
    let outside = form.questions.iter().any(|q| q.group.is_empty());
    let root = outside.then(|| (String::new(), Labels::new(), "{}".to_string()));
    let groups = form.groups.iter().map(|g| (g.key.clone(), g.labels.clone(), details::write(&g.details)));
    for (position, (key, labels, details)) in root.into_iter().chain(groups).enumerate() {
        on_tx!(tx, |c| sqlx::query(
            "INSERT INTO instrument_groups (instrument_id, key, position, labels, details) VALUES ($1, $2, $3, $4, $5)"
        )
        .bind(id)
        .bind(&key)
        .bind(position as i64)
        .bind(json(&labels))
        .bind(&details)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

async fn write_questions(tx: &mut Tx, id: i64, form: &ParsedForm) -> Result<(), sqlx::Error> {
    for (position, q) in form.questions.iter().enumerate() {
        on_tx!(tx, |c| {
            sqlx::query(
                "INSERT INTO questions (instrument_id, position, group_key, name, qtype, list_name, required, relevant, labels, constraint_expr, details) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(&q.group)
            .bind(&q.name)
            .bind(&q.qtype)
            .bind(&q.list)
            .bind(q.required)
            .bind(&q.relevant)
            .bind(json(&q.labels))
            .bind(&q.constraint)
            .bind(details::write(&q.details))
            .execute(&mut *c)
            .await
            .map(|_| ())
        })?;
    }
    Ok(())
}

async fn write_choices(tx: &mut Tx, id: i64, form: &ParsedForm) -> Result<(), sqlx::Error> {
    for (list, choices) in &form.lists {
        for (position, choice) in choices.iter().enumerate() {
            on_tx!(tx, |c| {
                sqlx::query(
                "INSERT INTO choices (instrument_id, list_name, name, position, labels, details) VALUES ($1, $2, $3, $4, $5, $6)"
            )
            .bind(id)
            .bind(list)
            .bind(&choice.name)
            .bind(position as i64)
            .bind(json(&choice.labels))
            .bind(details::write(&choice.details))
            .execute(&mut *c)
            .await
            .map(|_| ())
            })?;
        }
    }
    Ok(())
}
