//! Fuzzing the three file readers with proptest (cargo-fuzz needs a nightly compiler):
//! the graph reader (`Graph::from_json`), the value-equation and contributions readers
//! with `distribute`, and the ledger reader (`Ledger::from_json`). Inputs are valid files
//! with random mutations (values replaced, fields and elements deleted or duplicated),
//! random JSON documents and random bytes. Every property asserts that nothing panics
//! and that each refusal names an element that really is in the document (an index
//! within its array, the id found at that index), or the position of a syntax error.

use commonfare_value::credrank::{Graph, credrank};
use commonfare_value::equation::{Contributions, EquationError, ValueEquation, distribute};
use commonfare_value::grain::{CredTable, Ledger};
use commonfare_value::money::Money;
use proptest::prelude::*;
use serde_json::{Value, json};

// ------------------------------------------------------------------ mutation machinery

/// One change to a JSON document, at a path given by indices (taken modulo the number of
/// keys or elements at each level, so every path lands somewhere).
#[derive(Debug, Clone)]
enum Mutation {
    Replace(Vec<usize>, Value),
    /// Replaces a value by another of the same JSON type (the `usize` picks which), so
    /// the document still parses and the checks behind the parser are reached.
    Tweak(Vec<usize>, usize, &'static [&'static str]),
    Delete(Vec<usize>),
    Duplicate(Vec<usize>),
}

fn walk<'a>(v: &'a mut Value, path: &[usize]) -> &'a mut Value {
    let Some((&i, rest)) = path.split_first() else {
        return v;
    };
    let len = match &*v {
        Value::Object(m) => m.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    if len == 0 {
        return v;
    }
    match v {
        Value::Object(m) => match m.values_mut().nth(i % len) {
            Some(child) => walk(child, rest),
            None => unreachable!("index taken modulo the length"),
        },
        Value::Array(a) => walk(&mut a[i % len], rest),
        _ => unreachable!("only objects and arrays have a length"),
    }
}

fn apply(v: &mut Value, m: &Mutation) {
    match m {
        Mutation::Replace(path, r) => *walk(v, path) = r.clone(),
        Mutation::Tweak(path, pick, names) => {
            let target = walk(v, path);
            *target = match target {
                Value::Number(_) | Value::Null => {
                    let numbers = [
                        json!(-1),
                        json!(0),
                        json!(-0.5),
                        json!(0.5),
                        json!(2),
                        json!(1e300),
                        json!(i64::MIN),
                        json!(u64::MAX),
                        json!(1_704_585_600_000i64),
                        json!(253_402_300_800_000i64),
                        json!(1_706_400_000_001i64),
                    ];
                    numbers[pick % numbers.len()].clone()
                }
                Value::String(_) => {
                    let strings = [
                        "",
                        "-1",
                        "0",
                        "101",
                        "100.0000001",
                        "1e3",
                        "007",
                        "340282366920938463463374607431768211456",
                        "9223372036854775807",
                        "92233720368547758.07 USD",
                        "1.00 EUR",
                        "2024-02-30",
                        "bad id!",
                    ];
                    let all = strings.len() + names.len();
                    let k = pick % all;
                    Value::from(if k < strings.len() {
                        strings[k]
                    } else {
                        names[k - strings.len()]
                    })
                }
                Value::Bool(b) => Value::Bool(!*b),
                Value::Array(a) => {
                    a.reverse();
                    Value::Array(std::mem::take(a))
                }
                Value::Object(_) => json!({}),
            };
        }
        Mutation::Delete(path) | Mutation::Duplicate(path) => {
            let Some((&last, parent)) = path.split_last() else {
                return;
            };
            match walk(v, parent) {
                Value::Object(o) if !o.is_empty() => {
                    let key = o.keys().nth(last % o.len()).cloned().unwrap_or_default();
                    if matches!(m, Mutation::Delete(_)) {
                        o.remove(&key);
                    }
                }
                Value::Array(a) if !a.is_empty() => {
                    let i = last % a.len();
                    if matches!(m, Mutation::Delete(_)) {
                        a.remove(i);
                    } else {
                        let copy = a[i].clone();
                        a.insert(i, copy);
                    }
                }
                _ => {}
            }
        }
    }
}

