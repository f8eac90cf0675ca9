//! One namespace of handles for people and organizations: a handle one holds is taken for
//! the other, under races too, and pairs from before the namespace are settled.

use crate::support::{TestApp, expect_page_error, expect_problem};
use serde_json::{Value, json};

async fn create_org(app: &TestApp, token: &str, handle: &str) -> reqwest::Response {
    app.program()
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(token)
        .json(&json!({"handle": handle, "name": format!("The {handle}"), "kind": "cooperative"}))
        .send()
        .await
        .unwrap()
}

async fn sign_up(app: &TestApp, handle: &str) -> reqwest::Response {
    app.program()
        .post(app.url("/api/v1/people"))
        .json(
            &json!({"handle": handle, "display_name": handle, "password": "correct horse battery"}),
        )
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_person_cannot_take_an_organizations_handle_nor_the_reverse() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    assert_eq!(create_org(&app, &ada, "lagomar-city").await.status(), 201);

    let p = expect_problem(sign_up(&app, "lagomar-city").await, 409, "handle_taken").await;
    assert!(
        p["detail"].as_str().unwrap().contains("an organization"),
        "{p}"
    );
    let p = expect_problem(create_org(&app, &ada, "ada").await, 409, "handle_taken").await;
    assert!(p["detail"].as_str().unwrap().contains("a person"), "{p}");

    // The same on the pages.
    let r = app
        .post_form(
            &app.browser(),
            "/signup",
            "/signup",
            &[
                ("handle", "lagomar-city"),
                ("display_name", "Not the city"),
                ("password", "correct horse battery"),
            ],
        )
        .await;
    expect_page_error(r, 409, "taken by an organization").await;
    let b = app.signed_in_browser("bruno").await;
    let r = app
        .post_form(
            &b,
            "/orgs/new",
            "/orgs",
            &[
                ("handle", "ada"),
                ("name", "Ada's"),
                ("kind", "cooperative"),
            ],
        )
        .await;
    expect_page_error(r, 409, "taken by a person").await;
    assert_eq!(app.rows("organizations").await, 1);
    assert_eq!(app.rows("people").await, 2);
    assert_eq!(app.rows("handles").await, 3);
}

#[tokio::test]
async fn racing_claims_of_one_handle_give_it_to_one() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    for round in 0..6 {
        let handle = format!("contested{round}");
        let (a, b, c) = tokio::join!(
            sign_up(&app, &handle),
            create_org(&app, &ada, &handle),
            sign_up(&app, &handle)
        );
        let statuses = [
            a.status().as_u16(),
            b.status().as_u16(),
            c.status().as_u16(),
        ];
        assert_eq!(
            statuses.iter().filter(|s| **s == 201).count(),
            1,
            "round {round}: {statuses:?}"
        );
        for r in [a, b, c] {
            if r.status() != 201 {
                expect_problem(r, 409, "handle_taken").await;
            }
        }
    }
    let people = app.rows("people").await;
    let orgs = app.rows("organizations").await;
    assert_eq!(people + orgs, 7, "ada and one owner per contested handle");
    assert_eq!(app.rows("handles").await, 7);
}

/// Writes a row as a server from before the shared namespace did: without a claim.
async fn legacy(app: &TestApp, sql: String) {
    app.state
        .db
        .write(move |c| {
            use diesel::RunQueryDsl;
            diesel::sql_query(sql)
                .execute(c)
                .map_err(commonfare::error::AppError::internal)?;
            Ok(())
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn pairs_from_before_the_namespace_are_settled_later_one_renamed() {
    let app = TestApp::spawn().await;
    app.api_user("ada").await;
    // An organization @ada made after the person @ada…
    legacy(
        &app,
        "INSERT INTO organizations (id, handle, name, kind, description, website, created_at, \
         updated_at) VALUES ('org-late', 'ada', 'Ada Cooperative', 'cooperative', '', '', \
         9000000000000, 9000000000000)"
            .into(),
    )
    .await;
    // …and a person @lagomar made after the organization @lagomar, whose -2 is taken.
    legacy(
        &app,
        "INSERT INTO organizations (id, handle, name, kind, description, website, created_at, \
         updated_at) VALUES ('org-early', 'lagomar', 'City of Lagomar', 'public_body', '', '', \
         1000, 1000)"
            .into(),
    )
    .await;
    legacy(
        &app,
        "INSERT INTO people (id, handle, display_name, email, bio, password_hash, is_admin, \
         created_at, updated_at) VALUES ('person-late', 'lagomar', 'Not the city', NULL, '', \
         'x', FALSE, 2000, 2000)"
            .into(),
    )
    .await;
    app.api_user("lagomar-2").await;

    let renamed = commonfare::accounts::settle_handles(&app.state.db).unwrap();
    assert_eq!(renamed, 2);
    assert_eq!(
        commonfare::accounts::settle_handles(&app.state.db).unwrap(),
        0
    );

    let get = |path: &'static str| {
        let c = app.program();
        let url = app.url(path);
        async move { c.get(url).send().await.unwrap() }
    };
    assert_eq!(get("/api/v1/people/ada").await.status(), 200);
    let org: Value = get("/api/v1/orgs/ada-2").await.json().await.unwrap();
    assert_eq!(org["name"], "Ada Cooperative");
    assert_eq!(get("/api/v1/orgs/lagomar").await.status(), 200);
    let p: Value = get("/api/v1/people/lagomar-3").await.json().await.unwrap();
    assert_eq!(p["display_name"], "Not the city");

    // The old address of the renamed one leads to it, and its page says why.
    let r = app
        .browser()
        .get(app.url("/people/lagomar"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.url().path(),
        "/people/lagomar-3",
        "followed the permanent redirect"
    );
    let page = r.text().await.unwrap();
    assert!(page.contains("Known as @lagomar until"), "{page}");
    assert!(page.contains("the organization @lagomar had this handle first"));
    let page = app.page(&app.browser(), "/orgs/ada-2").await;
    assert!(page.contains("the person @ada had this handle first"));

    // Journaled, and in the export.
    let events: Value = get("/api/v1/activity?object_type=organization")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["verb"] == "Update"
                && e["object_url"] == "/orgs/ada-2"
                && e["actor"].is_null())
    );
    let mut out = Vec::new();
    let counts = commonfare::ops::export_db(&app.state.db, &mut out).unwrap();
    assert_eq!(counts.get("handle_rename"), Some(&2));
    // Both hold their handles now: no one can take either.
    let t = app.api_user("bruno").await;
    expect_problem(create_org(&app, &t, "lagomar-3").await, 409, "handle_taken").await;
    expect_problem(sign_up(&app, "ada-2").await, 409, "handle_taken").await;
}
