//! The ledger through the API: a treasury opened by an admin, accounts, income with its
//! reference and earmark, spending, transfers of many legs, reversals, idempotency keys,
//! balances (the contract), and a commons' treasury opened by its maintainer.

use super::{balances, donate, world, written};
use crate::support::TestApp;
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn income_and_spending_move_the_balances_and_journal_each_change() {
    let app = TestApp::spawn().await;
    let w = world(&app, "makers").await;
    let t = app.call_as(None, Method::GET, &w.api(""), None, 200).await;
    assert_eq!(t["owner"], "organization");
    assert_eq!(t["stewards"], json!(["makers-ada"]));
    assert_eq!(t["accounts"].as_array().map(Vec::len), Some(5));

    let before = app.journal_len().await;
    let x = app
        .post_as(
            &w.admin,
            &w.api("/income"),
            json!({"category": "sponsorship", "amount": "1500", "unit": "EUR", "into": "bank",
                   "from": "donors", "reference": "TRF OG-118", "memo": "laser repair",
                   "date": "2026-11-02"}),
            201,
        )
        .await;
    assert_eq!(x["number"], 1);
    assert_eq!(x["flow"], "income");
    assert_eq!(x["category"], "sponsorship");
    assert_eq!(x["booked_on"], "2026-11-02");
    assert_eq!(x["reference"], "TRF OG-118");
    assert_eq!(
        x["legs"],
        json!([{"account": "bank", "amount": "1500.00", "unit": "EUR"},
               {"account": "donors", "amount": "-1500.00", "unit": "EUR"}])
    );
    let spent = app
        .post_as(
            &w.admin,
            &w.api("/spending"),
            json!({"amount": "86.40", "unit": "EUR", "from": "bank", "to": "supplier",
                   "reference": "Invoice F-5531"}),
            201,
        )
        .await;
    assert_eq!(spent["number"], 2);
    assert_eq!(app.journal_len().await, before + 2);
    let b = balances(&app, &w).await;
    assert_eq!(b["bank"], "1413.60");
    assert_eq!(b["donors"], "-1500.00");
    assert_eq!(b["supplier"], "86.40");
    assert_eq!(b["cash"], "0.00");
    assert_eq!(b["hours"], "0.00");
}

/// `GET /api/v1/treasuries/{handle}/balances` is a contract: every account with its kind,
/// unit, balance as decimal text and in minor units, and its flag.
#[tokio::test]
async fn the_balances_contract() {
    let app = TestApp::spawn().await;
    let w = world(&app, "contract").await;
    donate(&app, &w, "bank", "40").await;
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(
        b,
        json!({"treasury": "contract", "accounts": [
            {"account": "bank", "kind": "asset", "unit": "EUR", "balance": "40.00", "minor": 4000, "must_not_go_negative": true},
            {"account": "cash", "kind": "asset", "unit": "EUR", "balance": "0.00", "minor": 0, "must_not_go_negative": false},
            {"account": "donors", "kind": "external", "unit": "EUR", "balance": "-40.00", "minor": -4000, "must_not_go_negative": false},
            {"account": "hours", "kind": "asset", "unit": "hours", "balance": "0.00", "minor": 0, "must_not_go_negative": false},
            {"account": "supplier", "kind": "external", "unit": "EUR", "balance": "0.00", "minor": 0, "must_not_go_negative": false},
        ]})
    );
}

#[tokio::test]
async fn a_transfer_of_many_legs_and_its_reversal() {
    let app = TestApp::spawn().await;
    let w = world(&app, "legs").await;
    donate(&app, &w, "cash", "100").await;
    let x = app
        .post_as(
            &w.admin,
            &w.api("/transactions"),
            json!({"legs": [
                {"account": "cash", "amount": "-100", "unit": "EUR"},
                {"account": "bank", "amount": "70", "unit": "EUR"},
                {"account": "supplier", "amount": "30", "unit": "EUR"}],
              "memo": "banked the box, paid the glue"}),
            201,
        )
        .await;
    assert_eq!(x["flow"], "transfer");
    assert_eq!(x["legs"].as_array().map(Vec::len), Some(3));
    let r = app
        .post_as(
            &w.admin,
            &w.api("/transactions/2/reverse"),
            json!({"memo": "entered against the wrong account"}),
            201,
        )
        .await;
    assert_eq!(r["number"], 3);
    assert_eq!(r["reverses"], 2);
    assert_eq!(
        r["legs"][0],
        json!({"account": "cash", "amount": "100.00", "unit": "EUR"})
    );
    let original = app
        .call_as(None, Method::GET, &w.api("/transactions/2"), None, 200)
        .await;
    assert_eq!(original["reversed_by"], 3);
    let b = balances(&app, &w).await;
    assert_eq!((b["cash"].as_str(), b["bank"].as_str()), ("100.00", "0.00"));
    let list = app
        .call_as(
            None,
            Method::GET,
            &w.api("/transactions?limit=2"),
            None,
            200,
        )
        .await;
    let numbers: Vec<i64> = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|t| t["number"].as_i64().expect("number"))
        .collect();
    assert_eq!(numbers, vec![3, 2]);
    let next = list["next"].as_str().expect("a next page");
    let rest = app.call_as(None, Method::GET, next, None, 200).await;
    assert_eq!(rest["items"][0]["number"], 1);
}

