//! A small cache of read results tagged with the store's commit generation, so that hot,
//! read-mostly pages (the journal feeds, a commons page) skip the blocking thread, the pool
//! checkout and the queries when nothing changed.
//!
//! Freshness rules:
//! - Each entry remembers the commit generation (`Db::generation`, bumped in-process right
//!   after every committed write) read *before* its query ran. A lookup under any other
//!   generation is a miss, so a write committed by this process is visible to the very next
//!   request. Taking the generation before the query means a write that commits during the
//!   query makes the entry stale at once instead of hiding behind it.
//! - Writes by another process (a second server, the command line) do not bump the
//!   generation, so each entry also expires `ttl` after its query started. The first reader
//!   after that reloads it while the others keep being served the expired entry until the
//!   new one is in (no stampede of identical queries under load): such writes show within
//!   `ttl` plus one load.
//! - `get_or_load` also loads a missing entry once: concurrent readers of the same key wait
//!   for the first one's load instead of all running the same queries (a cold start, or
//!   the first requests after a commit).
//! - Only committed rows are ever read (the query runs outside any write transaction), so
//!   an entry never holds a rolled-back change.

use std::collections::HashMap;
use std::future::Future;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::Notify;

/// Default upper bound on how long a write by another process can stay unseen.
pub const DEFAULT_TTL: Duration = Duration::from_millis(250);

/// Entries kept at most; beyond it stale ones are dropped, then all (keys may come from
/// free text, so a client must not be able to grow the map without bound).
pub const MAX_ENTRIES: usize = 256;

struct Entry<V> {
    generation: u64,
    loaded: Instant,
    value: Arc<V>,
    /// When a reader took on reloading this expired entry.
    reloading: Option<Instant>,
}

/// The cache; shared by handlers through `AppState`.
pub struct GenerationCache<K, V> {
    ttl: Duration,
    entries: Mutex<HashMap<K, Entry<V>>>,
    /// Keys being loaded by a reader, and how the others waiting for it are woken.
    loading: Mutex<HashMap<K, Arc<Notify>>>,
}

/// Ends a load however it ends (done, failed, or its request dropped): the key is free
/// again and whoever waited for it looks again.
struct LoadGuard<'a, K: Hash + Eq> {
    loading: &'a Mutex<HashMap<K, Arc<Notify>>>,
    key: Option<K>,
}

impl<K: Hash + Eq> Drop for LoadGuard<'_, K> {
    fn drop(&mut self) {
        let mut map = self.loading.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(n) = self.key.take().and_then(|k| map.remove(&k)) {
            n.notify_waiters();
        }
    }
}

impl<K: Hash + Eq, V> Default for GenerationCache<K, V> {
    fn default() -> Self {
        GenerationCache::new(DEFAULT_TTL)
    }
}

impl<K: Hash + Eq, V> GenerationCache<K, V> {
    /// A cache whose entries live at most `ttl`; `Duration::ZERO` disables it.
    pub fn new(ttl: Duration) -> Self {
        GenerationCache {
            ttl,
            entries: Mutex::new(HashMap::new()),
            loading: Mutex::new(HashMap::new()),
        }
    }

