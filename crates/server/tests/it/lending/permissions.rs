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

/// The upkeep calls: blocks, breakdowns, ending a block, plans and trainings are the
/// stewards'; a borrower of the resource is refused like a stranger.
#[tokio::test]
async fn only_stewards_keep_a_resource_up() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&chen).member(&amara).await;
    let id = app
        .resource(
            &chen,
            json!({"name": "Car", "organization": "city", "quantity": 2}),
        )
        .await;
    // Bob borrows it: still no steward.
    book(&app, &bob, &id, slot(30, 31, 1), 201).await;
    let at = super::at;
    let r = app
        .check_roles(
            &ApiCall::post(
                format!("/api/v1/resources/{id}/blocks"),
                json!({"starts_at": at(2), "ends_at": at(3), "reason": "tyres"}),
            ),
            Some((&bob, 403)),
            (&chen, 201),
        )
        .await;
    let b: serde_json::Value = r.json().await.unwrap();
    let bid = b["id"].as_str().unwrap();
    app.check_roles(
        &ApiCall::act(format!("/api/v1/blocks/{bid}/end")),
        Some((&amara, 403)),
        (&chen, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(
            format!("/api/v1/resources/{id}/breakdowns"),
            json!({"quantity": 1, "reason": "dent"}),
        ),
        Some((&bob, 403)),
        (&chen, 201),
    )
    .await;
    app.check_roles(
        &ApiCall::put(
            format!("/api/v1/resources/{id}/maintenance-plan"),
            json!({"every_days": 30, "minutes": 60}),
        ),
        Some((&amara, 403)),
        (&chen, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(
            format!("/api/v1/resources/{id}/trainings"),
            json!({"person": "bob", "expires_at": at(24 * 30)}),
        ),
        Some((&bob, 403)),
        (&chen, 201),
    )
    .await;
    // The notices are one's own.
    let r = app
        .program()
        .get(app.url("/api/v1/me/notices"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
}

/// The upkeep forms of the resource's page: a steward's, refused to a borrower.
#[tokio::test]
async fn the_upkeep_forms_are_the_stewards() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(&chen, json!({"name": "Car", "quantity": 2}))
        .await;
    let steward = app.browser_of(&chen).await;
    let borrower = app.browser_of(&bob).await;
    let stranger = Some((&borrower, 403));
    let local = |h: i64| super::at(h)[..16].to_string();
    let (from, to) = (local(2), local(3));
    let r = app
        .check_form_roles(
            &format!("/resources/{id}/blocks"),
            &[
                ("block-starts_at", &from),
                ("block-ends_at", &to),
                ("block-quantity", "1"),
                ("block-reason", "tyres"),
            ],
            stranger,
            &steward,
        )
        .await;
    assert!(r.text().await.unwrap().contains("tyres"));
    app.check_form_roles(
        &format!("/resources/{id}/maintenance-plan"),
        &[
            ("plan-every_days", "30"),
            ("plan-every_uses", ""),
            ("plan-minutes", "90"),
        ],
        stranger,
        &steward,
    )
    .await;
    let r = app
        .check_form_roles(
            &format!("/resources/{id}/breakdowns"),
            &[("breakdown-quantity", "1"), ("breakdown-reason", "flat")],
            stranger,
            &steward,
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Out of order") && html.contains("until repaired"),
        "{html}"
    );
    let blocks = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/resources/{id}/blocks"),
            None,
            200,
        )
        .await;
    let broken = blocks
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["kind"] == "breakdown")
        .unwrap();
    let bid = broken["id"].as_str().unwrap();
    app.check_form_roles(&format!("/blocks/{bid}/end"), &[], stranger, &steward)
        .await;
}
