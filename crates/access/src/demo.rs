//! One demo sign-in per role, attached to the demo directory's people and
//! places. Demo accounts skip the second factor, and every page of a demo
//! instance says so.

use chrono::Utc;
use platform::audit::{self, AuditCtx, Event};
use platform::auth::password;
use platform::policy::Role;
use platform::{on_tx, Db, Tx};

use crate::store::{self, NewGrant};

pub const DEMO_PASSWORD: &str = "mosaic-of-cities-2023";

/// (role, e-mail, place code, institution code, position: institution code and function)
type DemoAccount =
    (Role, &'static str, Option<&'static str>, Option<&'static str>, Option<(&'static str, &'static str)>);

const DEMO_ACCOUNTS: &[DemoAccount] = &[
    (Role::HubAdmin, "admin@demo.example", Some("WB"), None, None),
    (Role::HubStaff, "staff@demo.example", Some("WB"), None, Some(("HUB-OFFICE", "hub_coordinator"))),
    (
        Role::NationalCoordinator,
        "national.mk@demo.example",
        Some("MK"),
        None,
        Some(("MK-NATIONAL-PCVE", "national_coordinator")),
    ),
    (
        Role::SecurityLiaison,
        "liaison.mk@demo.example",
        Some("MK"),
        None,
        Some(("MK-SECURITY-LIAISON", "security_liaison")),
    ),
    (
        Role::FocalPoint,
        "focal.kumanovo@demo.example",
        Some("MK-703"),
        None,
        Some(("MK-703-ADMIN", "prevention_focal_point")),
    ),
    (
        Role::MunicipalStaff,
        "staff.danilovgrad@demo.example",
        Some("ME-07"),
        None,
        Some(("ME-07-ADMIN", "head_of_social_services")),
    ),
    (Role::Expert, "expert@demo.example", None, None, None),
    (Role::Partner, "partner@demo.example", Some("WB"), None, None),
    (
        Role::CivilSociety,
        "youth.kumanovo@demo.example",
        None,
        Some("MK-703-YOUTH"),
        Some(("MK-703-YOUTH", "youth_worker")),
    ),
];

async fn id_of(tx: &mut Tx, sql: &str, key: &str) -> Result<Option<i64>, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query_scalar(sql).bind(key).fetch_optional(&mut *c).await)
}

/// Creates the demo accounts; returns (role, e-mail) for each.
pub async fn create_demo_accounts(db: &Db) -> anyhow::Result<Vec<(Role, &'static str)>> {
    let hash = password::hash(DEMO_PASSWORD.to_string()).await?;
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let mut made = Vec::new();
    for (n, (role, email, place, institution, position)) in DEMO_ACCOUNTS.iter().enumerate() {
        let place_id = match place {
            Some(code) => id_of(&mut tx, "SELECT id FROM places WHERE code = $1", code).await?,
            None => None,
        };
        let institution_id = match institution {
            Some(code) => id_of(&mut tx, "SELECT id FROM institutions WHERE code = $1", code).await?,
            None => None,
        };
        let position_id: Option<i64> = match position {
            Some((inst, function)) => on_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                "SELECT p.id FROM positions p JOIN institutions i ON i.id = p.institution_id WHERE i.code = $1 AND p.function = $2"
            )
            .bind(inst)
            .bind(function)
            .fetch_optional(&mut *c)
            .await
            })?,
            None => None,
        };
        // The person who holds the position today, or a new demo person.
        let holder: Option<i64> = match position_id {
            Some(pid) => on_tx!(&mut tx, |c| {
                sqlx::query_scalar(
                "SELECT person_id FROM position_holders WHERE position_id = $1 AND role = 'holder' AND valid_to IS NULL ORDER BY valid_from DESC LIMIT 1"
            )
            .bind(pid)
            .fetch_optional(&mut *c)
            .await
            })?,
            None => None,
        };
        let person = match holder {
            Some(person) => person,
            None => {
                let name = format!(
                    "Demo {} {}",
                    ["Arta", "Damir", "Milica", "Bojan", "Jovana", "Fjolla", "Lejla", "Ardit", "Vesna"][n % 9],
                    ["Kola", "Begić", "Lakić", "Iljazi", "Marković", "Gashi", "Delić", "Shehu", "Ristovska"][n % 9]
                );
                let person = directory::records::add_person(&mut tx, &name, Some(email)).await?;
                if let Some(pid) = position_id {
                    directory::records::add_holder(&mut tx, pid, person, "holder", now.date_naive(), None).await?;
                }
                person
            }
        };
        let account = store::create_account(&mut tx, person, email, Some(&hash), None, true, now).await?;
        store::add_grant(
            &mut tx,
            account,
            &NewGrant { role: role.key(), place_id, institution_id, position_id },
            None,
            now,
        )
        .await?;
        made.push((*role, *email));
    }
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "demo.accounts",
            object_type: "instance",
            object_id: "demo".into(),
            place_id: None,
            summary: format!("{} demo accounts created", made.len()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(made)
}

/// Creates an administrator from the command line (`mozaik init --admin-email`).
pub async fn create_admin(
    db: &Db,
    email: &str,
    name: &str,
    password_text: &str,
    region_code: &str,
) -> anyhow::Result<i64> {
    let email = email.trim().to_lowercase();
    if !platform::web::form::looks_like_email(&email) {
        anyhow::bail!("'{email}' is not an e-mail address");
    }
    if let Err(weakness) = password::check_rules(password_text, &email) {
        anyhow::bail!(
            "the administrator's password is refused: {}",
            match weakness {
                password::Weakness::TooShort => format!("it must have at least {} characters", password::MIN_LENGTH),
                password::Weakness::TooLong => "it is too long".into(),
                password::Weakness::Common => "it is one of the most common passwords".into(),
                password::Weakness::ContainsEmail => "it contains the e-mail address".into(),
            }
        );
    }
    let hash = password::hash(password_text.to_string()).await?;
    let now = Utc::now();
    let mut tx = db.begin().await?;
    let exists: Option<i64> = id_of(&mut tx, "SELECT id FROM accounts WHERE email = $1", &email).await?;
    if exists.is_some() {
        anyhow::bail!("an account with the e-mail address {email} already exists");
    }
    let region = id_of(&mut tx, "SELECT id FROM places WHERE code = $1", region_code).await?;
    let person = directory::records::add_person(&mut tx, name, Some(&email)).await?;
    let account = store::create_account(&mut tx, person, &email, Some(&hash), None, false, now).await?;
    store::add_grant(
        &mut tx,
        account,
        &NewGrant { role: Role::HubAdmin.key(), place_id: region, institution_id: None, position_id: None },
        None,
        now,
    )
    .await?;
    audit::append(
        &mut tx,
        &AuditCtx::cli("init"),
        Event {
            action: "account.create_admin",
            object_type: "account",
            object_id: account.to_string(),
            place_id: region,
            summary: "first administrator created from the command line".into(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}
