//! Opening hours and limits per person: set by a steward through the policy (API and
//! page), refused when malformed, enforced on bookings (with the rule, the next opening
//! or until when), honoured by the availability search, shown on the resource's page in
//! the reader's language. The race of one person's two bookings is in `races.rs`.

use super::{at, book, slot};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Tomorrow (UTC) at `hour`:00, RFC 3339, and tomorrow's weekday as the hours write it.
fn tomorrow(hour: u8) -> (String, &'static str) {
    let d = time::OffsetDateTime::now_utc().date() + time::Duration::days(1);
    let t = d.with_hms(hour, 0, 0).unwrap().assume_utc();
    let day = WEEKDAYS[d.weekday().number_days_from_monday() as usize];
    (
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap(),
        day,
    )
}

fn at_tomorrow(from: u8, to: u8) -> Value {
    json!({"starts_at": tomorrow(from).0, "ends_at": tomorrow(to).0, "quantity": 1})
}

async fn set_policy(
    app: &TestApp,
    who: &crate::support::Person,
    id: &str,
    body: Value,
    want: u16,
) -> Value {
    app.call_as(
        Some(who),
        Method::PUT,
        &format!("/api/v1/resources/{id}/policy"),
        Some(body),
        want,
    )
    .await
}

#[tokio::test]
async fn opening_hours_bound_check_outs_and_returns() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Cargo bike"})).await;
    // Today's behaviour without hours: always open.
    book(&app, &bob, &id, at_tomorrow(21, 22), 201).await;
    let (_, day) = tomorrow(0);
    let hours = format!("{day} 09:00-12:00, {day} 14:00-18:00");
    let path = format!("/api/v1/resources/{id}/policy");
    let body = json!({"opening_hours": hours, "time_zone": "UTC"});
    // Anonymous 401, a stranger 403, a borrower of it 403, the steward 200.
    let r = app
        .check_roles(
            &ApiCall::put(&path, body.clone()),
            Some((&eve, 403)),
            (&chen, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["policy"]["opening_hours"], hours);
    assert_eq!(v["policy"]["time_zone"], "UTC");
    set_policy(&app, &bob, &id, body, 403).await;

    // Within the hours: booked; one range to the next is fine too.
    book(&app, &bob, &id, at_tomorrow(9, 11), 201).await;
    book(&app, &bob, &id, at_tomorrow(11, 15), 201).await;
    // The end at 13:00 falls between the ranges: 422, naming the end and 14:00.
    let r = book(&app, &bob, &id, at_tomorrow(10, 13), 422).await;
    assert_eq!(r["code"], "outside_opening_hours");
    let detail = r["detail"].as_str().unwrap();
    assert!(
        detail.contains("end") && detail.contains(&tomorrow(14).0.replace("+00:00", "Z")),
        "{detail}"
    );
    // A start after closing: the next opening is a week later.
    let r = book(&app, &bob, &id, at_tomorrow(19, 20), 422).await;
    assert_eq!(r["code"], "outside_opening_hours");
    assert!(r["detail"].as_str().unwrap().contains("start"), "{r}");

    // The search leaves it out when the place is closed at either end.
    let search = |from: String, to: String| {
        format!(
            "/api/v1/resources/available?from={}&to={}",
            from.replace('+', "%2B"),
            to.replace('+', "%2B")
        )
    };
    let found = app
        .call_as(
            None,
            Method::GET,
            &search(tomorrow(15).0, tomorrow(16).0),
            None,
            200,
        )
        .await;
    assert!(
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["resource"]["id"] == id.as_str() || f["id"] == id.as_str()),
        "{found}"
    );
    let found = app
        .call_as(
            None,
            Method::GET,
            &search(tomorrow(19).0, tomorrow(20).0),
            None,
            200,
        )
        .await;
    assert!(!found.to_string().contains(&id), "{found}");

    // Clearing the hours opens it again.
    set_policy(&app, &chen, &id, json!({"opening_hours": ""}), 200).await;
    book(&app, &bob, &id, at_tomorrow(19, 20), 201).await;
}

