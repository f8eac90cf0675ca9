//! The demo territory's commons: loaded into a fresh instance, they must show on the
//! pages and through the API with files, history and contributors, and every step of
//! their history must be in the journal as real use would have put it there.

use crate::support::TestApp;
use reqwest::StatusCode;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// handle, kind, licence, home organization, a file every head must hold.
const SEEDED: &[(&str, &str, &str, &str, &str)] = &[
    (
        "lagomar-repair-manuals",
        "knowledge",
        "CC-BY-SA-4.0",
        "repair-tuesday",
        "appliances/kettle-fuse.md",
    ),
    (
        "bread-planner",
        "software",
        "AGPL-3.0-or-later",
        "pane-comune",
        "planner.py",
    ),
    (
        "lagomar-open-data",
        "data",
        "ODbL-1.0",
        "lagomar-city",
        "fountains.csv",
    ),
];

async fn get_json(app: &TestApp, path: &str) -> Value {
    let r = app.program().get(app.url(path)).send().await.expect("get");
    let status = r.status();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "GET {path}: {body}");
    serde_json::from_str(&body).expect("json")
}

async fn get_page(app: &TestApp, path: &str) -> String {
    let r = app.browser().get(app.url(path)).send().await.expect("get");
    let status = r.status();
    let body = r.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::OK, "GET {path}: {body}");
    body
}

/// Every journal event about contributions, following the cursor to the end.
async fn contribution_events(app: &TestApp) -> Vec<Value> {
    let mut all = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = get_json(
            app,
            &format!("/api/v1/activity?object_type=contribution&limit=100&cursor={cursor}"),
        )
        .await;
        all.extend(page["items"].as_array().expect("items").iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = c.to_string(),
            None => return all,
        }
    }
}

fn strs<'a>(list: &'a [Value], key: &str) -> Vec<&'a str> {
    list.iter().map(|v| v[key].as_str().unwrap_or("")).collect()
}

