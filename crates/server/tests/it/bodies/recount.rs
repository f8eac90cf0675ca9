//! Anyone recounts: each closed decision's ballot file, read with the command line's own
//! reader (`commonfare_decide::body::formats::read_ranked`) and counted with the method the
//! decision names, elects the same options; and its hash is the one the journal keeps.

use super::{close, makers, opened, sha256, vote};
use crate::support::TestApp;
use commonfare_decide::TieBreak;
use commonfare_decide::body::formats::read_ranked;
use commonfare_decide::body::method::{self, Method, RankedOptions};
use serde_json::{Value, json};

async fn recounted(app: &TestApp, d: &Value, file_name: &str) -> Vec<String> {
    let id = d["id"].as_str().unwrap();
    let (_, text) = super::ballots(app, id).await;
    assert_eq!(d["ballots_hash"], sha256(&text).as_str());
    let file = read_ranked(file_name, &text).unwrap_or_else(|e| panic!("{e}: {text}"));
    let m: Method = d["method"].as_str().unwrap().parse().unwrap();
    let seats = d["seats"].as_i64().unwrap() as usize;
    let options = RankedOptions {
        withdrawn: file.withdrawn.clone(),
        approval_groups: if file.kind == "cat" { 1 } else { usize::MAX },
    };
    method::run(m, &file.profile, seats, &options, &TieBreak::Lexicographic)
        .unwrap()
        .winners
}

#[tokio::test]
async fn every_ranked_file_recounts_to_the_same_winners() {
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"weight_cap": 3, "weights": {"ada": 2}})).await;
    let voters = [&m.ada, &m.bob, &m.cyd];
    let cases = [
        (
            "stv-scottish",
            2,
            "x.blt",
            vec![json!(["1", "2"]), json!(["3", "1"]), json!(["2", "4", "1"])],
        ),
        (
            "stv-meek",
            2,
            "x.blt",
            vec![json!(["4", "3"]), json!(["3", "1"]), json!(["2", "4", "1"])],
        ),
        (
            "irv",
            1,
            "x.blt",
            vec![json!(["1", "2"]), json!(["3", "2"]), json!(["2", "1"])],
        ),
        (
            "schulze",
            1,
            "x.soi",
            vec![
                json!(["2", "1", "3"]),
                json!(["3", "2"]),
                json!(["1", "3", "2", "4"]),
            ],
        ),
        (
            "borda",
            2,
            "x.soi",
            vec![
                json!(["2", "1", "3"]),
                json!(["3", "2"]),
                json!(["1", "3", "2", "4"]),
            ],
        ),
        (
            "approval",
            2,
            "x.cat",
            vec![json!(["1", "4"]), json!(["4"]), json!(["2", "1", "3"])],
        ),
    ];
    for (method, seats, file, ballots) in cases {
        let id = opened(
            &app,
            &m.ada,
            json!({"title": format!("By {method}"), "method": method, "seats": seats,
                   "options": ["Ann", "Ben", "Cas", "Dee"]}),
        )
        .await;
        for (who, b) in voters.iter().zip(ballots) {
            let ballot = if method == "approval" {
                json!({"approve": b})
            } else {
                json!({"ranking": b})
            };
            vote(&app, who, &id, ballot, 200).await;
        }
        let d = close(&app, &m.ada, &id).await;
        assert_eq!(d["method"], method);
        assert_eq!(d["seats"], seats);
        assert_eq!(d["ballot_count"], 3);
        assert_eq!(d["outcome"]["turnout"], 4, "ada's ballot weighs 2");
        let winners: Vec<String> = serde_json::from_value(d["outcome"]["winners"].clone()).unwrap();
        assert_eq!(winners.len(), seats as usize, "{method}: {d}");
        assert_eq!(recounted(&app, &d, file).await, winners, "{method}");
    }
}

