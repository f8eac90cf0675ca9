//! The terms of a loan beyond its times: the lead time a booking needs (set by a steward
//! through the policy, refused with the earliest start allowed, stewards exempt, left out
//! of the availability search, shown on the resource's page).

use super::{at, book, slot};
use crate::support::{ApiCall, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

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

async fn terms_rows(app: &TestApp, id: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM lending_policy_terms WHERE resource_id = '{id}'"
    ))
    .await
}

#[tokio::test]
async fn lead_time_is_set_by_the_steward_only_and_checked() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let eve = app.person("eve").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    let v = app
        .call_as(
            Some(&eve),
            Method::GET,
            &format!("/api/v1/resources/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(v["policy"]["lead_minutes"], 0);

    // Out of range: negative, or longer than the horizon (60 days by default); nothing
    // written, and the problem names the field.
    for bad in [json!(-1), json!(60 * 24 * 60 + 1)] {
        let r = set_policy(&app, &chen, &id, json!({"lead_minutes": bad}), 422).await;
        assert_eq!(r["code"], "invalid_policy", "{r}");
        assert!(
            r["detail"].as_str().unwrap().contains("lead_minutes"),
            "{r}"
        );
    }
    // A horizon shortened below the lead time asked in the same change: refused too.
    let r = set_policy(
        &app,
        &chen,
        &id,
        json!({"lead_minutes": 3 * 24 * 60, "horizon_days": 2}),
        422,
    )
    .await;
    assert_eq!(r["code"], "invalid_policy", "{r}");
    assert_eq!(terms_rows(&app, &id).await, 0);

    // Anonymous 401, a stranger 403, the steward 200.
    let path = format!("/api/v1/resources/{id}/policy");
    let r = app
        .check_roles(
            &ApiCall::put(&path, json!({"lead_minutes": 180})),
            Some((&eve, 403)),
            (&chen, 200),
        )
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["policy"]["lead_minutes"], 180);
    assert_eq!(terms_rows(&app, &id).await, 1);
    // Changing another field keeps the lead time.
    let v = set_policy(&app, &chen, &id, json!({"buffer_minutes": 10}), 200).await;
    assert_eq!(v["policy"]["lead_minutes"], 180);
}

#[tokio::test]
async fn a_booking_at_short_notice_is_refused_with_the_earliest_start() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    set_policy(&app, &chen, &id, json!({"lead_minutes": 180}), 200).await;

    // Starting within the next three hours: 422, naming the earliest start allowed.
    let before = time::OffsetDateTime::now_utc();
    let r = book(&app, &bob, &id, slot(2, 4, 1), 422).await;
    assert_eq!(r["code"], "short_notice", "{r}");
    let detail = r["detail"].as_str().unwrap();
    let earliest = (before + time::Duration::hours(3))
        .format(&time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:"
        ))
        .unwrap();
    assert!(
        detail.contains(&earliest),
        "{detail} should name {earliest}…"
    );
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}'"
        ))
        .await,
        0
    );
    // With enough notice: booked.
    book(&app, &bob, &id, slot(5, 6, 1), 201).await;
    // The steward books at any notice.
    book(&app, &chen, &id, slot(1, 2, 1), 201).await;

    // The search does not offer it at short notice, and does with enough.
    let search = |from: String, to: String| {
        format!(
            "/api/v1/resources/available?from={}&to={}",
            from.replace('+', "%2B"),
            to.replace('+', "%2B")
        )
    };
    let has = |found: &Value| {
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["resource"]["id"] == id.as_str() || f["id"] == id.as_str())
    };
    let soon = app
        .call_as(None, Method::GET, &search(at(2), at(3)), None, 200)
        .await;
    assert!(!has(&soon), "{soon}");
    let later = app
        .call_as(None, Method::GET, &search(at(8), at(9)), None, 200)
        .await;
    assert!(has(&later), "{later}");
}

#[tokio::test]
async fn the_page_says_the_lead_time_and_its_form_sets_it() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let id = app.resource(&chen, json!({"name": "Shared car"})).await;
    let steward = app.browser_of(&chen).await;
    let form = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "600"),
        ("policy-horizon_days", "14"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-lead_minutes", "120"),
    ];
    // Beyond the horizon's length: back beside its field, nothing written.
    let mut bad = form.to_vec();
    bad[5] = ("policy-lead_minutes", "30000");
    let path = format!("/resources/{id}/policy");
    let r = app
        .post_form(&steward, &format!("/resources/{id}"), &path, &bad)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("name=\"policy-lead_minutes\""), "{html}");
    assert_eq!(terms_rows(&app, &id).await, 0);
    app.post_form(&steward, &format!("/resources/{id}"), &path, &form)
        .await;
    let page = app.page(&steward, &format!("/resources/{id}")).await;
    assert!(page.contains("at least 120 minutes before"), "{page}");
    assert!(page.contains("value=\"120\""), "{page}");
}
