//! A library's upkeep: maintenance blocks that bookings go around (409 `slot_blocked`
//! naming the block) and that show in the feed, breakdowns that move or cancel the
//! reservations in the way and tell each borrower, repairs, and maintenance plans that
//! place the next block at a check-out or return.

use super::{at, book, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

async fn events(app: &TestApp, kind: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM journal WHERE kind = '{kind}'"
    ))
    .await
}

#[tokio::test]
async fn a_maintenance_block_is_booked_around_and_shows_in_the_feed() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(&ada, json!({"name": "Cargo bike", "kind": "vehicle"}))
        .await;
    let blocks = format!("/api/v1/resources/{id}/blocks");
    let b = app
        .post_as(
            &ada,
            &blocks,
            json!({"starts_at": at(10), "ends_at": at(14), "reason": "brake pads"}),
            201,
        )
        .await;
    let bid = b["id"].as_str().unwrap().to_string();
    assert_eq!(b["kind"], "maintenance");
    assert_eq!(b["ends_at"], at(14).as_str());
    assert_eq!(events(&app, "resource.blocked").await, 1);

    // A booking over it is refused, naming the block and the next free slot.
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(12, 13, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "slot_blocked").await;
    assert_eq!(p["conflicting_block"], bid.as_str(), "{p}");
    assert!(p.get("conflicting_reservation").is_none(), "{p}");
    assert_eq!(p["next_free_slot"]["starts_at"], at(14).as_str(), "{p}");
    // Beside it is free.
    book(&app, &bob, &id, slot(14, 15, 1), 201).await;
    // A second block over a reservation is refused like a booking.
    let r = app
        .program()
        .post(app.url(&blocks))
        .bearer_auth(&ada.token)
        .json(&json!({"starts_at": at(14), "ends_at": at(16)}))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "slot_taken").await;
    assert!(p["conflicting_reservation"].is_string(), "{p}");

    // The feed holds the block, and the API lists it.
    let ics = app
        .program()
        .get(app.url(&format!("/api/v1/resources/{id}/calendar.ics")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("UID:{bid}@commonfare")), "{ics}");
    assert!(
        unfolded.contains("SUMMARY:Cargo bike — maintenance × 1"),
        "{ics}"
    );
    assert!(unfolded.contains("DESCRIPTION:brake pads"), "{ics}");
    let listed = app.call_as(None, Method::GET, &blocks, None, 200).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // Ended early: the slot is free again; ending twice is a 409.
    let end = format!("/api/v1/blocks/{bid}/end");
    app.call_as(Some(&ada), Method::POST, &end, None, 200).await;
    let r = app
        .program()
        .post(app.url(&end))
        .bearer_auth(&ada.token)
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "block_ended").await;
    book(&app, &bob, &id, slot(11, 13, 1), 201).await;
    let ics = app
        .program()
        .get(app.url(&format!("/api/v1/resources/{id}/calendar.ics")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !ics.contains(&bid),
        "a block lifted before it began leaves the feed"
    );
}

#[tokio::test]
async fn a_breakdown_moves_what_fits_cancels_the_rest_and_tells_each_borrower() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let dee = app.person("dee").await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Shared car", "kind": "vehicle", "quantity": 2, "horizon_days": 2}),
        )
        .await;
    // Two cars: Bob's and Cy's overlap; Dee's needs both.
    let bobs = book(&app, &bob, &id, slot(5, 10, 1), 201).await;
    let cys = book(&app, &cy, &id, slot(6, 8, 1), 201).await;
    let dees = book(&app, &dee, &id, slot(20, 22, 2), 201).await;
    let before = app.journal_len().await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/resources/{id}/breakdowns"),
            json!({"quantity": 1, "reason": "battery fault"}),
            201,
        )
        .await;
    // One car left: Bob keeps his slot, Cy moves to when Bob's car is back, Dee's two
    // cars cannot be had before the repair: cancelled.
    assert_eq!(r["block"]["kind"], "breakdown");
    assert!(r["block"]["ends_at"].is_null(), "until repaired: {r}");
    let moved = r["moved"].as_array().unwrap();
    let cancelled = r["cancelled"].as_array().unwrap();
    assert_eq!(moved.len(), 1, "{r}");
    assert_eq!(moved[0]["id"], cys["id"]);
    assert_eq!(moved[0]["starts_at"], at(10).as_str());
    assert_eq!(moved[0]["ends_at"], at(12).as_str());
    assert_eq!(cancelled.len(), 1, "{r}");
    assert_eq!(cancelled[0]["id"], dees["id"]);
    assert_eq!(cancelled[0]["state"], "cancelled");
    // One event per change: the breakdown, the move, the cancellation.
    assert_eq!(app.journal_len().await, before + 3);
    assert_eq!(events(&app, "resource.broke_down").await, 1);
    assert_eq!(events(&app, "reservation.moved").await, 1);
    let bob_now = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/reservations/{}", bobs["id"].as_str().unwrap()),
            None,
            200,
        )
        .await;
    assert_eq!(bob_now["starts_at"], bobs["starts_at"]);

    // Each borrower is told, in the API and on their page.
    let n = app
        .call_as(Some(&cy), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(n[0]["kind"], "moved");
    assert_eq!(n[0]["was_starts_at"], at(6).as_str());
    assert_eq!(n[0]["starts_at"], at(10).as_str());
    assert_eq!(n[0]["reason"], "battery fault");
    let n = app
        .call_as(Some(&dee), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(n[0]["kind"], "cancelled");
    let n = app
        .call_as(Some(&bob), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(n.as_array().unwrap().len(), 0);
    let browser = app.browser_of(&cy).await;
    let html = app.page(&browser, "/me/reservations").await;
    assert!(
        html.contains("a breakdown moved your reservation") && html.contains("battery fault"),
        "{html}"
    );

    // The steward's desk shows the car out of order, in the API and on the page.
    let desk = app
        .call_as(Some(&ada), Method::GET, "/api/v1/me/desk", None, 200)
        .await;
    assert_eq!(desk["maintenance"][0]["kind"], "breakdown", "{desk}");
    assert_eq!(desk["maintenance"][0]["resource_name"], "Shared car");
    let html = app.page(&app.browser_of(&ada).await, "/desk").await;
    let title = html.split("</title>").next().unwrap();
    assert!(
        !title.contains("battery fault"),
        "the blocks belong in the body: {title}"
    );
    assert!(
        html.contains("Out of order") && html.contains("battery fault"),
        "{html}"
    );

    // Until repaired, one car only; repaired, two again.
    book(&app, &dee, &id, slot(30, 31, 2), 409).await;
    let blocks = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}/blocks"),
            None,
            200,
        )
        .await;
    let bid = blocks[0]["id"].as_str().unwrap();
    let ended = app
        .call_as(
            Some(&ada),
            Method::POST,
            &format!("/api/v1/blocks/{bid}/end"),
            None,
            200,
        )
        .await;
    assert!(ended["ended_at"].is_string());
    book(&app, &dee, &id, slot(30, 31, 2), 201).await;
    assert_eq!(events(&app, "resource.block_ended").await, 1);
}

