//! Reverting a revision through the API: maintainers only (anonymous 401, others 403), a
//! new revision whose files are those before the reverted one, a 409 with the model's code
//! when later revisions touched the same files, and an `Undo` event in the journal.

use super::compare::{bread_with_three_revisions, files_of};
use super::{get, ok, post};
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn revert_path(n: i64) -> String {
    format!("/api/v1/commons/bread/revisions/{n}/revert")
}

#[tokio::test]
async fn maintainers_revert_as_a_new_revision() {
    let app = TestApp::spawn().await;
    let (ada, bob) = bread_with_three_revisions(&app).await;
    let carol = app.api_user("carol").await;

    expect_problem(
        post(&app, None, &revert_path(3), json!({})).await,
        401,
        "unauthorized",
    )
    .await;
    for stranger in [&bob, &carol] {
        let r = post(&app, Some(stranger), &revert_path(3), json!({})).await;
        expect_problem(r, 403, "not_allowed").await;
    }
    assert_eq!(
        get(&app, "/api/v1/commons/bread").await["head"]["number"],
        3
    );

    // r3 changed notes.txt after r2 added it: undoing r2 now conflicts.
    let r = post(&app, Some(&ada), &revert_path(2), json!({})).await;
    expect_problem(r, 409, "conflicting").await;
    let r = post(&app, Some(&ada), &revert_path(1), json!({})).await;
    expect_problem(r, 409, "illegal_transition").await;
    let r = post(&app, Some(&ada), &revert_path(99), json!({})).await;
    expect_problem(r, 404, "not_found").await;
    assert_eq!(
        get(&app, "/api/v1/commons/bread").await["head"]["number"],
        3
    );

    let rev = ok(
        post(&app, Some(&ada), &revert_path(3), json!({})).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(rev["number"], 4);
    assert!(
        rev["message"].as_str().unwrap().starts_with("Revert"),
        "{rev}"
    );
    let strip = |files: std::collections::BTreeMap<String, Vec<u8>>, n: i64| {
        files
            .into_iter()
            .map(|(k, v)| (k.replacen(&format!("bread-r{n}/"), "", 1), v))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert_eq!(
        strip(files_of(&app, 4).await, 4),
        strip(files_of(&app, 2).await, 2)
    );
    let d = get(&app, "/api/v1/commons/bread/diff?from=2&to=4").await;
    assert_eq!(d["files"], json!([]), "{d}");

    let events: Value = get(&app, "/api/v1/activity?actor=ada").await;
    let undo = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["verb"] == "Undo")
        .unwrap_or_else(|| panic!("no undo event: {events}"));
    assert_eq!(undo["payload"]["reverted"], 3, "{undo}");
}
