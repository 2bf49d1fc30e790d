//! Country work plans: per country and year, objectives taken from the
//! needs the country's municipalities ranked as priorities in their latest
//! assessment, activities with owners, places, timelines, budgets, status
//! and indicators, and links to the support that serves them.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, Utc};
use platform::money::Eur;
use platform::{on_db, on_tx, Db, Tx};

platform::text_enum! {
    /// How an activity stands.
    pub enum ActivityStatus, messages "support-status" {
        Planned = "planned",
        Ongoing = "ongoing",
        Done = "done",
        Delayed = "delayed",
    }
}

platform::text_enum! {
    /// What kind of support serves an activity.
    pub enum LinkKind, messages "support-link" {
        Request = "request",
        Assignment = "assignment",
        Application = "application",
    }
}

impl LinkKind {
    /// Where the linked record is read.
    pub fn href(self, id: i64) -> String {
        match self {
            LinkKind::Request => format!("/support/requests/{id}"),
            LinkKind::Assignment => format!("/support/assignments/{id}"),
            LinkKind::Application => format!("/support/applications/{id}"),
        }
    }

    fn table(self) -> &'static str {
        match self {
            LinkKind::Request => "support_requests",
            LinkKind::Assignment => "expert_assignments",
            LinkKind::Application => "fund_applications",
        }
    }
}

/// The needs ranked by the country's municipalities: (need, municipalities
/// naming it, rank points), most pressing first. A need ranked first among
/// n earns n points, second n − 1, and so on.
pub async fn prioritised_needs(db: &Db, country_id: i64) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    let today = Utc::now().date_naive();
    let places = directory::places::descendants(db, country_id, today).await?;
    let by_place = assess::store::priority_needs_by_place(db).await?;
    let mut tally: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for needs in places.iter().filter_map(|p| by_place.get(&p.id)) {
        let n = needs.len() as i64;
        for (i, need) in needs.iter().enumerate() {
            let t = tally.entry(need.clone()).or_default();
            t.0 += 1;
            t.1 += n - i as i64;
        }
    }
    let mut out: Vec<(String, i64, i64)> =
        tally.into_iter().map(|(need, (count, points))| (need, count, points)).collect();
    out.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
    Ok(out)
}

platform::record! {
    /// A country's work plan for a year.
    pub struct Plan {
        pub id: i64,
        pub country_id: i64,
        pub country_code: String,
        pub country: String,
        pub year: i64,
    }
}

const PLAN_SQL: &str = "SELECT w.id, w.country_id, p.code AS country_code, p.name AS country, w.year \
     FROM work_plans w JOIN places p ON p.id = w.country_id";

pub async fn plans(db: &Db) -> Result<Vec<Plan>, sqlx::Error> {
    let sql = format!("{PLAN_SQL} ORDER BY w.year DESC, p.name");
    on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)
}

pub async fn load(db: &Db, id: i64) -> Result<Option<Plan>, sqlx::Error> {
    let sql = format!("{PLAN_SQL} WHERE w.id = $1");
    on_db!(db, |pool| sqlx::query_as(&sql).bind(id).fetch_optional(pool).await)
}

/// Whether a place is a country (work plans are made per country).
pub async fn is_country(db: &Db, place_id: i64) -> Result<bool, sqlx::Error> {
    let level: Option<String> = on_db!(db, |pool| sqlx::query_scalar("SELECT level FROM places WHERE id = $1")
        .bind(place_id)
        .fetch_optional(pool)
        .await)?;
    Ok(level.as_deref() == Some("country"))
}

/// The countries, for the plan form.
pub async fn countries(db: &Db) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as("SELECT id, name FROM places WHERE level = 'country' ORDER BY name")
        .fetch_all(pool)
        .await)
}

/// The positions of a country's institutions, to own activities.
pub async fn country_positions(db: &Db, country_code: &str) -> Result<Vec<(i64, String)>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT po.id, po.title || ' · ' || i.name FROM positions po JOIN institutions i ON i.id = po.institution_id \
         JOIN places p ON p.id = i.place_id WHERE p.code = $1 OR p.code LIKE $2 ORDER BY i.name, po.title"
    )
    .bind(country_code)
    .bind(format!("{country_code}-%"))
    .fetch_all(pool)
    .await)
}

pub async fn create(tx: &mut Tx, country_id: i64, year: i64, needs: &[(String, i64, i64)]) -> Result<i64, sqlx::Error> {
    let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO work_plans (country_id, year, created_at) VALUES ($1, $2, $3) RETURNING id"
    )
    .bind(country_id)
    .bind(year)
    .bind(Utc::now())
    .fetch_one(&mut *c)
    .await)?;
    for (position, (need, count, _)) in needs.iter().enumerate() {
        on_tx!(tx, |c| sqlx::query(
            "INSERT INTO work_objectives (plan_id, position, need, municipalities) VALUES ($1, $2, $3, $4)"
        )
        .bind(id)
        .bind(position as i64 + 1)
        .bind(need)
        .bind(count)
        .execute(&mut *c)
        .await
        .map(|_| ()))?;
    }
    Ok(id)
}

