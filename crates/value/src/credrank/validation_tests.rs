//! Bad graph files: each is rejected with an error naming the element, never a panic
//! (hand-written cases, then proptests feeding mutated and junk files).

use super::{Graph, credrank};
use proptest::prelude::*;
use serde_json::{Value, json};

fn base() -> Value {
    json!({
        "format": "sourcecred-credrank-vector/1",
        "name": "t",
        "participants": [{"id": "alice"}, {"id": "bob", "active": false}],
        "nodes": [
            {"id": "c1", "weight": 1, "timestampMs": 1704708000000i64},
            {"id": "c2", "weight": 0.5, "timestampMs": null}
        ],
        "edges": [
            {"id": "e1", "src": "alice", "dst": "c1", "timestampMs": 1704708000000i64,
             "forwardWeight": 0.5, "backwardWeight": 1},
            {"id": "e2", "src": "c2", "dst": "bob", "timestampMs": 1704794400000i64,
             "forwardWeight": 1, "backwardWeight": 0}
        ],
        "parameters": {"alpha": 0.1, "beta": 0.4, "gammaForward": 0.1, "gammaBackward": 0.1,
                       "maxIterations": 255, "convergenceThreshold": 1e-7},
        "grainScenarios": [{"name": "s", "runs": [{"effectiveTimestampMs": 1705190400000i64,
            "policies": [{"policyType": "IMMEDIATE", "budget": "1000", "numIntervalsLookback": 1}]}]}]
    })
}

/// Applies `change` to the valid base graph and returns the error text.
fn error_of(change: impl FnOnce(&mut Value)) -> String {
    let mut v = base();
    change(&mut v);
    match Graph::from_json(v.to_string().as_bytes()) {
        Ok(_) => panic!("accepted a bad graph: {v}"),
        Err(e) => e.to_string(),
    }
}

fn assert_mentions(err: &str, parts: &[&str]) {
    for p in parts {
        assert!(err.contains(p), "error {err:?} does not mention {p:?}");
    }
}

#[test]
fn base_graph_is_valid() {
    let g = Graph::from_json(base().to_string().as_bytes()).unwrap();
    assert_eq!(g.intervals.count, 1);
    let cr = credrank(&g);
    let total = cr.participant_cred(0) + cr.participant_cred(1);
    assert!((total - 1.5).abs() < 1e-5, "cred is conserved: {total}");
}

#[test]
fn unknown_node_reference() {
    let e = error_of(|v| v["edges"][1]["dst"] = json!("carol"));
    assert_mentions(
        &e,
        &[
            "edges[1]",
            "\"e2\"",
            "carol",
            "neither a participant nor a node",
        ],
    );
}

#[test]
fn negative_and_bad_weights() {
    let e = error_of(|v| v["nodes"][0]["weight"] = json!(-1));
    assert_mentions(&e, &["nodes[0]", "\"c1\"", "weight"]);
    let e = error_of(|v| v["edges"][0]["backwardWeight"] = json!(-0.5));
    assert_mentions(&e, &["edges[0]", "backwardWeight"]);
    // JSON has no NaN; a NaN written out is a parse error, reported with its position.
    let text = base()
        .to_string()
        .replace("\"weight\":1}", "\"weight\":NaN}");
    let e = Graph::from_json(text.as_bytes()).unwrap_err().to_string();
    assert_mentions(&e, &["graph file", "line 1"]);
    let text = base()
        .to_string()
        .replace("\"weight\":1}", "\"weight\":1e999}");
    assert!(Graph::from_json(text.as_bytes()).is_err());
}

#[test]
fn timestamps_out_of_range() {
    let e = error_of(|v| v["edges"][0]["timestampMs"] = json!(-5));
    assert_mentions(&e, &["edges[0]", "out of range"]);
    let e = error_of(|v| v["nodes"][0]["timestampMs"] = json!(253402300800000i64));
    assert_mentions(&e, &["nodes[0]", "out of range"]);
    let e = error_of(|v| v["nodes"][0]["timestampMs"] = json!(1.5));
    assert_mentions(&e, &["graph file"]);
}

#[test]
fn stray_timestamp_far_away_is_refused_not_allocated() {
    let e = error_of(|v| {
        let ps: Vec<Value> = (0..200).map(|i| json!({"id": format!("p{i}")})).collect();
        v["participants"] = json!(ps);
        v["edges"] = json!([]);
        v["nodes"][1]["timestampMs"] = json!(253402300799999i64);
        v["grainScenarios"] = json!([]);
    });
    assert_mentions(&e, &["weeks", "Markov nodes", "stray timestamp"]);
}

#[test]
fn duplicate_ids() {
    let e = error_of(|v| v["participants"][1]["id"] = json!("ALICE"));
    assert_mentions(&e, &["participants[1]", "ALICE", "ignoring case"]);
    let e = error_of(|v| v["nodes"][1]["id"] = json!("c1"));
    assert_mentions(&e, &["nodes[1]", "duplicate", "nodes[0]"]);
    let e = error_of(|v| v["nodes"][1]["id"] = json!("bob"));
    assert_mentions(&e, &["nodes[1]", "duplicate", "participants[1]"]);
    let e = error_of(|v| v["edges"][1]["id"] = json!("e1"));
    assert_mentions(&e, &["edges[1]", "duplicate", "edges[0]"]);
}

