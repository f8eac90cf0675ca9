//! Fuzzing the file readers with proptest (cargo-fuzz needs a nightly compiler): the
//! graph reader (`Graph::from_json`, `credrank::graph::parse`), the value-equation and
//! contributions readers with `distribute`, the ledger reader (`Ledger::from_json`), and
//! the small parsers behind them (money, decimals, dates, grain amounts).
//!
//! The corpus is kept in `tests/fuzz/corpus/<reader>/`: small hand-written seeds, each
//! named `valid-…` (must be read) or `invalid-…` (must be refused). `corpus_replays`
//! reads every file; the properties mutate the seeds (bytes, lines, JSON tokens, and
//! values, fields and elements of the parsed document), and also try random JSON
//! documents and random bytes. Every property asserts that nothing panics and that each
//! refusal names an element that really is in the document (an index within its array,
//! the id found at that index), or the position of a syntax error. An input that ever
//! broke a reader becomes a corpus file (a failure prints its input).
//!
//! Cases per property: 256, a fraction of a second in CI; `COMMONFARE_FUZZ_CASES=500000
//! cargo test -p commonfare-value --test fuzz` for a long local run (about three
//! minutes). Shrunk failures land in `tests/fuzz.proptest-regressions`, replayed first by
//! every later run. `cargo test --test fuzz corpus_replays -- --nocapture` prints every
//! refusal of the corpus, to review their wording.

// One fuzzing kit for both engines: decide's, read from here with this crate's corpus.
#[path = "../../decide/tests/fuzz/mutate.rs"]
mod mutate;

use commonfare_value::credrank::{self, Graph, credrank};
use commonfare_value::equation::{
    Contributions, Date, Decimal, EquationError, ValueEquation, distribute,
};
use commonfare_value::grain::{CredTable, Ledger, parse_amount};
use commonfare_value::money::{Money, Unit};
use mutate::{COMMON_TOKENS, Seed, balanced, corpus, edits, mutate, show};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};
use std::sync::LazyLock;

/// Cases per property in a normal `cargo test`.
const CASES: u32 = 256;

/// What a reader made of a document: `None` when it was read, else the refusal.
type Verdict = Result<Option<String>, TestCaseError>;

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

/// The document as the graph and ledger readers see it: without a leading byte-order mark.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

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

/// Above this many iterations a graph that was read is not run (the count is the file's
/// to choose; a fuzzed one could keep the test busy for hours).
const MAX_RUN_ITERATIONS: u32 = 10_000;
/// Nor is one spanning more participant-weeks than this (a stray timestamp in 9999 makes
/// a chain of millions of nodes: seconds per run).
const MAX_RUN_CELLS: usize = 100_000;

fn check_graph(bytes: &[u8]) -> Verdict {
    let g = match Graph::from_json(bytes) {
        Ok(g) => g,
        Err(e) => {
            prop_assert!(!e.problem.trim().is_empty(), "empty problem: {e:?}");
            if e.element == "graph file" {
                prop_assert!(names_a_position(&e.problem), "no position: {e}");
            } else {
                // The typed reader got past the syntax, so the document is JSON (which a
                // `Value` holds unless a skipped field nests deeper than its limit).
                match serde_json::from_slice::<Value>(without_bom(bytes)) {
                    Ok(doc) => check_graph_error(&doc, &e.element, &e.problem)?,
                    Err(v) => prop_assert!(
                        v.to_string().starts_with("recursion limit exceeded"),
                        "{e}, but the document is no JSON: {v}"
                    ),
                }
            }
            return Ok(Some(e.to_string()));
        }
    };
    // The two-step path (`parse`, then `from_input`) agrees with `from_json`.
    let raw = credrank::graph::parse(bytes);
    prop_assert!(raw.is_ok_and(|raw| Graph::from_input(raw).is_ok()));
    let cells = g.intervals.count.saturating_mul(g.participants.len() + 1);
    if g.parameters.max_iterations > MAX_RUN_ITERATIONS || cells > MAX_RUN_CELLS {
        return Ok(None);
    }
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
    Ok(None)
}

