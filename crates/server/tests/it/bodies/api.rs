//! Bodies, their versioned rulebooks and the life of a decision through the API: draft,
//! open (the electorate frozen, its hash journaled), ballots cast and changed, an early
//! close counted with its arithmetic, the closing sweep, withdrawal, and the list of
//! decisions by state.

use super::{BODY, close, drafted, get, makers, opened, sha256, vote};
use crate::support::TestApp;
use serde_json::json;

#[tokio::test]
async fn a_body_keeps_every_version_of_its_rulebook() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"default_method": "consent"})).await;
    let list = get(&app, "/api/v1/orgs/makers/bodies").await;
    assert_eq!(list[0]["slug"], "assembly");
    assert_eq!(list[0]["kind"], "general_assembly");
    let b = get(&app, BODY).await;
    let members: Vec<&str> = b["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["handle"].as_str().unwrap())
        .collect();
    assert_eq!(members, ["ada", "bob", "cyd"]);
    assert_eq!(b["rulebook"]["default_method"], "consent");
    assert_eq!(b["body"]["rulebook_version"], 1);

    let change = json!({"rules": {"seats": "named", "named": ["ada", "bob"], "secrecy": "anonymous",
        "weight_cap": 3, "weights": {"ada": 2}}, "note": "The board sits alone now."});
    let b = app
        .call_as(
            Some(&m.ada),
            reqwest::Method::PUT,
            &format!("{BODY}/rulebook"),
            Some(change),
            200,
        )
        .await;
    assert_eq!(b["body"]["rulebook_version"], 2);
    assert_eq!(b["rulebook"]["secrecy"], "anonymous");
    assert_eq!(b["rulebook"]["weights"]["ada"], 2);
    assert_eq!(b["members"][0]["weight"], 2);
    assert_eq!(b["members"].as_array().unwrap().len(), 2);
    // A board of the admins: members of that kind only.
    let board = app
        .call_as(
            Some(&m.ada),
            reqwest::Method::PUT,
            &format!("{BODY}/rulebook"),
            Some(json!({"rules": {"seats": "admins"}})),
            200,
        )
        .await;
    assert_eq!(board["members"], json!([{"handle": "ada", "weight": 2}]));
    assert_eq!(board["rulebook"]["named"], json!([]));
    let b = app
        .call_as(
            Some(&m.ada),
            reqwest::Method::PUT,
            &format!("{BODY}/rulebook"),
            Some(json!({"rules": {"seats": "named", "named": ["ada", "bob"]}})),
            200,
        )
        .await;
    let versions = b["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 4);
    assert_eq!(versions[2]["note"], "The board sits alone now.");
    assert_eq!(versions[3]["rules"]["secrecy"], "open");
    let events = get(&app, "/api/v1/activity?object_type=body").await;
    let kinds: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "body.rulebook_changed",
            "body.rulebook_changed",
            "body.rulebook_changed",
            "body.created"
        ]
    );
    // The organization's page links its bodies.
    let page = app.page(&app.browser(), "/orgs/makers").await;
    assert!(
        page.contains("href=\"/orgs/makers/bodies/assembly\""),
        "{page}"
    );
}

