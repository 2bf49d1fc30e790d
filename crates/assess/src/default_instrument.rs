//! The default instrument, "Local prevention capacity and needs": its
//! questions, choice lists and skip logic. The wording lives in each
//! locale's `instrument.ftl`, so the instrument ships in every language.

use std::collections::BTreeMap;

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::i18n::i18n;
use platform::{on_db, on_tx, Db, Tx};

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

/// A group of questions: its key and the message id of its title.
pub const GROUPS: &[(&str, &str)] = &[
    ("mandate", "instrument-group-mandate"),
    ("levels", "instrument-group-levels"),
    ("means", "instrument-group-means"),
    ("structures", "instrument-group-structures"),
    ("needs", "instrument-group-needs"),
];

/// A question of the default instrument.
pub struct DefaultQuestion {
    pub group: &'static str,
    pub name: &'static str,
    /// The message id of its wording.
    pub message: &'static str,
    pub qtype: &'static str,
    pub list: &'static str,
    pub required: bool,
    pub relevant: &'static str,
}

const fn question(
    group: &'static str,
    name: &'static str,
    message: &'static str,
    qtype: &'static str,
    list: &'static str,
    required: bool,
    relevant: &'static str,
) -> DefaultQuestion {
    DefaultQuestion { group, name, message, qtype, list, required, relevant }
}

pub const QUESTIONS: &[DefaultQuestion] = &[
    question("mandate", "mandate", "q-mandate", "select_one", "yes_no", true, ""),
    question("mandate", "national_strategy", "q-national_strategy", "select_one", "involvement", true, ""),
    question("levels", "roles_clarity", "q-roles_clarity", "likert", "likert", true, ""),
    question("levels", "data_access", "q-data_access", "select_one", "yes_partly_no", true, ""),
    question("levels", "police_sharing", "q-police_sharing", "select_one", "flow", true, ""),
    question("means", "programmes", "q-programmes", "select_one", "yes_no", true, ""),
    question("means", "budget", "q-budget", "select_one", "yes_no", true, ""),
    question("means", "budget_amount", "q-budget_amount", "decimal", "", false, "${budget} = 'yes'"),
    question("means", "staff_expertise", "q-staff_expertise", "select_one", "yes_partly_no", true, ""),
    question("structures", "structure_exists", "q-structure_exists", "select_one", "yes_no", true, ""),
    question(
        "structures",
        "structure_meets",
        "q-structure_meets",
        "select_one",
        "frequency",
        true,
        "${structure_exists} = 'yes'",
    ),
    question(
        "structures",
        "structure_paid",
        "q-structure_paid",
        "select_one",
        "paid",
        true,
        "${structure_exists} = 'yes'",
    ),
    question("structures", "youth_engagement", "q-youth_engagement", "likert", "likert", true, ""),
    question("structures", "trust", "q-trust", "likert", "likert", true, ""),
    question("needs", "priority_needs", "q-priority_needs", "rank", "needs", true, ""),
    question("needs", "support_wanted", "q-support_wanted", "select_multiple", "support", true, ""),
    question("needs", "comments", "q-comments", "text", "", false, ""),
];

/// Choice lists, each choice with the message id of its label; every list
/// but the needs ends with "don't know".
pub const LISTS: &[(&str, &[(&str, &str)])] = &[
    ("yes_no", &[("yes", "choice-yes"), ("no", "choice-no"), ("dont_know", "choice-dont_know")]),
    (
        "yes_partly_no",
        &[("yes", "choice-yes"), ("partly", "choice-partly"), ("no", "choice-no"), ("dont_know", "choice-dont_know")],
    ),
    (
        "involvement",
        &[
            ("designed", "choice-designed"),
            ("consulted", "choice-consulted"),
            ("informed", "choice-informed"),
            ("not_involved", "choice-not_involved"),
            ("no_strategy", "choice-no_strategy"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
    (
        "flow",
        &[
            ("regular", "choice-regular"),
            ("occasional", "choice-occasional"),
            ("personal", "choice-personal"),
            ("none", "choice-none"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
    (
        "frequency",
        &[
            ("monthly", "choice-monthly"),
            ("quarterly", "choice-quarterly"),
            ("rarely", "choice-rarely"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
    (
        "paid",
        &[
            ("paid", "choice-paid"),
            ("unpaid", "choice-unpaid"),
            ("mixed", "choice-mixed"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
    (
        "likert",
        &[
            ("likert_1", "choice-likert_1"),
            ("likert_2", "choice-likert_2"),
            ("likert_3", "choice-likert_3"),
            ("likert_4", "choice-likert_4"),
            ("likert_5", "choice-likert_5"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
    (
        "needs",
        &[
            ("need_training", "choice-need_training"),
            ("need_data", "choice-need_data"),
            ("need_coordination", "choice-need_coordination"),
            ("need_funding", "choice-need_funding"),
            ("need_youth", "choice-need_youth"),
            ("need_psychosocial", "choice-need_psychosocial"),
            ("need_communication", "choice-need_communication"),
        ],
    ),
    (
        "support",
        &[
            ("helpdesk", "choice-helpdesk"),
            ("expert", "choice-expert"),
            ("fund", "choice-fund"),
            ("peer_exchange", "choice-peer_exchange"),
            ("training", "choice-training"),
            ("dont_know", "choice-dont_know"),
        ],
    ),
];

/// A text in every locale, as stored JSON.
/// The message naming a need of the default questionnaire's needs list.
pub fn need_message(need: &str) -> Option<&'static str> {
    let needs = LISTS.iter().find(|(list, _)| *list == "needs").map(|(_, choices)| *choices).unwrap_or_default();
    needs.iter().find(|(name, _)| *name == need).map(|(_, id)| *id)
}

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
    insert_groups(&mut tx, id).await?;
    insert_questions(&mut tx, id).await?;
    insert_choices(&mut tx, id).await?;
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

async fn insert_groups(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    for (position, (group, message)) in GROUPS.iter().enumerate() {
        on_tx!(tx, |c| sqlx::query(
            "INSERT INTO instrument_groups (instrument_id, key, position, labels) VALUES ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(*group)
        .bind(position as i64)
        .bind(labels(message))
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(())
}

async fn insert_questions(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    for (position, q) in QUESTIONS.iter().enumerate() {
        on_tx!(tx, |c| {
            sqlx::query(
            "INSERT INTO questions (instrument_id, position, group_key, name, qtype, list_name, required, relevant, labels) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
        )
        .bind(id)
        .bind(position as i64)
        .bind(q.group)
        .bind(q.name)
        .bind(q.qtype)
        .bind(q.list)
        .bind(q.required)
        .bind(q.relevant)
        .bind(labels(q.message))
        .execute(&mut *c)
        .await
        .map(|_| ())
        })?;
    }
    Ok(())
}

async fn insert_choices(tx: &mut Tx, id: i64) -> Result<(), sqlx::Error> {
    for (list, choices) in LISTS {
        for (position, (name, message)) in choices.iter().enumerate() {
            on_tx!(tx, |c| sqlx::query(
                "INSERT INTO choices (instrument_id, list_name, name, position, labels) VALUES ($1, $2, $3, $4, $5)"
            )
            .bind(id)
            .bind(*list)
            .bind(*name)
            .bind(position as i64)
            .bind(labels(message))
            .execute(&mut *c)
            .await
            .map(|_| ()))?;
        }
    }
    Ok(())
}