#[tokio::test]
async fn demo_commons_show_on_pages_api_and_journal() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));

    let list = get_page(&app, "/commons").await;
    assert!(
        list.contains(r#"<a href="/commons">Commons</a>"#),
        "the navigation links to the commons"
    );
    let events = contribution_events(&app).await;

    for (handle, kind, licence, org, file) in SEEDED {
        assert!(list.contains(handle), "/commons lists {handle}");

        let c = get_json(&app, &format!("/api/v1/commons/{handle}")).await;
        assert_eq!(c["kind"], *kind, "{handle}");
        assert_eq!(c["licence"]["expression"], *licence, "{handle}");
        assert_eq!(c["home_org"], *org, "{handle}");
        let maintainers = c["maintainers"].as_array().expect("maintainers");
        assert_eq!(maintainers.len(), 2, "{handle} has two maintainers");

        let files = get_json(&app, &format!("/api/v1/commons/{handle}/files")).await;
        let paths = strs(files.as_array().expect("files"), "path");
        assert!(paths.contains(file), "{handle} holds {file}: {paths:?}");
        assert!(paths.contains(&"README.md"), "{handle} has a README");
        let text = get_json(&app, &format!("/api/v1/commons/{handle}/files/{file}")).await;
        assert!(
            text["text"].as_str().is_some_and(|t| !t.is_empty()),
            "{handle}/{file} has text"
        );

        let ks = get_json(&app, &format!("/api/v1/commons/{handle}/contributions")).await;
        let ks = ks["items"].as_array().expect("contributions");
        let by_state = |kind: &str, state: &str| -> Vec<&Value> {
            ks.iter()
                .filter(|k| k["type"] == kind && k["state"] == state)
                .collect()
        };
        let accepted = by_state("change", "accepted");
        let authors: BTreeSet<&str> = accepted
            .iter()
            .map(|k| k["author"].as_str().unwrap_or(""))
            .collect();
        assert!(accepted.len() >= 3, "{handle}: several accepted changes");
        assert!(authors.len() >= 3, "{handle}: contributors {authors:?}");
        assert!(accepted.iter().all(|k| k["revision"].is_string()));
        // Every demo commons has one open proposal of its own; the repair manuals also
        // have the Spanish fork's offer upstream.
        let open = by_state("change", "proposed");
        let offers = open
            .iter()
            .filter(|k| k["offered_from"].is_object())
            .count();
        assert_eq!(open.len() - offers, 1, "{handle}: one open proposal");
        assert_eq!(
            offers,
            usize::from(*handle == "lagomar-repair-manuals"),
            "{handle}"
        );
        let rejected = by_state("change", "rejected");
        assert_eq!(rejected.len(), 1, "{handle}: one rejected change");
        let comment = rejected[0]["reviews"][0]["comment"].as_str().unwrap_or("");
        assert!(comment.len() > 40, "{handle}: the rejection says why");
        let work = by_state("work_record", "accepted");
        assert_eq!(work.len(), 1, "{handle}: one work record");
        assert!(work[0]["minutes"].as_u64().is_some_and(|m| m >= 60));

        let revisions = get_json(&app, &format!("/api/v1/commons/{handle}/revisions")).await;
        let revisions = revisions["items"].as_array().expect("revisions");
        assert_eq!(
            revisions.len(),
            accepted.len() + 1,
            "{handle}: one per acceptance plus creation"
        );

        // The pages show the files, the open proposal and the rejection's reason.
        let show = get_page(&app, &format!("/commons/{handle}")).await;
        assert!(show.contains(file), "{handle} page lists {file}");
        let open_msg = open[0]["message"].as_str().expect("message");
        assert!(show.contains(open_msg), "{handle} page shows {open_msg:?}");
        let n = rejected[0]["number"].as_i64().expect("number");
        let page = get_page(&app, &format!("/commons/{handle}/contributions/{n}")).await;
        let words: String = comment
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(page.contains(&words), "#{n} page shows the review comment");
        get_page(&app, &format!("/commons/{handle}/files/README.md")).await;

        // Each contribution was offered, and each decision journaled, by the right people.
        let mine: Vec<&Value> = events
            .iter()
            .filter(|e| e["payload"]["commons"] == *handle)
            .collect();
        let mut verbs: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &mine {
            *verbs.entry(e["verb"].as_str().unwrap_or("")).or_default() += 1;
        }
        assert_eq!(verbs.get("Offer"), Some(&ks.len()), "{handle}: {verbs:?}");
        assert_eq!(verbs.get("Accept"), Some(&(accepted.len() + 1)), "{handle}");
        assert_eq!(verbs.get("Reject"), Some(&1), "{handle}");
        for k in &accepted {
            let number = k["number"].as_i64();
            assert!(
                mine.iter().any(|e| e["verb"] == "Offer"
                    && e["payload"]["number"].as_i64() == number
                    && e["actor"] == k["author"]),
                "{handle} #{number:?} was offered by its author"
            );
        }
    }

    // Creation and maintainer additions are journaled on the commons themselves.
    let commons_events = get_json(&app, "/api/v1/activity?object_type=commons&limit=100").await;
    let items = commons_events["items"].as_array().expect("items");
    for (handle, ..) in SEEDED {
        let verbs: BTreeSet<&str> = items
            .iter()
            .filter(|e| e["object_url"] == format!("/commons/{handle}"))
            .map(|e| e["verb"].as_str().unwrap_or(""))
            .collect();
        assert!(
            verbs.contains("Create") && verbs.contains("Add"),
            "{handle}: {verbs:?}"
        );
    }

    // The fork: the whole history and attribution of its parent, its own revision, an
    // offer upstream, and lineage shown both ways.
    let fork = get_json(&app, "/api/v1/commons/manuales-de-reparacion").await;
    assert_eq!(fork["forked_from"]["handle"], "lagomar-repair-manuals");
    assert_eq!(fork["maintainers"][0]["handle"], "emil");
    let parent_revs = get_json(&app, "/api/v1/commons/lagomar-repair-manuals/revisions").await;
    let fork_revs = get_json(&app, "/api/v1/commons/manuales-de-reparacion/revisions").await;
    let (parent_revs, fork_revs) = (
        parent_revs["items"].as_array().unwrap(),
        fork_revs["items"].as_array().unwrap(),
    );
    assert_eq!(
        fork_revs.len(),
        parent_revs.len() + 1,
        "inherited history plus its own"
    );
    assert_eq!(
        fork_revs[1..],
        parent_revs[..],
        "the same revisions, same authors"
    );
    let page = get_page(&app, "/commons/lagomar-repair-manuals").await;
    assert!(
        page.contains("/commons/manuales-de-reparacion"),
        "the parent lists its fork"
    );
    let page = get_page(&app, "/commons/manuales-de-reparacion").await;
    assert!(page.contains("Forked from"));
}