#[test]
fn bad_ids() {
    let e = error_of(|v| v["participants"][0]["id"] = json!("al ice"));
    assert_mentions(&e, &["participants[0]", "1-42 characters"]);
    let e = error_of(|v| v["nodes"][0]["id"] = json!(""));
    assert_mentions(&e, &["nodes[0]", "1-128 characters"]);
}

#[test]
fn empty_graphs() {
    let e = error_of(|v| v["participants"] = json!([]));
    assert_mentions(&e, &["participants", "empty"]);
    let e = error_of(|v| {
        v["nodes"] = json!([]);
        v["edges"] = json!([]);
    });
    assert_mentions(&e, &["nodes", "total node weight is 0"]);
    let e = error_of(|v| {
        v["nodes"][0]["weight"] = json!(0);
        v["nodes"][1]["weight"] = json!(0);
    });
    assert_mentions(&e, &["nodes", "total node weight is 0"]);
    let e = error_of(|v| {
        v["edges"] = json!([]);
        v["nodes"][0]["timestampMs"] = Value::Null;
    });
    assert_mentions(&e, &["graph", "no timestamps"]);
}

#[test]
fn bad_parameters() {
    let e = error_of(|v| v["parameters"]["gammaBackward"] = json!(0.45));
    assert_mentions(&e, &["parameters", "exceeds 1"]);
    let e = error_of(|v| v["parameters"]["alpha"] = json!(1.5));
    assert_mentions(&e, &["parameters.alpha", "[0, 1]"]);
    let e = error_of(|v| v["parameters"]["beta"] = json!(0));
    assert_mentions(&e, &["parameters.beta", "paid out"]);
    let e = error_of(|v| v["parameters"]["maxIterations"] = json!(0));
    assert_mentions(&e, &["parameters.maxIterations"]);
    let e = error_of(|v| v["parameters"]["convergenceThreshold"] = json!(0));
    assert_mentions(&e, &["parameters.convergenceThreshold"]);
    let e = error_of(|v| v["format"] = json!("sourcecred-credrank-vector/2"));
    assert_mentions(&e, &["format"]);
}

#[test]
fn closed_cycle_without_radiation() {
    // With alpha = 0, z1 <-> z2 (zero weight, no participant) would trap cred forever.
    let e = error_of(|v| {
        v["parameters"]["alpha"] = json!(0);
        let nodes = v["nodes"].as_array_mut().unwrap();
        nodes.push(json!({"id": "z1", "weight": 0, "timestampMs": null}));
        nodes.push(json!({"id": "z2", "weight": 0, "timestampMs": null}));
        let edges = v["edges"].as_array_mut().unwrap();
        edges.push(
            json!({"id": "z", "src": "z1", "dst": "z2", "timestampMs": 1704708000000i64,
                          "forwardWeight": 1, "backwardWeight": 1}),
        );
    });
    assert_mentions(
        &e,
        &["parameters.alpha", "node:z1", "node:z2", "closed cycle"],
    );
    // Without the cycle, alpha = 0 is fine.
    let mut v = base();
    v["parameters"]["alpha"] = json!(0);
    assert!(Graph::from_json(v.to_string().as_bytes()).is_ok());
    // With alpha > 0 the cycle radiates back to the seed: accepted, and cred is conserved.
    let mut v = base();
    let nodes = v["nodes"].as_array_mut().unwrap();
    nodes.push(json!({"id": "z1", "weight": 0, "timestampMs": null}));
    nodes.push(json!({"id": "z2", "weight": 0, "timestampMs": null}));
    v["edges"].as_array_mut().unwrap().push(
        json!({"id": "z", "src": "z1", "dst": "z2", "timestampMs": 1704708000000i64,
               "forwardWeight": 1, "backwardWeight": 1}),
    );
    let g = Graph::from_json(v.to_string().as_bytes()).unwrap();
    let cr = credrank(&g);
    let total = cr.participant_cred(0) + cr.participant_cred(1);
    assert!((total - 1.5).abs() < 1e-5, "cred is conserved: {total}");
}

#[test]
fn grain_timestamps_far_from_the_graph_are_refused_not_allocated() {
    // 200 participants × the weeks up to year 9999 would be 83 million view cells.
    let e = error_of(|v| {
        let ps: Vec<Value> = (0..200).map(|i| json!({"id": format!("p{i}")})).collect();
        v["participants"] = json!(ps);
        v["edges"] = json!([]);
        v["grainScenarios"][0]["priorDistributions"] = json!([
            {"credTimestampMs": 253401782399999i64, "receipts": []}]);
        // Sunday 9999-12-26: a run may only come after the payout.
        v["grainScenarios"][0]["runs"][0]["effectiveTimestampMs"] = json!(253401782400000i64);
    });
    assert_mentions(
        &e,
        &["grainScenarios[0]", "participant-weeks", "stray timestamp"],
    );
}

