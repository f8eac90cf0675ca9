//! The pages: a body with who sits, its rulebook and decisions; a decision with a ballot
//! form that works without JavaScript (radio buttons, check boxes, one rank list per
//! option); a secret ballot's receipt shown once; the outcome with its explanation.

use super::{close, makers, opened, vote};
use crate::support::TestApp;
use serde_json::json;

#[tokio::test]
async fn the_body_page_shows_its_seats_rules_and_decisions() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"weight_cap": 2, "weights": {"ada": 2}})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Saturday hours", "method": "motion"}),
    )
    .await;
    let html = app
        .page(&app.browser(), "/orgs/makers/bodies/assembly")
        .await;
    assert!(html.contains("General assembly"), "{html}");
    assert!(html.contains("href=\"/people/cyd\""));
    assert!(html.contains("2 votes"), "ada's weight shows");
    assert!(html.contains(&format!("href=\"/decisions/{id}\"")));
    assert!(html.contains("Rulebook, version 1"));
    // In French too.
    let fr = app
        .browser()
        .get(app.url("/orgs/makers/bodies/assembly"))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        fr.contains("Assemblée générale") && fr.contains("Décisions ouvertes"),
        "{fr}"
    );
}

#[tokio::test]
async fn a_member_ranks_options_from_a_form_without_javascript() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Next machine", "method": "schulze", "options": ["Printer", "Router", "Lathe"]}),
    )
    .await;
    let bob = app.browser_of(&m.bob).await;
    let page = format!("/decisions/{id}");
    let html = app.page(&bob, &page).await;
    assert!(
        html.contains("name=\"rank-1\"") && html.contains("name=\"rank-3\""),
        "{html}"
    );
    assert!(!html.contains("<script"), "no JavaScript needed");
    let r = app
        .post_form(
            &bob,
            &page,
            &format!("{page}/ballot"),
            &[
                ("shape", "rank"),
                ("rank-2", "1"),
                ("rank-3", "2"),
                ("rank-1", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Your ballot is in"), "{html}");
    assert!(
        html.contains("value=\"1\" selected"),
        "the form shows the ballot cast"
    );
    // Two options on one rank: refused, with the page's words.
    let r = app
        .post_form(
            &bob,
            &page,
            &format!("{page}/ballot"),
            &[("shape", "rank"), ("rank-1", "1"), ("rank-2", "1")],
        )
        .await;
    crate::support::expect_page_error(r, 422, "same rank").await;
    vote(&app, &m.cyd, &id, json!({"ranking": ["2", "1"]}), 200).await;
    close(&app, &m.ada, &id).await;
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("Elected:") || html.contains("Chosen:"),
        "{html}"
    );
    assert!(html.contains("<strong>Router</strong>"), "{html}");
    assert!(
        html.contains("Strongest paths"),
        "Schulze's matrices are shown"
    );
    assert!(html.contains(&format!("/api/v1/decisions/{id}/ballots")));
    assert!(html.contains("--method schulze"));
}

#[tokio::test]
async fn a_secret_ballot_shows_its_receipt_once() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Treasurer", "method": "approval", "options": ["Ann", "Ben"], "secrecy": "secret"}),
    )
    .await;
    let bob = app.browser_of(&m.bob).await;
    let page = format!("/decisions/{id}");
    let r = app
        .post_form(
            &bob,
            &page,
            &format!("{page}/ballot"),
            &[("shape", "approve"), ("approve-2", "1")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Your receipt"), "{html}");
    let again = app.page(&bob, &page).await;
    assert!(!again.contains("Your receipt"));
    assert!(again.contains("Your ballot is in"));
}

#[tokio::test]
async fn a_refused_draft_comes_back_as_entered_with_the_refusal_beside_its_field() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"secrecy": "anonymous"})).await;
    let bob = app.browser_of(&m.bob).await;
    let page = "/orgs/makers/bodies/assembly";
    let action = "/orgs/makers/bodies/assembly/decisions";
    let r = app
        .post_form(
            &bob,
            page,
            action,
            &[
                ("title", "Who keeps the keys?"),
                ("method", "schulze"),
                ("options", "Ann\nBen"),
                ("seats", "1"),
                ("secrecy", "open"),
                ("days", "3"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"Who keeps the keys?\""), "{html}");
    assert!(
        html.contains("aria-describedby=\"error-secrecy\""),
        "{html}"
    );
    assert!(html.contains("anonymous ballots at least"), "{html}");
    let r = app
        .post_form(
            &bob,
            page,
            action,
            &[("title", "Hours"), ("method", "motion"), ("days", "soon")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("aria-describedby=\"error-days\"")
    );
    assert_eq!(app.rows("body_decisions").await, 0);
}

#[tokio::test]
async fn an_admin_declares_a_body_from_the_organization_page() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let ada = app.browser_of(&m.ada).await;
    let r = app
        .post_form(
            &ada,
            "/orgs/makers",
            "/orgs/makers/bodies",
            &[("name", "Tool jury"), ("slug", "jury"), ("kind", "jury")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.url().path().ends_with("/orgs/makers/bodies/jury"));
    let html = app.page(&ada, "/orgs/makers").await;
    assert!(
        html.contains("Tool jury") && html.contains("Declare a body"),
        "{html}"
    );
}

#[tokio::test]
async fn a_member_spreads_dots_from_a_form() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Spend the grant", "method": "cumulative", "options": ["Tools", "Books"], "points": 5}),
    )
    .await;
    let bob = app.browser_of(&m.bob).await;
    let page = format!("/decisions/{id}");
    let html = app.page(&bob, &page).await;
    assert!(
        html.contains("name=\"points-2\"") && html.contains("max=\"5\""),
        "{html}"
    );
    let r = app
        .post_form(
            &bob,
            &page,
            &format!("{page}/ballot"),
            &[("shape", "points"), ("points-1", "3"), ("points-2", "2")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("value=\"3\""),
        "the form keeps the open ballot: {html}"
    );
    let r = app
        .post_form(
            &bob,
            &page,
            &format!("{page}/ballot"),
            &[("shape", "points"), ("points-1", "5"), ("points-2", "2")],
        )
        .await;
    crate::support::expect_page_error(r, 422, "7 points").await;
}
