//! Standing delegations within a body: a member delegates to another member for every
//! decision, once the delegate accepts; at each close a delegator who did not vote counts
//! as a copy of the delegate's ballot, unless they voted or a per-decision proxy of theirs
//! was accepted; no chains; and a decision that hides its voters never shows who stood for
//! whom.

use super::proxies::answer;
use super::{BODY, ballots, close, get, makers, opened, vote};
use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::{Value, json};

fn delegation() -> String {
    format!("{BODY}/delegation")
}

async fn delegate(app: &TestApp, token: &str, to: &str) -> reqwest::Response {
    app.program()
        .put(app.url(&delegation()))
        .bearer_auth(token)
        .json(&json!({ "to": to }))
        .send()
        .await
        .unwrap()
}

async fn reply(app: &TestApp, token: &str, from: &str, accept: bool) -> reqwest::Response {
    app.program()
        .post(app.url(&format!("{}/answer", delegation())))
        .bearer_auth(token)
        .json(&json!({ "from": from, "accept": accept }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_standing_delegation_counts_where_its_delegator_did_not_vote() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"proxies": 2})).await;
    let call = ApiCall::put(delegation(), json!({"to": "bob"}));
    let r = app
        .check_roles(&call, Some((&m.eve, 403)), (&m.cyd, 200))
        .await;
    let mine: Value = r.json().await.unwrap();
    assert_eq!(mine["delegate"], "bob");
    assert_eq!(mine["accepted"], false);

    // Bad input, each refused with what to fix, nothing written.
    let before = app.journal_len().await;
    for (who, to, status, code) in [
        (&m.bob, "bob", 422, "invalid_delegation"),
        (&m.ada, "eve", 422, "invalid_delegation"),
        (&m.ada, "nobody-here", 422, "invalid_delegation"),
        (&m.cyd, "ada", 409, "delegation_exists"),
        (&m.ada, "cyd", 422, "invalid_delegation"),
        (&m.bob, "ada", 422, "invalid_delegation"),
    ] {
        expect_problem(delegate(&app, &who.token, to).await, status, code).await;
    }
    expect_problem(
        reply(&app, &m.ada.token, "cyd", true).await,
        422,
        "invalid_delegation",
    )
    .await;
    expect_problem(
        reply(&app, &m.bob.token, "ada", true).await,
        422,
        "invalid_delegation",
    )
    .await;
    let r = app
        .program()
        .put(app.url(&delegation()))
        .bearer_auth(&m.ada.token)
        .json(&json!({"to": 7}))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_client_error(), "{}", r.status());
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");

    let waiting = app
        .call_as(Some(&m.bob), reqwest::Method::GET, &delegation(), None, 200)
        .await;
    assert_eq!(waiting["waiting"], json!(["cyd"]), "{waiting}");
    app.call_as(Some(&m.eve), reqwest::Method::GET, &delegation(), None, 403)
        .await;
    app.call_as(None, reqwest::Method::GET, &delegation(), None, 401)
        .await;

    // Not yet accepted: it counts for nothing.
    let first = opened(&app, &m.ada, json!({"title": "Paint", "method": "motion"})).await;
    vote(&app, &m.bob, &first, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &first, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &first).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1, "{d}");

    let call = ApiCall::post(
        format!("{}/answer", delegation()),
        json!({"from": "cyd", "accept": true}),
    );
    let r = app
        .check_roles(&call, Some((&m.eve, 403)), (&m.bob, 200))
        .await;
    let held: Value = r.json().await.unwrap();
    assert_eq!(held["held"], json!(["cyd"]), "{held}");
    // The delegate, holding one, cannot delegate on; nor can the delegator be delegated to.
    expect_problem(
        delegate(&app, &m.bob.token, "ada").await,
        422,
        "invalid_delegation",
    )
    .await;
    expect_problem(
        delegate(&app, &m.ada.token, "cyd").await,
        422,
        "invalid_delegation",
    )
    .await;

    // Open ballots: Cyd did not vote, so Bob's ballot counts for her too, in her name.
    let second = opened(
        &app,
        &m.ada,
        json!({"title": "Hours", "method": "motion", "secrecy": "open"}),
    )
    .await;
    vote(&app, &m.bob, &second, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &second, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &second).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 2, "{d}");
    assert_eq!(d["outcome"]["counts"]["no"], 1);

    // Voting herself overrides it.
    let third = opened(&app, &m.ada, json!({"title": "Fee", "method": "motion"})).await;
    vote(&app, &m.bob, &third, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.cyd, &third, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &third).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1, "{d}");
    assert_eq!(d["outcome"]["counts"]["no"], 1);

    // A per-decision proxy, once accepted, overrides the standing one.
    let fourth = opened(&app, &m.ada, json!({"title": "Keys", "method": "motion"})).await;
    app.call_as(
        Some(&m.cyd),
        reqwest::Method::PUT,
        &format!("/api/v1/decisions/{fourth}/proxy"),
        Some(json!({"to": "ada"})),
        200,
    )
    .await;
    answer(&app, &m.ada, &fourth, "cyd", true, 200).await;
    vote(&app, &m.bob, &fourth, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &fourth, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &fourth).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1, "{d}");
    assert_eq!(d["outcome"]["counts"]["no"], 2);

    // Anonymous ballots: the copy counts, and nothing published says whose it is.
    let fifth = opened(
        &app,
        &m.ada,
        json!({"title": "Lamp", "method": "motion", "secrecy": "anonymous"}),
    )
    .await;
    vote(&app, &m.bob, &fifth, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &fifth, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &fifth).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 2, "{d}");
    let (_, file) = ballots(&app, &fifth).await;
    assert_eq!(file, "answer,reason,weight\nno,,1\nyes,,1\nyes,,1\n");
    let shown = get(&app, &format!("/api/v1/decisions/{fifth}")).await;
    assert!(!shown.to_string().contains("cyd"), "{shown}");
    let linked = app
        .count(format!(
            "SELECT COUNT(*) AS n FROM body_ballots WHERE decision_id = '{fifth}' \
             AND voter_id IS NOT NULL"
        ))
        .await;
    assert_eq!(
        linked, 0,
        "no ballot of an anonymous decision names its voter"
    );

    // Taking it back: then it counts no more.
    let call = ApiCall::delete(delegation());
    app.check_roles(&call, Some((&m.eve, 403)), (&m.cyd, 200))
        .await;
    expect_problem(
        app.program()
            .delete(app.url(&delegation()))
            .bearer_auth(&m.cyd.token)
            .send()
            .await
            .unwrap(),
        422,
        "invalid_delegation",
    )
    .await;
    let sixth = opened(&app, &m.ada, json!({"title": "Rug", "method": "motion"})).await;
    vote(&app, &m.bob, &sixth, json!({"vote": "yes"}), 200).await;
    let d = close(&app, &m.ada, &sixth).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1, "{d}");
    // A delegate may decline an offer.
    assert_eq!(delegate(&app, &m.ada.token, "bob").await.status(), 200);
    let mine: Value = reply(&app, &m.bob.token, "ada", false)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine["waiting"], json!([]), "{mine}");
    let ada = app
        .call_as(Some(&m.ada), reqwest::Method::GET, &delegation(), None, 200)
        .await;
    assert_eq!(ada["delegate"], Value::Null, "{ada}");
    let kinds = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind IN ('body.delegation_offered', \
             'body.delegation_accepted', 'body.delegation_revoked', \
             'body.delegation_declined')"
                .into(),
        )
        .await;
    assert_eq!(
        kinds, 5,
        "offered twice, accepted, revoked, declined: each journaled"
    );

    // A body whose rulebook allows no proxies takes no delegation.
    app.post_as(
        &m.ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "council", "name": "Council", "kind": "commons_council"}),
        201,
    )
    .await;
    expect_problem(
        app.program()
            .put(app.url("/api/v1/orgs/makers/bodies/council/delegation"))
            .bearer_auth(&m.bob.token)
            .json(&json!({"to": "ada"}))
            .send()
            .await
            .unwrap(),
        409,
        "proxies_not_allowed",
    )
    .await;
}

