//! Coalition tests, by subject: the reciprocity licences a commons may carry
//! (`licences`), determinations and policies through the API (`api`) and the pages
//! (`pages`), who pays for the commons (`paid`, and the demo's imported history in
//! `demo`), who may do what
//! (`permissions`) and bad input (`bad_input`). The determination engine's table of
//! cases is in the model's unit tests (`src/coalition/model/tests.rs`). The helpers below
//! are shared by them.

mod api;
mod bad_input;
mod demo;
pub(crate) mod dues;
mod gitimport;
mod licences;
mod pages;
mod paid;
mod permissions;

use crate::support::{Commons, Person, TestApp};
use serde_json::{Value, json};

/// Asks `commons` a question as `who`, expecting `want`; returns the answer.
pub async fn ask(app: &TestApp, who: &Person, commons: &Commons, body: Value, want: u16) -> Value {
    app.post_as(who, &commons.api("/determinations"), body, want)
        .await
}

/// Sets `commons`' licence policy as `who`, expecting `want`.
pub async fn set_policy(
    app: &TestApp,
    who: &Person,
    commons: &Commons,
    policy: Value,
    want: u16,
) -> Value {
    app.call_as(
        Some(who),
        reqwest::Method::PUT,
        &commons.api("/licence-policy"),
        Some(policy),
        want,
    )
    .await
}

/// CopyFair at 3 % of declared revenue, less 40.00 € per accepted contribution and
/// 25.00 € per hour of work, over a year.
pub fn copyfair_3_percent() -> Value {
    json!({
        "policy": "copyfair",
        "fee": {"schedule": "revenue_share", "basis_points": 300, "currency": "EUR"},
        "credit": {"per_contribution": "40.00 EUR", "per_hour": "25.00 EUR"},
        "period_days": 365
    })
}

/// A work record of `minutes` by `who`, accepted by `maintainer`.
pub async fn work(app: &TestApp, who: &Person, maintainer: &Person, c: &Commons, minutes: i64) {
    let v = app
        .post_as(
            who,
            &c.api("/work"),
            json!({"minutes": minutes, "description": "Tested the controller in the field"}),
            201,
        )
        .await;
    let n = v["number"].as_i64().unwrap();
    app.post_as(
        maintainer,
        &c.api(&format!("/contributions/{n}/accept")),
        json!({}),
        200,
    )
    .await;
}

/// The ids of a determination's deciding clauses.
pub fn clause_ids(d: &Value) -> Vec<String> {
    d["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect()
}
