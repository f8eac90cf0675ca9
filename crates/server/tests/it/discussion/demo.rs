//! The demo's discussion, and the discussion endpoints in the OpenAPI document.

use super::{events, get};
use crate::support::TestApp;

#[tokio::test]
async fn the_demo_has_a_thread_and_a_discussed_contribution() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, "/api/v1/commons/lagomar-repair-manuals/threads").await;
    let t = &list["items"][0];
    assert_eq!(t["title"], "Which guide do we write next?");
    assert_eq!(t["comments"], 4);
    let number = t["number"].as_i64().unwrap();
    let thread = get(
        &app,
        &format!("/api/v1/commons/lagomar-repair-manuals/threads/{number}"),
    )
    .await;
    let states: Vec<&str> = thread["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["published", "published", "deleted", "edited"]);
    let edited = thread["comments"][3]["id"].as_str().unwrap();
    let h = get(&app, &format!("/api/v1/comments/{edited}/history")).await;
    assert!(
        h["versions"][0]["body"]
            .as_str()
            .unwrap()
            .contains("two hours")
    );

    let planner = get(&app, "/api/v1/commons/bread-planner/threads").await;
    let k = planner["items"][0]["contribution"]
        .as_i64()
        .expect("a contribution's thread");
    let d = get(
        &app,
        &format!("/api/v1/commons/bread-planner/contributions/{k}/comments"),
    )
    .await;
    assert_eq!(d["comments"].as_array().unwrap().len(), 3);
    assert_eq!(d["comments"][0]["author"], "bruno");
    // Seeded through the flows: journaled like real use.
    let comment_events = events(&app, "comment").await;
    assert!(
        comment_events
            .iter()
            .any(|e| e["verb"] == "Delete" && e["actor"] == "emil")
    );
    assert_eq!(
        events(&app, "thread").await.len(),
        3,
        "two threads started on the repair manuals, one on the makers' association"
    );
    let page = app
        .browser()
        .get(app.url("/commons/lagomar-repair-manuals"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Which guide do we write next?"),
        "the commons page lists its threads"
    );
}

#[tokio::test]
async fn openapi_describes_every_discussion_endpoint() {
    let app = TestApp::spawn().await;
    let spec = get(&app, "/api/openapi.json").await;
    for (path, methods) in [
        ("/api/v1/commons/{handle}/threads", &["get", "post"][..]),
        ("/api/v1/commons/{handle}/threads/{number}", &["get"]),
        (
            "/api/v1/commons/{handle}/threads/{number}/comments",
            &["post"],
        ),
        (
            "/api/v1/commons/{handle}/contributions/{number}/comments",
            &["get", "post"],
        ),
        ("/api/v1/comments/{id}", &["get", "put", "delete"]),
        ("/api/v1/comments/{id}/history", &["get"]),
    ] {
        for m in methods {
            assert!(
                spec["paths"][path][m].is_object(),
                "{m} {path} missing from the OpenAPI document"
            );
        }
    }
}
