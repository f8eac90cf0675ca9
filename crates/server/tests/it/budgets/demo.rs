//! The demo's budgets: Lagomar's 2025 budget imported from a Pabulib file, its 2026 budget
//! (three districts and a city-wide heading, twenty projects, a few hundred ballots,
//! finished, with results that the files count to again), and its 2027 budget for schools
//! in its balloting phase, open to anyone signed in; and the makers' workshop budget,
//! open to their general assembly.

use crate::support::TestApp;
use reqwest::Method;
use serde_json::Value;

async fn get(app: &TestApp, path: &str) -> Value {
    app.call_as(None, Method::GET, path, None, 200).await
}

#[tokio::test]
async fn the_demo_has_a_past_a_finished_and_an_open_budget() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, "/api/v1/budgets?owner=lagomar-city").await;
    let items = list["items"].as_array().unwrap();
    let find = |title: &str| -> Value {
        items
            .iter()
            .find(|b| b["title"] == title)
            .unwrap_or_else(|| panic!("{title}: {list}"))
            .clone()
    };
    let past = find("Lagomar 2025");
    assert_eq!(
        (past["origin"].as_str(), past["phase"].as_str()),
        (Some("pabulib"), Some("finished"))
    );
    let y2026 = find("Lagomar participatory budget 2026");
    assert_eq!(y2026["phase"], "finished");
    let y2027 = find("Schools and young people 2027");
    assert_eq!(y2027["phase"], "balloting");

    let p = get(
        &app,
        &format!("/api/v1/budgets/{}", y2026["id"].as_str().unwrap()),
    )
    .await;
    let headings = p["headings"].as_array().unwrap();
    let names: Vec<&str> = headings
        .iter()
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["City-wide", "Harbour", "Old Town", "Borgo Alto"]);
    let projects: usize = headings
        .iter()
        .map(|h| h["projects"].as_array().unwrap().len())
        .sum();
    assert_eq!(projects, 20);
    let ballots: i64 = headings
        .iter()
        .map(|h| h["ballots"].as_i64().unwrap())
        .sum();
    assert!(
        (300..500).contains(&ballots),
        "a few hundred ballots: {ballots}"
    );
    // The paper ballots came from polling stations with their tally sheets: two in the
    // market hall set aside (their voters had voted online), one count accepted with its
    // reason; the report's counted ballots are among the heading's ballots.
    let paper = get(
        &app,
        &format!("/api/v1/budgets/{}/paper", y2026["id"].as_str().unwrap()),
    )
    .await;
    let stations: Vec<&Value> = paper["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["stations"].as_array().unwrap())
        .collect();
    let named = |n: &str| stations.iter().filter(|s| s["station"] == n).count();
    assert!(
        named("Library") >= 3 && named("Market hall") == 1,
        "{paper}"
    );
    let market = stations
        .iter()
        .find(|s| s["station"] == "Market hall")
        .unwrap();
    assert_eq!(
        (
            market["declared"].as_i64(),
            market["read"].as_i64(),
            market["voted_online"].as_i64()
        ),
        (Some(82), Some(82), Some(2))
    );
    let mismatches: Vec<&Value> = stations
        .iter()
        .flat_map(|s| s["mismatches"].as_array().unwrap())
        .collect();
    assert_eq!(mismatches.len(), 1, "{paper}");
    assert!(
        mismatches[0]["reason"]
            .as_str()
            .unwrap()
            .contains("spoiled")
    );
    assert_eq!(mismatches[0]["accepted_by"], "@chen");
    for (h, ph) in headings.iter().zip(paper["headings"].as_array().unwrap()) {
        assert_eq!(h["id"], ph["heading_id"]);
        assert!(ph["recorded"].as_i64().unwrap() < h["ballots"].as_i64().unwrap());
    }
    assert!(
        headings[1]["projects"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["state"] == "rejected" && !x["reason"].as_str().unwrap().is_empty())
    );
    assert_eq!(p["rules"]["ballot_style"], "knapsack");
    assert_eq!(p["rules"]["locked"], true);

    // The results, per heading, equal what the engine counts from each heading's file.
    let id = p["id"].as_str().unwrap();
    let r = get(&app, &format!("/api/v1/budgets/{id}/results")).await;
    assert_eq!(r["rule"], "mes_cost_add1_greedy_completion");
    for h in r["headings"].as_array().unwrap() {
        assert!(!h["selected"].as_array().unwrap().is_empty(), "{h}");
        let file = app
            .program()
            .get(app.url(&format!(
                "/api/v1/budgets/{id}/export.pb?heading={}",
                h["id"].as_str().unwrap()
            )))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let inst = commonfare_decide::pb::parse_pb("demo", &file).unwrap();
        let o = commonfare_decide::pb::run(
            &inst,
            commonfare_decide::pb::Rule::MesCostAdd1GreedyCompletion,
            &Default::default(),
        )
        .unwrap();
        assert_eq!(serde_json::json!(o.selected), h["selected"]);
    }
    // One funded project is under way, with its milestones.
    let under_way: Vec<&Value> = headings
        .iter()
        .flat_map(|h| h["projects"].as_array().unwrap())
        .filter(|x| x["progress_status"] == "under_way")
        .collect();
    assert_eq!(under_way.len(), 1);
    assert_eq!(under_way[0]["progress"], 40);
    assert_eq!(under_way[0]["milestones"].as_array().unwrap().len(), 2);
    // Its documentation lives in a commons; it was proposed for an informal group, and
    // another project for the makers.
    assert_eq!(
        under_way[0]["commons"], "lagomar-open-data",
        "{}",
        under_way[0]
    );
    assert_eq!(
        under_way[0]["proposed_for_group"], "Neighbours of the harbour walk",
        "{}",
        under_way[0]
    );
    assert!(
        headings
            .iter()
            .flat_map(|h| h["projects"].as_array().unwrap())
            .any(|x| x["proposed_for_organization"] == "makers-lagomar"),
        "{headings:?}"
    );
    // Equal Shares and greedy differ somewhere: the page has something to show.
    let g = get(&app, &format!("/api/v1/budgets/{id}/results?rule=greedy")).await;
    assert_ne!(g["selected"], r["selected"]);

    // Amara voted online in 2026: her results page says what her ballot paid for.
    let amara = app.browser();
    let r = app
        .post_form(
            &amara,
            "/signin",
            "/signin",
            &[("handle", "amara"), ("password", "commonfare-demo")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = app.page(&amara, &format!("/budgets/{id}/results")).await;
    assert!(html.contains("What my ballot did"), "{html}");
    let html = app
        .page(
            &amara,
            &format!("/budgets/{}", y2027["id"].as_str().unwrap()),
        )
        .await;
    assert!(html.contains("Your ballot is in"), "{html}");
    assert!(html.contains("Change my ballot"));
    // 2027's school library box: one paper ballot set aside under the district rule, and
    // Fatima, whose paper ballot counts on her side, is told so there.
    let id27 = y2027["id"].as_str().unwrap();
    let paper = get(&app, &format!("/api/v1/budgets/{id27}/paper")).await;
    let past_rule: i64 = paper["headings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["stations"].as_array().unwrap())
        .map(|s| s["district_rule"].as_i64().unwrap())
        .sum();
    assert_eq!(past_rule, 1, "{paper}");
    let fatima = app.browser();
    let r = app
        .post_form(
            &fatima,
            "/signin",
            "/signin",
            &[("handle", "fatima"), ("password", "commonfare-demo")],
        )
        .await;
    assert_eq!(r.status(), 200);
    let html = app.page(&fatima, &format!("/budgets/{id27}")).await;
    assert!(html.contains("Your paper ballot counts here"), "{html}");

    // The journal tells the story in the city's record (read page by page to its start,
    // so that later demo events do not push the first ones out of sight).
    let mut kinds: Vec<String> = Vec::new();
    let mut next = Some("/api/v1/activity?context=organization:lagomar-city&limit=100".to_string());
    while let Some(page) = next.take() {
        let record = get(&app, &page).await;
        kinds.extend(
            record["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["kind"].as_str().unwrap().to_string()),
        );
        next = record["next"].as_str().map(str::to_string);
        assert!(kinds.len() < 100_000, "the record pages on forever");
    }
    for k in [
        "budget.imported",
        "budget.created",
        "budget.phase_changed",
        "budget.ballot_cast",
    ] {
        assert!(kinds.iter().any(|x| x == k), "{k}: {kinds:?}");
    }
}

/// The demo shows the other ballot styles: a past budget chosen by ranked ballots, with
/// its results, and one in balloting with Aarau's points (10 on at least 3 projects).
#[tokio::test]
async fn the_demo_has_a_ranked_budget_and_one_by_points() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, "/api/v1/budgets?owner=lagomar-city").await;
    let items = list["items"].as_array().unwrap();
    let find = |title: &str| -> String {
        items
            .iter()
            .find(|b| b["title"] == title)
            .unwrap_or_else(|| panic!("{title}: {list}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let ranked = find("Neighbourhood festivals 2025");
    let p = get(&app, &format!("/api/v1/budgets/{ranked}")).await;
    assert_eq!(p["phase"], "finished", "{p}");
    assert_eq!(p["rules"]["vote_type"], "ordinal");
    assert_eq!(p["headings"][0]["ballots"], 6);
    let r = get(&app, &format!("/api/v1/budgets/{ranked}/results")).await;
    assert!(!r["selected"].as_array().unwrap().is_empty(), "{r}");
    // Its incompatibility group: the dance (3) and the repair café (4) both need the
    // Borgo Alto square. Greedy funds the market and the café, rules the dance out, and
    // the money left funds the chalk festival (5), which would not have fitted otherwise.
    let groups = get(&app, &format!("/api/v1/budgets/{ranked}/groups")).await;
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(r["selected"], serde_json::json!(["1", "4", "5"]), "{r}");
    let dance = r["headings"][0]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["number"] == "3")
        .unwrap();
    assert_eq!(dance["incompatible_with"], "4", "{r}");
    let points = find("Squares and parks 2027");
    let p = get(&app, &format!("/api/v1/budgets/{points}")).await;
    assert_eq!(p["phase"], "balloting", "{p}");
    assert_eq!(
        (
            p["rules"]["vote_type"].as_str(),
            p["rules"]["points_total"].as_i64(),
            p["rules"]["min_projects"].as_i64(),
            p["rules"]["max_points"].as_i64()
        ),
        (Some("cumulative"), Some(10), Some(3), Some(5))
    );
    assert_eq!(p["headings"][0]["ballots"], 4);
    let html = app
        .page(&app.browser(), &format!("/budgets/{points}"))
        .await;
    assert!(html.contains("Points: give your points"), "{html}");
}

#[tokio::test]
async fn the_makers_workshop_budget_is_open_to_their_general_assembly() {
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let list = get(&app, "/api/v1/budgets?owner=makers-lagomar").await;
    let w = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["title"] == "Workshop budget 2027")
        .unwrap_or_else(|| panic!("{list}"))
        .clone();
    let p = get(
        &app,
        &format!("/api/v1/budgets/{}", w["id"].as_str().unwrap()),
    )
    .await;
    assert_eq!(p["phase"], "balloting", "{p}");
    assert_eq!(p["rules"]["eligibility"], "body", "{p}");
    assert_eq!(
        p["rules"]["eligible_body"]["name"], "General assembly",
        "{p}"
    );
    let h = &p["headings"][0];
    // Five proposed; the snack machine, with no support, stayed off the ballot.
    let states: Vec<(&str, &str, i64)> = h["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["number"].as_str().unwrap(),
                p["state"].as_str().unwrap(),
                p["supports"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        states,
        vec![
            ("1", "proposed", 2),
            ("2", "proposed", 2),
            ("3", "proposed", 2),
            ("4", "proposed", 2),
            ("5", "unsupported", 0)
        ],
        "{h}"
    );
    assert_eq!(h["ballots"], 3, "{h}");
}