#[tokio::test]
async fn a_plan_places_the_next_block_when_its_uses_come_round() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app.resource(&ada, json!({"name": "Sander"})).await;
    let plan = format!("/api/v1/resources/{id}/maintenance-plan");
    let p = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &plan,
            Some(json!({"every_uses": 2, "minutes": 60})),
            200,
        )
        .await;
    assert_eq!(
        (p["every_uses"].as_i64(), p["uses"].as_i64()),
        (Some(2), Some(0))
    );
    for round in 0..2 {
        let k = book(&app, &bob, &id, slot(round * 3 + 1, round * 3 + 2, 1), 201).await;
        let kid = k["id"].as_str().unwrap();
        for step in ["check-out", "return"] {
            app.post_as(
                &ada,
                &format!("/api/v1/reservations/{kid}/{step}"),
                json!({"note": "ok"}),
                200,
            )
            .await;
        }
        let placed = app.rows("lending_blocks").await;
        assert_eq!(placed, round, "a block after the second return only");
    }
    let blocks = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}/blocks"),
            None,
            200,
        )
        .await;
    assert_eq!(blocks[0]["kind"], "maintenance");
    assert_eq!(blocks[0]["reason"], "maintenance plan");
    // Neither days nor uses: refused, nothing written.
    let r = app
        .program()
        .put(app.url(&plan))
        .bearer_auth(&ada.token)
        .json(&json!({"minutes": 60}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_policy").await;
}

#[tokio::test]
async fn blocks_and_breakdowns_that_make_no_sense_are_refused_and_write_nothing() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let id = app
        .resource(&ada, json!({"name": "Van", "quantity": 2}))
        .await;
    let blocks = format!("/api/v1/resources/{id}/blocks");
    let broke = format!("/api/v1/resources/{id}/breakdowns");
    let cases = [
        (
            &blocks,
            json!({"starts_at": at(5), "ends_at": at(3)}),
            422,
            "empty_interval",
        ),
        (
            &blocks,
            json!({"starts_at": at(3), "ends_at": at(3)}),
            422,
            "empty_interval",
        ),
        (
            &blocks,
            json!({"starts_at": "2030-01-01T10:00:00", "ends_at": at(3)}),
            422,
            "time_without_zone",
        ),
        (
            &blocks,
            json!({"starts_at": at(3), "ends_at": "+10000-01-01T00:00:00Z"}),
            422,
            "time_out_of_range",
        ),
        (
            &blocks,
            json!({"starts_at": at(3), "ends_at": at(4), "quantity": 0}),
            422,
            "invalid_quantity",
        ),
        (
            &blocks,
            json!({"starts_at": at(3), "ends_at": at(4), "quantity": 3}),
            422,
            "invalid_quantity",
        ),
        (
            &blocks,
            json!({"starts_at": at(-5), "ends_at": at(-4)}),
            422,
            "starts_in_past",
        ),
        (&broke, json!({"quantity": 0}), 422, "invalid_quantity"),
        (
            &broke,
            json!({"quantity": 1, "reason": "x".repeat(500)}),
            422,
            "too_long",
        ),
        (
            &broke,
            json!({"quantity": 1, "colour": "red"}),
            422,
            "invalid_fields",
        ),
    ];
    let before = (app.journal_len().await, app.rows("lending_blocks").await);
    for (path, body, status, code) in cases {
        let r = app
            .program()
            .post(app.url(path))
            .bearer_auth(&ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(r, status, code).await;
    }
    assert_eq!(
        before,
        (app.journal_len().await, app.rows("lending_blocks").await)
    );
    // Unknown things: 404.
    let r = app
        .program()
        .post(app.url("/api/v1/blocks/nope/end"))
        .bearer_auth(&ada.token)
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;
}
