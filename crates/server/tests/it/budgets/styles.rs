//! Points and ranked ballots: a points process (Aarau's 10 points on at least 3 projects)
//! takes cumulative votes, counted as imported cumulative ones are and exported with
//! `vote_type cumulative`; a ranked process takes ordinal votes, exported with `vote_type
//! ordinal`; each refusal names the rule it breaks and writes nothing; a counting rule the
//! engine cannot apply to a style is refused when the rules are set.

use super::{export, heading, imported, move_to, process, propose, results};
use crate::support::{Person, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// One heading, the Harbour, of 50 000.
fn harbour(extra: Value) -> Value {
    let mut b = json!({"headings": [{"name": "Harbour", "amount": "50000"}], "max_projects": null});
    if let (Some(b), Value::Object(extra)) = (b.as_object_mut(), extra) {
        b.extend(extra);
    }
    b
}

/// A process of `rules` in balloting with five projects under the Harbour (costs 10 000 to
/// 30 000); returns its id and the heading's.
async fn balloting(app: &TestApp, ada: &Person, rules: Value) -> (String, String) {
    let p = process(app, ada, "city", harbour(rules)).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(app, ada, &id, "accepting_proposals", 200).await;
    for (t, c) in [
        ("Shade trees", "10000"),
        ("Benches", "15000"),
        ("A fountain", "20000"),
        ("Bike racks", "25000"),
        ("A kiosk", "30000"),
    ] {
        propose(app, ada, &id, &h, t, c).await;
    }
    move_to(app, ada, &id, "balloting", 200).await;
    (id, h)
}

async fn cast(app: &TestApp, who: &Person, id: &str, h: &str, body: Value, want: u16) -> Value {
    app.call_as(
        Some(who),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/headings/{h}/ballot"),
        Some(body),
        want,
    )
    .await
}

#[tokio::test]
async fn points_ballots_are_cumulative_votes_counted_and_exported_as_imported_ones() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let mut voters = Vec::new();
    for n in ["bob", "cy", "dee", "eve"] {
        voters.push(app.person(n).await);
    }
    {
        let mut org = app.org("city").admin(&ada);
        for v in &voters {
            org = org.member(v);
        }
        org.await;
    }
    let rules =
        json!({"ballot_style": "points", "points_total": 10, "min_projects": 3, "max_points": 5});
    let (id, h) = balloting(&app, &ada, rules).await;
    let got = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(got["rules"]["ballot_style"], "points", "{got}");
    assert_eq!(got["rules"]["vote_type"], "cumulative");
    assert_eq!(got["rules"]["points_total"], 10);
    assert_eq!(got["rules"]["max_points"], 5);
    let v = cast(
        &app,
        &voters[0],
        &id,
        &h,
        json!({"projects": ["1", "3", "5"], "points": [5, 3, 2]}),
        200,
    )
    .await;
    assert_eq!(v["projects"], json!(["1", "3", "5"]), "{v}");
    assert_eq!(v["points"], json!([5, 3, 2]), "{v}");
    // Fewer than the total is a ballot too.
    for (who, projects, points) in [
        (1, json!(["1", "2", "4"]), json!([4, 4, 2])),
        (2, json!(["2", "4", "5"]), json!([1, 1, 1])),
        (3, json!(["1", "2", "3", "4"]), json!([3, 3, 2, 2])),
    ] {
        cast(
            &app,
            &voters[who],
            &id,
            &h,
            json!({"projects": projects, "points": points}),
            200,
        )
        .await;
    }
    let mine = app
        .call_as(
            Some(&voters[3]),
            Method::GET,
            &format!("/api/v1/budgets/{id}/my-ballots"),
            None,
            200,
        )
        .await;
    assert_eq!(mine[0]["points"], json!([3, 3, 2, 2]), "{mine}");
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}' AND points = '5,3,2' AND vote = '1,3,5'"
        ))
        .await,
        1
    );
    move_to(&app, &ada, &id, "results", 200).await;
    let file = export(&app, &id).await;
    assert!(file.contains("vote_type;cumulative"), "{file}");
    assert!(file.contains("max_sum_points;10"), "{file}");
    let back = commonfare_decide::pb::parse_pb("back", &file).unwrap();
    assert_eq!(back.ballots.len(), 4);
    let with_points: Vec<_> = back
        .ballots
        .iter()
        .map(|b| b.points.clone().unwrap().len())
        .collect();
    assert!(with_points.iter().all(|&n| n >= 3), "{with_points:?}");
    // Imported again, the file counts as the process did, by every rule that counts
    // cumulative votes; the engine's own count of the file agrees.
    let again = imported(&app, &ada, "city", &file).await;
    for rule in ["greedy_cost", "mes_cost", "mes_cost_add1_greedy_completion"] {
        let (s, a) = results(&app, &id, &format!("rule={rule}")).await;
        assert_eq!(s, 200, "{a}");
        let (_, b) = results(&app, &again, &format!("rule={rule}")).await;
        assert_eq!(a["selected"], b["selected"], "{rule}");
        let engine = commonfare_decide::pb::rules::run(
            &back,
            commonfare_decide::pb::Rule::parse(rule).unwrap(),
            &Default::default(),
        )
        .unwrap();
        assert_eq!(a["selected"], json!(engine.selected), "{rule}");
    }
}

