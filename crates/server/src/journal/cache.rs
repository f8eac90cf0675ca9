//! A cache of journal feed pages (`/activity`, `/api/v1/activity`), so that the hot,
//! read-mostly pages skip the blocking thread, the pool checkout and the query.
//!
//! Freshness rules (the staleness bound documented in `docs/spine-notes.md`):
//! - Each entry remembers the store's commit generation (`Db::generation`, bumped in-process
//!   right after every committed write) read *before* its query ran. A lookup under any other
//!   generation is a miss, so a write committed by this process is visible to the very next
//!   request. Taking the generation before the query means a write that commits during the
//!   query makes the entry stale at once instead of hiding behind it.
//! - Writes by another process (a second server, the command line) do not bump the
//!   generation, so each entry also expires `ttl` after its query started: such writes show
//!   within `ttl`.
//! - Only committed rows are ever read (the query runs outside any write transaction), so
//!   an entry never holds a rolled-back event.

use super::model::Event;
use axum::body::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Default upper bound on how long a write by another process can stay unseen.
pub const DEFAULT_TTL: Duration = Duration::from_millis(250);

/// Entries kept at most; beyond it stale ones are dropped, then all (filters are free text,
/// so a client must not be able to grow the map without bound).
const MAX_ENTRIES: usize = 256;

/// What identifies a page: filters (normalized), cursor and page size.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    pub actor: Option<String>,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub before: Option<i64>,
    pub limit: i64,
}

/// One loaded page: the events and the cursor of the next one, plus its JSON body, made
/// once on first use by the API.
#[derive(Debug)]
pub struct CachedPage {
    pub items: Vec<Event>,
    pub next_cursor: Option<String>,
    json: OnceLock<Bytes>,
}

impl CachedPage {
    pub fn new(items: Vec<Event>, next_cursor: Option<String>) -> CachedPage {
        CachedPage {
            items,
            next_cursor,
            json: OnceLock::new(),
        }
    }

    /// The API body `{"items": [...], "next_cursor": ...}`, serialized once per page.
    pub fn json(&self) -> Bytes {
        self.json
            .get_or_init(|| {
                #[derive(serde::Serialize)]
                struct Body<'a> {
                    items: &'a [Event],
                    next_cursor: &'a Option<String>,
                }
                let body = Body {
                    items: &self.items,
                    next_cursor: &self.next_cursor,
                };
                // Serializing plain strings and integers cannot fail; an empty body would be
                // caught by any client as invalid JSON rather than silently wrong data.
                Bytes::from(serde_json::to_vec(&body).unwrap_or_default())
            })
            .clone()
    }
}

struct Entry {
    generation: u64,
    loaded: Instant,
    page: Arc<CachedPage>,
}

/// The cache itself; shared by all handlers through `AppState`.
pub struct FeedCache {
    ttl: Duration,
    entries: Mutex<HashMap<PageKey, Entry>>,
}

impl Default for FeedCache {
    fn default() -> Self {
        FeedCache::new(DEFAULT_TTL)
    }
}

impl FeedCache {
    /// A cache whose entries live at most `ttl`; `Duration::ZERO` disables it.
    pub fn new(ttl: Duration) -> FeedCache {
        FeedCache {
            ttl,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The page for `key` if it was loaded under `generation` less than `ttl` ago.
    pub fn get(&self, key: &PageKey, generation: u64) -> Option<Arc<CachedPage>> {
        let map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        map.get(key)
            .filter(|e| e.generation == generation && e.loaded.elapsed() < self.ttl)
            .map(|e| e.page.clone())
    }

    /// Remembers a page whose query started at `loaded` under `generation`.
    pub fn put(&self, key: PageKey, generation: u64, loaded: Instant, page: Arc<CachedPage>) {
        if self.ttl.is_zero() {
            return;
        }
        let mut map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_ENTRIES && !map.contains_key(&key) {
            let ttl = self.ttl;
            map.retain(|_, e| e.generation == generation && e.loaded.elapsed() < ttl);
            if map.len() >= MAX_ENTRIES {
                map.clear();
            }
        }
        // A slower reader must not replace a newer entry with an older one.
        if let Some(old) = map.get(&key)
            && old.generation == generation
            && old.loaded > loaded
        {
            return;
        }
        map.insert(
            key,
            Entry {
                generation,
                loaded,
                page,
            },
        );
    }

    /// Entries held, for tests and `/metrics`.
    pub fn len(&self) -> usize {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(actor: Option<&str>) -> PageKey {
        PageKey {
            actor: actor.map(str::to_string),
            object_type: None,
            object_id: None,
            before: None,
            limit: 51,
        }
    }

    fn page(next: &str) -> Arc<CachedPage> {
        Arc::new(CachedPage::new(Vec::new(), Some(next.to_string())))
    }

    #[test]
    fn hit_only_under_the_same_generation() {
        let c = FeedCache::new(Duration::from_secs(60));
        c.put(key(None), 3, Instant::now(), page("a"));
        assert!(c.get(&key(None), 3).is_some());
        assert!(c.get(&key(None), 4).is_none(), "a commit must invalidate");
        assert!(
            c.get(&key(Some("ana")), 3).is_none(),
            "other filter, other page"
        );
    }

    #[test]
    fn entries_expire_after_ttl() {
        let c = FeedCache::new(Duration::from_millis(20));
        c.put(key(None), 1, Instant::now(), page("a"));
        std::thread::sleep(Duration::from_millis(40));
        assert!(c.get(&key(None), 1).is_none());
    }

    #[test]
    fn zero_ttl_disables() {
        let c = FeedCache::new(Duration::ZERO);
        c.put(key(None), 1, Instant::now(), page("a"));
        assert!(c.is_empty());
        assert!(c.get(&key(None), 1).is_none());
    }

    #[test]
    fn older_load_does_not_replace_newer() {
        let c = FeedCache::new(Duration::from_secs(60));
        let early = Instant::now();
        std::thread::sleep(Duration::from_millis(2));
        c.put(key(None), 1, Instant::now(), page("new"));
        c.put(key(None), 1, early, page("old"));
        let got = c.get(&key(None), 1).expect("cached");
        assert_eq!(got.next_cursor.as_deref(), Some("new"));
    }

    #[test]
    fn size_is_bounded() {
        let c = FeedCache::new(Duration::from_secs(60));
        for i in 0..(MAX_ENTRIES * 2) {
            c.put(key(Some(&format!("p{i}"))), 1, Instant::now(), page("x"));
        }
        assert!(c.len() <= MAX_ENTRIES);
    }

    #[test]
    fn json_body_is_the_api_shape() {
        let p = CachedPage::new(Vec::new(), Some("7".into()));
        let v: serde_json::Value = serde_json::from_slice(&p.json()).expect("json");
        assert_eq!(v, serde_json::json!({"items": [], "next_cursor": "7"}));
    }
}