pub struct Objective {
    pub id: i64,
    pub need: String,
    pub municipalities: i64,
}

pub async fn objectives(db: &Db, plan_id: i64) -> Result<Vec<Objective>, sqlx::Error> {
    let rows: Vec<(i64, String, i64)> = on_db!(db, |pool| sqlx::query_as(
        "SELECT id, need, municipalities FROM work_objectives WHERE plan_id = $1 ORDER BY position"
    )
    .bind(plan_id)
    .fetch_all(pool)
    .await)?;
    Ok(rows.into_iter().map(|(id, need, municipalities)| Objective { id, need, municipalities }).collect())
}

platform::record! {
    #[derive(Clone, Debug)]
    struct ActivityRow {
        id: i64,
        objective_id: i64,
        title: String,
        owner: Option<String>,
        owner_position_id: Option<i64>,
        places: String,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
        budget: Eur,
        status: ActivityStatus,
        progress: i64,
        indicators: String,
    }
}

/// An activity of a plan, with the support linked to it.
#[derive(Clone, Debug)]
pub struct Activity {
    pub id: i64,
    pub objective_id: i64,
    pub title: String,
    pub owner: String,
    pub owner_position_id: Option<i64>,
    pub places: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub budget: Eur,
    pub status: ActivityStatus,
    pub progress: i64,
    pub indicators: String,
    pub links: Vec<(LinkKind, i64)>,
}

pub async fn activities(db: &Db, plan_id: i64) -> Result<Vec<Activity>, sqlx::Error> {
    let rows: Vec<ActivityRow> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT a.id, a.objective_id, a.title, p.title AS owner, a.owner_position_id, a.places, a.starts_on, a.ends_on, \
         a.budget_cents AS budget, a.status, a.progress, a.indicators \
         FROM work_activities a JOIN work_objectives o ON o.id = a.objective_id \
         LEFT JOIN positions p ON p.id = a.owner_position_id \
         WHERE o.plan_id = $1 ORDER BY o.position, a.starts_on, a.id"
    )
    .bind(plan_id)
    .fetch_all(pool)
    .await
    })?;
    let links: Vec<(i64, LinkKind, i64)> = on_db!(db, |pool| {
        sqlx::query_as(
        "SELECT l.activity_id, l.kind, l.target_id FROM work_links l JOIN work_activities a ON a.id = l.activity_id \
         JOIN work_objectives o ON o.id = a.objective_id WHERE o.plan_id = $1 ORDER BY l.id"
    )
    .bind(plan_id)
    .fetch_all(pool)
    .await
    })?;
    Ok(rows
        .into_iter()
        .map(|r| Activity {
            links: links.iter().filter(|(a, ..)| *a == r.id).map(|(_, k, t)| (*k, *t)).collect(),
            id: r.id,
            objective_id: r.objective_id,
            title: r.title,
            owner: r.owner.unwrap_or_default(),
            owner_position_id: r.owner_position_id,
            places: r.places,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            budget: r.budget,
            status: r.status,
            progress: r.progress,
            indicators: r.indicators,
        })
        .collect())
}

/// A new activity under one of a plan's objectives.
pub struct NewActivity<'a> {
    pub objective_id: i64,
    pub title: &'a str,
    pub owner_position_id: Option<i64>,
    pub places: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub budget: Eur,
    pub indicators: &'a str,
}

pub async fn add_activity(tx: &mut Tx, a: &NewActivity<'_>) -> Result<i64, sqlx::Error> {
    on_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO work_activities (objective_id, title, owner_position_id, places, starts_on, ends_on, \
         budget_cents, status, progress, indicators) VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned', 0, $8) RETURNING id"
    )
    .bind(a.objective_id)
    .bind(a.title)
    .bind(a.owner_position_id)
    .bind(a.places)
    .bind(a.starts_on)
    .bind(a.ends_on)
    .bind(a.budget)
    .bind(a.indicators)
    .fetch_one(&mut *c)
    .await
    })
}

pub async fn set_progress(
    tx: &mut Tx,
    activity: i64,
    progress: i64,
    status: ActivityStatus,
) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query("UPDATE work_activities SET progress = $1, status = $2 WHERE id = $3")
        .bind(progress)
        .bind(status)
        .bind(activity)
        .execute(&mut *c)
        .await
        .map(|_| ()))
}

