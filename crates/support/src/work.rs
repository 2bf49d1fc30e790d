//! What the hub's support work asks of a person now: requests to answer or
//! to reply to, assignments to deliver, reviews to score, decisions to take,
//! reports and ratings due, work-plan activities coming due; and what waits
//! on others.

use chrono::{Duration, NaiveDate, Utc};
use futures_util::future::BoxFuture;
use platform::auth::Account;
use platform::i18n::Tr;
use platform::policy::{can, Action, Resource};
use platform::work::WorkItem;
use platform::{on_db, Db};

use crate::experts::{self, AssignmentState};
use crate::helpdesk::{self, RequestState};
use crate::service_levels;

pub fn items<'a>(db: &'a Db, account: &'a Account, tr: Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>> {
    Box::pin(async move {
        let region = crate::scope::region(db).await?;
        let actor = platform::auth::Actor::Account(Box::new(account.clone()));
        let hub = can(&actor, Action::ManageSupport, &Resource::Place { path: &region }).allowed();
        let places = account.acts_for();
        let mut items = requests(db, account, tr, hub, &places).await?;
        items.extend(assignments(db, account, tr, &places).await?);
        items.extend(fund(db, account, tr, hub, &places).await?);
        items.extend(activities(db, account, tr).await?);
        Ok(items)
    })
}

async fn requests(db: &Db, account: &Account, tr: Tr, hub: bool, places: &[i64]) -> Result<Vec<WorkItem>, sqlx::Error> {
    let mut items = Vec::new();
    if !hub && places.is_empty() {
        return Ok(items);
    }
    let mut events = helpdesk::events_by_request(db, None).await?;
    let hub_accounts: Vec<i64> = helpdesk::hub_staff(db).await?.into_iter().map(|(id, _)| id).collect();
    let now = Utc::now();
    for request in helpdesk::list(db, if hub { None } else { Some(places) }).await? {
        let link = format!("/support/requests/{}", request.id);
        let timeline = events.remove(&request.id).unwrap_or_default();
        let levels = service_levels::levels(request.country(), request.created_at, &timeline, now);
        // Whose turn it is: after an answer from the hub or its expert, the
        // municipality's; after the municipality's reply, the hub's again.
        let answered = timeline
            .iter()
            .rev()
            .find(|e| e.kind == "reply" || e.kind == "expert")
            .is_some_and(|e| e.kind == "expert" || e.account_id.is_some_and(|a| hub_accounts.contains(&a)));
        let subject = format!("{} · {}", request.subject, request.place_name);
        let open = matches!(request.state, RequestState::New | RequestState::Open);
        let item = match (hub, request.state) {
            (true, RequestState::New) if request.assignee_id.is_none() => {
                WorkItem::mine(tr.t("work-request-assign"), subject, link).due(levels.first_response.due)
            }
            (true, _) if open && request.assignee_id == Some(account.id) && answered => {
                WorkItem::mine(tr.t("work-request-answered"), subject, link)
                    .due(levels.resolution.due)
                    .waiting_on(tr.t("work-waiting-municipality"))
            }
            (true, _) if open && request.assignee_id == Some(account.id) => {
                let due = if levels.first_response.met { levels.resolution.due } else { levels.first_response.due };
                WorkItem::mine(tr.t("work-request-answer"), subject, link).due(due)
            }
            (false, RequestState::Waiting) => WorkItem::mine(tr.t("work-request-reply"), subject, link),
            (false, _) if open && answered => WorkItem::mine(tr.t("work-request-read-answer"), subject, link),
            (false, _) if open => WorkItem::mine(tr.t("work-request-asked"), subject, link)
                .due(levels.first_response.due.or(levels.resolution.due))
                .waiting_on(tr.t("work-waiting-hub")),
            _ => continue,
        };
        items.push(item);
    }
    Ok(items)
}

async fn assignments(db: &Db, account: &Account, tr: Tr, places: &[i64]) -> Result<Vec<WorkItem>, sqlx::Error> {
    let mut items = Vec::new();
    for a in experts::assignments_of_account(db, account.id).await? {
        if a.state == AssignmentState::Assigned {
            let link = format!("/support/assignments/{}", a.id);
            items.push(WorkItem::mine(tr.t("work-assignment-deliver"), a.deliverables.clone(), link));
        }
    }
    if places.is_empty() {
        return Ok(items);
    }
    for request in helpdesk::list(db, Some(places)).await? {
        for a in experts::assignments(db, Some(request.id), None).await? {
            let link = format!("/support/assignments/{}", a.id);
            match (a.state, a.rating) {
                (AssignmentState::Delivered, None) => {
                    items.push(WorkItem::mine(tr.t("work-assignment-rate"), a.expert_name.clone(), link))
                }
                (AssignmentState::Assigned, _) => items.push(
                    WorkItem::mine(tr.t("work-assignment-waiting"), request.subject.clone(), link)
                        .waiting_on(tr.t("work-waiting-expert")),
                ),
                _ => {}
            }
        }
    }
    Ok(items)
}

