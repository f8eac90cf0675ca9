//! Proxies: where the rulebook allows them, a voter offers their proxy to another voter of
//! the decision, who accepts it and then votes for both; an offer not accepted counts for
//! nothing; no chains, a limit per holder, a giver's own ballot takes the proxy back, and
//! the published ballots keep the rulebook's weights.

use super::{close, makers, opened, vote};
use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::{Value, json};

/// `holder` accepts (or declines) the proxy `from` offered them, expecting `want`.
pub(super) async fn answer(
    app: &TestApp,
    holder: &crate::support::Person,
    id: &str,
    from: &str,
    accept: bool,
    want: u16,
) -> Value {
    app.post_as(
        holder,
        &format!("/api/v1/decisions/{id}/proxy/answer"),
        json!({"from": from, "accept": accept}),
        want,
    )
    .await
}

async fn proxy(app: &TestApp, token: &str, id: &str, to: &str) -> reqwest::Response {
    app.program()
        .put(app.url(&format!("/api/v1/decisions/{id}/proxy")))
        .bearer_auth(token)
        .json(&json!({ "to": to }))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_proxy_votes_for_its_giver_and_no_further() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"proxies": 1})).await;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Fee", "method": "motion", "secrecy": "anonymous"}),
    )
    .await;
    let call = ApiCall::put(
        format!("/api/v1/decisions/{id}/proxy"),
        json!({"to": "bob"}),
    );
    app.check_roles(&call, Some((&m.eve, 403)), (&m.cyd, 200))
        .await;
    let before = app.journal_len().await;
    expect_problem(
        proxy(&app, &m.bob.token, &id, "bob").await,
        422,
        "invalid_proxy",
    )
    .await;
    expect_problem(
        proxy(&app, &m.ada.token, &id, "bob").await,
        409,
        "proxy_limit",
    )
    .await;
    expect_problem(
        proxy(&app, &m.ada.token, &id, "cyd").await,
        422,
        "invalid_proxy",
    )
    .await;
    expect_problem(
        proxy(&app, &m.bob.token, &id, "ada").await,
        422,
        "invalid_proxy",
    )
    .await;
    expect_problem(
        proxy(&app, &m.ada.token, &id, "eve").await,
        422,
        "invalid_proxy",
    )
    .await;
    assert_eq!(app.journal_len().await, before, "refusals journal nothing");
    let cyd = app.browser_of(&m.cyd).await;
    let page = app.page(&cyd, &format!("/decisions/{id}")).await;
    assert!(
        page.contains("Your proxy is offered to @bob; it counts once they accept it."),
        "{page}"
    );
    let call = ApiCall::post(
        format!("/api/v1/decisions/{id}/proxy/answer"),
        json!({"from": "cyd", "accept": true}),
    );
    app.check_roles(&call, Some((&m.eve, 403)), (&m.bob, 200))
        .await;
    let page = app.page(&cyd, &format!("/decisions/{id}")).await;
    assert!(page.contains("Your proxy is with @bob"), "{page}");

    vote(&app, &m.bob, &id, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &id, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &id).await;
    assert_eq!(
        d["outcome"]["counts"]["yes"], 2,
        "bob votes for cyd too: {d}"
    );
    assert_eq!(d["outcome"]["counts"]["no"], 1);
    assert_eq!(d["result"], "decided");
    let (_, file) = super::ballots(&app, &id).await;
    assert_eq!(file, "answer,reason,weight\nno,,1\nyes,,1\nyes,,1\n");
}

