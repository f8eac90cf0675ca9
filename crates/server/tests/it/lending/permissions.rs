//! Who may do what in lending, through the shared role check: every mutating call tried
//! anonymously (401), as a stranger (403 where one is refused) and as the rightful role.

use super::{book, slot};
use crate::support::{ApiCall, TestApp};
use serde_json::json;

#[tokio::test]
async fn every_lending_call_checks_who_asks() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&chen).member(&amara).await;

    // Creating a resource for an organization: its admins only.
    let body = json!({"kind": "tool", "name": "Drill", "organization": "city", "quantity": 2});
    let r = app
        .check_roles(
            &ApiCall::post("/api/v1/resources", body),
            Some((&amara, 403)),
            (&chen, 201),
        )
        .await;
    let v: serde_json::Value = r.json().await.unwrap();
    let id = v["id"].as_str().unwrap().to_string();

    // Booking: anyone signed in for an open resource...
    let reserve = format!("/api/v1/resources/{id}/reservations");
    app.check_roles(&ApiCall::post(&reserve, slot(2, 3, 1)), None, (&bob, 201))
        .await;
    // ...members only for a members' resource.
    let members = app
        .resource(
            &chen,
            json!({"name": "Laser", "organization": "city", "borrowers": "members"}),
        )
        .await;
    let path = format!("/api/v1/resources/{members}/reservations");
    app.check_roles(
        &ApiCall::post(&path, slot(2, 3, 1)),
        Some((&bob, 403)),
        (&amara, 201),
    )
    .await;

    // Approve, check out, return: stewards; cancel: the borrower (or a steward).
    let pending = app
        .resource(
            &chen,
            json!({"name": "Car", "organization": "city", "approval_required": true}),
        )
        .await;
    let k = book(&app, &bob, &pending, slot(4, 5, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    let at = |a: &str| format!("/api/v1/reservations/{kid}/{a}");
    app.check_roles(
        &ApiCall::act(at("approve")),
        Some((&bob, 403)),
        (&chen, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(at("check-out"), json!({"note": "ok"})),
        Some((&bob, 403)),
        (&chen, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(at("return"), json!({"note": "ok"})),
        Some((&amara, 403)),
        (&chen, 200),
    )
    .await;
    let k = book(&app, &bob, &id, slot(6, 7, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    app.check_roles(
        &ApiCall::act(format!("/api/v1/reservations/{kid}/cancel")),
        Some((&eve, 403)),
        (&bob, 200),
    )
    .await;
    // A steward cancels too.
    let k = book(&app, &bob, &id, slot(8, 9, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    app.check_roles(
        &ApiCall::act(format!("/api/v1/reservations/{kid}/cancel")),
        Some((&amara, 403)),
        (&chen, 200),
    )
    .await;
    // Retiring: stewards only.
    app.check_roles(
        &ApiCall::act(format!("/api/v1/resources/{id}/retire")),
        Some((&amara, 403)),
        (&chen, 200),
    )
    .await;
}