#[test]
fn participant_edge_on_first_week_start() {
    // 2024-01-07T00:00Z is the first week start of this graph.
    let e = error_of(|v| v["edges"][0]["timestampMs"] = json!(1704585600000i64));
    assert_mentions(&e, &["edges[0]", "start of the first week", "1 ms"]);
}

#[test]
fn bad_grain_scenarios() {
    let pol = |v: &mut Value, p: Value| v["grainScenarios"][0]["runs"][0]["policies"][0] = p;
    let e = error_of(|v| {
        pol(
            v,
            json!({"policyType": "IMMEDIATE", "budget": "-3", "numIntervalsLookback": 1}),
        )
    });
    assert_mentions(&e, &["grainScenarios[0]", "policies[0]", "budget"]);
    let e = error_of(|v| {
        pol(
            v,
            json!({"policyType": "IMMEDIATE", "budget": "3", "numIntervalsLookback": 0}),
        )
    });
    assert_mentions(&e, &["policies[0]", "numIntervalsLookback"]);
    let e = error_of(|v| {
        pol(
            v,
            json!({"policyType": "RECENT", "budget": "3", "discount": 2}),
        )
    });
    assert_mentions(&e, &["policies[0]", "discount"]);
    let e = error_of(|v| {
        pol(
            v,
            json!({"policyType": "RECENT", "budget": "3", "discount": 0.5, "exclusions": ["zed"]}),
        )
    });
    assert_mentions(&e, &["policies[0]", "zed"]);
    let e = error_of(|v| {
        pol(
            v,
            json!({"policyType": "SPECIAL", "budget": "3", "recipient": "bob"}),
        )
    });
    assert_mentions(&e, &["policies[0]", "bob", "inactive"]);
    let e = error_of(|v| pol(v, json!({"policyType": "LOTTERY", "budget": "3"})));
    assert_mentions(&e, &["graph file", "LOTTERY"]);
    let e = error_of(|v| {
        v["grainScenarios"][0]["runs"][0]["effectiveTimestampMs"] = json!(1705190400001i64)
    });
    assert_mentions(&e, &["runs[0]", "end of a week"]);
    let e = error_of(|v| {
        v["grainScenarios"][0]["priorDistributions"] = json!([
            {"credTimestampMs": 1705190400000i64, "receipts": [{"participant": "alice", "amount": "5"}]},
            {"credTimestampMs": 1704585600000i64, "receipts": []}]);
    });
    assert_mentions(&e, &["priorDistributions[1]", "non-decreasing"]);
    let e = error_of(|v| {
        v["grainScenarios"][0]["priorDistributions"] = json!([
            {"credTimestampMs": 1805190400000i64, "receipts": [{"participant": "alice", "amount": "5"}]}]);
    });
    assert_mentions(&e, &["runs[0]", "before an earlier payout"]);
    let e = error_of(|v| v["grainScenarios"][0]["runs"] = json!([]));
    assert_mentions(&e, &["runs", "empty"]);
}

/// Every structural mutation of the base graph, valid or not, is handled without a panic;
/// when accepted, CredRank runs and conserves cred.
fn mutate(v: &mut Value, path: &[usize], replacement: &Value) {
    fn walk(v: &mut Value, path: &[usize], r: &Value) {
        let Some((&i, rest)) = path.split_first() else {
            *v = r.clone();
            return;
        };
        match v {
            Value::Object(m) if !m.is_empty() => {
                let key = m.keys().nth(i % m.len()).cloned().unwrap_or_default();
                if let Some(child) = m.get_mut(&key) {
                    walk(child, rest, r);
                }
            }
            Value::Array(a) if !a.is_empty() => {
                let n = a.len();
                walk(&mut a[i % n], rest, r);
            }
            _ => *v = r.clone(),
        }
    }
    walk(v, path, replacement)
}

fn junk_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e20f64..1e20).prop_map(Value::from),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(1704585600000i64)),
        "[a-zA-Z0-9 _-]{0,8}".prop_map(Value::from),
        Just(json!("alice")),
        Just(json!("c1")),
        Just(json!([])),
        Just(json!({})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn mutated_graphs_never_panic(
        muts in proptest::collection::vec(
            (proptest::collection::vec(0usize..16, 1..6), junk_value()), 1..4)
    ) {
        let mut v = base();
        for (path, r) in &muts {
            mutate(&mut v, path, r);
        }
        if let Ok(g) = Graph::from_json(v.to_string().as_bytes()) {
            let cr = credrank(&g);
            let total: f64 = (0..cr.participant_count()).map(|p| cr.participant_cred(p)).sum();
            prop_assert!(total.is_finite());
            let table = crate::grain::CredTable::from_credrank(&cr);
            for s in &g.grain_scenarios {
                let _ = s.run(&table, &g.participants);
            }
        }
    }

    #[test]
    fn junk_bytes_never_panic(cut in 0usize..2000, byte in any::<u8>(), at in 0usize..2000) {
        let mut text = base().to_string().into_bytes();
        let n = text.len();
        text[at % n] = byte;
        text.truncate(cut.max(1) % (n + 1));
        let _ = Graph::from_json(&text);
    }
}
