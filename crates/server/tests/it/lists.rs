//! Every list pages one way: `?cursor=&limit=` in; `items`, `next_cursor`, `next` and a
//! `Link` header out; "More" links on pages; filters that refuse what they do not know.

use crate::support::{TestApp, expect_problem};
use serde_json::{Value, json};

/// Walks a list page by page, `limit` at a time, following `next` as a client would, and
/// checking the `Link` header agrees with it; returns every item's `key`.
async fn walk(app: &TestApp, first: &str, key: &str) -> Vec<String> {
    let c = app.program();
    let mut url = first.to_string();
    let mut keys = Vec::new();
    for _ in 0..1000 {
        let r = c.get(app.url(&url)).send().await.unwrap();
        assert_eq!(r.status(), 200, "{url}");
        let link = r
            .headers()
            .get("link")
            .map(|l| l.to_str().unwrap().to_string());
        let page: Value = r.json().await.unwrap();
        for item in page["items"].as_array().expect("items") {
            keys.push(item[key].to_string());
        }
        match page["next"].as_str() {
            None => {
                assert!(link.is_none() && page["next_cursor"].is_null(), "{url}");
                return keys;
            }
            Some(next) => {
                assert_eq!(
                    link.as_deref(),
                    Some(format!("<{next}>; rel=\"next\"").as_str())
                );
                assert!(page["next_cursor"].is_string());
                url = next.to_string();
            }
        }
    }
    panic!("{first} never ends");
}

async fn items(app: &TestApp, url: &str) -> Vec<Value> {
    let r = app.program().get(app.url(url)).send().await.unwrap();
    assert_eq!(r.status(), 200, "{url}");
    let v: Value = r.json().await.unwrap();
    v["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn every_list_walks_to_its_end_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).unwrap());
    for (list, key) in [
        ("/api/v1/people", "handle"),
        ("/api/v1/orgs", "handle"),
        ("/api/v1/commons", "handle"),
        (
            "/api/v1/commons/lagomar-repair-manuals/contributions",
            "number",
        ),
        ("/api/v1/commons/lagomar-repair-manuals/revisions", "number"),
        ("/api/v1/commons/manuales-de-reparacion/revisions", "number"),
        ("/api/v1/commons/lagomar-repair-manuals/threads", "number"),
    ] {
        let whole = items(&app, &format!("{list}?limit=100")).await;
        let whole: Vec<String> = whole.iter().map(|i| i[key].to_string()).collect();
        assert!(
            whole.len() >= 2,
            "{list} has at least two items in the demo"
        );
        let sep = if list.contains('?') { '&' } else { '?' };
        let walked = walk(&app, &format!("{list}{sep}limit=1"), key).await;
        assert_eq!(
            walked, whole,
            "{list} one at a time gives the same items in order"
        );
        let mut unique = walked.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), walked.len(), "{list} repeats no item");
    }
    // The journal pages the same way.
    let whole = walk(&app, "/api/v1/activity?limit=7", "seq").await;
    let orgs = walk(
        &app,
        "/api/v1/activity?limit=3&object_type=organization",
        "seq",
    )
    .await;
    assert!(orgs.len() > 3 && orgs.len() < whole.len());

    // A fork's revisions page on from its own into those it inherited.
    let fork = walk(
        &app,
        "/api/v1/commons/manuales-de-reparacion/revisions?limit=2",
        "number",
    )
    .await;
    let numbers: Vec<i64> = fork.iter().map(|n| n.parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] > w[1]), "{numbers:?}");
    assert_eq!(numbers.last(), Some(&1));
}

