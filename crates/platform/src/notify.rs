//! Notifications: every workflow step tells the people who must act on it
//! or asked to know. Each goes into the person's list in the application,
//! and by e-mail at once, in a daily digest, or not at all, as the person
//! chooses per kind; mandatory kinds (information sharing) cannot be
//! switched off and never carry content. One event gives one message per
//! person, in that person's language.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use crate::export::Table;
use crate::i18n::{i18n, Tr};
use crate::privacy::{Basis, Category, Declaration, Erasure, Records, Retention, Subject};
use crate::{col, on_db, on_tx, Db, Tx};

pub const NOTIFICATIONS: Table = Table {
    name: "notifications",
    columns: &[
        col!("id", Int),
        col!("account_id", Int),
        col!("kind", Text),
        col!("args", Text),
        col!("link", Text),
        col!("created_at", Time),
        col!("read_at", Time, null),
        col!("mailed_at", Time, null),
    ],
};

pub const NOTIFICATION_PREFERENCES: Table = Table {
    name: "notification_preferences",
    columns: &[col!("account_id", Int), col!("kind", Text), col!("delivery", Text)],
};

pub const TABLES: &[&Table] = &[&NOTIFICATIONS, &NOTIFICATION_PREFERENCES];

/// A person's notifications and choices of delivery. A notification's
/// arguments may name another person (who replied, who asked), so erasing
/// that person replaces the name there too.
pub const PRIVACY: Records = Records {
    declarations: &[
        Declaration {
            table: &NOTIFICATIONS,
            category: Category::Mail,
            columns: &["account_id", "args"],
            withheld: &[],
            free_text: &["args"],
            purpose: "privacy-purpose-mail",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-self",
            retention: Retention::Days {
                key: "read-notifications",
                default: 365,
                min: 30,
                max: 1825,
                sweep: "DELETE FROM notifications WHERE read_at < $1",
            },
            subject: Subject::Account("account_id"),
            erasure: Erasure::Delete,
        },
        Declaration {
            table: &NOTIFICATION_PREFERENCES,
            category: Category::Mail,
            columns: &["account_id", "delivery"],
            withheld: &[],
            free_text: &[],
            purpose: "privacy-purpose-mail",
            basis: Basis::PublicTask,
            seen_by: "privacy-seen-self",
            retention: Retention::While("privacy-while-account"),
            subject: Subject::Account("account_id"),
            erasure: Erasure::Delete,
        },
    ],
    // Bookkeeping of the instance itself.
    without_personal_data: &["instance_settings", "mozaik_schema", "job_runs", "search_changes"],
};

crate::text_enum! {
    /// What a notification is about; each has its sentence
    /// (`notify-<kind>`) in every locale.
    pub enum Kind, messages "notify" {
        RequestCreated = "request_created",
        RequestReplied = "request_replied",
        RequestAssigned = "request_assigned",
        RequestResolved = "request_resolved",
        ExpertAssigned = "expert_assigned",
        ExpertAnswered = "expert_answered",
        ApplicationReceived = "application_received",
        ReviewRequested = "review_requested",
        ApplicationDecided = "application_decided",
        TranchePaid = "tranche_paid",
        ReportDue = "report_due",
        RoundOpened = "round_opened",
        RoundReminder = "round_reminder",
        RoundReopened = "round_reopened",
        ProgrammeChanged = "programme_changed",
        ActivityDue = "activity_due",
        InvitationAccepted = "invitation_accepted",
        NoticeWaiting = "notice_waiting",
        NoticeEscalated = "notice_escalated",
        NoticeAcknowledged = "notice_acknowledged",
        PlanFiled = "plan_filed",
        NoticeClosed = "notice_closed",
    }
}

crate::text_enum! {
    /// How a person wants a kind of notification by e-mail.
    pub enum Delivery, messages "notify-delivery" {
        Now = "now",
        Digest = "digest",
        Off = "off",
    }
}

