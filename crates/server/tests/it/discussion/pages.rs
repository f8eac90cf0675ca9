//! Discussion pages: threads started, answered, edited and deleted through forms with
//! CSRF tokens, Markdown rendered without scripts, the author's forms shown to the author
//! only, the panels on the commons and contribution pages, and refusals as error pages.

use crate::support::{TestApp, expect_page_error};
use reqwest::StatusCode;

/// The id of the first comment on a page, from its `comment-ID` anchor.
fn first_comment_id(html: &str) -> String {
    let marker = "id=\"comment-";
    let start = html.find(marker).expect("a comment on the page") + marker.len();
    html[start..start + 36].to_string()
}

#[tokio::test]
async fn threads_through_forms_with_markdown_history_and_tombstones() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let bob = app.signed_in_browser("bob").await;
    let carol = app.signed_in_browser("carol").await;
    let r = app
        .post_form(
            &ada,
            "/commons/new",
            "/commons",
            &[
                ("handle", "rye"),
                ("name", "Rye"),
                ("summary", ""),
                ("kind", "knowledge"),
                ("licence", "CC0-1.0"),
                ("home_org", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);

    // Reading needs no account; the forms need one.
    let anon = app.browser();
    // Seen (and cached) before any thread exists, so a stale page would show below.
    assert!(
        app.page(&anon, "/commons/rye")
            .await
            .contains("No thread yet")
    );
    let list = app.page(&anon, "/commons/rye/threads").await;
    assert!(list.contains("No thread yet") && list.contains("Sign in</a> to start a thread"));
    assert!(!list.contains("name=\"title\""));
    let mine = app.page(&bob, "/commons/rye/threads").await;
    assert!(mine.contains("name=\"title\"") && mine.contains("name=\"csrf\""));

    let body = "Which **flour**?\r\n\r\n<script>alert(1)</script>";
    let r = app
        .post_form(
            &bob,
            "/commons/rye/threads",
            "/commons/rye/threads",
            &[("title", "Flour"), ("body", body)],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.url().path(), "/commons/rye/threads/1");
    let html = r.text().await.unwrap();
    assert!(html.contains("<strong>flour</strong>") && !html.contains("<script>alert"));
    assert!(
        html.contains("Edit or delete"),
        "the author sees the edit form"
    );
    assert!(html.contains("action=\"/commons/rye/threads/1/comments\""));
    let id = first_comment_id(&html);

    // Others see the thread without the author's forms; carol replies.
    let seen = app.page(&carol, "/commons/rye/threads/1").await;
    assert!(!seen.contains("Edit or delete"));
    let r = app
        .post_form(
            &carol,
            "/commons/rye/threads/1",
            "/commons/rye/threads/1/comments",
            &[("body", "The mill, coarse.")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.text().await.unwrap().contains("The mill, coarse."));

    // Strangers cannot edit or delete; anonymous forms need a session.
    let edit = format!("/comments/{id}/edit");
    let delete = format!("/comments/{id}/delete");
    let before = app.journal_len().await;
    let r = app
        .post_form(
            &carol,
            "/commons/rye/threads/1",
            &edit,
            &[("body", "mine now")],
        )
        .await;
    expect_page_error(r, 403, "author").await;
    let r = app
        .post_form(&carol, "/commons/rye/threads/1", &delete, &[])
        .await;
    expect_page_error(r, 403, "author").await;
    let r = app
        .post_form(&anon, "/signin", &edit, &[("body", "x")])
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // A form without its token is refused too.
    let r = bob
        .post(app.url(&edit))
        .form(&[("csrf", "0".repeat(64).as_str()), ("body", "no token")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    assert_eq!(app.journal_len().await, before);

    // The author edits; the history page shows the earlier text.
    let r = app
        .post_form(
            &bob,
            "/commons/rye/threads/1",
            &edit,
            &[("body", "Which *rye* flour?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("<em>rye</em>") && html.contains(&format!("/comments/{id}/history")));
    let history = app.page(&anon, &format!("/comments/{id}/history")).await;
    assert!(history.contains("Earlier versions") && history.contains("<strong>flour</strong>"));
    assert!(history.contains("<em>rye</em>"));

    // The author deletes: a tombstone in place, and the text gone from every page.
    let r = app
        .post_form(&bob, "/commons/rye/threads/1", &delete, &[])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = app.page(&anon, "/commons/rye/threads/1").await;
    assert!(html.contains("Comment deleted by its author"));
    assert!(!html.contains("rye</em> flour") && html.contains("The mill, coarse."));
    let history = app.page(&anon, &format!("/comments/{id}/history")).await;
    assert!(!history.contains("flour</strong>") && history.contains("Deleted by its author"));
    let r = app
        .post_form(&bob, "/commons/rye/threads/1", &edit, &[("body", "again")])
        .await;
    expect_page_error(r, 409, "deleted").await;

    // The commons page lists the thread at once, though it was shown before.
    let show = app.page(&anon, "/commons/rye").await;
    assert!(show.contains("Discussion") && show.contains("href=\"/commons/rye/threads/1\""));
}

#[tokio::test]
async fn a_contribution_page_carries_its_discussion() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let c = app.program();
    let r = c
        .post(app.url("/api/v1/commons"))
        .bearer_auth(&ada)
        .json(&serde_json::json!({"handle":"rye","name":"Rye","kind":"knowledge","licence":"CC0-1.0"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = c
        .post(app.url("/api/v1/commons/rye/work"))
        .bearer_auth(&ada)
        .json(&serde_json::json!({"minutes": 60, "description": "Tested the starter"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);

    let anon = app.browser();
    let html = app.page(&anon, "/commons/rye/contributions/1").await;
    assert!(html.contains("No comments yet") && html.contains("to take part"));
    let bob = app.signed_in_browser("bob").await;
    let html = app.page(&bob, "/commons/rye/contributions/1").await;
    assert!(html.contains("action=\"/commons/rye/contributions/1/comments\""));
    let r = app
        .post_form(
            &bob,
            "/commons/rye/contributions/1",
            "/commons/rye/contributions/1/comments",
            &[("body", "How warm was the kitchen?")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.url().path(), "/commons/rye/contributions/1");
    let html = r.text().await.unwrap();
    assert!(html.contains("How warm was the kitchen?") && html.contains("Thread #1"));
    // The same discussion has its own thread page, linked back to the contribution.
    let thread = app.page(&anon, "/commons/rye/threads/1").await;
    assert!(thread.contains("How warm was the kitchen?"));
    assert!(thread.contains("href=\"/commons/rye/contributions/1\""));
    let r = app
        .post_form(
            &bob,
            "/commons/rye/contributions/1",
            "/commons/rye/contributions/1/comments",
            &[("body", "   ")],
        )
        .await;
    expect_page_error(r, 422, "empty").await;
    let r = app
        .post_form(
            &bob,
            "/commons/rye/contributions/1",
            "/commons/rye/contributions/5/comments",
            &[("body", "hello")],
        )
        .await;
    expect_page_error(r, 404, "contribution #5").await;
    let r = anon
        .get(app.url("/commons/rye/threads/one"))
        .send()
        .await
        .unwrap();
    expect_page_error(r, 400, "fix the address").await;
}
