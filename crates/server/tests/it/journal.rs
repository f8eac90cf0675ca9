//! The journal: one event per change in the same transaction, feeds, pagination, SSE.

use crate::support::{TestApp, expect_problem};
use commonfare::error::AppError;
use commonfare::journal::{ObjectKind, ObjectRef, Verb};
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::{Value, json};
use std::time::Duration;

#[tokio::test]
async fn a_rolled_back_change_leaves_no_event() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let before = app.journal_len().await;
    let r: Result<(), AppError> = app
        .state
        .db
        .write(|c| {
            let obj = ObjectRef {
                kind: ObjectKind::Commons,
                id: "1".into(),
                url: "/".into(),
            };
            commonfare::journal::record(c, None, Verb::Create, &obj, "will roll back", json!({}))?;
            Err(AppError::invalid("test", "fails after journaling"))
        })
        .await;
    assert!(r.is_err());
    assert_eq!(app.journal_len().await, before);
    // And a committed one has exactly one.
    app.state
        .db
        .write(|c| {
            let obj = ObjectRef {
                kind: ObjectKind::Commons,
                id: "1".into(),
                url: "/".into(),
            };
            commonfare::journal::record(c, None, Verb::Create, &obj, "kept", json!({}))
        })
        .await
        .unwrap();
    assert_eq!(app.journal_len().await, before + 1);
}

#[tokio::test]
async fn secret_payloads_are_refused() {
    let app = TestApp::spawn().await;
    let r = app
        .state
        .db
        .write(|c| {
            let obj = ObjectRef {
                kind: ObjectKind::Commons,
                id: "1".into(),
                url: "/".into(),
            };
            commonfare::journal::record(
                c,
                None,
                Verb::Delete,
                &obj,
                "oops",
                json!({"person": {"email": "x@y.z"}}),
            )
        })
        .await;
    assert!(r.is_err());
    assert_eq!(app.journal_len().await, 0);
}

#[tokio::test]
async fn an_event_carries_only_a_verb_its_kind_knows() {
    let app = TestApp::spawn().await;
    for (kind, verb, ok) in [
        (ObjectKind::Person, Verb::Create, true),
        (ObjectKind::Person, Verb::Join, false),
        (ObjectKind::Thread, Verb::Delete, false),
        (ObjectKind::Contribution, Verb::Offer, true),
    ] {
        let r = app
            .state
            .db
            .write(move |c| {
                let obj = ObjectRef {
                    kind,
                    id: "1".into(),
                    url: "/".into(),
                };
                commonfare::journal::record(c, None, verb, &obj, "a try", json!({}))
            })
            .await;
        assert_eq!(r.is_ok(), ok, "{kind:?} {verb:?}");
    }
    assert_eq!(app.journal_len().await, 2, "the refused ones left nothing");
}