#[tokio::test]
async fn a_motion_freezes_its_electorate_and_shows_its_arithmetic() {
    let app = TestApp::spawn().await;
    let quorum = json!({"kind": "fraction", "numerator": 1, "denominator": 2});
    let m = makers(&app, json!({"quorum": quorum})).await;
    let id = opened(
        &app,
        &m.bob,
        json!({"title": "Open on Saturdays", "method": "motion"}),
    )
    .await;
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["state"], "open");
    assert_eq!(d["method"], "motion");
    assert_eq!(d["voters"], 3);
    assert_eq!(d["seats"], json!(null));
    let hash = d["electorate_hash"].as_str().unwrap().to_string();
    assert_eq!(hash.len(), 64);
    let events = get(
        &app,
        &format!("/api/v1/activity?object_type=decision&object_id={id}"),
    )
    .await;
    let opened = &events["items"][0];
    assert_eq!(opened["kind"], "decision.opened");
    assert_eq!(opened["payload"]["electorate_hash"], hash.as_str());
    // A member who joins now is not in this decision's electorate.
    let dan = app.person("dan").await;
    app.post_as(
        &m.ada,
        "/api/v1/orgs/makers/invitations",
        json!({"handle": "dan"}),
        204,
    )
    .await;
    app.call_as(
        Some(&dan),
        reqwest::Method::POST,
        "/api/v1/orgs/makers/accept",
        None,
        204,
    )
    .await;
    vote(&app, &dan, &id, json!({"vote": "yes"}), 403).await;

    let first = vote(&app, &m.ada, &id, json!({"vote": "yes"}), 200).await;
    assert_eq!(first["changed"], false);
    vote(&app, &m.bob, &id, json!({"vote": "yes"}), 200).await;
    let again = vote(&app, &m.bob, &id, json!({"vote": "no"}), 200).await;
    assert_eq!(again["changed"], true);
    assert_eq!(again["decision"]["ballot_count"], 2);
    assert_eq!(again["decision"]["outcome"], json!(null));
    let d = close(&app, &m.bob, &id).await;
    assert_eq!(d["state"], "closed");
    assert_eq!(d["result"], "failed");
    let o = &d["outcome"];
    assert_eq!(o["passed"], false);
    assert_eq!(o["counts"]["yes"], 1);
    assert_eq!(o["counts"]["no"], 1);
    assert_eq!(o["turnout"], 2);
    assert_eq!(o["electorate"], 3);
    let lines: Vec<&str> = o["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        lines.contains(&"Quorum: turnout 2 must reach 1/2 of the electorate 3: met."),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("The motion fails")),
        "{lines:?}"
    );
    assert_eq!(d["participants"], json!(["ada", "bob"]));
    assert_eq!(d["votes"].as_array().unwrap().len(), 2);

    let (ctype, text) = super::ballots(&app, &id).await;
    assert!(ctype.starts_with("text/csv"), "{ctype}");
    assert_eq!(text, "answer,reason,weight\nno,,1\nyes,,1\n");
    assert_eq!(d["ballots_hash"], sha256(&text).as_str());
    let events = get(
        &app,
        &format!("/api/v1/activity?object_type=decision&object_id={id}"),
    )
    .await;
    let closed = &events["items"][0];
    assert_eq!(closed["kind"], "decision.closed");
    assert_eq!(closed["payload"]["ballots_hash"], sha256(&text).as_str());
    assert_eq!(closed["payload"]["outcome_hash"], d["outcome_hash"]);
    // Sealed: no ballot, no second close.
    vote(&app, &m.cyd, &id, json!({"vote": "yes"}), 409).await;
    app.post_as(
        &m.bob,
        &format!("/api/v1/decisions/{id}/close"),
        json!(null),
        409,
    )
    .await;
}

#[tokio::test]
async fn decisions_are_listed_by_state() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let open = opened(&app, &m.ada, json!({"title": "A", "method": "motion"})).await;
    let closed = opened(&app, &m.ada, json!({"title": "B", "method": "motion"})).await;
    let draft = drafted(&app, &m.ada, json!({"title": "C", "method": "motion"})).await;
    close(&app, &m.ada, &closed).await;
    let ids = |v: &serde_json::Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&get(&app, "/api/v1/decisions?state=closed").await),
        std::slice::from_ref(&closed)
    );
    assert_eq!(
        ids(&get(&app, "/api/v1/decisions?state=open").await),
        std::slice::from_ref(&open)
    );
    assert_eq!(
        ids(&get(&app, "/api/v1/decisions?state=draft").await),
        std::slice::from_ref(&draft)
    );
    let all = get(&app, "/api/v1/decisions?limit=2").await;
    assert_eq!(ids(&all), [draft, closed]);
    let next = all["next"].as_str().unwrap();
    assert_eq!(ids(&get(&app, next).await), [open]);
    crate::support::expect_problem(
        app.program()
            .get(app.url("/api/v1/decisions?state=sealed"))
            .send()
            .await
            .unwrap(),
        422,
        "invalid_state",
    )
    .await;
}

