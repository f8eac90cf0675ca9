//! Threads and comments through the API: writing, editing with history, tombstones,
//! a contribution's thread opened by its first comment, authors only, racing writers.

use super::{call, events, get, hours_thread, ok, world};
use crate::support::{TestApp, expect_problem};
use reqwest::{Method, StatusCode};
use serde_json::json;

#[tokio::test]
async fn threads_comments_edits_and_tombstones() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;

    let r = call(
        &app,
        Method::POST,
        Some(&bob),
        "/api/v1/commons/rye/threads",
        Some(json!({"title": "  Which flour?  ", "body": "Rye from the *valley*, or the mill's?"})),
    )
    .await;
    let started = ok(r, StatusCode::CREATED).await;
    assert_eq!(started["thread"]["number"], 1);
    assert_eq!(started["thread"]["title"], "Which flour?");
    assert_eq!(started["thread"]["subject"], "commons");
    assert_eq!(started["thread"]["comments"], 1);
    assert_eq!(started["thread"]["url"], "/commons/rye/threads/1");
    let first = started["comments"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(started["comments"][0]["author"], "bob");
    assert_eq!(started["comments"][0]["state"], "published");

    let r = call(
        &app,
        Method::POST,
        Some(&carol),
        "/api/v1/commons/rye/threads/1/comments",
        Some(json!({"body": "The mill's: my secret is that it is coarser."})),
    )
    .await;
    let reply = ok(r, StatusCode::CREATED).await;
    let second = reply["id"].as_str().unwrap().to_string();
    assert_eq!(reply["thread"], 1);
    assert_eq!(
        reply["url"],
        format!("/commons/rye/threads/1#comment-{second}")
    );
    ok(
        call(
            &app,
            Method::POST,
            Some(&ada),
            "/api/v1/commons/rye/threads/1/comments",
            Some(json!({"body": "Agreed."})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;

    // The author edits: the earlier text is kept, oldest first.
    let path = format!("/api/v1/comments/{first}");
    let edited = ok(
        call(
            &app,
            Method::PUT,
            Some(&bob),
            &path,
            Some(json!({"body": "Rye from the valley, or the mill's? Or both?"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(edited["state"], "edited");
    assert!(edited["edited_at"].is_i64());
    let before = app.journal_len().await;
    // The same text again changes nothing and journals nothing.
    let same = ok(
        call(
            &app,
            Method::PUT,
            Some(&bob),
            &path,
            Some(json!({"body": "Rye from the valley, or the mill's? Or both?\r\n"})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(same["edited_at"], edited["edited_at"]);
    assert_eq!(app.journal_len().await, before);
    let h = get(&app, &format!("/api/v1/comments/{first}/history")).await;
    assert_eq!(
        h["comment"]["body"],
        "Rye from the valley, or the mill's? Or both?"
    );
    assert_eq!(h["versions"].as_array().unwrap().len(), 1);
    assert_eq!(
        h["versions"][0]["body"],
        "Rye from the *valley*, or the mill's?"
    );

    // carol edits, then deletes: the text and its earlier version are gone everywhere.
    let carol_path = format!("/api/v1/comments/{second}");
    ok(
        call(
            &app,
            Method::PUT,
            Some(&carol),
            &carol_path,
            Some(json!({"body": "The mill's, ground twice."})),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let gone = ok(
        call(&app, Method::DELETE, Some(&carol), &carol_path, None).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(gone["state"], "deleted");
    assert!(gone["body"].is_null() && gone["deleted_at"].is_i64());
    expect_problem(
        call(&app, Method::DELETE, Some(&carol), &carol_path, None).await,
        409,
        "comment_deleted",
    )
    .await;
    expect_problem(
        call(
            &app,
            Method::PUT,
            Some(&carol),
            &carol_path,
            Some(json!({"body": "back"})),
        )
        .await,
        409,
        "comment_deleted",
    )
    .await;

    // Anonymous readers see it all: the thread with a tombstone in place, in order.
    let list = get(&app, "/api/v1/commons/rye/threads").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["comments"], 3);
    let thread = get(&app, "/api/v1/commons/rye/threads/1").await;
    let comments = thread["comments"].as_array().unwrap();
    let states: Vec<&str> = comments
        .iter()
        .map(|c| c["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["edited", "deleted", "published"]);
    assert!(comments[1]["body"].is_null());
    assert_eq!(comments[1]["author"], "carol");
    let h = get(&app, &format!("/api/v1/comments/{second}/history")).await;
    assert!(h["versions"].as_array().unwrap().is_empty());
    assert_eq!(get(&app, &carol_path).await["state"], "deleted");

    // The journal: one Create per thread and comment, Update per edit, Delete with no text.
    let thread_events = events(&app, "thread").await;
    assert_eq!(thread_events.len(), 1);
    assert_eq!(thread_events[0]["verb"], "Create");
    assert_eq!(thread_events[0]["actor"], "bob");
    assert_eq!(thread_events[0]["payload"]["comment"], first.as_str());
    let comment_events = events(&app, "comment").await;
    let verbs: Vec<&str> = comment_events
        .iter()
        .map(|e| e["verb"].as_str().unwrap())
        .collect();
    assert_eq!(verbs, ["Delete", "Update", "Update", "Create", "Create"]);
    assert_eq!(comment_events[0]["object_id"], second.as_str());
    assert_eq!(comment_events[0]["actor"], "carol");
    let everything = get(&app, "/api/v1/activity?limit=100").await.to_string();
    for text in ["secret is that it is coarser", "ground twice", "valley"] {
        assert!(
            !everything.contains(text),
            "`{text}` leaked into the journal"
        );
    }
    let api = get(&app, "/api/v1/commons/rye/threads/1").await.to_string();
    assert!(!api.contains("coarser") && !api.contains("ground twice"));
}

#[tokio::test]
async fn a_contribution_discussion_opens_with_its_first_comment() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;
    let empty = get(&app, "/api/v1/commons/rye/contributions/1/comments").await;
    assert!(empty["thread"].is_null());
    assert_eq!(empty["contribution"], 1);
    assert!(empty["comments"].as_array().unwrap().is_empty());

    // A thread on the commons first, so the contribution's thread is number 2.
    ok(
        call(
            &app,
            Method::POST,
            Some(&ada),
            "/api/v1/commons/rye/threads",
            Some(json!({"title": "Welcome", "body": "Say hello."})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let path = "/api/v1/commons/rye/contributions/1/comments";
    for (token, body) in [(&carol, "Coarser flour?"), (&bob, "Yes, **coarser**.")] {
        let c = ok(
            call(
                &app,
                Method::POST,
                Some(token),
                path,
                Some(json!({"body": body})),
            )
            .await,
            StatusCode::CREATED,
        )
        .await;
        assert_eq!(c["thread"], 2);
        assert!(
            c["url"]
                .as_str()
                .unwrap()
                .starts_with("/commons/rye/contributions/1#comment-")
        );
    }
    let d = get(&app, path).await;
    assert_eq!(d["thread"]["number"], 2);
    assert_eq!(d["thread"]["subject"], "contribution");
    assert_eq!(d["thread"]["contribution"], 1);
    assert_eq!(d["thread"]["author"], "carol");
    assert_eq!(d["thread"]["title"], "Contribution #1: Add the starter");
    assert_eq!(d["comments"][1]["body"], "Yes, **coarser**.");
    // The same thread is reachable by its number, and listed with the others.
    let t = get(&app, "/api/v1/commons/rye/threads/2").await;
    assert_eq!(t["comments"].as_array().unwrap().len(), 2);
    let list = get(&app, "/api/v1/commons/rye/threads").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    assert_eq!(
        list["items"][0]["contribution"], 1,
        "most recently active first"
    );
    // The opening comment says so in the journal.
    let e = &events(&app, "comment").await[1];
    assert_eq!(e["payload"]["opened_thread"], true);
    assert_eq!(e["payload"]["contribution"], 1);
    expect_problem(
        call(
            &app,
            Method::GET,
            None,
            "/api/v1/commons/rye/contributions/9/comments",
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn only_authors_edit_and_delete() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;
    let (_, path) = hours_thread(&app, &bob).await;
    let before = app.journal_len().await;
    let edit = Some(json!({"body": "changed"}));
    expect_problem(
        call(&app, Method::PUT, None, &path, edit.clone()).await,
        401,
        "unauthorized",
    )
    .await;
    expect_problem(
        call(&app, Method::DELETE, None, &path, None).await,
        401,
        "unauthorized",
    )
    .await;
    // A maintainer of the commons is a stranger to someone else's comment too.
    for token in [&carol, &ada] {
        expect_problem(
            call(&app, Method::PUT, Some(token), &path, edit.clone()).await,
            403,
            "not_author",
        )
        .await;
        expect_problem(
            call(&app, Method::DELETE, Some(token), &path, None).await,
            403,
            "not_author",
        )
        .await;
    }
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    assert_eq!(get(&app, &path).await["state"], "published");
    ok(
        call(&app, Method::PUT, Some(&bob), &path, edit).await,
        StatusCode::OK,
    )
    .await;
    ok(
        call(&app, Method::DELETE, Some(&bob), &path, None).await,
        StatusCode::OK,
    )
    .await;
    // Deleted: still the author's, still refused to strangers as strangers.
    expect_problem(
        call(&app, Method::DELETE, Some(&carol), &path, None).await,
        403,
        "not_author",
    )
    .await;
}

#[tokio::test]
async fn concurrent_writers_get_one_contribution_thread_and_distinct_numbers() {
    let app = TestApp::spawn().await;
    let (ada, bob, carol) = world(&app).await;
    let tokens = [ada, bob, carol];
    let mut tasks = Vec::new();
    for i in 0..6 {
        let (path, body) = if i % 2 == 0 {
            (
                "/api/v1/commons/rye/contributions/1/comments",
                json!({"body": format!("comment {i}")}),
            )
        } else {
            (
                "/api/v1/commons/rye/threads",
                json!({"title": format!("Thread {i}"), "body": "b"}),
            )
        };
        let req = app
            .program()
            .post(app.url(path))
            .bearer_auth(&tokens[i % 3])
            .json(&body);
        tasks.push(tokio::spawn(async move {
            req.send().await.expect("post").status().as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.expect("task"), 201);
    }
    let list = get(&app, "/api/v1/commons/rye/threads").await;
    let mut numbers: Vec<i64> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["number"].as_i64().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(
        numbers,
        [1, 2, 3, 4],
        "three threads and one contribution thread"
    );
    let d = get(&app, "/api/v1/commons/rye/contributions/1/comments").await;
    assert_eq!(d["comments"].as_array().unwrap().len(), 3);
    assert_eq!(d["thread"]["comments"], 3);
}