impl Kind {
    /// The message naming the kind, on the notification settings.
    pub fn name_id(self) -> &'static str {
        match self {
            Kind::RequestCreated => "notify-kind-request_created",
            Kind::RequestReplied => "notify-kind-request_replied",
            Kind::RequestAssigned => "notify-kind-request_assigned",
            Kind::RequestResolved => "notify-kind-request_resolved",
            Kind::ExpertAssigned => "notify-kind-expert_assigned",
            Kind::ExpertAnswered => "notify-kind-expert_answered",
            Kind::ApplicationReceived => "notify-kind-application_received",
            Kind::ReviewRequested => "notify-kind-review_requested",
            Kind::ApplicationDecided => "notify-kind-application_decided",
            Kind::TranchePaid => "notify-kind-tranche_paid",
            Kind::ReportDue => "notify-kind-report_due",
            Kind::RoundOpened => "notify-kind-round_opened",
            Kind::RoundReminder => "notify-kind-round_reminder",
            Kind::RoundReopened => "notify-kind-round_reopened",
            Kind::ProgrammeChanged => "notify-kind-programme_changed",
            Kind::ActivityDue => "notify-kind-activity_due",
            Kind::InvitationAccepted => "notify-kind-invitation_accepted",
            Kind::NoticeWaiting => "notify-kind-notice_waiting",
            Kind::NoticeEscalated => "notify-kind-notice_escalated",
            Kind::NoticeAcknowledged => "notify-kind-notice_acknowledged",
            Kind::PlanFiled => "notify-kind-plan_filed",
            Kind::NoticeClosed => "notify-kind-notice_closed",
        }
    }

    /// Information sharing must reach its positions: these cannot be switched off.
    pub fn mandatory(self) -> bool {
        matches!(
            self,
            Kind::NoticeWaiting
                | Kind::NoticeEscalated
                | Kind::NoticeAcknowledged
                | Kind::PlanFiled
                | Kind::NoticeClosed
        )
    }
}

/// One notification to send: the kind, the sentence's arguments (names and
/// subjects, never sealed content) and where to act.
pub struct Note<'a> {
    pub kind: Kind,
    pub args: Vec<(&'a str, String)>,
    pub link: String,
}

/// The sentence of a notification in a locale. A `due` date is kept as
/// YYYY-MM-DD and written out in the reader's words here.
pub fn sentence(tr: Tr, kind: Kind, args: &[(String, String)]) -> String {
    let args: Vec<(String, String)> = args
        .iter()
        .map(|(k, v)| match (k.as_str(), v.parse::<chrono::NaiveDate>()) {
            ("due", Ok(date)) => (k.clone(), crate::time::day(tr, date)),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    let pairs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    tr.ta(kind.message_id(), &pairs)
}

crate::record! {
    struct Recipient {
        id: i64,
        email: String,
        locale: Option<String>,
        delivery: Option<String>,
    }
}

/// Sends `note` to each of `accounts` once (duplicates dropped), in the
/// transaction of the step that causes it: the list entry always, the
/// e-mail as each person chose.
pub async fn send(tx: &mut Tx, public_url: &str, accounts: &[i64], note: &Note<'_>) -> Result<usize, sqlx::Error> {
    let unique: BTreeSet<i64> = accounts.iter().copied().collect();
    let args: Vec<(String, String)> = note.args.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    let args_json = serde_json::to_string(&args.iter().cloned().collect::<std::collections::BTreeMap<_, _>>())
        .unwrap_or_else(|_| "{}".into());
    let now = Utc::now();
    for account in &unique {
        let recipient: Option<Recipient> = on_tx!(tx, |c| sqlx::query_as(
            "SELECT a.id, a.email, a.locale, p.delivery FROM accounts a \
             LEFT JOIN notification_preferences p ON p.account_id = a.id AND p.kind = $2 WHERE a.id = $1 AND a.active"
        )
        .bind(account)
        .bind(note.kind)
        .fetch_optional(&mut *c)
        .await)?;
        let Some(recipient) = recipient else { continue };
        let delivery = recipient.delivery.as_deref().and_then(Delivery::parse).unwrap_or(Delivery::Now);
        let mail_now = delivery == Delivery::Now || note.kind.mandatory();
        // Only a notification waiting for the digest is left without a mail time.
        let for_digest = delivery == Delivery::Digest && !mail_now;
        let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
            "INSERT INTO notifications (account_id, kind, args, link, created_at, mailed_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
        )
        .bind(recipient.id)
        .bind(note.kind)
        .bind(&args_json)
        .bind(&note.link)
        .bind(now)
        .bind((!for_digest).then_some(now))
        .fetch_one(&mut *c)
        .await)?;
        if mail_now {
            let tr = recipient.locale.as_deref().and_then(|l| i18n().get(l)).unwrap_or_else(|| i18n().default_tr());
            let line = sentence(tr, note.kind, &args);
            let body = format!(
                "{line}\n\n{}{}\n\n{}",
                public_url.trim_end_matches('/'),
                note.link,
                tr.t1("notify-mail-footer", "link", format!("{}/notifications", public_url.trim_end_matches('/')))
            );
            crate::mail::queue(tx, &recipient.email, &format!("Mozaik: {line}"), &body).await?;
        }
        tracing::debug!(notification = id, kind = %note.kind, "notification sent");
    }
    Ok(unique.len())
}