fn run_graph(doc: &Value) -> Result<(), TestCaseError> {
    check_graph(doc.to_string().as_bytes()).map(drop)
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

/// Reads an equation and contributions and distributes `amount` minor units with them.
fn check_equation(eq: &[u8], cs: &[u8], amount: i64) -> Verdict {
    let eq = match serde_json::from_slice::<ValueEquation>(eq) {
        Ok(eq) => eq,
        Err(e) => {
            prop_assert!(names_a_position(&e.to_string()), "{e}");
            return Ok(Some(format!("equation: {e}")));
        }
    };
    let cs = match serde_json::from_slice::<Contributions>(cs) {
        Ok(cs) => cs,
        Err(e) => {
            prop_assert!(names_a_position(&e.to_string()), "{e}");
            return Ok(Some(format!("contributions: {e}")));
        }
    };
    let amount = Money::from_minor(amount, eq.unit);
    match distribute(&eq, &cs.contributions, amount) {
        Err(e) => {
            check_equation_error(&eq, &cs, &e)?;
            Ok(Some(e.to_string()))
        }
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
            Ok(None)
        }
    }
}

fn run_equation(eq: &Value, cs: &Value, amount: i64) -> Result<(), TestCaseError> {
    check_equation(eq.to_string().as_bytes(), cs.to_string().as_bytes(), amount).map(drop)
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

fn check_ledger(bytes: &[u8]) -> Verdict {
    let e = match Ledger::from_json(bytes) {
        Ok(l) => {
            for d in &l.distributions {
                for r in &d.receipts {
                    prop_assert!(parse_amount(&r.amount).is_ok());
                }
            }
            return Ok(None);
        }
        Err(e) => e,
    };
    prop_assert!(!e.problem.trim().is_empty(), "empty problem: {e:?}");
    let refusal = Some(e.to_string());
    if e.element == "ledger file" {
        // Either a syntax error with its position, or the document's shape explained.
        prop_assert!(
            names_a_position(&e.problem)
                || e.problem.contains("distributions")
                || e.problem.contains("unknown field"),
            "{e}"
        );
        return Ok(refusal);
    }
    // The reader got past the syntax, so the document is JSON.
    let doc: Value = match serde_json::from_slice(without_bom(bytes)) {
        Ok(doc) => doc,
        Err(_) => return Err(TestCaseError::fail(format!("{e}, but no JSON"))),
    };
    let doc = &doc;
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
                return Ok(refusal);
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
    Ok(refusal)
}

fn run_ledger(doc: &Value) -> Result<(), TestCaseError> {
    check_ledger(doc.to_string().as_bytes()).map(drop)
}

// ------------------------------------------------------------------ the properties

proptest! {
    #![proptest_config(mutate::config(CASES))]

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
        let cs = contributions_base().to_string();
        match which {
            0 => check_graph(&bytes)?,
            1 => check_ledger(&bytes)?,
            _ => check_equation(&bytes, cs.as_bytes(), 1000)?,
        };
    }

    #[test]
    fn mutated_graph_files(pick in seed_pick(), e in edits()) {
        fuzz_bytes(&GRAPH, pick, &e)?;
    }

    #[test]
    fn mutated_equation_files(pick in seed_pick(), e in edits()) {
        fuzz_bytes(&EQUATION, pick, &e)?;
    }

    #[test]
    fn mutated_contributions_files(pick in seed_pick(), e in edits()) {
        fuzz_bytes(&CONTRIBUTIONS, pick, &e)?;
    }

    #[test]
    fn mutated_ledger_files(pick in seed_pick(), e in edits()) {
        fuzz_bytes(&LEDGER, pick, &e)?;
    }

    #[test]
    fn mutated_graph_seed_documents(pick in any::<Index>(), muts in mutations(GRAPH_NAMES)) {
        fuzz_document(&GRAPH, pick, &muts)?;
    }

    #[test]
    fn mutated_equation_seed_documents(pick in any::<Index>(), muts in mutations(EQ_NAMES)) {
        fuzz_document(&EQUATION, pick, &muts)?;
    }

    #[test]
    fn mutated_contributions_seed_documents(
        pick in any::<Index>(),
        muts in mutations(EQ_NAMES),
    ) {
        fuzz_document(&CONTRIBUTIONS, pick, &muts)?;
    }

    #[test]
    fn mutated_ledger_seed_documents(pick in any::<Index>(), muts in mutations(LEDGER_NAMES)) {
        fuzz_document(&LEDGER, pick, &muts)?;
    }

    /// The small parsers behind the readers, on any text: what they accept is canonical
    /// enough to read back to the same value.
    #[test]
    fn money_decimal_date_and_amount_parsers(s in prop_oneof![
        any::<String>(),
        "[-+0-9. ]{0,22}( ?(USD|JPY|KWD|hours|credits|usd))?",
        "[0-9+-]{4}-[0-9+-]{2}-[0-9+ -]{2}",
    ]) {
        if let Ok(m) = s.parse::<Money>() {
            prop_assert_eq!(m.to_string().parse::<Money>(), Ok(m), "{:?}", s);
        }
        if let Ok(u) = s.parse::<Unit>() {
            prop_assert_eq!(u.code(), s.as_str());
        }
        if let Ok(d) = s.parse::<Decimal>() {
            let back = d.to_string().parse::<Decimal>().map(|b| b.ratio());
            prop_assert_eq!(back, Ok(d.ratio()), "{:?}", s);
        }
        if s.parse::<Date>().is_ok() {
            // Dates compare as text, which is right only for `YYYY-MM-DD` in digits.
            let digits = s.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() }
            });
            prop_assert!(s.len() == 10 && digits, "accepted date {:?}", s);
        }
        if let Ok(a) = parse_amount(&s) {
            prop_assert_eq!(a.to_string(), s);
        }
    }
}

