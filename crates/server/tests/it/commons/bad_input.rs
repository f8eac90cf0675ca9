//! Bad input to the commons API: each refused with a clear problem and nothing written.

use super::{add, create_commons, ok, post, propose, review_path};
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn bad_input_is_refused_with_nothing_written() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    create_commons(&app, &ada, "bread").await;
    let other = create_commons(&app, &ada, "cakes").await;
    let counted = [
        "commons_contributions",
        "commons_blobs",
        "commons_revisions",
        "commons_reviews",
    ];
    let mut before = vec![app.journal_len().await];
    for t in counted {
        before.push(app.rows(t).await);
    }

    let r = propose(&app, &bob, "bread", vec![add("../etc/passwd", "x")]).await;
    expect_problem(r, 422, "path_parent_segment").await;
    let r = propose(&app, &bob, "bread", vec![add("/abs.md", "x")]).await;
    expect_problem(r, 422, "path_absolute").await;
    let r = propose(
        &app,
        &bob,
        "bread",
        vec![add("a.md", "x"), add("a.md", "y")],
    )
    .await;
    expect_problem(r, 422, "duplicate_path").await;
    let not_utf8 = json!({"path": "t.md", "op": "add", "content_base64": "/w=="});
    let r = propose(&app, &bob, "bread", vec![add("ok.md", "fine"), not_utf8]).await;
    expect_problem(r, 422, "not_utf8").await;
    let r = propose(
        &app,
        &bob,
        "bread",
        vec![json!({"path": "gone.md", "op": "delete"})],
    )
    .await;
    expect_problem(r, 422, "file_missing").await;
    let foreign = other["head"]["id"].as_str().unwrap();
    let r = post(
        &app,
        Some(&bob),
        "/api/v1/commons/bread/changes",
        json!({"base_revision": foreign, "message": "m", "files": [add("a.md", "a")]}),
    )
    .await;
    expect_problem(r, 422, "foreign_revision").await;
    let r = post(
        &app,
        Some(&bob),
        "/api/v1/commons/bread/work",
        json!({"minutes": 0, "description": "d"}),
    )
    .await;
    expect_problem(r, 422, "invalid_work_record").await;
    let r = post(
        &app,
        Some(&ada),
        "/api/v1/commons",
        json!({"handle": "x", "name": "X", "kind": "knowledge", "licence": "MIT"}),
    )
    .await;
    expect_problem(r, 422, "invalid_handle").await;
    let r = post(
        &app,
        Some(&ada),
        "/api/v1/commons",
        json!({"handle": "xyz", "name": "X", "kind": "knowledge", "licence": "Not-A-Licence"}),
    )
    .await;
    expect_problem(r, 422, "invalid_licence").await;
    let r = post(
        &app,
        Some(&ada),
        "/api/v1/commons",
        json!({"handle": "bread", "name": "X", "kind": "knowledge", "licence": "MIT"}),
    )
    .await;
    expect_problem(r, 409, "handle_taken").await;

    let mut after = vec![app.journal_len().await];
    for t in counted {
        after.push(app.rows(t).await);
    }
    assert_eq!(before, after, "journal and {counted:?} unchanged");

    // Reviewing a withdrawn contribution is a conflict with the state, and writes nothing.
    ok(
        propose(&app, &bob, "bread", vec![add("a.md", "a")]).await,
        StatusCode::CREATED,
    )
    .await;
    ok(
        post(
            &app,
            Some(&bob),
            &review_path("bread", 1, "withdraw"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let before = (app.journal_len().await, app.rows("commons_reviews").await);
    for what in ["accept", "reject", "request-changes", "withdraw"] {
        let who = if what == "withdraw" { &bob } else { &ada };
        let r = post(&app, Some(who), &review_path("bread", 1, what), json!({})).await;
        expect_problem(r, 409, "illegal_transition").await;
    }
    assert_eq!(
        before,
        (app.journal_len().await, app.rows("commons_reviews").await)
    );
    let r = post(
        &app,
        Some(&ada),
        &review_path("bread", 9, "accept"),
        json!({}),
    )
    .await;
    expect_problem(r, 404, "not_found").await;
}
