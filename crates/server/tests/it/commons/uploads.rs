//! The page forms beyond the text editor: uploading a file (binary or text, multipart),
//! recording work, the configured file size limit, and larger changes over the API.

use super::{create_commons, get, ok, post, propose};
use crate::support::{TestApp, expect_page_error, expect_problem};
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use serde_json::json;

/// Bytes that are not UTF-8 (a PNG signature and a NUL), so stored as binary.
fn picture(len: usize) -> Vec<u8> {
    let mut b = vec![0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0];
    b.resize(len, 7);
    b
}

async fn upload_form(
    app: &TestApp,
    browser: &reqwest::Client,
    path: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let csrf = app.csrf(browser, "/commons/bread/edit").await;
    let base = get(app, "/api/v1/commons/bread").await["head"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let form = Form::new()
        .text("csrf", csrf)
        .text("base", base)
        .text("path", path.to_string())
        .text("message", "The bakery's logo")
        .part("file", Part::bytes(bytes).file_name("logo.png"));
    browser
        .post(app.url("/commons/bread/upload"))
        .multipart(form)
        .send()
        .await
        .expect("upload")
}

#[tokio::test]
async fn upload_a_binary_file_and_record_work_from_the_pages() {
    let app = TestApp::spawn_with(|c| c.max_file_bytes = 50_000).await;
    let ada = app.api_user("ada").await;
    create_commons(&app, &ada, "bread").await;
    let bob = app.signed_in_browser("bob").await;

    // The path defaults to the file's own name; non-UTF-8 content is stored as binary.
    let r = upload_form(&app, &bob, "", picture(20_000)).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.url().path().ends_with("/contributions/1"), "{}", r.url());
    let k = get(&app, "/api/v1/commons/bread/contributions/1").await;
    assert_eq!(k["author"], "bob");
    assert_eq!(k["files"][0]["path"], "logo.png");
    assert_eq!(k["files"][0]["size"], 20_000);
    let path = "/api/v1/commons/bread/contributions/1/accept";
    ok(
        post(&app, Some(&ada), path, json!({})).await,
        StatusCode::OK,
    )
    .await;
    let f = get(&app, "/api/v1/commons/bread/files/logo.png").await;
    assert_eq!(
        (f["kind"].as_str(), f["text"].is_null()),
        (Some("binary"), true)
    );

    // Over the configured file size: refused with what to do, nothing proposed.
    let before = app.rows("commons_contributions").await;
    let r = upload_form(&app, &bob, "big.png", picture(60_000)).await;
    expect_page_error(r, 422, "the limit per file").await;
    let r = upload_form(&app, &bob, "", Vec::new()).await;
    expect_page_error(r, 422, "choose a file").await;
    assert_eq!(app.rows("commons_contributions").await, before);

    // A stale or forged form is refused.
    let form = Form::new()
        .text("csrf", "0".repeat(64))
        .part("file", Part::bytes(picture(10)).file_name("x.png"));
    let r = bob
        .post(app.url("/commons/bread/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // Work records from the commons page.
    let fields = [
        ("minutes", "90"),
        ("description", "Baked the test batch"),
        ("evidence", ""),
    ];
    let r = app
        .post_form(&bob, "/commons/bread", "/commons/bread/work", &fields)
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let k = get(&app, "/api/v1/commons/bread/contributions/2").await;
    assert_eq!(
        (k["type"].as_str(), k["minutes"].as_u64()),
        (Some("work_record"), Some(90))
    );
    let fields = [("minutes", "an hour"), ("description", "x")];
    let r = app
        .post_form(&bob, "/commons/bread", "/commons/bread/work", &fields)
        .await;
    expect_page_error(r, 422, "whole number").await;
    assert_eq!(app.rows("commons_contributions").await, before + 1);

    // Anonymous visitors cannot upload.
    let anon = app.browser();
    let form = Form::new().part("file", Part::bytes(picture(10)).file_name("x.png"));
    let r = anon
        .post(app.url("/commons/bread/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_ne!(r.status(), StatusCode::OK);
    assert_eq!(app.rows("commons_contributions").await, before + 1);
}

#[tokio::test]
async fn the_api_takes_files_up_to_the_file_limit_not_the_general_body_limit() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    create_commons(&app, &ada, "bread").await;
    // 400 KiB of text: over the general 256 KiB body limit, well under the 10 MiB file limit.
    let text = "flour, water, salt\n".repeat(400 * 1024 / 19);
    let files = vec![json!({"path": "big.txt", "op": "add", "content": text})];
    ok(
        propose(&app, &ada, "bread", files).await,
        StatusCode::CREATED,
    )
    .await;
    // Other endpoints keep the general limit.
    let big = json!({"handle": "x", "display_name": "y".repeat(300 * 1024), "password": "correct horse battery"});
    let r = app
        .program()
        .post(app.url("/api/v1/people"))
        .json(&big)
        .send()
        .await
        .unwrap();
    expect_problem(r, 413, "body_too_large").await;
}
