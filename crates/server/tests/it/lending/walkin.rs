//! Walk-in loans at the desk: a steward lends items now to someone who walked in,
//! booked through the same availability as every reservation and checked out at once.
//! The race of a walk-in and a booking for the last item is in `races.rs`.

use super::{at, book, holding, slot};
use crate::support::{ApiCall, TestApp, expect_problem};
use serde_json::{Value, json};

/// The end of the loan for the desk test: two hours from now, or just before the end of
/// today (UTC) when that comes first, since the desk lists the loans due back today. In
/// the last five minutes of a day it waits for the next one, so that the loan is never
/// shorter than the policy's minimum nor already over.
async fn due_today() -> String {
    let mut now = time::OffsetDateTime::now_utc();
    let midnight = (now + time::Duration::days(1)).replace_time(time::Time::MIDNIGHT);
    if midnight - now < time::Duration::minutes(5) {
        let wait = midnight - now + time::Duration::seconds(1);
        tokio::time::sleep(std::time::Duration::from_millis(
            wait.whole_milliseconds() as u64
        ))
        .await;
        now = time::OffsetDateTime::now_utc();
    }
    let midnight = (now + time::Duration::days(1)).replace_time(time::Time::MIDNIGHT)
        - time::Duration::minutes(1);
    let end = (now + time::Duration::hours(2)).min(midnight);
    end.replace_nanosecond(0)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

fn ids(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn a_walk_in_is_lent_at_once_and_shows_out_on_the_desk_and_in_the_borrowers_loans() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    app.org("tools").admin(&chen).member(&amara).await;
    // Members only, with a day's notice: the borrower's rule applies, the notice does
    // not (a steward acts).
    let drill = app
        .resource(
            &chen,
            json!({"name": "Drill", "organization": "tools", "quantity": 2,
                   "borrowers": "members", "min_minutes": 1}),
        )
        .await;
    app.call_as(
        Some(&chen),
        reqwest::Method::PUT,
        &format!("/api/v1/resources/{drill}/policy"),
        Some(json!({"lead_minutes": 1440})),
        200,
    )
    .await;
    let before = app.journal_len().await;
    let k = app
        .post_as(
            &chen,
            &format!("/api/v1/resources/{drill}/loans"),
            json!({"borrower": "@amara", "ends_at": due_today().await, "quantity": 2,
                   "condition": "battery full, one bit chipped"}),
            201,
        )
        .await;
    assert_eq!(k["state"], "out", "{k}");
    assert_eq!(k["borrower"], "amara", "{k}");
    assert_eq!(k["quantity"], 2);
    assert_eq!(k["out_note"], "battery full, one bit chipped");
    assert!(k["checked_out_at"].is_string(), "{k}");
    assert_eq!(
        app.journal_len().await,
        before + 1,
        "one event for the walk-in"
    );
    let events = app
        .count(
            "SELECT COUNT(*) AS n FROM journal WHERE kind = 'reservation.lent_walk_in'".to_string(),
        )
        .await;
    assert_eq!(events, 1);
    let id = k["id"].as_str().unwrap();
    // The borrower's loans show it out.
    let mine = app
        .call_as(
            Some(&amara),
            reqwest::Method::GET,
            "/api/v1/me/reservations",
            None,
            200,
        )
        .await;
    assert!(ids(&mine).contains(&id), "{mine}");
    // The steward's desk lists it among today's returns.
    let desk = app
        .call_as(
            Some(&chen),
            reqwest::Method::GET,
            "/api/v1/me/desk",
            None,
            200,
        )
        .await;
    assert!(ids(&desk["returns"]).contains(&id), "{desk}");
    let page = app.page(&app.browser_of(&chen).await, "/desk").await;
    assert!(
        page.contains(&format!("/reservations/{id}")),
        "the desk page lists it"
    );
    // The pool is out: a booking now is turned away, naming the walk-in.
    let due = k["ends_at"].as_str().unwrap();
    let soon = (time::OffsetDateTime::now_utc() + time::Duration::minutes(1))
        .replace_nanosecond(0)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let r = book(
        &app,
        &chen,
        &drill,
        json!({"starts_at": soon, "ends_at": due, "quantity": 1}),
        409,
    )
    .await;
    assert_eq!(r["conflicting_reservation"], id, "{r}");
    // Lending to a stranger of a members-only resource is the borrower's rule: 403.
    app.person("bob").await;
    let spare = app
        .resource(
            &chen,
            json!({"name": "Saw", "organization": "tools", "borrowers": "members"}),
        )
        .await;
    let r = app
        .call_as(
            Some(&chen),
            reqwest::Method::POST,
            &format!("/api/v1/resources/{spare}/loans"),
            Some(json!({"borrower": "bob", "ends_at": at(3)})),
            403,
        )
        .await;
    assert_eq!(r["code"], "forbidden", "{r}");
    assert!(r["detail"].as_str().unwrap().contains("@tools"), "{r}");
    assert_eq!(holding(&app, &spare).await, 0);
}

#[tokio::test]
async fn a_walk_in_into_a_held_slot_is_refused_naming_the_reservation_with_nothing_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.person("carol").await;
    let bike = app.resource(&ada, json!({"name": "Cargo bike"})).await;
    let k = book(&app, &bob, &bike, slot(1, 3, 1), 201).await;
    let before = app.journal_len().await;
    let r = app
        .post_as(
            &ada,
            &format!("/api/v1/resources/{bike}/loans"),
            json!({"borrower": "carol", "ends_at": at(2)}),
            409,
        )
        .await;
    assert_eq!(r["code"], "slot_taken", "{r}");
    assert_eq!(r["conflicting_reservation"], k["id"], "{r}");
    assert!(r["next_free_slot"]["starts_at"].is_string(), "{r}");
    assert_eq!(holding(&app, &bike).await, 1, "nothing written");
    assert_eq!(app.rows("lending_reservation_money").await, 0);
    assert_eq!(app.journal_len().await, before, "nothing journaled");
    // Bad input, as for bookings: 422, 404, nothing written.
    let path = format!("/api/v1/resources/{bike}/loans");
    for (body, status, code) in [
        (
            json!({"borrower": "carol", "ends_at": at(-1)}),
            422,
            "empty_interval",
        ),
        (
            json!({"borrower": "carol", "ends_at": at(5), "quantity": 2}),
            422,
            "invalid_quantity",
        ),
        (
            json!({"borrower": "carol", "ends_at": at(5), "quantity": 0}),
            422,
            "invalid_quantity",
        ),
        (
            json!({"borrower": "nobody", "ends_at": at(5)}),
            404,
            "not_found",
        ),
        (
            json!({"borrower": " ", "ends_at": at(5)}),
            422,
            "missing_field",
        ),
    ] {
        let resp = app
            .program()
            .post(app.url(&path))
            .bearer_auth(&ada.token)
            .json(&body)
            .send()
            .await
            .unwrap();
        expect_problem(resp, status, code).await;
    }
    assert_eq!(holding(&app, &bike).await, 1, "nothing written");
    assert_eq!(app.journal_len().await, before);
}

#[tokio::test]
async fn only_a_steward_lends_at_the_desk() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let bike = app.resource(&ada, json!({"name": "Cargo bike"})).await;
    let path = format!("/api/v1/resources/{bike}/loans");
    let body = json!({"borrower": "@bob", "ends_at": at(3)});
    // The borrower themself may not lend to themself.
    let r = app.post_as(&bob, &path, body.clone(), 403).await;
    assert_eq!(r["code"], "forbidden", "{r}");
    app.check_roles(&ApiCall::post(&path, body), Some((&eve, 403)), (&ada, 201))
        .await;
    assert_eq!(holding(&app, &bike).await, 1);
}
