//! Bad input to the coalition: each a 422 (or 404) that names what is wrong, nothing
//! written; facts missing or contradicted are no error but an answer that names them.

use super::{ask, copyfair_3_percent, set_policy};
use crate::support::{TestApp, expect_problem};
use serde_json::{Value, json};

#[tokio::test]
async fn questions_that_cannot_be_weighed_are_refused_with_their_reason() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let emil = app.person("emil").await;
    app.org("opengrow").kind("for_profit").admin(&emil).await;
    let c = app.commons("irrigation").maintained_by(&amara).await;
    set_policy(&app, &amara, &c, copyfair_3_percent(), 200).await;
    let before = app.journal_len().await;
    let rows = app.rows("coalition_determinations").await;
    let send = |body: Value| {
        app.program()
            .post(app.url(&c.api("/determinations")))
            .bearer_auth(&emil.token)
            .json(&body)
            .send()
    };
    let revenue = |r: &str| {
        json!({"use": "commercial", "organization": "opengrow",
        "facts": {"revenue": r}})
    };
    for (body, code, words) in [
        (json!({"use": "sometimes"}), "unknown_use", "sometimes"),
        (
            json!({"use": "Commercial"}),
            "unknown_use",
            "non_commercial",
        ),
        (revenue("-1.00 EUR"), "negative_amount", "-1.00 EUR"),
        (
            revenue("92233720368547758.08 EUR"),
            "amount_too_large",
            "64-bit",
        ),
        (revenue("1e30 EUR"), "malformed_amount", "1e30"),
        (revenue("12,50 EUR"), "malformed_amount", "12,50"),
        (revenue("1200"), "malformed_amount", "1200"),
        (revenue("100.00 XYZ"), "unknown_unit", "XYZ"),
        (revenue("100.00 eur"), "unknown_unit", "eur"),
        (revenue("12 hours"), "not_a_currency", "hours"),
        (revenue("1.001 EUR"), "too_many_decimals", "EUR"),
        (revenue("100.00 USD"), "currency_mismatch", "EUR"),
        (
            json!({"use": "commercial", "facts": {"units": -3}}),
            "invalid_units",
            "-3",
        ),
        (json!({}), "invalid_fields", "use"),
        (
            json!({"use": "commercial", "facts": {"worker_owend": true}}),
            "invalid_fields",
            "worker_owend",
        ),
        (
            json!({"use": "commercial", "facts": {"revenue": 1200}}),
            "invalid_fields",
            "revenue",
        ),
        (
            json!({"use": "commercial", "facts": {"units": 1e30}}),
            "invalid_fields",
            "units",
        ),
    ] {
        let r = send(body.clone()).await.unwrap();
        let p = expect_problem(r, 422, code).await;
        assert!(p["detail"].as_str().unwrap().contains(words), "{body}: {p}");
    }
    // An unknown organization or commons is a 404 that names it.
    let r = send(json!({"use": "commercial", "organization": "nobody-here"}))
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = app
        .program()
        .post(app.url("/api/v1/commons/no-such/determinations"))
        .bearer_auth(&emil.token)
        .json(&json!({"use": "commercial"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    let r = app
        .program()
        .get(app.url("/api/v1/determinations/no-such-id"))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
    assert_eq!(app.journal_len().await, before, "nothing journaled");
    assert_eq!(
        app.rows("coalition_determinations").await,
        rows,
        "nothing kept"
    );

    // The largest revenue there is, is weighed exactly.
    let d = ask(&app, &emil, &c, revenue("92233720368547758.07 EUR"), 201).await;
    assert_eq!(d["fee_detail"]["gross"], "2767011611056432.74 EUR", "{d}");
}

#[tokio::test]
async fn policies_that_do_not_parse_are_refused_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let c = app.commons("irrigation").maintained_by(&amara).await;
    let before = app.journal_len().await;
    for (policy, code, words) in [
        (json!({"policy": "gpl"}), "invalid_policy", "gpl"),
        (json!({"policy": "copyfair"}), "invalid_policy", "fee"),
        (
            json!({"policy": "ppl", "expression": "MIT"}),
            "invalid_policy",
            "expression",
        ),
        (
            json!({"policy": "spdx", "expression": "Not-A-Licence"}),
            "invalid_licence",
            "Not-A-Licence",
        ),
        (
            json!({"policy": "spdx", "expression": "LicenseRef-Mine"}),
            "invalid_licence",
            "LicenseRef-Mine",
        ),
        (
            json!({"policy": "custom", "title": "T", "text": "x", "commercial": "maybe"}),
            "invalid_policy",
            "maybe",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "weekly"}}),
            "invalid_fee_schedule",
            "weekly",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "ten EUR"}}),
            "invalid_fee_schedule",
            "ten EUR",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "-5 EUR"}}),
            "invalid_fee_schedule",
            "-5 EUR",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "revenue_share", "basis_points": 20000, "currency": "EUR"}}),
            "invalid_fee_schedule",
            "20000",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "revenue_share", "basis_points": 300, "currency": "hours"}}),
            "invalid_fee_schedule",
            "hours",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "per_unit", "amount": "5 EUR"}}),
            "invalid_fee_schedule",
            "unit_name",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 EUR"}, "credit": {"per_hour": "1 USD"}}),
            "invalid_fee_schedule",
            "EUR",
        ),
        (
            json!({"policy": "copyfair", "fee": {"schedule": "flat", "amount": "5 EUR"}, "period_days": 99999}),
            "invalid_fee_schedule",
            "99999",
        ),
        (
            json!({"policy": "copyfair", "fees": {}}),
            "invalid_fields",
            "fees",
        ),
    ] {
        let r = app
            .program()
            .put(app.url(&c.api("/licence-policy")))
            .bearer_auth(&amara.token)
            .json(&policy)
            .send()
            .await
            .unwrap();
        let p = expect_problem(r, 422, code).await;
        assert!(
            p["detail"].as_str().unwrap().contains(words),
            "{policy}: {p}"
        );
    }
    assert_eq!(app.journal_len().await, before, "nothing journaled");
    assert_eq!(app.rows("coalition_policies").await, 0);
    let shown = app
        .call_as(None, reqwest::Method::GET, &c.api(""), None, 200)
        .await;
    assert_eq!(
        shown["licence"]["expression"], "CC0-1.0",
        "the licence is unchanged"
    );
}