platform::record! {
    struct ReviewToDo {
        application_id: i64,
        title: String,
        place_name: String,
        declared: bool,
    }
}

platform::record! {
    struct ApplicationToDo {
        id: i64,
        title: String,
        place_name: String,
        state: crate::fund::Stage,
        reviews: i64,
    }
}

platform::record! {
    struct ReportToDo {
        application_id: i64,
        title: String,
        kind: crate::fund::ReportKind,
        due_on: NaiveDate,
    }
}

async fn fund(db: &Db, account: &Account, tr: Tr, hub: bool, places: &[i64]) -> Result<Vec<WorkItem>, sqlx::Error> {
    use crate::fund::Stage;
    let mut items = Vec::new();
    let reviews: Vec<ReviewToDo> = on_db!(db, |pool| sqlx::query_as(
        "SELECT a.id AS application_id, a.title, p.name AS place_name, r.conflict IS NOT NULL AS declared \
         FROM fund_reviews r JOIN fund_applications a ON a.id = r.application_id JOIN places p ON p.id = a.place_id \
         WHERE r.reviewer_id = $1 AND r.submitted_at IS NULL AND (r.conflict IS NULL OR r.conflict = FALSE) \
         AND a.state = 'in_review'"
    )
    .bind(account.id)
    .fetch_all(pool)
    .await)?;
    for r in reviews {
        let task = if r.declared { "work-review-score" } else { "work-review-declare" };
        let link = format!("/support/applications/{}#my-review", r.application_id);
        items.push(WorkItem::mine(tr.t(task), format!("{} · {}", r.title, r.place_name), link));
    }
    if hub {
        let open: Vec<ApplicationToDo> = on_db!(db, |pool| sqlx::query_as(
            "SELECT a.id, a.title, p.name AS place_name, a.state, \
             (SELECT COUNT(*) FROM fund_reviews r WHERE r.application_id = a.id AND r.submitted_at IS NOT NULL \
              AND r.conflict = FALSE) AS reviews \
             FROM fund_applications a JOIN places p ON p.id = a.place_id \
             WHERE a.state IN ('eligible', 'in_review', 'waitlisted', 'approved', 'approved_with_conditions')"
        )
        .fetch_all(pool)
        .await)?;
        for a in open {
            let link = format!("/support/applications/{}", a.id);
            let subject = format!("{} · {}", a.title, a.place_name);
            let task = match a.state {
                Stage::Eligible => "work-fund-start-review",
                Stage::InReview if a.reviews >= crate::fund::MIN_REVIEWS as i64 => "work-fund-decide",
                Stage::Approved | Stage::ApprovedWithConditions => "work-fund-agreement",
                _ => continue,
            };
            items.push(WorkItem::mine(tr.t(task), subject, link));
        }
    }
    if !places.is_empty() {
        let list = places.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
        // Only integer ids from the grants are inlined.
        let sql = format!(
            "SELECT a.id AS application_id, a.title, r.kind, r.due_on FROM fund_reports r \
             JOIN fund_applications a ON a.id = r.application_id \
             WHERE r.submitted_at IS NULL AND a.place_id IN ({list}) ORDER BY r.due_on"
        );
        let reports: Vec<ReportToDo> = on_db!(db, |pool| sqlx::query_as(&sql).fetch_all(pool).await)?;
        for r in reports {
            let link = format!("/support/applications/{}#implementation", r.application_id);
            let task = tr.t1("work-fund-report", "kind", tr.t(r.kind.message_id()));
            items.push(WorkItem::mine(task, r.title, link).due(Some(platform::time::end_of_day(r.due_on))));
        }
    }
    Ok(items)
}

platform::record! {
    struct ActivityToDo {
        plan_id: i64,
        title: String,
        ends_on: NaiveDate,
    }
}

/// Activities owned by a position the person holds, ending within a month.
async fn activities(db: &Db, account: &Account, tr: Tr) -> Result<Vec<WorkItem>, sqlx::Error> {
    if account.positions.is_empty() {
        return Ok(Vec::new());
    }
    let list = account.positions.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(",");
    let soon = Utc::now().date_naive() + Duration::days(30);
    // Only integer ids from the positions are inlined.
    let sql = format!(
        "SELECT o.plan_id, a.title, a.ends_on FROM work_activities a JOIN work_objectives o ON o.id = a.objective_id \
         WHERE a.owner_position_id IN ({list}) AND a.status <> 'done' AND a.ends_on <= $1 ORDER BY a.ends_on"
    );
    let due: Vec<ActivityToDo> = on_db!(db, |pool| sqlx::query_as(&sql).bind(soon).fetch_all(pool).await)?;
    Ok(due
        .into_iter()
        .map(|a| {
            let link = format!("/support/plans/{}#progress", a.plan_id);
            WorkItem::mine(tr.t("work-activity-update"), a.title, link).due(Some(platform::time::end_of_day(a.ends_on)))
        })
        .collect())
}
