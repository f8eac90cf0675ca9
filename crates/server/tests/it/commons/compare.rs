//! Diffs between revisions (API and page) and tar/zip downloads that read back to the
//! revision's files, byte for byte, the same on every request.

use super::get;
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::Read;

/// Bread with r2 = README.md + notes.txt and r3 = notes.txt modified (with markup in it).
/// Returns ada's (maintainer) and bob's (author) tokens.
pub(super) async fn bread_with_three_revisions(app: &TestApp) -> (String, String) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .licence("CC-BY-SA-4.0")
        .await;
    app.change(&bread)
        .by(&bob)
        .add("README.md", "# Bread\n")
        .add("notes.txt", "flour\nwater\nsalt\n")
        .accepted_by(&ada)
        .await;
    app.change(&bread)
        .by(&bob)
        .modify("notes.txt", "flour\n<b>rye</b> water\nsalt\n")
        .accepted_by(&ada)
        .await;
    (ada.token, bob.token)
}

#[tokio::test]
async fn diff_between_revisions_in_json_and_on_the_page() {
    let app = TestApp::spawn().await;
    bread_with_three_revisions(&app).await;

    let d = get(&app, "/api/v1/commons/bread/diff?from=2&to=3").await;
    assert_eq!((d["from"].as_i64(), d["to"].as_i64()), (Some(2), Some(3)));
    let files = d["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{d}");
    let f = &files[0];
    assert_eq!(
        (f["path"].as_str(), f["status"].as_str()),
        (Some("notes.txt"), Some("modified"))
    );
    assert_eq!(
        (f["inserted"].as_u64(), f["deleted"].as_u64()),
        (Some(1), Some(1))
    );
    let lines: Vec<(String, String)> = f["hunks"][0]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["tag"].as_str().unwrap().into(),
                l["text"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want = [
        ("context", "flour"),
        ("deleted", "water"),
        ("inserted", "<b>rye</b> water"),
        ("context", "salt"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(lines, want);
    let unified = f["unified"].as_str().unwrap();
    assert!(
        unified.contains("--- a/notes.txt") && unified.contains("+<b>rye</b> water"),
        "{unified}"
    );

    // Defaults: the head against the revision before it.
    assert_eq!(get(&app, "/api/v1/commons/bread/diff").await, d);

    // From the first revision everything is added.
    let d = get(&app, "/api/v1/commons/bread/diff?from=1&to=3").await;
    let status: Vec<&str> = d["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(status, ["added", "added"]);

    let missing = app
        .program()
        .get(app.url("/api/v1/commons/bread/diff?from=9&to=3"))
        .send()
        .await
        .unwrap();
    expect_problem(missing, 404, "not_found").await;
    let zero = app
        .program()
        .get(app.url("/api/v1/commons/bread/diff?from=0"))
        .send()
        .await
        .unwrap();
    expect_problem(zero, 422, "invalid_revision").await;
    let nobody = app
        .program()
        .get(app.url("/api/v1/commons/nope/diff"))
        .send()
        .await
        .unwrap();
    expect_problem(nobody, 404, "not_found").await;

    // The page shows the hunk, escaped, and the commons page links to it.
    let page = app
        .browser()
        .get(app.url("/commons/bread/diff?from=2&to=3"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<ins>+<mark>&#60;b&#62;rye&#60;/b&#62; </mark>water</ins>")
            && !html.contains("<b>rye"),
        "the inserted line, its new words marked, escaped: {html}"
    );
    assert!(html.contains("<del>−water</del>"), "{html}");
    let show = app
        .browser()
        .get(app.url("/commons/bread"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        show.contains("/commons/bread/diff?from=2&amp;to=3"),
        "{show}"
    );
    assert!(show.contains("/commons/bread/archive/3.zip"), "{show}");
}

async fn download(app: &TestApp, path: &str, ctype: &str, name: &str) -> Vec<u8> {
    let r = app.browser().get(app.url(path)).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK, "GET {path}");
    let h = |k: &str| r.headers()[k].to_str().unwrap().to_string();
    assert_eq!(h("content-type"), ctype);
    assert_eq!(
        h("content-disposition"),
        format!("attachment; filename=\"{name}\"")
    );
    r.bytes().await.unwrap().to_vec()
}

fn untar(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = tar::Archive::new(bytes);
    let mut out = BTreeMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        out.insert(path, data);
    }
    out
}

fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        out.insert(file.name().to_string(), data);
    }
    out
}

/// The revision's files as the API gives them, under the archive's top folder.
pub(super) async fn files_of(app: &TestApp, n: i64) -> BTreeMap<String, Vec<u8>> {
    let list = get(app, &format!("/api/v1/commons/bread/files?revision={n}")).await;
    let mut out = BTreeMap::new();
    for f in list.as_array().unwrap() {
        let path = f["path"].as_str().unwrap();
        let one: Value = get(
            app,
            &format!("/api/v1/commons/bread/files/{path}?revision={n}"),
        )
        .await;
        let text = one["text"].as_str().unwrap().as_bytes().to_vec();
        out.insert(format!("bread-r{n}/{path}"), text);
    }
    out
}

#[tokio::test]
async fn tar_and_zip_downloads_read_back_to_the_revision() {
    let app = TestApp::spawn().await;
    bread_with_three_revisions(&app).await;

    let tar2 = download(
        &app,
        "/commons/bread/archive/2.tar",
        "application/x-tar",
        "bread-r2.tar",
    )
    .await;
    let r2 = files_of(&app, 2).await;
    assert_eq!(r2.len(), 2);
    assert_eq!(untar(&tar2), r2);
    assert_eq!(r2["bread-r2/notes.txt"], b"flour\nwater\nsalt\n");
    let zip3 = download(
        &app,
        "/commons/bread/archive/3.zip",
        "application/zip",
        "bread-r3.zip",
    )
    .await;
    assert_eq!(unzip(&zip3), files_of(&app, 3).await);

    // Deterministic: the same bytes again, and `head` is the latest revision.
    let again = download(
        &app,
        "/commons/bread/archive/2.tar",
        "application/x-tar",
        "bread-r2.tar",
    )
    .await;
    assert_eq!(again, tar2);
    let head = download(
        &app,
        "/commons/bread/archive/head.zip",
        "application/zip",
        "bread-r3.zip",
    )
    .await;
    assert_eq!(head, zip3);
    let head_tar = download(
        &app,
        "/commons/bread/archive/head.tar",
        "application/x-tar",
        "bread-r3.tar",
    )
    .await;
    assert_eq!(untar(&head_tar), unzip(&zip3));

    for bad in ["9.tar", "2.rar", "x.zip", "0.zip"] {
        let r = app
            .browser()
            .get(app.url(&format!("/commons/bread/archive/{bad}")))
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        assert!(status == 404 || status == 422, "{bad}: {status}");
    }
}
