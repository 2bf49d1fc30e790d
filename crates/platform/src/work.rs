//! A person's work: every open item that waits for them across the modules,
//! with what to do, its deadline and the place where it is done, and apart
//! from it what waits on others. Each module contributes a [`WorkSource`];
//! the binary lists them, so the kernel knows no module.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use futures_util::future::BoxFuture;

use crate::auth::Account;
use crate::i18n::Tr;
use crate::Db;

/// One thing to do, or to wait for.
#[derive(Clone, Debug)]
pub struct WorkItem {
    /// What to do, in the reader's language ("Acknowledge the notice").
    pub task: String,
    /// What it is about (a request's subject, a round's name).
    pub subject: String,
    /// When it is due; shown in local time.
    pub deadline: Option<DateTime<Utc>>,
    /// Where it is done.
    pub link: String,
    /// How far along it is ("12 of 17 answered"), when that is known.
    pub progress: Option<String>,
    /// Waiting on someone else ("waiting for the hub"), not on the reader.
    pub waiting_on: Option<String>,
}

impl WorkItem {
    pub fn mine(task: String, subject: String, link: String) -> WorkItem {
        WorkItem { task, subject, deadline: None, link, progress: None, waiting_on: None }
    }

    pub fn due(mut self, deadline: Option<DateTime<Utc>>) -> WorkItem {
        self.deadline = deadline;
        self
    }

    pub fn progress(mut self, progress: String) -> WorkItem {
        self.progress = Some(progress);
        self
    }

    pub fn waiting_on(mut self, who: String) -> WorkItem {
        self.waiting_on = Some(who);
        self
    }

    pub fn is_mine(&self) -> bool {
        self.waiting_on.is_none()
    }
}

/// A module's open items for a person.
pub type WorkSource = for<'a> fn(&'a Db, &'a Account, Tr) -> BoxFuture<'a, Result<Vec<WorkItem>, sqlx::Error>>;

/// Every source's items for a person: theirs first by deadline, then what
/// waits on others.
pub async fn items(db: &Db, sources: &[WorkSource], account: &Account, tr: Tr) -> Result<Vec<WorkItem>, sqlx::Error> {
    let lists = futures_util::future::try_join_all(sources.iter().map(|source| source(db, account, tr))).await?;
    let mut all: Vec<WorkItem> = lists.into_iter().flatten().collect();
    all.sort_by(|a, b| {
        b.is_mine()
            .cmp(&a.is_mine())
            .then_with(|| match (a.deadline, b.deadline) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| a.subject.cmp(&b.subject))
    });
    Ok(all)
}

/// How many items wait for each person, kept for a few seconds so the
/// header can show the number on every page without asking every module
/// each time. It is a cache, not state: any server recomputes it.
pub struct Counts {
    entries: Mutex<HashMap<i64, (Instant, usize)>>,
}

const FRESH: Duration = Duration::from_secs(20);

impl Default for Counts {
    fn default() -> Self {
        Counts { entries: Mutex::new(HashMap::new()) }
    }
}

impl Counts {
    pub async fn get(&self, db: &Db, sources: &[WorkSource], account: &Account, tr: Tr) -> usize {
        if let Some((at, n)) = self.entries.lock().ok().and_then(|e| e.get(&account.id).copied()) {
            if at.elapsed() < FRESH {
                return n;
            }
        }
        let n = match items(db, sources, account, tr).await {
            Ok(items) => items.iter().filter(|i| i.is_mine()).count(),
            Err(e) => {
                tracing::warn!(error = %e, "open items could not be counted");
                0
            }
        };
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() > 10_000 {
                entries.clear();
            }
            entries.insert(account.id, (Instant::now(), n));
        }
        n
    }

    /// Forgets a person's count after they acted, so the header follows at once.
    pub fn forget(&self, account_id: i64) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.remove(&account_id);
        }
    }
}
