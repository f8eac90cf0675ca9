//! The lending pages: the catalogue with its search and kind filter, a resource with its
//! coming reservations and the booking form (its times read in the viewer's zone, a
//! refusal shown beside its field), a reservation's moves through forms, a person's
//! reservations and the steward's desk; who may post each form.

use super::{book, slot};
use crate::support::TestApp;
use reqwest::Method;
use serde_json::json;

/// `hours` from now at the start of the hour, as a `datetime-local` value in Rome.
fn rome(hours: i64) -> String {
    let tz = jiff::tz::TimeZone::get("Europe/Rome").unwrap();
    let now = jiff::Timestamp::now().as_second();
    let t = jiff::Timestamp::from_second((now / 3600 + hours) * 3600).unwrap();
    tz.to_datetime(t).strftime("%Y-%m-%dT%H:%M").to_string()
}

#[tokio::test]
async fn the_catalogue_finds_things_by_text_and_kind() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.resource(
        &ada,
        json!({"name": "Cargo bike", "kind": "vehicle", "place": "Town hall"}),
    )
    .await;
    app.resource(&ada, json!({"name": "Drill", "kind": "tool"}))
        .await;
    let b = app.browser();
    let all = app.page(&b, "/resources").await;
    assert!(all.contains("Cargo bike") && all.contains("Drill"));
    let vehicles = app.page(&b, "/resources?kind=vehicle").await;
    assert!(vehicles.contains("Cargo bike") && !vehicles.contains(">Drill<"));
    let none = app.page(&b, "/resources?q=piano").await;
    assert!(none.contains("Nothing matches") && !none.contains("Cargo bike"));
}

#[tokio::test]
async fn a_booking_form_reads_times_in_the_viewer_s_zone_and_shows_a_clash_beside_its_field() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.call_as(
        Some(&bob),
        Method::PATCH,
        "/api/v1/me",
        Some(json!({"time_zone": "Europe/Rome"})),
        200,
    )
    .await;
    let id = app.resource(&ada, json!({"name": "Cargo bike"})).await;
    let browser = app.browser_of(&bob).await;
    let page = format!("/resources/{id}");
    let html = app.page(&browser, &page).await;
    assert!(
        html.contains("type=\"datetime-local\"") && html.contains("Europe/Rome"),
        "{html}"
    );

    let (from, to) = (rome(30), rome(32));
    let action = format!("/resources/{id}/reservations");
    let r = app
        .post_form(
            &browser,
            &page,
            &action,
            &[("starts_at", &from), ("ends_at", &to), ("quantity", "1")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.url().path().starts_with("/reservations/"));
    let kid = r
        .url()
        .path()
        .trim_start_matches("/reservations/")
        .to_string();
    let v = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/reservations/{kid}"),
            None,
            200,
        )
        .await;
    // Rome is one or two hours ahead of UTC: the UTC start is the Rome time less that.
    let want = super::at(30);
    assert_eq!(v["starts_at"], want.as_str(), "{from} in Rome");
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Cargo bike") && html.contains("confirmed"),
        "{html}"
    );

    // The same slot again: refused beside the start, with what was entered kept.
    let r = app
        .post_form(
            &browser,
            &page,
            &action,
            &[("starts_at", &from), ("ends_at", &to), ("quantity", "1")],
        )
        .await;
    assert_eq!(r.status(), 409);
    let html = r.text().await.unwrap();
    assert!(html.contains("aria-invalid=\"true\""), "{html}");
    assert!(html.contains(&kid), "names the reservation in the way");
    assert!(html.contains(&format!("value=\"{from}\"")));
    // A reversed interval is refused beside the end.
    let r = app
        .post_form(
            &browser,
            &page,
            &action,
            &[("starts_at", &to), ("ends_at", &from), ("quantity", "1")],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("after the start"));

    let mine = app.page(&browser, "/me/reservations").await;
    assert!(mine.contains(&kid));
    let resource = app.page(&app.browser(), &page).await;
    assert!(resource.contains(&kid), "the resource page lists it");
}

