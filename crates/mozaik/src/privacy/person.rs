//! One person's data, found through the records of processing: gathered
//! for their download, or erased. Both read the declarations, so a table
//! declared once is covered by both.

use chrono::{DateTime, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::auth::token::sha256_hex;
use platform::export::{rows_where, Key};
use platform::privacy::{Declaration, Erasure, Subject};
use platform::{on_db, on_tx, Db, Tx};
use serde_json::{json, Map, Value};

use super::declarations;
use super::mentions::Mentions;

/// What identifies a person in the records: their id, name, e-mail
/// addresses and accounts.
#[derive(Clone, Debug)]
pub struct Identity {
    pub person_id: i64,
    pub full_name: String,
    pub emails: Vec<String>,
    pub accounts: Vec<i64>,
}

pub async fn identity(db: &Db, person_id: i64) -> Result<Option<Identity>, sqlx::Error> {
    let person: Option<(String, Option<String>)> =
        on_db!(db, |pool| sqlx::query_as("SELECT full_name, email FROM people WHERE id = $1")
            .bind(person_id)
            .fetch_optional(pool)
            .await)?;
    let Some((full_name, email)) = person else { return Ok(None) };
    let accounts: Vec<(i64, String)> =
        on_db!(db, |pool| sqlx::query_as("SELECT id, email FROM accounts WHERE person_id = $1 ORDER BY id")
            .bind(person_id)
            .fetch_all(pool)
            .await)?;
    let mut emails: Vec<String> = email.into_iter().chain(accounts.iter().map(|(_, e)| e.clone())).collect();
    emails.sort();
    emails.dedup();
    Ok(Some(Identity { person_id, full_name, emails, accounts: accounts.into_iter().map(|(id, _)| id).collect() }))
}

/// The person whose account this is.
/// Every person with a record: (id, name, e-mail address), by name.
pub async fn everyone(db: &Db) -> Result<Vec<(i64, String, Option<String>)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT id, full_name, email FROM people ORDER BY full_name, id")
        .fetch_all(pool)
        .await)
}

/// When the person's personal data was erased, if it was.
pub async fn erased_at(db: &Db, id: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT erased_at FROM erasures WHERE person_id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await)
}

pub async fn person_of_account(db: &Db, account_id: i64) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT person_id FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(pool)
        .await)
}

/// The values of a declaration's subject column that point at this person.
async fn keys(db: &Db, who: &Identity, subject: Subject) -> Result<Option<(&'static str, Vec<Key>)>, sqlx::Error> {
    let found = match subject {
        Subject::Unlinked => return Ok(None),
        Subject::Person(column) => (column, vec![Key::Int(who.person_id)]),
        Subject::Account(column) => (column, who.accounts.iter().map(|id| Key::Int(*id)).collect()),
        Subject::Email(column) => (column, who.emails.iter().map(|e| Key::Text(e.clone())).collect()),
        Subject::EmailHash(column) => {
            (column, who.emails.iter().map(|e| Key::Text(sha256_hex(&e.to_lowercase()))).collect())
        }
        Subject::Actor(column) => (column, who.accounts.iter().map(|id| Key::Text(format!("account:{id}"))).collect()),
        Subject::Via(column, query) => {
            let ids: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(query).bind(who.person_id).fetch_all(pool).await)?;
            (column, ids.into_iter().map(Key::Int).collect())
        }
    };
    Ok(Some(found))
}

/// Everything held about a person, table by table, as the download gives
/// it: secrets and others' sealed content left out.
pub async fn gather(db: &Db, who: &Identity, now: DateTime<Utc>) -> anyhow::Result<Value> {
    let mut tables = Map::new();
    for declaration in declarations() {
        let Some((column, keys)) = keys(db, who, declaration.subject).await? else { continue };
        let mut rows = Vec::new();
        for key in &keys {
            rows.extend(
                rows_where(db, declaration.table, declaration.withheld, column, key)
                    .await?
                    .into_iter()
                    .map(Value::Object),
            );
        }
        if rows.is_empty() {
            continue;
        }
        let entry = tables.entry(declaration.table.name.to_string()).or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(list) = entry {
            for row in rows {
                if !list.contains(&row) {
                    list.push(row);
                }
            }
        }
    }
    Ok(json!({
        "format": "mozaik-personal-data",
        "version": 1,
        "generated_at": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "person": { "id": who.person_id, "full_name": who.full_name, "emails": who.emails },
        "tables": tables,
    }))
}