#[tokio::test]
async fn the_sweep_closes_decisions_at_their_time_once() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let soon = commonfare::db::now_ms() + 1_500;
    let id = opened(
        &app,
        &m.ada,
        json!({"title": "Soon", "method": "approval", "options": ["Tea", "Coffee", "Juice"], "closes_at": soon}),
    )
    .await;
    vote(&app, &m.bob, &id, json!({"approve": ["1", "2"]}), 200).await;
    vote(&app, &m.cyd, &id, json!({"approve": ["2"]}), 200).await;
    assert_eq!(commonfare::bodies::sweep(&app.state).await.unwrap(), 0);
    tokio::time::sleep(std::time::Duration::from_millis(1_700)).await;
    // Past its time, a ballot is refused even before the sweep runs.
    vote(&app, &m.ada, &id, json!({"approve": ["3"]}), 409).await;
    assert_eq!(commonfare::bodies::sweep(&app.state).await.unwrap(), 1);
    assert_eq!(commonfare::bodies::sweep(&app.state).await.unwrap(), 0);
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["state"], "closed");
    assert_eq!(d["outcome"]["winner_names"], json!(["Coffee"]));
    let events = get(
        &app,
        &format!("/api/v1/activity?object_type=decision&object_id={id}"),
    )
    .await;
    let closed: Vec<_> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "decision.closed")
        .collect();
    assert_eq!(closed.len(), 1);
    assert_eq!(closed[0]["payload"]["early"], false);
    assert_eq!(closed[0]["actor"], json!(null));
}

#[tokio::test]
async fn a_withdrawn_decision_drops_its_ballots() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = opened(
        &app,
        &m.bob,
        json!({"title": "Paint it red", "method": "consensus"}),
    )
    .await;
    vote(&app, &m.ada, &id, json!({"position": "block"}), 200).await;
    let d = app
        .post_as(
            &m.bob,
            &format!("/api/v1/decisions/{id}/withdraw"),
            json!(null),
            200,
        )
        .await;
    assert_eq!(d["state"], "withdrawn");
    assert_eq!(app.rows("body_ballots").await, 0);
    vote(&app, &m.cyd, &id, json!({"position": "agree"}), 409).await;
    app.post_as(
        &m.bob,
        &format!("/api/v1/decisions/{id}/withdraw"),
        json!(null),
        409,
    )
    .await;
}

#[tokio::test]
async fn a_rulebook_that_says_so_changes_only_by_a_decision() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"rulebook_by_decision": true})).await;
    let r = app
        .program()
        .put(app.url(&format!("{BODY}/rulebook")))
        .bearer_auth(&m.ada.token)
        .json(&json!({"rules": {"secrecy": "secret"}}))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 409, "rulebook_by_decision").await;
    app.post_as(
        &m.bob,
        &format!("{BODY}/decisions"),
        json!({"title": "Secret", "method": "schulze", "options": ["A", "B"], "rulebook": {"secrecy": "secret"}}),
        422,
    )
    .await;
    let blocked = opened(
        &app,
        &m.bob,
        json!({"title": "Weights", "method": "consent", "rulebook": {"weight_cap": 2, "weights": {"bob": 2}}}),
    )
    .await;
    vote(
        &app,
        &m.cyd,
        &blocked,
        json!({"response": "objection", "reason": "One member, one vote."}),
        200,
    )
    .await;
    assert_eq!(close(&app, &m.ada, &blocked).await["result"], "failed");
    assert_eq!(get(&app, BODY).await["body"]["rulebook_version"], 1);

    let id = opened(
        &app,
        &m.bob,
        json!({"title": "Secret ballots from now on", "method": "consent", "rulebook": {"secrecy": "secret"}}),
    )
    .await;
    let d = get(&app, &format!("/api/v1/decisions/{id}")).await;
    assert_eq!(d["proposal"]["secrecy"], "secret");
    let page = app.page(&app.browser(), &format!("/decisions/{id}")).await;
    assert!(page.contains("the body adopts a new rulebook"), "{page}");
    vote(&app, &m.ada, &id, json!({"response": "consent"}), 200).await;
    vote(&app, &m.cyd, &id, json!({"response": "consent"}), 200).await;
    assert_eq!(close(&app, &m.bob, &id).await["result"], "decided");
    let b = get(&app, BODY).await;
    assert_eq!(b["body"]["rulebook_version"], 2);
    assert_eq!(b["rulebook"]["secrecy"], "secret");
    assert_eq!(b["rulebook"]["rulebook_by_decision"], true);
    assert_eq!(
        b["versions"][0]["note"],
        "Adopted by decision 2: Secret ballots from now on"
    );
    assert_eq!(b["versions"][0]["author"], "bob");
    let events = get(&app, "/api/v1/activity?object_type=body").await;
    assert_eq!(events["items"][0]["kind"], "body.rulebook_adopted");
    assert_eq!(events["items"][0]["payload"]["decision"], 2);
    // The new rules hold: a decision less secret is refused.
    app.post_as(
        &m.bob,
        &format!("{BODY}/decisions"),
        json!({"title": "Open?", "method": "motion", "secrecy": "open"}),
        422,
    )
    .await;
}

