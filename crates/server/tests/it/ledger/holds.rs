//! Pending holds: money set aside from an account for another until a steward posts it
//! (in full or in part), voids it, or it expires; while pending, a hold counts against an
//! account that must not go negative, and once its time has passed it no longer does,
//! whether or not the sweep has marked it.

use super::world;
use crate::support::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

fn at(ms_from_now: i64) -> String {
    let t = jiff::Timestamp::now() + jiff::SignedDuration::from_millis(ms_from_now);
    t.to_string()
}

fn bank(b: &Value) -> (String, String, String) {
    let a = b["accounts"]
        .as_array()
        .expect("accounts")
        .iter()
        .find(|a| a["account"] == "bank")
        .expect("bank")
        .clone();
    let balance = a["balance"].as_str().expect("balance").to_string();
    let s = |k: &str| a[k].as_str().unwrap_or("0.00").to_string();
    let available = a["available"].as_str().unwrap_or(&balance).to_string();
    (balance.clone(), s("held"), available)
}

#[tokio::test]
async fn a_hold_sets_money_aside_until_it_is_posted_in_part_or_voided() {
    let app = TestApp::spawn().await;
    let w = world(&app, "holder").await;
    super::donate(&app, &w, "bank", "100").await;
    let hold = |amount: &str| json!({"from": "bank", "to": "supplier", "amount": amount, "unit": "EUR", "expires_at": at(86_400_000), "memo": "Deposit for the hall"});
    let h = app
        .post_as(&w.admin, &w.api("/holds"), hold("60"), 201)
        .await;
    assert_eq!(
        (h["state"].as_str(), h["number"].as_i64()),
        (Some("pending"), Some(1))
    );
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(bank(&b), ("100.00".into(), "60.00".into(), "40.00".into()));

    // What is held cannot be spent, nor held twice.
    let spend = json!({"amount": "50", "unit": "EUR", "from": "bank", "to": "supplier"});
    let p = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/spending"),
            Some(spend),
            409,
        )
        .await;
    assert_eq!(p["code"], "overdraft");
    let p = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/holds"),
            Some(hold("41")),
            409,
        )
        .await;
    assert_eq!(p["code"], "overdraft");

    // Posted in part: one transfer, the rest released.
    let p = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/holds/1/post"),
            Some(json!({"amount": "61"})),
            422,
        )
        .await;
    assert_eq!(p["code"], "invalid_hold");
    let posted = app
        .post_as(
            &w.admin,
            &w.api("/holds/1/post"),
            json!({"amount": "20"}),
            200,
        )
        .await;
    assert_eq!(
        (posted["state"].as_str(), posted["posted"].as_str()),
        (Some("posted"), Some("20.00"))
    );
    let n = posted["transaction"].as_i64().expect("transaction");
    let t = app
        .call_as(
            None,
            Method::GET,
            &w.api(&format!("/transactions/{n}")),
            None,
            200,
        )
        .await;
    assert_eq!(t["reference"], "hold #1");
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(bank(&b), ("80.00".into(), "0.00".into(), "80.00".into()));
    let p = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/holds/1/void"),
            None,
            409,
        )
        .await;
    assert_eq!(p["code"], "hold_state");

    // Voided: free again.
    app.post_as(&w.admin, &w.api("/holds"), hold("80"), 201)
        .await;
    let v = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/holds/2/void"),
            None,
            200,
        )
        .await;
    assert_eq!(v["state"], "voided");
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(bank(&b).2, "80.00");

    // Who may, and what bad input gets.
    app.call_as(None, Method::POST, &w.api("/holds"), Some(hold("1")), 401)
        .await;
    let p = app
        .call_as(
            Some(&w.member),
            Method::POST,
            &w.api("/holds"),
            Some(hold("1")),
            403,
        )
        .await;
    assert_eq!(p["code"], "not_steward");
    app.call_as(
        Some(&w.stranger),
        Method::POST,
        &w.api("/holds/2/void"),
        None,
        403,
    )
    .await;
    app.call_as(
        None,
        Method::POST,
        &w.api("/holds/2/post"),
        Some(json!({})),
        401,
    )
    .await;
    app.call_as(
        Some(&w.member),
        Method::POST,
        &w.api("/holds/2/post"),
        Some(json!({})),
        403,
    )
    .await;
    let mut same = hold("1");
    same["to"] = json!("bank");
    for (body, code) in [
        (same, "invalid_hold"),
        (
            json!({"from": "bank", "to": "supplier", "amount": "1", "unit": "EUR", "expires_at": at(-1000)}),
            "invalid_hold",
        ),
        (
            json!({"from": "bank", "to": "supplier", "amount": "1", "unit": "EUR", "expires_at": at(400 * 86_400_000)}),
            "invalid_hold",
        ),
        (
            json!({"from": "bank", "to": "supplier", "amount": "1", "unit": "EUR", "expires_at": "tomorrow"}),
            "invalid_time",
        ),
        (
            json!({"from": "bank", "to": "hours", "amount": "1", "unit": "EUR", "expires_at": at(60_000)}),
            "mixed_units",
        ),
        (
            json!({"from": "bank", "to": "supplier", "amount": "0", "unit": "EUR", "expires_at": at(60_000)}),
            "zero_leg",
        ),
    ] {
        let p = app
            .call_as(
                Some(&w.admin),
                Method::POST,
                &w.api("/holds"),
                Some(body),
                422,
            )
            .await;
        assert_eq!(p["code"], code, "{p}");
    }
    assert_eq!(app.rows("ledger_holds").await, 2);
}

#[tokio::test]
async fn an_expired_hold_stops_counting_at_its_time_and_the_sweep_marks_it_once() {
    let app = TestApp::spawn().await;
    let w = world(&app, "expiring").await;
    super::donate(&app, &w, "bank", "10").await;
    let body = json!({"from": "bank", "to": "supplier", "amount": "10", "unit": "EUR", "expires_at": at(1200)});
    app.post_as(&w.admin, &w.api("/holds"), body, 201).await;
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(bank(&b).2, "0.00");
    tokio::time::sleep(std::time::Duration::from_millis(1400)).await;
    // Not swept yet, and already free.
    let b = app
        .call_as(None, Method::GET, &w.api("/balances"), None, 200)
        .await;
    assert_eq!(bank(&b).2, "10.00");
    let h = app
        .call_as(None, Method::GET, &w.api("/holds"), None, 200)
        .await;
    assert_eq!(h[0]["state"], "expired");
    let p = app
        .call_as(
            Some(&w.admin),
            Method::POST,
            &w.api("/holds/1/post"),
            Some(json!({})),
            409,
        )
        .await;
    assert_eq!(p["code"], "hold_state");
    assert_eq!(
        commonfare::ledger::sweep(&app.state).await.expect("sweep"),
        1
    );
    assert_eq!(
        commonfare::ledger::sweep(&app.state).await.expect("sweep"),
        0
    );
    let feed = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=organization:expiring",
            None,
            200,
        )
        .await;
    assert!(feed.to_string().contains("hold.expired"));
}
