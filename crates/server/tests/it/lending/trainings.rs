//! Trainings: a resource whose policy asks for one is booked only by people a steward
//! recorded as trained (until an expiry); the refusal says which training and whom to
//! ask; only stewards record them.

use super::{book, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

fn in_days(days: i64) -> String {
    let t = jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * days);
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[tokio::test]
async fn a_machine_that_needs_a_training_is_booked_by_the_trained_only() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.org("makers")
        .admin(&amara)
        .member(&bob)
        .member(&eve)
        .await;
    let id = app
        .resource(
            &amara,
            json!({"name": "Laser cutter", "kind": "machine", "organization": "makers",
                   "training_required": true}),
        )
        .await;
    let r = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(r["policy"]["training_required"], true);

    // Untrained: a 403 that names the training and whom to ask; nothing written.
    let before = app.journal_len().await;
    let resp = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(2, 3, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(resp, 403, "training_required").await;
    let detail = p["detail"].as_str().unwrap();
    assert!(
        detail.contains("Laser cutter") && detail.contains("@makers"),
        "{detail}"
    );
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("lending_reservations").await, 0);

    // A steward records it; then Bob books, Eve still may not.
    let trainings = format!("/api/v1/resources/{id}/trainings");
    let t = app
        .post_as(
            &amara,
            &trainings,
            json!({"person": "@bob", "expires_at": in_days(30)}),
            201,
        )
        .await;
    assert_eq!(
        (t["person"].as_str(), t["trained_by"].as_str()),
        (Some("bob"), Some("amara"))
    );
    book(&app, &bob, &id, slot(2, 3, 1), 201).await;
    book(&app, &eve, &id, slot(4, 5, 1), 403).await;
    // The steward books without one.
    book(&app, &amara, &id, slot(6, 7, 1), 201).await;
    let listed = app.call_as(None, Method::GET, &trainings, None, 200).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // A training that ends before the booking does is not enough, and says it expired.
    app.post_as(
        &amara,
        &trainings,
        json!({"person": "eve", "expires_at": in_days(1)}),
        201,
    )
    .await;
    let resp = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&eve.token)
        .json(&slot(48, 49, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(resp, 403, "training_required").await;
    assert!(p["detail"].as_str().unwrap().contains("expired"), "{p}");

    // Bad records: in the past, without a zone, of nobody; nothing written.
    let before = (app.journal_len().await, app.rows("lending_trainings").await);
    for (body, status, code) in [
        (
            json!({"person": "bob", "expires_at": "2020-01-01T00:00:00Z"}),
            422,
            "expiry_in_past",
        ),
        (
            json!({"person": "bob", "expires_at": "2030-01-01T00:00:00"}),
            422,
            "time_without_zone",
        ),
        (
            json!({"person": "nobody", "expires_at": in_days(9)}),
            404,
            "not_found",
        ),
        (
            json!({"person": "", "expires_at": in_days(9)}),
            422,
            "missing_field",
        ),
    ] {
        let r = app
            .program()
            .post(app.url(&trainings))
            .bearer_auth(&amara.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(
        before,
        (app.journal_len().await, app.rows("lending_trainings").await)
    );
}

#[tokio::test]
async fn the_steward_records_a_training_on_the_page_and_the_borrower_sees_they_need_one() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app
        .resource(
            &amara,
            json!({"name": "Laser cutter", "kind": "machine", "training_required": true}),
        )
        .await;
    let page = format!("/resources/{id}");
    let bobs = app.browser_of(&bob).await;
    let html = app.page(&bobs, &page).await;
    assert!(
        html.contains("Booking it needs a training") && html.contains("@amara"),
        "{html}"
    );
    let steward = app.browser_of(&amara).await;
    let html = app.page(&steward, &page).await;
    assert!(html.contains("Record a training"), "{html}");
    let day = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 90))
        .strftime("%Y-%m-%d")
        .to_string();
    let action = format!("/resources/{id}/trainings");
    let fields = [
        ("training-person", "bob"),
        ("training-expires", day.as_str()),
    ];
    let eves = app.browser_of(&eve).await;
    let r = app
        .check_form_roles(&action, &fields, Some((&eves, 403)), &steward)
        .await;
    assert!(r.text().await.unwrap().contains("@bob"));
    let html = app.page(&bobs, &page).await;
    assert!(html.contains("You are trained on it until"), "{html}");
    // Nobody of that name: shown again beside the field.
    let r = app
        .post_form(
            &steward,
            &page,
            &action,
            &[
                ("training-person", "nobody"),
                ("training-expires", day.as_str()),
            ],
        )
        .await;
    assert_eq!(r.status(), 404);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("aria-invalid=\"true\"") && html.contains("value=\"nobody\""),
        "{html}"
    );
}

#[tokio::test]
async fn a_training_on_a_class_holds_for_every_machine_of_that_steward() {
    let app = TestApp::spawn().await;
    let amara = app.person("amara").await;
    let chen = app.person("chen").await;
    let eve = app.person("eve").await;
    let machine = |name: &str| json!({"name": name, "kind": "machine", "training_required": true});
    let laser = app.resource(&amara, machine("Laser cutter")).await;
    let lathe = app.resource(&amara, machine("Lathe")).await;
    let drill = app
        .resource(
            &amara,
            json!({"name": "Drill press", "kind": "tool", "training_required": true}),
        )
        .await;
    let elsewhere = app.resource(&chen, machine("CNC router")).await;
    let t = app
        .post_as(
            &amara,
            &format!("/api/v1/resources/{laser}/trainings"),
            json!({"person": "eve", "expires_at": in_days(60), "class": true}),
            201,
        )
        .await;
    assert_eq!(t["class"], "machine");
    book(&app, &eve, &laser, slot(2, 3, 1), 201).await;
    book(&app, &eve, &lathe, slot(2, 3, 1), 201).await;
    book(&app, &eve, &drill, slot(2, 3, 1), 403).await;
    book(&app, &eve, &elsewhere, slot(2, 3, 1), 403).await;
    let listed = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{lathe}/trainings"),
            None,
            200,
        )
        .await;
    assert_eq!(listed[0]["person"], "eve");
    assert_eq!(listed[0]["class"], "machine");
}