crate::record! {
    /// A notification as its person reads it.
    pub struct Notification {
        pub id: i64,
        pub kind: Kind,
        pub args: String,
        pub link: String,
        pub created_at: DateTime<Utc>,
        pub read_at: Option<DateTime<Utc>>,
    }
}

impl Notification {
    pub fn text(&self, tr: Tr) -> String {
        let args: std::collections::BTreeMap<String, String> = serde_json::from_str(&self.args).unwrap_or_default();
        sentence(tr, self.kind, &args.into_iter().collect::<Vec<_>>())
    }

    pub fn unread(&self) -> bool {
        self.read_at.is_none()
    }
}

/// A person's notifications, newest first.
pub async fn list(db: &Db, account_id: i64, limit: i64) -> Result<Vec<Notification>, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_as(
        "SELECT id, kind, args, link, created_at, read_at FROM notifications WHERE account_id = $1 \
         ORDER BY created_at DESC, id DESC LIMIT $2"
    )
    .bind(account_id)
    .bind(limit)
    .fetch_all(pool)
    .await)
}

pub async fn unread_count(db: &Db, account_id: i64) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar(
        "SELECT COUNT(*) FROM notifications WHERE account_id = $1 AND read_at IS NULL"
    )
    .bind(account_id)
    .fetch_one(pool)
    .await)
}

/// Marks one (or, with `None`, every) notification of a person read.
pub async fn mark_read(tx: &mut Tx, account_id: i64, id: Option<i64>) -> Result<u64, sqlx::Error> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE account_id = $2 AND read_at IS NULL AND ($3 IS NULL OR id = $3)"
    )
    .bind(Utc::now())
    .bind(account_id)
    .bind(id)
    .execute(&mut *c)
    .await
    .map(|r| r.rows_affected()))
}

/// A person's choice per kind (kinds without a row are sent at once).
pub async fn preferences(db: &Db, account_id: i64) -> Result<Vec<(Kind, Delivery)>, sqlx::Error> {
    let rows: Vec<(Kind, Delivery)> =
        on_db!(db, |pool| sqlx::query_as("SELECT kind, delivery FROM notification_preferences WHERE account_id = $1")
            .bind(account_id)
            .fetch_all(pool)
            .await)?;
    Ok(Kind::ALL
        .iter()
        .map(|k| (*k, rows.iter().find(|(kind, _)| kind == k).map(|(_, d)| *d).unwrap_or(Delivery::Now)))
        .collect())
}

pub async fn set_preference(tx: &mut Tx, account_id: i64, kind: Kind, delivery: Delivery) -> Result<(), sqlx::Error> {
    let delivery = if kind.mandatory() { Delivery::Now } else { delivery };
    on_tx!(tx, |c| sqlx::query(
        "INSERT INTO notification_preferences (account_id, kind, delivery) VALUES ($1, $2, $3) \
         ON CONFLICT (account_id, kind) DO UPDATE SET delivery = $3"
    )
    .bind(account_id)
    .bind(kind)
    .bind(delivery)
    .execute(&mut *c)
    .await
    .map(|_| ()))
}