/// Values that tend to break readers: boundaries, wrong types, ids that exist elsewhere.
fn junk(names: &'static [&'static str]) -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![Just(-1.0), Just(0.0), Just(1e300), Just(-0.0), -1e6f64..1e6]
            .prop_map(Value::from),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(1_704_585_600_000i64)),
        Just(json!(253_402_300_800_000i64)),
        Just(json!("")),
        Just(json!("-1")),
        Just(json!("100.5")),
        Just(json!("99999999999999999999999999999999999999999")),
        Just(json!("92233720368547758.07 USD")),
        "[a-zA-Z0-9 ._:-]{0,10}".prop_map(Value::from),
        prop::sample::select(names).prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
    ]
}

fn mutations(names: &'static [&'static str]) -> impl Strategy<Value = Vec<Mutation>> {
    let path = || prop::collection::vec(0usize..12, 0..6);
    let one = prop_oneof![
        6 => (path(), any::<usize>()).prop_map(move |(p, k)| Mutation::Tweak(p, k, names)),
        2 => (path(), junk(names)).prop_map(|(p, v)| Mutation::Replace(p, v)),
        1 => path().prop_map(Mutation::Delete),
        1 => path().prop_map(Mutation::Duplicate),
    ];
    prop::collection::vec(one, 1..4)
}

/// Arbitrary JSON documents (up to a few levels deep) for the readers to choke on.
fn any_json(names: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let leaf = junk(names);
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// Field names of all three formats, so random documents get past the first key check.
const KEYS: &[&str] = &[
    "format",
    "participants",
    "nodes",
    "edges",
    "parameters",
    "grainScenarios",
    "id",
    "weight",
    "timestampMs",
    "src",
    "dst",
    "forwardWeight",
    "backwardWeight",
    "alpha",
    "beta",
    "runs",
    "policies",
    "policyType",
    "budget",
    "name",
    "unit",
    "buckets",
    "percent",
    "agent",
    "rules",
    "kind",
    "claim",
    "formula",
    "contributions",
    "distributions",
    "distribution",
    "credTimestampMs",
    "receipts",
    "participant",
    "amount",
];

/// A syntax or type error from serde_json says where it is.
fn names_a_position(msg: &str) -> bool {
    msg.contains("line ") && msg.contains("column ")
}

/// `name[3]` at the start of `text`: the name and the index.
fn indexed<'a>(text: &'a str, name: &str) -> Option<(usize, &'a str)> {
    let rest = text.strip_prefix(name)?.strip_prefix('[')?;
    let (i, rest) = rest.split_once(']')?;
    Some((i.parse().ok()?, rest))
}

// ------------------------------------------------------------------ the graph reader

const GRAPH_NAMES: &[&str] = &["alice", "bob", "c1", "c2", "e1", "IMMEDIATE", "BALANCED"];

fn graph_base() -> Value {
    json!({
        "format": "sourcecred-credrank-vector/1",
        "name": "fuzz",
        "participants": [{"id": "alice"}, {"id": "bob", "active": false}, {"id": "carol"}],
        "nodes": [
            {"id": "c1", "weight": 1, "timestampMs": 1_704_708_000_000i64},
            {"id": "c2", "weight": 0.5, "timestampMs": null},
            {"id": "c3", "weight": 0, "timestampMs": 1_705_708_000_000i64}
        ],
        "edges": [
            {"id": "e1", "src": "alice", "dst": "c1", "timestampMs": 1_704_708_000_000i64,
             "forwardWeight": 0.5, "backwardWeight": 1},
            {"id": "e2", "src": "c2", "dst": "bob", "timestampMs": 1_704_794_400_000i64,
             "forwardWeight": 1, "backwardWeight": 0},
            {"id": "e3", "src": "carol", "dst": "c3", "timestampMs": 1_705_708_000_000i64,
             "forwardWeight": 1, "backwardWeight": 1}
        ],
        "parameters": {"alpha": 0.1, "beta": 0.4, "gammaForward": 0.1, "gammaBackward": 0.1,
                       "maxIterations": 255, "convergenceThreshold": 1e-7},
        "grainScenarios": [{"name": "s",
            "priorDistributions": [{"credTimestampMs": 1_704_585_600_000i64,
                "receipts": [{"participant": "alice", "amount": "5"}]}],
            "runs": [{"effectiveTimestampMs": 1_706_400_000_000i64, "policies": [
                {"policyType": "IMMEDIATE", "budget": "1000", "numIntervalsLookback": 1},
                {"policyType": "RECENT", "budget": "999", "discount": 0.5, "exclusions": ["carol"]},
                {"policyType": "BALANCED", "budget": "1000000", "numIntervalsLookback": 0},
                {"policyType": "SPECIAL", "budget": "3", "recipient": "carol", "memo": "m"}]}]}]
    })
}

