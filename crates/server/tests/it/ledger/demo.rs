//! The demo's treasuries: the makers' association's, with donations, OpenGrow's
//! sponsorship, spending from a bank account that must not go negative and a reversal;
//! the repair manuals', with a licence fee distributed back to the manuals' contributors;
//! the makers' expenses, paid, rejected and waiting for a second approval.

use crate::support::TestApp;
use reqwest::Method;

#[tokio::test]
async fn the_demo_has_two_open_treasuries() {
    let app = TestApp::spawn().await;
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || commonfare::demo::load(&db))
        .await
        .expect("task")
        .expect("demo");
    let makers = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/balances",
            None,
            200,
        )
        .await;
    let accounts = makers["accounts"].as_array().expect("accounts");
    let bank = accounts
        .iter()
        .find(|a| a["account"] == "bank")
        .expect("bank");
    assert_eq!(bank["must_not_go_negative"], true);
    // 1013.60 less the soldering tips' expense, paid.
    assert_eq!(bank["balance"], "988.70");
    let x = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/transactions",
            None,
            200,
        )
        .await;
    let items = x["items"].as_array().expect("items");
    assert!(items.iter().any(|t| t["category"] == "sponsorship"));
    assert!(items.iter().any(|t| t["reverses"].is_number()));
    assert!(
        items
            .iter()
            .any(|t| t["earmark"] == "lagomar-repair-manuals")
    );
    let repair = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/transactions",
            None,
            200,
        )
        .await;
    assert!(
        repair["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|t| t["category"] == "licence_fee")
    );
    let html = app.page(&app.browser(), "/treasuries/makers-lagomar").await;
    assert!(html.contains("<svg"));
    let commons = app
        .page(&app.browser(), "/commons/lagomar-repair-manuals")
        .await;
    assert!(commons.contains("href=\"/treasuries/lagomar-repair-manuals\""));
    let expenses = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/makers-lagomar/expenses",
            None,
            200,
        )
        .await;
    let states: Vec<&str> = expenses
        .as_array()
        .expect("expenses")
        .iter()
        .filter_map(|e| e["state"].as_str())
        .collect();
    assert_eq!(states, ["submitted", "rejected", "paid"]);
    let shares = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-repair-manuals/distributions/1",
            None,
            200,
        )
        .await;
    assert_eq!(shares["state"], "posted");
    let total: i64 = shares["shares"]
        .as_array()
        .expect("shares")
        .iter()
        .map(|s| {
            let a = s["amount"].as_str().expect("amount").replace('.', "");
            a.parse::<i64>().expect("cents")
        })
        .sum();
    assert_eq!(total, 12000, "the shares sum exactly to the amount");
}