#[tokio::test]
async fn the_same_key_gives_the_same_transaction_and_another_request_a_409() {
    let app = TestApp::spawn().await;
    let w = world(&app, "keys").await;
    let body = json!({"category": "donation", "amount": "25", "unit": "EUR", "into": "bank",
                      "from": "donors", "idempotency_key": "receipt-17"});
    let first = app
        .post_as(&w.admin, &w.api("/income"), body.clone(), 201)
        .await;
    let state = written(&app).await;
    let again = app
        .post_as(&w.admin, &w.api("/income"), body.clone(), 200)
        .await;
    assert_eq!(again, first);
    assert_eq!(written(&app).await, state, "a replay writes nothing");
    let mut other = body.clone();
    other["amount"] = json!("26");
    let r = app.post_as(&w.admin, &w.api("/income"), other, 409).await;
    assert_eq!(r["code"], "idempotency_key_reused");
    assert!(
        r["detail"].as_str().expect("detail").contains("amount"),
        "{r}"
    );
    let spend = json!({"amount": "25", "unit": "EUR", "from": "bank", "to": "supplier",
                       "idempotency_key": "receipt-17"});
    let r = app.post_as(&w.admin, &w.api("/spending"), spend, 409).await;
    assert_eq!(r["code"], "idempotency_key_reused");
    assert_eq!(written(&app).await, state);
    assert_eq!(balances(&app, &w).await["bank"], "25.00");
}

#[tokio::test]
async fn a_commons_treasury_is_opened_by_its_maintainer_and_income_is_earmarked() {
    let app = TestApp::spawn().await;
    let fatima = app.person("fatima").await;
    let other = app.person("other").await;
    app.commons("manuals").maintained_by(&fatima).await;
    let open = json!({"owner": "commons", "handle": "manuals"});
    let r = app
        .post_as(&other, "/api/v1/treasuries", open.clone(), 403)
        .await;
    assert_eq!(r["code"], "forbidden");
    let t = app
        .post_as(&fatima, "/api/v1/treasuries", open.clone(), 201)
        .await;
    assert_eq!(t["owner"], "commons");
    assert_eq!(t["stewards"], json!(["fatima"]));
    let r = app.post_as(&fatima, "/api/v1/treasuries", open, 409).await;
    assert_eq!(r["code"], "treasury_exists");
    for (name, kind) in [("bank", "asset"), ("print-shop", "external")] {
        let body = json!({"name": name, "kind": kind, "unit": "EUR"});
        app.post_as(&fatima, "/api/v1/treasuries/manuals/accounts", body, 201)
            .await;
    }
    let x = app
        .post_as(
            &fatima,
            "/api/v1/treasuries/manuals/income",
            json!({"category": "licence_fee", "amount": "180", "unit": "EUR", "into": "bank",
                   "from": "print-shop", "earmark": "manuals", "reference": "TRF PS-77"}),
            201,
        )
        .await;
    assert_eq!(x["earmark"], "manuals");
    assert_eq!(x["category"], "licence_fee");
}

#[tokio::test]
async fn a_person_opens_their_own_treasury_and_no_one_else_s() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let r = app
        .post_as(
            &bob,
            "/api/v1/treasuries",
            json!({"owner": "person", "handle": "ada"}),
            403,
        )
        .await;
    assert_eq!(r["code"], "forbidden");
    let t = app
        .post_as(
            &ada,
            "/api/v1/treasuries",
            json!({"owner": "person", "handle": "ada"}),
            201,
        )
        .await;
    assert_eq!(
        (t["owner"].as_str(), t["stewards"].clone()),
        (Some("person"), json!(["ada"]))
    );
    for (name, kind) in [("time", "asset"), ("neighbours", "external")] {
        let body = json!({"name": name, "kind": kind, "unit": "hours"});
        app.post_as(&ada, "/api/v1/treasuries/ada/accounts", body, 201)
            .await;
    }
    let given = json!({"legs": [{"account": "time", "amount": "2.5", "unit": "hours"},
                                {"account": "neighbours", "amount": "-2.5", "unit": "hours"}]});
    app.post_as(&ada, "/api/v1/treasuries/ada/transactions", given, 201)
        .await;
    let page = app.page(&app.browser(), "/people/ada").await;
    assert!(
        page.contains("href=\"/treasuries/ada\"") && page.contains("2.50 hours"),
        "{page}"
    );
}
