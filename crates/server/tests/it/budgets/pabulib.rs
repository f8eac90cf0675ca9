//! The Pabulib contract: every shared file (`../shared/data/pabulib/files`, read in place)
//! imported through `POST /api/v1/budgets/import` and counted from the store by every rule
//! of `expected.json`, with pabutools' outcomes; the bench files (up to 84 611 voters) the
//! same; every rule name the engine takes answers; a file exported and imported again
//! counts the same; and the store keeps ids, exact costs, points, ranks and META.

use super::{SMALL, export, imported, pabulib_dir, results};
use crate::support::TestApp;
use serde_json::Value;
use std::collections::BTreeSet;

fn expected(dir: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(dir.join("expected.json"))
        .unwrap_or_else(|e| panic!("shared Pabulib data missing at {}: {e}", dir.display()));
    serde_json::from_str(&text).expect("expected.json")
}

fn ids(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn outcomes(v: &Value) -> BTreeSet<Vec<String>> {
    v.as_array().unwrap().iter().map(ids).collect()
}

/// Imports each file of `folder` listed in its `expected.json` and compares every rule's
/// outcome; returns how many comparisons were made.
async fn compare_folder(app: &TestApp, who: &crate::support::Person, folder: &str) -> usize {
    let dir = pabulib_dir().join(folder);
    let expected = expected(&dir);
    let files_dir = if dir.join("files").is_dir() {
        dir.join("files")
    } else {
        dir.clone()
    };
    let mut names: Vec<&String> = expected
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.ends_with(".pb"))
        .collect();
    names.sort();
    let mut compared = 0;
    for name in names {
        let text = std::fs::read_to_string(files_dir.join(name)).expect("a shared file");
        let id = imported(app, who, "city", &text).await;
        let want = &expected[name];
        for (rule, w) in want["results"].as_object().unwrap() {
            let (status, got) = results(app, &id, &format!("rule={rule}")).await;
            if let Some(why) = w.get("skipped").and_then(Value::as_str) {
                if why.starts_with("not applicable") {
                    assert_eq!(status, 422, "{name} {rule}: {got}");
                    assert_eq!(got["code"], "rule_not_applicable", "{name} {rule}");
                }
                continue;
            }
            assert_eq!(status, 200, "{name} {rule}: {got}");
            assert_eq!(got["rule"], *rule, "{name}");
            if let Some(all) = w.get("all_outcomes") {
                assert_eq!(
                    outcomes(&got["all_outcomes"]),
                    outcomes(all),
                    "{name} {rule}"
                );
            } else {
                assert_eq!(ids(&got["selected"]), ids(&w["selected"]), "{name} {rule}");
                assert_eq!(got["total_cost"], w["total_cost"], "{name} {rule}");
            }
            compared += 1;
        }
    }
    compared
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_shared_file_imported_counts_as_pabutools_by_every_rule() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let compared = compare_folder(&app, &ada, "").await;
    // 272 files: 8 rules each, and Phragmén on the 229 approval ones.
    assert_eq!(compared, 272 * 8 + 229, "every outcome compared");
    assert_eq!(app.rows("budget_processes").await, 272);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_bench_files_up_to_84611_voters_count_as_pabutools() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let compared = compare_folder(&app, &ada, "bench").await;
    assert!(compared >= 25, "{compared}");
    assert_eq!(
        app.count("SELECT COUNT(*) AS n FROM budget_ballots".into())
            .await,
        84_611 + 51_229 + 11_067 + 1_181
    );
}

/// Every rule name `commonfare decide pb` takes, canonical or alias, answers with its
/// canonical name; an unknown one is a 400 that lists them.
#[tokio::test]
async fn every_rule_the_engine_takes_answers_and_an_unknown_one_lists_them() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let id = imported(&app, &ada, "city", SMALL).await;
    for rule in commonfare_decide::pb::Rule::all_names() {
        let (status, got) = results(&app, &id, &format!("rule={rule}")).await;
        assert_eq!(status, 200, "{rule}: {got}");
        assert_eq!(got["rule"], rule);
    }
    for (alias, canonical) in [
        ("equal-shares", "mes_cost_add1_greedy_completion"),
        ("greedy", "greedy_cost"),
        ("seq-phragmen", "phragmen"),
        ("MES", "mes_cost"),
    ] {
        let (status, got) = results(&app, &id, &format!("rule={alias}")).await;
        assert_eq!((status, got["rule"].as_str()), (200, Some(canonical)));
    }
    // Without a rule: the process's own, Equal Shares with add1 and greedy completion.
    let (_, got) = results(&app, &id, "").await;
    assert_eq!(got["rule"], "mes_cost_add1_greedy_completion");
    assert_eq!(got["voters"], 4);
    assert_eq!(got["headings"].as_array().unwrap().len(), 1);
    let (status, got) = results(&app, &id, "rule=best-one").await;
    assert_eq!(status, 400);
    assert_eq!(got["code"], "unknown_rule");
    let detail = got["detail"].as_str().unwrap();
    for rule in commonfare_decide::pb::Rule::all_names() {
        assert!(detail.contains(rule), "{detail}");
    }
    let (status, got) = results(&app, &id, "rule=greedy&tie_break=coin").await;
    assert_eq!((status, got["code"].as_str()), (400, Some("invalid_query")));
    let (status, got) = results(&app, &id, "rule=greedy&tie_break=natural&corrected=true").await;
    assert_eq!(status, 200, "{got}");
    assert_eq!(got["tie_break"], "natural");
    assert_eq!(got["pabutools_compatible"], false);
}

