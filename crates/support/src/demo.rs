//! Demo support work: two experts, a Kumanovo request answered by an
//! expert and another the expert is working on, a Danilovgrad question
//! turned into a FAQ entry, a fund call with Kumanovo's application waiting
//! for its review to start and Danilovgrad's in review by the hub and a
//! partner, North Macedonia's work plan for this year with an activity the
//! national coordinator must report on soon, and volunteer hours of
//! Kumanovo's prevention structure. Every date is relative to today, so
//! each demo role finds something waiting on its home page.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use platform::audit::{self, AuditCtx, Event};
use platform::{on_db, on_tx, Db};

use crate::experts::{self, Expert};
use crate::fund::{self, Call, Criterion, NewApplication};
use crate::helpdesk::{self, NewRequest, RequestState, Side, Topic};
use crate::{scope, workplans};
use platform::money::Eur;

async fn account(db: &Db, email: &str) -> Result<Option<i64>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT id FROM accounts WHERE email = $1")
        .bind(email)
        .fetch_optional(pool)
        .await)
}

pub async fn load_demo(db: &Db) -> anyhow::Result<()> {
    let (Some(kumanovo), Some(danilovgrad)) =
        (directory::places::find(db, "MK-703").await?, directory::places::find(db, "ME-07").await?)
    else {
        return Ok(());
    };
    let (Some(focal), Some(staff), Some(hub)) = (
        account(db, "focal.kumanovo@demo.example").await?,
        account(db, "staff.danilovgrad@demo.example").await?,
        account(db, "staff@demo.example").await?,
    ) else {
        return Ok(());
    };
    let expert_account = account(db, "expert@demo.example").await?;
    let partner = account(db, "partner@demo.example").await?;
    let now = Utc::now();
    let today = now.date_naive();
    let year = today.year();
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let needs = scope::assessed_needs(db, kumanovo.id).await?;
    let need = needs.first().cloned().unwrap_or_else(|| "need_youth".into());

    let mut tx = db.begin().await?;
    let youth = experts::create(
        &mut tx,
        &Expert {
            id: 0,
            account_id: expert_account,
            name: "Elena Demo".into(),
            themes: vec![need.clone(), "need_training".into()],
            languages: vec!["mk".into(), "sq".into(), "en".into()],
            countries: vec!["MK".into(), "XK".into(), "AL".into()],
            available_from: first,
            available_to: last,
            daily_rate: Eur::euros(350),
            conflicts: String::new(),
        },
    )
    .await?;
    experts::create(
        &mut tx,
        &Expert {
            id: 0,
            account_id: None,
            name: "Marko Demo".into(),
            themes: vec!["need_data".into(), "need_coordination".into()],
            languages: vec!["sr-Latn".into(), "bs".into(), "en".into()],
            countries: vec!["RS".into(), "BA".into(), "ME".into()],
            available_from: first,
            available_to: last,
            daily_rate: Eur::euros(300),
            conflicts: "Adviser to a ministry in Serbia".into(),
        },
    )
    .await?;
    let asked = now - Duration::days(6);
    let request = helpdesk::create(
        &mut tx,
        &NewRequest {
            place_id: kumanovo.id,
            asked_by: focal,
            topic: Topic::Support,
            need: &need,
            subject: "Support for our priority need",
            body: "Our assessment named this as our first need. Could the hub help us plan the first steps?",
            language: "en",
        },
        asked,
    )
    .await?;
    helpdesk::assign(&mut tx, request, hub, hub, asked + Duration::hours(3)).await?;
    let _ = helpdesk::move_to(&mut tx, request, RequestState::Open, Side::Hub, hub, asked + Duration::hours(3)).await?;
    let assignment = experts::assign(
        &mut tx,
        youth,
        Some(request),
        None,
        "A one-page plan of first steps",
        "theme, language, country",
    )
    .await?;
    if let Some(expert) = expert_account {
        let answer = "Start with the people already doing the work: map them, then agree one shared goal for the year.";
        helpdesk::add_event(&mut tx, request, Some(expert), "expert", "", answer, asked + Duration::days(1)).await?;
        experts::deliver(&mut tx, assignment, answer).await?;
        experts::log_time(&mut tx, assignment, (asked + Duration::days(1)).date_naive(), 3.0, "call and plan").await?;
    }
    let training = helpdesk::create(
        &mut tx,
        &NewRequest {
            place_id: kumanovo.id,
            asked_by: focal,
            topic: Topic::Support,
            need: "need_training",
            subject: "Training for school psychologists",
            body: "Our school psychologists ask how to talk with pupils about extremist content they meet online.",
            language: "en",
        },
        now - Duration::days(2),
    )
    .await?;
    helpdesk::assign(&mut tx, training, hub, hub, now - Duration::days(2) + Duration::hours(2)).await?;
    let opened = now - Duration::days(2) + Duration::hours(2);
    let _ = helpdesk::move_to(&mut tx, training, RequestState::Open, Side::Hub, hub, opened).await?;
    helpdesk::add_event(
        &mut tx,
        training,
        Some(hub),
        "reply",
        "",
        "Elena Demo, who works with schools in Macedonian and Albanian, will prepare a session outline and a handout.",
        opened,
    )
    .await?;
    helpdesk::add_event(
        &mut tx,
        training,
        Some(focal),
        "reply",
        "",
        "Thank you. Our psychologists are free on Tuesday afternoons; could the session be online?",
        now - Duration::days(1),
    )
    .await?;
    experts::assign(
        &mut tx,
        youth,
        Some(training),
        None,
        "A two-hour session outline and a handout in Macedonian and Albanian",
        "theme, language, country",
    )
    .await?;
    let question = helpdesk::create(
        &mut tx,
        &NewRequest {
            place_id: danilovgrad.id,
            asked_by: staff,
            topic: Topic::Question,
            need: "need_coordination",
            subject: "Who sits on a local safety council?",
            body: "We are setting up our council. Which institutions usually take part?",
            language: "en",
        },
        now - Duration::days(20),
    )
    .await?;
    helpdesk::add_event(
        &mut tx,
        question,
        Some(hub),
        "reply",
        "",
        "Usually the municipality, the police, schools, social welfare and health centres, and civil society.",
        now - Duration::days(19),
    )
    .await?;
    let _ =
        helpdesk::move_to(&mut tx, question, RequestState::Resolved, Side::Hub, hub, now - Duration::days(18)).await?;
    helpdesk::publish_faq(
        &mut tx,
        "Who usually sits on a local safety council?",
        "The municipality, the police, schools, the social welfare and health centres, and civil society organisations; some councils add religious communities and the media.",
        "en",
        question,
        now - Duration::days(18),
    )
    .await?;
    let call = fund::create_call(
        &mut tx,
        &Call {
            id: 0,
            title: format!("Technical Support Fund {year}"),
            budget: Eur::euros(60_000),
            max_amount: Eur::euros(15_000),
            countries: vec!["AL".into(), "BA".into(), "ME".into(), "MK".into(), "RS".into(), "XK".into()],
            criteria: vec![
                Criterion { name: "Relevance to the assessed need".into(), weight: 3.0 },
                Criterion { name: "Feasibility".into(), weight: 2.0 },
                Criterion { name: "Cost".into(), weight: 1.0 },
            ],
            deadline: today + Duration::days(40),
        },
    )
    .await?;
    fund::apply(
        &mut tx,
        &NewApplication {
            call_id: call,
            place_id: kumanovo.id,
            request_id: Some(request),
            need: &need,
            title: "First steps on our priority need",
            summary: "Four workshops with the Community Action Team and partners, and a shared plan for the year.",
            amount: Eur::euros(9_000),
            eligible: needs.contains(&need),
            eligibility: "",
            created_by: focal,
        },
    )
    .await?;
    let danilovgrad_need = scope::assessed_needs(db, danilovgrad.id)
        .await?
        .into_iter()
        .next()
        .unwrap_or_else(|| "need_coordination".into());
    let council = fund::apply(
        &mut tx,
        &NewApplication {
            call_id: call,
            place_id: danilovgrad.id,
            request_id: Some(question),
            need: &danilovgrad_need,
            title: "Training for the local safety council",
            summary: "Two days of training for the new council's members, and a visit to a council that works.",
            amount: Eur::euros(6_000),
            eligible: true,
            eligibility: "",
            created_by: staff,
        },
    )
    .await?;
    // A grant already under way, so the fund's figures are not all zero.
    if let Some(shkoder) = directory::places::find(db, "AL-SHKODER").await? {
        let grant = fund::apply(
            &mut tx,
            &NewApplication {
                call_id: call,
                place_id: shkoder.id,
                request_id: None,
                need: "need_youth",
                title: "A youth council for the city",
                summary:
                    "Setting up a youth council with schools and youth organisations, and its first year of meetings.",
                amount: Eur::euros(12_000),
                eligible: true,
                eligibility: "",
                created_by: hub,
            },
        )
        .await?;
        for stage in [fund::Stage::InReview, fund::Stage::Approved] {
            let _ = fund::store::move_to(&mut tx, grant, stage).await?;
        }
        let _ = fund::store::sign_agreement(&mut tx, grant, &format!("TSF-{year}-01")).await?;
        if let Ok(Some(first)) =
            fund::store::plan_tranche(&mut tx, grant, Eur::euros(6_000), today - Duration::days(20)).await?
        {
            fund::store::pay_tranche(&mut tx, grant, first, today - Duration::days(18)).await?;
        }
        let _ = fund::store::plan_tranche(&mut tx, grant, Eur::euros(6_000), today + Duration::days(60)).await?;
    }
    if fund::store::move_to(&mut tx, council, fund::Stage::InReview).await?.is_ok() {
        fund::store::add_reviewer(&mut tx, council, hub).await?;
        if let Some(partner) = partner {
            fund::store::add_reviewer(&mut tx, council, partner).await?;
        }
    }
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "support.demo",
            object_type: "support",
            object_id: "demo".into(),
            place_id: None,
            summary: "demo requests, experts, call".into(),
        },
    )
    .await?;
    tx.commit().await?;

    if let Some(mk) = directory::places::find(db, "MK").await? {
        let ranked = workplans::prioritised_needs(db, mk.id).await?;
        let mut tx = db.begin().await?;
        let plan = workplans::create(&mut tx, mk.id, i64::from(year), &ranked).await?;
        let objective: Option<i64> = on_tx!(&mut tx, |c| sqlx::query_scalar(
            "SELECT id FROM work_objectives WHERE plan_id = $1 AND position = 1"
        )
        .bind(plan)
        .fetch_optional(&mut *c)
        .await)?;
        if let Some(objective) = objective {
            on_tx!(&mut tx, |c| {
                sqlx::query(
                "INSERT INTO work_activities (objective_id, title, places, starts_on, ends_on, budget_cents, status, progress, indicators) \
                 VALUES ($1, 'Peer exchange of focal points', 'MK-703', $2, $3, 600000, 'ongoing', 40, '20 focal points take part')"
            )
            .bind(objective)
            .bind(NaiveDate::from_ymd_opt(year, 3, 1).unwrap_or(first))
            .bind(NaiveDate::from_ymd_opt(year, 10, 31).unwrap_or(last))
            .execute(&mut *c)
            .await
            .map(|_| ())
            })?;
            let national: Option<i64> = on_tx!(&mut tx, |c| sqlx::query_scalar(
                "SELECT p.id FROM positions p JOIN institutions i ON i.id = p.institution_id \
                 WHERE i.code = 'MK-NATIONAL-PCVE' AND p.function = 'national_coordinator'"
            )
            .fetch_optional(&mut *c)
            .await)?;
            on_tx!(&mut tx, |c| {
                sqlx::query(
                "INSERT INTO work_activities (objective_id, title, places, starts_on, ends_on, budget_cents, status, progress, indicators, owner_position_id) \
                 VALUES ($1, 'National meeting of local prevention councils', 'MK', $2, $3, 450000, 'ongoing', 60, 'Every member municipality takes part', $4)"
            )
            .bind(objective)
            .bind(today - Duration::days(45))
            .bind(today + Duration::days(21))
            .bind(national)
            .execute(&mut *c)
            .await
            .map(|_| ())
            })?;
        }
        tx.commit().await?;
    }

    let structure: Option<(i64, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT s.id, m.position_id FROM structures s JOIN structure_members m ON m.structure_id = s.id WHERE s.place_id = $1 ORDER BY m.id LIMIT 1"
    )
    .bind(kumanovo.id)
    .fetch_optional(pool)
    .await
    })?;
    if let Some((structure, position)) = structure {
        let mut tx = db.begin().await?;
        for (days_ago, hours) in [(30, 3.0), (16, 2.5), (2, 4.0)] {
            on_tx!(&mut tx, |c| {
                sqlx::query(
                "INSERT INTO volunteer_hours (position_id, place_id, structure_id, day, hours, note, created_at) VALUES ($1, $2, $3, $4, $5, 'team meeting', $6)"
            )
            .bind(position)
            .bind(kumanovo.id)
            .bind(structure)
            .bind(today - Duration::days(days_ago))
            .bind(hours)
            .bind(now)
            .execute(&mut *c)
            .await
            .map(|_| ())
            })?;
        }
        tx.commit().await?;
    }
    Ok(())
}
