//! Budget tests, by subject: the Pabulib contract (`pabulib`: every shared file imported
//! through the API and counted by every rule against pabutools' outcomes, and files going
//! out and back in), processes run here (`api`: headings, phases, projects, ballots and
//! results), who may do what (`permissions`) and bad input (`bad_input`). The race for one
//! ballot per voter and heading is in `races.rs`. The helpers below are shared by them.

mod api;
mod bad_input;
mod census;
mod demo;
pub mod eligibility;
mod groups;
mod merges;
mod overrides;
mod pabulib;
mod pages;
mod paper;
mod permissions;
mod proposers;
mod shares;
mod styles;
mod supports;
pub mod valuations;

use crate::support::{Person, TestApp};
use serde_json::Value;
use std::path::PathBuf;

/// The shared Pabulib data (`../shared/data/pabulib` of the workspace), read in place.
pub fn pabulib_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/pabulib"
    ))
}

/// Posts a `.pb` text as `who` to import it for the organization `org`; returns the
/// status and the answer's JSON.
pub async fn import(app: &TestApp, who: Option<&Person>, org: &str, text: &str) -> (u16, Value) {
    let mut rb = app
        .program()
        .post(app.url(&format!("/api/v1/budgets/import?owner={org}")))
        .header("content-type", "text/plain")
        .body(text.to_string());
    if let Some(p) = who {
        rb = rb.bearer_auth(&p.token);
    }
    let r = rb.send().await.expect("import");
    let status = r.status().as_u16();
    let body = r.text().await.unwrap_or_default();
    (
        status,
        serde_json::from_str(&body).unwrap_or(Value::String(body)),
    )
}

/// Imports `text` and returns the new process's id, asserting a 201.
pub async fn imported(app: &TestApp, who: &Person, org: &str, text: &str) -> String {
    let (status, v) = import(app, Some(who), org, text).await;
    assert_eq!(status, 201, "{v}");
    v["id"].as_str().expect("id").to_string()
}

/// The results of process `id` by `rule` (query string extra: `&heading=…`); returns the
/// status and the JSON.
pub async fn results(app: &TestApp, id: &str, query: &str) -> (u16, Value) {
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/results?{query}")))
        .send()
        .await
        .expect("results");
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

/// The `.pb` file of process `id`.
pub async fn export(app: &TestApp, id: &str) -> String {
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/export.pb")))
        .send()
        .await
        .expect("export");
    assert_eq!(r.status(), 200);
    r.text().await.expect("text")
}

/// A small approval file: budget 100, three projects, four voters.
pub const SMALL: &str = "META\nkey;value\ndescription;A small test\nunit;Testville\ninstance;2025\n\
budget;100\nvote_type;approval\nPROJECTS\nproject_id;cost;name\na;60;Park\nb;40;Library\nc;50;\"Bikes; lanes\"\n\
VOTES\nvoter_id;age;vote\n11;30;a,b\n12;40;a\n13;50;c\n14;60;a,c\n";

/// A process of `org` run here, created by `admin` with `body`'s fields over three
/// headings (a city-wide one of 100 000 and two districts of 50 000), approval ballots of
/// at most three projects; returns it.
pub async fn process(app: &TestApp, admin: &Person, org: &str, body: Value) -> Value {
    let mut b = serde_json::json!({
        "owner": org,
        "title": "Lagomar 2026",
        "description": "What shall the city build next year?",
        "headings": [
            {"name": "City-wide", "amount": "100000"},
            {"name": "Harbour", "amount": 50000},
            {"name": "Old town", "amount": "50000.00"}
        ],
        "max_projects": 3
    });
    if let (Some(b), Value::Object(extra)) = (b.as_object_mut(), body) {
        b.extend(extra);
    }
    app.post_as(admin, "/api/v1/budgets", b, 201).await
}

/// The id of the heading named `name` in a process's JSON.
pub fn heading(p: &Value, name: &str) -> String {
    p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == name)
        .unwrap_or_else(|| panic!("no heading {name}: {p}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Moves process `id` to `phase` as `admin`, expecting `want`.
pub async fn move_to(app: &TestApp, admin: &Person, id: &str, phase: &str, want: u16) -> Value {
    app.post_as(
        admin,
        &format!("/api/v1/budgets/{id}/phase"),
        serde_json::json!({ "phase": phase }),
        want,
    )
    .await
}

/// Proposes a project under `heading` as `who`; returns its number.
pub async fn propose(
    app: &TestApp,
    who: &Person,
    id: &str,
    heading: &str,
    title: &str,
    cost: &str,
) -> String {
    let v = app
        .post_as(
            who,
            &format!("/api/v1/budgets/{id}/projects"),
            serde_json::json!({"heading": heading, "title": title, "cost": cost}),
            201,
        )
        .await;
    v["number"].as_str().unwrap().to_string()
}

/// Casts `who`'s ballot for `heading`, expecting `want`; returns the answer.
pub async fn vote(
    app: &TestApp,
    who: &Person,
    id: &str,
    heading: &str,
    projects: &[&str],
    want: u16,
) -> Value {
    app.call_as(
        Some(who),
        reqwest::Method::PUT,
        &format!("/api/v1/budgets/{id}/headings/{heading}/ballot"),
        Some(serde_json::json!({ "projects": projects })),
        want,
    )
    .await
}
