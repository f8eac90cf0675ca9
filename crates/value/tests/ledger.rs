//! Ledger files (`commonfare value distribute --ledger PAST.json`): the three accepted
//! shapes, and every kind of bad input refused with the element named in the file's terms.

use commonfare_value::credrank::Graph;
use commonfare_value::grain::{CredTable, Ledger, Payout, Policy, RunSpec, Scenario};
use serde_json::{Value, json};

const WEEK0: i64 = 1_704_585_600_000; // Sunday 2024-01-07 00:00 UTC
const WEEK_MS: i64 = 604_800_000;

fn graph() -> Graph {
    let g = json!({
        "format": "sourcecred-credrank-vector/1",
        "participants": [{"id": "alice"}, {"id": "bob"}, {"id": "zed", "active": false}],
        "nodes": [{"id": "c1", "weight": 1, "timestampMs": WEEK0 + 1000}],
        "edges": [
            {"id": "e1", "src": "alice", "dst": "c1", "timestampMs": WEEK0 + 1000,
             "forwardWeight": 0.5, "backwardWeight": 1},
            {"id": "e2", "src": "bob", "dst": "c1", "timestampMs": WEEK0 + 2000,
             "forwardWeight": 0.5, "backwardWeight": 1}
        ],
        "parameters": {"alpha": 0.1, "beta": 0.4, "gammaForward": 0.1, "gammaBackward": 0.1,
                       "maxIterations": 255, "convergenceThreshold": 1e-7}
    });
    Graph::from_json(g.to_string().as_bytes()).expect("valid graph")
}

fn good() -> Value {
    json!({"distributions": [
        {"credTimestampMs": WEEK0, "receipts": [{"participant": "alice", "amount": "5"}]},
        {"credTimestampMs": WEEK0 + WEEK_MS, "receipts": [
            {"participant": "alice", "amount": "7"}, {"participant": "bob", "amount": "0"}]}
    ]})
}

fn read(v: &Value) -> Result<Ledger, String> {
    Ledger::from_json(v.to_string().as_bytes()).map_err(|e| e.to_string())
}

/// Reads `v` and checks it against the graph; returns the error text.
fn error_of(v: Value) -> String {
    let g = graph();
    let checked = Ledger::from_json(v.to_string().as_bytes()).and_then(|l| {
        l.check_against(&g.participants, &g.participant_ids(), &g.intervals)
            .map(|()| l)
    });
    match checked {
        Ok(_) => panic!("accepted a bad ledger: {v}"),
        Err(e) => e.to_string(),
    }
}

fn assert_mentions(err: &str, parts: &[&str]) {
    for p in parts {
        assert!(err.contains(p), "error {err:?} does not mention {p:?}");
    }
}

#[test]
fn the_three_shapes_read_the_same_distributions() {
    let wrapped = read(&good()).unwrap();
    assert_eq!(wrapped.distributions.len(), 2);
    assert_eq!(wrapped.distributions[1].receipts[0].amount, "7");
    let bare = read(&good()["distributions"]).unwrap();
    assert_eq!(bare.distributions.len(), 2);
    // The --json output of `commonfare value distribute`: only "distribution" is read.
    let earlier = json!({"effectiveTimestampMs": WEEK0, "intervalsInView": 1,
        "allocation": {"policyType": "IMMEDIATE"},
        "distribution": {"credTimestampMs": WEEK0, "receipts": [{"participant": "bob", "amount": "3"}]}});
    let single = read(&earlier).unwrap();
    assert_eq!(single.distributions.len(), 1);
    assert_eq!(single.distributions[0].receipts[0].participant, "bob");
    let g = graph();
    single
        .check_against(&g.participants, &g.participant_ids(), &g.intervals)
        .unwrap();
    assert!(read(&json!([])).unwrap().distributions.is_empty());
}

