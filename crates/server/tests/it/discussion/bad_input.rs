//! Bad input to the discussion API: each a clear 4xx with a stable code, and nothing
//! written — no thread, comment, version or journal event.

use super::{call, hours_thread, world};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

#[tokio::test]
async fn bad_input_is_refused_with_nothing_written() {
    let app = TestApp::spawn().await;
    let (_, bob, _) = world(&app).await;
    let (_, comment) = hours_thread(&app, &bob).await;
    let tables = [
        "discussion_threads",
        "discussion_comments",
        "discussion_comment_edits",
    ];
    let mut rows = Vec::new();
    for table in tables {
        rows.push(app.rows(table).await);
    }
    let journal = app.journal_len().await;
    let long_body = "x".repeat(20_001);
    let long_title = "t".repeat(201);
    let threads = "/api/v1/commons/rye/threads";
    let reply = "/api/v1/commons/rye/threads/1/comments";
    let on_k = "/api/v1/commons/rye/contributions/1/comments";
    let cases: Vec<(Method, &str, Value, u16, &str)> = vec![
        (
            Method::POST,
            threads,
            json!({"title": "", "body": "b"}),
            422,
            "title_empty",
        ),
        (
            Method::POST,
            threads,
            json!({"title": "t", "body": " \n "}),
            422,
            "body_empty",
        ),
        (
            Method::POST,
            threads,
            json!({"title": long_title, "body": "b"}),
            422,
            "title_too_long",
        ),
        (
            Method::POST,
            threads,
            json!({"title": "a\nb", "body": "b"}),
            422,
            "control_character",
        ),
        (
            Method::POST,
            threads,
            json!({"title": "t", "body": long_body}),
            422,
            "body_too_long",
        ),
        (
            Method::POST,
            threads,
            json!({"title": "t"}),
            422,
            "invalid_fields",
        ),
        (
            Method::POST,
            threads,
            json!({"title": "t", "body": "b", "pin": true}),
            422,
            "invalid_fields",
        ),
        (
            Method::POST,
            "/api/v1/commons/nope/threads",
            json!({"title": "t", "body": "b"}),
            404,
            "not_found",
        ),
        (Method::POST, reply, json!({"body": ""}), 422, "body_empty"),
        (
            Method::POST,
            reply,
            json!({"body": "bell\u{7}"}),
            422,
            "control_character",
        ),
        (
            Method::POST,
            reply,
            json!({"body": 5}),
            422,
            "invalid_fields",
        ),
        (
            Method::POST,
            "/api/v1/commons/rye/threads/7/comments",
            json!({"body": "b"}),
            404,
            "not_found",
        ),
        (Method::POST, on_k, json!({"body": ""}), 422, "body_empty"),
        (
            Method::POST,
            "/api/v1/commons/rye/contributions/7/comments",
            json!({"body": "b"}),
            404,
            "not_found",
        ),
        (
            Method::PUT,
            comment.as_str(),
            json!({"body": "  "}),
            422,
            "body_empty",
        ),
        (
            Method::PUT,
            "/api/v1/comments/not-a-comment",
            json!({"body": "b"}),
            404,
            "not_found",
        ),
        (
            Method::POST,
            "/api/v1/commons/rye/threads/first/comments",
            json!({"body": "b"}),
            400,
            "invalid_path",
        ),
        (
            Method::POST,
            "/api/v1/commons/rye/contributions/1.5/comments",
            json!({"body": "b"}),
            400,
            "invalid_path",
        ),
        (
            Method::DELETE,
            "/api/v1/comments/not-a-comment",
            Value::Null,
            404,
            "not_found",
        ),
    ];
    for (method, path, body, status, code) in cases {
        let body = (!body.is_null()).then_some(body);
        expect_problem(
            call(&app, method, Some(&bob), path, body).await,
            status,
            code,
        )
        .await;
    }
    // Malformed JSON and a body that is not JSON at all.
    let r = app
        .program()
        .post(app.url(reply))
        .bearer_auth(&bob)
        .header("content-type", "application/json")
        .body("{\"body\": ")
        .send()
        .await
        .unwrap();
    expect_problem(r, 400, "malformed_json").await;
    let r = app
        .program()
        .put(app.url(&comment))
        .bearer_auth(&bob)
        .body("body=x")
        .send()
        .await
        .unwrap();
    expect_problem(r, 415, "unsupported_media_type").await;
    for (table, before) in tables.iter().zip(rows) {
        assert_eq!(app.rows(table).await, before, "{table} is unchanged");
    }
    assert_eq!(app.journal_len().await, journal, "refusals journal nothing");
    expect_problem(
        call(
            &app,
            Method::GET,
            None,
            "/api/v1/commons/rye/threads/3",
            None,
        )
        .await,
        404,
        "not_found",
    )
    .await;
}
