//! Threads on an organization, end to end: the same discussion as on a commons, through
//! the API and the pages, on the organization's page and in the journal.

use crate::support::{TestApp, expect_page_error, expect_problem};
use serde_json::{Value, json};

#[tokio::test]
async fn a_thread_on_an_organization_through_the_api_and_the_pages() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    let c = app.program();
    let r = c
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(&ada)
        .json(&json!({"handle": "bakery", "name": "The Bakery", "kind": "cooperative"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);

    // Anyone signed in starts one; nobody anonymous does.
    let new = json!({"title": "Saturday hours", "body": "Shall we open at **eight**?"});
    let r = c
        .post(app.url("/api/v1/orgs/bakery/threads"))
        .json(&new)
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
    let r = c
        .post(app.url("/api/v1/orgs/nobody/threads"))
        .bearer_auth(&bob)
        .json(&new)
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = c
        .post(app.url("/api/v1/orgs/bakery/threads"))
        .bearer_auth(&bob)
        .json(&new)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let detail: Value = r.json().await.unwrap();
    assert_eq!(detail["thread"]["scope"], "organization");
    assert_eq!(detail["thread"]["handle"], "bakery");
    assert_eq!(detail["thread"]["subject"], "organization");
    assert_eq!(detail["thread"]["url"], "/orgs/bakery/threads/1");
    let r = c
        .post(app.url("/api/v1/orgs/bakery/threads/1/comments"))
        .json(&json!({"body": "Anonymous."}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
    let r = c
        .post(app.url("/api/v1/orgs/bakery/threads/1/comments"))
        .bearer_auth(&ada)
        .json(&json!({"body": "Eight is good."}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let comment: Value = r.json().await.unwrap();
    assert_eq!(
        comment["url"],
        format!(
            "/orgs/bakery/threads/1#comment-{}",
            comment["id"].as_str().unwrap()
        )
    );

    let list: Value = c
        .get(app.url("/api/v1/orgs/bakery/threads"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"][0]["comments"], 2);
    let thread: Value = c
        .get(app.url("/api/v1/orgs/bakery/threads/1"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(thread["comments"].as_array().unwrap().len(), 2);
    // Editing goes through the comment's own address, whatever its scope.
    let r = c
        .put(app.url(&format!(
            "/api/v1/comments/{}",
            comment["id"].as_str().unwrap()
        )))
        .bearer_auth(&ada)
        .json(&json!({"body": "Eight is good; nine on holidays."}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // The journal speaks of the organization's thread.
    let events: Value = c
        .get(app.url("/api/v1/activity?object_type=thread"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let started = &events["items"][0];
    assert_eq!(started["object_url"], "/orgs/bakery/threads/1");
    assert_eq!(started["payload"]["organization"], "bakery");

    // The pages: the organization's page shows the thread, the thread page its comments,
    // and a reply through the form lands on it.
    let anon = app.browser();
    let org = app.page(&anon, "/orgs/bakery").await;
    assert!(
        org.contains("Saturday hours") && org.contains("/orgs/bakery/threads"),
        "{org}"
    );
    let page = app.page(&anon, "/orgs/bakery/threads/1").await;
    assert!(page.contains("<strong>eight</strong>"));
    assert!(page.contains("nine on holidays"));
    // A form posted without signing in is refused and writes nothing.
    let before = app.journal_len().await;
    let r = app
        .post_form(
            &anon,
            "/signin",
            "/orgs/bakery/threads/1/comments",
            &[("body", "Anonymous.")],
        )
        .await;
    assert_eq!(r.status(), 401);
    let r = app
        .post_form(
            &anon,
            "/signin",
            "/orgs/bakery/threads",
            &[("title", "x"), ("body", "y")],
        )
        .await;
    assert_eq!(r.status(), 401);
    assert_eq!(app.journal_len().await, before);
    let carol = app.signed_in_browser("carol").await;
    let r = app
        .post_form(
            &carol,
            "/orgs/bakery/threads/1",
            "/orgs/bakery/threads/1/comments",
            &[("body", "I can do the early shift.")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.url().path().starts_with("/orgs/bakery/threads/1"));
    let r = app
        .post_form(
            &carol,
            "/orgs/bakery/threads",
            "/orgs/bakery/threads",
            &[("title", "Flour order"), ("body", "Who orders the rye?")],
        )
        .await;
    assert_eq!(r.url().path(), "/orgs/bakery/threads/2");
    let r = app
        .post_form(
            &carol,
            "/orgs/bakery/threads",
            "/orgs/nobody/threads",
            &[("title", "x"), ("body", "y")],
        )
        .await;
    expect_page_error(r, 404, "organization @nobody").await;
    let list = app.page(&anon, "/orgs/bakery/threads").await;
    assert!(list.contains("Flour order") && list.contains("Saturday hours"));
}
