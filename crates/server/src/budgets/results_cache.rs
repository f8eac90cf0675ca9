//! The results pages as a visitor who is not signed in sees them, kept per address (path
//! and query), language and time zone, under the store's commit generation (`db::cache`):
//! any commit makes them stale, so an override, a progress update or a renamed project
//! shows on the very next request. Signed-in viewers get their own page (their ballot,
//! their forms), never a kept one.

use crate::db::cache::GenerationCache;
use crate::error::PageError;
use crate::state::AppState;
use axum::body::Bytes;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// Language, zone, path and query.
type Key = (crate::i18n::Lang, String, String);

/// The kept pages (installed by `budgets::install`).
pub struct ResultsPages(GenerationCache<Key, Bytes>);

impl Default for ResultsPages {
    fn default() -> Self {
        // A write by another process (the command line) shows within a second.
        ResultsPages(GenerationCache::new(Duration::from_secs(1)))
    }
}

/// The page of the current request for a visitor: kept, or made by `make` and kept.
/// Refusals (an unknown process, results not out yet) are not kept. The bytes are shared
/// between the requests served from them, not copied.
pub async fn anonymous<F, Fut>(state: &AppState, make: F) -> Result<Bytes, PageError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<String, PageError>>,
{
    // Read before the queries, so that a commit during them leaves the entry stale.
    let generation = state.db.generation();
    let key = crate::i18n::with_current(|p| (p.lang, p.zone.name().to_string(), p.path.clone()));
    let page: Arc<Bytes> = state
        .owned::<ResultsPages>()
        .0
        .get_or_load(key, generation, || async {
            Ok::<_, PageError>(Bytes::from(make().await?))
        })
        .await?;
    Ok(Bytes::clone(&page))
}