#[tokio::test]
async fn a_points_ballot_that_breaks_a_rule_is_refused_with_its_code_and_nothing_written() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let rules =
        json!({"ballot_style": "points", "points_total": 10, "min_projects": 3, "max_points": 5});
    let (id, h) = balloting(&app, &ada, rules).await;
    let before = app.journal_len().await;
    for (body, code) in [
        (
            json!({"projects": ["1", "2", "3"], "points": [5, 5, 1]}),
            "points_over_total",
        ),
        (
            json!({"projects": ["1", "2"], "points": [5, 5]}),
            "ballot_outside_limits",
        ),
        (
            json!({"projects": ["1", "2", "3"], "points": [0, 5, 5]}),
            "points_not_positive",
        ),
        (
            json!({"projects": ["1", "2", "3"], "points": [-1, 5, 5]}),
            "points_not_positive",
        ),
        (
            json!({"projects": ["1", "2", "9"], "points": [3, 3, 3]}),
            "unknown_project",
        ),
        (
            json!({"projects": ["1", "2", "3"], "points": [6, 2, 2]}),
            "points_over_most",
        ),
        (
            json!({"projects": ["1", "2", "3"], "points": [2, 2]}),
            "ballot_mismatch",
        ),
        (json!({"projects": ["1", "2", "3"]}), "missing_field"),
        (
            json!({"projects": ["1", "2", "3"], "points": [2, 2, 2], "ranks": [1, 2, 3]}),
            "not_for_this_ballot",
        ),
    ] {
        let v = cast(&app, &bob, &id, &h, body.clone(), 422).await;
        assert_eq!(v["code"], code, "{body}: {v}");
        assert!(!v["detail"].as_str().unwrap_or("").is_empty(), "{v}");
    }
    assert_eq!(app.rows("budget_ballots").await, 0, "nothing written");
    assert_eq!(app.journal_len().await, before, "nothing journaled");
    // An approval process takes no points, a points one needs its total.
    let (other, oh) = balloting(&app, &ada, json!({})).await;
    let v = cast(
        &app,
        &bob,
        &other,
        &oh,
        json!({"projects": ["1"], "points": [1]}),
        422,
    )
    .await;
    assert_eq!(v["code"], "not_for_this_ballot", "{v}");
    for (body, code) in [
        (json!({"ballot_style": "points"}), "invalid_ballot_rules"),
        (
            json!({"ballot_style": "points", "points_total": 0}),
            "invalid_ballot_rules",
        ),
        (
            json!({"ballot_style": "points", "points_total": 10, "max_points": 11}),
            "invalid_ballot_rules",
        ),
        (
            json!({"ballot_style": "points", "points_total": 2, "min_projects": 3}),
            "invalid_ballot_rules",
        ),
        (
            json!({"ballot_style": "approval", "points_total": 10}),
            "invalid_ballot_rules",
        ),
        (
            json!({"ballot_style": "points", "points_total": 10, "rule": "phragmen"}),
            "rule_not_applicable",
        ),
        (
            json!({"ballot_style": "ranked", "rule": "phragmen"}),
            "rule_not_applicable",
        ),
    ] {
        let mut full = harbour(body.clone());
        full["owner"] = json!("city");
        full["title"] = json!("Refused");
        let v = app.post_as(&ada, "/api/v1/budgets", full, 422).await;
        assert_eq!(v["code"], code, "{body}: {v}");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_processes WHERE title = 'Refused'".into())
            .await,
        0
    );
    // The same checks when the rules change before balloting; Phragmén counts approvals.
    let p = process(&app, &ada, "city", harbour(json!({}))).await;
    let pid = p["id"].as_str().unwrap();
    let rules = format!("/api/v1/budgets/{pid}/rules");
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &rules,
            Some(json!({"ballot_style": "ranked", "rule": "phragmen"})),
            422,
        )
        .await;
    assert_eq!(v["code"], "rule_not_applicable", "{v}");
    let v = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &rules,
            Some(json!({"ballot_style": "points", "points_total": 10, "min_projects": 3})),
            200,
        )
        .await;
    assert_eq!(v["rules"]["vote_type"], "cumulative", "{v}");
    assert_eq!(v["rules"]["points_total"], 10, "{v}");
    app.call_as(
        Some(&ada),
        Method::PUT,
        &rules,
        Some(json!({"rule": "phragmen"})),
        200,
    )
    .await;
}