/// How many rows an erasure changed.
#[derive(Debug, Default)]
pub struct Erased {
    pub removed: u64,
    pub pseudonymised: u64,
    pub texts: u64,
}

/// The stand-in for an erased person's name: no name, and still tells two
/// erased people apart.
pub fn pseudonym(person_id: i64) -> String {
    format!("[#{person_id}]")
}

/// Erases a person's personal data everywhere the declarations say it is,
/// in one transaction with its audit event. What they did as a position
/// holder stays, attributed to the position and to a pseudonymous account.
/// `None` when the person had been erased already.
pub async fn erase(db: &Db, who: &Identity, reason: &str, audit_ctx: &AuditCtx) -> anyhow::Result<Option<Erased>> {
    let mut plan = Vec::new();
    for declaration in declarations() {
        if let Some((column, keys)) = keys(db, who, declaration.subject).await? {
            plan.push((declaration, column, keys));
        }
    }
    let alias = pseudonym(who.person_id);
    let mut erased = Erased::default();
    let mut tx = db.begin().await?;
    // Claimed first: a second erasure of the same person at the same time
    // waits here and then finds it done.
    let claimed = on_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO erasures (person_id, reason, erased_at) VALUES ($1, $2, $3) ON CONFLICT (person_id) DO NOTHING"
    )
    .bind(who.person_id)
    .bind(reason)
    .bind(Utc::now())
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if claimed == 0 {
        return Ok(None);
    }
    // Free text first, while the name is still what was typed.
    if let Some(mentions) = Mentions::of(&who.full_name, &who.emails) {
        for declaration in declarations() {
            for column in declaration.free_text {
                erased.texts += mentions.replace_in(&mut tx, declaration.table.name, column, &alias).await?;
            }
        }
    }
    for (declaration, column, keys) in plan {
        for key in &keys {
            let changed = apply(&mut tx, declaration, column, key, &alias).await?;
            match declaration.erasure {
                Erasure::Delete => erased.removed += changed,
                Erasure::Set(_) => erased.pseudonymised += changed,
                Erasure::Keep => {}
            }
        }
    }
    // Every server's search index drops the name from what it indexed.
    platform::search_feed::changed(&mut tx, platform::search_feed::EVERYTHING).await?;
    audit::append(
        &mut tx,
        audit_ctx,
        Event {
            action: "privacy.erase",
            object_type: "person",
            object_id: who.person_id.to_string(),
            place_id: None,
            summary: format!(
                "{reason}: {} rows removed, {} pseudonymised, {} texts cleaned",
                erased.removed, erased.pseudonymised, erased.texts
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Some(erased))
}

async fn apply(
    tx: &mut Tx,
    declaration: &Declaration,
    column: &str,
    key: &Key,
    alias: &str,
) -> Result<u64, sqlx::Error> {
    let table = declaration.table.name;
    let sql = match declaration.erasure {
        Erasure::Keep => return Ok(0),
        Erasure::Delete => format!("DELETE FROM {table} WHERE {column} = $1"),
        Erasure::Set(clause) => format!("UPDATE {table} SET {clause} WHERE {column} = $1"),
    };
    let uses_alias = sql.contains("$2");
    on_tx!(tx, |c| {
        let query = sqlx::query(&sql);
        let query = match key {
            Key::Int(id) => query.bind(*id),
            Key::Text(text) => query.bind(text.clone()),
        };
        let query = if uses_alias { query.bind(alias.to_string()) } else { query };
        query.execute(&mut *c).await.map(|r| r.rows_affected())
    })
}
