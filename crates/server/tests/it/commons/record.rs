//! A commons' whole record: the journal read by context (`?context=commons:<handle>`) holds
//! every event about the commons and what it holds — proposals, reviews, revisions, the
//! forks made from it and their offers, threads and comments — and nothing of another
//! commons; the commons page shows it; closed contributions are listed by state.

use crate::support::{Commons, Person};
use crate::support::{TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

/// `bread` (ada) where bob's #2 was accepted, #3 rejected, #4 withdrawn; carol talks in a
/// thread and on #2, forks it as `bread-carol`, changes the fork and offers it back (#5).
/// `rye` (dan) lives beside it with its own events.
async fn bread_with_a_life(app: &TestApp) -> (Person, Person, Person, Commons) {
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let carol = app.person("carol").await;
    let dan = app.person("dan").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("a.md", "a")
        .await;
    app.change(&bread)
        .by(&bob)
        .message("Add the rye loaf")
        .add("rye.md", "rye")
        .accepted_by(&ada)
        .await;
    let third = app.change(&bread).by(&bob).add("c.md", "c").await;
    app.post_as(
        &ada,
        &third.api("/reject"),
        json!({"comment": "Not here"}),
        200,
    )
    .await;
    let fourth = app.change(&bread).by(&bob).add("d.md", "d").await;
    app.post_as(&bob, &fourth.api("/withdraw"), json!({}), 200)
        .await;
    app.post_as(
        &carol,
        &bread.api("/threads"),
        json!({"title": "Which flour?", "body": "Rye or spelt?"}),
        201,
    )
    .await;
    app.post_as(
        &bob,
        &bread.api("/threads/1/comments"),
        json!({"body": "Rye."}),
        201,
    )
    .await;
    app.post_as(
        &carol,
        &bread.api("/contributions/2/comments"),
        json!({"body": "Lovely loaf."}),
        201,
    )
    .await;
    app.post_as(
        &carol,
        &bread.api("/forks"),
        json!({"handle": "bread-carol"}),
        201,
    )
    .await;
    let fork = Commons {
        handle: "bread-carol".into(),
    };
    app.change(&fork)
        .by(&carol)
        .message("Spelt notes")
        .add("spelt.md", "spelt")
        .accepted_by(&carol)
        .await;
    app.post_as(&carol, &fork.api("/offer"), json!({}), 201)
        .await;
    let rye = app
        .commons("rye")
        .maintained_by(&dan)
        .file("r.md", "r")
        .await;
    app.post_as(
        &dan,
        &rye.api("/threads"),
        json!({"title": "Rye only", "body": "Here."}),
        201,
    )
    .await;
    (ada, bob, carol, bread)
}

async fn journal(app: &TestApp, query: &str) -> Value {
    app.call_as(
        None,
        Method::GET,
        &format!("/api/v1/activity?{query}"),
        None,
        200,
    )
    .await
}

/// The `kind`s of the events of a journal page, oldest first.
fn kinds(page: &Value) -> Vec<String> {
    let mut k: Vec<String> = page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or_default().to_string())
        .collect();
    k.reverse();
    k
}

#[tokio::test]
async fn the_journal_reads_a_commons_whole_record_and_nothing_else() {
    let app = TestApp::spawn().await;
    bread_with_a_life(&app).await;

    let bread = journal(&app, "context=commons:bread").await;
    assert_eq!(
        kinds(&bread),
        [
            "commons.created",
            "contribution.proposed",
            "contribution.accepted",
            "contribution.proposed",
            "contribution.accepted",
            "contribution.proposed",
            "contribution.rejected",
            "contribution.proposed",
            "contribution.withdrawn",
            "thread.started",
            "comment.written",
            "comment.written",
            "commons.forked",
            "contribution.proposed",
        ]
    );
    // Nothing of rye, nor of the work done inside the fork; each event says its record.
    for e in bread["items"].as_array().unwrap() {
        let url = e["object_url"].as_str().unwrap();
        assert!(
            url.starts_with("/commons/bread/")
                || url == "/commons/bread"
                || url == "/commons/bread-carol",
            "{e}"
        );
        assert!(
            e["context"].as_str().unwrap().starts_with("commons:"),
            "{e}"
        );
    }
    let offer = &bread["items"][0];
    assert_eq!(offer["actor"], "carol");
    assert_eq!(offer["object_url"], "/commons/bread/contributions/5");

    // The fork's record: its making (in its parent's record too) and its own work.
    let fork = journal(&app, "context=commons:bread-carol").await;
    assert_eq!(
        kinds(&fork),
        [
            "commons.forked",
            "contribution.proposed",
            "contribution.accepted"
        ]
    );

    // Page by page, with the filter kept in the next address, the same events.
    let mut seen = Vec::new();
    let mut next = Some("/api/v1/activity?context=commons:bread&limit=4".to_string());
    while let Some(at) = next {
        let page = app.call_as(None, Method::GET, &at, None, 200).await;
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["seq"].as_i64().unwrap()),
        );
        next = page["next"].as_str().map(str::to_string);
        if let Some(n) = &next {
            assert!(n.contains("context=commons%3Abread"), "{n}");
        }
    }
    let whole: Vec<i64> = bread["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert_eq!(seen, whole);

    // With another filter: only carol's part of bread's record.
    let carols = journal(&app, "context=commons:bread&actor=carol").await;
    assert_eq!(
        kinds(&carols),
        [
            "thread.started",
            "comment.written",
            "commons.forked",
            "contribution.proposed"
        ]
    );
}

