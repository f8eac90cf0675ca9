//! Kits: a steward declares a kit's parts (anonymous 401, stranger 403, steward 200; parts
//! of another steward, the kit itself, nested kits and quantities past a pool refused with
//! nothing written); booking the kit holds its parts over the slot, a part booked on its
//! own leaves the kit no room (409 `component_taken` naming the part), and the
//! availability search counts both ways. The race of a kit and its part is in `races.rs`.

use super::{at, book, slot};
use crate::support::{ApiCall, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

async fn free_of(app: &TestApp, id: &str, from: i64, to: i64) -> Option<i64> {
    let query = format!("from={}&to={}&quantity=1&limit=200", at(from), at(to));
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/resources/available?{query}")))
        .send()
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .map(|x| x["free"].as_i64().unwrap())
}

#[tokio::test]
async fn a_kit_books_its_parts_and_its_parts_block_it() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let amara = app.person("amara").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&chen).member(&amara).await;
    let org = |name: &str, q: i64| json!({"name": name, "organization": "city", "quantity": q});
    let camera = app.resource(&chen, org("Camera", 1)).await;
    let recorder = app.resource(&chen, org("Recorder", 3)).await;
    let kit = app
        .resource(&chen, org("Oral-history recording kit", 1))
        .await;
    let path = format!("/api/v1/resources/{kit}/kit");
    let parts = json!({"parts": [{"resource": camera}, {"resource": recorder, "quantity": 2}]});

    // Who may: anonymous 401, a member who is no admin 403, the steward 200.
    let r = app
        .check_roles(
            &ApiCall::put(&path, parts.clone()),
            Some((&amara, 403)),
            (&chen, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(
        v["kit"],
        json!([
            {"resource": camera, "name": "Camera", "quantity": 1},
            {"resource": recorder, "name": "Recorder", "quantity": 2},
        ])
        .as_array()
        .map(|a| {
            let mut a = a.clone();
            a.sort_by_key(|p| p["resource"].as_str().unwrap().to_string());
            Value::Array(a)
        })
        .unwrap()
    );

    // Booking the kit holds the camera and two recorders over the same slot.
    let k = book(&app, &bob, &kit, slot(2, 4, 1), 201).await;
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{camera}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(3, 5, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "slot_taken").await;
    assert_eq!(p["conflicting_reservation"], k["id"]);
    book(&app, &bob, &recorder, slot(3, 5, 1), 201).await;
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{recorder}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(3, 5, 1))
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "slot_taken").await;
    assert_eq!(free_of(&app, &camera, 2, 4).await, None);
    assert_eq!(free_of(&app, &recorder, 2, 3).await, Some(1));
    assert_eq!(free_of(&app, &kit, 2, 4).await, None);

    // The reverse: the camera booked on its own leaves the kit no room, naming it, and
    // the next slot free for the whole kit.
    book(&app, &bob, &camera, slot(10, 12, 1), 201).await;
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{kit}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(11, 13, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "component_taken").await;
    assert_eq!(p["component"], camera.as_str());
    assert!(p["detail"].as_str().unwrap().contains("Camera"), "{p}");
    assert_eq!(p["next_free_slot"]["starts_at"], at(12));
    assert_eq!(free_of(&app, &kit, 11, 13).await, None);
    assert_eq!(free_of(&app, &kit, 20, 22).await, Some(1));
    // Cancelling the kit's booking frees its parts.
    app.call_as(
        Some(&bob),
        Method::POST,
        &format!("/api/v1/reservations/{}/cancel", k["id"].as_str().unwrap()),
        None,
        200,
    )
    .await;
    book(&app, &bob, &camera, slot(2, 4, 1), 201).await;
}

