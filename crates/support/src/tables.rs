//! The support tables for the instance export, parents before children.

use platform::col;
use platform::export::Table;
use platform::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};

pub const SUPPORT_REQUESTS: Table = Table {
    name: "support_requests",
    columns: &[
        col!("id", Int),
        col!("place_id", Int),
        col!("asked_by", Int),
        col!("topic", Text),
        col!("need", Text),
        col!("subject", Text),
        col!("body", Text),
        col!("language", Text),
        col!("state", Text),
        col!("assignee_id", Int, null),
        col!("created_at", Time),
    ],
};

pub const SUPPORT_EVENTS: Table = Table {
    name: "support_events",
    columns: &[
        col!("id", Int),
        col!("request_id", Int),
        col!("at", Time),
        col!("account_id", Int, null),
        col!("kind", Text),
        col!("state", Text),
        col!("body", Text),
    ],
};

pub const FAQ_ENTRIES: Table = Table {
    name: "faq_entries",
    columns: &[
        col!("id", Int),
        col!("question", Text),
        col!("answer", Text),
        col!("language", Text),
        col!("source_request_id", Int, null),
        col!("published_at", Time),
    ],
};

pub const EXPERTS: Table = Table {
    name: "experts",
    columns: &[
        col!("id", Int),
        col!("account_id", Int, null),
        col!("name", Text),
        col!("themes", Text),
        col!("languages", Text),
        col!("countries", Text),
        col!("available_from", Date),
        col!("available_to", Date),
        col!("daily_rate_cents", Int),
        col!("conflicts", Text),
        col!("created_at", Time),
    ],
};

pub const FUND_CALLS: Table = Table {
    name: "fund_calls",
    columns: &[
        col!("id", Int),
        col!("title", Text),
        col!("budget_cents", Int),
        col!("max_amount_cents", Int),
        col!("countries", Text),
        col!("criteria", Text),
        col!("deadline", Date),
        col!("created_at", Time),
    ],
};

pub const FUND_APPLICATIONS: Table = Table {
    name: "fund_applications",
    columns: &[
        col!("id", Int),
        col!("call_id", Int),
        col!("place_id", Int),
        col!("request_id", Int, null),
        col!("need", Text),
        col!("title", Text),
        col!("summary", Text),
        col!("amount_cents", Int),
        col!("state", Text),
        col!("eligibility", Text),
        col!("conditions", Text),
        col!("agreement", Text),
        col!("created_by", Int),
        col!("created_at", Time),
        col!("decided_at", Time, null),
    ],
};

pub const EXPERT_ASSIGNMENTS: Table = Table {
    name: "expert_assignments",
    columns: &[
        col!("id", Int),
        col!("expert_id", Int),
        col!("request_id", Int, null),
        col!("application_id", Int, null),
        col!("deliverables", Text),
        col!("reasons", Text),
        col!("state", Text),
        col!("rating", Int, null),
        col!("feedback", Text),
        col!("created_at", Time),
        col!("answer", Text),
    ],
};

pub const EXPERT_TIME: Table = Table {
    name: "expert_time",
    columns: &[
        col!("id", Int),
        col!("assignment_id", Int),
        col!("day", Date),
        col!("hours", Float),
        col!("note", Text),
    ],
};

pub const FUND_REVIEWS: Table = Table {
    name: "fund_reviews",
    columns: &[
        col!("id", Int),
        col!("application_id", Int),
        col!("reviewer_id", Int),
        col!("conflict", Bool, null),
        col!("conflict_note", Text),
        col!("scores", Text),
        col!("comment", Text),
        col!("submitted_at", Time, null),
    ],
};

pub const FUND_TRANCHES: Table = Table {
    name: "fund_tranches",
    columns: &[
        col!("id", Int),
        col!("application_id", Int),
        col!("amount_cents", Int),
        col!("due_on", Date),
        col!("paid_on", Date, null),
    ],
};

pub const FUND_REPORTS: Table = Table {
    name: "fund_reports",
    columns: &[
        col!("id", Int),
        col!("application_id", Int),
        col!("kind", Text),
        col!("due_on", Date),
        col!("body", Text),
        col!("submitted_at", Time, null),
        col!("reminded_at", Time, null),
    ],
};

pub const WORK_PLANS: Table = Table {
    name: "work_plans",
    columns: &[col!("id", Int), col!("country_id", Int), col!("year", Int), col!("created_at", Time)],
};

pub const WORK_OBJECTIVES: Table = Table {
    name: "work_objectives",
    columns: &[
        col!("id", Int),
        col!("plan_id", Int),
        col!("position", Int),
        col!("need", Text),
        col!("municipalities", Int),
    ],
};

pub const WORK_ACTIVITIES: Table = Table {
    name: "work_activities",
    columns: &[
        col!("id", Int),
        col!("objective_id", Int),
        col!("title", Text),
        col!("owner_position_id", Int, null),
        col!("places", Text),
        col!("starts_on", Date),
        col!("ends_on", Date),
        col!("budget_cents", Int),
        col!("status", Text),
        col!("progress", Int),
        col!("indicators", Text),
        col!("reminded_at", Time, null),
    ],
};

pub const WORK_LINKS: Table = Table {
    name: "work_links",
    columns: &[col!("id", Int), col!("activity_id", Int), col!("kind", Text), col!("target_id", Int)],
};