#[tokio::test]
async fn an_organization_record_holds_its_threads() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("bakers").admin(&ada).member(&bob).await;
    app.org("millers").admin(&bob).await;
    app.post_as(
        &bob,
        "/api/v1/orgs/bakers/threads",
        json!({"title": "Oven rota", "body": "Who bakes on Monday?"}),
        201,
    )
    .await;
    let page = journal(&app, "context=organization:bakers").await;
    let k = kinds(&page);
    assert_eq!(k.first().map(String::as_str), Some("organization.created"));
    assert_eq!(k.last().map(String::as_str), Some("thread.started"));
    assert!(
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["object_url"]
                .as_str()
                .unwrap()
                .starts_with("/orgs/bakers")),
        "{page}"
    );
    let html = app.page(&app.browser(), "/orgs/bakers").await;
    assert!(html.contains("bob started the thread “Oven rota” on @bakers"));
    assert!(html.contains("href=\"/activity?context=organization:bakers\""));
}

#[tokio::test]
async fn a_context_that_names_no_record_is_refused() {
    let app = TestApp::spawn().await;
    for bad in ["bread", "person:ada", "commons:", "planet:earth"] {
        let r = app
            .program()
            .get(app.url("/api/v1/activity"))
            .query(&[("context", bad)])
            .send()
            .await
            .expect("get");
        let p = expect_problem(r, 422, "invalid_context").await;
        assert!(
            p["detail"].as_str().unwrap().contains("commons:bread"),
            "{p}"
        );
    }
    let r = app
        .program()
        .get(app.url("/api/v1/activity?context=commons:nowhere"))
        .send()
        .await
        .expect("get");
    expect_problem(r, 404, "not_found").await;
}

