//! Who may do what in bodies, on the API and through the forms (the shared check of
//! `support::roles`): an organization's admins declare bodies and change rulebooks;
//! whoever sits drafts decisions (under the default rulebook); a decision's opener and the
//! admins open, close early and withdraw it; only its frozen electorate votes.

use super::{BODY, makers, opened};
use crate::support::{ApiCall, TestApp};
use serde_json::{Value, json};

#[tokio::test]
async fn api() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let new_body = ApiCall::post(
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "board", "name": "Board", "kind": "board"}),
    );
    app.check_roles(&new_body, Some((&m.bob, 403)), (&m.ada, 201))
        .await;
    let rulebook = ApiCall::put(
        format!("{BODY}/rulebook"),
        json!({"rules": {"openers": "admins"}, "note": "Admins open decisions now."}),
    );
    app.check_roles(&rulebook, Some((&m.bob, 403)), (&m.ada, 200))
        .await;
    app.call_as(
        Some(&m.eve),
        reqwest::Method::PUT,
        &format!("{BODY}/rulebook"),
        Some(json!({"rules": {"openers": "members"}})),
        403,
    )
    .await;
    // Now only admins open decisions: bob, who sits, is refused; ada is not.
    let draft = ApiCall::post(
        format!("{BODY}/decisions"),
        json!({"title": "Hours", "method": "motion"}),
    );
    let r = app
        .check_roles(&draft, Some((&m.bob, 403)), (&m.ada, 201))
        .await;
    let d: Value = r.json().await.unwrap();
    let id = d["id"].as_str().unwrap();
    let open = ApiCall::act(format!("/api/v1/decisions/{id}/open"));
    app.check_roles(&open, Some((&m.cyd, 403)), (&m.ada, 200))
        .await;
    let ballot = ApiCall::put(
        format!("/api/v1/decisions/{id}/ballot"),
        json!({"vote": "yes"}),
    );
    app.check_roles(&ballot, Some((&m.eve, 403)), (&m.bob, 200))
        .await;
    let close = ApiCall::act(format!("/api/v1/decisions/{id}/close"));
    app.check_roles(&close, Some((&m.bob, 403)), (&m.ada, 200))
        .await;
}

#[tokio::test]
async fn the_opener_manages_their_decision() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let draft = ApiCall::post(
        format!("{BODY}/decisions"),
        json!({"title": "Hours", "method": "motion"}),
    );
    let r = app
        .check_roles(&draft, Some((&m.eve, 403)), (&m.bob, 201))
        .await;
    let id = r.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    // Someone outside the organization is refused as a member who is not the opener is.
    for action in ["open", "withdraw", "close"] {
        app.post_as(
            &m.eve,
            &format!("/api/v1/decisions/{id}/{action}"),
            json!(null),
            403,
        )
        .await;
    }
    let open = ApiCall::act(format!("/api/v1/decisions/{id}/open"));
    app.check_roles(&open, Some((&m.cyd, 403)), (&m.bob, 200))
        .await;
    let withdraw = ApiCall::act(format!("/api/v1/decisions/{id}/withdraw"));
    app.check_roles(&withdraw, Some((&m.cyd, 403)), (&m.bob, 200))
        .await;
    let other = opened(&app, &m.bob, json!({"title": "Paint", "method": "motion"})).await;
    let close = ApiCall::act(format!("/api/v1/decisions/{other}/close"));
    app.check_roles(&close, Some((&m.cyd, 403)), (&m.bob, 200))
        .await;
}

#[tokio::test]
async fn forms() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let (bob, eve) = (app.browser_of(&m.bob).await, app.browser_of(&m.eve).await);
    let (ada, cyd) = (app.browser_of(&m.ada).await, app.browser_of(&m.cyd).await);
    app.check_form_roles(
        "/orgs/makers/bodies",
        &[("name", "Board"), ("slug", "board"), ("kind", "board")],
        Some((&bob, 403)),
        &ada,
    )
    .await;
    app.check_form_roles(
        "/orgs/makers/bodies/assembly/decisions",
        &[("title", "Hours"), ("method", "motion"), ("days", "3")],
        Some((&eve, 403)),
        &bob,
    )
    .await;
    let list = super::get(&app, "/api/v1/decisions?state=draft").await;
    let id = list["items"][0]["id"].as_str().unwrap().to_string();
    let open = format!("/decisions/{id}/open");
    app.check_form_roles(&open, &[], Some((&cyd, 403)), &bob)
        .await;
    let ballot = format!("/decisions/{id}/ballot");
    app.check_form_roles(
        &ballot,
        &[("shape", "yesno"), ("vote", "no")],
        Some((&eve, 403)),
        &cyd,
    )
    .await;
    let close = format!("/decisions/{id}/close");
    app.check_form_roles(&close, &[], Some((&cyd, 403)), &bob)
        .await;
    let d = super::get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["state"], "closed");
    assert_eq!(d["outcome"]["counts"]["no"], 1);
}
