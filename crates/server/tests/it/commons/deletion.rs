//! Deleting a commons: only its maintainers may; afterwards every change to it (and every
//! fork or offer involving it) is a 410 that points to its forks, while its history stays
//! readable and its forks, and forks of its forks, keep every inherited attribution.

use super::compare::bread_with_three_revisions;
use super::forks::numbers_and_authors;
use super::pages::create_bread_by_form;
use super::{add, get, ok, post, propose, review_path};
use crate::support::{TestApp, expect_page_error, expect_problem};
use reqwest::StatusCode;
use serde_json::json;

async fn delete(app: &TestApp, token: Option<&str>, handle: &str) -> reqwest::Response {
    let mut req = app
        .program()
        .delete(app.url(&format!("/api/v1/commons/{handle}")));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.expect("delete")
}

#[tokio::test]
async fn a_deleted_commons_changes_no_more_and_its_forks_carry_on() {
    let app = TestApp::spawn().await;
    let (ada, bob) = bread_with_three_revisions(&app).await;
    let carol = app.api_user("carol").await;
    let dan = app.api_user("dan").await;
    let f = post(
        &app,
        Some(&carol),
        "/api/v1/commons/bread/forks",
        json!({"handle": "bread-carol"}),
    )
    .await;
    ok(f, StatusCode::CREATED).await;
    // An open proposal, left behind by the deletion.
    ok(
        propose(&app, &bob, "bread", vec![add("rye.md", "rye\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    let history_before = numbers_and_authors(&get(&app, "/api/v1/commons/bread/revisions").await);

    // Only a maintainer deletes: anonymous 401, a contributor or a forker 403.
    let journal = app.journal_len().await;
    expect_problem(delete(&app, None, "bread").await, 401, "unauthorized").await;
    expect_problem(delete(&app, Some(&bob), "bread").await, 403, "not_allowed").await;
    expect_problem(
        delete(&app, Some(&carol), "bread").await,
        403,
        "not_allowed",
    )
    .await;
    assert_eq!(app.journal_len().await, journal);

    expect_problem(
        delete(&app, Some(&ada), "no-such-commons").await,
        404,
        "not_found",
    )
    .await;
    let gone = ok(delete(&app, Some(&ada), "bread").await, StatusCode::OK).await;
    assert!(gone["deleted_at"].as_i64().is_some(), "{gone}");
    assert_eq!(gone["deleted_by"], "ada");
    assert_eq!(app.journal_len().await, journal + 1);
    let events = get(&app, "/api/v1/activity?object_type=commons").await;
    let last = &events["items"][0];
    assert_eq!(
        (last["verb"].as_str(), last["actor"].as_str()),
        (Some("Delete"), Some("ada"))
    );
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains("goes on in 1 fork"),
        "{last}"
    );

    // Still readable: the commons, its files at any revision, its history.
    let read = get(&app, "/api/v1/commons/bread").await;
    assert_eq!(read["deleted_by"], "ada");
    get(&app, "/api/v1/commons/bread/files/notes.txt?revision=2").await;
    assert_eq!(
        numbers_and_authors(&get(&app, "/api/v1/commons/bread/revisions").await),
        history_before
    );

    let page = app
        .page(&app.browser(), "/commons/bread/contributions/3")
        .await;
    assert!(page.contains("can no longer be decided"), "{page}");

    // Nothing changes in it any more, and nothing is half-written.
    let contributions = app.rows("commons_contributions").await;
    let revisions = app.rows("commons_revisions").await;
    let journal = app.journal_len().await;
    let p = expect_problem(
        propose(&app, &bob, "bread", vec![add("spelt.md", "spelt\n")]).await,
        410,
        "commons_deleted",
    )
    .await;
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains("deleted by @ada") && detail.contains("bread-carol"),
        "the refusal says who deleted it and where the work goes on: {detail}"
    );
    let refused = [
        (review_path("bread", 3, "accept"), json!({}), ada.as_str()),
        (
            "/api/v1/commons/bread/work".to_string(),
            json!({"minutes": 30, "description": "Baked"}),
            bob.as_str(),
        ),
        (
            "/api/v1/commons/bread/revisions/3/revert".to_string(),
            json!({}),
            ada.as_str(),
        ),
        (
            "/api/v1/commons/bread/maintainers".to_string(),
            json!({"handle": "bob"}),
            ada.as_str(),
        ),
        (
            "/api/v1/commons/bread/threads".to_string(),
            json!({"title": "Hello", "body": "Anyone?"}),
            bob.as_str(),
        ),
        // A fork of the fork's deleted parent.
        (
            "/api/v1/commons/bread/forks".to_string(),
            json!({"handle": "bread-dan"}),
            dan.as_str(),
        ),
    ];
    for (path, body, token) in refused {
        let r = post(&app, Some(token), &path, body).await;
        expect_problem(r, 410, "commons_deleted").await;
    }
    expect_problem(
        delete(&app, Some(&ada), "bread").await,
        410,
        "commons_deleted",
    )
    .await;
    assert_eq!(app.rows("commons_contributions").await, contributions);
    assert_eq!(app.rows("commons_revisions").await, revisions);
    assert_eq!(app.journal_len().await, journal);
    // Its handle stays taken, so links to it never land on another work.
    let again = post(
        &app,
        Some(&dan),
        "/api/v1/commons",
        json!({"handle": "bread", "name": "Bread", "kind": "knowledge", "licence": "CC0-1.0"}),
    )
    .await;
    expect_problem(again, 409, "handle_taken").await;

    // The fork keeps the whole inherited history, and so does a fork of the fork.
    let fork_history =
        numbers_and_authors(&get(&app, "/api/v1/commons/bread-carol/revisions").await);
    assert_eq!(fork_history, history_before);
    let ff = post(
        &app,
        Some(&dan),
        "/api/v1/commons/bread-carol/forks",
        json!({"handle": "bread-dan"}),
    )
    .await;
    let ff = ok(ff, StatusCode::CREATED).await;
    assert_eq!(ff["forked_from"]["handle"], "bread-carol");
    assert_eq!(
        numbers_and_authors(&get(&app, "/api/v1/commons/bread-dan/revisions").await),
        history_before
    );

    // The fork works on, but cannot offer its work to a deleted parent.
    let change = propose(&app, &carol, "bread-carol", vec![add("rye.md", "rye\n")]).await;
    ok(change, StatusCode::CREATED).await;
    let accepted = post(
        &app,
        Some(&carol),
        &review_path("bread-carol", 1, "accept"),
        json!({}),
    )
    .await;
    ok(accepted, StatusCode::OK).await;
    let offer = post(
        &app,
        Some(&carol),
        "/api/v1/commons/bread-carol/offer",
        json!({}),
    )
    .await;
    expect_problem(offer, 410, "commons_deleted").await;
}

#[tokio::test]
async fn the_page_asks_for_the_handle_and_hides_the_forms_afterwards() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let carol = app.signed_in_browser("carol").await;
    create_bread_by_form(&app, &ada).await;
    let page = app.page(&ada, "/commons/bread").await;
    assert!(
        page.contains("Delete this commons"),
        "a maintainer sees the form"
    );
    let page = app.page(&carol, "/commons/bread").await;
    assert!(!page.contains("Delete this commons"), "a stranger does not");

    let journal = app.journal_len().await;
    let anonymous = app.browser();
    let r = app
        .post_form(
            &anonymous,
            "/signin",
            "/commons/bread/delete",
            &[("confirm", "bread")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "anonymous");
    let r = app
        .post_form(
            &carol,
            "/commons/bread",
            "/commons/bread/delete",
            &[("confirm", "bread")],
        )
        .await;
    expect_page_error(r, 403, "maintainer").await;
    let r = app
        .post_form(
            &ada,
            "/commons/bread",
            "/commons/bread/delete",
            &[("confirm", "bred")],
        )
        .await;
    expect_page_error(r, 422, "in the confirmation field").await;
    assert_eq!(app.journal_len().await, journal);

    let r = app
        .post_form(
            &ada,
            "/commons/bread",
            "/commons/bread/delete",
            &[("confirm", "bread")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    assert!(page.contains("Deleted on"), "the page says so");
    assert!(
        !page.contains("Fork this commons") && !page.contains("Delete this commons"),
        "and offers no more changes"
    );
    let list = app.page(&ada, "/commons").await;
    assert!(
        !list.contains("/commons/bread\""),
        "it left the list: {list}"
    );
}
