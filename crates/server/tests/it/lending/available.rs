//! The availability search: resources with enough items free over a whole interval,
//! reservations with their buffers, loans out and blocks counted; on the API and as the
//! catalogue's form; bad intervals and quantities refused with their reason.

use super::{at, book, slot};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

async fn search(app: &TestApp, query: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/resources/available?{query}"),
        None,
        200,
    )
    .await
}

fn names(v: &Value) -> Vec<(String, i64)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_string(),
                r["free"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn enc(s: &str) -> String {
    s.replace('+', "%2B").replace(':', "%3A")
}

#[tokio::test]
async fn a_search_finds_what_is_free_over_the_whole_interval() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bikes = app
        .resource(
            &ada,
            json!({"name": "Cargo bike", "kind": "vehicle", "quantity": 2, "buffer_minutes": 60}),
        )
        .await;
    let drill = app
        .resource(
            &ada,
            json!({"name": "Drill", "kind": "tool", "quantity": 3}),
        )
        .await;
    let car = app
        .resource(&ada, json!({"name": "Car", "kind": "vehicle"}))
        .await;
    book(&app, &bob, &bikes, slot(10, 12, 1), 201).await;
    book(&app, &bob, &drill, slot(11, 12, 3), 201).await;
    app.post_as(
        &ada,
        &format!("/api/v1/resources/{car}/blocks"),
        json!({"starts_at": at(8), "ends_at": at(9), "reason": "service"}),
        201,
    )
    .await;
    let q = |from: i64, to: i64, extra: &str| {
        format!("from={}&to={}{extra}", enc(&at(from)), enc(&at(to)))
    };
    // 10–12: one bike free, no drill, the car.
    let v = search(&app, &q(10, 12, "")).await;
    assert_eq!(names(&v), vec![("Car".into(), 1), ("Cargo bike".into(), 1)]);
    // Two bikes: none over 10–12; the buffer keeps the bike until 13.
    assert!(names(&search(&app, &q(10, 12, "&quantity=2")).await).is_empty());
    let v = search(&app, &q(12, 13, "&quantity=2&kind=vehicle")).await;
    assert!(
        names(&v).is_empty(),
        "the hour after is the bike's buffer: {v}"
    );
    let v = search(&app, &q(13, 14, "&quantity=2&kind=vehicle")).await;
    assert_eq!(names(&v), vec![("Cargo bike".into(), 2)]);
    // The car's block, and a text.
    let v = search(&app, &q(8, 9, "&kind=vehicle")).await;
    assert_eq!(names(&v), vec![("Cargo bike".into(), 2)]);
    let v = search(&app, &q(1, 2, "&q=dri")).await;
    assert_eq!(names(&v), vec![("Drill".into(), 3)]);
    assert_eq!(v[0]["id"], drill.as_str());

    // Bad input: reversed, empty, no zone, beyond 9999, no quantity, missing, unknown kind.
    let cases = [
        (q(5, 3, ""), "empty_interval"),
        (q(3, 3, ""), "empty_interval"),
        (
            format!("from=2026-12-24T10:00:00&to={}", enc(&at(3))),
            "time_without_zone",
        ),
        (
            format!("from={}&to=%2B10000-01-01T00:00:00Z", enc(&at(3))),
            "time_out_of_range",
        ),
        (q(3, 4, "&quantity=0"), "invalid_quantity"),
        (format!("to={}", enc(&at(3))), "missing_field"),
        (q(3, 4, "&kind=piano"), "invalid_resource_kind"),
    ];
    for (query, code) in cases {
        let r = app
            .program()
            .get(app.url(&format!("/api/v1/resources/available?{query}")))
            .send()
            .await
            .unwrap();
        expect_problem(r, 422, code).await;
    }
}

#[tokio::test]
async fn the_catalogue_searches_without_javascript() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bike = app
        .resource(&ada, json!({"name": "Cargo bike", "kind": "vehicle"}))
        .await;
    app.resource(&ada, json!({"name": "Drill", "kind": "tool"}))
        .await;
    book(&app, &bob, &bike, slot(30, 32, 1), 201).await;
    let b = app.browser();
    let html = app.page(&b, "/resources").await;
    assert!(
        html.contains("name=\"from\"") && html.contains("Find what is free"),
        "{html}"
    );
    // Times in the visitor's zone (UTC for a visitor without one).
    let local = |h: i64| at(h)[..16].to_string();
    let html = app
        .page(
            &b,
            &format!("/resources?from={}&to={}&quantity=1", local(30), local(31)),
        )
        .await;
    let found = html.split("Free over that time").nth(1).unwrap_or_default();
    let found = found.split("</ul>").next().unwrap_or_default();
    assert!(
        found.contains("Drill") && !found.contains("Cargo bike"),
        "{html}"
    );
    let r = b
        .get(app.url(&format!("/resources?from={}&to={}", local(31), local(30))))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("after the start"));
}