#[tokio::test]
async fn a_draft_is_rewritten_until_it_opens() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let id = drafted(&app, &m.bob, json!({"title": "Colour", "method": "motion"})).await;
    let path = format!("/api/v1/decisions/{id}");
    let put = |who, body, want| {
        let app = &app;
        let path = path.clone();
        async move {
            app.call_as(Some(who), reqwest::Method::PUT, &path, Some(body), want)
                .await
        }
    };
    let d = put(
        &m.bob,
        json!({"title": "Which colour?", "method": "plurality", "options": ["Red", "Blue"]}),
        200,
    )
    .await;
    assert_eq!(d["title"], "Which colour?");
    assert_eq!(d["method"], "plurality");
    assert_eq!(d["options"][1]["name"], "Blue");
    put(
        &m.cyd,
        json!({"title": "Mine now", "method": "motion"}),
        403,
    )
    .await;
    put(
        &m.bob,
        json!({"title": "X", "method": "plurality", "options": ["Red"]}),
        422,
    )
    .await;
    app.post_as(&m.bob, &format!("{path}/open"), json!(null), 200)
        .await;
    put(
        &m.bob,
        json!({"title": "Too late", "method": "motion"}),
        409,
    )
    .await;
    let events = get(
        &app,
        &format!("/api/v1/activity?object_type=decision&object_id={id}"),
    )
    .await;
    let kinds: Vec<&str> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        ["decision.opened", "decision.edited", "decision.drafted"]
    );
}