// ------------------------------------------------------------------ the corpus

/// A reader of the corpus: its folder, its check, the tokens its files are made of, and
/// the names its documents refer to (for the value mutations).
struct Reader {
    folder: &'static str,
    check: fn(&[u8]) -> Verdict,
    tokens: &'static [&'static str],
    names: &'static [&'static str],
    seeds: LazyLock<Vec<Seed>>,
}

/// One corpus file, by folder and name.
fn seed_file(folder: &str, name: &str) -> Vec<u8> {
    corpus(folder)
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("corpus/{folder}/{name} is gone"))
        .bytes
}

/// The equation the contributions seeds are distributed with, and the contributions the
/// equation seeds are tried on.
static REFERENCE_EQUATION: LazyLock<Vec<u8>> =
    LazyLock::new(|| seed_file("equation", "valid-all-formulas-and-filters.json"));
static REFERENCE_CONTRIBUTIONS: LazyLock<Vec<u8>> =
    LazyLock::new(|| seed_file("contributions", "valid-every-field.json"));

/// 1000.00 in a unit with cents; the amount every seed is distributed.
const AMOUNT: i64 = 100_000;

/// An equation alone (no contributions) decides; it is also tried on the reference
/// contributions, where a refusal must be as good.
fn check_equation_file(bytes: &[u8]) -> Verdict {
    let alone = check_equation(bytes, br#"{"contributions": []}"#, AMOUNT)?;
    if alone.is_none() {
        check_equation(bytes, &REFERENCE_CONTRIBUTIONS, AMOUNT)?;
    }
    Ok(alone)
}

fn check_contributions_file(bytes: &[u8]) -> Verdict {
    check_equation(&REFERENCE_EQUATION, bytes, AMOUNT)
}

const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "{}",
    "[]",
    "null",
    "true",
    "\"\"",
    "\\u0000",
    "\\ud800",
    "\\",
    "-0",
    "0.5",
    "1.5",
    "1e-400",
    "-1e400",
    "9223372036854775808",
    "-9223372036854775809",
    "340282366920938463463374607431768211456",
    "253402300800000",
    "\"NaN\"",
    "\"Infinity\"",
    "\"2024-02-30\"",
    "\"1.00 EUR\"",
    "\"92233720368547758.08 USD\"",
];

static GRAPH: Reader = Reader {
    folder: "graph",
    check: check_graph,
    tokens: JSON_TOKENS,
    names: GRAPH_NAMES,
    seeds: LazyLock::new(|| corpus("graph")),
};
static EQUATION: Reader = Reader {
    folder: "equation",
    check: check_equation_file,
    tokens: JSON_TOKENS,
    names: EQ_NAMES,
    seeds: LazyLock::new(|| corpus("equation")),
};
static CONTRIBUTIONS: Reader = Reader {
    folder: "contributions",
    check: check_contributions_file,
    tokens: JSON_TOKENS,
    names: EQ_NAMES,
    seeds: LazyLock::new(|| corpus("contributions")),
};
static LEDGER: Reader = Reader {
    folder: "ledger",
    check: check_ledger,
    tokens: JSON_TOKENS,
    names: LEDGER_NAMES,
    seeds: LazyLock::new(|| corpus("ledger")),
};

const READERS: [&Reader; 4] = [&GRAPH, &EQUATION, &CONTRIBUTIONS, &LEDGER];

