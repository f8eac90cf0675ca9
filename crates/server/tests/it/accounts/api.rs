//! People and organizations through the API: tokens, the sign-in limit, organizations
//! of every kind and the life of a membership; and no secret in the journal.

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
async fn login_is_rate_limited_per_account() {
    let app = TestApp::spawn_with(|c| c.login_limit_account = 3).await;
    app.api_user("ada").await;
    let c = app.program();
    for _ in 0..3 {
        let r = c
            .post(app.url("/api/v1/tokens"))
            .json(&json!({"name":"x","handle":"ada","password":"wrong password!"}))
            .send()
            .await
            .unwrap();
        expect_problem(r, 401, "wrong_credentials").await;
    }
    // Even the right password is refused while the account is throttled.
    let r = c
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name":"x","handle":"ada","password":"correct horse battery"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn login_is_rate_limited_per_address() {
    let app = TestApp::spawn_with(|c| c.login_limit_address = 2).await;
    let c = app.program();
    for h in ["nobody1", "nobody2"] {
        let r = c
            .post(app.url("/api/v1/tokens"))
            .json(&json!({"name":"x","handle":h,"password":"whatever it is"}))
            .send()
            .await
            .unwrap();
        expect_problem(r, 401, "wrong_credentials").await;
    }
    let r = c
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name":"x","handle":"nobody3","password":"whatever it is"}))
        .send()
        .await
        .unwrap();
    expect_problem(r, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn tokens_create_list_revoke() {
    let app = TestApp::spawn().await;
    let t1 = app.api_user("ada").await;
    let c = app.program();
    let me: Value = c
        .get(app.url("/api/v1/me"))
        .bearer_auth(&t1)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["handle"], "ada");
    let r = c
        .post(app.url("/api/v1/tokens"))
        .bearer_auth(&t1)
        .json(&json!({"name":"second"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    let t2 = created["token"].as_str().unwrap().to_string();
    let list: Value = c
        .get(app.url("/api/v1/tokens"))
        .bearer_auth(&t2)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert!(
        list.to_string().find(&t1).is_none() && list.to_string().find(&t2).is_none(),
        "secrets are never listed"
    );
    let id = created["id"].as_str().unwrap();
    let r = c
        .delete(app.url(&format!("/api/v1/tokens/{id}")))
        .bearer_auth(&t1)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let r = c
        .get(app.url("/api/v1/me"))
        .bearer_auth(&t2)
        .send()
        .await
        .unwrap();
    expect_problem(r, 401, "unauthorized").await;
}

#[tokio::test]
async fn secrets_never_reach_the_journal() {
    let app = TestApp::spawn().await;
    let c = app.program();
    c.post(app.url("/api/v1/people"))
        .json(&json!({"handle":"ada","display_name":"Ada","email":"ada@example.org","password":"correct horse battery"}))
        .send()
        .await
        .unwrap();
    let t = c
        .post(app.url("/api/v1/tokens"))
        .json(&json!({"name":"x","handle":"ada","password":"correct horse battery"}))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let journal = c
        .get(app.url("/api/v1/activity"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(journal.contains("ada"));
    for secret in [
        "ada@example.org",
        "correct horse battery",
        "argon2",
        t["token"].as_str().unwrap(),
    ] {
        assert!(!journal.contains(secret), "journal leaks {secret}");
    }
}

#[tokio::test]
async fn every_kind_can_be_created() {
    let app = TestApp::spawn().await;
    let t = app.api_user("ada").await;
    for (i, kind) in [
        "for_profit",
        "cooperative",
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
    // A phyle's members are commoners: once ada maintains a commons, she may found one.
    let r = create_org(&app, &t, "mill", "phyle").await;
    expect_problem(r, 409, "not_a_contributor").await;
    let r = app
        .program()
        .post(app.url("/api/v1/commons"))
        .bearer_auth(&t)
        .json(&serde_json::json!({"handle": "flour", "name": "Flour", "kind": "knowledge", "licence": "CC-BY-SA-4.0"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = create_org(&app, &t, "mill", "phyle").await;
    assert_eq!(r.status(), StatusCode::CREATED);
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