/// Checks that a graph error's element exists in `doc`.
fn check_graph_error(doc: &Value, element: &str, problem: &str) -> Result<(), TestCaseError> {
    if element == "graph file" {
        prop_assert!(names_a_position(problem), "no position: {problem}");
        return Ok(());
    }
    for list in ["participants", "nodes", "edges"] {
        if let Some((i, rest)) = indexed(element, list) {
            let items = doc[list].as_array();
            prop_assert!(
                items.is_some_and(|a| i < a.len()),
                "{element}: no such element"
            );
            // `nodes[3] "c9"`: the id quoted is the one at that index.
            if let Some(id) = rest.strip_prefix(' ') {
                let actual = format!("{:?}", doc[list][i]["id"].as_str().unwrap_or_default());
                prop_assert_eq!(id, actual.as_str(), "{} names the wrong id", element);
            }
            return Ok(());
        }
    }
    if let Some((i, _)) = indexed(element, "grainScenarios") {
        let n = doc["grainScenarios"].as_array().map_or(0, Vec::len);
        prop_assert!(i < n, "{element}: no such scenario");
        return Ok(());
    }
    let roots = ["format", "parameters", "participants", "nodes", "graph"];
    prop_assert!(
        roots.iter().any(|r| element.starts_with(r)),
        "error names no element: {element}: {problem}"
    );
    Ok(())
}

fn run_graph(doc: &Value) -> Result<(), TestCaseError> {
    match Graph::from_json(doc.to_string().as_bytes()) {
        Err(e) => check_graph_error(doc, &e.element, &e.problem),
        Ok(g) => {
            let cr = credrank(&g);
            let total: f64 = (0..cr.participant_count())
                .map(|p| cr.participant_cred(p))
                .sum();
            prop_assert!(total.is_finite() && total >= 0.0);
            let table = CredTable::from_credrank(&cr);
            for s in &g.grain_scenarios {
                for run in s.run(&table, &g.participants) {
                    if let Ok(r) = run.outcome {
                        for a in r.allocations {
                            prop_assert_eq!(a.amounts.iter().sum::<i128>(), a.policy.budget());
                        }
                    }
                }
            }
            Ok(())
        }
    }
}

// ------------------------------------------------------------------ equations

const EQ_NAMES: &[&str] = &[
    "work",
    "expense",
    "debt_like",
    "once",
    "value",
    "total",
    "remaining",
    "USD",
    "c1",
    "ann",
];

fn equation_base() -> Value {
    json!({"name": "fuzz", "unit": "USD", "percentages_of": "total", "buckets": [
        {"name": "fund", "percent": "10", "agent": "treasury"},
        {"name": "order", "percent": "90", "filter": {"processes": ["p"], "from": "2024-01-01"},
         "rules": [
            {"kind": "work", "claim": "debt_like", "formula": {"quantity_times": "25.00 USD"}},
            {"kind": "expense", "claim": "once", "formula": "value"},
            {"kind": "idea", "claim": "equity_like", "formula": {"value_times": "1.5"}},
            {"kind": "gift", "claim": "equity_like", "formula": {"fixed": "2.00 USD"}}]}]})
}