#[tokio::test]
async fn an_unknown_object_type_is_refused_not_answered_empty() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let r = c
        .get(app.url("/api/v1/activity?object_type=organisation"))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 422, "unknown_object_type").await;
    assert!(
        p["detail"].as_str().unwrap().contains("organization"),
        "{p}"
    );
    let r = c
        .get(app.url("/activity.atom?object_type=nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = app
        .browser()
        .get(app.url("/activity?object_type=nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("is none of"));
    for kind in ObjectKind::ALL {
        let url = format!("/api/v1/activity?object_type={}", kind.as_str());
        assert_eq!(c.get(app.url(&url)).send().await.unwrap().status(), 200);
    }
}

#[tokio::test]
async fn cursor_pagination_and_filters() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    app.api_user("bob").await;
    let c = app.program();
    for i in 0..5 {
        c.post(app.url("/api/v1/orgs"))
            .bearer_auth(&ada)
            .json(&json!({"handle": format!("o{i}"), "name": "O", "kind": "phyle"}))
            .send()
            .await
            .unwrap();
    }
    // 2 people + 5 organizations.
    let mut seen = Vec::new();
    let mut url = app.url("/api/v1/activity?limit=3");
    loop {
        let page: Value = c.get(&url).send().await.unwrap().json().await.unwrap();
        for e in page["items"].as_array().unwrap() {
            seen.push(e["seq"].as_i64().unwrap());
        }
        match page["next_cursor"].as_str() {
            Some(cur) => url = app.url(&format!("/api/v1/activity?limit=3&cursor={cur}")),
            None => break,
        }
    }
    assert_eq!(seen.len(), 7);
    assert!(
        seen.windows(2).all(|w| w[0] > w[1]),
        "newest first, no repeats: {seen:?}"
    );

    let by_bob: Value = c
        .get(app.url("/api/v1/activity?actor=bob"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(by_bob["items"].as_array().unwrap().len(), 1);
    let orgs: Value = c
        .get(app.url("/api/v1/activity?object_type=organization"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(orgs["items"].as_array().unwrap().len(), 5);

    let html = c
        .get(app.url("/activity?actor=ada&object_type=organization"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html.matches("class=\"event\"").count(), 5);
    let html = c
        .get(app.url("/activity?limit=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Older events"));

    expect_problem(
        c.get(app.url("/api/v1/activity?cursor=abc"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_cursor",
    )
    .await;
    expect_problem(
        c.get(app.url("/api/v1/activity?limit=1000"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_limit",
    )
    .await;
}

#[tokio::test]
async fn atom_feed() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let r = app
        .program()
        .get(app.url("/activity.atom"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let xml = r.text().await.unwrap();
    assert!(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert!(xml.contains("<title>@ada joined the instance</title>"));
}

/// Reads SSE frames until `n` journal events arrived; returns their ids.
async fn read_events(r: reqwest::Response, n: usize) -> Vec<(i64, Value)> {
    let mut stream = r.bytes_stream();
    let mut buf = String::new();
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while out.len() < n {
        let chunk = tokio::time::timeout_at(deadline, stream.next())
            .await
            .expect("SSE events in time")
            .expect("stream open")
            .unwrap();
        buf.push_str(&String::from_utf8_lossy(&chunk));
        while let Some(end) = buf.find("\n\n") {
            let frame: String = buf.drain(..end + 2).collect();
            let id = frame
                .lines()
                .find_map(|l| l.strip_prefix("id: ").or(l.strip_prefix("id:")))
                .map(|v| v.trim().parse::<i64>().unwrap());
            let data = frame
                .lines()
                .find_map(|l| l.strip_prefix("data: ").or(l.strip_prefix("data:")));
            if let (Some(id), Some(data)) = (id, data) {
                out.push((id, serde_json::from_str(data).unwrap()));
            }
        }
    }
    out
}

#[tokio::test]
async fn sse_is_live_and_resumable() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let live = c
        .get(app.url("/api/v1/activity/stream"))
        .send()
        .await
        .unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    assert!(
        live.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    app.api_user("ada").await;
    app.api_user("bob").await;
    let got = read_events(live, 2).await;
    assert_eq!(got[0].1["summary"], "@ada joined the instance");
    assert_eq!(got[1].1["summary"], "@bob joined the instance");

    // Resume after the first: exactly the missed one comes, then live ones.
    let resumed = c
        .get(app.url("/api/v1/activity/stream"))
        .header("Last-Event-ID", got[0].0.to_string())
        .send()
        .await
        .unwrap();
    app.api_user("carol").await;
    let again = read_events(resumed, 2).await;
    assert_eq!(again[0].0, got[1].0);
    assert_eq!(again[1].1["actor"], "carol");

    let bad = c
        .get(app.url("/api/v1/activity/stream"))
        .header("Last-Event-ID", "x")
        .send()
        .await
        .unwrap();
    expect_problem(bad, 400, "invalid_last_event_id").await;
}

#[tokio::test]
async fn home_page_shows_the_journal_and_the_live_script() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    let html = app
        .program()
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("@ada joined the instance"));
    assert!(html.contains("/assets/live.js"));
    let js = app
        .program()
        .get(app.url("/assets/live.js"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(js.contains("EventSource"));
}

#[tokio::test]
async fn health_metrics_and_ping() {
    let app = TestApp::spawn().await;
    let c = app.program();
    let h: Value = c
        .get(app.url("/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(h["status"], "ok");
    assert_eq!(
        c.get(app.url("/ping"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "pong"
    );
    app.api_user("ada").await;
    let m = c
        .get(app.url("/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(m.contains("commonfare_http_requests_total{method=\"POST\",route=\"/api/v1/people\",status=\"201\"} 1"), "{m}");
    assert!(m.contains("commonfare_journal_events 1"));
    assert!(m.contains("commonfare_db_pool_connections"));
    assert!(m.contains("commonfare_http_request_duration_seconds_bucket"));
}

#[tokio::test]
async fn a_panicking_write_rolls_back_and_frees_the_connection() {
    let app = TestApp::spawn_with(|c| c.pool_size = 1).await;
    let r: Result<(), AppError> = app
        .state
        .db
        .write(|c| {
            let obj = ObjectRef {
                kind: ObjectKind::Commons,
                id: "1".into(),
                url: "/".into(),
            };
            commonfare::journal::record(c, None, Verb::Create, &obj, "then a bug", json!({}))?;
            panic!("a bug in a domain");
        })
        .await;
    assert_eq!(r.unwrap_err().code, "internal");
    assert_eq!(app.journal_len().await, 0);
    // The only connection is usable again for a new transaction.
    app.api_user("ada").await;
    assert_eq!(app.journal_len().await, 1);
}

#[tokio::test]
async fn bad_query_strings_are_clear_4xx() {
    let app = TestApp::spawn().await;
    let c = app.program();
    expect_problem(
        c.get(app.url("/api/v1/activity?limit=abc"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_query",
    )
    .await;
    expect_problem(
        c.get(app.url("/api/v1/activity/stream?after=x"))
            .send()
            .await
            .unwrap(),
        400,
        "invalid_query",
    )
    .await;
    crate::support::expect_page_error(
        c.get(app.url("/activity?limit=abc")).send().await.unwrap(),
        400,
        "fix the address",
    )
    .await;
}