#[tokio::test]
async fn broken_opening_hours_say_what_to_fix_and_write_nothing() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({})).await;
    let before = app.journal_len().await;
    for (hours, needle) in [
        ("tue 9-12", "tue 9-12"),
        ("tue 20:00-17:00", "close before"),
        ("tue 09:00-12:00, tue 11:00-13:00", "overlap"),
        ("someday 09:00-12:00", "someday"),
        ("tue 09:00-25:00", "tue 09:00-25:00"),
    ] {
        let r = set_policy(&app, &chen, &id, json!({"opening_hours": hours}), 422).await;
        assert_eq!(r["code"], "invalid_opening_hours", "{hours}");
        assert!(r["detail"].as_str().unwrap().contains(needle), "{r}");
    }
    let r = set_policy(&app, &chen, &id, json!({"time_zone": "Mars/Olympus"}), 422).await;
    assert_eq!(r["code"], "invalid_policy");
    let r = set_policy(&app, &chen, &id, json!({"max_days_month": 32}), 422).await;
    assert_eq!(r["code"], "invalid_policy");
    let r = set_policy(&app, &chen, &id, json!({"pickup_hours": 0}), 422).await;
    assert_eq!(r["code"], "invalid_policy");
    assert_eq!(app.journal_len().await, before);
    assert_eq!(app.rows("lending_rules").await, 0);
}

#[tokio::test]
async fn limits_per_person_say_which_rule_and_until_when() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let ada = app.person("ada").await;
    app.org("city").admin(&chen).await;
    let drill = app
        .resource(
            &chen,
            json!({"name": "Drill", "organization": "city", "quantity": 3}),
        )
        .await;
    let saw = app
        .resource(
            &chen,
            json!({"name": "Saw", "organization": "city", "quantity": 3}),
        )
        .await;
    let elsewhere = app.resource(&ada, json!({"name": "Ada's saw"})).await;
    set_policy(&app, &chen, &drill, json!({"max_items": 2}), 200).await;
    // Two items at once across the city's library, then a third is refused, naming the
    // rule and when the first comes back; another steward's things do not count.
    let first = book(&app, &bob, &drill, slot(2, 5, 1), 201).await;
    book(&app, &bob, &saw, slot(3, 6, 1), 201).await;
    book(&app, &bob, &elsewhere, slot(3, 6, 1), 201).await;
    let r = book(&app, &bob, &drill, slot(4, 7, 1), 409).await;
    assert_eq!(r["code"], "limit_items_at_once");
    let detail = r["detail"].as_str().unwrap();
    assert!(
        detail.contains("limit is 2") && detail.contains(&at(5).replace("+00:00", "Z")),
        "{detail}"
    );
    // After the first is due back, there is room again; cancelling frees one too.
    book(&app, &bob, &drill, slot(5, 7, 1), 201).await;
    app.post_as(
        &bob,
        &format!(
            "/api/v1/reservations/{}/cancel",
            first["id"].as_str().unwrap()
        ),
        json!({}),
        200,
    )
    .await;
    book(&app, &bob, &drill, slot(2, 3, 1), 201).await;

    // Days per month: 2 days, counted over the month.
    set_policy(
        &app,
        &chen,
        &saw,
        json!({"max_days_month": 1, "time_zone": "UTC"}),
        200,
    )
    .await;
    let r = book(&app, &ada, &saw, slot(30, 60, 1), 409).await;
    assert_eq!(r["code"], "limit_days_per_month");
    assert!(r["detail"].as_str().unwrap().contains("limit is 1"), "{r}");

    // Unconfirmed holds: one awaiting approval at a time.
    let car = app
        .resource(
            &chen,
            json!({"name": "Car", "organization": "city", "approval_required": true, "quantity": 5}),
        )
        .await;
    set_policy(&app, &chen, &car, json!({"max_unconfirmed": 1}), 200).await;
    book(&app, &ada, &car, slot(2, 3, 1), 201).await;
    let r = book(&app, &ada, &car, slot(4, 5, 1), 409).await;
    assert_eq!(r["code"], "limit_unconfirmed_holds");
    // A steward's own bookings need no approval and are not held back by it.
    book(&app, &chen, &car, slot(4, 5, 1), 201).await;
    // Lifting a limit with 0.
    set_policy(&app, &chen, &car, json!({"max_unconfirmed": 0}), 200).await;
    book(&app, &ada, &car, slot(4, 5, 1), 201).await;
}