/// Whether the record a link would point at exists.
pub async fn link_target_exists(db: &Db, kind: LinkKind, target: i64) -> Result<bool, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM {} WHERE id = $1", kind.table());
    let n: i64 = on_db!(db, |pool| sqlx::query_scalar(&sql).bind(target).fetch_one(pool).await)?;
    Ok(n > 0)
}

pub async fn link(tx: &mut Tx, activity: i64, kind: LinkKind, target: i64) -> Result<(), sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO work_links (activity_id, kind, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING"
    )
    .bind(activity)
    .bind(kind)
    .bind(target)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A Gantt-style timeline: one bar per activity across the plan's year,
/// filled to its progress, with month ticks and today's line.
pub fn gantt(activities: &[Activity], year: i32, label: &str, months: &[String]) -> String {
    let (left, width, row) = (220.0, 480.0, 24.0);
    let start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
    let days = if NaiveDate::from_ymd_opt(year, 12, 31).is_some_and(|d| d.ordinal() == 366) { 366.0 } else { 365.0 };
    let x = |d: NaiveDate| left + ((d - start).num_days() as f64).clamp(0.0, days) / days * width;
    let height = row * (activities.len() as f64 + 1.0) + 4.0;
    let mut svg = format!(
        "<svg class=\"chart gantt\" viewBox=\"0 0 {} {height}\" role=\"img\" aria-label=\"{}\">",
        left + width + 10.0,
        escape(label)
    );
    for (m, name) in months.iter().enumerate().take(12) {
        let first = NaiveDate::from_ymd_opt(year, m as u32 + 1, 1).unwrap_or(start);
        svg.push_str(&format!(
            "<line class=\"grid\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"0\" y2=\"{1:.1}\"></line><text class=\"tick\" x=\"{2:.1}\" y=\"{3:.1}\">{4}</text>",
            x(first),
            height - row,
            x(first) + 2.0,
            height - 8.0,
            escape(name)
        ));
    }
    for (i, a) in activities.iter().enumerate() {
        let y = row * i as f64 + 4.0;
        let (x0, x1) = (x(a.starts_on), x(a.ends_on).max(x(a.starts_on) + 2.0));
        let done = x0 + (x1 - x0) * a.progress as f64 / 100.0;
        let title: String = a.title.chars().take(32).collect();
        svg.push_str(&format!(
            "<g class=\"bar {}\"><title>{}: {} – {}, {}%</title><text class=\"label\" x=\"{:.1}\" y=\"{:.1}\">{}</text><rect x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"14\"></rect><rect class=\"done\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"14\"></rect></g>",
            a.status,
            escape(&a.title),
            a.starts_on,
            a.ends_on,
            a.progress,
            left - 6.0,
            y + 11.0,
            escape(&title),
            x1 - x0,
            done - x0
        ));
    }
    let today = Utc::now().date_naive();
    if today.year() == year {
        svg.push_str(&format!(
            "<line class=\"today\" x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"0\" y2=\"{1:.1}\"></line>",
            x(today),
            height - row
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The plan as a workbook: one row per activity.
pub fn xlsx(country: &str, year: i64, rows: &[(String, Activity)]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name(format!("{year}"))?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    sheet.write_string_with_format(0, 0, format!("{country} {year}"), &bold)?;
    let header = [
        "objective",
        "activity",
        "owner",
        "places",
        "starts",
        "ends",
        "budget_eur",
        "status",
        "progress_pct",
        "indicators",
        "links",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(2, c as u16, *h, &bold)?;
    }
    for (r, (objective, a)) in rows.iter().enumerate() {
        let r = r as u32 + 3;
        sheet.write_string(r, 0, objective)?;
        sheet.write_string(r, 1, &a.title)?;
        sheet.write_string(r, 2, &a.owner)?;
        sheet.write_string(r, 3, &a.places)?;
        sheet.write_string(r, 4, a.starts_on.to_string())?;
        sheet.write_string(r, 5, a.ends_on.to_string())?;
        sheet.write_number(r, 6, a.budget.as_euros())?;
        sheet.write_string(r, 7, a.status.as_str())?;
        sheet.write_number(r, 8, a.progress as f64)?;
        sheet.write_string(r, 9, &a.indicators)?;
        let links: Vec<String> = a.links.iter().map(|(k, t)| format!("{k} {t}")).collect();
        sheet.write_string(r, 10, links.join(", "))?;
    }
    workbook.save_to_buffer()
}

/// The short names of the months, January first, for the Gantt chart.
pub const MONTHS: [&str; 12] = [
    "support-month-1",
    "support-month-2",
    "support-month-3",
    "support-month-4",
    "support-month-5",
    "support-month-6",
    "support-month-7",
    "support-month-8",
    "support-month-9",
    "support-month-10",
    "support-month-11",
    "support-month-12",
];
