//! The cache of journal feed pages (`/activity`, `/api/v1/activity`): what identifies a
//! page and what is kept of it. Freshness is the generation cache's (`db::cache`): a commit
//! by this server shows on the very next request, another process's within the TTL.

use super::model::Event;
use crate::db::cache::GenerationCache;
use axum::body::Bytes;
use std::sync::OnceLock;

pub use crate::db::cache::DEFAULT_TTL;

/// Journal pages by filters, cursor and page size.
pub type FeedCache = GenerationCache<PageKey, CachedPage>;

/// What identifies a page: filters (normalized), cursor and page size.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    pub actor: Option<String>,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    /// The record asked for, as the address names it (`commons:bread`).
    pub context: Option<String>,
    pub before: Option<i64>,
    pub limit: i64,
}

/// One loaded page: the events and the cursor of the next one, plus its JSON body, made
/// once on first use by the API.
#[derive(Debug)]
pub struct CachedPage {
    pub items: Vec<Event>,
    pub next_cursor: Option<String>,
    /// The API address of the next page.
    pub next: Option<String>,
    json: OnceLock<Bytes>,
}

impl CachedPage {
    pub fn new(items: Vec<Event>, next_cursor: Option<String>, next: Option<String>) -> CachedPage {
        CachedPage {
            items,
            next_cursor,
            next,
            json: OnceLock::new(),
        }
    }

    /// The API body `{"items": [...], "next_cursor": ..., "next": ...}`, serialized once
    /// per page.
    pub fn json(&self) -> Bytes {
        self.json
            .get_or_init(|| {
                #[derive(serde::Serialize)]
                struct Body<'a> {
                    items: &'a [Event],
                    next_cursor: &'a Option<String>,
                    next: &'a Option<String>,
                }
                let body = Body {
                    items: &self.items,
                    next_cursor: &self.next_cursor,
                    next: &self.next,
                };
                // Serializing plain strings and integers cannot fail; an empty body would be
                // caught by any client as invalid JSON rather than silently wrong data.
                Bytes::from(serde_json::to_vec(&body).unwrap_or_default())
            })
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_body_is_the_api_shape() {
        let next = "/api/v1/activity?cursor=7".to_string();
        let p = CachedPage::new(Vec::new(), Some("7".into()), Some(next.clone()));
        let v: serde_json::Value = serde_json::from_slice(&p.json()).expect("json");
        assert_eq!(
            v,
            serde_json::json!({"items": [], "next_cursor": "7", "next": next})
        );
    }
}
