//! Commons through the API: the walk (create, propose, review), rebase on accept and
//! racing acceptances, requests for changes, numbering under load, the contributor
//! ranking, and files named like secrets.

use super::{add, create_commons, get, ok, post, propose, review_path};
use crate::support::{TestApp, expect_problem};
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test]
async fn the_walk_create_propose_review() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;

    let c = create_commons(&app, &ada, "bread").await;
    assert_eq!(c["maintainers"][0]["handle"], "ada");
    assert_eq!(c["head"]["number"], 1);
    assert_eq!(c["licence"]["expression"], "CC-BY-SA-4.0");

    let change = ok(
        propose(&app, &bob, "bread", vec![add("README.md", "# Bread\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        (change["number"].as_i64(), change["state"].as_str()),
        (Some(1), Some("proposed"))
    );
    let work = ok(
        post(&app, Some(&bob), "/api/v1/commons/bread/work",
            json!({"minutes": 90, "description": "Tested the recipe", "evidence": "https://example.org/photo"})).await,
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(work["type"], "work_record");

    // Proposals are public at once; nothing is in the files yet.
    let list = get(&app, "/api/v1/commons/bread/contributions").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    assert!(list["next"].is_null(), "one page holds them");
    assert_eq!(get(&app, "/api/v1/commons/bread/files").await, json!([]));

    let r = post(
        &app,
        Some(&bob),
        &review_path("bread", 1, "accept"),
        json!({}),
    )
    .await;
    expect_problem(r, 403, "not_allowed").await;

    let accepted = ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 1, "accept"),
            json!({"comment": "Thanks"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(accepted["state"], "accepted");
    assert_eq!(accepted["reviews"][0]["reviewer"], "ada");
    let rejected = ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 2, "reject"),
            json!({"comment": "Not this commons"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(rejected["state"], "rejected");
    assert_eq!(rejected["reviews"][0]["comment"], "Not this commons");

    let c = get(&app, "/api/v1/commons/bread").await;
    assert_eq!(c["head"]["number"], 2);
    assert_eq!(c["head"]["author"], "bob");
    assert_eq!(c["head"]["accepted_by"], "ada");
    let file = get(&app, "/api/v1/commons/bread/files/README.md").await;
    assert_eq!(file["text"], "# Bread\n");
    // The first revision stays browsable and still has no files.
    assert_eq!(
        get(&app, "/api/v1/commons/bread/files?revision=1").await,
        json!([])
    );

    let events = get(&app, "/api/v1/activity?object_type=contribution").await;
    let verbs: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["verb"].as_str().unwrap())
        .collect();
    assert_eq!(verbs, ["Reject", "Accept", "Offer", "Offer"]);
    let created = get(&app, "/api/v1/activity?object_type=commons").await;
    assert_eq!(created["items"][0]["verb"], "Create");
    let spec = get(&app, "/api/openapi.json").await;
    for path in [
        "/api/v1/commons",
        "/api/v1/commons/{handle}/changes",
        "/api/v1/commons/{handle}/contributions/{number}/accept",
    ] {
        assert!(spec["paths"].get(path).is_some(), "{path} documented");
    }
}

#[tokio::test]
async fn rebase_on_accept_and_racing_acceptances() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    create_commons(&app, &ada, "bread").await;
    ok(
        propose(
            &app,
            &ada,
            "bread",
            vec![add("a.md", "a"), add("b.md", "b")],
        )
        .await,
        StatusCode::CREATED,
    )
    .await;
    ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 1, "accept"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;

    // #2 and #3 touch a.md from the same base; #4 touches only b.md.
    let modify = |path: &str, text: &str| json!({"path": path, "op": "modify", "content": text});
    for (who, file) in [
        (&bob, modify("a.md", "bob")),
        (&ada, modify("a.md", "ada")),
        (&bob, modify("b.md", "b2")),
    ] {
        ok(
            propose(&app, who, "bread", vec![file]).await,
            StatusCode::CREATED,
        )
        .await;
    }
    let (p2, p3) = (
        review_path("bread", 2, "accept"),
        review_path("bread", 3, "accept"),
    );
    let (r2, r3) = tokio::join!(
        post(&app, Some(&ada), &p2, json!({})),
        post(&app, Some(&ada), &p3, json!({})),
    );
    let statuses = [r2.status().as_u16(), r3.status().as_u16()];
    assert!(
        statuses.contains(&200) && statuses.contains(&409),
        "{statuses:?}"
    );
    let loser = if statuses[0] == 409 { r2 } else { r3 };
    let body: Value = loser.json().await.unwrap();
    assert!(
        ["conflicting", "stale_head"].contains(&body["code"].as_str().unwrap()),
        "{body}"
    );

    // #4 is rebased onto the new head automatically: a.md keeps the winner's text.
    let winner_text = get(&app, "/api/v1/commons/bread/files/a.md").await["text"].clone();
    ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 4, "accept"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let c = get(&app, "/api/v1/commons/bread").await;
    assert_eq!(c["head"]["number"], 4);
    assert_eq!(
        get(&app, "/api/v1/commons/bread/files/a.md").await["text"],
        winner_text
    );
    assert_eq!(
        get(&app, "/api/v1/commons/bread/files/b.md").await["text"],
        "b2"
    );
    assert_eq!(app.rows("commons_revisions").await, 4);
    let revs = get(&app, "/api/v1/commons/bread/revisions").await;
    let numbers: Vec<i64> = revs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [4, 3, 2, 1]);
    assert_eq!(revs[0]["parent"], revs[1]["id"]);
}

#[tokio::test]
async fn changes_requested_then_updated_then_accepted() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    create_commons(&app, &ada, "bread").await;
    ok(
        propose(&app, &bob, "bread", vec![add("a.md", "draft")]).await,
        StatusCode::CREATED,
    )
    .await;
    let k = ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 1, "request-changes"),
            json!({"comment": "Add a title"}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(k["state"], "changes_requested");
    expect_problem(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 1, "accept"),
            json!({}),
        )
        .await,
        409,
        "illegal_transition",
    )
    .await;

    let put = |token: &str, body: Value| {
        app.program()
            .put(app.url("/api/v1/commons/bread/contributions/1"))
            .bearer_auth(token)
            .json(&body)
            .send()
    };
    let v2 = json!({"message": "With a title", "files": [add("a.md", "# Title\ndraft")]});
    // Only the author may update, and a bad version is refused without a trace.
    expect_problem(put(&ada, v2.clone()).await.unwrap(), 403, "not_allowed").await;
    let before = app.journal_len().await;
    let bad = json!({"message": "m", "files": [add("a/../b.md", "x")]});
    expect_problem(put(&bob, bad).await.unwrap(), 422, "path_parent_segment").await;
    assert_eq!(app.journal_len().await, before);
    assert_eq!(
        get(&app, "/api/v1/commons/bread/contributions/1").await["state"],
        "changes_requested"
    );

    let k = ok(put(&bob, v2).await.unwrap(), StatusCode::OK).await;
    assert_eq!(
        (k["state"].as_str(), k["message"].as_str()),
        (Some("proposed"), Some("With a title"))
    );
    ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 1, "accept"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        get(&app, "/api/v1/commons/bread/files/a.md").await["text"],
        "# Title\ndraft"
    );
    // Decided contributions are final.
    let v3 = json!({"message": "again", "files": [add("c.md", "c")]});
    expect_problem(put(&bob, v3).await.unwrap(), 409, "illegal_transition").await;
}

