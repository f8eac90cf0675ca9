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
        4,
        "two threads started on the repair manuals, one on the makers' association, one \
         on its general assembly"
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
async fn the_demo_discusses_a_body_a_decision_a_project_and_a_determination() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, "/api/v1/orgs/makers-lagomar/bodies/assembly/threads").await;
    let items = list["items"].as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|t| t["title"] == "Agenda for the January assembly" && t["comments"] == 2),
        "{list}"
    );
    let motion = items
        .iter()
        .find(|t| t["subject"] == "decision")
        .expect("the motion's discussion");
    let url = motion["url"].as_str().unwrap();
    let id = url.strip_prefix("/decisions/").unwrap();
    let d = get(&app, &format!("/api/v1/decisions/{id}/comments")).await;
    assert_eq!(d["comments"].as_array().unwrap().len(), 2);
    assert_eq!(d["comments"][0]["author"], "fatima");
    let page = app.page(&app.browser(), url).await;
    assert!(page.contains("dust extractor"), "{page}");

    // The project's and the determination's, through the same flows, in the journal.
    let comments = events(&app, "comment").await;
    let about = |kind: &str| {
        comments
            .iter()
            .filter(|e| e["payload"]["about"]["subject"] == kind)
            .map(|e| e["object_url"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let project = about("project");
    assert_eq!(project.len(), 2, "{comments:?}");
    let page = app.page(&app.browser(), &project[0]).await;
    assert!(page.contains("old fish market"), "{page}");
    let determination = about("determination");
    assert_eq!(determination.len(), 1);
    let page = app.page(&app.browser(), &determination[0]).await;
    assert!(page.contains("assembled by the buyer"), "{page}");
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
        (
            "/api/v1/orgs/{handle}/bodies/{slug}/threads",
            &["get", "post"],
        ),
        (
            "/api/v1/orgs/{handle}/bodies/{slug}/threads/{number}",
            &["get"],
        ),
        (
            "/api/v1/orgs/{handle}/bodies/{slug}/threads/{number}/comments",
            &["post"],
        ),
        ("/api/v1/budgets/{id}/threads", &["get", "post"]),
        ("/api/v1/budgets/{id}/threads/{number}", &["get"]),
        ("/api/v1/budgets/{id}/threads/{number}/comments", &["post"]),
        ("/api/v1/decisions/{id}/comments", &["get", "post"]),
        (
            "/api/v1/budgets/{id}/projects/{project}/comments",
            &["get", "post"],
        ),
        ("/api/v1/determinations/{id}/comments", &["get", "post"]),
    ] {
        for m in methods {
            assert!(
                spec["paths"][path][m].is_object(),
                "{m} {path} missing from the OpenAPI document"
            );
        }
    }
}
