//! Freshness of cached journal pages against a real SQLite store: a committed event shows on
//! the next request, a rolled-back one never does, and a write by another connection that
//! does not signal (another process) shows within the cache's TTL.

use super::cache::FeedCache;
use super::{ListQuery, ObjectRef, Verb, load_page, store};
use crate::config::Config;
use crate::db::{Db, DbConn};
use crate::error::AppError;
use crate::state::AppState;
use std::time::Duration;

fn state(ttl: Duration) -> (AppState, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let cfg = Config {
        data_dir: dir.path().to_path_buf(),
        pool_size: 2,
        ..Config::default()
    };
    let mut st = AppState::new(cfg).expect("app state");
    st.install(FeedCache::new(ttl));
    (st, dir)
}

fn unfiltered() -> ListQuery {
    ListQuery {
        actor: None,
        object_type: None,
        object_id: None,
        context: None,
        cursor: None,
        limit: None,
    }
}

fn add(c: &mut DbConn, id: &str) -> Result<String, AppError> {
    let obj = ObjectRef {
        kind: crate::journal::ObjectKind::Organization,
        id: id.to_string(),
        url: format!("/organizations/{id}"),
        context: None,
    };
    let tried = super::EventType::<serde_json::Value>::new(
        "organization.tried",
        Verb::Create,
        crate::journal::ObjectKind::Organization,
        "a test wrote it",
    );
    store::record(c, None, &tried, &obj, id, &serde_json::json!({}))
}

async fn ids(st: &AppState) -> Vec<String> {
    let (page, _, _) = load_page(st, unfiltered()).await.expect("page");
    page.items.iter().map(|e| e.object_id.clone()).collect()
}

#[tokio::test]
async fn committed_event_shows_on_the_next_request() {
    let (st, _dir) = state(Duration::from_secs(3600));
    st.db.write(|c| add(c, "first")).await.expect("write");
    assert_eq!(ids(&st).await, ["first"]);
    assert_eq!(st.owned::<FeedCache>().len(), 1, "the page is cached");
    st.db.write(|c| add(c, "second")).await.expect("write");
    // The TTL is an hour, so only the commit signal can make this fresh.
    assert_eq!(ids(&st).await, ["second", "first"]);
}

#[tokio::test]
async fn rolled_back_event_never_shows() {
    let (st, _dir) = state(Duration::from_secs(3600));
    st.db.write(|c| add(c, "kept")).await.expect("write");
    assert_eq!(ids(&st).await, ["kept"]);
    let failed = st
        .db
        .write(|c| {
            add(c, "ghost")?;
            Err::<(), _>(AppError::internal(anyhow::anyhow!("roll it back")))
        })
        .await;
    assert!(failed.is_err());
    assert_eq!(ids(&st).await, ["kept"]);
    // And not from the cache either: after a real commit the page is re-read.
    st.db.write(|c| add(c, "later")).await.expect("write");
    assert_eq!(ids(&st).await, ["later", "kept"]);
}

#[tokio::test]
async fn write_by_another_process_shows_within_ttl() {
    let ttl = Duration::from_millis(100);
    let (st, dir) = state(ttl);
    st.db.write(|c| add(c, "mine")).await.expect("write");
    assert_eq!(ids(&st).await, ["mine"]);
    // A second pool on the same file stands for another process: its commits do not
    // signal this one.
    let (engine, url) = Config {
        data_dir: dir.path().to_path_buf(),
        ..Config::default()
    }
    .database()
    .expect("database url");
    let other = Db::connect(engine, &url, 1).expect("second pool");
    other
        .write_blocking(|c| add(c, "theirs"))
        .expect("other write");
    tokio::time::sleep(ttl * 2).await;
    assert_eq!(ids(&st).await, ["theirs", "mine"]);
}

#[tokio::test]
async fn filtered_and_cursor_pages_are_cached_apart() {
    let (st, _dir) = state(Duration::from_secs(3600));
    for id in ["a", "b", "c"] {
        st.db.write(move |c| add(c, id)).await.expect("write");
    }
    let one = ListQuery {
        limit: Some(1),
        ..unfiltered()
    };
    let (first, _, _) = load_page(&st, one).await.expect("page");
    assert_eq!(first.items[0].object_id, "c");
    let cursor = first.next_cursor.clone().expect("older page");
    let older = ListQuery {
        limit: Some(1),
        cursor: Some(cursor),
        ..unfiltered()
    };
    let (second, _, _) = load_page(&st, older).await.expect("page");
    assert_eq!(second.items[0].object_id, "b");
    let only_b = ListQuery {
        object_id: Some("b".into()),
        ..unfiltered()
    };
    let (b, _, _) = load_page(&st, only_b).await.expect("page");
    assert_eq!(b.items.len(), 1);
    assert_eq!(b.items[0].object_id, "b");
    assert_eq!(ids(&st).await, ["c", "b", "a"]);
}