#[tokio::test]
async fn stewards_hand_over_and_take_back_through_forms_and_see_their_desk() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app.resource(&ada, json!({"name": "Ladder"})).await;
    let k = book(&app, &bob, &id, slot(1, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    let page = format!("/reservations/{kid}");
    let steward = app.browser_of(&ada).await;
    let borrower = app.browser_of(&bob).await;
    // The borrower may not hand it over; the steward may.
    app.check_form_roles(
        &format!("/reservations/{kid}/check-out"),
        &[("note", "two rungs taped")],
        Some((&borrower, 403)),
        &steward,
    )
    .await;
    let html = app.page(&steward, &page).await;
    assert!(
        html.contains("two rungs taped") && html.contains("/return\""),
        "{html}"
    );
    let long = "x".repeat(4001);
    let r = app
        .post_form(
            &steward,
            &page,
            &format!("/reservations/{kid}/return"),
            &[("note", &long)],
        )
        .await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("aria-invalid=\"true\""));
    let r = app
        .post_form(
            &steward,
            &page,
            &format!("/reservations/{kid}/return"),
            &[("note", "fine")],
        )
        .await;
    assert_eq!(r.status(), 200);
    assert!(r.text().await.unwrap().contains("returned"));

    let k = book(&app, &bob, &id, slot(5, 6, 1), 201).await;
    let kid = k["id"].as_str().unwrap();
    let stranger = app.browser_of(&app.person("eve").await).await;
    app.check_form_roles(
        &format!("/reservations/{kid}/cancel"),
        &[],
        Some((&stranger, 403)),
        &borrower,
    )
    .await;
    let desk = app.page(&steward, "/desk").await;
    assert!(desk.contains("Steward"), "{desk}");
    let booking = format!("/resources/{id}/reservations");
    let fields = [
        ("starts_at", rome(40)),
        ("ends_at", rome(41)),
        ("quantity", "1".to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.check_form_roles(&booking, &fields, None, &borrower)
        .await;
}

#[tokio::test]
async fn only_a_steward_approves_or_takes_back_through_the_forms() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Van", "kind": "vehicle", "approval_required": true}),
        )
        .await;
    let k = book(&app, &bob, &id, slot(2, 4, 1), 201).await;
    assert_eq!(k["state"], "pending");
    let kid = k["id"].as_str().unwrap();
    let steward = app.browser_of(&ada).await;
    let borrower = app.browser_of(&bob).await;
    let html = app.page(&borrower, &format!("/reservations/{kid}")).await;
    assert!(
        !html.contains("/approve\"") && html.contains("/cancel\""),
        "{html}"
    );
    app.check_form_roles(
        &format!("/reservations/{kid}/approve"),
        &[],
        Some((&borrower, 403)),
        &steward,
    )
    .await;
    app.post_as(
        &ada,
        &format!("/api/v1/reservations/{kid}/check-out"),
        json!({}),
        200,
    )
    .await;
    let r = app
        .check_form_roles(
            &format!("/reservations/{kid}/return"),
            &[("note", "dent on the left door")],
            Some((&borrower, 403)),
            &steward,
        )
        .await;
    assert!(r.text().await.unwrap().contains("dent on the left door"));
}

#[tokio::test]
async fn a_steward_puts_a_resource_up_from_a_page_and_changes_its_policy() {
    let app = TestApp::spawn().await;
    let chen = app.person("chen").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&chen).member(&bob).await;
    let steward = app.browser_of(&chen).await;
    let html = app.page(&steward, "/resources/new").await;
    assert!(
        html.contains("@city") && html.contains("name=\"min_minutes\""),
        "{html}"
    );
    let fields = [
        ("kind", "vehicle"),
        ("name", "Cargo trike"),
        ("description", "Three wheels, one box."),
        ("place", "Town hall"),
        ("condition", "new"),
        ("quantity", "2"),
        ("organization", "city"),
        ("min_minutes", "60"),
        ("max_minutes", "1440"),
        ("horizon_days", "30"),
        ("buffer_minutes", "30"),
        ("borrowers", "members"),
        ("training_required", "on"),
    ];
    // A borrower may not put it up for the city (403), anonymous 401.
    let bobs = app.browser_of(&bob).await;
    let r = app
        .check_form_roles("/resources", &fields, Some((&bobs, 403)), &steward)
        .await;
    let id = r.url().path().trim_start_matches("/resources/").to_string();
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
        (v["quantity"].as_i64(), v["steward"].as_str()),
        (Some(2), Some("@city"))
    );
    assert_eq!(v["policy"]["training_required"], true);
    assert_eq!(v["policy"]["borrowers"], "members");
    assert_eq!(v["policy"]["approval_required"], false);
    // A broken policy comes back beside its field, nothing written.
    let before = app.rows("lending_resources").await;
    let mut bad = fields.to_vec();
    bad[8] = ("max_minutes", "0");
    let r = app
        .post_form(&steward, "/resources/new", "/resources", &bad)
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("aria-invalid=\"true\"") && html.contains("Cargo trike"),
        "{html}"
    );
    assert_eq!(app.rows("lending_resources").await, before);

    // The policy form: the steward's, on the resource's page.
    let page = format!("/resources/{id}");
    let html = app.page(&steward, &page).await;
    assert!(
        html.contains(
            "name=\"policy-max_minutes\" type=\"number\" min=\"1\" required value=\"1440\""
        ),
        "{html}"
    );
    let policy = [
        ("policy-min_minutes", "30"),
        ("policy-max_minutes", "600"),
        ("policy-horizon_days", "14"),
        ("policy-buffer_minutes", "0"),
        ("policy-borrowers", "anyone"),
        ("policy-approval_required", "on"),
    ];
    app.check_form_roles(
        &format!("/resources/{id}/policy"),
        &policy,
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
    assert_eq!(v["policy"]["max_minutes"], 600);
    assert_eq!(v["policy"]["approval_required"], true);
    assert_eq!(v["policy"]["training_required"], false);
    assert_eq!(v["policy"]["borrowers"], "anyone");
    // Through the API, a field at a time; a stranger is refused.
    app.check_roles(
        &crate::support::ApiCall::put(
            format!("/api/v1/resources/{id}/policy"),
            json!({"buffer_minutes": 45}),
        ),
        Some((&bob, 403)),
        (&chen, 200),
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
        (
            v["policy"]["buffer_minutes"].as_i64(),
            v["policy"]["max_minutes"].as_i64()
        ),
        (Some(45), Some(600))
    );
    let r = app
        .program()
        .put(app.url(&format!("/api/v1/resources/{id}/policy")))
        .bearer_auth(&chen.token)
        .json(&json!({"min_minutes": 700}))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 422, "invalid_policy").await;
}
