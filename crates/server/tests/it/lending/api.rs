//! Resources and reservations through the API: a pool fills and frees exactly, a buffer
//! holds the items after each loan, a clash names what is in the way and the next free
//! slot, approval, cancelling, check-out and return with notes, overdue and late loans,
//! the list with its paging and filters, and the journal's events.

use super::{at, book, holding, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn a_pool_of_two_takes_two_overlapping_bookings_and_refuses_the_third() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Camera kit", "quantity": 2, "buffer_minutes": 60}),
        )
        .await;
    let first = book(&app, &bob, &id, slot(24, 28, 1), 201).await;
    assert_eq!(first["state"], "confirmed");
    assert_eq!(first["borrower"], "bob");
    book(&app, &ada, &id, slot(26, 30, 1), 201).await;
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(27, 29, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "slot_taken").await;
    assert_eq!(p["conflicting_reservation"], first["id"]);
    // The first frees at 28 h plus its hour of buffer; the second at 31 h: the next two
    // hours that fit start at 29 h.
    assert_eq!(p["next_free_slot"]["starts_at"], at(29));
    assert_eq!(p["next_free_slot"]["ends_at"], at(31));
    assert!(
        p["detail"]
            .as_str()
            .unwrap()
            .contains(first["id"].as_str().unwrap())
    );
    // The buffer holds: 28 h to 29 h is still the first loan's.
    book(&app, &bob, &id, slot(28, 29, 2), 409).await;
    book(&app, &bob, &id, slot(29, 31, 1), 201).await;
    assert_eq!(holding(&app, &id).await, 3);

    let list = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}/reservations"),
            None,
            200,
        )
        .await;
    assert_eq!(list.as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn a_booking_that_needs_approval_waits_and_a_steward_lends_and_takes_it_back() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&chen).member(&amara).await;
    let id = app
        .resource(
            &chen,
            json!({"kind": "vehicle", "name": "Shared car", "organization": "city",
                   "approval_required": true, "condition": "clean"}),
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
    assert_eq!(r["steward"], "@city");
    assert_eq!(r["policy"]["approval_required"], true);

    let k = book(&app, &bob, &id, slot(2, 4, 1), 201).await;
    assert_eq!(k["state"], "pending");
    let kid = k["id"].as_str().unwrap();
    // Pending holds the car: no one else gets it meanwhile.
    book(&app, &amara, &id, slot(3, 5, 1), 409).await;
    // Only a steward approves or lends.
    app.call_as(
        Some(&amara),
        Method::POST,
        &format!("/api/v1/reservations/{kid}/approve"),
        None,
        403,
    )
    .await;
    let k = app
        .call_as(
            Some(&chen),
            Method::POST,
            &format!("/api/v1/reservations/{kid}/approve"),
            None,
            200,
        )
        .await;
    assert_eq!(k["state"], "confirmed");
    let out = app
        .post_as(
            &chen,
            &format!("/api/v1/reservations/{kid}/check-out"),
            json!({"note": "full battery, no scratches"}),
            200,
        )
        .await;
    assert_eq!(out["state"], "out");
    assert_eq!(out["out_note"], "full battery, no scratches");
    // Out: it cannot be cancelled any more, only returned.
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/reservations/{kid}/cancel")))
        .bearer_auth(&bob.token)
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "reservation_state").await;
    let back = app
        .post_as(
            &chen,
            &format!("/api/v1/reservations/{kid}/return"),
            json!({"note": "mud on the seats"}),
            200,
        )
        .await;
    assert_eq!(back["state"], "returned");
    assert_eq!(back["return_note"], "mud on the seats");
    assert_eq!(back["returned_late"], false);
    assert!(back["returned_at"].is_string());

    // The journal holds each step, in the city's record.
    let j = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=organization:city",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = j["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or(""))
        .collect();
    for kind in [
        "resource.created",
        "reservation.made",
        "reservation.approved",
        "reservation.checked_out",
        "reservation.returned",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[tokio::test]
async fn the_borrower_cancels_and_frees_the_slot_and_the_desk_shows_the_day() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app.resource(&ada, json!({"name": "Ladder"})).await;
    let k = book(&app, &bob, &id, slot(1, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap().to_string();
    book(&app, &ada, &id, slot(1, 3, 1), 409).await;
    let mine = app
        .call_as(
            Some(&bob),
            Method::GET,
            "/api/v1/me/reservations",
            None,
            200,
        )
        .await;
    assert_eq!(mine[0]["id"], kid.as_str());
    let c = app
        .call_as(
            Some(&bob),
            Method::POST,
            &format!("/api/v1/reservations/{kid}/cancel"),
            None,
            200,
        )
        .await;
    assert_eq!(c["state"], "cancelled");
    let again = book(&app, &ada, &id, slot(1, 3, 1), 201).await;
    assert_eq!(holding(&app, &id).await, 1);

    // The steward's desk: a booking that started within the last hour is out now,
    // overdue once its end passed; one due today waits to be handed over.
    let desk = app
        .call_as(Some(&ada), Method::GET, "/api/v1/me/desk", None, 200)
        .await;
    let ids = |key: &str| -> Vec<String> {
        desk[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    };
    let same_day =
        again["starts_at"].as_str().unwrap()[..10] == desk["day"].as_str().unwrap()[..10];
    let again_id = again["id"].as_str().unwrap().to_string();
    assert_eq!(ids("check_outs").contains(&again_id), same_day, "{desk}");
    assert!(ids("overdue").is_empty());
}

#[tokio::test]
async fn a_loan_out_past_its_end_is_overdue_and_its_late_return_shows() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(&ada, json!({"name": "Sander", "min_minutes": 1}))
        .await;
    // A booking that starts now and ends a minute after: the grace of a quarter hour lets
    // it start a moment ago.
    let now = time::OffsetDateTime::now_utc();
    let f = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let body = json!({"starts_at": f(now - time::Duration::minutes(5)), "ends_at": f(now - time::Duration::minutes(3))});
    let k = book(&app, &bob, &id, body, 201).await;
    let kid = k["id"].as_str().unwrap();
    app.post_as(
        &ada,
        &format!("/api/v1/reservations/{kid}/check-out"),
        json!({}),
        200,
    )
    .await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/reservations/{kid}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["overdue"], true);
    let desk = app
        .call_as(Some(&ada), Method::GET, "/api/v1/me/desk", None, 200)
        .await;
    assert_eq!(desk["overdue"][0]["id"], kid);
    // Out past its end, the loan still holds the sander up to the present: a search from
    // now does not offer it (and, once it is back, does).
    let search = format!(
        "/api/v1/resources/available?q=sander&from={}&to={}",
        f(now),
        f(now + time::Duration::minutes(30))
    );
    let found = app.call_as(None, Method::GET, &search, None, 200).await;
    assert_eq!(found, json!([]), "{found}");
    let back = app
        .post_as(
            &ada,
            &format!("/api/v1/reservations/{kid}/return"),
            json!({"note": "ok"}),
            200,
        )
        .await;
    assert_eq!(back["returned_late"], true);
    assert_eq!(back["overdue"], false);
    let found = app.call_as(None, Method::GET, &search, None, 200).await;
    assert_eq!(found[0]["id"], id.as_str(), "{found}");
    // Back on the shelf: free again.
    let later = json!({"starts_at": f(now + time::Duration::minutes(1)), "ends_at": f(now + time::Duration::minutes(30))});
    book(&app, &bob, &id, later, 201).await;
}

#[tokio::test]
async fn the_catalogue_pages_and_filters_by_kind_and_text() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    for (kind, name) in [
        ("tool", "Drill A"),
        ("tool", "Drill B"),
        ("vehicle", "Cargo bike"),
        ("space", "Meeting room"),
    ] {
        app.resource(
            &ada,
            json!({"kind": kind, "name": name, "place": "Via del Porto"}),
        )
        .await;
    }
    let p1 = app
        .call_as(None, Method::GET, "/api/v1/resources?limit=3", None, 200)
        .await;
    let names: Vec<&str> = p1["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Cargo bike", "Drill A", "Drill B"]);
    assert_eq!(p1["items"][0]["quantity"], 1);
    assert!(p1["items"][0]["id"].is_string());
    let next = p1["next"].as_str().unwrap();
    let p2 = app.call_as(None, Method::GET, next, None, 200).await;
    assert_eq!(p2["items"][0]["name"], "Meeting room");
    assert!(p2["next"].is_null());
    let tools = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/resources?kind=tool&q=drill",
            None,
            200,
        )
        .await;
    assert_eq!(tools["items"].as_array().unwrap().len(), 2);
    let r = app
        .program()
        .get(app.url("/api/v1/resources?kind=spaceship"))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_resource_kind").await;
}