#[tokio::test]
async fn rejected_and_withdrawn_contributions_are_listed_by_state() {
    let app = TestApp::spawn().await;
    let (_, _, _, bread) = bread_with_a_life(&app).await;
    let numbers = |v: &Value| -> Vec<(i64, String)> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                (
                    k["number"].as_i64().unwrap(),
                    k["state"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let get = |state: &'static str| {
        let path = bread.api(&format!("/contributions?state={state}"));
        let app = &app;
        async move { app.call_as(None, Method::GET, &path, None, 200).await }
    };
    assert_eq!(numbers(&get("rejected").await), [(3, "rejected".into())]);
    assert_eq!(numbers(&get("withdrawn").await), [(4, "withdrawn".into())]);
    assert_eq!(
        numbers(&get("accepted").await),
        [(2, "accepted".into()), (1, "accepted".into())]
    );
    assert_eq!(numbers(&get("open").await), [(5, "proposed".into())]);

    // The pages: the commons links its closed contributions; the list shows them by state.
    let b = app.browser();
    let html = app.page(&b, &bread.page("")).await;
    assert!(
        html.contains("/commons/bread/contributions?state=rejected"),
        "no link to the rejected contributions"
    );
    assert!(html.contains("/commons/bread/contributions?state=withdrawn"));
    let html = app
        .page(&b, &bread.page("/contributions?state=withdrawn"))
        .await;
    assert!(html.contains("/commons/bread/contributions/4\""), "{html}");
    assert!(!html.contains("/commons/bread/contributions/3\""));
}

#[tokio::test]
async fn the_commons_page_shows_its_whole_record() {
    let app = TestApp::spawn().await;
    bread_with_a_life(&app).await;
    let b = app.browser();
    let html = app.page(&b, "/commons/bread").await;
    let history = &html[html.find("class=\"history\"").expect("a history")..];
    for line in [
        "ada created the commons",
        "bob proposed a change to bread: Add the rye loaf",
        "ada accepted contribution #2 to bread",
        "ada rejected contribution #3 to bread",
        "bob withdrew contribution #4 to bread",
        "carol started the thread “Which flour?” on bread",
        "bob commented on “Which flour?” (bread)",
        "carol forked bread at revision 3 as bread-carol",
        "carol proposed a change to bread",
    ] {
        assert!(history.contains(line), "{line} missing from {history}");
    }
    assert!(!history.contains("Rye only"), "another commons' thread");
    assert!(history.contains("href=\"/activity?context=commons:bread\""));

    // The journal page with the same record asked for, the form keeping it.
    let html = app.page(&b, "/activity?context=commons:bread").await;
    assert!(html.contains("name=\"context\" value=\"commons:bread\""));
    assert!(html.contains("carol forked bread at revision 3 as bread-carol"));
    assert!(!html.contains("Rye only"));
    assert!(!html.contains("dan created the commons"));
}

#[tokio::test]
async fn events_written_before_contexts_are_given_their_record() {
    use commonfare::config::Engine;
    use diesel::connection::SimpleConnection;
    let app = TestApp::spawn().await;
    bread_with_a_life(&app).await;
    let as_written = journal(&app, "context=commons:bread&limit=100").await;
    // The column goes and comes back as the migration makes it on an older store (one
    // from before the running hash, which goes first and comes back last, sealing the
    // events again at start).
    let (down, up, hash_down, hash_up) = match app.state.db.engine() {
        Engine::Sqlite => (
            include_str!("../../../migrations/sqlite/2026-12-06-000014_journal_context/down.sql"),
            include_str!("../../../migrations/sqlite/2026-12-06-000014_journal_context/up.sql"),
            include_str!("../../../migrations/sqlite/2026-12-06-000027_journal_hash/down.sql"),
            include_str!("../../../migrations/sqlite/2026-12-06-000027_journal_hash/up.sql"),
        ),
        Engine::Postgres => (
            include_str!("../../../migrations/postgres/2026-12-06-000014_journal_context/down.sql"),
            include_str!("../../../migrations/postgres/2026-12-06-000014_journal_context/up.sql"),
            include_str!("../../../migrations/postgres/2026-12-06-000027_journal_hash/down.sql"),
            include_str!("../../../migrations/postgres/2026-12-06-000027_journal_hash/up.sql"),
        ),
    };
    app.state
        .db
        .write(move |c| {
            c.batch_execute(hash_down)
                .and_then(|_| c.batch_execute(down))
                .and_then(|_| c.batch_execute(up))
                .and_then(|_| c.batch_execute(hash_up))
                .map_err(commonfare::error::AppError::internal)
        })
        .await
        .expect("the migration again");
    commonfare::journal::seal(&app.state.db).expect("sealed again");
    let backfilled = journal(&app, "context=commons:bread&limit=100").await;
    assert_eq!(kinds(&backfilled), kinds(&as_written));
    assert_eq!(backfilled["items"], as_written["items"]);
}

/// The record is a feed too: the Atom feed takes the same `context`, and the filtered
/// journal page links that feed.
#[tokio::test]
async fn a_commons_record_is_an_atom_feed() {
    let app = TestApp::spawn().await;
    bread_with_a_life(&app).await;
    let get = |path: &'static str| {
        let c = app.program();
        let url = app.url(path);
        async move { c.get(url).send().await.unwrap() }
    };
    let feed = get("/activity.atom?context=commons:bread").await;
    assert_eq!(feed.status(), 200);
    let xml = feed.text().await.unwrap();
    let entries = xml.matches("<entry>").count();
    let record = journal(&app, "context=commons:bread").await;
    assert_eq!(entries, record["items"].as_array().unwrap().len(), "{xml}");
    assert!(
        !xml.contains("/commons/rye/"),
        "another commons' event in the feed: {xml}"
    );
    assert_eq!(
        get("/activity.atom?context=commons:nowhere").await.status(),
        404
    );
    assert_eq!(
        get("/activity.atom?context=planet:mars").await.status(),
        422
    );
    let html = app
        .page(&app.browser(), "/activity?context=commons:bread")
        .await;
    assert!(
        html.contains(r#"href="/activity.atom?context=commons%3Abread""#),
        "{html}"
    );
}
