//! Waiting lists: joining a taken slot (never a free one), the first waiting offered a
//! hold when a cancellation frees it, the offer taken before its pickup time or lapsing
//! to the next, notices and positions; who may do what.

use super::{book, slot};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

async fn my_waits(app: &TestApp, who: &crate::support::Person) -> Value {
    app.call_as(Some(who), Method::GET, "/api/v1/me/waits", None, 200)
        .await
}

/// Moves every offer's pickup time into the past, as if it had not been taken in time.
async fn let_offers_run_out(app: &TestApp) {
    app.state
        .db
        .write(|c| {
            use diesel::RunQueryDsl;
            diesel::sql_query(
                "UPDATE lending_waits SET pickup_by = offered_at - 1000 WHERE state = 'offered'",
            )
            .execute(c)
            .map_err(commonfare::error::AppError::internal)?;
            Ok(())
        })
        .await
        .expect("update");
}

#[tokio::test]
async fn a_freed_slot_goes_to_the_first_waiting_and_lapses_to_the_next() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app
        .resource(&chen, json!({"name": "Cargo bike", "buffer_minutes": 0}))
        .await;
    app.call_as(
        Some(&chen),
        Method::PUT,
        &format!("/api/v1/resources/{id}/policy"),
        Some(json!({"pickup_hours": 2})),
        200,
    )
    .await;
    let held = book(&app, &ada, &id, slot(3, 5, 1), 201).await;
    book(&app, &bob, &id, slot(3, 5, 1), 409).await;
    // Joining: anyone signed in (anonymous 401); bob first, eve second.
    let path = format!("/api/v1/resources/{id}/waits");
    let r = app
        .check_roles(&ApiCall::post(&path, slot(3, 5, 1)), None, (&bob, 201))
        .await;
    let bobs: Value = r.json().await.unwrap();
    assert_eq!(
        (bobs["state"].as_str(), bobs["position"].as_i64()),
        (Some("waiting"), Some(1))
    );
    let eves = app.post_as(&eve, &path, slot(4, 5, 1), 201).await;
    assert_eq!(eves["position"], 2);
    // A free slot is booked, not waited for.
    let r = app.post_as(&eve, &path, slot(8, 9, 1), 409).await;
    assert_eq!(r["code"], "slot_free");

    // Ada cancels: bob, first, is offered the slot; eve still waits, now first.
    app.post_as(
        &ada,
        &format!(
            "/api/v1/reservations/{}/cancel",
            held["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    let mine = my_waits(&app, &bob).await;
    assert_eq!(mine[0]["state"], "offered", "{mine}");
    assert!(mine[0]["pickup_by"].is_string());
    let notices = app
        .call_as(Some(&bob), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(notices[0]["kind"], "offered", "{notices}");
    assert_eq!(my_waits(&app, &eve).await[0]["position"], 1);
    // The offer holds the item: nobody books over it.
    book(&app, &eve, &id, slot(4, 5, 1), 409).await;
    let html = app
        .page(&app.browser_of(&bob).await, "/me/reservations")
        .await;
    assert!(
        html.contains("/waits/") && html.contains("Take it"),
        "{html}"
    );

    // Not taken in time: taking is refused, the sweep lapses it, eve is offered it.
    let_offers_run_out(&app).await;
    let take = format!("/api/v1/waits/{}/take", bobs["id"].as_str().unwrap());
    let r = app.post_as(&bob, &take, json!({}), 409).await;
    assert_eq!(r["code"], "offer_lapsed");
    // (The server's own sweep may have come first: at most one lapses, once.)
    assert!(commonfare::lending::sweep_waits(&app.state).await.unwrap() <= 1);
    assert_eq!(
        commonfare::lending::sweep_waits(&app.state).await.unwrap(),
        0
    );
    assert_eq!(my_waits(&app, &bob).await[0]["state"], "lapsed");
    let notices = app
        .call_as(Some(&bob), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(notices[0]["kind"], "lapsed", "{notices}");
    let offer = &my_waits(&app, &eve).await[0];
    assert_eq!(offer["state"], "offered", "{offer}");
    // Taking: anonymous 401, someone else 403, the one offered 200; then a booking.
    let take = format!("/api/v1/waits/{}/take", offer["id"].as_str().unwrap());
    let r = app
        .check_roles(&ApiCall::act(&take), Some((&bob, 403)), (&eve, 200))
        .await;
    let k: Value = r.json().await.unwrap();
    assert_eq!(k["state"], "confirmed");
    app.post_as(&eve, &take, json!({}), 409).await;
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' AND state IN ('pending', 'confirmed', 'out', 'offered')"
        ))
        .await,
        1
    );
    // Journal: joined twice, offered twice, lapsed once, taken once.
    for (kind, n) in [
        ("resource.wait_joined", 2),
        ("reservation.offered", 2),
        ("reservation.lapsed", 1),
        ("reservation.taken", 1),
    ] {
        assert_eq!(
            app.count(format!(
                "SELECT COUNT(*) AS n FROM journal WHERE kind = '{kind}'"
            ))
            .await,
            n,
            "{kind}"
        );
    }
}

#[tokio::test]
async fn leaving_a_list_is_the_waiting_person_s_or_a_steward_s() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Camera"})).await;
    let held = book(&app, &ada, &id, slot(3, 5, 1), 201).await;
    let path = format!("/api/v1/resources/{id}/waits");
    let w = app.post_as(&bob, &path, slot(3, 5, 1), 201).await;
    let leave = format!("/api/v1/waits/{}/leave", w["id"].as_str().unwrap());
    // Anonymous 401, a stranger 403, the borrower in the way 403, bob 200.
    app.post_as(&ada, &leave, json!({}), 403).await;
    let r = app
        .check_roles(&ApiCall::act(&leave), Some((&eve, 403)), (&bob, 200))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["state"], "left");
    app.post_as(&bob, &leave, json!({}), 409).await;
    // A steward takes someone off the list; an offer given up goes to the next.
    let w = app.post_as(&eve, &path, slot(3, 5, 1), 201).await;
    let b = app.post_as(&bob, &path, slot(3, 5, 1), 201).await;
    app.post_as(
        &ada,
        &format!(
            "/api/v1/reservations/{}/cancel",
            held["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    assert_eq!(my_waits(&app, &eve).await[0]["state"], "offered");
    app.post_as(
        &chen,
        &format!("/api/v1/waits/{}/leave", w["id"].as_str().unwrap()),
        json!({}),
        200,
    )
    .await;
    let bobs = my_waits(&app, &bob).await;
    let now = bobs
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == b["id"])
        .unwrap();
    assert_eq!(now["state"], "offered", "{bobs}");
    // A missing place is a 404.
    app.post_as(&bob, "/api/v1/waits/nope/take", json!({}), 404)
        .await;
}

/// Without JavaScript: a refused booking form offers the waiting list (its values kept),
/// the list shows the place on one's reservations page, and the buttons there leave it.
#[tokio::test]
async fn a_refused_booking_form_offers_the_waiting_list() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app.resource(&chen, json!({"name": "Camera"})).await;
    book(&app, &ada, &id, slot(3, 5, 1), 201).await;
    // Times in UTC, the viewer's zone by default.
    let local = |h: i64| super::at(h)[..16].to_string();
    let (from, to) = (local(3), local(5));
    let fields = [
        ("starts_at", from.as_str()),
        ("ends_at", to.as_str()),
        ("quantity", "1"),
    ];
    let browser = app.browser_of(&bob).await;
    let page = format!("/resources/{id}");
    let r = app
        .post_form(
            &browser,
            &page,
            &format!("/resources/{id}/reservations"),
            &fields,
        )
        .await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(
        html.contains(&format!("formaction=\"/resources/{id}/waits\"")) && html.contains(&from),
        "{html}"
    );
    // Anonymous 401; the steward may wait too, but here bob joins.
    let r = app
        .check_form_roles(&format!("/resources/{id}/waits"), &fields, None, &browser)
        .await;
    let html = r.text().await.unwrap();
    assert!(
        html.contains("First in line") && html.contains("Leave the list"),
        "{html}"
    );
    let w = &my_waits(&app, &bob).await[0];
    let leave = format!("/waits/{}/leave", w["id"].as_str().unwrap());
    let r = app
        .post_form(&browser, "/me/reservations", &leave, &[])
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(my_waits(&app, &bob).await[0]["state"], "left");
}