/// Concurrent proposals to one commons, all storing the same new content: every one is
/// taken, each gets its own number, the content is stored once. On PostgreSQL, where
/// transactions run side by side, this needs the per-commons lock and the idempotent blob
/// insert; on SQLite writes are serialized anyway.
#[tokio::test]
async fn concurrent_proposals_all_succeed_with_distinct_numbers() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    let bob = app.api_user("bob").await;
    create_commons(&app, &ada, "bread").await;
    let sends = (0..8).map(|i| {
        let (app, token) = (&app, if i % 2 == 0 { &ada } else { &bob });
        async move {
            let file = add(&format!("notes/{i}.md"), "the same shared text");
            propose(app, token, "bread", vec![file]).await.status()
        }
    });
    let statuses = futures_util::future::join_all(sends).await;
    assert!(
        statuses.iter().all(|s| *s == StatusCode::CREATED),
        "{statuses:?}"
    );
    let list = get(&app, "/api/v1/commons/bread/contributions").await;
    let items = list["items"]
        .as_array()
        .or(list.as_array())
        .expect("a list");
    let mut numbers: Vec<i64> = items
        .iter()
        .map(|c| c["number"].as_i64().unwrap())
        .collect();
    numbers.sort();
    assert_eq!(numbers, (1..=8).collect::<Vec<_>>());
}

/// The contributor ranking is served from a cache; an acceptance shows in the next read.
#[tokio::test]
async fn contributor_ranking_follows_each_acceptance() {
    let app = TestApp::spawn().await;
    let (ada, bob) = super::compare::bread_with_three_revisions(&app).await;
    let path = "/api/v1/commons/bread/contributors";
    let before = get(&app, path).await;
    assert_eq!(before["contributors"][0]["handle"], "bob");
    assert_eq!(before["contributors"][0]["accepted"], 2);
    assert_eq!(get(&app, path).await, before, "a second read is the same");
    ok(
        propose(&app, &bob, "bread", vec![add("rye.md", "rye\n")]).await,
        StatusCode::CREATED,
    )
    .await;
    ok(
        post(
            &app,
            Some(&ada),
            &review_path("bread", 3, "accept"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    let after = get(&app, path).await;
    assert_eq!(after["contributors"][0]["accepted"], 3, "{after}");
}

#[tokio::test]
async fn files_named_like_secrets_are_ordinary_files() {
    let app = TestApp::spawn().await;
    let ada = app.api_user("ada").await;
    create_commons(&app, &ada, "vault").await;
    let names = [
        "token",
        "password",
        "email",
        "secret",
        "api_token",
        "conf/client_secret",
    ];
    let files = names.iter().map(|n| add(n, "not a secret\n")).collect();
    let k = ok(
        propose(&app, &ada, "vault", files).await,
        StatusCode::CREATED,
    )
    .await;
    let n = k["number"].as_i64().unwrap();
    let path = format!("/api/v1/commons/vault/contributions/{n}");
    let body = json!({"message": "changed", "files": [add("token", "still not a secret\n")]});
    let r = app
        .program()
        .put(app.url(&path))
        .bearer_auth(&ada)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{}", r.text().await.unwrap());
    ok(
        post(
            &app,
            Some(&ada),
            &review_path("vault", n, "accept"),
            json!({}),
        )
        .await,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        get(&app, "/api/v1/commons/vault/files/token").await["text"],
        "still not a secret\n"
    );
    // The journal names the files as values.
    let events = get(&app, "/api/v1/activity?object_type=contribution").await;
    let offered = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["verb"] == "Offer")
        .unwrap()
        .clone();
    let paths: Vec<&str> = offered["payload"]["contribution"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), names.len());
    assert!(paths.contains(&"conf/client_secret"));
}
