//! Commons tests, by subject: the API walk and its races (`api`), who may do what
//! (`permissions`), bad input that must leave nothing half-written (`bad_input`), the pages,
//! and one file per feature (compare, deletion, forks, maintainers, revert, translations,
//! trees, uploads). The helpers below are shared by them.

mod api;
mod bad_input;
mod compare;
mod deletion;
mod forks;
mod maintainers;
mod offers;
mod pages;
mod permissions;
mod record;
mod revert;
mod review;
mod translations;
mod trees;
mod uploads;

use crate::support::TestApp;
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn post(app: &TestApp, token: Option<&str>, path: &str, body: Value) -> reqwest::Response {
    let mut req = app.program().post(app.url(path)).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.expect("post")
}

async fn get(app: &TestApp, path: &str) -> Value {
    let r = app.program().get(app.url(path)).send().await.expect("get");
    assert_eq!(r.status(), StatusCode::OK, "GET {path}");
    r.json().await.expect("json")
}

async fn ok(r: reqwest::Response, status: StatusCode) -> Value {
    let got = r.status();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(got, status, "{body}");
    serde_json::from_str(&body).expect("json body")
}

async fn create_commons(app: &TestApp, token: &str, handle: &str) -> Value {
    let r = post(
        app,
        Some(token),
        "/api/v1/commons",
        json!({"handle": handle, "name": "Bread recipes", "summary": "Sourdough, shared.",
               "kind": "knowledge", "licence": "CC-BY-SA-4.0"}),
    )
    .await;
    ok(r, StatusCode::CREATED).await
}

fn add(path: &str, content: &str) -> Value {
    json!({"path": path, "op": "add", "content": content})
}

async fn propose(app: &TestApp, token: &str, handle: &str, files: Vec<Value>) -> reqwest::Response {
    let path = format!("/api/v1/commons/{handle}/changes");
    post(
        app,
        Some(token),
        &path,
        json!({"message": "A change", "files": files}),
    )
    .await
}

fn review_path(handle: &str, n: i64, what: &str) -> String {
    format!("/api/v1/commons/{handle}/contributions/{n}/{what}")
}
