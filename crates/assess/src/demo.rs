//! Demo rounds: a 2023 baseline that every member city answered, so the
//! results pages have a picture to show, and a current round still open.

use chrono::{Duration, NaiveDate, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::policy::Audience;
use platform::{on_db, Db};

use crate::{default_instrument, instrument, store};

/// Deterministic answers that differ from city to city.
fn answer(question: &str, n: usize) -> Option<String> {
    let pick = |options: &[&str]| options[n % options.len()].to_string();
    Some(match question {
        "mandate" => pick(&["yes", "no", "no", "dont_know", "yes", "no"]),
        "national_strategy" => {
            pick(&["consulted", "not_involved", "informed", "not_involved", "dont_know", "designed"])
        }
        "roles_clarity" => pick(&["likert_2", "likert_1", "likert_3", "dont_know", "likert_2"]),
        "data_access" => pick(&["no", "partly", "no", "dont_know"]),
        "police_sharing" => pick(&["personal", "occasional", "personal", "none", "regular"]),
        "programmes" => pick(&["yes", "no", "dont_know", "no", "yes", "yes", "no"]),
        "budget" => pick(&["no", "no", "yes", "dont_know", "no"]),
        "budget_amount" => return None,
        "staff_expertise" => pick(&["partly", "no", "partly", "dont_know", "yes"]),
        "structure_exists" => pick(&["yes", "yes", "no", "yes"]),
        "structure_meets" => pick(&["quarterly", "rarely", "monthly"]),
        "structure_paid" => pick(&["unpaid", "unpaid", "mixed"]),
        "youth_engagement" => pick(&["likert_2", "likert_3", "likert_1", "dont_know"]),
        "trust" => pick(&["likert_3", "likert_2", "likert_2", "likert_4"]),
        "priority_needs" => pick(&[
            "need_training,need_funding,need_data",
            "need_coordination,need_data,need_youth",
            "need_funding,need_psychosocial",
            "need_youth,need_training,need_communication",
        ]),
        "support_wanted" => pick(&["expert,fund", "peer_exchange,training", "helpdesk,fund,training", "fund"]),
        _ => return None,
    })
}

pub async fn load_demo(db: &Db) -> anyhow::Result<()> {
    let instrument_id = default_instrument::install(db).await?;
    let Some(instrument) = instrument::load(db, instrument_id).await? else { return Ok(()) };
    let members: Vec<i64> = on_db!(db, |pool| sqlx::query_scalar(
        "SELECT place_id FROM memberships WHERE valid_to IS NULL ORDER BY place_id"
    )
    .fetch_all(pool)
    .await)?;
    let opened = NaiveDate::from_ymd_opt(2023, 3, 1).unwrap_or_default();
    let closed = NaiveDate::from_ymd_opt(2023, 6, 30).unwrap_or_default();
    let mut tx = db.begin().await?;
    let baseline = store::open_round(&mut tx, instrument_id, "2023 baseline", opened, closed, &members).await?;
    let now = Utc::now();
    let today = now.date_naive();
    let current =
        store::open_round(&mut tx, instrument_id, "2026 follow-up", today, today + Duration::days(45), &members)
            .await?;
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "demo.assess",
            object_type: "round",
            object_id: format!("{baseline},{current}"),
            place_id: None,
            summary: format!("two demo rounds for {} member cities", members.len()),
        },
    )
    .await?;
    tx.commit().await?;
    let codes = directory::places::codes(db).await?;
    let focal: Option<i64> =
        on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = 'focal.kumanovo@demo.example'")
            .fetch_optional(pool)
            .await)?;
    for (n, place) in members.iter().enumerate() {
        let Some(entry) = store::entry(db, baseline, *place).await? else { continue };
        let mut answers = Vec::new();
        let mut by_name = std::collections::BTreeMap::new();
        for q in &instrument.questions {
            if let Some(value) = answer(&q.name, n) {
                by_name.insert(q.name.clone(), value);
            }
        }
        for q in &instrument.questions {
            if let Some(value) = by_name.get(&q.name).filter(|_| instrument::is_relevant(&q.relevant, &by_name)) {
                answers.push((q.id, value.clone()));
            }
        }
        // Who may see the answers by name, as the municipalities chose: every
        // North Macedonian member shares with its national coordinator
        // (Kumanovo with partners too), the others vary.
        let code = codes.get(place).map(String::as_str).unwrap_or("");
        let audience = match (code, n % 4) {
            ("MK-703", _) => Some(Audience::Partners),
            (c, _) if c.starts_with("MK") => Some(Audience::National),
            (_, 0) => Some(Audience::Partners),
            (_, 1) => Some(Audience::National),
            (_, 2) => Some(Audience::Public),
            _ => None,
        };
        let by = if code == "MK-703" { focal } else { None };
        let shared = audience.is_some_and(|a| a.includes(Audience::National));
        let mut tx = db.begin().await?;
        store::save_entry(&mut tx, entry.id, &answers, store::EntryStatus::Submitted, shared, now).await?;
        if let Some(audience) = audience {
            crate::audiences::choose(&mut tx, *place, None, audience, by, now).await?;
        }
        audit::append(
            &mut tx,
            &AuditCtx::cli("demo"),
            Event {
                action: "demo.assess_answers",
                object_type: "round_place",
                object_id: entry.id.to_string(),
                place_id: Some(*place),
                summary: format!("{} demo answers", answers.len()),
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}
