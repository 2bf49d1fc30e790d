//! Rendered page content kept between requests, each entry stamped with the
//! data version it was built from. The version lives in the database
//! (`data_versions`, bumped by triggers in the same transaction as every
//! write), so one cheap query tells any app server whether its copy is still
//! current: servers stay interchangeable and never show stale data.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use crate::{on_db, Db};

#[derive(Clone)]
pub struct Cached {
    pub version: i64,
    pub title: Arc<str>,
    pub body: Arc<str>,
    /// The ids of the place the page is about and of the places above it,
    /// for deciding what a signed-in reader may do there without asking
    /// the database again.
    pub scope: Arc<[i64]>,
}

pub struct PageCache {
    entries: Mutex<HashMap<String, Cached>>,
    capacity: usize,
}

impl PageCache {
    pub fn new(capacity: usize) -> Self {
        PageCache { entries: Mutex::new(HashMap::new()), capacity }
    }

    /// The entry for `key` if it was built from data at `version`.
    pub fn get(&self, key: &str, version: i64) -> Option<Cached> {
        let entries = self.entries.lock().ok()?;
        entries.get(key).filter(|c| c.version == version).cloned()
    }

    pub fn put(&self, key: String, value: Cached) {
        if let Ok(mut entries) = self.entries.lock() {
            // Past capacity, start afresh: simpler than LRU and still bounds memory.
            if entries.len() >= self.capacity && !entries.contains_key(&key) {
                entries.clear();
            }
            entries.insert(key, value);
        }
    }

    pub fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The version of every area of data, read for many requests at once.
///
/// Every request needs the versions, and at load most would read them at
/// the same moment. A request may take the result of a read that *began*
/// after it arrived (that read sees every write committed before the
/// request came), so requests that arrive while one read runs wait for the
/// next, and that one read serves them all: at most one read is running,
/// and no request is answered from data older than its arrival.
#[derive(Default)]
pub struct DataVersions {
    /// How many reads have begun.
    begun: AtomicU64,
    /// The last read: its number and what it found. Held while reading.
    last: tokio::sync::Mutex<(u64, Arc<HashMap<String, i64>>)>,
}

impl DataVersions {
    /// The versions as they are now (not older than this call).
    pub async fn current(&self, db: &Db) -> Result<Arc<HashMap<String, i64>>, sqlx::Error> {
        let arrived = self.begun.load(Ordering::SeqCst);
        let mut last = self.last.lock().await;
        if last.0 > arrived {
            return Ok(last.1.clone());
        }
        let number = self.begun.fetch_add(1, Ordering::SeqCst) + 1;
        let rows: Vec<(String, i64)> =
            on_db!(db, |pool| sqlx::query_as("SELECT area, version FROM data_versions").fetch_all(pool).await)?;
        *last = (number, Arc::new(rows.into_iter().collect()));
        Ok(last.1.clone())
    }

    /// The current version of one area (for example `directory`).
    pub async fn of(&self, db: &Db, area: &str) -> Result<i64, sqlx::Error> {
        Ok(self.current(db).await?.get(area).copied().unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(version: i64) -> Cached {
        Cached { version, title: "t".into(), body: "b".into(), scope: Arc::from([]) }
    }

    #[test]
    fn a_stale_entry_is_not_served() {
        let cache = PageCache::new(10);
        cache.put("a".into(), entry(3));
        assert!(cache.get("a", 3).is_some());
        assert!(cache.get("a", 4).is_none());
    }

    #[test]
    fn capacity_bounds_the_entries() {
        let cache = PageCache::new(2);
        for (i, key) in ["a", "b", "c"].iter().enumerate() {
            cache.put((*key).into(), entry(i as i64));
        }
        assert!(cache.len() <= 2);
        assert!(cache.get("c", 2).is_some());
    }
}