/// Taking an offer weighs the limits per person again, beside what the person booked
/// while waiting: a refusal names the rule and writes nothing, the offer stays open until
/// its pickup time, and once they make room, taking it succeeds.
#[tokio::test]
async fn taking_an_offer_keeps_to_the_limits_per_person() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bike = app
        .resource(&chen, json!({"name": "Cargo bike", "buffer_minutes": 0}))
        .await;
    let drill = app
        .resource(&chen, json!({"name": "Drill", "buffer_minutes": 0}))
        .await;
    app.call_as(
        Some(&chen),
        Method::PUT,
        &format!("/api/v1/resources/{bike}/policy"),
        Some(json!({"max_items": 1})),
        200,
    )
    .await;
    let held = book(&app, &ada, &bike, slot(3, 5, 1), 201).await;
    let wait = app
        .post_as(
            &bob,
            &format!("/api/v1/resources/{bike}/waits"),
            slot(3, 5, 1),
            201,
        )
        .await;
    // While waiting, bob books a drill from the same library over the same hours.
    let drilling = book(&app, &bob, &drill, slot(4, 6, 1), 201).await;
    app.post_as(
        &ada,
        &format!(
            "/api/v1/reservations/{}/cancel",
            held["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    assert_eq!(my_waits(&app, &bob).await[0]["state"], "offered");
    let take = format!("/api/v1/waits/{}/take", wait["id"].as_str().unwrap());
    let before = app.journal_len().await;
    let r = app.post_as(&bob, &take, json!({}), 409).await;
    assert_eq!(r["code"], "limit_items_at_once", "{r}");
    assert_eq!(app.journal_len().await, before, "a refusal writes nothing");
    assert_eq!(
        my_waits(&app, &bob).await[0]["state"],
        "offered",
        "the offer stays until its pickup time"
    );
    // The page says the same, in the signed-in layout.
    let browser = app.browser_of(&bob).await;
    let r = app
        .post_form(
            &browser,
            "/me/reservations",
            &format!("/waits/{}/take", wait["id"].as_str().unwrap()),
            &[],
        )
        .await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(html.contains("action=\"/signout\""), "{html}");
    assert!(html.contains("the limit is 1 per person"), "{html}");
    // Bob gives the drill back before it starts; now the offer is his.
    app.post_as(
        &bob,
        &format!(
            "/api/v1/reservations/{}/cancel",
            drilling["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    let k = app.post_as(&bob, &take, json!({}), 200).await;
    assert_eq!(k["state"], "confirmed");
}

/// Joining a list honours the lead time as booking does (stewards exempt); an offer made
/// to someone waiting is theirs to take even when its slot now starts sooner than the
/// lead time: they were waiting, and the offer's pickup time is the rule that binds.
#[tokio::test]
async fn joining_a_list_needs_the_lead_time_and_taking_an_offer_does_not() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(&chen, json!({"name": "Shared car", "buffer_minutes": 0}))
        .await;
    let policy = format!("/api/v1/resources/{id}/policy");
    let set_lead = |minutes: i64| {
        app.call_as(
            Some(&chen),
            Method::PUT,
            &policy,
            Some(json!({"lead_minutes": minutes})),
            200,
        )
    };
    set_lead(180).await;
    let waits =
        |id: &str| format!("SELECT COUNT(*) AS n FROM lending_waits WHERE resource_id = '{id}'");
    // The steward takes the car in an hour (exempt); bob may not wait for that slot: it
    // starts sooner than three hours from now. Nothing written.
    book(&app, &chen, &id, slot(1, 2, 1), 201).await;
    let path = format!("/api/v1/resources/{id}/waits");
    let r = app.post_as(&bob, &path, slot(1, 2, 1), 422).await;
    assert_eq!(r["code"], "short_notice", "{r}");
    assert!(r["detail"].as_str().unwrap().contains("earliest"), "{r}");
    assert_eq!(app.count(waits(&id)).await, 0);
    // The steward may wait at any notice, as they may book.
    app.post_as(&chen, &path, slot(1, 2, 1), 201).await;

    // With enough notice bob waits behind ada; then the lead time grows past the slot's
    // start, and ada cancels: the offer to bob may still be taken.
    let held = book(&app, &ada, &id, slot(5, 6, 1), 201).await;
    let bobs = app.post_as(&bob, &path, slot(5, 6, 1), 201).await;
    set_lead(8 * 60).await;
    app.post_as(
        &ada,
        &format!(
            "/api/v1/reservations/{}/cancel",
            held["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    let take = format!("/api/v1/waits/{}/take", bobs["id"].as_str().unwrap());
    let k = app.post_as(&bob, &take, json!({}), 200).await;
    assert_eq!(k["state"], "confirmed", "{k}");
    // A new booking of such a slot is refused all the same.
    let r = book(&app, &bob, &id, slot(6, 7, 1), 422).await;
    assert_eq!(r["code"], "short_notice", "{r}");
}
