//! Discussion tests, by subject: threads and comments through the API (`api`), the forms
//! (`pages`), who may do what (`permissions`), bad input (`bad_input`), threads on an
//! organization, on bodies, decisions, budgets, projects and determinations (`objects`)
//! and the demo's threads. The helpers below are shared by them.

mod api;
mod bad_input;
mod demo;
mod objects;
mod organizations;
mod pages;
mod permissions;

use crate::support::TestApp;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn call(
    app: &TestApp,
    method: Method,
    token: Option<&str>,
    path: &str,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = app.program().request(method, app.url(path));
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.expect("request")
}

async fn ok(r: reqwest::Response, status: StatusCode) -> Value {
    let got = r.status();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(got, status, "{body}");
    serde_json::from_str(&body).expect("json body")
}

/// Anonymous GET, expected to succeed.
async fn get(app: &TestApp, path: &str) -> Value {
    ok(
        call(app, Method::GET, None, path, None).await,
        StatusCode::OK,
    )
    .await
}

/// ada maintains the commons `rye`; bob proposed its contribution #1.
/// `token` starts the thread "Hours" on rye; returns it and the path of its first comment.
async fn hours_thread(app: &TestApp, token: &str) -> (Value, String) {
    let t = ok(
        call(
            app,
            Method::POST,
            Some(token),
            "/api/v1/commons/rye/threads",
            Some(json!({"title": "Hours", "body": "Who bakes on Sunday?"})),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    let path = format!(
        "/api/v1/comments/{}",
        t["comments"][0]["id"].as_str().unwrap()
    );
    (t, path)
}

/// ada maintains the commons `rye`, to which bob proposed contribution 1; carol is
/// anyone. Returns their tokens.
async fn world(app: &TestApp) -> (String, String, String) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let carol = app.person("carol").await;
    let rye = app.commons("rye").maintained_by(&ada).await;
    app.change(&rye)
        .by(&bob)
        .message("Add the starter")
        .add("starter.md", "Flour, water, time.")
        .await;
    (ada.token, bob.token, carol.token)
}

/// Every journal event about objects of `kind`, newest first.
async fn events(app: &TestApp, kind: &str) -> Vec<Value> {
    let page = get(
        app,
        &format!("/api/v1/activity?object_type={kind}&limit=100"),
    )
    .await;
    page["items"].as_array().expect("items").clone()
}
