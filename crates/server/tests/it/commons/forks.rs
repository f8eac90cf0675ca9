//! Forks: anyone signed in forks a commons with its whole history and attribution (shared,
//! not copied), works in the fork, and offers the new revisions back upstream; forks of
//! forks; the parent lists its forks; bad input and the wrong people are refused.

use super::compare::bread_with_three_revisions;
use super::{add, get, ok, post, propose, review_path};
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn fork(app: &TestApp, token: &str, from: &str, handle: &str) -> Value {
    let path = format!("/api/v1/commons/{from}/forks");
    ok(
        post(app, Some(token), &path, json!({ "handle": handle })).await,
        StatusCode::CREATED,
    )
    .await
}

async fn offer(app: &TestApp, token: Option<&str>, fork: &str) -> reqwest::Response {
    let path = format!("/api/v1/commons/{fork}/offer");
    post(
        app,
        token,
        &path,
        json!({"message": "Rye notes from the fork"}),
    )
    .await
}

async fn accept(app: &TestApp, token: &str, handle: &str, n: i64) -> Value {
    let path = review_path(handle, n, "accept");
    ok(
        post(app, Some(token), &path, json!({})).await,
        StatusCode::OK,
    )
    .await
}

pub(super) fn numbers_and_authors(revisions: &Value) -> Vec<(i64, String)> {
    revisions["items"]
        .as_array()
        .expect("revisions")
        .iter()
        .map(|r| {
            (
                r["number"].as_i64().unwrap(),
                r["author"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn fork_work_and_offer_upstream() {
    let app = TestApp::spawn().await;
    let (ada, bob) = bread_with_three_revisions(&app).await;
    let carol = app.api_user("carol").await;

    // Forking copies no revision: the fork reads its parent's.
    let revisions_before = app.rows("commons_revisions").await;
    let f = fork(&app, &carol, "bread", "bread-carol").await;
    assert_eq!(app.rows("commons_revisions").await, revisions_before);
    assert_eq!(f["forked_from"]["handle"], "bread");
    assert_eq!(f["forked_from"]["fork_point"], 3);
    assert_eq!(f["maintainers"][0]["handle"], "carol");
    assert_eq!(f["licence"]["expression"], "CC-BY-SA-4.0");
    assert_eq!(
        (f["head"]["number"].as_i64(), f["head"]["author"].as_str()),
        (Some(3), Some("bob"))
    );

    // Full history with attribution, the same as the parent's; files at any revision.
    let parent_revs = get(&app, "/api/v1/commons/bread/revisions").await;
    let fork_revs = get(&app, "/api/v1/commons/bread-carol/revisions").await;
    assert_eq!(
        numbers_and_authors(&fork_revs),
        numbers_and_authors(&parent_revs)
    );
    let old = get(
        &app,
        "/api/v1/commons/bread-carol/files/notes.txt?revision=2",
    )
    .await;
    assert_eq!(old["text"], "flour\nwater\nsalt\n");
    let d = get(&app, "/api/v1/commons/bread-carol/diff?from=2&to=3").await;
    assert!(d.to_string().contains("notes.txt"), "{d}");
    let contributors = get(&app, "/api/v1/commons/bread-carol/contributors").await;
    assert_eq!(contributors["contributors"][0]["handle"], "bob");
    assert_eq!(contributors["contributors"][0]["accepted"], 2);

    // The parent lists its forks.
    let forks = get(&app, "/api/v1/commons/bread/forks").await["items"].clone();
    assert_eq!(forks[0]["handle"], "bread-carol");
    assert_eq!(forks[0]["created_by"], "carol");
    assert_eq!(get(&app, "/api/v1/commons/bread").await["forks"], 1);

    // carol works in her fork: her own revision 4, made in the fork only.
    ok(
        propose(&app, &carol, "bread-carol", vec![add("rye.md", "# Rye\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    accept(&app, &carol, "bread-carol", 1).await;
    assert_eq!(
        get(&app, "/api/v1/commons/bread-carol").await["head"]["number"],
        4
    );
    assert_eq!(
        get(&app, "/api/v1/commons/bread").await["head"]["number"],
        3
    );

    // Only the fork's maintainers offer; the offer is a contribution to the parent.
    expect_problem(offer(&app, None, "bread-carol").await, 401, "unauthorized").await;
    for other in [&bob, &ada] {
        expect_problem(
            offer(&app, Some(other), "bread-carol").await,
            403,
            "not_allowed",
        )
        .await;
    }
    expect_problem(offer(&app, Some(&ada), "bread").await, 422, "not_a_fork").await;
    let k = ok(
        offer(&app, Some(&carol), "bread-carol").await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(k["number"], 3);
    assert_eq!(k["author"], "carol");
    assert_eq!(k["offered_from"]["fork"], "bread-carol");
    assert_eq!(k["offered_from"]["authors"], json!(["carol"]));
    assert_eq!(k["files"][0]["path"], "rye.md");
    expect_problem(
        offer(&app, Some(&carol), "bread-carol").await,
        409,
        "offer_pending",
    )
    .await;

    // The parent's maintainer accepts: parent and fork agree up to there.
    let accepted = accept(&app, &ada, "bread", 3).await;
    assert_eq!(accepted["state"], "accepted");
    let rye = get(&app, "/api/v1/commons/bread/files/rye.md").await;
    assert_eq!(rye["text"], "# Rye\n");
    let f = get(&app, "/api/v1/commons/bread-carol").await;
    assert_eq!(f["forked_from"]["synced_fork_revision"], 4);
    assert_eq!(f["forked_from"]["synced_parent_revision"], 4);
    expect_problem(
        offer(&app, Some(&carol), "bread-carol").await,
        422,
        "nothing_to_offer",
    )
    .await;

    // Every step is in the public journal.
    let events = get(&app, "/api/v1/activity?limit=100").await;
    let summaries: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["summary"].as_str())
        .collect();
    assert!(
        summaries
            .iter()
            .any(|s| s.contains("forked bread at revision 3 as bread-carol")),
        "{summaries:?}"
    );
    assert!(
        summaries
            .iter()
            .any(|s| s.contains("proposed a change to bread: Rye notes"))
    );

    // carol's record shows on her profile: maintainer of the fork, one accepted in bread.
    let records = get(&app, "/api/v1/people/carol/commons").await;
    let by: std::collections::BTreeMap<String, Value> = records
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["commons"].as_str().unwrap().to_string(), r.clone()))
        .collect();
    assert_eq!(by["bread"]["accepted"], 1);
    assert_eq!(by["bread"]["maintainer"], false);
    assert_eq!(by["bread-carol"]["maintainer"], true);
}

#[tokio::test]
async fn forks_of_forks_keep_the_whole_lineage() {
    let app = TestApp::spawn().await;
    let (_ada, _bob) = bread_with_three_revisions(&app).await;
    let carol = app.api_user("carol").await;
    let dan = app.api_user("dan").await;
    fork(&app, &carol, "bread", "bread-carol").await;
    ok(
        propose(&app, &carol, "bread-carol", vec![add("rye.md", "# Rye\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    accept(&app, &carol, "bread-carol", 1).await;

    let d = fork(&app, &dan, "bread-carol", "bread-dan").await;
    assert_eq!(d["forked_from"]["handle"], "bread-carol");
    let revs = numbers_and_authors(&get(&app, "/api/v1/commons/bread-dan/revisions").await);
    let want: Vec<(i64, String)> = [(4, "carol"), (3, "bob"), (2, "bob"), (1, "ada")]
        .into_iter()
        .map(|(n, a)| (n, a.to_string()))
        .collect();
    assert_eq!(revs, want);
    let files = get(&app, "/api/v1/commons/bread-dan/files").await;
    assert_eq!(files.as_array().unwrap().len(), 3, "{files}");

    // A fork at an older revision sees nothing after it.
    let path = "/api/v1/commons/bread-carol/forks";
    let e = ok(
        post(
            &app,
            Some(&dan),
            path,
            json!({"handle": "bread-early", "revision": 2}),
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(e["head"]["number"], 2);
    let revs = numbers_and_authors(&get(&app, "/api/v1/commons/bread-early/revisions").await);
    assert_eq!(revs.len(), 2);
    let r = app
        .program()
        .get(app.url("/api/v1/commons/bread-early/files/notes.txt?revision=3"))
        .send()
        .await
        .unwrap();
    expect_problem(r, 404, "not_found").await;

    // Work in the early fork never leaks into the parent's or the sibling's history.
    ok(
        propose(
            &app,
            &dan,
            "bread-early",
            vec![add("spelt.md", "# Spelt\n")],
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    accept(&app, &dan, "bread-early", 1).await;
    assert_eq!(
        get(&app, "/api/v1/commons/bread-early").await["head"]["number"],
        3
    );
    let carol_revs = numbers_and_authors(&get(&app, "/api/v1/commons/bread-carol/revisions").await);
    assert_eq!(carol_revs[0], (4, "carol".to_string()));
    assert_eq!(carol_revs.len(), 4);
}

#[tokio::test]
async fn bad_forks_and_conflicting_offers_are_refused_whole() {
    let app = TestApp::spawn().await;
    let (ada, bob) = bread_with_three_revisions(&app).await;
    let carol = app.api_user("carol").await;
    let before = (app.rows("commons").await, app.journal_len().await);

    let path = "/api/v1/commons/bread/forks";
    expect_problem(
        post(&app, None, path, json!({"handle": "x-fork"})).await,
        401,
        "unauthorized",
    )
    .await;
    let r = post(&app, Some(&carol), path, json!({"handle": "bread"})).await;
    expect_problem(r, 409, "handle_taken").await;
    let r = post(&app, Some(&carol), path, json!({"handle": "Not A Handle"})).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(
        &app,
        Some(&carol),
        path,
        json!({"handle": "late", "revision": 99}),
    )
    .await;
    expect_problem(r, 404, "not_found").await;
    let r = post(
        &app,
        Some(&carol),
        path,
        json!({"handle": "late", "colour": "red"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = post(
        &app,
        Some(&carol),
        "/api/v1/commons/nowhere/forks",
        json!({"handle": "x-fork"}),
    )
    .await;
    expect_problem(r, 404, "not_found").await;
    assert_eq!((app.rows("commons").await, app.journal_len().await), before);

    // The fork and the parent both change notes.txt: the offer conflicts, and nothing is
    // proposed upstream.
    fork(&app, &carol, "bread", "bread-carol").await;
    let modify = |text: &str| json!({"path": "notes.txt", "op": "modify", "content": text});
    ok(
        propose(&app, &carol, "bread-carol", vec![modify("fork\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    accept(&app, &carol, "bread-carol", 1).await;
    ok(
        propose(&app, &bob, "bread", vec![modify("parent\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    accept(&app, &ada, "bread", 3).await;
    let contributions = app.rows("commons_contributions").await;
    let r = offer(&app, Some(&carol), "bread-carol").await;
    let offered = ok(r, StatusCode::CREATED).await;
    // The offer's base is the fork point: accepting it must rebase over the parent's own
    // change to the same file, which conflicts.
    assert_eq!(app.rows("commons_contributions").await, contributions + 1);
    let n = offered["number"].as_i64().unwrap();
    let r = post(
        &app,
        Some(&ada),
        &review_path("bread", n, "accept"),
        json!({}),
    )
    .await;
    expect_problem(r, 409, "conflicting").await;
    assert_eq!(
        get(&app, "/api/v1/commons/bread").await["head"]["number"],
        4
    );
}

#[tokio::test]
async fn fork_and_offer_from_the_pages() {
    let app = TestApp::spawn().await;
    bread_with_three_revisions(&app).await;
    let carol = app.signed_in_browser("carol").await;
    let r = app
        .post_form(
            &carol,
            "/commons/bread",
            "/commons/bread/fork",
            &[("handle", "bread-carol"), ("name", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let html = r.text().await.unwrap();
    assert!(html.contains("Forked from"), "{html}");
    assert!(html.contains("Offer upstream"));
    let parent = app
        .program()
        .get(app.url("/commons/bread"))
        .send()
        .await
        .unwrap();
    let html = parent.text().await.unwrap();
    assert!(
        html.contains("/commons/bread-carol"),
        "the parent lists its fork"
    );
    assert!(html.contains("Contributors") && html.contains("@bob"));

    // Nothing new in the fork: the page says what to do instead of failing.
    let r = app
        .post_form(
            &carol,
            "/commons/bread-carol",
            "/commons/bread-carol/offer",
            &[("message", "")],
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Anonymous visitors are sent to sign in.
    let anon = app.browser();
    let r = anon
        .post(app.url("/commons/bread/fork"))
        .form(&[("csrf", "x"), ("handle", "anon-fork")])
        .send()
        .await
        .unwrap();
    assert_ne!(r.status(), StatusCode::OK);
    assert!(
        app.program()
            .get(app.url("/api/v1/commons/anon-fork"))
            .send()
            .await
            .unwrap()
            .status()
            == StatusCode::NOT_FOUND
    );
}
