//! A commons as the steward of a resource: only its maintainers may name it, they steward
//! what it lends (check-out, return), its members (maintainers and contributors whose
//! work it accepted) may borrow a members' resource, its page links the commons, and its
//! events land in the commons' record.

use super::{book, slot};
use crate::support::{ApiCall, TestApp, expect_problem};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn only_a_maintainer_names_a_commons_as_the_steward_and_stewards_its_loans() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let eve = app.person("eve").await;
    let manuals = app.commons("repair-manuals").maintained_by(&ada).await;

    // Anonymous 401, a stranger 403, a maintainer 201.
    let body = json!({"kind": "tool", "name": "Repair kit", "commons": "repair-manuals",
        "borrowers": "members"});
    let r = app
        .check_roles(
            &ApiCall::post("/api/v1/resources", body),
            Some((&eve, 403)),
            (&ada, 201),
        )
        .await;
    let v: serde_json::Value = r.json().await.unwrap();
    assert_eq!(v["steward_kind"], "commons", "{v}");
    assert_eq!(v["steward"], "@repair-manuals", "{v}");
    let id = v["id"].as_str().unwrap().to_string();

    // A commons that does not exist: 404, nothing written.
    let before = app.rows("lending_resources").await;
    let v = app
        .call_as(
            Some(&ada),
            Method::POST,
            "/api/v1/resources",
            Some(json!({"kind": "tool", "name": "Kit", "commons": "no-such"})),
            404,
        )
        .await;
    assert_eq!(v["code"], "not_found", "{v}");
    assert_eq!(app.rows("lending_resources").await, before);

    // Members only: a stranger may not borrow; a contributor whose change was accepted may.
    let refused = book(&app, &eve, &id, slot(2, 3, 1), 403).await;
    assert!(
        refused["detail"]
            .as_str()
            .unwrap()
            .contains("repair-manuals"),
        "{refused}"
    );
    app.change(&manuals)
        .by(&bob)
        .accepted_by(&ada)
        .add("kettle.md", "Descale first.\n")
        .await;
    let k = book(&app, &bob, &id, slot(2, 3, 1), 201).await;
    let kid = k["id"].as_str().unwrap();

    // The maintainer hands it over and takes it back; the borrower and strangers may not.
    let at = |a: &str| format!("/api/v1/reservations/{kid}/{a}");
    app.check_roles(
        &ApiCall::post(at("check-out"), json!({"note": "all parts in the box"})),
        Some((&bob, 403)),
        (&ada, 200),
    )
    .await;
    app.check_roles(
        &ApiCall::post(at("return"), json!({"note": "soldering tip worn"})),
        Some((&eve, 403)),
        (&ada, 200),
    )
    .await;

    // Its events are in the commons' record.
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=commons:repair-manuals&limit=100",
            None,
            200,
        )
        .await;
    let kinds: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    for kind in [
        "resource.created",
        "reservation.checked_out",
        "reservation.returned",
    ] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }

    // The resource page links the commons.
    let html = app.page(&app.browser(), &format!("/resources/{id}")).await;
    assert!(html.contains("href=\"/commons/repair-manuals\""), "{html}");
}

#[tokio::test]
async fn an_organization_and_a_commons_together_are_refused_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("menders").admin(&ada).await;
    app.commons("repair-manuals").maintained_by(&ada).await;
    let before = app.rows("lending_resources").await;
    let journal = app.journal_len().await;
    let r = app
        .program()
        .post(app.url("/api/v1/resources"))
        .bearer_auth(&ada.token)
        .json(
            &json!({"kind": "tool", "name": "Kit", "organization": "menders",
            "commons": "repair-manuals"}),
        )
        .send()
        .await
        .unwrap();
    let p = expect_problem(r, 422, "two_stewards").await;
    assert!(p["detail"].as_str().unwrap().contains("not both"), "{p}");
    assert_eq!(app.rows("lending_resources").await, before);
    assert_eq!(app.journal_len().await, journal);
}

