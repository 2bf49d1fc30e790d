//! The default instrument, "Local prevention capacity and needs": its
//! questions, choice lists and skip logic. The wording lives in each
//! locale's `instrument.ftl`, so the instrument ships in every language.

use std::collections::BTreeMap;

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::i18n::i18n;
use platform::{on_db, on_tx, Db};

pub const CODE: &str = "local-capacity";
pub const VERSION: i64 = 1;

pub const NOTES: &str = "Shaped by the findings of the hub's inaugural workshop in Sarajevo (8–9 February 2023): \
cities without a clear prevention mandate; national strategies that rarely involve local governments; \
no access to central data on threats; information flowing through personal relationships rather than \
institutions; over 70% of participants reporting that their city lacked programmes, resources and \
expertise, or not knowing; multi-stakeholder structures running on unpaid time; youth distrust. \
Further shaped by the Radicalisation Awareness Network's guidance on local prevention frameworks \
(RAN Local, 2016) and the OSCE's guidebook on a community-policing approach to preventing violent \
extremism (2014). Every question allows \"don't know\", which is counted, never dropped.";

pub const GROUPS: &[&str] = &["mandate", "levels", "means", "structures", "needs"];

/// (group, name, type, choice list, required, relevant)
pub const QUESTIONS: &[(&str, &str, &str, &str, bool, &str)] = &[
    ("mandate", "mandate", "select_one", "yes_no", true, ""),
    ("mandate", "national_strategy", "select_one", "involvement", true, ""),
    ("levels", "roles_clarity", "likert", "likert", true, ""),
    ("levels", "data_access", "select_one", "yes_partly_no", true, ""),
    ("levels", "police_sharing", "select_one", "flow", true, ""),
    ("means", "programmes", "select_one", "yes_no", true, ""),
    ("means", "budget", "select_one", "yes_no", true, ""),
    ("means", "budget_amount", "decimal", "", false, "${budget} = 'yes'"),
    ("means", "staff_expertise", "select_one", "yes_partly_no", true, ""),
    ("structures", "structure_exists", "select_one", "yes_no", true, ""),
    ("structures", "structure_meets", "select_one", "frequency", true, "${structure_exists} = 'yes'"),
    ("structures", "structure_paid", "select_one", "paid", true, "${structure_exists} = 'yes'"),
    ("structures", "youth_engagement", "likert", "likert", true, ""),
    ("structures", "trust", "likert", "likert", true, ""),
    ("needs", "priority_needs", "rank", "needs", true, ""),
    ("needs", "support_wanted", "select_multiple", "support", true, ""),
    ("needs", "comments", "text", "", false, ""),
];

/// Choice lists; every list ends with "don't know".
pub const LISTS: &[(&str, &[&str])] = &[
    ("yes_no", &["yes", "no", "dont_know"]),
    ("yes_partly_no", &["yes", "partly", "no", "dont_know"]),
    ("involvement", &["designed", "consulted", "informed", "not_involved", "no_strategy", "dont_know"]),
    ("flow", &["regular", "occasional", "personal", "none", "dont_know"]),
    ("frequency", &["monthly", "quarterly", "rarely", "dont_know"]),
    ("paid", &["paid", "unpaid", "mixed", "dont_know"]),
    ("likert", &["likert_1", "likert_2", "likert_3", "likert_4", "likert_5", "dont_know"]),
    (
        "needs",
        &[
            "need_training",
            "need_data",
            "need_coordination",
            "need_funding",
            "need_youth",
            "need_psychosocial",
            "need_communication",
        ],
    ),
    ("support", &["helpdesk", "expert", "fund", "peer_exchange", "training", "dont_know"]),
];

/// A text in every locale, as stored JSON.
fn labels(key: &str) -> String {
    let map: BTreeMap<&str, String> = i18n().locales().iter().map(|l| (l.info.code, l.tr().t(key))).collect();
    serde_json::to_string(&map).unwrap_or_default()
}

/// Installs the default instrument once; returns its id.
pub async fn install(db: &Db) -> anyhow::Result<i64> {
    let existing: Option<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM instruments WHERE code = $1 AND version = $2")
            .bind(CODE)
            .bind(VERSION)
            .fetch_optional(pool)
            .await)?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let mut tx = db.begin().await?;
    let id: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO instruments (code, version, labels, notes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id"
    )
    .bind(CODE)
    .bind(VERSION)
    .bind(labels("instrument-title"))
    .bind(NOTES)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await
    })?;
    for (position, group) in GROUPS.iter().enumerate() {
        on_tx!(&mut tx, |c| sqlx::query(
            "INSERT INTO instrument_groups (instrument_id, key, position, labels) VALUES ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(*group)
        .bind(position as i64)
        .bind(labels(&format!("instrument-group-{group}")))
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    for (position, (group, name, qtype, list, required, relevant)) in QUESTIONS.iter().enumerate() {
        on_tx!(&mut tx, |c| {
            sqlx::query(
            "INSERT INTO questions (instrument_id, position, group_key, name, qtype, list_name, required, relevant, labels) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        )
        .bind(id)
        .bind(position as i64)
        .bind(*group)
        .bind(*name)
        .bind(*qtype)
        .bind(*list)
        .bind(*required)
        .bind(*relevant)
        .bind(labels(&format!("q-{name}")))
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    for (list, names) in LISTS {
        for (position, name) in names.iter().enumerate() {
            on_tx!(&mut tx, |c| sqlx::query(
                "INSERT INTO choices (instrument_id, list_name, name, position, labels) VALUES ($1, $2, $3, $4, $5)"
            )
            .bind(id)
            .bind(*list)
            .bind(*name)
            .bind(position as i64)
            .bind(labels(&format!("choice-{name}")))
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
    }
    audit::append(
        &mut tx,
        &AuditCtx::cli("init"),
        Event {
            action: "assess.instrument_installed",
            object_type: "instrument",
            object_id: format!("{CODE} v{VERSION}"),
            place_id: None,
            summary: format!("{} questions in {} languages", QUESTIONS.len(), i18n().locales().len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
