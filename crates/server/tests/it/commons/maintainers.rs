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

/// The commons page's maintainer controls and the revisions' revert button follow the API's
/// rules: maintainers only, never the last one, a revert only once confirmed.
#[tokio::test]
async fn maintainers_add_remove_and_revert_from_the_pages() {
    use crate::support::expect_page_error;
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.person("bob").await;
    let eve = app.person("eve").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("a.md", "one\n")
        .await;
    let maintainer = app.browser_of(&ada).await;
    let stranger = app.browser_of(&eve).await;

    let html = app.page(&maintainer, &bread.page("")).await;
    assert!(html.contains(r#"action="/commons/bread/maintainers""#));
    assert!(
        !html.contains("/maintainers/ada/remove"),
        "no step-down button for the last maintainer"
    );
    assert!(
        !app.page(&stranger, &bread.page(""))
            .await
            .contains("/maintainers\"")
    );

    app.check_form_roles(
        "/commons/bread/maintainers",
        &[("handle", "@bob")],
        Some((&stranger, 403)),
        &maintainer,
    )
    .await;
    let view = app
        .call_as(None, reqwest::Method::GET, &bread.api(""), None, 200)
        .await;
    assert_eq!(view["maintainers"].as_array().unwrap().len(), 2);
    let html = app.page(&maintainer, &bread.page("")).await;
    assert!(html.contains("/maintainers/bob/remove") && html.contains("/maintainers/ada/remove"));
    app.check_form_roles(
        "/commons/bread/maintainers/bob/remove",
        &[],
        Some((&stranger, 403)),
        &maintainer,
    )
    .await;
    // The last maintainer stays, whatever the form says.
    let r = app
        .post_form(
            &maintainer,
            &bread.page(""),
            "/commons/bread/maintainers/ada/remove",
            &[],
        )
        .await;
    assert_eq!(r.status(), 409);

    // Revert: the button is on the revisions for maintainers; it needs its confirmation.
    let html = app.page(&maintainer, &bread.page("/revisions")).await;
    assert!(
        html.contains(r#"action="/commons/bread/revisions/2/revert""#),
        "{html}"
    );
    assert!(
        !app.page(&stranger, &bread.page("/revisions"))
            .await
            .contains("/revert\"")
    );
    let r = app
        .post_form(
            &maintainer,
            &bread.page("/revisions"),
            "/commons/bread/revisions/2/revert",
            &[],
        )
        .await;
    expect_page_error(r, 422, "tick the confirmation").await;
    app.check_form_roles(
        "/commons/bread/revisions/2/revert",
        &[("confirm", "yes")],
        Some((&stranger, 403)),
        &maintainer,
    )
    .await;
    let files = app
        .call_as(None, reqwest::Method::GET, &bread.api("/files"), None, 200)
        .await;
    assert!(
        !files.to_string().contains("a.md"),
        "revision 2 added a.md; reverting it removed it: {files}"
    );
}