#[tokio::test]
async fn each_member_sees_the_decisions_they_can_take_part_in() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({})).await;
    let later = commonfare::db::now_ms() + 3 * 24 * 3600 * 1000;
    let soon = opened(
        &app,
        &m.ada,
        json!({"title": "Soon", "method": "motion", "closes_at": later}),
    )
    .await;
    let other = opened(&app, &m.ada, json!({"title": "Later", "method": "motion"})).await;
    drafted(&app, &m.ada, json!({"title": "Draft", "method": "motion"})).await;
    vote(&app, &m.bob, &other, json!({"vote": "yes"}), 200).await;
    let mine = app
        .call_as(
            Some(&m.bob),
            reqwest::Method::GET,
            "/api/v1/me/decisions",
            None,
            200,
        )
        .await;
    let list = mine.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0]["decision"]["id"],
        soon.as_str(),
        "closing first first"
    );
    assert_eq!(list[0]["voted"], false);
    assert_eq!(list[1]["voted"], true);
    let none = app
        .call_as(
            Some(&m.eve),
            reqwest::Method::GET,
            "/api/v1/me/decisions",
            None,
            200,
        )
        .await;
    assert_eq!(none, json!([]));
    app.call_as(
        None,
        reqwest::Method::GET,
        "/api/v1/me/decisions",
        None,
        401,
    )
    .await;
    let bob = app.browser_of(&m.bob).await;
    let html = app.page(&bob, "/decisions").await;
    assert!(
        html.contains(&format!("href=\"/decisions/{soon}\"")),
        "{html}"
    );
    assert!(
        html.contains("you voted") && html.contains("you may vote"),
        "{html}"
    );
    let html = app.page(&app.browser(), "/decisions").await;
    assert!(!html.contains("you may vote"));
    let r = app
        .browser()
        .get(app.url("/orgs/makers/bodies/assembly/decisions/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.url().path(), format!("/decisions/{soon}"));
}

#[tokio::test]
async fn score_and_cumulative_votes_add_up_points() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"weight_cap": 2, "weights": {"cyd": 2}})).await;
    let options = json!(["Tea", "Coffee", "Juice"]);
    let score = opened(
        &app,
        &m.ada,
        json!({"title": "Drinks", "method": "score", "options": options, "points": 3}),
    )
    .await;
    vote(
        &app,
        &m.ada,
        &score,
        json!({"points": {"1": 3, "2": 1}}),
        200,
    )
    .await;
    vote(
        &app,
        &m.bob,
        &score,
        json!({"points": {"2": 3, "3": 2}}),
        200,
    )
    .await;
    vote(&app, &m.cyd, &score, json!({"points": {"1": 2}}), 200).await;
    let d = close(&app, &m.ada, &score).await;
    assert_eq!(d["points"], 3);
    // Tea 3 + 2×2 = 7, Coffee 4, Juice 2.
    assert_eq!(d["outcome"]["winner_names"], json!(["Tea"]));
    let (ctype, text) = super::ballots(&app, &score).await;
    assert!(ctype.starts_with("text/csv"));
    assert_eq!(text, "Tea,Coffee,Juice,weight\n0,3,2,1\n2,0,0,2\n3,1,0,1\n");
    assert_eq!(d["ballots_hash"], sha256(&text).as_str());

    let dots = opened(
        &app,
        &m.ada,
        json!({"title": "Budget", "method": "cumulative", "options": options, "seats": 2}),
    )
    .await;
    vote(&app, &m.ada, &dots, json!({"points": {"3": 10}}), 200).await;
    vote(
        &app,
        &m.bob,
        &dots,
        json!({"points": {"1": 6, "2": 4}}),
        200,
    )
    .await;
    let d = close(&app, &m.ada, &dots).await;
    assert_eq!(d["points"], 10, "ten dots by default");
    assert_eq!(d["outcome"]["winner_names"], json!(["Juice", "Tea"]));
}

/// The closing sweep runs when a server starts: a decision whose time came while no
/// server ran (here, while only an earlier server held the store) is closed at the next
/// start, once.
#[tokio::test]
async fn a_server_that_starts_closes_the_decisions_whose_time_has_come() {
    let first = TestApp::spawn().await;
    let m = makers(&first, json!({})).await;
    let soon = commonfare::db::now_ms() + 1_200;
    let id = opened(
        &first,
        &m.ada,
        json!({"title": "While we slept", "method": "motion", "closes_at": soon}),
    )
    .await;
    vote(&first, &m.bob, &id, json!({"vote": "yes"}), 200).await;
    tokio::time::sleep(std::time::Duration::from_millis(1_400)).await;
    let (data_dir, url) = (
        first.state.config.data_dir.clone(),
        first.state.config.database_url.clone(),
    );
    let second = TestApp::spawn_with(move |c| {
        c.data_dir = data_dir;
        c.database_url = url;
    })
    .await;
    let path = format!("/api/v1/decisions/{id}");
    let mut state = String::new();
    for _ in 0..50 {
        state = get(&second, &path).await["state"]
            .as_str()
            .unwrap()
            .to_string();
        if state == "closed" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(state, "closed");
    let d = get(&first, &path).await;
    assert_eq!(d["result"], "decided");
    assert_eq!(commonfare::bodies::sweep(&first.state).await.unwrap(), 0);
}