/// Every corpus file of every reader: valid ones read, invalid ones refused with a usable
/// error, none panics. The regression corpus: every input that ever broke a reader. The
/// refusals are printed (`-- --nocapture` shows them), to review their wording.
#[test]
fn corpus_replays() {
    let mut wrong = Vec::new();
    let mut counts = Vec::new();
    for reader in READERS {
        let seeds = &*reader.seeds;
        balanced(reader.folder, seeds);
        counts.push(format!("{} {}", reader.folder, seeds.len()));
        for seed in seeds {
            let at = format!("{}/{}", reader.folder, seed.name);
            let run = std::panic::catch_unwind(|| (reader.check)(&seed.bytes));
            match run {
                Err(_) => wrong.push(format!("{at}: the reader panicked")),
                Ok(Err(e)) => wrong.push(format!("{at}: {e}")),
                Ok(Ok(None)) if !seed.valid() => {
                    wrong.push(format!("{at}: read, but its name says invalid-"))
                }
                Ok(Ok(Some(refusal))) => {
                    eprintln!("{at}: {refusal}");
                    if seed.valid() {
                        wrong.push(format!(
                            "{at}: refused, but its name says valid-: {refusal}"
                        ));
                    }
                }
                Ok(Ok(None)) => {}
            }
        }
    }
    assert!(wrong.is_empty(), "corpus failures:\n{}", wrong.join("\n"));
    eprintln!("corpus replayed: {}", counts.join(", "));
}

/// Three times in four a valid seed, else any seed.
fn seed_pick() -> impl Strategy<Value = (bool, Index)> {
    (prop::bool::weighted(0.75), any::<Index>())
}

fn valid_seeds(reader: &Reader) -> Vec<&Seed> {
    reader.seeds.iter().filter(|s| s.valid()).collect()
}

/// Mutates the bytes of a seed of `reader` and checks what its reader makes of them.
fn fuzz_bytes(
    reader: &Reader,
    (valid, pick): (bool, Index),
    e: &[mutate::Edit],
) -> Result<(), TestCaseError> {
    let seed = if valid {
        *pick.get(&valid_seeds(reader))
    } else {
        pick.get(&reader.seeds)
    };
    let keys: Vec<String> = KEYS.iter().map(|k| format!("\"{k}\": ")).collect();
    let tokens: Vec<&str> = (reader.tokens.iter().chain(COMMON_TOKENS).copied())
        .chain(keys.iter().map(String::as_str))
        .collect();
    let bytes = mutate(&seed.bytes, e, &tokens);
    (reader.check)(&bytes)
        .map(drop)
        .map_err(|err| TestCaseError::fail(format!("{err}\ninput: {}", show(&bytes))))
}

/// The documents of the valid seeds that serde_json can hold as a [`Value`] (not those
/// nested deeper than its recursion limit, which only the typed readers skip over).
fn valid_documents(reader: &Reader) -> Vec<Value> {
    valid_seeds(reader)
        .into_iter()
        .filter_map(|s| serde_json::from_slice(without_bom(&s.bytes)).ok())
        .collect()
}

/// Mutates the values, fields and elements of a valid seed's document.
fn fuzz_document(reader: &Reader, pick: Index, muts: &[Mutation]) -> Result<(), TestCaseError> {
    let mut doc = pick.get(&valid_documents(reader)).clone();
    for m in muts {
        apply(&mut doc, m);
    }
    let bytes = doc.to_string().into_bytes();
    (reader.check)(&bytes)
        .map(drop)
        .map_err(|err| TestCaseError::fail(format!("{err}\ninput: {}", show(&bytes))))
}

/// The mutations reach past the first syntax check: some mutated seeds are still read,
/// others are refused, for every reader.
#[test]
fn mutations_reach_deep_into_the_files() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    for reader in READERS {
        let mut runner = TestRunner::deterministic();
        let (mut read, mut refused) = (0, 0);
        let strategy = (
            seed_pick(),
            edits(),
            any::<Index>(),
            mutations(reader.names),
        );
        for _ in 0..200 {
            let (pick, e, doc_pick, muts) = strategy.new_tree(&mut runner).unwrap().current();
            let seed = if pick.0 {
                *pick.1.get(&valid_seeds(reader))
            } else {
                pick.1.get(&reader.seeds)
            };
            let keys: Vec<&str> = KEYS.to_vec();
            let by_bytes = mutate(
                &seed.bytes,
                &e,
                &[reader.tokens, COMMON_TOKENS, &keys].concat(),
            );
            let mut doc = doc_pick.get(&valid_documents(reader)).clone();
            for m in &muts {
                apply(&mut doc, m);
            }
            for bytes in [by_bytes, doc.to_string().into_bytes()] {
                match (reader.check)(&bytes) {
                    Ok(None) => read += 1,
                    Ok(Some(_)) => refused += 1,
                    Err(err) => panic!("{}: {err}", reader.folder),
                }
            }
        }
        assert!(
            read >= 20 && refused >= 20,
            "{}: {read} read, {refused} refused: the mutations are too mild or too wild",
            reader.folder
        );
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
