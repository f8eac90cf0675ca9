//! Spending limits and payments authorised by a decision: a rulebook's limit is checked
//! as money (currency, decimals, above zero) and served to the ledger through
//! `bodies::spending_limits_of`; a motion that authorises paying an expense shows what it
//! authorises, and once passed (never when it fails) is what
//! `bodies::payment_authorisations` answers for that expense.

use super::{BODY, close, drafted, get, makers, opened, vote};
use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::{Value, json};

async fn org_id(app: &TestApp, handle: &'static str) -> String {
    app.state
        .db
        .read(move |c| commonfare::accounts::require_org(c, handle))
        .await
        .unwrap()
        .0
}

async fn limits(app: &TestApp) -> Vec<commonfare::bodies::SpendingLimit> {
    let org = org_id(app, "makers").await;
    app.state
        .db
        .read(move |c| commonfare::bodies::spending_limits_of(c, &org))
        .await
        .unwrap()
}

async fn authorisations(
    app: &TestApp,
    treasury: &'static str,
    expense: i64,
) -> Vec<commonfare::bodies::PaymentAuthorisation> {
    let org = org_id(app, "makers").await;
    app.state
        .db
        .read(move |c| commonfare::bodies::payment_authorisations(c, &org, treasury, expense))
        .await
        .unwrap()
}

#[tokio::test]
async fn a_rulebook_sets_a_spending_limit_checked_as_money() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    assert!(limits(&app).await.is_empty());
    let put = |limit: Value| {
        app.program()
            .put(app.url(&format!("{BODY}/rulebook")))
            .bearer_auth(&m.ada.token)
            .json(&json!({"rules": {"spending_limit": limit}}))
            .send()
    };
    let before = app.journal_len().await;
    for (limit, code) in [
        (
            json!({"amount": "ten", "currency": "EUR"}),
            "malformed_amount",
        ),
        (
            json!({"amount": "100.005", "currency": "EUR"}),
            "too_many_decimals",
        ),
        (
            json!({"amount": "0", "currency": "EUR"}),
            "cost_not_positive",
        ),
        (json!({"amount": "100", "currency": "XYZ"}), "unknown_unit"),
        (
            json!({"amount": "100", "currency": "hours"}),
            "not_a_currency",
        ),
        (
            json!({"amount": "1.5", "currency": "JPY"}),
            "too_many_decimals",
        ),
    ] {
        let p = expect_problem(put(limit.clone()).await.unwrap(), 422, code).await;
        assert!(
            p["detail"].as_str().unwrap().contains("spending_limit"),
            "{limit}: {p}"
        );
    }
    let r = put(json!({"amount": 100, "currency": "EUR"}))
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_fields").await;
    assert_eq!(app.journal_len().await, before, "refusals write nothing");
    let b = get(&app, BODY).await;
    assert_eq!(b["body"]["rulebook_version"], 1);
    assert_eq!(b["rulebook"]["spending_limit"], Value::Null);

    let r = put(json!({"amount": "100", "currency": "EUR"}))
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let b: Value = r.json().await.unwrap();
    assert_eq!(
        b["rulebook"]["spending_limit"],
        json!({"amount": "100.00", "currency": "EUR"})
    );
    let l = limits(&app).await;
    assert_eq!(l.len(), 1);
    assert_eq!(l[0].amount_minor, 10_000);
    assert_eq!(l[0].currency, "EUR");
    assert_eq!(l[0].body_name, "General assembly");
    assert_eq!(l[0].body_url, "/orgs/makers/bodies/assembly");
    // Another change keeps it; `null` takes it away.
    app.call_as(
        Some(&m.ada),
        reqwest::Method::PUT,
        &format!("{BODY}/rulebook"),
        Some(json!({"rules": {"changeable": false}})),
        200,
    )
    .await;
    assert_eq!(limits(&app).await.len(), 1);
    let html = app
        .page(&app.browser(), "/orgs/makers/bodies/assembly")
        .await;
    assert!(html.contains("Spending limit"), "{html}");
    assert!(html.contains("€100.00"), "{html}");
    let b = app
        .call_as(
            Some(&m.ada),
            reqwest::Method::PUT,
            &format!("{BODY}/rulebook"),
            Some(json!({"rules": {"spending_limit": null}})),
            200,
        )
        .await;
    assert_eq!(b["rulebook"]["spending_limit"], Value::Null);
    assert!(limits(&app).await.is_empty());
    // Only admins change it.
    let limit = ApiCall::put(
        format!("{BODY}/rulebook"),
        json!({"rules": {"spending_limit": {"amount": "50", "currency": "EUR"}}}),
    );
    app.check_roles(&limit, Some((&m.bob, 403)), (&m.ada, 200))
        .await;
}

#[tokio::test]
async fn the_rulebook_form_sets_the_limit_and_shows_refusals_on_their_field() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let (ada, bob) = (app.browser_of(&m.ada).await, app.browser_of(&m.bob).await);
    let page = "/orgs/makers/bodies/assembly";
    assert!(app.page(&ada, page).await.contains("name=\"limit_amount\""));
    assert!(
        !app.page(&bob, page).await.contains("name=\"limit_amount\""),
        "only admins see the rulebook form"
    );
    let r = app
        .post_form(
            &ada,
            page,
            &format!("{page}/rulebook"),
            &[("limit_amount", "12,50"), ("limit_currency", "EUR")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("id=\"error-limit_amount\"") && html.contains("value=\"12,50\""),
        "{html}"
    );
    let before = app.journal_len().await;
    app.check_form_roles(
        &format!("{page}/rulebook"),
        &[
            ("limit_amount", "100"),
            ("limit_currency", "eur"),
            ("limit_note", "Occupy's rule"),
        ],
        Some((&bob, 403)),
        &ada,
    )
    .await;
    assert_eq!(app.journal_len().await, before + 1);
    let b = get(&app, BODY).await;
    assert_eq!(
        b["rulebook"]["spending_limit"],
        json!({"amount": "100.00", "currency": "EUR"})
    );
    assert_eq!(b["versions"][0]["note"], "Occupy's rule");
}