fn contributions_base() -> Value {
    json!({"contributions": [
        {"id": "c1", "agent": "ann", "kind": "work", "process": "p", "date": "2024-02-01",
         "quantity": "1.5"},
        {"id": "c2", "agent": "bob", "kind": "expense", "process": "p", "date": "2024-02-02",
         "value": "20.00 USD", "paid": "5.00 USD", "paid_runs": 1},
        {"id": "c3", "agent": "cat", "kind": "idea", "process": "p", "date": "2024-03-01",
         "value": "3.33 USD", "commons": "bikes"},
        {"id": "c4", "agent": "ann", "kind": "gift", "process": "p", "date": "2024-03-02"}]})
}

fn check_equation_error(
    eq: &ValueEquation,
    cs: &Contributions,
    err: &EquationError,
) -> Result<(), TestCaseError> {
    let bucket = |name: &str| eq.buckets.iter().find(|b| b.name == name);
    match err {
        EquationError::Equation(msg) => {
            prop_assert!(msg.contains(&format!("'{}'", eq.name)), "{err}")
        }
        EquationError::Bucket { bucket: b, .. } => {
            prop_assert!(bucket(b).is_some(), "no bucket '{b}': {err}")
        }
        EquationError::Rule {
            bucket: b, index, ..
        } => {
            let rules = bucket(b).map_or(0, |b| b.rules.len());
            prop_assert!(
                (1..=rules).contains(index),
                "no rule {index} in '{b}': {err}"
            )
        }
        EquationError::Contribution { id, .. } => prop_assert!(
            cs.contributions.iter().any(|c| &c.id == id),
            "no contribution '{id}': {err}"
        ),
        EquationError::Amount { .. } | EquationError::Money(_) => {}
        // Validation comes first, so the splits inside never meet bad weights or ids.
        EquationError::Split(e) => prop_assert!(false, "a split failed after validation: {e}"),
    }
    Ok(())
}

fn run_equation(eq: &Value, cs: &Value, amount: i64) -> Result<(), TestCaseError> {
    let eq = match serde_json::from_str::<ValueEquation>(&eq.to_string()) {
        Ok(eq) => eq,
        Err(e) => {
            prop_assert!(names_a_position(&e.to_string()), "{e}");
            return Ok(());
        }
    };
    let cs = match serde_json::from_str::<Contributions>(&cs.to_string()) {
        Ok(cs) => cs,
        Err(e) => {
            prop_assert!(names_a_position(&e.to_string()), "{e}");
            return Ok(());
        }
    };
    let amount = Money::from_minor(amount, eq.unit);
    match distribute(&eq, &cs.contributions, amount) {
        Err(e) => check_equation_error(&eq, &cs, &e),
        Ok(st) => {
            let paid: i128 = st
                .recipients
                .iter()
                .map(|r| i128::from(r.amount.minor()))
                .sum();
            prop_assert_eq!(
                paid + i128::from(st.undistributed.minor()),
                i128::from(amount.minor())
            );
            Ok(())
        }
    }
}

// ------------------------------------------------------------------ ledgers

const LEDGER_NAMES: &[&str] = &["alice", "bob", "5", "credTimestampMs", "receipts"];

fn ledger_base() -> Value {
    json!({"distributions": [
        {"credTimestampMs": 1_704_585_600_000i64, "receipts": [
            {"participant": "alice", "amount": "5"}, {"participant": "bob", "amount": "17"}]},
        {"credTimestampMs": 1_705_190_400_000i64, "receipts": [
            {"participant": "alice", "amount": "100000000000000000000"}]}]})
}