#[tokio::test]
async fn the_journal_pages_at_its_largest_page_size_too() {
    use commonfare::journal::{EventType, ObjectKind, ObjectRef, Verb};
    let app = TestApp::spawn().await;
    app.state
        .db
        .write(|c| {
            for i in 0..205 {
                let obj = ObjectRef {
                    kind: ObjectKind::Person,
                    id: format!("p{i}"),
                    url: format!("/people/p{i}"),
                    context: None,
                };
                let tried = EventType::<Value>::new(
                    "test.tried",
                    Verb::Create,
                    ObjectKind::Person,
                    "a test",
                );
                commonfare::journal::record(c, None, &tried, &obj, "one", &json!({}))?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let at_100 = walk(&app, "/api/v1/activity?limit=100", "seq").await;
    assert_eq!(at_100.len(), 205, "three pages, not one");
    assert_eq!(walk(&app, "/api/v1/activity?limit=99", "seq").await, at_100);
}

#[tokio::test]
async fn filters_narrow_and_refuse_what_they_do_not_know() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).unwrap());
    let everyone = items(&app, "/api/v1/people?limit=100").await;
    let some = items(&app, "/api/v1/people?q=AMA").await;
    assert!(!some.is_empty() && some.len() < everyone.len());
    assert!(some.iter().all(|p| {
        format!("{} {}", p["handle"], p["display_name"])
            .to_lowercase()
            .contains("ama")
    }));
    assert!(
        items(&app, "/api/v1/people?q=%25").await.is_empty(),
        "% is no wildcard"
    );
    let coops = items(&app, "/api/v1/orgs?kind=cooperative").await;
    assert!(!coops.is_empty() && coops.iter().all(|o| o["kind"] == "cooperative"));
    let data = items(&app, "/api/v1/commons?kind=knowledge").await;
    assert!(!data.is_empty() && data.iter().all(|c| c["kind"] == "knowledge"));
    let open = items(
        &app,
        "/api/v1/commons/lagomar-repair-manuals/contributions?state=open",
    )
    .await;
    assert!(
        open.iter()
            .all(|k| k["state"] == "proposed" || k["state"] == "changes_requested")
    );
    let accepted = items(
        &app,
        "/api/v1/commons/lagomar-repair-manuals/contributions?state=accepted",
    )
    .await;
    assert!(!accepted.is_empty() && accepted.iter().all(|k| k["state"] == "accepted"));

    let c = app.program();
    for (url, status, code) in [
        ("/api/v1/people?limit=0", 400, "invalid_limit"),
        ("/api/v1/people?limit=101", 400, "invalid_limit"),
        ("/api/v1/people?limit=ten", 400, "invalid_query"),
        ("/api/v1/people?cursor=not-ours", 400, "invalid_cursor"),
        // A cursor of another list (a number where a handle is due).
        ("/api/v1/orgs?cursor=MQ", 400, "invalid_cursor"),
        ("/api/v1/orgs?kind=guild", 422, "invalid_kind"),
        ("/api/v1/commons?kind=poetry", 422, "unknown_kind"),
        ("/api/v1/commons?org=nobody-here", 404, "not_found"),
        (
            "/api/v1/commons/lagomar-repair-manuals/contributions?state=pending",
            422,
            "invalid_state",
        ),
    ] {
        let r = c.get(app.url(url)).send().await.unwrap();
        let p = expect_problem(r, status, code).await;
        assert!(
            !p["detail"].as_str().unwrap_or("").is_empty(),
            "{url} says what to fix"
        );
    }
}

#[tokio::test]
async fn list_pages_link_to_more_and_keep_their_filters() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).unwrap());
    let b = app.browser();
    let people = app.page(&b, "/people?limit=2").await;
    assert!(people.contains("More people"), "{people}");
    let orgs = app.page(&b, "/orgs?limit=1&kind=public_body").await;
    assert!(
        !orgs.contains("More organizations"),
        "one public body in the demo"
    );
    let commons = app.page(&b, "/commons?limit=1").await;
    assert!(commons.contains("More commons"));
    let show = app.page(&b, "/commons/lagomar-repair-manuals").await;
    assert!(show.contains("/commons/lagomar-repair-manuals/contributions"));
    let all = app
        .page(
            &b,
            "/commons/lagomar-repair-manuals/contributions?state=accepted&limit=1",
        )
        .await;
    assert!(all.contains("Older contributions"));
    assert!(
        all.replace("&#38;", "&")
            .contains("?state=accepted&cursor="),
        "the next link keeps the filter: {all}"
    );
    let revisions = app
        .page(&b, "/commons/lagomar-repair-manuals/revisions?limit=1")
        .await;
    assert!(revisions.contains("Older revisions"));
    let r = b.get(app.url("/people?limit=500")).send().await.unwrap();
    assert_eq!(r.status(), 400);
    assert!(r.text().await.unwrap().contains("between 1 and 100"));
}
