//! Bad input, each a clear 4xx and nothing half-written: malformed Pabulib files (the
//! reader's words with the line), bodies that are not UTF-8 or hold NUL, costs and budgets
//! beyond 64-bit, a file larger than the limit, an unknown owner.

use super::{SMALL, import};
use crate::support::TestApp;

#[tokio::test]
async fn malformed_files_are_refused_with_their_line_and_nothing_is_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let before = app.journal_len().await;
    for (text, code, words) in [
        ("", "malformed_pb", "no META section"),
        ("hello;world\n", "malformed_pb", "line 1"),
        (
            "META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\n1;10\n",
            "malformed_pb",
            "line 3",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n2;-5\n",
            "malformed_pb",
            "line 7",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\n1;1\n2;1,9\n",
            "malformed_pb",
            "line 10",
        ),
        (
            "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\n1;1\n",
            "malformed_pb",
            "points",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n1;20\n",
            "malformed_pb",
            "line 7",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n\"1;10\n",
            "malformed_pb",
            "never closed",
        ),
        (
            "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\nbig;9223372036854775808\n",
            "amount_too_large",
            "big",
        ),
        (
            "META\nkey;value\nbudget;99999999999999999999\nPROJECTS\nproject_id;cost\n1;10\n",
            "amount_too_large",
            "budget",
        ),
        ("META\nkey;value\nbudget;1\u{0}00\n", "nul_character", "NUL"),
    ] {
        let (status, v) = import(&app, Some(&ada), "city", text).await;
        assert_eq!(status, 422, "{text:?}: {v}");
        assert_eq!(v["code"], code, "{text:?}: {v}");
        let detail = v["detail"].as_str().unwrap();
        assert!(detail.contains(words), "{text:?}: {detail}");
    }
    // Not UTF-8.
    let r = app
        .program()
        .post(app.url("/api/v1/budgets/import?owner=city"))
        .bearer_auth(&ada.token)
        .header("content-type", "text/plain")
        .body(vec![b'M', b'E', 0xff, 0xfe])
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 422, "not_utf8").await;
    // No such owner; no owner at all.
    let (status, v) = import(&app, Some(&ada), "nobody-here", SMALL).await;
    assert_eq!((status, v["code"].as_str()), (404, Some("not_found")));
    let r = app
        .program()
        .post(app.url("/api/v1/budgets/import"))
        .bearer_auth(&ada.token)
        .body(SMALL)
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 400, "invalid_query").await;
    assert_eq!(app.rows("budget_processes").await, 0);
    assert_eq!(app.rows("budget_projects").await, 0);
    assert_eq!(app.rows("budget_ballots").await, 0);
    assert_eq!(app.journal_len().await, before);
}

#[tokio::test]
async fn a_file_larger_than_the_limit_is_413() {
    let app = TestApp::spawn_with(|c| c.max_file_bytes = 64 * 1024).await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let mut text = String::from(SMALL);
    while text.len() < 70 * 1024 {
        text.push_str("99;20;a\n");
    }
    let (status, v) = import(&app, Some(&ada), "city", &text).await;
    assert_eq!(
        (status, v["code"].as_str()),
        (413, Some("body_too_large")),
        "{v}"
    );
    // Larger than the general limit of other routes, within the file limit: taken.
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let mut text = String::from(SMALL);
    let mut n = 100;
    while text.len() < 400 * 1024 {
        text.push_str(&format!("{n};20;a,b\n"));
        n += 1;
    }
    let (status, v) = import(&app, Some(&ada), "city", &text).await;
    assert_eq!(status, 201, "{v}");
}