    /// The value for `key` under `generation`: cached, or loaded by `load` — once, however
    /// many readers ask at the same time (the others wait for it). `generation` must be read
    /// before calling, so that a commit during the load leaves the entry stale.
    pub async fn get_or_load<E, F, Fut>(
        &self,
        key: K,
        generation: u64,
        load: F,
    ) -> Result<Arc<V>, E>
    where
        K: Clone,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        loop {
            if let Some(hit) = self.get(&key, generation) {
                return Ok(hit);
            }
            let waiting = {
                let mut map = self.loading.lock().unwrap_or_else(|p| p.into_inner());
                match map.get(&key) {
                    // Created under the lock, so the loader's wake-up cannot be missed.
                    Some(n) => Some(n.clone().notified_owned()),
                    None => {
                        map.insert(key.clone(), Arc::new(Notify::new()));
                        None
                    }
                }
            };
            match waiting {
                // Someone else is loading it: wait, then look again.
                Some(wait) => wait.await,
                None => break,
            }
        }
        let _guard = LoadGuard {
            loading: &self.loading,
            key: Some(key.clone()),
        };
        let started = Instant::now();
        let value = Arc::new(load().await?);
        self.put(key, generation, started, value.clone());
        Ok(value)
    }

    /// The value for `key` if it was loaded under `generation` less than `ttl` ago, or, once
    /// it expired, while another reader reloads it. None means: load it and `put` it (the
    /// caller is then the one reloading an expired entry).
    pub fn get(&self, key: &K, generation: u64) -> Option<Arc<V>> {
        let mut map = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let e = map.get_mut(key).filter(|e| e.generation == generation)?;
        if e.loaded.elapsed() < self.ttl {
            return Some(e.value.clone());
        }
        match e.reloading {
            // Someone is on it (a reload that failed is retried after another ttl).
            Some(since) if since.elapsed() < self.ttl => Some(e.value.clone()),
            _ => {
                e.reloading = Some(Instant::now());
                None
            }
        }
    }

    /// Remembers a value whose query started at `loaded` under `generation`.
    pub fn put(&self, key: K, generation: u64, loaded: Instant, value: Arc<V>) {
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
                value,
                reloading: None,
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

    type Cache = GenerationCache<Option<&'static str>, &'static str>;

    #[test]
    fn hit_only_under_the_same_generation() {
        let c = Cache::new(Duration::from_secs(60));
        c.put(None, 3, Instant::now(), Arc::new("a"));
        assert!(c.get(&None, 3).is_some());
        assert!(c.get(&None, 4).is_none(), "a commit must invalidate");
        assert!(c.get(&Some("ana"), 3).is_none(), "other key, other value");
    }

    #[test]
    fn entries_expire_after_ttl() {
        let c = Cache::new(Duration::from_millis(20));
        c.put(None, 1, Instant::now(), Arc::new("a"));
        std::thread::sleep(Duration::from_millis(40));
        assert!(c.get(&None, 1).is_none());
    }

    #[test]
    fn one_reader_reloads_an_expired_entry_while_the_others_get_it() {
        let c = Cache::new(Duration::from_millis(20));
        c.put(None, 1, Instant::now(), Arc::new("old"));
        std::thread::sleep(Duration::from_millis(40));
        assert!(c.get(&None, 1).is_none(), "the first reader reloads");
        assert_eq!(*c.get(&None, 1).expect("served while reloading"), "old");
        c.put(None, 1, Instant::now(), Arc::new("new"));
        assert_eq!(*c.get(&None, 1).expect("fresh"), "new");
        assert!(
            c.get(&None, 2).is_none(),
            "a commit still invalidates at once"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_readers_of_a_missing_entry_load_it_once() {
        let c: Arc<GenerationCache<&'static str, u32>> =
            Arc::new(GenerationCache::new(Duration::from_secs(60)));
        let loads = Arc::new(std::sync::atomic::AtomicU32::new(0));
        let readers: Vec<_> = (0..16)
            .map(|_| {
                let (c, loads) = (c.clone(), loads.clone());
                tokio::spawn(async move {
                    c.get_or_load("page", 1, || async {
                        loads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        Ok::<_, ()>(7)
                    })
                    .await
                })
            })
            .collect();
        for r in readers {
            assert_eq!(*r.await.unwrap().unwrap(), 7);
        }
        assert_eq!(loads.load(std::sync::atomic::Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_dropped_or_failed_load_frees_the_key() {
        let c: GenerationCache<&'static str, u32> = GenerationCache::new(Duration::from_secs(60));
        let never = c.get_or_load("k", 1, std::future::pending::<Result<u32, ()>>);
        assert!(
            tokio::time::timeout(Duration::from_millis(20), never)
                .await
                .is_err()
        );
        let failed = c
            .get_or_load("k", 1, || async { Err::<u32, _>("down") })
            .await;
        assert_eq!(failed.unwrap_err(), "down");
        let ok = c.get_or_load("k", 1, || async { Ok::<_, ()>(3) }).await;
        assert_eq!(*ok.unwrap(), 3);
    }

    #[test]
    fn zero_ttl_disables() {
        let c = Cache::new(Duration::ZERO);
        c.put(None, 1, Instant::now(), Arc::new("a"));
        assert!(c.is_empty());
        assert!(c.get(&None, 1).is_none());
    }

    #[test]
    fn older_load_does_not_replace_newer() {
        let c = Cache::new(Duration::from_secs(60));
        let early = Instant::now();
        std::thread::sleep(Duration::from_millis(2));
        c.put(None, 1, Instant::now(), Arc::new("new"));
        c.put(None, 1, early, Arc::new("old"));
        assert_eq!(*c.get(&None, 1).expect("cached"), "new");
    }

    #[test]
    fn size_is_bounded() {
        let c: GenerationCache<String, ()> = GenerationCache::new(Duration::from_secs(60));
        for i in 0..(MAX_ENTRIES * 2) {
            c.put(format!("p{i}"), 1, Instant::now(), Arc::new(()));
        }
        assert!(c.len() <= MAX_ENTRIES);
    }
}
