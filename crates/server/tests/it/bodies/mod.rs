//! Bodies tests, by subject: bodies, rulebooks and decisions through the API (`api`),
//! ballot secrecy (`secrecy`), recounting the published ballot files (`recount`), the
//! pages and their forms (`pages`), who may do what (`permissions`), bad input
//! (`bad_input`) and the demo's bodies (`demo`). The helpers below are shared by them; the
//! race for one ballot per voter is in `races.rs`.

mod api;
mod bad_input;
mod delegations;
mod demo;
mod elections;
mod feed;
mod forms;
mod pages;
mod permissions;
mod proxies;
mod recount;
mod secrecy;
mod spending;

use crate::support::{Person, TestApp};
use serde_json::{Value, json};

/// The makers' association: ada its admin, bob and cyd members, eve outside it; and its
/// general assembly, every member sitting, with `rules`.
struct Makers {
    ada: Person,
    bob: Person,
    cyd: Person,
    eve: Person,
}

const BODY: &str = "/api/v1/orgs/makers/bodies/assembly";

async fn makers(app: &TestApp, rules: Value) -> Makers {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cyd = app.person("cyd").await;
    let eve = app.person("eve").await;
    app.org("makers")
        .admin(&ada)
        .member(&bob)
        .member(&cyd)
        .await;
    app.post_as(
        &ada,
        "/api/v1/orgs/makers/bodies",
        json!({"slug": "assembly", "name": "General assembly", "kind": "general_assembly", "rules": rules}),
        201,
    )
    .await;
    Makers { ada, bob, cyd, eve }
}

/// Drafts `decision` in the assembly as `who` and opens it; returns its id.
async fn opened(app: &TestApp, who: &Person, decision: Value) -> String {
    let id = drafted(app, who, decision).await;
    app.post_as(
        who,
        &format!("/api/v1/decisions/{id}/open"),
        json!(null),
        200,
    )
    .await;
    id
}

/// Drafts `decision` in the assembly as `who`; returns its id.
async fn drafted(app: &TestApp, who: &Person, decision: Value) -> String {
    let d = app
        .post_as(who, &format!("{BODY}/decisions"), decision, 201)
        .await;
    assert_eq!(d["state"], "draft");
    d["id"].as_str().unwrap().to_string()
}

/// Casts `ballot` as `who`, expecting `want`; returns the answer.
async fn vote(app: &TestApp, who: &Person, id: &str, ballot: Value, want: u16) -> Value {
    app.call_as(
        Some(who),
        reqwest::Method::PUT,
        &format!("/api/v1/decisions/{id}/ballot"),
        Some(ballot),
        want,
    )
    .await
}

/// Closes a decision early as `who`; returns it with its outcome.
async fn close(app: &TestApp, who: &Person, id: &str) -> Value {
    app.post_as(
        who,
        &format!("/api/v1/decisions/{id}/close"),
        json!(null),
        200,
    )
    .await
}

/// An anonymous GET, expected to succeed, as JSON.
async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, reqwest::Method::GET, path, None, 200)
        .await
}

/// The ballot file of a closed decision: its media type and text.
async fn ballots(app: &TestApp, id: &str) -> (String, String) {
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/decisions/{id}/ballots")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let ctype = r.headers()["content-type"].to_str().unwrap().to_string();
    (ctype, r.text().await.unwrap())
}

/// SHA-256 of `text` as lowercase hex.
fn sha256(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