/// Exported, imported again and counted: the same outcomes, by every rule, on files of
/// every vote type (approval, cumulative with points, ordinal), decimal budgets, free and
/// unsupported projects; the voters' ids are numbered, the rest kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_file_exported_and_imported_again_counts_the_same() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let dir = pabulib_dir();
    let expected = expected(&dir);
    let mut names: Vec<&String> = expected
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| k.ends_with(".pb"))
        .collect();
    names.sort();
    // Every file that is not approval, every file with a decimal budget, a free or an
    // unsupported project, and every tenth of the rest.
    let chosen: Vec<&String> = names
        .iter()
        .enumerate()
        .filter(|(i, n)| {
            let e = &expected[n.as_str()];
            e["vote_type"] != "approval"
                || e["budget"].as_str().unwrap().contains('/')
                || !e["zero_cost_projects"].as_array().unwrap().is_empty()
                || !e["zero_support_projects"].as_array().unwrap().is_empty()
                || i % 10 == 0
        })
        .map(|(_, n)| *n)
        .collect();
    assert!(chosen.len() >= 40, "{}", chosen.len());
    let types: BTreeSet<&str> = chosen
        .iter()
        .map(|n| expected[n.as_str()]["vote_type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types.len(),
        3,
        "approval, cumulative and ordinal: {types:?}"
    );
    let rules = ["greedy_cost", "mes_cost", "mes_cost_add1_greedy_completion"];
    for name in chosen {
        let text = std::fs::read_to_string(dir.join("files").join(name)).unwrap();
        let first = imported(&app, &ada, "city", &text).await;
        let file = export(&app, &first).await;
        let original = commonfare_decide::pb::parse_pb(name, &text).unwrap();
        let back = commonfare_decide::pb::parse_pb("back", &file).unwrap();
        assert_eq!(back.meta, original.meta, "{name}: META kept");
        assert_eq!(back.vote_type, original.vote_type, "{name}");
        assert_eq!(
            back.projects, original.projects,
            "{name}: ids, costs, columns kept"
        );
        assert_eq!(back.vote_columns, original.vote_columns, "{name}");
        assert_eq!(back.ballots.len(), original.ballots.len(), "{name}");
        for (i, (a, b)) in back.ballots.iter().zip(&original.ballots).enumerate() {
            assert_eq!(a.voter_id, (i + 1).to_string(), "{name}: anonymised");
            assert_eq!(
                (&a.projects, &a.points, &a.extra),
                (&b.projects, &b.points, &b.extra)
            );
        }
        let again = imported(&app, &ada, "city", &file).await;
        for rule in rules {
            let (_, a) = results(&app, &first, &format!("rule={rule}")).await;
            let (_, b) = results(&app, &again, &format!("rule={rule}")).await;
            assert_eq!(a["selected"], b["selected"], "{name} {rule}");
            assert_eq!(a["total_cost"], b["total_cost"], "{name} {rule}");
            let want = &expected[name.as_str()]["results"][rule]["selected"];
            assert_eq!(ids(&b["selected"]), ids(want), "{name} {rule}");
        }
    }
}

/// The import answers the new process's id and addresses; the process is closed, with
/// one heading named from META, its projects with the file's ids, costs and names, and the
/// journal says who imported what.
#[tokio::test]
async fn an_import_answers_the_process_and_journals_it() {
    let app = TestApp::spawn().await;
    let ada = app.person("ada").await;
    app.org("city").admin(&ada).await;
    let (status, v) = super::import(&app, Some(&ada), "city", SMALL).await;
    assert_eq!(status, 201, "{v}");
    let id = v["id"].as_str().unwrap();
    assert_eq!(v["address"], format!("/api/v1/budgets/{id}"));
    assert_eq!(v["results"], format!("/api/v1/budgets/{id}/results"));
    assert_eq!(
        (v["projects"].as_i64(), v["ballots"].as_i64()),
        (Some(3), Some(4))
    );
    let p = app
        .call_as(
            None,
            reqwest::Method::GET,
            &format!("/api/v1/budgets/{id}"),
            None,
            200,
        )
        .await;
    assert_eq!(p["phase"], "finished");
    assert_eq!(p["origin"], "pabulib");
    assert_eq!(p["owner"], "@city");
    assert_eq!(p["title"], "Testville 2025");
    assert_eq!(p["rules"]["locked"], true);
    let h = &p["headings"][0];
    assert_eq!(
        (h["name"].as_str(), h["amount"].as_str()),
        (Some("Testville"), Some("100"))
    );
    assert_eq!(h["ballots"], 4);
    let projects: Vec<(&str, &str, &str)> = h["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["number"].as_str().unwrap(),
                x["cost"].as_str().unwrap(),
                x["title"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        projects,
        [
            ("a", "60", "Park"),
            ("b", "40", "Library"),
            ("c", "50", "Bikes; lanes")
        ]
    );
    let list = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/budgets?owner=city",
            None,
            200,
        )
        .await;
    assert_eq!(list["items"][0]["id"], id);
    let events = app
        .call_as(
            None,
            reqwest::Method::GET,
            "/api/v1/activity?object_type=budget",
            None,
            200,
        )
        .await;
    let e = &events["items"][0];
    assert_eq!(e["kind"], "budget.imported");
    assert_eq!(e["actor"], "ada");
    assert_eq!(e["payload"]["ballots"], 4);
    // Equal Shares, then greedy: `a` by shares; the 40 left buy `b`.
    let (_, r) = results(&app, id, "").await;
    assert_eq!(r["selected"], serde_json::json!(["a", "b"]));
    assert_eq!(r["total_cost"], "100");
    let c = r["headings"][0]["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["number"] == "c")
        .unwrap()
        .clone();
    assert_eq!(
        (c["votes"].as_i64(), c["selected"].as_bool()),
        (Some(2), Some(false))
    );
    assert!(r["explanation"].as_array().is_some_and(|s| !s.is_empty()));
}
