//! Forks as the record shows them: the offer and the revision it becomes upstream list the
//! fork's revisions with their titles and authors, a fork's inherited revisions say where
//! they were made, an offer with nothing new says exactly why in the request's language,
//! and the list of commons marks each fork with its parent.

use crate::support::{Commons, Person, TestApp, expect_problem};
use reqwest::Method;
use serde_json::{Value, json};

/// `bread` (ada, revisions 1–2) forked by carol as `bread-carol`.
async fn bread_and_carols_fork(app: &TestApp) -> (Person, Person, Commons, Commons) {
    let ada = app.person("ada").await;
    let carol = app.person("carol").await;
    let bread = app
        .commons("bread")
        .maintained_by(&ada)
        .file("a.md", "a")
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
    (ada, carol, bread, fork)
}

async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, Method::GET, path, None, 200).await
}

fn offered(v: &Value) -> Vec<(i64, String, String)> {
    v["revisions"]
        .as_array()
        .expect("offered revisions")
        .iter()
        .map(|r| {
            (
                r["number"].as_i64().unwrap(),
                r["title"].as_str().unwrap().to_string(),
                r["author"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_offer_keeps_the_fork_s_titles_and_authors_upstream() {
    let app = TestApp::spawn().await;
    let (ada, carol, bread, fork) = bread_and_carols_fork(&app).await;
    let dan = app.person("dan").await;
    app.change(&fork)
        .by(&carol)
        .message("Spelt notes\n\nFrom the mill by the river.")
        .add("spelt.md", "spelt")
        .accepted_by(&carol)
        .await;
    app.change(&fork)
        .by(&dan)
        .message("Barley: a first go")
        .add("barley.md", "barley")
        .accepted_by(&carol)
        .await;

    let k = app
        .post_as(&carol, &fork.api("/offer"), json!({"message": ""}), 201)
        .await;
    assert_eq!(
        k["message"],
        "Spelt notes; Barley: a first go\n\nSpelt notes\n\nFrom the mill by the river.\n\nBarley: a first go"
    );
    let from = &k["offered_from"];
    assert_eq!(from["fork"], "bread-carol");
    assert_eq!(from["authors"], json!(["carol", "dan"]));
    let expected = vec![
        (3, "Spelt notes".to_string(), "carol".to_string()),
        (4, "Barley: a first go".to_string(), "dan".to_string()),
    ];
    assert_eq!(offered(from), expected);
    assert_eq!(
        from["revisions"][0]["message"],
        "Spelt notes\n\nFrom the mill by the river."
    );
    assert_eq!(from["revisions"][1]["accepted_by"], "carol");

    // Accepted upstream, the new revision keeps the fork's words and what it carried.
    let number = k["number"].as_i64().unwrap();
    app.post_as(
        &ada,
        &bread.api(&format!("/contributions/{number}/accept")),
        json!({}),
        200,
    )
    .await;
    let head = get(&app, &bread.api("")).await["head"].clone();
    assert_eq!(head["number"], 3);
    assert!(
        head["message"]
            .as_str()
            .unwrap()
            .starts_with("Spelt notes; Barley")
    );
    assert_eq!(head["accepted_by"], "ada");
    assert_eq!(head["made_in"], "bread");
    assert_eq!(offered(&head["offered_from"]), expected);
    let revisions = get(&app, &bread.api("/revisions")).await;
    assert_eq!(offered(&revisions["items"][0]["offered_from"]), expected);
    assert!(revisions["items"][1].get("offered_from").is_none());

    // The pages say it too: the offer and the parent's revisions list the fork's words.
    let b = app.browser();
    let html = app
        .page(&b, &bread.page(&format!("/contributions/{number}")))
        .await;
    assert!(html.contains("The 2 fork revisions it carries"), "{html}");
    assert!(html.contains("r3 Spelt notes — by <a href=\"/people/carol\">@carol</a>"));
    assert!(html.contains("r4 Barley: a first go — by <a href=\"/people/dan\">@dan</a>"));
    let html = app.page(&b, &bread.page("/revisions")).await;
    assert!(html.contains("r4 Barley: a first go — by <a href=\"/people/dan\">@dan</a>"));
    assert!(html.contains("accepted by <a href=\"/people/ada\">@ada</a>"));

    // The fork's revisions from before the fork say where they were made.
    let html = app.page(&b, &fork.page("/revisions")).await;
    let item = |n: &str| {
        let at = html.find(&format!("<li>r{n} ")).expect("the revision");
        html[at..at + html[at..].find("</li>").unwrap()].to_string()
    };
    assert!(item("2").contains("made in <a href=\"/commons/bread\">bread</a>"));
    assert!(!item("3").contains("made in"), "{}", item("3"));
    assert!(item("3").contains("accepted by <a href=\"/people/carol\">@carol</a>"));
    assert!(item("3").contains("<time datetime=\""));
}

async fn offer_refused(app: &TestApp, carol: &Person, fork: &Commons, lang: &str) -> String {
    let r = app
        .program()
        .post(app.url(&fork.api("/offer")))
        .bearer_auth(&carol.token)
        .header("Accept-Language", lang)
        .json(&json!({}))
        .send()
        .await
        .expect("post");
    let p = expect_problem(r, 422, "nothing_to_offer").await;
    p["detail"].as_str().expect("detail").to_string()
}

#[tokio::test]
async fn nothing_to_offer_says_why_in_the_request_s_language() {
    let app = TestApp::spawn().await;
    let (ada, carol, bread, fork) = bread_and_carols_fork(&app).await;

    // Only what it inherited.
    assert_eq!(
        offer_refused(&app, &carol, &fork, "en").await,
        "this fork has no revisions of its own yet: everything in it, up to revision 2 where \
         it was forked, came from upstream; change something in the fork first"
    );
    assert!(
        offer_refused(&app, &carol, &fork, "fr")
            .await
            .starts_with("Cette bifurcation n'a encore aucune révision à elle")
    );

    // Two revisions that undo each other.
    app.change(&fork)
        .by(&carol)
        .modify("a.md", "b")
        .accepted_by(&carol)
        .await;
    app.change(&fork)
        .by(&carol)
        .modify("a.md", "a")
        .accepted_by(&carol)
        .await;
    assert_eq!(
        offer_refused(&app, &carol, &fork, "en").await,
        "the 2 revisions made in the fork since its last offer undo each other: together they \
         change nothing"
    );
    assert!(
        offer_refused(&app, &carol, &fork, "it")
            .await
            .starts_with("Le 2 revisioni fatte nella derivazione")
    );

    // Everything offered and accepted.
    app.change(&fork)
        .by(&carol)
        .add("d.md", "d")
        .accepted_by(&carol)
        .await;
    let k = app
        .post_as(&carol, &fork.api("/offer"), json!({}), 201)
        .await;
    let number = k["number"].as_i64().unwrap();
    app.post_as(
        &ada,
        &bread.api(&format!("/contributions/{number}/accept")),
        json!({}),
        200,
    )
    .await;
    assert_eq!(
        offer_refused(&app, &carol, &fork, "en").await,
        "upstream has already accepted everything this fork made, up to its revision 5; make \
         a new change in the fork first"
    );

    // Upstream made the same change meanwhile.
    app.change(&fork)
        .by(&carol)
        .add("c.md", "c")
        .accepted_by(&carol)
        .await;
    app.change(&bread)
        .by(&ada)
        .add("c.md", "c")
        .accepted_by(&ada)
        .await;
    assert_eq!(
        offer_refused(&app, &carol, &fork, "en").await,
        "upstream already has every file as the fork's new revision leaves it, so there is nothing \
         to offer"
    );
    assert!(
        offer_refused(&app, &carol, &fork, "es")
            .await
            .starts_with("El bien común de origen ya tiene cada archivo")
    );
}

/// What each of the offers `numbers` of `bread` carries.
async fn offers_of(
    app: &TestApp,
    bread: &Commons,
    numbers: &[i64],
) -> Vec<Vec<(i64, String, String)>> {
    let mut all = Vec::new();
    for n in numbers {
        let k = get(app, &bread.api(&format!("/contributions/{n}"))).await;
        all.push(offered(&k["offered_from"]));
    }
    all
}

#[tokio::test]
async fn offers_made_before_are_given_the_revisions_they_carried() {
    use commonfare::config::Engine;
    use diesel::connection::SimpleConnection;
    let app = TestApp::spawn().await;
    let (ada, carol, bread, fork) = bread_and_carols_fork(&app).await;
    let mut numbers = Vec::new();
    for (files, verdict) in [
        (vec!["f3.md"], Some("/accept")),
        (vec!["f4.md", "f5.md"], Some("/reject")),
        (vec!["f6.md"], None),
    ] {
        for f in files {
            app.change(&fork)
                .by(&carol)
                .message(f)
                .add(f, f)
                .accepted_by(&carol)
                .await;
        }
        let k = app
            .post_as(&carol, &fork.api("/offer"), json!({}), 201)
            .await;
        let n = k["number"].as_i64().unwrap();
        if let Some(v) = verdict {
            let path = bread.api(&format!("/contributions/{n}{v}"));
            app.post_as(&ada, &path, json!({}), 200).await;
        }
        numbers.push(n);
    }
    let as_made = offers_of(&app, &bread, &numbers).await;
    let titles: Vec<Vec<String>> = as_made
        .iter()
        .map(|o| o.iter().map(|r| r.1.clone()).collect())
        .collect();
    assert_eq!(
        titles,
        [
            vec!["f3.md"],
            vec!["f4.md", "f5.md"],
            vec!["f4.md", "f5.md", "f6.md"]
        ]
    );
    let (down, up) = match app.state.db.engine() {
        Engine::Sqlite => (
            include_str!("../../../migrations/sqlite/2026-12-06-000015_offered_revisions/down.sql"),
            include_str!("../../../migrations/sqlite/2026-12-06-000015_offered_revisions/up.sql"),
        ),
        Engine::Postgres => (
            include_str!(
                "../../../migrations/postgres/2026-12-06-000015_offered_revisions/down.sql"
            ),
            include_str!("../../../migrations/postgres/2026-12-06-000015_offered_revisions/up.sql"),
        ),
    };
    app.state
        .db
        .write(move |c| {
            c.batch_execute(down)
                .and_then(|_| c.batch_execute(up))
                .map_err(commonfare::error::AppError::internal)
        })
        .await
        .expect("the migration again");
    assert_eq!(offers_of(&app, &bread, &numbers).await, as_made);
}

#[tokio::test]
async fn the_list_of_commons_marks_forks_and_their_parent() {
    let app = TestApp::spawn().await;
    bread_and_carols_fork(&app).await;
    let list = get(&app, "/api/v1/commons").await;
    let marks: Vec<(&str, Option<&str>)> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["handle"].as_str().unwrap(), c["forked_from"].as_str()))
        .collect();
    assert_eq!(marks, [("bread", None), ("bread-carol", Some("bread"))]);
    let html = app.page(&app.browser(), "/commons").await;
    let fork = &html[html
        .find("href=\"/commons/bread-carol\"")
        .expect("the fork")..];
    let fork = &fork[..fork.find("</li>").unwrap()];
    assert!(
        fork.contains("Forked from <a href=\"/commons/bread\">bread</a>"),
        "{fork}"
    );
    let bread = &html[html.find("href=\"/commons/bread\"").expect("bread")..];
    assert!(!bread[..bread.find("</li>").unwrap()].contains("Forked from"));
}