/// From the body page, without JavaScript: a member delegates, the delegate sees it
/// waiting and accepts it, and the delegator sees it accepted.
#[tokio::test]
async fn delegating_from_the_body_page() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"proxies": 1})).await;
    let page = "/orgs/makers/bodies/assembly";
    let cyd = app.browser_of(&m.cyd).await;
    let html = app.page(&cyd, page).await;
    assert!(html.contains("My standing delegation"), "{html}");
    let r = app
        .post_form(&cyd, page, &format!("{page}/delegation"), &[("to", "@bob")])
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Your delegation to @bob waits for their answer."),
        "{html}"
    );
    let bob = app.browser_of(&m.bob).await;
    let html = app.page(&bob, page).await;
    assert!(
        html.contains("Delegations waiting for your answer"),
        "{html}"
    );
    let r = app
        .post_form(
            &bob,
            page,
            &format!("{page}/delegation/answer"),
            &[("from", "cyd"), ("answer", "accept")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("Delegations you hold"));
    let html = app.page(&cyd, page).await;
    assert!(html.contains("You delegate to @bob."), "{html}");
    let eve = app.browser_of(&m.eve).await;
    let html = app.page(&eve, page).await;
    assert!(!html.contains("My standing delegation"), "{html}");
    let r = app
        .post_form(&cyd, page, &format!("{page}/delegation/revoke"), &[])
        .await;
    assert_eq!(r.status(), 200);
    let html = app.page(&cyd, page).await;
    assert!(!html.contains("You delegate to @bob."), "{html}");
}

/// A standing delegation counts only where delegator and delegate are both in the
/// decision's frozen electorate; where it counts, it fills the delegate's cap as a
/// per-decision proxy would.
#[tokio::test]
async fn a_delegation_counts_within_the_frozen_electorate_and_its_cap() {
    let app = TestApp::spawn().await;
    let m = makers(
        &app,
        json!({"proxies": 1, "seats": "named", "named": ["ada", "bob"]}),
    )
    .await;
    let before = opened(&app, &m.ada, json!({"title": "Paint", "method": "motion"})).await;
    app.call_as(
        Some(&m.ada),
        reqwest::Method::PUT,
        &format!("{BODY}/rulebook"),
        Some(json!({"rules": {"named": ["ada", "bob", "cyd"]}})),
        200,
    )
    .await;
    assert_eq!(delegate(&app, &m.cyd.token, "bob").await.status(), 200);
    assert_eq!(reply(&app, &m.bob.token, "cyd", true).await.status(), 200);
    vote(&app, &m.bob, &before, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &before, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &before).await;
    assert_eq!(
        d["outcome"]["counts"]["yes"], 1,
        "Cyd sat in no seat when it opened: {d}"
    );

    let after = opened(&app, &m.ada, json!({"title": "Keys", "method": "motion"})).await;
    expect_problem(
        app.program()
            .put(app.url(&format!("/api/v1/decisions/{after}/proxy")))
            .bearer_auth(&m.ada.token)
            .json(&json!({"to": "bob"}))
            .send()
            .await
            .unwrap(),
        409,
        "proxy_limit",
    )
    .await;
    vote(&app, &m.bob, &after, json!({"vote": "yes"}), 200).await;
    let d = close(&app, &m.ada, &after).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 2, "{d}");
}