#[tokio::test]
async fn a_deleted_commons_lends_nothing_new() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.commons("old-rig").maintained_by(&ada).await;
    app.call_as(
        Some(&ada),
        Method::DELETE,
        "/api/v1/commons/old-rig",
        None,
        200,
    )
    .await;
    let v = app
        .call_as(
            Some(&ada),
            Method::POST,
            "/api/v1/resources",
            Some(json!({"kind": "machine", "name": "Test rig", "commons": "old-rig"})),
            410,
        )
        .await;
    assert_eq!(v["code"], "commons_deleted", "{v}");
}

#[tokio::test]
async fn the_resource_form_offers_the_commons_one_maintains() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.commons("irrigation").maintained_by(&ada).await;
    let browser = app.browser_of(&ada).await;
    let html = app.page(&browser, "/resources/new").await;
    assert!(html.contains("value=\"commons:irrigation\""), "{html}");
    let r = app
        .post_form(
            &browser,
            "/resources/new",
            "/resources",
            &[
                ("kind", "machine"),
                ("name", "Controller test rig"),
                ("quantity", "1"),
                ("organization", "commons:irrigation"),
                ("min_minutes", "60"),
                ("max_minutes", "1440"),
                ("horizon_days", "60"),
                ("buffer_minutes", "0"),
                ("borrowers", "members"),
            ],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(
        html.contains("Controller test rig") && html.contains("href=\"/commons/irrigation\""),
        "{html}"
    );
}

#[tokio::test]
async fn what_a_commons_lends_is_a_library_whose_maintainers_set_its_factors() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let eve = app.person("eve").await;
    app.commons("seed-library").maintained_by(&ada).await;
    app.resource(
        &ada,
        json!({"kind": "tool", "name": "Seed cleaner", "commons": "seed-library"}),
    )
    .await;
    let v = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/lending/savings?library=seed-library",
            None,
            200,
        )
        .await;
    assert_eq!(v["library"], "@seed-library", "{v}");
    assert_eq!(v["total"]["items"], 1, "{v}");
    let territory = app
        .call_as(None, Method::GET, "/api/v1/lending/savings", None, 200)
        .await;
    let listed = territory["libraries"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["library"] == "@seed-library" && l["steward_kind"] == "commons");
    assert!(listed, "{territory}");

    let path = "/api/v1/lending/libraries/seed-library/savings-factors";
    app.check_roles(
        &ApiCall::put(path, json!({"cars_shed_per_vehicle": 12})),
        Some((&eve, 403)),
        (&ada, 200),
    )
    .await;
    let events = app
        .call_as(
            None,
            Method::GET,
            "/api/v1/activity?context=commons:seed-library&limit=100",
            None,
            200,
        )
        .await;
    let set = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "commons.savings_factors_set");
    assert!(set, "{events}");
}

#[tokio::test]
async fn a_maintainer_s_desk_holds_what_the_commons_lends() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.commons("tool-docs").maintained_by(&ada).await;
    let id = app
        .resource(
            &ada,
            json!({"name": "Thermal camera", "commons": "tool-docs", "borrowers": "anyone",
                "approval_required": true}),
        )
        .await;
    let k = book(&app, &bob, &id, slot(30, 31, 1), 201).await;
    assert_eq!(k["state"], "pending", "{k}");
    let desk = app
        .call_as(Some(&ada), Method::GET, "/api/v1/me/desk", None, 200)
        .await;
    let waiting: Vec<&str> = desk["awaiting_approval"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    assert_eq!(waiting, [k["id"].as_str().unwrap()], "{desk}");
    // Not the desk of someone who does not maintain it.
    let theirs = app
        .call_as(Some(&bob), Method::GET, "/api/v1/me/desk", None, 200)
        .await;
    assert_eq!(theirs["awaiting_approval"], json!([]), "{theirs}");
}
