//! The rules page of a treasury: anyone reads how expenses are approved and what happens
//! over a budget line; its stewards set both, add a budget line and bring in a
//! participatory budget's lines from forms without JavaScript; refusals come back filled
//! in, in the signed-in layout, with nothing written.

use super::world;
use crate::support::TestApp;
use reqwest::Method;

#[tokio::test]
async fn stewards_set_the_rules_and_plan_from_the_page() {
    let app = TestApp::spawn().await;
    let w = world(&app, "ruled").await;
    let page = format!("/treasuries/{}/rules", w.handle);

    // Anyone reads the rule; nobody but a steward sees the forms.
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("One steward of 1 must approve each expense.")
            && html.contains("No approval by consent")
            && html.contains("approved and flagged"),
        "{html}"
    );
    assert!(!html.contains("/rules/approvals"), "{html}");
    let member = app.browser_of(&w.member).await;
    assert!(!app.page(&member, &page).await.contains("/rules/lines"));
    let admin = app.browser_of(&w.admin).await;
    assert!(app.page(&admin, &page).await.contains("/rules/lines"));

    // A budget line: anonymous 401, a member 403, the steward lands on the expenses.
    let action = format!("/treasuries/{}/rules/lines", w.handle);
    let fields = [
        ("line-name", "Filament"),
        ("line-amount", "120.50"),
        ("line-unit", "EUR"),
        ("line-starts", "2026-01-01"),
        ("line-ends", "2026-12-31"),
        ("line-source", ""),
    ];
    let r = app
        .check_form_roles(&action, &fields, Some((&member, 403)), &admin)
        .await;
    assert!(r.url().path().ends_with("/expenses"));
    let lines = app
        .call_as(None, Method::GET, &w.api("/budget-lines"), None, 200)
        .await;
    assert_eq!(lines[0]["name"], "Filament", "{lines}");
    assert_eq!(lines[0]["planned"], "120.50", "{lines}");

    // A planned amount that does not read comes back beside its field; nothing written.
    let before = app.journal_len().await;
    let mut bad = fields;
    bad[1] = ("line-amount", "a lot");
    let r = app.post_form(&admin, &page, &action, &bad).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("text");
    assert!(
        html.contains(
            r#"name="line-amount" inputmode="decimal" required value="a lot" aria-invalid="true""#
        ) && html.contains(&format!("@{}", w.admin.handle)),
        "the form comes back filled in, signed in: {html}"
    );
    assert_eq!(app.journal_len().await, before);

    // The approval rule with a tier and consent; then a tier whose count does not read.
    let action = format!("/treasuries/{}/rules/approvals", w.handle);
    let rule = [
        ("approval-approvals", "1"),
        ("tier0-amount", "250"),
        ("tier0-unit", "EUR"),
        ("tier0-approvals", "1"),
        ("tier1-amount", ""),
        ("tier1-unit", ""),
        ("tier1-approvals", ""),
        ("approval-consent", "5"),
    ];
    app.check_form_roles(&action, &rule, Some((&member, 403)), &admin)
        .await;
    let got = app
        .call_as(None, Method::GET, &w.api("/approval-rule"), None, 200)
        .await;
    assert_eq!(got["approvals"], 1, "{got}");
    assert_eq!(got["above"][0]["amount"], "250.00", "{got}");
    assert_eq!(got["consent_days"], 5, "{got}");
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("Above 250.00 EUR: 1 approvals.") && html.contains("5 days after"),
        "{html}"
    );
    let before = app.journal_len().await;
    let mut bad = rule;
    bad[3] = ("tier0-approvals", "two");
    let r = app.post_form(&admin, &page, &action, &bad).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("text");
    assert!(
        html.contains(r#"id="error-approval-tiers""#) && html.contains(r#"value="two""#),
        "{html}"
    );
    let mut bad = rule;
    bad[0] = ("approval-approvals", "3");
    let r = app.post_form(&admin, &page, &action, &bad).await;
    assert_eq!(r.status().as_u16(), 422);
    let html = r.text().await.expect("text");
    assert!(html.contains(r#"id="error-approval-approvals""#), "{html}");
    let mut bad = rule;
    bad[7] = ("approval-consent", "400");
    let r = app.post_form(&admin, &page, &action, &bad).await;
    assert_eq!(r.status().as_u16(), 422);
    assert!(
        r.text()
            .await
            .expect("text")
            .contains(r#"id="error-approval-consent""#)
    );
    assert_eq!(app.journal_len().await, before);

    // Over a line: refused from now on.
    let action = format!("/treasuries/{}/rules/over-line", w.handle);
    app.check_form_roles(
        &action,
        &[("over-line", "block")],
        Some((&member, 403)),
        &admin,
    )
    .await;
    let html = app.page(&app.browser(), &page).await;
    assert!(
        html.contains("would go over its budget line is refused"),
        "{html}"
    );
    let r = app
        .post_form(&admin, &page, &action, &[("over-line", "sometimes")])
        .await;
    assert_eq!(r.status().as_u16(), 422);
}

#[tokio::test]
async fn the_city_brings_in_its_budgets_lines_from_the_page_once() {
    let app = TestApp::spawn().await;
    let db = app.state.db.clone();
    tokio::task::spawn_blocking(move || commonfare::demo::load(&db))
        .await
        .expect("task")
        .expect("demo");
    let chen = app.browser();
    let r = app
        .post_form(
            &chen,
            "/signin",
            "/signin",
            &[("handle", "chen"), ("password", "commonfare-demo")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = "/treasuries/lagomar-city/rules";
    let html = app.page(&chen, page).await;
    let marker = r#"<select name="budget-id">"#;
    let at = html.find(marker).unwrap_or_else(|| panic!("{html}")) + marker.len();
    let value = r#"<option value=""#;
    let start = html[at..].find(value).expect("an option") + at + value.len();
    let budget = html[start..start + html[start..].find('"').expect("end")].to_string();
    let count = |v: &serde_json::Value| v.as_array().expect("lines").len();
    let lines = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-city/budget-lines",
            None,
            200,
        )
        .await;
    let had = count(&lines);
    assert!(had > 0, "the demo brought the newest budget's lines in");
    // Asking again for a budget whose lines are there adds none.
    let fields = [
        ("budget-id", budget.as_str()),
        ("budget-unit", "EUR"),
        ("budget-starts", "2026-01-01"),
        ("budget-ends", "2027-12-31"),
    ];
    let before = app.journal_len().await;
    let action = "/treasuries/lagomar-city/rules/from-budget";
    let r = app.post_form(&chen, page, action, &fields).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.url().path().ends_with("/expenses"));
    let lines = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/treasuries/lagomar-city/budget-lines",
            None,
            200,
        )
        .await;
    assert_eq!(count(&lines), had, "{lines}");
    assert_eq!(app.journal_len().await, before);
    // A budget that is not there: 404, the form filled in beside the budget.
    let mut bad = fields;
    bad[0] = ("budget-id", "0190a000-0000-7000-8000-000000000000");
    let r = app.post_form(&chen, page, action, &bad).await;
    assert_eq!(r.status().as_u16(), 404);
    assert!(
        r.text()
            .await
            .expect("text")
            .contains(r#"id="error-budget-id""#)
    );
    // Someone who is not a steward of the city's treasury: 403.
    let stranger = app.signed_in_browser("outsider").await;
    let r = app.post_form(&stranger, "/settings", action, &fields).await;
    assert_eq!(r.status().as_u16(), 403);
}