pub const VOLUNTEER_HOURS: Table = Table {
    name: "volunteer_hours",
    columns: &[
        col!("id", Int),
        col!("position_id", Int),
        col!("place_id", Int),
        col!("structure_id", Int, null),
        col!("activity_id", Int, null),
        col!("day", Date),
        col!("hours", Float),
        col!("note", Text),
        col!("created_at", Time),
    ],
};

pub const TABLES: &[&Table] = &[
    &SUPPORT_REQUESTS,
    &SUPPORT_EVENTS,
    &FAQ_ENTRIES,
    &EXPERTS,
    &FUND_CALLS,
    &FUND_APPLICATIONS,
    &EXPERT_ASSIGNMENTS,
    &EXPERT_TIME,
    &FUND_REVIEWS,
    &FUND_TRANCHES,
    &FUND_REPORTS,
    &WORK_PLANS,
    &WORK_OBJECTIVES,
    &WORK_ACTIVITIES,
    &WORK_LINKS,
    &VOLUNTEER_HOURS,
];

const MY_EXPERT_PROFILES: &str =
    "SELECT e.id FROM experts e JOIN accounts a ON a.id = e.account_id WHERE a.person_id = $1";

/// A support record kept for the hub's accounts of its work, with the free
/// text in which people may have been named.
const fn support_record(table: &'static Table, subject: Subject, free_text: &'static [&'static str]) -> Declaration {
    Declaration {
        table,
        category: Category::Support,
        columns: free_text,
        withheld: &[],
        free_text,
        purpose: "privacy-purpose-support",
        basis: Basis::PublicTask,
        seen_by: "privacy-seen-hub-municipality",
        retention: Retention::While("privacy-while-instance"),
        subject,
        erasure: Erasure::Keep,
    }
}

/// Helpdesk text whose details go three years (by default) after the
/// request closed; `sweep` blanks it.
const fn closed_request_text(
    table: &'static Table,
    author: &'static str,
    columns: &'static [&'static str],
    free_text: &'static [&'static str],
    sweep: &'static str,
) -> Declaration {
    Declaration {
        table,
        category: Category::Support,
        columns,
        withheld: &[],
        free_text,
        purpose: "privacy-purpose-support",
        basis: Basis::PublicTask,
        seen_by: "privacy-seen-hub-municipality",
        retention: Retention::Days { key: "closed-requests", default: 1095, min: 365, max: 3650, sweep },
        subject: Subject::Account(author),
        erasure: Erasure::Keep,
    }
}

/// The helpdesk, the expert pool and the fund name the officials who ask,
/// answer, advise and review; what they wrote may name others.
pub const PRIVACY: Records = Records {
    declarations: &[
        closed_request_text(
            &SUPPORT_REQUESTS,
            "asked_by",
            &["asked_by", "subject", "body"],
            &["subject", "body"],
            "UPDATE support_requests SET subject = '—', body = '' WHERE body <> '' AND id IN \
             (SELECT r.id FROM support_requests r WHERE r.state IN ('resolved', 'closed') \
             AND COALESCE((SELECT MAX(e.at) FROM support_events e WHERE e.request_id = r.id), r.created_at) < $1)",
        ),
        closed_request_text(
            &SUPPORT_EVENTS,
            "account_id",
            &["account_id", "body"],
            &["body"],
            "UPDATE support_events SET body = '' WHERE body <> '' AND request_id IN \
             (SELECT r.id FROM support_requests r WHERE r.state IN ('resolved', 'closed') \
             AND COALESCE((SELECT MAX(e.at) FROM support_events e WHERE e.request_id = r.id), r.created_at) < $1)",
        ),
        Declaration {
            table: &EXPERTS,
            category: Category::Support,
            columns: &["name", "languages", "countries", "daily_rate_cents", "conflicts"],
            withheld: &[],
            free_text: &["conflicts"],
            purpose: "privacy-purpose-experts",
            basis: Basis::Consent,
            seen_by: "privacy-seen-hub",
            retention: Retention::While("privacy-while-expert"),
            subject: Subject::Account("account_id"),
            erasure: Erasure::Set("name = $2, conflicts = ''"),
        },
        support_record(
            &EXPERT_ASSIGNMENTS,
            Subject::Via("expert_id", MY_EXPERT_PROFILES),
            &["deliverables", "feedback", "answer"],
        ),
        support_record(
            &EXPERT_TIME,
            Subject::Via(
                "assignment_id",
                "SELECT x.id FROM expert_assignments x JOIN experts e ON e.id = x.expert_id \
                 JOIN accounts a ON a.id = e.account_id WHERE a.person_id = $1",
            ),
            &["note"],
        ),
        support_record(&FUND_APPLICATIONS, Subject::Account("created_by"), &["title", "summary", "conditions"]),
        support_record(&FUND_REVIEWS, Subject::Account("reviewer_id"), &["comment", "conflict_note"]),
        support_record(&FUND_REPORTS, Subject::Unlinked, &["body"]),
    ],
    without_personal_data: &[
        "faq_entries",
        "fund_calls",
        "fund_tranches",
        "work_plans",
        "work_objectives",
        "work_activities",
        "work_links",
        "volunteer_hours",
    ],
};