#[tokio::test]
async fn a_kit_that_cannot_be_is_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let dora = app.person("dora").await;
    let camera = app
        .resource(&chen, json!({"name": "Camera", "quantity": 1}))
        .await;
    let tripod = app
        .resource(&chen, json!({"name": "Tripod", "quantity": 2}))
        .await;
    let kit = app.resource(&chen, json!({"name": "Kit"})).await;
    let theirs = app.resource(&dora, json!({"name": "Dora's lamp"})).await;
    let path = format!("/api/v1/resources/{kit}/kit");
    let before = app.journal_len().await;
    let put = |body: Value| {
        let (app, chen, path) = (&app, &chen, path.clone());
        async move {
            app.program()
                .put(app.url(&path))
                .bearer_auth(&chen.token)
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    let cases = [
        (json!({"parts": [{"resource": theirs}]}), "Dora"),
        (json!({"parts": [{"resource": kit}]}), ""),
        (
            json!({"parts": [{"resource": camera, "quantity": 2}]}),
            "Camera",
        ),
        (
            json!({"parts": [{"resource": camera}, {"resource": camera}]}),
            "Camera",
        ),
    ];
    for (body, names) in cases {
        let p = expect_problem(put(body.clone()).await, 422, "invalid_kit").await;
        assert!(p["detail"].as_str().unwrap().contains(names), "{body}: {p}");
    }
    let r = put(json!({"parts": [{"resource": "nothing"}]})).await;
    expect_problem(r, 404, "not_found").await;
    assert_eq!(app.rows("lending_kit_parts").await, 0);
    assert_eq!(app.journal_len().await, before);

    // Kits do not nest: the tripod's kit cannot become a part, nor the kit's part a kit.
    let r = put(json!({"parts": [{"resource": camera}]})).await;
    assert_eq!(r.status().as_u16(), 200);
    let r = app
        .program()
        .put(app.url(&format!("/api/v1/resources/{tripod}/kit")))
        .bearer_auth(&chen.token)
        .json(&json!({"parts": [{"resource": kit}]}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_kit").await;
    let r = app
        .program()
        .put(app.url(&format!("/api/v1/resources/{camera}/kit")))
        .bearer_auth(&chen.token)
        .json(&json!({"parts": [{"resource": tripod}]}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 422, "invalid_kit").await;
    // No parts: no kit any more.
    let v: Value = put(json!({"parts": []})).await.json().await.unwrap();
    assert_eq!(v["kit"], json!([]));
    assert_eq!(app.rows("lending_kit_parts").await, 0);
}

#[tokio::test]
async fn stewards_declare_a_kit_from_its_page() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let eve = app.person("eve").await;
    let camera = app
        .resource(&chen, json!({"name": "Camera", "quantity": 2}))
        .await;
    let kit = app.resource(&chen, json!({"name": "Recording kit"})).await;
    let steward = app.browser_of(&chen).await;
    let stranger = app.browser_of(&eve).await;
    let html = app.page(&steward, &format!("/resources/{kit}")).await;
    assert!(html.contains(&format!("name=\"part-{camera}\"")), "{html}");
    let field = format!("part-{camera}");
    let action = format!("/resources/{kit}/kit");
    app.check_form_roles(&action, &[(&field, "2")], Some((&stranger, 403)), &steward)
        .await;
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/resources/{kit}")))
        .send()
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["kit"][0]["resource"], camera.as_str());
    assert_eq!(v["kit"][0]["quantity"], 2);
    // Everyone sees what the kit is made of; a refusal keeps the page and says why.
    let html = app.page(&app.browser(), &format!("/resources/{kit}")).await;
    assert!(
        html.contains(&format!("href=\"/resources/{camera}\">Camera</a> × 2")),
        "{html}"
    );
    let r = app
        .post_form(
            &steward,
            &format!("/resources/{kit}"),
            &action,
            &[(&field, "3")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 422);
    assert_eq!(app.rows("lending_kit_parts").await, 1);
}

/// A kit's reservations hold its parts: a part's breakdown moves them (only to a slot
/// where the kit and every part have room) or cancels them, and tells their borrowers
/// as it tells the part's own.
#[tokio::test]
async fn a_breakdown_of_a_part_moves_or_cancels_the_kits_reservations() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let dee = app.person("dee").await;
    app.org("city").admin(&chen).await;
    let org = |name: &str, q: i64| json!({"name": name, "organization": "city", "quantity": q});
    let camera = app.resource(&chen, org("Camera", 2)).await;
    let recorder = app.resource(&chen, org("Recorder", 1)).await;
    let kit = app
        .resource(&chen, org("Oral-history recording kit", 2))
        .await;
    app.call_as(
        Some(&chen),
        Method::PUT,
        &format!("/api/v1/resources/{kit}/kit"),
        Some(json!({"parts": [{"resource": camera}, {"resource": recorder}]})),
        200,
    )
    .await;
    let cys = book(&app, &cy, &camera, slot(4, 7, 1), 201).await;
    let bobs = book(&app, &bob, &kit, slot(5, 8, 1), 201).await;
    let dees = book(&app, &dee, &kit, slot(20, 22, 1), 201).await;
    let id = |v: &Value| v["id"].as_str().unwrap().to_string();
    let before = app.journal_len().await;

    // One camera broken: Cy keeps hers (she booked the earlier slot); Bob's kit moves to
    // when her camera is back; Dee's, later, keeps its slot.
    let r = app
        .post_as(
            &chen,
            &format!("/api/v1/resources/{camera}/breakdowns"),
            json!({"quantity": 1, "reason": "cracked lens"}),
            201,
        )
        .await;
    let moved = r["moved"].as_array().unwrap();
    assert_eq!(moved.len(), 1, "{r}");
    assert_eq!(moved[0]["id"], id(&bobs).as_str());
    assert_eq!(moved[0]["resource_id"], kit.as_str());
    assert_eq!(moved[0]["starts_at"], at(7).as_str());
    assert_eq!(moved[0]["ends_at"], at(10).as_str());
    assert_eq!(r["cancelled"], json!([]), "{r}");
    assert_eq!(
        app.journal_len().await,
        before + 2,
        "the breakdown and the move"
    );
    let n = app
        .call_as(Some(&bob), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(n[0]["kind"], "moved", "{n}");
    assert_eq!(n[0]["was_starts_at"], at(5).as_str());
    assert_eq!(n[0]["starts_at"], at(7).as_str());
    assert_eq!(n[0]["reason"], "cracked lens");
    let html = app
        .page(&app.browser_of(&bob).await, "/me/reservations")
        .await;
    assert!(
        html.contains("a breakdown moved your reservation") && html.contains("cracked lens"),
        "{html}"
    );
    for (who, k) in [(&cy, &cys), (&dee, &dees)] {
        let n = app
            .call_as(Some(who), Method::GET, "/api/v1/me/notices", None, 200)
            .await;
        assert_eq!(n, json!([]), "{n}");
        let now = app
            .call_as(
                None,
                Method::GET,
                &format!("/api/v1/reservations/{}", id(k)),
                None,
                200,
            )
            .await;
        assert_eq!(now["starts_at"], k["starts_at"]);
    }

    // Someone borrows the recorder on its own after Bob's kit; then the only recorder
    // breaks: no kit can be had before the repair, so both kits' reservations are
    // cancelled, and the recorder's own as well; Cy's camera is untouched.
    let fays = book(&app, &cy, &recorder, slot(12, 13, 1), 201).await;
    let r = app
        .post_as(
            &chen,
            &format!("/api/v1/resources/{recorder}/breakdowns"),
            json!({"quantity": 1, "reason": "dead battery"}),
            201,
        )
        .await;
    let mut gone: Vec<String> = r["cancelled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap().to_string())
        .collect();
    gone.sort();
    let mut want = vec![id(&bobs), id(&dees), id(&fays)];
    want.sort();
    assert_eq!(gone, want, "{r}");
    let n = app
        .call_as(Some(&dee), Method::GET, "/api/v1/me/notices", None, 200)
        .await;
    assert_eq!(n[0]["kind"], "cancelled", "{n}");
    assert_eq!(n[0]["reason"], "dead battery");
    let html = app
        .page(&app.browser_of(&dee).await, "/me/reservations")
        .await;
    assert!(html.contains("dead battery"), "{html}");
    let c = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/reservations/{}", id(&cys)),
            None,
            200,
        )
        .await;
    assert_eq!(c["state"], "confirmed");
    // The kit can be booked again only after the repair; its parts' pools were never
    // exceeded.
    let r = app
        .program()
        .post(app.url(&format!("/api/v1/resources/{kit}/reservations")))
        .bearer_auth(&bob.token)
        .json(&slot(30, 32, 1))
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 409, "component_taken").await;
    assert_eq!(p["component"], recorder.as_str());
}