#[test]
fn not_json_or_not_a_ledger() {
    let e = Ledger::from_json(b"{\"distributions\": [")
        .unwrap_err()
        .to_string();
    assert_mentions(&e, &["ledger file", "not valid JSON", "line 1"]);
    let e = error_of(json!(42));
    assert_mentions(&e, &["ledger file", "a number", "distributions"]);
    let e = error_of(json!({"payouts": []}));
    assert_mentions(&e, &["ledger file", "an object"]);
    let e = error_of(json!({"distributions": {}}));
    assert_mentions(&e, &["distributions", "must be an array"]);
    let e = error_of(json!({"distributions": [], "extra": 1}));
    assert_mentions(&e, &["ledger file", "unknown field \"extra\""]);
}

#[test]
fn bad_amounts_name_the_receipt() {
    let mut v = good();
    v["distributions"][1]["receipts"][1]["amount"] = json!(5);
    let e = error_of(v);
    assert_mentions(
        &e,
        &["distributions[1].receipts[1].amount", "a number", "string"],
    );
    for (bad, why) in [
        ("-5", "decimal integer"),
        ("1.5", "decimal integer"),
        ("007", "leading zeros"),
        // Beyond i128: an amount that overflows is refused, never wrapped.
        ("999999999999999999999999999999999999999999", "too large"),
    ] {
        let mut v = good();
        v["distributions"][0]["receipts"][0]["amount"] = json!(bad);
        let e = error_of(v);
        assert_mentions(&e, &["distributions[0].receipts[0].amount", why]);
    }
}

#[test]
fn bad_timestamps_name_the_distribution() {
    for bad in [
        json!(-1),
        json!(253_402_300_800_000i64),
        json!(1.5),
        json!("soon"),
    ] {
        let mut v = good();
        v["distributions"][1]["credTimestampMs"] = bad;
        let e = error_of(v);
        assert_mentions(&e, &["distributions[1].credTimestampMs", "between"]);
    }
    let mut v = good();
    v["distributions"][1]["credTimestampMs"] = json!(WEEK0 - 1);
    let e = error_of(v);
    assert_mentions(&e, &["distributions[1].credTimestampMs", "non-decreasing"]);
}

#[test]
fn unknown_missing_and_misspelt_fields() {
    let mut v = good();
    v["distributions"][0] = json!({"credTimestampMs": WEEK0, "reciepts": []});
    assert_mentions(
        &error_of(v),
        &["distributions[0]", "unknown field \"reciepts\""],
    );
    let mut v = good();
    v["distributions"][0] = json!({"credTimestampMs": WEEK0});
    assert_mentions(&error_of(v), &["distributions[0]", "no \"receipts\""]);
    let mut v = good();
    v["distributions"][0]["receipts"][0] = json!({"amount": "1"});
    assert_mentions(
        &error_of(v),
        &["distributions[0].receipts[0]", "no \"participant\""],
    );
    let mut v = good();
    v["distributions"][0]["receipts"][0]["participant"] = json!("");
    assert_mentions(&error_of(v), &["receipts[0].participant", "non-empty"]);
    let mut v = good();
    v["distributions"][0]["receipts"] = json!("alice");
    assert_mentions(
        &error_of(v),
        &["distributions[0].receipts", "must be an array"],
    );
}

#[test]
fn receipts_must_go_to_active_participants_of_the_graph() {
    let mut v = good();
    v["distributions"][1]["receipts"][1]["participant"] = json!("carol");
    assert_mentions(
        &error_of(v),
        &[
            "distributions[1].receipts[1].participant",
            "\"carol\"",
            "not a participant",
        ],
    );
    let mut v = good();
    v["distributions"][0]["receipts"][0]["participant"] = json!("zed");
    assert_mentions(
        &error_of(v),
        &["distributions[0].receipts[0].participant", "inactive"],
    );
}

