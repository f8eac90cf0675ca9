//! A thing whose steward commons was deleted: it takes no new booking, no place on its
//! waiting list and no offer taken from it (410 `commons_deleted`, nothing written), by
//! the API and by the page, while the loan out still comes back and a reservation made
//! before is still cancelled; a deletion racing bookings comes after each one it lets
//! through, on both engines.

use super::{book, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn a_deleted_commons_thing_takes_no_new_booking_but_its_loans_come_back() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    app.commons("tool-commons").maintained_by(&ada).await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Soldering station", "commons": "tool-commons"}),
        )
        .await;
    let out = book(&app, &bob, &id, slot(2, 4, 1), 201).await;
    let out = out["id"].as_str().unwrap().to_string();
    let later = book(&app, &bob, &id, slot(10, 12, 1), 201).await;
    let later = later["id"].as_str().unwrap().to_string();
    app.post_as(
        &ada,
        &format!("/api/v1/reservations/{out}/check-out"),
        json!({"note": "tips clean"}),
        200,
    )
    .await;
    // Eve waits for the slot out on loan.
    app.post_as(
        &eve,
        &format!("/api/v1/resources/{id}/waits"),
        slot(2, 4, 1),
        201,
    )
    .await;
    app.call_as(
        Some(&ada),
        Method::DELETE,
        "/api/v1/commons/tool-commons",
        None,
        200,
    )
    .await;

    // Nothing new: a booking, a place on the waiting list; nothing written.
    let (reservations, waits, journal) = (
        app.rows("lending_reservations").await,
        app.rows("lending_waits").await,
        app.journal_len().await,
    );
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(20, 22, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 410, "commons_deleted").await;
    assert!(
        p["detail"].as_str().unwrap().contains("tool-commons"),
        "{p}"
    );
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/waits")))
        .bearer_auth(&bob.token)
        .json(&slot(10, 12, 1))
        .send()
        .await
        .unwrap();
    expect_problem(r, 410, "commons_deleted").await;
    // The steward cannot book it either (a walk-in at the desk is a booking of now).
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{id}/reservations")))
        .bearer_auth(&ada.token)
        .json(&slot(30, 31, 1))
        .send()
        .await
        .unwrap();
    expect_problem(r, 410, "commons_deleted").await;
    // By the page: the refusal comes back on the resource's page, signed in.
    let browser = app.browser_of(&bob).await;
    let r = app
        .post_form(
            &browser,
            &format!("/resources/{id}"),
            &format!("/resources/{id}/reservations"),
            &[
                ("starts_at", &super::at(40)[..16]),
                ("ends_at", &super::at(42)[..16]),
                ("quantity", "1"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 410);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("tool-commons") && html.contains("action=\"/signout\""),
        "{html}"
    );
    assert_eq!(app.rows("lending_reservations").await, reservations);
    assert_eq!(app.rows("lending_waits").await, waits);
    assert_eq!(app.journal_len().await, journal);

    // What is out comes back; what was booked before is cancelled.
    app.post_as(
        &ada,
        &format!("/api/v1/reservations/{out}/return"),
        json!({"note": "fine"}),
        200,
    )
    .await;
    app.post_as(
        &bob,
        &format!("/api/v1/reservations/{later}/cancel"),
        json!({}),
        200,
    )
    .await;
    // The return freed Eve's slot, but a deleted commons offers nothing new: she still
    // waits, and may leave.
    let state = app
        .count("SELECT COUNT(*) AS n FROM lending_waits WHERE state = 'waiting'".into())
        .await;
    assert_eq!(state, 1, "no offer made");
}

/// Bookings racing the commons' deletion: each one let through was made before the
/// deletion (its event comes before this round's deletion, the latest), every later one
/// is a 410; three rounds, on both engines.
#[tokio::test]
async fn bookings_racing_a_deletion_come_before_it_or_are_refused() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut people = Vec::new();
    for i in 0..6 {
        people.push(app.person(&format!("p{i}")).await);
    }
    let tokens: Vec<String> = people.iter().map(|p| p.token.clone()).collect();
    for round in 0..3 {
        let handle = format!("race-commons-{round}");
        app.commons(&handle).maintained_by(&ada).await;
        let mut urls = Vec::new();
        for i in 0..6 {
            let id = app
                .resource(
                    &ada,
                    json!({"name": format!("Thing {i}"), "commons": handle.as_str()}),
                )
                .await;
            urls.push(app.url(&format!("/api/v1/resources/{id}/reservations")));
        }
        let before = app.rows("lending_reservations").await;
        let delete = app.url(&format!("/api/v1/commons/{handle}"));
        let (ada_token, body) = (ada.token.clone(), slot(2, 3, 1));
        let got = app
            .race(7, |i, client| {
                if i == 6 {
                    client.delete(delete.clone()).bearer_auth(&ada_token).send()
                } else {
                    client
                        .post(urls[i].clone())
                        .bearer_auth(&tokens[i])
                        .json(&body)
                        .send()
                }
            })
            .await;
        assert_eq!(got[6].0, 200, "{}", got[6].1);
        let made = got[..6].iter().filter(|(s, _)| *s == 201).count() as i64;
        for (status, body) in &got[..6] {
            assert!(*status == 201 || *status == 410, "{status} {body}");
            if *status == 410 {
                assert!(body.contains("commons_deleted"), "{body}");
            }
        }
        assert_eq!(app.rows("lending_reservations").await, before + made);
        let after = app
            .count(
                "SELECT COUNT(*) AS n FROM journal WHERE kind = 'reservation.made' AND seq > \
                 (SELECT MAX(seq) FROM journal WHERE kind = 'commons.deleted')"
                    .into(),
            )
            .await;
        assert_eq!(after, 0, "round {round}: no booking after a deletion");
    }
}