#[tokio::test]
async fn ranked_ballots_are_ordinal_votes_without_ties_or_gaps() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    app.org("city").admin(&ada).member(&bob).member(&cy).await;
    let (id, h) = balloting(
        &app,
        &ada,
        json!({"ballot_style": "ranked", "max_projects": 3, "rule": "greedy"}),
    )
    .await;
    let got = app
        .call_as(
            None,
            Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(got["rules"]["vote_type"], "ordinal", "{got}");
    // In order, or by ranks: best first either way.
    let v = cast(&app, &bob, &id, &h, json!({"projects": ["3", "1"]}), 200).await;
    assert_eq!(v["projects"], json!(["3", "1"]), "{v}");
    let v = cast(
        &app,
        &cy,
        &id,
        &h,
        json!({"projects": ["1", "2", "5"], "ranks": [3, 1, 2]}),
        200,
    )
    .await;
    assert_eq!(v["projects"], json!(["2", "5", "1"]), "{v}");
    let before = app.journal_len().await;
    for (body, code) in [
        (
            json!({"projects": ["1", "2"], "ranks": [1, 1]}),
            "ranks_tied",
        ),
        (
            json!({"projects": ["1", "2"], "ranks": [1, 3]}),
            "ranks_gapped",
        ),
        (
            json!({"projects": ["1", "2"], "ranks": [2, 3]}),
            "ranks_gapped",
        ),
        (
            json!({"projects": ["1", "2"], "ranks": [0, 1]}),
            "ranks_gapped",
        ),
        (
            json!({"projects": ["1", "2", "3", "4"], "ranks": [1, 2, 3, 4]}),
            "ballot_outside_limits",
        ),
        (json!({"projects": ["1", "1"]}), "ballot_outside_limits"),
        (
            json!({"projects": ["1"], "ranks": [1, 2]}),
            "ballot_mismatch",
        ),
        (
            json!({"projects": ["1"], "points": [1]}),
            "not_for_this_ballot",
        ),
    ] {
        let v = cast(&app, &bob, &id, &h, body.clone(), 422).await;
        assert_eq!(v["code"], code, "{body}: {v}");
    }
    assert_eq!(app.journal_len().await, before, "nothing journaled");
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}' AND vote = '3,1'"
        ))
        .await,
        1,
        "bob's ballot as it was"
    );
    move_to(&app, &ada, &id, "results", 200).await;
    let file = export(&app, &id).await;
    assert!(file.contains("vote_type;ordinal"), "{file}");
    let back = commonfare_decide::pb::parse_pb("back", &file).unwrap();
    let orders: Vec<Vec<String>> = back
        .ballots
        .iter()
        .map(|b| {
            b.projects
                .iter()
                .map(|&i| back.projects[i].id.clone())
                .collect()
        })
        .collect();
    assert!(
        orders.contains(&vec!["3".to_string(), "1".to_string()]),
        "{orders:?}"
    );
    assert!(
        orders.contains(&vec!["2".to_string(), "5".to_string(), "1".to_string()]),
        "{orders:?}"
    );
    let again = imported(&app, &ada, "city", &file).await;
    for rule in ["greedy_cost", "mes_cost_add1_greedy_completion"] {
        let (s, a) = results(&app, &id, &format!("rule={rule}")).await;
        assert_eq!(s, 200, "{a}");
        let (_, b) = results(&app, &again, &format!("rule={rule}")).await;
        assert_eq!(a["selected"], b["selected"], "{rule}");
    }
    // What the engine says of Phragmén on ordinal votes, the results say too.
    let (s, v) = results(&app, &id, "rule=phragmen").await;
    assert_eq!(
        (s, v["code"].as_str()),
        (422, Some("rule_not_applicable")),
        "{v}"
    );
}

#[tokio::test]
async fn points_and_ranked_ballots_are_refused_to_the_anonymous_and_strangers() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let zed = app.person("zed").await;
    app.org("city").admin(&ada).member(&bob).await;
    let rules = json!({"ballot_style": "points", "points_total": 10, "min_projects": 3});
    let (id, h) = balloting(&app, &ada, rules).await;
    let body = json!({"projects": ["1", "2", "3"], "points": [4, 3, 3]});
    app.call_as(
        None,
        Method::PUT,
        &format!("/api/v1/budgets/{id}/headings/{h}/ballot"),
        Some(body.clone()),
        401,
    )
    .await;
    let v = cast(&app, &zed, &id, &h, body.clone(), 403).await;
    assert_eq!(v["code"], "forbidden", "{v}");
    cast(&app, &bob, &id, &h, body, 200).await;
    let (rid, rh) = balloting(&app, &ada, json!({"ballot_style": "ranked"})).await;
    let body = json!({"projects": ["2", "1"]});
    cast(&app, &zed, &rid, &rh, body.clone(), 403).await;
    cast(&app, &bob, &rid, &rh, body, 200).await;
    assert_eq!(app.rows("budget_ballots").await, 2);
}

