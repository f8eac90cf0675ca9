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