#[tokio::test]
async fn committee_files_recount_with_their_recorded_result() {
    use commonfare_decide::committee::check::{Verdict, check_instance};
    use commonfare_decide::committee::parse_abc_yaml;
    let app = TestApp::spawn().await;
    let m = makers(&app, json!({"weight_cap": 3, "weights": {"cyd": 3}})).await;
    let ballots = [json!(["1", "2"]), json!(["1", "2", "3"]), json!(["4"])];
    for rule in ["seqphragmen", "equal-shares", "pav"] {
        let id = opened(
            &app,
            &m.ada,
            json!({"title": format!("Board by {rule}"), "method": rule, "seats": 2,
                   "options": ["Ann", "Ben", "Cas", "Dee"]}),
        )
        .await;
        for (who, b) in [&m.ada, &m.bob, &m.cyd].iter().zip(ballots.iter()) {
            vote(&app, who, &id, json!({"approve": b}), 200).await;
        }
        let d = close(&app, &m.ada, &id).await;
        assert_eq!(d["kind"], "election");
        assert_eq!(d["recount"], "commonfare decide abc FILE");
        // Proportional: cyd's three votes for Dee win her a seat beside Ann.
        assert_eq!(
            d["outcome"]["winner_names"],
            json!(["Ann", "Dee"]),
            "{rule}: {d}"
        );
        let (ctype, text) = super::ballots(&app, id.as_str()).await;
        assert_eq!(ctype, "application/yaml");
        assert_eq!(d["ballots_hash"], sha256(&text).as_str());
        let instance = parse_abc_yaml("x.abc.yaml", &text).unwrap();
        let checks = check_instance(&instance);
        assert_eq!(checks.len(), 1, "{text}");
        assert_eq!(checks[0].verdict, Verdict::Passed, "{rule}: {text}");
    }
}

/// Every closed decision of the demo, each page of the list followed.
async fn demo_closed(app: &TestApp) -> Vec<Value> {
    let mut out = Vec::new();
    let mut next = Some("/api/v1/decisions?state=closed".to_string());
    while let Some(path) = next {
        let page = super::get(app, &path).await;
        for d in page["items"].as_array().unwrap() {
            out.push(
                super::get(
                    app,
                    &format!("/api/v1/decisions/{}", d["id"].as_str().unwrap()),
                )
                .await,
            );
        }
        next = page["next"].as_str().map(str::to_string);
    }
    out
}

/// The demo's closed decisions, each one's ballots downloaded and recounted: ranked files
/// with the command line's reader and the decision's method (same winners), committee
/// files by the checker of `commonfare decide abc` (the recorded result holds), motions'
/// CSV summed answer by answer (the published counts); in each, as many ballots as the
/// decision says, and the file's hash is the published one.
#[tokio::test]
async fn the_demos_closed_decisions_recount_to_their_published_outcomes() {
    use commonfare_decide::committee::check::{Verdict, check_instance};
    use commonfare_decide::committee::parse_abc_yaml;
    let app = TestApp::spawn().await;
    assert!(commonfare::demo::load(&app.state.db).expect("demo loads"));
    let closed = demo_closed(&app).await;
    assert!(closed.len() >= 4, "{closed:?}");
    for d in &closed {
        let id = d["id"].as_str().unwrap();
        let (ctype, text) = super::ballots(&app, id).await;
        assert_eq!(d["ballots_hash"], sha256(&text).as_str(), "{d}");
        let count = d["ballot_count"].as_u64().unwrap();
        let recount = d["recount"].as_str().unwrap_or("");
        if recount.starts_with("commonfare decide rank") {
            let first = text.lines().next().unwrap_or("");
            let name = if first.split_whitespace().count() == 2
                && first.split_whitespace().all(|w| w.parse::<u64>().is_ok())
            {
                "x.blt"
            } else if text.contains("DATA TYPE: cat") {
                "x.cat"
            } else {
                "x.soi"
            };
            let winners: Vec<String> =
                serde_json::from_value(d["outcome"]["winners"].clone()).unwrap();
            assert_eq!(recounted(&app, d, name).await, winners, "{d}");
            if name == "x.blt" {
                let ballots: u64 = text
                    .lines()
                    .skip(1)
                    .take_while(|l| l.trim() != "0")
                    .map(|l| l.split_whitespace().next().unwrap().parse::<u64>().unwrap())
                    .sum();
                assert_eq!(ballots, count, "{text}");
            }
        } else if recount.starts_with("commonfare decide abc") {
            assert_eq!(ctype, "application/yaml");
            let instance = parse_abc_yaml("x.abc.yaml", &text).unwrap();
            let checks = check_instance(&instance);
            assert!(
                checks.iter().all(|c| c.verdict == Verdict::Passed),
                "{text}"
            );
        } else {
            assert!(ctype.starts_with("text/csv"), "{ctype}: {d}");
            let mut rows = text.lines();
            assert_eq!(rows.next(), Some("answer,reason,weight"), "{text}");
            let mut by: std::collections::BTreeMap<String, u64> = Default::default();
            let mut n = 0;
            for row in rows {
                let answer = row.split(',').next().unwrap().to_string();
                let weight: u64 = row.rsplit(',').next().unwrap().parse().unwrap();
                *by.entry(answer).or_default() += weight;
                n += 1;
            }
            assert_eq!(n, count, "one row per ballot: {text}");
            let counts = &d["outcome"]["counts"];
            assert!(!by.is_empty(), "{d}");
            for (answer, weight) in by {
                assert_eq!(counts[answer.as_str()], weight, "{answer} in {d}");
            }
        }
    }
}
