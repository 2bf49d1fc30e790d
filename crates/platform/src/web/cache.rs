//! Rendered page content kept between requests, each entry stamped with the
//! data version it was built from. The version lives in the database
//! (`data_versions`, bumped by triggers in the same transaction as every
//! write), so one cheap query tells any app server whether its copy is still
//! current: servers stay interchangeable and never show stale data.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::{on_db, Db};

#[derive(Clone)]
pub struct Cached {
    pub version: i64,
    pub title: Arc<str>,
    pub body: Arc<str>,
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

/// The current version of one area of data (for example `directory`).
pub async fn data_version(db: &Db, area: &str) -> Result<i64, sqlx::Error> {
    on_db!(db, |pool| sqlx::query_scalar("SELECT version FROM data_versions WHERE area = $1")
        .bind(area)
        .fetch_optional(pool)
        .await)
    .map(|v: Option<i64>| v.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(version: i64) -> Cached {
        Cached { version, title: "t".into(), body: "b".into() }
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