#[test]
fn a_payout_centuries_away_is_refused_not_allocated() {
    // 3 participants × ~416,000 weeks would still be small; make it 200 participants.
    let ps: Vec<Value> = (0..200).map(|i| json!({"id": format!("p{i}")})).collect();
    let g = json!({
        "format": "sourcecred-credrank-vector/1",
        "participants": ps,
        "nodes": [{"id": "c1", "weight": 1, "timestampMs": WEEK0 + 1000}],
        "edges": [],
        "parameters": {"alpha": 0.1, "beta": 0.4, "gammaForward": 0.1, "gammaBackward": 0.1,
                       "maxIterations": 255, "convergenceThreshold": 1e-7}
    });
    let g = Graph::from_json(g.to_string().as_bytes()).unwrap();
    let v = json!([
        {"credTimestampMs": WEEK0, "receipts": []},
        {"credTimestampMs": 253_402_300_799_999i64, "receipts": [{"participant": "p1", "amount": "1"}]}
    ]);
    let l = read(&v).unwrap();
    let e = l
        .check_against(&g.participants, &g.participant_ids(), &g.intervals)
        .unwrap_err()
        .to_string();
    assert_mentions(&e, &["[1].credTimestampMs", "too far", "stray timestamp"]);
    // The same payouts handed straight to a scenario fail the run instead of allocating.
    let s = Scenario {
        name: "far".into(),
        prior: vec![Payout {
            cred_timestamp_ms: 253_402_300_799_999,
            participant: 1,
            amount: 1,
        }],
        runs: vec![RunSpec {
            effective_ms: 253_402_300_800_000 - 4 * 86_400_000,
            policies: vec![Policy::Immediate {
                budget: 10,
                lookback: 1,
            }],
        }],
    };
    let table = CredTable {
        intervals: g.intervals,
        per_interval: vec![vec![1.0]; 200],
    };
    let runs = s.run(&table, &g.participants);
    let err = runs[0].outcome.as_ref().unwrap_err().to_string();
    assert_mentions(&err, &["participant-weeks", "stray timestamp"]);
}

#[test]
fn payouts_built_in_code_are_checked_too() {
    // Scenarios built without a file skip the reader's checks; a run refuses them instead
    // of panicking on an overflowing week or an index out of range.
    let g = graph();
    let table = CredTable {
        intervals: g.intervals,
        per_interval: vec![vec![1.0]; 3],
    };
    let bad = [
        (i64::MIN, 0, "outside 1970 to 9999"),
        (WEEK0, 7, "participant #7, but there are 3"),
    ];
    for (t, participant, why) in bad {
        let s = Scenario {
            name: "code".into(),
            prior: vec![Payout {
                cred_timestamp_ms: t,
                participant,
                amount: 1,
            }],
            runs: vec![RunSpec {
                effective_ms: WEEK0 + WEEK_MS,
                policies: vec![Policy::Immediate {
                    budget: 10,
                    lookback: 1,
                }],
            }],
        };
        let runs = s.run(&table, &g.participants);
        let err = runs[0].outcome.as_ref().unwrap_err().to_string();
        assert_mentions(&err, &[why]);
    }
}

#[test]
fn payouts_plus_budget_that_overflow_are_a_clear_error() {
    let g = graph();
    let table = CredTable {
        intervals: g.intervals,
        per_interval: vec![vec![3.0], vec![1.0], vec![0.0]],
    };
    let huge = i128::MAX - 5;
    let s = Scenario {
        name: "overflow".into(),
        prior: vec![Payout {
            cred_timestamp_ms: WEEK0 + 1000,
            participant: 0,
            amount: huge,
        }],
        runs: vec![RunSpec {
            effective_ms: WEEK0 + WEEK_MS,
            policies: vec![Policy::Balanced {
                budget: 10,
                lookback: 0,
            }],
        }],
    };
    let runs = s.run(&table, &g.participants);
    let err = runs[0].outcome.as_ref().unwrap_err().to_string();
    assert_mentions(&err, &["BALANCED", "overflow"]);
}
