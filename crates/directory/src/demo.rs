//! Demonstration data: fictional people, positions and prevention structures
//! in real places and real public institutions, so that every page has
//! something true to its shape to show. No person named here exists.

use chrono::NaiveDate;
use platform::audit::{self, AuditCtx, Event};
use platform::{on_tx, Db};

use crate::records::*;
use crate::reference::{ensure_hub, HubSettings};

/// A member city of the demo network.
struct DemoCity {
    code: &'static str,
    member_since: &'static str,
}

const CITIES: &[DemoCity] = &[
    DemoCity { code: "BA-FBIH-GRAD-SARAJEVO", member_since: "2023-02-08" },
    DemoCity { code: "MK-703", member_since: "2023-02-08" },
    DemoCity { code: "ME-07", member_since: "2023-02-08" },
    DemoCity { code: "AL-SHKODER", member_since: "2023-02-08" },
    DemoCity { code: "XK-PRISHTINE", member_since: "2023-02-08" },
    DemoCity { code: "RS-NOVI-PAZAR", member_since: "2023-02-08" },
    DemoCity { code: "MK-609", member_since: "2023-06-15" },
    DemoCity { code: "MK-501", member_since: "2023-06-15" },
    DemoCity { code: "BA-FBIH-TUZLA", member_since: "2023-02-08" },
    DemoCity { code: "BA-FBIH-MOSTAR", member_since: "2024-03-01" },
    DemoCity { code: "ME-16", member_since: "2023-02-08" },
    DemoCity { code: "ME-04", member_since: "2024-03-01" },
    DemoCity { code: "AL-TIRANE", member_since: "2023-02-08" },
    DemoCity { code: "AL-ELBASAN", member_since: "2024-03-01" },
    DemoCity { code: "XK-GJILAN", member_since: "2023-06-15" },
    DemoCity { code: "XK-PRIZREN", member_since: "2024-03-01" },
    DemoCity { code: "RS-NIS", member_since: "2024-03-01" },
];

const FIRST_NAMES: &[(&str, &[&str])] = &[
    ("AL", &["Arta", "Besnik", "Elira", "Gentian", "Jonida", "Ledio", "Mirela", "Ardit"]),
    ("BA", &["Amina", "Damir", "Lejla", "Nedim", "Selma", "Tarik", "Jasmina", "Mirza"]),
    ("ME", &["Milica", "Nikola", "Jelena", "Vuk", "Ivana", "Marko", "Tijana", "Luka"]),
    ("MK", &["Ana", "Bojan", "Elena", "Filip", "Marija", "Stefan", "Arben", "Vesna"]),
    ("RS", &["Jovana", "Miloš", "Katarina", "Nemanja", "Emina", "Aleksa", "Mina", "Adnan"]),
    ("XK", &["Blerta", "Driton", "Fjolla", "Kushtrim", "Vjosa", "Liridon", "Teuta", "Arian"]),
];

const LAST_NAMES: &[(&str, &[&str])] = &[
    ("AL", &["Hoxha", "Leka", "Dervishi", "Kola", "Marku", "Shehu", "Gjoni", "Prifti"]),
    ("BA", &["Hodžić", "Kovačević", "Mehmedović", "Begić", "Jurić", "Salihović", "Delić", "Marić"]),
    ("ME", &["Vujović", "Radulović", "Popović", "Bulatović", "Šćekić", "Lakić", "Perović", "Đukanović"]),
    ("MK", &["Stojanovski", "Petrovska", "Trajkovski", "Iljazi", "Nikolovska", "Ristovski", "Jovanovska", "Memeti"]),
    ("RS", &["Jovanović", "Hadžić", "Petrović", "Ljajić", "Marković", "Nikolić", "Ibrović", "Stanković"]),
    ("XK", &["Berisha", "Krasniqi", "Gashi", "Morina", "Hajdari", "Bytyqi", "Kelmendi", "Rexhepi"]),
];

/// A fictional name, the same for the same (country, n) every time.
fn person_name(country: &str, n: usize) -> String {
    let pick = |table: &[(&str, &'static [&'static str])], i: usize| -> &'static str {
        let list = table.iter().find(|(c, _)| *c == country).map(|(_, l)| *l).unwrap_or(table[0].1);
        list[i % list.len()]
    };
    format!("{} {}", pick(FIRST_NAMES, n), pick(LAST_NAMES, n * 3 + n / 8 + 1))
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("demo dates are valid")
}

