//! A demo channel in North Macedonia, from the security service's liaison
//! office to Kumanovo's focal point and social work centre, with one notice
//! waiting to be acknowledged.

use chrono::{Duration, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::crypto::SecretBox;
use platform::{on_tx, Db, Tx};

use crate::kinds::{Content, Kind};
use crate::store::{self, NewChannel};

async fn position(tx: &mut Tx, institution: &str, function: &str) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "SELECT p.id FROM positions p JOIN institutions i ON i.id = p.institution_id WHERE i.code = $1 AND p.function = $2"
    )
    .bind(institution)
    .bind(function)
    .fetch_optional(&mut *c)
    .await
    })
}

pub async fn load_demo(db: &Db, sealer: &SecretBox) -> anyhow::Result<()> {
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let country = directory::records::place_id(&mut tx, "MK").await?.ok_or_else(|| anyhow::anyhow!("MK is missing"))?;
    let (Some(sender), Some(focal), Some(social), supervisor) = (
        position(&mut tx, "MK-SECURITY-LIAISON", "security_liaison").await?,
        position(&mut tx, "MK-703-ADMIN", "prevention_focal_point").await?,
        position(&mut tx, "MK-703-SWC", "director").await?,
        position(&mut tx, "MK-NATIONAL-PCVE", "national_coordinator").await?,
    ) else {
        anyhow::bail!("the demo directory lacks the positions of the demo channel");
    };
    let channel = store::create_channel(
        &mut tx,
        &NewChannel {
            country_id: country,
            name: "Returns and risks — Kumanovo",
            sender_position_id: sender,
            supervisor_position_id: supervisor,
            legal_basis: "Memorandum of understanding between the national security service and the Municipality of Kumanovo on preparing local services for returnees (fictional, for the demo).",
            legal_reference: "MoU 2023/07 (demo)",
            legal_date: chrono::NaiveDate::from_ymd_opt(2023, 7, 1),
            review_date: chrono::NaiveDate::from_ymd_opt(2026, 7, 1),
            kinds: "return,threat,programme,request",
            ack_hours: 48,
            receivers: &[focal, social],
        },
        now,
    )
    .await?;
    let content: Content = [
        ("arrival_from", (now + Duration::days(10)).format("%Y-%m-%d").to_string()),
        ("arrival_to", (now + Duration::days(24)).format("%Y-%m-%d").to_string()),
        ("adults", "1".into()),
        ("children", "3".into()),
        ("children_ages", "5, 8, 13".into()),
        ("prepare", "schooling,health,psychosocial".into()),
        ("notes", "The children have not attended school for several years.".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let sealed = sealer.seal(&serde_json::to_string(&content)?);
    let sent_by: i64 =
        on_tx!(&mut tx, |c| sqlx::query_scalar("SELECT MIN(id) FROM accounts").fetch_one(&mut *c).await)?;
    let notice: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO notices (channel_id, kind, tlp, direction, from_position_id, sent_by, state, content, created_at, ack_deadline, escalation, expires_at) \
         VALUES ($1, $2, 'TLP:AMBER', 'down', $3, $4, 'delivered', $5, $6, $7, 0, $8) RETURNING id"
    )
    .bind(channel)
    .bind(Kind::Return.as_str())
    .bind(sender)
    .bind(sent_by)
    .bind(&sealed)
    .bind(now)
    .bind(now + Duration::hours(48))
    .bind(now + Duration::days(Kind::Return.retention_days()))
    .fetch_one(&mut *c)
    .await
    })?;
    store::add_recipients(&mut tx, notice, &[focal, social]).await?;
    // An earlier notice, acknowledged, whose local plan the liaison has yet to read.
    let earlier: Content = [
        ("arrival_from", (now - Duration::days(12)).format("%Y-%m-%d").to_string()),
        ("arrival_to", (now - Duration::days(5)).format("%Y-%m-%d").to_string()),
        ("adults", "2".into()),
        ("children", "1".into()),
        ("children_ages", "15".into()),
        ("prepare", "schooling,social_welfare".into()),
        ("notes", "The mother asks for help finding work.".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let day = |days: i64| (now + Duration::days(days)).format("%Y-%m-%d").to_string();
    let plan: crate::forms::Plan = vec![
        ("Secondary school: a place in the first year".into(), "School psychologist".into(), day(-2)),
        ("Help finding work for the mother".into(), "Centre for Social Work".into(), day(4)),
        ("A home visit in the first week".into(), "Centre for Social Work".into(), day(1)),
    ];
    let filed = now - Duration::days(3);
    let answered: i64 = on_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO notices (channel_id, kind, tlp, direction, from_position_id, sent_by, state, content, plan, created_at, \
         ack_deadline, acknowledged_at, acknowledged_by, responded_at, escalation, expires_at) \
         VALUES ($1, $2, 'TLP:AMBER', 'down', $3, $4, 'responded', $5, $6, $7, $8, $9, \
         (SELECT id FROM accounts WHERE email = 'focal.kumanovo@demo.example'), $10, 0, $11) RETURNING id"
    )
    .bind(channel)
    .bind(Kind::Return.as_str())
    .bind(sender)
    .bind(sent_by)
    .bind(sealer.seal(&serde_json::to_string(&earlier)?))
    .bind(sealer.seal(&serde_json::to_string(&plan)?))
    .bind(now - Duration::days(9))
    .bind(now - Duration::days(7))
    .bind(now - Duration::days(8))
    .bind(filed)
    .bind(now + Duration::days(Kind::Return.retention_days() - 9))
    .fetch_one(&mut *c)
    .await
    })?;
    store::add_recipients(&mut tx, answered, &[focal, social]).await?;
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "demo.sharing",
            object_type: "channel",
            object_id: channel.to_string(),
            place_id: Some(country),
            summary: "demo channel and two return notices".into(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
