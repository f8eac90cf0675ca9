//! The OpenAPI document: served, 3.1, complete, and unchanged unless on purpose (insta).

use crate::support::TestApp;
use serde_json::Value;

#[tokio::test]
async fn openapi_is_served_and_matches_the_snapshot() {
    let app = TestApp::spawn().await;
    let spec: Value = app
        .program()
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    // Every API route of the router is described.
    for path in [
        "/api/v1/activity",
        "/api/v1/activity/stream",
        "/api/v1/people",
        "/api/v1/people/{handle}",
        "/api/v1/me",
        "/api/v1/me/password",
        "/api/v1/tokens",
        "/api/v1/tokens/{id}",
        "/api/v1/orgs",
        "/api/v1/orgs/{handle}",
        "/api/v1/orgs/{handle}/invitations",
        "/api/v1/orgs/{handle}/accept",
        "/api/v1/orgs/{handle}/leave",
        "/api/v1/orgs/{handle}/members/{member}",
    ] {
        assert!(
            spec["paths"].get(path).is_some(),
            "{path} missing from the OpenAPI document"
        );
    }
    insta::assert_json_snapshot!("openapi", spec);
}
