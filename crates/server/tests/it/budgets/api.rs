//! Processes run here through the API: created with headings and phases, moved through
//! them by hand (forward only, to enabled phases) and by date (the sweep), rules that lock
//! when balloting opens, projects proposed by members and reviewed with public reasons,
//! approval and knapsack ballots changed until the close, and the results per heading
//! once balloting is over, with the file of each heading. Paper ballots are `paper.rs`'s.

use super::{heading, move_to, process, propose, results, vote};
use crate::support::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, Method::GET, path, None, 200).await
}

#[tokio::test]
async fn a_process_runs_from_proposals_to_results() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    let cy = app.person("cy").await;
    let eve = app.person("eve").await;
    app.org("city").admin(&ada).member(&bob).member(&cy).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    assert_eq!(p["phase"], "drafting");
    assert_eq!(p["origin"], "native");
    assert_eq!(p["rules"]["rule"], "mes_cost_add1_greedy_completion");
    assert_eq!(p["rules"]["locked"], false);
    let amounts: Vec<&str> = p["headings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["amount"].as_str().unwrap())
        .collect();
    assert_eq!(amounts, ["100000", "50000", "50000.00"]);
    let enabled: Vec<&str> = p["phases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["enabled"] == true)
        .map(|x| x["phase"].as_str().unwrap())
        .collect();
    assert_eq!(
        enabled,
        [
            "drafting",
            "accepting_proposals",
            "reviewing",
            "balloting",
            "results",
            "implementation",
            "finished"
        ]
    );
    let harbour = heading(&p, "Harbour");
    let city = heading(&p, "City-wide");

    // Proposals: not yet, then by members; strangers never.
    let path = format!("/api/v1/budgets/{id}/projects");
    let body = json!({"heading": harbour, "title": "Shade trees", "cost": "12000"});
    let r = app.post_as(&bob, &path, body.clone(), 409).await;
    assert_eq!(r["code"], "budget_phase");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    let trees = propose(&app, &bob, &id, &harbour, "Shade trees", "12000").await;
    let benches = propose(&app, &cy, &id, &harbour, "Benches", "8000.50").await;
    let fountain = propose(&app, &cy, &id, &harbour, "A fountain", "45000").await;
    let pier = propose(&app, &bob, &id, &harbour, "Fix the pier", "30000").await;
    let bikes = propose(&app, &ada, &id, &city, "Bike lanes", "90000").await;
    assert_eq!(
        [&trees, &benches, &fountain, &pier, &bikes],
        ["1", "2", "3", "4", "5"]
    );
    let r = app.post_as(&eve, &path, body.clone(), 403).await;
    assert_eq!(r["code"], "forbidden");

    // Review: the pier off the ballot, with a public reason.
    move_to(&app, &ada, &id, "reviewing", 200).await;
    app.post_as(&bob, &path, body.clone(), 409).await;
    let p = get(&app, &format!("/api/v1/budgets/{id}")).await;
    let pier_id = p["headings"][1]["projects"][3]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let reviewed = app
        .post_as(
            &ada,
            &format!("/api/v1/budgets/{id}/projects/{pier_id}/review"),
            json!({"decision": "reject", "reason": "The port authority is fixing it."}),
            200,
        )
        .await;
    assert_eq!(reviewed["state"], "rejected");
    assert_eq!(reviewed["author"], "bob");

    // The rules, changed before balloting and locked by it.
    let rules = format!("/api/v1/budgets/{id}/rules");
    let p = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &rules,
            Some(json!({"ballot_style": "approval", "min_projects": 1, "max_projects": 2})),
            200,
        )
        .await;
    assert_eq!(p["rules"]["max_projects"], 2);
    let p = move_to(&app, &ada, &id, "balloting", 200).await;
    assert_eq!(p["rules"]["locked"], true);
    let r = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &rules,
            Some(json!({"rule": "greedy"})),
            409,
        )
        .await;
    assert_eq!(r["code"], "rules_locked");

    // Ballots: members, within the limits, on the ballot; changed until the close.
    vote(&app, &bob, &id, &harbour, &[&trees, &benches], 200).await;
    vote(&app, &cy, &id, &harbour, &[&fountain], 200).await;
    vote(&app, &ada, &id, &harbour, &[&trees], 200).await;
    vote(&app, &ada, &id, &city, &[&bikes], 200).await;
    for (projects, code) in [
        (vec![pier.as_str()], "unknown_project"),
        (vec![bikes.as_str()], "unknown_project"),
        (vec![&trees, &benches, &fountain], "ballot_outside_limits"),
        (vec![&trees, &trees], "ballot_outside_limits"),
        (vec![], "ballot_outside_limits"),
    ] {
        let r = vote(&app, &cy, &id, &harbour, &projects, 422).await;
        assert_eq!(r["code"], code, "{projects:?}");
    }
    let r = vote(&app, &eve, &id, &harbour, &[&trees], 403).await;
    assert_eq!(r["code"], "forbidden");
    let changed = vote(&app, &cy, &id, &harbour, &[&fountain, &trees], 200).await;
    assert_eq!(changed["changed"], true);
    assert_eq!(changed["projects"], json!(["3", "1"]));
    let mine = app
        .call_as(
            Some(&cy),
            Method::GET,
            &format!("/api/v1/budgets/{id}/my-ballots"),
            None,
            200,
        )
        .await;
    assert_eq!(mine[0]["projects"], json!(["3", "1"]));
    assert_eq!(mine[0]["heading"], "Harbour");
    assert_eq!(
        app.count(format!(
            "SELECT COUNT(*) AS n FROM budget_ballots WHERE process_id = '{id}'"
        ))
        .await,
        4
    );
    // A ballot's event names neither the voter nor the choice.
    let events = get(&app, "/api/v1/activity?object_type=budget").await;
    let cast: Vec<&Value> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "budget.ballot_cast")
        .collect();
    assert_eq!(cast.len(), 5);
    for e in &cast {
        assert!(e["actor"].is_null(), "{e}");
        let text = e.to_string();
        assert!(!text.contains("cy") && !text.contains("\"3\""), "{text}");
    }
    assert!(cast.iter().any(|e| e["payload"]["changed"] == true));

    // No results before balloting is over.
    let (status, r) = results(&app, &id, "").await;
    assert_eq!((status, r["code"].as_str()), (409, Some("budget_phase")));
    move_to(&app, &ada, &id, "results", 200).await;
    vote(&app, &bob, &id, &harbour, &[&trees], 409).await;

    // Harbour: 50 000; trees (3 votes) and benches (1) by Equal Shares and completion,
    // the fountain (1, 45 000) does not fit beside the trees.
    let (status, r) = results(&app, &id, &format!("heading={harbour}")).await;
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["selected"], json!(["1", "2"]));
    assert_eq!(r["total_cost"], "40001/2");
    let (_, all) = results(&app, &id, "rule=greedy").await;
    assert_eq!(all["selected"], json!(["1", "2", "5"]));
    assert_eq!(all["headings"].as_array().unwrap().len(), 3);
    assert_eq!(
        all["voters"], 4,
        "three in the harbour, one city-wide, none in the old town"
    );
    assert!(all.get("explanation").is_none());
    // Nobody voted in the old town: under Equal Shares, nothing is funded there.
    let (status, es) = results(&app, &id, "").await;
    assert_eq!(status, 200, "{es}");
    assert_eq!(es["headings"][2]["selected"], json!([]));
    assert_eq!(es["headings"][2]["voters"], 0);

    // Each heading's file: the one asked; without one, which there are.
    let r = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/export.pb")))
        .send()
        .await
        .unwrap();
    crate::support::expect_problem(r, 400, "heading_required").await;
    let file = app
        .program()
        .get(app.url(&format!("/api/v1/budgets/{id}/export.pb?heading={harbour}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let inst = commonfare_decide::pb::parse_pb("harbour", &file).unwrap();
    assert_eq!(inst.meta_value("subunit"), Some("Harbour"));
    assert_eq!(inst.meta_value("max_length"), Some("2"));
    assert_eq!(inst.projects.len(), 3, "the pier is off the ballot");
    assert_eq!(inst.ballots.len(), 3);
    let o = commonfare_decide::pb::run(
        &inst,
        commonfare_decide::pb::Rule::MesCostAdd1GreedyCompletion,
        &Default::default(),
    )
    .unwrap();
    assert_eq!(o.selected, ["1", "2"]);
}

#[tokio::test]
async fn a_knapsack_ballot_keeps_to_its_heading_amount() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let p = {
        app.org("city").admin(&ada).await;
        process(
            &app,
            &ada,
            "city",
            json!({"ballot_style": "knapsack", "max_projects": null, "eligibility": "anyone"}),
        )
        .await
    };
    let id = p["id"].as_str().unwrap().to_string();
    let old = heading(&p, "Old town");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    // Anyone signed in may propose and vote in a process open to anyone.
    let bob = app.person("bob").await;
    let a = propose(&app, &bob, &id, &old, "Square", "30000").await;
    let b = propose(&app, &bob, &id, &old, "Library corner", "20000").await;
    let c = propose(&app, &bob, &id, &old, "Murals", "0.50").await;
    move_to(&app, &ada, &id, "balloting", 200).await;
    vote(&app, &bob, &id, &old, &[&a, &b], 200).await;
    let r = vote(&app, &bob, &id, &old, &[&a, &b, &c], 422).await;
    assert_eq!(r["code"], "ballot_over_budget");
    assert!(r["detail"].as_str().unwrap().contains("50000"), "{r}");
}

#[tokio::test]
async fn phases_move_forward_only_to_enabled_phases_and_are_journaled() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap();
    move_to(&app, &ada, id, "reviewing", 200).await;
    for (to, code) in [
        ("drafting", "invalid_phase"),
        ("reviewing", "invalid_phase"),
        ("supporting", "invalid_phase"),
        ("voting", "invalid_phase"),
    ] {
        let r = move_to(&app, &ada, id, to, 422).await;
        assert_eq!(r["code"], code, "{to}");
    }
    // Enabled in the plan, it may be moved to.
    let p = app
        .call_as(
            Some(&ada),
            Method::PUT,
            &format!("/api/v1/budgets/{id}/phases"),
            Some(json!({"phases": [{"phase": "supporting", "enabled": true}]})),
            200,
        )
        .await;
    assert!(
        p["phases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["phase"] == "supporting" && x["enabled"] == true)
    );
    move_to(&app, &ada, id, "supporting", 200).await;
    let events = get(&app, "/api/v1/activity?object_type=budget").await;
    let moves: Vec<(&str, &str)> = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "budget.phase_changed")
        .map(|e| {
            (
                e["payload"]["to"].as_str().unwrap(),
                e["actor"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(moves, [("supporting", "ada"), ("reviewing", "ada")]);
    // The organization's record holds the process's events.
    let record = get(&app, "/api/v1/activity?context=organization:city").await;
    assert!(
        record["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "budget.created")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sweep_moves_processes_by_their_dates_and_balloting_ends_on_time() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let now = time::OffsetDateTime::now_utc();
    let at = |minutes: i64| {
        (now + time::Duration::minutes(minutes))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [
            {"phase": "accepting_proposals"},
            {"phase": "balloting", "starts_at": at(60), "ends_at": at(120)},
            {"phase": "results"}
        ]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    assert_eq!(p["phase"], "accepting_proposals");
    let h = heading(&p, "Harbour");
    let n = propose(&app, &bob, &id, &h, "Shade trees", "1000").await;
    commonfare::budgets::sweep(&app.state).await.unwrap();
    assert_eq!(
        get(&app, &format!("/api/v1/budgets/{id}")).await["phase"],
        "accepting_proposals"
    );
    // Balloting's start comes: the sweep opens it and the rules lock.
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/phases"),
        Some(json!({"phases": [{"phase": "balloting", "starts_at": at(-5), "ends_at": at(120)}]})),
        200,
    )
    .await;
    commonfare::budgets::sweep(&app.state).await.unwrap();
    let p = get(&app, &format!("/api/v1/budgets/{id}")).await;
    assert_eq!(p["phase"], "balloting");
    assert_eq!(p["rules"]["locked"], true);
    let events = get(&app, "/api/v1/activity?object_type=budget").await;
    let e = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "budget.phase_changed")
        .unwrap()
        .clone();
    assert!(e["actor"].is_null());
    assert_eq!(e["payload"]["by_date"], true);
    assert_eq!(e["payload"]["rules_locked"], true);
    vote(&app, &bob, &id, &h, &[&n], 200).await;
    // Its end comes: no more ballots, even before the sweep moves it on.
    app.call_as(
        Some(&ada),
        Method::PUT,
        &format!("/api/v1/budgets/{id}/phases"),
        Some(json!({"phases": [{"phase": "balloting", "starts_at": at(-5), "ends_at": at(-1)}]})),
        200,
    )
    .await;
    let r = vote(&app, &bob, &id, &h, &[&n], 409).await;
    assert_eq!(r["code"], "budget_phase");
    commonfare::budgets::sweep(&app.state).await.unwrap();
    commonfare::budgets::sweep(&app.state).await.unwrap();
    assert_eq!(
        get(&app, &format!("/api/v1/budgets/{id}")).await["phase"],
        "results"
    );
    let (status, r) = results(&app, &id, &format!("heading={h}")).await;
    assert_eq!(status, 200);
    assert_eq!(r["selected"], json!(["1"]));
}

/// Implementation tracking: once the results are out, an admin records a funded
/// project's status, percentage and dated milestones; unfunded projects and broken fields
/// are refused, nothing written.
#[tokio::test]
async fn funded_projects_record_their_implementation_with_milestones() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = process(&app, &ada, "city", json!({})).await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    move_to(&app, &ada, &id, "accepting_proposals", 200).await;
    propose(&app, &bob, &id, &h, "Shade trees", "30000").await;
    propose(&app, &bob, &id, &h, "A fountain", "45000").await;
    move_to(&app, &ada, &id, "balloting", 200).await;
    vote(&app, &bob, &id, &h, &["1"], 200).await;
    vote(&app, &ada, &id, &h, &["1", "2"], 200).await;
    let projects =
        get(&app, &format!("/api/v1/budgets/{id}")).await["headings"][1]["projects"].clone();
    let trees = projects[0]["id"].as_str().unwrap().to_string();
    let fountain = projects[1]["id"].as_str().unwrap().to_string();
    let path = |p: &str| format!("/api/v1/budgets/{id}/projects/{p}/progress");
    let body = json!({"status": "under_way", "progress": 40,
        "milestone": {"on": "2026-05-04", "title": "Works began", "link": "https://lagomar.example/photos/1"}});
    let r = app.post_as(&ada, &path(&trees), body.clone(), 409).await;
    assert_eq!(r["code"], "budget_phase");
    move_to(&app, &ada, &id, "results", 200).await;
    // 50 000 in the harbour: the trees (30 000) are funded, the fountain does not fit.
    let r = app.post_as(&ada, &path(&fountain), body.clone(), 409).await;
    assert_eq!(r["code"], "not_funded");
    let before = app.journal_len().await;
    for (bad, code) in [
        (
            json!({"status": "halfway", "progress": 40}),
            "invalid_progress",
        ),
        (
            json!({"status": "done", "progress": 140}),
            "invalid_progress",
        ),
        (
            json!({"status": "done", "progress": 100, "milestone": {"on": "May 4", "title": "x"}}),
            "invalid_date",
        ),
        (
            json!({"status": "done", "progress": 100, "milestone": {"on": "2026-05-04", "title": "x", "link": "javascript:x"}}),
            "invalid_website",
        ),
        (
            json!({"status": "done", "progress": 100, "milestone": {"on": "2026-05-04", "title": ""}}),
            "missing_field",
        ),
    ] {
        let r = app.post_as(&ada, &path(&trees), bad.clone(), 422).await;
        assert_eq!(r["code"], code, "{bad}");
    }
    assert_eq!(app.journal_len().await, before);
    let r = app.post_as(&bob, &path(&trees), body.clone(), 403).await;
    assert_eq!(r["code"], "forbidden");
    let v = app.post_as(&ada, &path(&trees), body, 200).await;
    assert_eq!(
        (v["progress_status"].as_str(), v["progress"].as_i64()),
        (Some("under_way"), Some(40))
    );
    assert_eq!(v["milestones"][0]["title"], "Works began");
    let v = app
        .post_as(
            &ada,
            &path(&trees),
            json!({"status": "done", "progress": 100}),
            200,
        )
        .await;
    assert_eq!(v["progress_status"], "done");
    assert_eq!(v["milestones"].as_array().unwrap().len(), 1);
    let html = app
        .page(&app.browser(), &format!("/budgets/{id}/projects/{trees}"))
        .await;
    assert!(
        html.contains("Works began") && html.contains("Photos and documents"),
        "{html}"
    );
    let events = get(&app, "/api/v1/activity?object_type=budget_project").await;
    assert_eq!(events["items"][0]["kind"], "budget_project.progressed");
    assert_eq!(events["items"][1]["payload"]["milestone"], "Works began");
}

/// Supports: in the supporting phase, once per person and project.
#[tokio::test]
async fn projects_are_supported_once_per_person_in_the_supporting_phase() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    let bob = app.person("bob").await;
    app.org("city").admin(&ada).member(&bob).await;
    let p = process(
        &app,
        &ada,
        "city",
        json!({"phases": [{"phase": "accepting_proposals"}, {"phase": "supporting"}, {"phase": "balloting"}]}),
    )
    .await;
    let id = p["id"].as_str().unwrap().to_string();
    let h = heading(&p, "Harbour");
    propose(&app, &bob, &id, &h, "Shade trees", "30000").await;
    let project =
        get(&app, &format!("/api/v1/budgets/{id}")).await["headings"][1]["projects"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
    let path = format!("/api/v1/budgets/{id}/projects/{project}/support");
    let r = app.post_as(&bob, &path, json!(null), 409).await;
    assert_eq!(r["code"], "budget_phase");
    move_to(&app, &ada, &id, "supporting", 200).await;
    let v = app.post_as(&bob, &path, json!(null), 200).await;
    assert_eq!(v["supports"], 1);
    let r = app.post_as(&bob, &path, json!(null), 409).await;
    assert_eq!(r["code"], "already_supported");
    let v = app.post_as(&ada, &path, json!(null), 200).await;
    assert_eq!(v["supports"], 2);
    let html = app
        .page(
            &app.browser_of(&bob).await,
            &format!("/budgets/{id}/projects/{project}"),
        )
        .await;
    assert!(html.contains("Support this project"), "{html}");
    let events = get(&app, "/api/v1/activity?object_type=budget_project").await;
    let e = &events["items"][0];
    assert_eq!(e["kind"], "budget_project.supported");
    assert!(e["actor"].is_null(), "supporters are not named: {e}");
}
