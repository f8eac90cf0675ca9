//! Organizations: kinds, membership life cycle, the last-admin rule, pages.

use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn create_org(app: &TestApp, token: &str, handle: &str, kind: &str) -> reqwest::Response {
    app.program()
        .post(app.url("/api/v1/orgs"))
        .bearer_auth(token)
        .json(&json!({"handle": handle, "name": format!("The {handle}"), "kind": kind, "description": "We bake.", "website": "https://example.org"}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn every_kind_can_be_created() {
    let app = TestApp::spawn().await;
    let t = app.api_user("ada").await;
    for (i, kind) in [
        "for_profit",
        "cooperative",
        "phyle",
        "for_benefit",
        "public_body",
        "informal_group",
    ]
    .iter()
    .enumerate()
    {
        let r = create_org(&app, &t, &format!("org{i}"), kind).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        let o: Value = r.json().await.unwrap();
        assert_eq!(o["kind"], *kind);
    }
    let r = create_org(&app, &t, "bank", "bank").await;
    expect_problem(r, 422, "invalid_fields").await;
    let list: Value = app
        .program()
        .get(app.url("/api/v1/orgs"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["items"].as_array().unwrap().len(), 6);
}

#[tokio::test]
async fn membership_life_cycle() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    let c = app.program();
    assert_eq!(
        create_org(&app, &ada, "bakery", "cooperative")
            .await
            .status(),
        StatusCode::CREATED
    );

    // The last admin cannot leave.
    let r = c
        .post(app.url("/api/v1/orgs/bakery/leave"))
        .bearer_auth(&ada)
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "last_admin").await;

    let r = c
        .post(app.url("/api/v1/orgs/bakery/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle":"bob","role":"admin"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = c
        .post(app.url("/api/v1/orgs/bakery/invitations"))
        .bearer_auth(&ada)
        .json(&json!({"handle":"bob"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "already_member").await;
    let detail: Value = c
        .get(app.url("/api/v1/orgs/bakery"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let bob_row = detail["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["handle"] == "bob")
        .unwrap()
        .clone();
    assert_eq!(bob_row["state"], "invited");

    // An invited admin does not count as an admin until they accept.
    let r = c
        .post(app.url("/api/v1/orgs/bakery/leave"))
        .bearer_auth(&ada)
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "last_admin").await;
    let r = c
        .post(app.url("/api/v1/orgs/bakery/accept"))
        .bearer_auth(&bob)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = c
        .post(app.url("/api/v1/orgs/bakery/leave"))
        .bearer_auth(&ada)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);

    let detail: Value = c
        .get(app.url("/api/v1/orgs/bakery"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let members = detail["members"].as_array().unwrap();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0]["handle"], "bob");
    assert_eq!(members[0]["role"], "admin");
    assert_eq!(members[0]["state"], "active");

    // Removing the last admin is refused as well.
    let r = c
        .delete(app.url("/api/v1/orgs/bakery/members/bob"))
        .bearer_auth(&bob)
        .send()
        .await
        .unwrap();
    expect_problem(r, 409, "last_admin").await;

    let verbs: Value = c
        .get(app.url("/api/v1/activity?object_type=organization"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let verbs: Vec<&str> = verbs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["verb"].as_str().unwrap())
        .collect();
    assert_eq!(verbs, ["Leave", "Join", "Invite", "Create"]);
}

#[tokio::test]
async fn organization_pages_show_kind_members_and_history() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let _bob = app.signed_in_browser("bob").await;
    let r = app
        .post_form(
            &ada,
            "/orgs/new",
            "/orgs",
            &[
                ("handle", "city"),
                ("name", "City of Lagomar"),
                ("kind", "public_body"),
                ("description", ""),
                ("website", ""),
            ],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.url().path(), "/orgs/city");
    let r = app
        .post_form(
            &ada,
            "/orgs/city",
            "/orgs/city/invite",
            &[("handle", "bob"), ("role", "member")],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("Public body"));
    assert!(page.contains("@bob") && page.contains("invited"));
    assert!(page.contains("History") && page.contains("@ada invited @bob to @city as member"));
    let list = app
        .program()
        .get(app.url("/orgs"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("City of Lagomar"));
}

#[tokio::test]
async fn invite_accept_leave_and_remove_through_pages() {
    let app = TestApp::spawn().await;
    let ada = app.signed_in_browser("ada").await;
    let bob = app.signed_in_browser("bob").await;
    app.post_form(
        &ada,
        "/orgs/new",
        "/orgs",
        &[
            ("handle", "coop"),
            ("name", "Coop"),
            ("kind", "cooperative"),
        ],
    )
    .await;
    app.post_form(
        &ada,
        "/orgs/coop",
        "/orgs/coop/invite",
        &[("handle", "bob")],
    )
    .await;
    let page = app
        .post_form(&bob, "/orgs/coop", "/orgs/coop/accept", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Leave"), "bob is a member now");
    let page = app
        .post_form(&bob, "/orgs/coop", "/orgs/coop/leave", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("/orgs/coop/leave"), "bob left");
    app.post_form(
        &ada,
        "/orgs/coop",
        "/orgs/coop/invite",
        &[("handle", "bob")],
    )
    .await;
    let r = app
        .post_form(&ada, "/orgs/coop", "/orgs/coop/members/bob/remove", &[])
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let detail: Value = app
        .program()
        .get(app.url("/api/v1/orgs/coop"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(detail["members"].as_array().unwrap().len(), 1);
}