fn structure_kind(country: &str) -> (&'static str, &'static str) {
    match country {
        "MK" => ("community_action_team", "Community Action Team"),
        "AL" => ("local_public_safety_council", "Local Public Safety Council"),
        "XK" => ("municipal_community_safety_council", "Municipal Community Safety Council"),
        _ => ("local_safety_council", "Local Safety Council"),
    }
}

/// The national institutions that coordinate prevention and send notices.
const NATIONAL: &[(&str, &str, &str)] = &[
    ("AL", "Coordination Centre for Countering Violent Extremism", "national_coordination_body"),
    ("BA", "Ministry of Security of Bosnia and Herzegovina", "ministry"),
    ("ME", "Ministry of Interior of Montenegro", "ministry"),
    (
        "MK",
        "National Committee for Countering Violent Extremism and Countering Terrorism",
        "national_coordination_body",
    ),
    ("RS", "Ministry of Interior of the Republic of Serbia", "ministry"),
    ("XK", "Ministry of Internal Affairs", "ministry"),
];

/// Loads the demo records into a database that already holds the reference
/// places. Returns the number of institutions created.
pub async fn load_demo(db: &Db, hub: &HubSettings) -> anyhow::Result<usize> {
    let hub_id = ensure_hub(db, hub).await?;
    let mut tx = db.begin().await?;
    let mut people = 0usize;
    let mut institutions = 0usize;
    let mut new_person = |country: &'static str| {
        people += 1;
        person_name(country, people)
    };

    // The hub itself, at the region.
    let region =
        place_id(&mut tx, &hub.region_code).await?.ok_or_else(|| anyhow::anyhow!("the region place is missing"))?;
    let hub_office = add_institution(
        &mut tx,
        &NewInstitution {
            code: "HUB-OFFICE",
            place_id: region,
            kind: "multilateral_body",
            name: &format!("{} — coordination office", hub.name),
            name_alt: "",
            website: "",
        },
    )
    .await?;
    institutions += 1;
    let coordinator = add_position(&mut tx, hub_office, "hub_coordinator", "Hub coordinator").await?;
    let person = add_person(&mut tx, &new_person("BA"), None).await?;
    add_holder(&mut tx, coordinator, person, "holder", date("2023-01-09"), None).await?;

    for (country, name, kind) in NATIONAL {
        let place = place_id(&mut tx, country).await?.ok_or_else(|| anyhow::anyhow!("country {country} is missing"))?;
        let code = format!("{country}-NATIONAL-PCVE");
        let inst = add_institution(
            &mut tx,
            &NewInstitution { code: &code, place_id: place, kind, name, name_alt: "", website: "" },
        )
        .await?;
        let national = add_position(&mut tx, inst, "national_coordinator", "National P/CVE coordinator").await?;
        let person = add_person(&mut tx, &new_person(country), None).await?;
        add_holder(&mut tx, national, person, "holder", date("2022-09-01"), None).await?;
        let code = format!("{country}-SECURITY-LIAISON");
        let liaison_office = add_institution(
            &mut tx,
            &NewInstitution {
                code: &code,
                place_id: place,
                kind: "security_service",
                name: "National security service — liaison office",
                name_alt: "",
                website: "",
            },
        )
        .await?;
        let liaison =
            add_position(&mut tx, liaison_office, "security_liaison", "Liaison officer for local governments").await?;
        let person = add_person(&mut tx, &new_person(country), None).await?;
        add_holder(&mut tx, liaison, person, "holder", date("2023-04-01"), None).await?;
        institutions += 2;
    }

    for (index, city) in CITIES.iter().enumerate() {
        let country = &city.code[..2];
        let country: &'static str = FIRST_NAMES.iter().map(|(c, _)| *c).find(|c| *c == country).unwrap_or("BA");
        let (place, name, level): (i64, String, String) =
            on_tx!(&mut tx, |c| sqlx::query_as("SELECT id, name, level FROM places WHERE code = $1")
                .bind(city.code)
                .fetch_one(&mut *c)
                .await)?;
        let since = date(city.member_since);
        let prefix = city.code;
        let government = if level == "city" { "City" } else { "Municipality" };
        let admin = add_institution(
            &mut tx,
            &NewInstitution {
                code: &format!("{prefix}-ADMIN"),
                place_id: place,
                kind: "municipal_administration",
                name: &format!("{government} of {name}"),
                name_alt: "",
                website: "",
            },
        )
        .await?;
        let focal = add_position(&mut tx, admin, "prevention_focal_point", "Prevention focal point").await?;
        let mayor = add_position(&mut tx, admin, "mayor", "Mayor").await?;
        let social_head =
            add_position(&mut tx, admin, "head_of_social_services", "Head of the department for social affairs")
                .await?;
        // Kumanovo's focal point changed hands in 2024: the position, its
        // history and its channels stayed with the municipality.
        let first_holder = add_person(&mut tx, &new_person(country), None).await?;
        if city.code == "MK-703" {
            add_holder(&mut tx, focal, first_holder, "holder", date("2021-03-01"), Some(date("2024-06-01"))).await?;
            let successor = add_person(&mut tx, &new_person(country), None).await?;
            add_holder(&mut tx, focal, successor, "holder", date("2024-06-01"), None).await?;
        } else {
            add_holder(&mut tx, focal, first_holder, "holder", since, None).await?;
        }
        let deputy = add_person(&mut tx, &new_person(country), None).await?;
        add_holder(&mut tx, focal, deputy, "deputy", since, None).await?;
        let mayor_person = add_person(&mut tx, &new_person(country), None).await?;
        add_holder(&mut tx, mayor, mayor_person, "holder", date("2021-11-01"), None).await?;
        if index % 3 != 2 {
            let head = add_person(&mut tx, &new_person(country), None).await?;
            add_holder(&mut tx, social_head, head, "holder", date("2020-01-15"), None).await?;
        }

        let others: [(&str, &str, String, &str, &str); 5] = [
            ("SWC", "social_welfare_centre", format!("Centre for Social Work {name}"), "director", "Director"),
            (
                "POLICE",
                "police",
                format!("Police station {name}"),
                "community_policing_officer",
                "Community policing officer",
            ),
            (
                "SCHOOL",
                "school",
                format!("Secondary School No. 1, {name}"),
                "school_psychologist",
                "School psychologist",
            ),
            (
                "HEALTH",
                "health_centre",
                format!("Health Centre {name}"),
                "mental_health_lead",
                "Head of the community mental health service",
            ),
            ("YOUTH", "youth_organisation", format!("Youth Forum {name}"), "youth_worker", "Youth worker"),
        ];
        let mut members = vec![(focal, "chair")];
        for (suffix, kind, inst_name, function, title) in others {
            let inst = add_institution(
                &mut tx,
                &NewInstitution {
                    code: &format!("{prefix}-{suffix}"),
                    place_id: place,
                    kind,
                    name: &inst_name,
                    name_alt: "",
                    website: "",
                },
            )
            .await?;
            let position = add_position(&mut tx, inst, function, title).await?;
            // One position in five is vacant: a gap the directory should show.
            if (index + suffix.len()) % 5 != 0 {
                let person = add_person(&mut tx, &new_person(country), None).await?;
                add_holder(&mut tx, position, person, "holder", date("2022-02-01"), None).await?;
            }
            members.push((position, "member"));
        }
        institutions += 6;

        let (kind, label) = structure_kind(country);
        let established = date(["2019-05-20", "2021-10-04", "2023-03-15"][index % 3]);
        let meets = ["monthly", "quarterly", "irregularly"][index % 3];
        let structure =
            add_structure(&mut tx, place, kind, &format!("{label} of {name}"), Some(established), meets).await?;
        for (position, role) in members {
            add_member(&mut tx, structure, position, role, established).await?;
        }
        add_membership(&mut tx, hub_id, place, since).await?;
    }
    audit::append(
        &mut tx,
        &AuditCtx::cli("demo"),
        Event {
            action: "demo.directory",
            object_type: "instance",
            object_id: "demo".into(),
            place_id: None,
            summary: format!("{institutions} fictional institutions with positions, people and structures"),
        },
    )
    .await?;
    tx.commit().await?;
    crate::matrix::load_demo(db).await?;
    Ok(institutions)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_stable_and_local() {
        assert_eq!(person_name("MK", 3), person_name("MK", 3));
        assert_ne!(person_name("MK", 3), person_name("MK", 4));
        assert!(person_name("XK", 1).split(' ').count() == 2);
    }
}