crate::record! {
    struct Pending {
        id: i64,
        account_id: i64,
        email: String,
        locale: Option<String>,
        kind: Kind,
        args: String,
        link: String,
    }
}

/// Mails each person who chose a digest one message with what waited since
/// the last one. Returns how many digests were queued.
pub async fn send_digests(db: &Db, public_url: &str) -> Result<usize, sqlx::Error> {
    let pending: Vec<Pending> = on_db!(db, |pool| sqlx::query_as(
        "SELECT n.id, n.account_id, a.email, a.locale, n.kind, n.args, n.link FROM notifications n \
         JOIN accounts a ON a.id = n.account_id WHERE n.mailed_at IS NULL AND a.active ORDER BY n.account_id, n.id"
    )
    .fetch_all(pool)
    .await)?;
    let mut digests = 0;
    let mut tx = db.begin().await?;
    let now = Utc::now();
    for group in pending.chunk_by(|a, b| a.account_id == b.account_id) {
        // Only what this run stamped goes into its digest: a run beside it
        // mails the rest, and nothing is mailed twice.
        let mut mine = Vec::with_capacity(group.len());
        for n in group {
            if crate::jobs::stamp_once(&mut tx, "notifications", "mailed_at", n.id, now).await? {
                mine.push(n);
            }
        }
        let Some(first) = mine.first() else { continue };
        let group = mine.as_slice();
        let tr = first.locale.as_deref().and_then(|l| i18n().get(l)).unwrap_or_else(|| i18n().default_tr());
        let base = public_url.trim_end_matches('/');
        let lines: Vec<String> = group
            .iter()
            .map(|n| {
                let note = Notification {
                    id: n.id,
                    kind: n.kind,
                    args: n.args.clone(),
                    link: n.link.clone(),
                    created_at: Utc::now(),
                    read_at: None,
                };
                format!("- {}\n  {base}{}", note.text(tr), n.link)
            })
            .collect();
        let body = format!(
            "{}\n\n{}\n\n{}",
            tr.n("notify-digest-intro", group.len()),
            lines.join("\n"),
            tr.t1("notify-mail-footer", "link", format!("{base}/notifications"))
        );
        crate::mail::queue(&mut tx, &first.email, &tr.n("notify-digest-subject", group.len()), &body).await?;
        digests += 1;
    }
    tx.commit().await?;
    Ok(digests)
}

/// Active accounts holding one of `roles` on `place` itself (municipal
/// roles), for notifying a municipality.
pub async fn accounts_at(tx: &mut Tx, roles: &[&str], place_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    let roles = roles.iter().map(|r| format!("'{}'", r.replace('\'', ""))).collect::<Vec<_>>().join(",");
    // Role keys are Mozaik's own constants, never user input.
    let sql = format!(
        "SELECT DISTINCT g.account_id FROM role_grants g JOIN accounts a ON a.id = g.account_id \
         WHERE g.role IN ({roles}) AND g.place_id = $1 AND g.valid_to IS NULL AND a.active ORDER BY g.account_id"
    );
    on_tx!(tx, |c| sqlx::query_scalar(&sql).bind(place_id).fetch_all(&mut *c).await)
}

/// Active accounts holding one of `roles` anywhere (the hub's staff).
pub async fn accounts_with(tx: &mut Tx, roles: &[&str]) -> Result<Vec<i64>, sqlx::Error> {
    let roles = roles.iter().map(|r| format!("'{}'", r.replace('\'', ""))).collect::<Vec<_>>().join(",");
    // Role keys are Mozaik's own constants, never user input.
    let sql = format!(
        "SELECT DISTINCT g.account_id FROM role_grants g JOIN accounts a ON a.id = g.account_id \
         WHERE g.role IN ({roles}) AND g.valid_to IS NULL AND a.active ORDER BY g.account_id"
    );
    on_tx!(tx, |c| sqlx::query_scalar(&sql).fetch_all(&mut *c).await)
}