#[tokio::test]
async fn a_motion_that_passes_authorises_its_payment_and_one_that_fails_does_not() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let pay = |expense: i64| json!({"treasury": "makers", "expense": expense, "amount": "250", "currency": "EUR"});
    // A poll cannot authorise; a bad treasury or expense is refused on its own.
    let before = app.journal_len().await;
    for (body, code) in [
        (
            json!({"title": "Which lens", "method": "approval", "options": ["A", "B"], "authorises": pay(3)}),
            "invalid_authorisation",
        ),
        (
            json!({"title": "Lens", "method": "motion", "authorises": {"treasury": "Makers!", "expense": 3, "amount": "1", "currency": "EUR"}}),
            "invalid_authorisation",
        ),
        (
            json!({"title": "Lens", "method": "motion", "authorises": {"treasury": "makers", "expense": 0, "amount": "1", "currency": "EUR"}}),
            "invalid_authorisation",
        ),
        (
            json!({"title": "Lens", "method": "motion", "authorises": {"treasury": "makers", "expense": 3, "amount": "-1", "currency": "EUR"}}),
            "cost_not_positive",
        ),
        (
            json!({"title": "Lens", "method": "motion", "authorises": {"treasury": "makers", "expense": 3, "amount": "1", "currency": "€"}}),
            "unknown_unit",
        ),
    ] {
        let r = app
            .program()
            .post(app.url(&format!("{BODY}/decisions")))
            .bearer_auth(&m.bob.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, code).await;
    }
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("body_decisions").await, 0);
    assert_eq!(app.rows("body_authorisations").await, 0);

    // Passes: 2 yes, 1 no.
    let yes = opened(
        &app,
        &m.bob,
        json!({"title": "Pay the lens", "method": "motion", "authorises": pay(3)}),
    )
    .await;
    let d = get(&app, &format!("/api/v1/decisions/{yes}")).await;
    assert_eq!(
        d["authorises"],
        json!({"treasury": "makers", "expense": 3, "amount": "250.00", "currency": "EUR", "authorised": false})
    );
    vote(&app, &m.ada, &yes, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.bob, &yes, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.cyd, &yes, json!({"vote": "no"}), 200).await;
    assert!(
        authorisations(&app, "makers", 3).await.is_empty(),
        "not before it passes"
    );
    let d = close(&app, &m.bob, &yes).await;
    assert_eq!(d["result"], "decided");
    assert_eq!(d["authorises"]["authorised"], true);
    let a = authorisations(&app, "makers", 3).await;
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].decision_id, yes);
    assert_eq!(a[0].decision_url, format!("/decisions/{yes}"));
    assert_eq!(a[0].amount_minor, 25_000);
    assert_eq!(a[0].currency, "EUR");
    assert!(authorisations(&app, "makers", 4).await.is_empty());
    assert!(authorisations(&app, "other", 3).await.is_empty());
    let events = get(&app, "/api/v1/activity?limit=5").await;
    assert!(
        events.to_string().contains("decision.payment_authorised"),
        "{events}"
    );
    let html = app.page(&app.browser(), &format!("/decisions/{yes}")).await;
    assert!(
        html.contains("Payment authorised") && html.contains("€250.00"),
        "{html}"
    );

    // Fails: 1 yes, 2 no.
    let no = opened(
        &app,
        &m.bob,
        json!({"title": "Pay the other lens", "method": "motion", "authorises": pay(5)}),
    )
    .await;
    vote(&app, &m.ada, &no, json!({"vote": "no"}), 200).await;
    vote(&app, &m.bob, &no, json!({"vote": "yes"}), 200).await;
    vote(&app, &m.cyd, &no, json!({"vote": "no"}), 200).await;
    let d = close(&app, &m.bob, &no).await;
    assert_eq!(d["result"], "failed");
    assert_eq!(d["authorises"]["authorised"], false);
    assert!(authorisations(&app, "makers", 5).await.is_empty());
}

#[tokio::test]
async fn the_draft_form_carries_a_payment_and_a_rewrite_changes_it() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let bob = app.browser_of(&m.bob).await;
    let page = "/orgs/makers/bodies/assembly";
    let fields = |expense: &'static str| {
        [
            ("title", "Pay the lens"),
            ("method", "motion"),
            ("days", "3"),
            ("pay_treasury", "makers"),
            ("pay_expense", expense),
            ("pay_amount", "120"),
            ("pay_currency", "EUR"),
        ]
    };
    let r = app
        .post_form(&bob, page, &format!("{page}/decisions"), &fields("three"))
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"error-pay_expense\""), "{html}");
    assert_eq!(app.rows("body_decisions").await, 0);
    let r = app
        .post_form(&bob, page, &format!("{page}/decisions"), &fields("3"))
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Paying expense 3 of the treasury makers"),
        "{html}"
    );
    // The opener rewrites the draft without it; it is gone.
    let id = drafted(&app, &m.bob, json!({"title": "x", "method": "motion", "authorises": {"treasury": "makers", "expense": 1, "amount": "1", "currency": "EUR"}})).await;
    let d = app
        .call_as(
            Some(&m.bob),
            reqwest::Method::PUT,
            &format!("/api/v1/decisions/{id}"),
            Some(json!({"title": "x", "method": "motion"})),
            200,
        )
        .await;
    assert_eq!(d["authorises"], Value::Null);
    assert_eq!(app.rows("body_authorisations").await, 1);
}