#[tokio::test]
async fn the_resource_page_shows_hours_and_limits_and_its_form_sets_them() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let id = app.resource(&chen, json!({"name": "Recorder"})).await;
    let steward = app.browser_of(&chen).await;
    let bobs = app.browser_of(&bob).await;
    let page = format!("/resources/{id}");
    let fields = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "1440"),
        ("policy-horizon_days", "30"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-opening_hours", "tue 17:00-20:00\nsat 10:00-13:00"),
        ("policy-time_zone", "Europe/Rome"),
        ("policy-max_items", "2"),
        ("policy-max_days_month", ""),
        ("policy-max_unconfirmed", "1"),
        ("policy-pickup_hours", "24"),
    ];
    // A stranger (here, would-be borrower) 403, anonymous 401, the steward.
    app.check_form_roles(
        &format!("/resources/{id}/policy"),
        &fields,
        Some((&bobs, 403)),
        &steward,
    )
    .await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        v["policy"]["opening_hours"],
        "tue 17:00-20:00, sat 10:00-13:00"
    );
    assert_eq!(v["policy"]["time_zone"], "Europe/Rome");
    assert_eq!(v["policy"]["max_items"], 2);
    assert_eq!(v["policy"]["max_days_month"], Value::Null);
    assert_eq!(v["policy"]["pickup_hours"], 24);
    // In the reader's language.
    let html = app
        .browser()
        .get(app.url(&page))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Mardi 17:00–20:00")
            && html.contains("Europe/Rome")
            && html.contains("2 exemplaires à la fois"),
        "{html}"
    );
    // Overlapping ranges come back beside the field, refilled; nothing written.
    let mut bad = fields.to_vec();
    bad[5] = ("policy-opening_hours", "tue 17:00-20:00, tue 19:00-21:00");
    let before = app.journal_len().await;
    let r = app
        .post_form(&steward, &page, &format!("/resources/{id}/policy"), &bad)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("tue 19:00-21:00") && html.contains("aria-invalid=\"true\""),
        "{html}"
    );
    assert_eq!(app.journal_len().await, before);
}

