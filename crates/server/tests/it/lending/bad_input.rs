//! Bad input to lending: each refusal is a 4xx problem+json that names the problem, and
//! nothing is written (no reservation, no journal event).

use super::{at, book, slot};
use crate::support::{TestApp, expect_problem};
use serde_json::{Value, json};

async fn refused(
    app: &TestApp,
    token: &str,
    path: &str,
    body: Value,
    status: u16,
    code: &str,
) -> Value {
    let before = (
        app.journal_len().await,
        app.rows("lending_reservations").await,
    );
    let r = app
        .program()
        .post(app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, status, code).await;
    let after = (
        app.journal_len().await,
        app.rows("lending_reservations").await,
    );
    assert_eq!(before, after, "{code}: nothing written");
    p
}

#[tokio::test]
async fn bookings_that_make_no_sense_are_refused_with_their_reason() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Drill", "quantity": 2, "max_minutes": 600, "horizon_days": 30}),
        )
        .await;
    let path = format!("/api/v1/resources/{id}/reservations");
    let t = &bob.token;
    let cases: Vec<(Value, &str, &str)> = vec![
        (slot(5, 3, 1), "empty_interval", "after the start"),
        (slot(3, 3, 1), "empty_interval", "after the start"),
        (
            json!({"starts_at": "2026-12-24T10:00:00", "ends_at": at(3)}),
            "time_without_zone",
            "starts_at",
        ),
        (
            json!({"starts_at": at(2), "ends_at": "+10000-01-01T00:00:00Z"}),
            "time_out_of_range",
            "9999",
        ),
        (
            json!({"starts_at": at(2), "ends_at": "10000-01-01T00:00:00Z"}),
            "time_out_of_range",
            "9999",
        ),
        (
            json!({"starts_at": "tomorrow", "ends_at": at(3)}),
            "invalid_time",
            "RFC 3339",
        ),
        (slot(2, 3, 0), "invalid_quantity", "0"),
        (slot(2, 3, 3), "invalid_quantity", "3"),
        (slot(2, 13, 1), "duration_outside_policy", "600"),
        (slot(-5, -3, 1), "starts_in_past", "past"),
        (slot(24 * 31, 24 * 31 + 1, 1), "too_far_ahead", "30"),
    ];
    for (body, code, says) in cases {
        let p = refused(&app, t, &path, body, 422, code).await;
        assert!(p["detail"].as_str().unwrap().contains(says), "{code}: {p}");
    }
    // A malformed body is refused before any rule.
    refused(
        &app,
        t,
        &path,
        json!({"starts_at": at(2)}),
        422,
        "invalid_fields",
    )
    .await;
}

#[tokio::test]
async fn a_retired_resource_takes_no_booking_and_only_lent_things_come_back() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app.resource(&ada, json!({"name": "Old saw"})).await;
    let k = book(&app, &bob, &id, slot(2, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    // Returning what is not lent: confirmed, not checked out.
    let p = refused(
        &app,
        &ada.token,
        &format!("/api/v1/reservations/{kid}/return"),
        json!({}),
        409,
        "not_lent",
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("confirmed"), "{p}");
    app.call_as(
        Some(&ada),
        reqwest::Method::POST,
        &format!("/api/v1/resources/{id}/retire"),
        None,
        200,
    )
    .await;
    let p = refused(
        &app,
        &bob.token,
        &format!("/api/v1/resources/{id}/reservations"),
        slot(5, 6, 1),
        409,
        "resource_retired",
    )
    .await;
    assert!(p["detail"].as_str().unwrap().contains("retired"));
    // Retired resources leave the catalogue.
    let list = app
        .call_as(None, reqwest::Method::GET, "/api/v1/resources", None, 200)
        .await;
    assert!(list["items"].as_array().unwrap().is_empty());
    refused(
        &app,
        &bob.token,
        "/api/v1/resources/nope/reservations",
        slot(5, 6, 1),
        404,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn a_resource_with_a_broken_policy_is_refused() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let before = app.rows("lending_resources").await;
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"kind": "spaceship", "name": "X"}),
            "invalid_resource_kind",
        ),
        (json!({"kind": "tool", "name": "  "}), "missing_field"),
        (
            json!({"kind": "tool", "name": "X", "quantity": 0}),
            "invalid_policy",
        ),
        (
            json!({"kind": "tool", "name": "X", "min_minutes": 120, "max_minutes": 60}),
            "invalid_policy",
        ),
        (
            json!({"kind": "tool", "name": "X", "borrowers": "friends"}),
            "invalid_policy",
        ),
    ];
    for (body, code) in cases {
        refused(&app, &ada.token, "/api/v1/resources", body, 422, code).await;
    }
    assert_eq!(app.rows("lending_resources").await, before);
}
