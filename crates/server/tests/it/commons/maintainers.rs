//! Maintainers of a commons: added and removed by maintainers only, never the last one.

use super::{create_commons, get, ok, post};
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn maintainers_are_added_and_removed_by_maintainers_only() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    create_commons(&app, &ada, "bread").await;
    let path = "/api/v1/commons/bread/maintainers";
    expect_problem(
        post(&app, Some(&bob), path, json!({"handle": "bob"})).await,
        403,
        "not_allowed",
    )
    .await;
    let c = ok(
        post(&app, Some(&ada), path, json!({"handle": "bob"})).await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(c["maintainers"].as_array().unwrap().len(), 2);
    let r = post(&app, Some(&ada), path, json!({"handle": "bob"})).await;
    let p = expect_problem(r, 409, "already_maintainer").await;
    assert!(p["detail"].as_str().unwrap().contains("@bob"), "{p}");
    expect_problem(
        post(&app, Some(&ada), path, json!({"handle": "nobody"})).await,
        404,
        "not_found",
    )
    .await;

    let delete = |token: &str, who: &str| {
        app.program()
            .delete(app.url(&format!("{path}/{who}")))
            .bearer_auth(token)
            .send()
    };
    let c = ok(delete(&ada, "ada").await.unwrap(), StatusCode::OK).await;
    assert_eq!(c["maintainers"][0]["handle"], "bob");
    // Bob is the last maintainer now; Ada no longer is one.
    expect_problem(delete(&bob, "bob").await.unwrap(), 409, "last_maintainer").await;
    expect_problem(delete(&ada, "bob").await.unwrap(), 403, "not_allowed").await;
    let events = get(&app, "/api/v1/activity?object_type=commons").await;
    let verbs: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["verb"].as_str().unwrap())
        .collect();
    assert_eq!(verbs, ["Remove", "Add", "Create"]);
}