/// Desk hours: a library open all day whose desk hands items out and takes them back
/// only in the morning and the evening. Set by the steward (API and page), refused when
/// malformed (naming the desk hours), enforced on bookings beside the opening hours with
/// the next desk opening, honoured by the search, shown on the resource's page.
#[tokio::test]
async fn desk_hours_narrow_check_outs_and_returns_within_the_opening_hours() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Community room"})).await;
    let (_, day) = tomorrow(0);
    let open = format!("{day} 08:00-22:00");
    let desk = format!("{day} 09:00-10:00, {day} 17:00-18:00");
    let path = format!("/api/v1/resources/{id}/policy");
    let body = json!({"opening_hours": open, "desk_hours": desk, "time_zone": "UTC"});
    // Anonymous 401, a stranger 403, the steward 200; a borrower-to-be 403 too.
    let r = app
        .check_roles(
            &ApiCall::put(&path, body.clone()),
            Some((&eve, 403)),
            (&chen, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["policy"]["desk_hours"], desk);
    assert_eq!(v["policy"]["opening_hours"], open);
    set_policy(&app, &bob, &id, json!({"desk_hours": ""}), 403).await;

    // Out at the morning desk, back at the evening one: booked.
    book(&app, &bob, &id, at_tomorrow(9, 17), 201).await;
    // Back at noon: the place is open, the desk is not: 422 naming the end and 17:00.
    let r = book(&app, &bob, &id, at_tomorrow(9, 12), 422).await;
    assert_eq!(r["code"], "outside_desk_hours");
    let detail = r["detail"].as_str().unwrap();
    assert!(
        detail.contains("end")
            && detail.contains("desk")
            && detail.contains(&tomorrow(17).0.replace("+00:00", "Z")),
        "{detail}"
    );
    // Closed altogether: the opening hours' refusal, as before.
    let r = book(&app, &bob, &id, at_tomorrow(7, 9), 422).await;
    assert_eq!(r["code"], "outside_opening_hours");

    // The search leaves it out when the desk is shut at either end.
    let search = |from: String, to: String| {
        format!(
            "/api/v1/resources/available?from={}&to={}",
            from.replace('+', "%2B"),
            to.replace('+', "%2B")
        )
    };
    let found = app
        .call_as(
            None,
            Method::GET,
            &search(tomorrow(17).0, tomorrow(18).0),
            None,
            200,
        )
        .await;
    assert!(found.to_string().contains(&id), "{found}");
    let found = app
        .call_as(
            None,
            Method::GET,
            &search(tomorrow(11).0, tomorrow(17).0),
            None,
            200,
        )
        .await;
    assert!(!found.to_string().contains(&id), "{found}");

    // The resource's page lists the desk hours apart from the opening hours.
    let html = app
        .browser()
        .get(app.url(&format!("/resources/{id}")))
        .header("accept-language", "it")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Orari dello sportello") && html.contains("17:00–18:00"),
        "{html}"
    );

    // Malformed desk hours: 422 naming the desk hours, nothing written.
    let before = app.journal_len().await;
    let r = set_policy(
        &app,
        &chen,
        &id,
        json!({"desk_hours": "tue 18:00-17:00"}),
        422,
    )
    .await;
    assert_eq!(r["code"], "invalid_opening_hours");
    assert!(r["detail"].as_str().unwrap().contains("desk hours"), "{r}");
    assert_eq!(app.journal_len().await, before);

    // Clearing them: any time the place is open.
    set_policy(&app, &chen, &id, json!({"desk_hours": ""}), 200).await;
    book(&app, &bob, &id, at_tomorrow(19, 20), 201).await;
}

#[tokio::test]
async fn the_policy_form_sets_desk_hours_and_shows_a_broken_range_beside_them() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let id = app.resource(&chen, json!({"name": "Room"})).await;
    let steward = app.browser_of(&chen).await;
    let bobs = app.browser_of(&bob).await;
    let page = format!("/resources/{id}");
    let fields = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "1440"),
        ("policy-horizon_days", "30"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-opening_hours", "tue 10:00-20:00"),
        ("policy-desk_hours", "tue 10:00-11:00\ntue 19:00-20:00"),
        ("policy-time_zone", "Europe/Rome"),
        ("policy-pickup_hours", "24"),
    ];
    app.check_form_roles(
        &format!("/resources/{id}/policy"),
        &fields,
        Some((&bobs, 403)),
        &steward,
    )
    .await;
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(
        v["policy"]["desk_hours"],
        "tue 10:00-11:00, tue 19:00-20:00"
    );
    let html = app.page(&steward, &page).await;
    assert!(
        html.contains("Desk hours") && html.contains("Tuesday 19:00–20:00"),
        "{html}"
    );
    let mut bad = fields.to_vec();
    bad[6] = ("policy-desk_hours", "tue 10:00-11:00, tue 10:30-12:00");
    let before = app.journal_len().await;
    let r = app
        .post_form(&steward, &page, &format!("/resources/{id}/policy"), &bad)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("tue 10:30-12:00")
            && html.contains("name=\"policy-desk_hours\" rows=\"2\"")
            && html.contains("aria-invalid=\"true\""),
        "{html}"
    );
    assert_eq!(app.journal_len().await, before);
}
