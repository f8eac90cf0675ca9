//! Balance sheet and income statement: sums of the treasury's own legs, per unit, for a
//! period; the balance sheet balances; days outside the period stay out of the income
//! statement but count in the balance sheet's surplus; bad periods are refused.

use super::world;
use crate::support::TestApp;
use crate::support::expect_problem;
use reqwest::Method;
use serde_json::{Value, json};

fn line<'a>(lines: &'a Value, account: &str) -> Option<&'a str> {
    lines
        .as_array()
        .expect("lines")
        .iter()
        .find(|l| l["account"] == account)
        .and_then(|l| l["amount"].as_str())
}

#[tokio::test]
async fn the_statements_of_a_period_add_up() {
    let app = TestApp::spawn().await;
    let w = world(&app, "stated").await;
    let income = |amount: &str, date: &str, category: &str| json!({"category": category, "amount": amount, "unit": "EUR", "into": "bank", "from": "donors", "date": date});
    app.post_as(
        &w.admin,
        &w.api("/income"),
        income("100.00", "2025-12-20", "donation"),
        201,
    )
    .await;
    app.post_as(
        &w.admin,
        &w.api("/income"),
        income("250.50", "2026-02-03", "donation"),
        201,
    )
    .await;
    app.post_as(
        &w.admin,
        &w.api("/income"),
        income("40.00", "2026-03-01", "grant"),
        201,
    )
    .await;
    let spend = json!({"amount": "30.25", "unit": "EUR", "from": "bank", "to": "supplier", "date": "2026-03-10"});
    app.post_as(&w.admin, &w.api("/spending"), spend, 201).await;
    let hours = json!({"legs": [
        {"account": "hours", "amount": "3", "unit": "hours"},
        {"account": "volunteers", "amount": "-3", "unit": "hours"}
    ], "date": "2026-03-11", "memo": "a Saturday's work"});
    app.post_as(
        &w.admin,
        &w.api("/accounts"),
        json!({"name": "volunteers", "kind": "external", "unit": "hours"}),
        201,
    )
    .await;
    app.post_as(&w.admin, &w.api("/transactions"), hours, 201)
        .await;

    let s = app
        .call_as(
            None,
            Method::GET,
            &w.api("/statements?from=2026-01-01&to=2026-12-31"),
            None,
            200,
        )
        .await;
    assert_eq!(s["from"], "2026-01-01");
    assert_eq!(s["to"], "2026-12-31");
    let units = s["units"].as_array().expect("units");
    let eur = units.iter().find(|u| u["unit"] == "EUR").expect("EUR");
    // Balance sheet at the end of the year: everything since the first transaction.
    assert_eq!(line(&eur["assets"], "bank"), Some("360.25"));
    assert_eq!(eur["total_assets"], "360.25");
    assert_eq!(eur["surplus"], "360.25");
    assert_eq!(eur["total_liabilities_and_equity"], "360.25");
    // Income statement: only 2026, income by category.
    let income = eur["income"].as_array().expect("income");
    assert_eq!(income.len(), 2, "{eur}");
    assert!(
        income
            .iter()
            .any(|l| l["category"] == "donation" && l["amount"] == "250.50")
    );
    assert!(
        income
            .iter()
            .any(|l| l["category"] == "grant" && l["amount"] == "40.00")
    );
    assert_eq!(eur["total_income"], "290.50");
    assert_eq!(line(&eur["expenses"], "supplier"), Some("30.25"));
    assert_eq!(eur["net"], "260.25");
    // Hours stay in their own unit.
    let hours = units.iter().find(|u| u["unit"] == "hours").expect("hours");
    assert_eq!(hours["total_income"], "3.00");
    assert_eq!(hours["total_assets"], "3.00");

    // A period before any transaction is empty; a balance sheet before 2026 holds the
    // first donation only.
    let before = app
        .call_as(
            None,
            Method::GET,
            &w.api("/statements?from=2025-01-01&to=2025-12-31"),
            None,
            200,
        )
        .await;
    let eur = &before["units"][0];
    assert_eq!(eur["total_assets"], "100.00");
    assert_eq!(eur["total_income"], "100.00");
    let empty = app
        .call_as(
            None,
            Method::GET,
            &w.api("/statements?to=2020-01-01"),
            None,
            200,
        )
        .await;
    assert_eq!(empty["units"], json!([]));
    assert_eq!(empty["from"], "2020-01-01");

    // The page shows the same figures, without JavaScript.
    let page = app
        .page(
            &app.browser(),
            "/treasuries/stated/statements?from=2026-01-01&to=2026-12-31",
        )
        .await;
    assert!(page.contains("290.50") || page.contains("290,50"), "{page}");
    assert!(page.contains("<svg"), "the income statement's chart");
}

#[tokio::test]
async fn a_period_that_is_not_one_is_refused() {
    let app = TestApp::spawn().await;
    let w = world(&app, "periods").await;
    for (query, field) in [
        ("?from=2026-13-01", "2026-13-01"),
        ("?to=yesterday", "yesterday"),
        ("?from=2026-05-01&to=2026-04-30", "2026-05-01"),
    ] {
        let r = app
            .program()
            .get(app.url(&w.api(&format!("/statements{query}"))))
            .send()
            .await
            .expect("send");
        let p = expect_problem(r, 422, "invalid_period").await;
        assert!(p["detail"].as_str().expect("detail").contains(field), "{p}");
    }
    let r = app
        .program()
        .get(app.url("/api/v1/treasuries/nobody/statements"))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status().as_u16(), 404);
}