#[tokio::test]
async fn paper_ballots_of_points_carry_their_points() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let rules = json!({"ballot_style": "points", "points_total": 10, "min_projects": 3});
    let (id, h) = balloting(&app, &ada, rules).await;
    let path = format!("/api/v1/budgets/{id}/headings/{h}/paper-ballots");
    let send = |text: &'static str| {
        app.program()
            .post(app.url(&path))
            .bearer_auth(&ada.token)
            .header("content-type", "text/csv")
            .body(text)
            .send()
    };
    let r = send("1:4,2:3,3:3\n1:5,2:5,3:1\n").await.unwrap();
    assert_eq!(r.status(), 422);
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["code"], "points_over_total", "{v}");
    let r = send("1:4,2:3,3:x\n").await.unwrap();
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["code"], "malformed_points", "{v}");
    assert_eq!(app.rows("budget_ballots").await, 0);
    let r = send("1:4,2:3,3:3\n2:2,4:2,5:6\n").await.unwrap();
    assert_eq!(r.status(), 201);
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE heading_id = '{h}' AND points = '2,2,6'"
        ))
        .await,
        1
    );
}

/// The ballot forms of the new styles work without JavaScript: numbers for points with the
/// total shown, a select of rank per project; a refused ballot comes back as entered, its
/// words beside it, in the signed-in layout; the page reads in the voter's language.
#[tokio::test]
async fn the_points_and_ranked_forms_vote_without_javascript() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let rules =
        json!({"ballot_style": "points", "points_total": 10, "min_projects": 3, "max_points": 5});
    let (id, h) = balloting(&app, &ada, rules).await;
    let b = app.browser_of(&bob).await;
    let page = format!("/budgets/{id}");
    let html = app.page(&b, &page).await;
    assert!(html.contains("You have 10 points"), "{html}");
    assert!(
        html.contains(r#"type="number" name="points-1" min="0" max="5""#),
        "{html}"
    );
    assert!(html.contains("Points: give your points"), "{html}");
    let action = format!("/budgets/{id}/headings/{h}/ballot");
    let r = app
        .post_form(
            &b,
            &page,
            &action,
            &[
                ("points-1", "5"),
                ("points-2", "5"),
                ("points-3", "1"),
                ("points-4", ""),
                ("points-5", "0"),
            ],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("id=\"error-ballot\""), "{html}");
    assert!(html.contains("more than the 10 each voter has"), "{html}");
    assert!(html.contains("Sign out"), "the signed-in layout");
    assert!(
        html.contains(
            r#"name="points-3" min="0" max="5" step="1" inputmode="numeric" size="4" value="1""#
        ),
        "as entered: {html}"
    );
    assert_eq!(app.rows("budget_ballots").await, 0);
    let r = app
        .post_form(
            &b,
            &page,
            &action,
            &[("points-1", "4"), ("points-2", "3"), ("points-5", "3")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("Your ballot is in"), "{html}");
    assert!(html.contains(r#"size="4" value="3""#), "{html}");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE vote = '1,2,5' AND points = '4,3,3'"
                .into()
        )
        .await,
        1
    );

    let (rid, rh) = balloting(
        &app,
        &ada,
        json!({"ballot_style": "ranked", "max_projects": 3}),
    )
    .await;
    let page = format!("/budgets/{rid}");
    let html = app.page(&b, &page).await;
    assert!(html.contains(r#"<select name="rank-1""#), "{html}");
    assert!(html.contains("Rank 3</option>"), "{html}");
    assert!(
        !html.contains("Rank 4</option>"),
        "at most three ranked: {html}"
    );
    let action = format!("/budgets/{rid}/headings/{rh}/ballot");
    let r = app
        .post_form(
            &b,
            &page,
            &action,
            &[("rank-1", "1"), ("rank-2", "1"), ("rank-3", "")],
        )
        .await;
    assert_eq!(r.status(), 422);
    let html = r.text().await.unwrap();
    assert!(html.contains("two projects share rank 1"), "{html}");
    let r = app
        .post_form(
            &b,
            &page,
            &action,
            &[("rank-4", "1"), ("rank-2", "2"), ("rank-3", "")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<option value="2" selected>"#), "{html}");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_ballots WHERE vote = '4,2'".into())
            .await,
        1
    );
}
