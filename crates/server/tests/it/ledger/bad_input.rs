//! Bad input to the ledger: each a 4xx problem+json with a code that names the problem,
//! and nothing written — no transaction, no leg, no journal event.

use super::{World, donate, world, written};
use crate::support::TestApp;
use serde_json::{Value, json};

async fn refused(app: &TestApp, w: &World, path: &str, body: Value, status: u16, code: &str) {
    let before = written(app).await;
    let r = app.post_as(&w.admin, &w.api(path), body, status).await;
    assert_eq!(r["code"], code, "{r}");
    assert!(r["detail"].as_str().is_some_and(|d| !d.is_empty()), "{r}");
    assert_eq!(written(app).await, before, "{code}: nothing written");
}

fn legs(legs: &[(&str, &str, &str)]) -> Value {
    json!({"legs": legs.iter().map(|(a, n, u)| json!({"account": a, "amount": n, "unit": u})).collect::<Vec<_>>()})
}

#[tokio::test]
async fn bad_transactions_are_refused_and_write_nothing() {
    let app = TestApp::spawn().await;
    let w = world(&app, "bad").await;
    donate(&app, &w, "bank", "10").await;
    let t = "/transactions";
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "10", "EUR"), ("donors", "-9.99", "EUR")]),
        422,
        "unbalanced",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "10", "USD"), ("donors", "-10", "USD")]),
        422,
        "mixed_units",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[
            ("cash", "92233720368547758.08", "EUR"),
            ("donors", "-1", "EUR"),
        ]),
        422,
        "amount_too_large",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "1.005", "EUR"), ("donors", "-1.005", "EUR")]),
        422,
        "too_many_decimals",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "1", "XEU"), ("donors", "-1", "XEU")]),
        422,
        "unknown_unit",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "1,5", "EUR"), ("donors", "-1,5", "EUR")]),
        422,
        "malformed_amount",
    )
    .await;
    refused(
        &app,
        &w,
        t,
        legs(&[("cash", "0", "EUR"), ("donors", "0", "EUR")]),
        422,
        "zero_leg",
    )
    .await;
    refused(&app, &w, t, legs(&[("cash", "1", "EUR")]), 422, "leg_count").await;
    refused(
        &app,
        &w,
        t,
        legs(&[("vault", "1", "EUR"), ("donors", "-1", "EUR")]),
        404,
        "not_found",
    )
    .await;
    // Balanced legs of the largest amount are taken once; a second time the accounts'
    // balances would pass i64.
    let max = "92233720368547758.07";
    let huge = legs(&[
        ("cash", max, "EUR"),
        ("supplier", &format!("-{max}"), "EUR"),
    ]);
    app.post_as(&w.admin, &w.api(t), huge.clone(), 201).await;
    refused(&app, &w, t, huge, 422, "amount_too_large").await;
}

#[tokio::test]
async fn an_overdraft_of_a_flagged_account_is_refused() {
    let app = TestApp::spawn().await;
    let w = world(&app, "overdraft").await;
    donate(&app, &w, "bank", "10").await;
    let spend =
        |amount: &str| json!({"amount": amount, "unit": "EUR", "from": "bank", "to": "supplier"});
    refused(&app, &w, "/spending", spend("10.01"), 409, "overdraft").await;
    app.post_as(&w.admin, &w.api("/spending"), spend("10.00"), 201)
        .await;
    refused(&app, &w, "/spending", spend("0.01"), 409, "overdraft").await;
    // The income that paid for it cannot be reversed now: the bank would go negative.
    refused(
        &app,
        &w,
        "/transactions/1/reverse",
        json!({}),
        409,
        "overdraft",
    )
    .await;
    // An account without the flag may go below zero.
    let cash = json!({"amount": "5", "unit": "EUR", "from": "cash", "to": "supplier"});
    app.post_as(&w.admin, &w.api("/spending"), cash, 201).await;
}

#[tokio::test]
async fn a_reversal_is_not_reversed_and_nothing_is_reversed_twice() {
    let app = TestApp::spawn().await;
    let w = world(&app, "twice").await;
    donate(&app, &w, "cash", "10").await;
    app.post_as(&w.admin, &w.api("/transactions/1/reverse"), json!({}), 201)
        .await;
    refused(
        &app,
        &w,
        "/transactions/1/reverse",
        json!({}),
        409,
        "already_reversed",
    )
    .await;
    refused(
        &app,
        &w,
        "/transactions/2/reverse",
        json!({}),
        409,
        "reversal_of_reversal",
    )
    .await;
    let before = written(&app).await;
    let r = app
        .post_as(&w.admin, &w.api("/transactions/9/reverse"), json!({}), 404)
        .await;
    assert_eq!(r["code"], "not_found");
    assert_eq!(written(&app).await, before);
}

#[tokio::test]
async fn bad_income_spending_and_accounts_are_refused() {
    let app = TestApp::spawn().await;
    let w = world(&app, "fields").await;
    let income = |k: &str, v: Value| {
        let mut b = json!({"category": "donation", "amount": "5", "unit": "EUR", "into": "bank", "from": "donors"});
        b[k] = v;
        b
    };
    refused(
        &app,
        &w,
        "/income",
        income("category", json!("gift")),
        422,
        "invalid_category",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("amount", json!("-5")),
        422,
        "zero_leg",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("into", json!("donors")),
        422,
        "wrong_account_kind",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("from", json!("cash")),
        422,
        "wrong_account_kind",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("date", json!("2999-01-01")),
        422,
        "invalid_date",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("date", json!("1/2/2026")),
        422,
        "invalid_date",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("earmark", json!("no-such-commons")),
        404,
        "not_found",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("memo", json!("x".repeat(501))),
        422,
        "ledger_text_too_long",
    )
    .await;
    refused(
        &app,
        &w,
        "/income",
        income("amount", json!(5)),
        422,
        "invalid_fields",
    )
    .await;
    let spaced = income("idempotency_key", json!("receipt 17"));
    refused(&app, &w, "/income", spaced, 422, "invalid_idempotency_key").await;
    let account =
        |name: &str, kind: &str, unit: &str| json!({"name": name, "kind": kind, "unit": unit});
    refused(
        &app,
        &w,
        "/accounts",
        account("Bank", "asset", "EUR"),
        422,
        "invalid_account_name",
    )
    .await;
    refused(
        &app,
        &w,
        "/accounts",
        account("till", "assets", "EUR"),
        422,
        "invalid_account_kind",
    )
    .await;
    refused(
        &app,
        &w,
        "/accounts",
        account("till", "asset", "euro"),
        422,
        "unknown_unit",
    )
    .await;
    refused(
        &app,
        &w,
        "/accounts",
        account("bank", "asset", "EUR"),
        409,
        "account_exists",
    )
    .await;
    let before = written(&app).await;
    let r = app
        .post_as(
            &w.admin,
            "/api/v1/treasuries",
            json!({"owner": "body", "handle": "fields"}),
            422,
        )
        .await;
    assert_eq!(r["code"], "invalid_owner_kind");
    let r = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/ledger/export?format=ledger",
            None,
            422,
        )
        .await;
    assert_eq!(r["code"], "invalid_format");
    assert_eq!(written(&app).await, before);
}