fn run_ledger(doc: &Value) -> Result<(), TestCaseError> {
    let e = match Ledger::from_json(doc.to_string().as_bytes()) {
        Ok(l) => {
            for d in &l.distributions {
                for r in &d.receipts {
                    prop_assert!(commonfare_value::grain::parse_amount(&r.amount).is_ok());
                }
            }
            return Ok(());
        }
        Err(e) => e,
    };
    if e.element == "ledger file" {
        // Either a syntax error with its position, or the document's shape explained.
        prop_assert!(
            names_a_position(&e.problem)
                || e.problem.contains("distributions")
                || e.problem.contains("unknown field"),
            "{e}"
        );
        return Ok(());
    }
    let (list, rest) =
        match indexed(&e.element, "distributions").or_else(|| indexed(&e.element, "")) {
            Some((i, rest)) => {
                let list = doc.get("distributions").unwrap_or(doc);
                (list.as_array().map(|a| (i, a.len())), rest)
            }
            None => {
                prop_assert!(
                    e.element == "distributions" || e.element.starts_with("distribution"),
                    "error names no element: {e}"
                );
                return Ok(());
            }
        };
    prop_assert!(
        list.is_some_and(|(i, n)| i < n),
        "{}: no such distribution",
        e.element
    );
    if let Some(r) = rest.strip_prefix(".receipts") {
        if let Some((j, _)) = indexed(r, "") {
            let (i, _) = list.unwrap_or_default();
            let list = doc.get("distributions").unwrap_or(doc);
            let n = list[i]["receipts"].as_array().map_or(0, Vec::len);
            prop_assert!(j < n, "{}: no such receipt", e.element);
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ the properties

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn mutated_graphs_are_refused_by_name_or_run(muts in mutations(GRAPH_NAMES)) {
        let mut doc = graph_base();
        for m in &muts { apply(&mut doc, m); }
        run_graph(&doc)?;
    }

    #[test]
    fn random_documents_never_panic_any_reader(doc in any_json(GRAPH_NAMES)) {
        run_graph(&doc)?;
        run_ledger(&doc)?;
        run_equation(&doc, &contributions_base(), 1000)?;
        run_equation(&equation_base(), &doc, 1000)?;
    }

    #[test]
    fn mutated_equations_are_refused_by_name_or_sum_exactly(
        muts in mutations(EQ_NAMES),
        in_equation in any::<bool>(),
        amount in prop_oneof![
            8 => 0i64..1_000_000,
            1 => prop_oneof![Just(i64::MAX), Just(i64::MIN), any::<i64>()],
        ],
    ) {
        let (mut eq, mut cs) = (equation_base(), contributions_base());
        let doc = if in_equation { &mut eq } else { &mut cs };
        for m in &muts { apply(doc, m); }
        run_equation(&eq, &cs, amount)?;
    }

    #[test]
    fn mutated_ledgers_are_refused_by_name(muts in mutations(LEDGER_NAMES)) {
        let mut doc = ledger_base();
        for m in &muts { apply(&mut doc, m); }
        run_ledger(&doc)?;
    }

    #[test]
    fn corrupted_bytes_never_panic(
        which in 0usize..3,
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let base = [graph_base(), ledger_base(), equation_base()][which].to_string();
        let mut bytes = base.into_bytes();
        for (at, b) in &edits {
            let i = at.index(bytes.len());
            bytes[i] = *b;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        match which {
            0 => if let Err(e) = Graph::from_json(&bytes) { prop_assert!(!e.element.is_empty()) },
            1 => if let Err(e) = Ledger::from_json(&bytes) { prop_assert!(!e.element.is_empty()) },
            _ => if let Err(e) = serde_json::from_slice::<ValueEquation>(&bytes) {
                prop_assert!(names_a_position(&e.to_string()) || e.is_eof(), "{e}")
            },
        }
    }
}

/// The bases themselves are valid: the mutations start from files that work.
#[test]
fn the_bases_are_valid() {
    let g = Graph::from_json(graph_base().to_string().as_bytes()).expect("graph base");
    let table = CredTable::from_credrank(&credrank(&g));
    let runs = g.grain_scenarios[0].run(&table, &g.participants);
    assert!(runs[0].outcome.is_ok(), "{:?}", runs[0].outcome);
    assert_eq!(
        Ledger::from_json(ledger_base().to_string().as_bytes())
            .unwrap()
            .distributions
            .len(),
        2
    );
    let eq: ValueEquation = serde_json::from_value(equation_base()).unwrap();
    let cs: Contributions = serde_json::from_value(contributions_base()).unwrap();
    let st = distribute(&eq, &cs.contributions, "100.00 USD".parse().unwrap()).unwrap();
    assert_eq!(st.amount_of("treasury"), "10.00 USD".parse().unwrap());
    assert!(st.recipients.len() >= 3);
}