#[tokio::test]
async fn a_giver_who_votes_takes_their_proxy_back() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"proxies": 2})).await;
    let id = opened(&app, &m.ada, json!({"title": "Paint", "method": "motion"})).await;
    assert_eq!(proxy(&app, &m.cyd.token, &id, "bob").await.status(), 200);
    assert_eq!(proxy(&app, &m.ada.token, &id, "bob").await.status(), 200);
    let revoke = format!("/api/v1/decisions/{id}/proxy");
    app.call_as(Some(&m.ada), reqwest::Method::DELETE, &revoke, None, 200)
        .await;
    app.call_as(Some(&m.ada), reqwest::Method::DELETE, &revoke, None, 422)
        .await;
    vote(&app, &m.bob, &id, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.cyd, &id, json!({"vote": "no"}), 200).await;
    expect_problem(
        proxy(&app, &m.cyd.token, &id, "bob").await,
        409,
        "already_voted",
    )
    .await;
    let d = close(&app, &m.ada, &id).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1);
    assert_eq!(d["outcome"]["counts"]["no"], 1);
    let votes: Vec<Value> = serde_json::from_value(d["votes"].clone()).unwrap();
    assert_eq!(votes.len(), 2, "{votes:?}");

    // A body whose rulebook allows no proxies.
    app.post_as(
        &m.ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "council", "name": "Council", "kind": "commons_council"}),
        201,
    )
    .await;
    let d = app
        .post_as(
            &m.ada,
            "/api/v1/orgs/makers/bodies/council/decisions",
            json!({"title": "Hours", "method": "motion"}),
            201,
        )
        .await;
    let none = d["id"].as_str().unwrap();
    app.post_as(
        &m.ada,
        &format!("/api/v1/decisions/{none}/open"),
        json!(null),
        200,
    )
    .await;
    expect_problem(
        proxy(&app, &m.cyd.token, none, "bob").await,
        409,
        "proxies_not_allowed",
    )
    .await;
}

/// An offer counts for nothing until its holder accepts it; the holder sees the offers
/// waiting, in the API and on the page, and may decline one; the giver sees theirs.
#[tokio::test]
async fn an_offer_counts_only_once_accepted() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"proxies": 2})).await;
    let id = opened(&app, &m.ada, json!({"title": "Paint", "method": "motion"})).await;
    let mine = format!("/api/v1/decisions/{id}/proxies");
    app.call_as(None, reqwest::Method::GET, &mine, None, 401)
        .await;
    app.call_as(Some(&m.eve), reqwest::Method::GET, &mine, None, 403)
        .await;
    assert_eq!(proxy(&app, &m.cyd.token, &id, "bob").await.status(), 200);
    assert_eq!(proxy(&app, &m.ada.token, &id, "bob").await.status(), 200);
    let held = app
        .call_as(Some(&m.bob), reqwest::Method::GET, &mine, None, 200)
        .await;
    assert_eq!(held["waiting"], json!(["ada", "cyd"]), "{held}");
    assert_eq!(held["held"], json!([]));
    let given = app
        .call_as(Some(&m.cyd), reqwest::Method::GET, &mine, None, 200)
        .await;
    assert_eq!(given["given_to"], "bob");
    assert_eq!(given["given_accepted"], false);
    let browser = app.browser_of(&m.bob).await;
    let page = app.page(&browser, &format!("/decisions/{id}")).await;
    assert!(page.contains("Proxies offered to you"), "{page}");
    assert!(page.contains(r#"name="from" value="cyd""#), "{page}");

    // Bob declines Ada's offer from the page (no JavaScript), and cannot answer it twice.
    let r = app
        .post_form(
            &browser,
            &format!("/decisions/{id}"),
            &format!("/decisions/{id}/proxy/answer"),
            &[("from", "ada"), ("answer", "decline")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let ada = app
        .call_as(Some(&m.ada), reqwest::Method::GET, &mine, None, 200)
        .await;
    assert_eq!(ada["given_to"], Value::Null, "{ada}");
    let before = app.journal_len().await;
    expect_problem(
        app.program()
            .post(app.url(&format!("/api/v1/decisions/{id}/proxy/answer")))
            .bearer_auth(&m.bob.token)
            .json(&json!({"from": "ada", "accept": true}))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_proxy",
    )
    .await;
    assert_eq!(app.journal_len().await, before);

    // Cyd's offer, never accepted, adds nothing to Bob's ballot.
    vote(&app, &m.bob, &id, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.ada, &id, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.ada, &id).await;
    assert_eq!(d["outcome"]["counts"]["yes"], 1, "{d}");
    assert_eq!(d["outcome"]["counts"]["no"], 1);
    let kinds = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind IN \
             ('decision.proxy_offered', 'decision.proxy_declined')"
                .into(),
        )
        .await;
    assert_eq!(kinds, 3, "two offers and one answer, journaled");
}
