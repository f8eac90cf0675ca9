//! JSON in the shape of the vectors' `NAME.expected.json` (FORMAT.md §2), so any run can be
//! diffed against SourceCred's output. Amounts are decimal strings; every allocation also
//! carries its `basis` (weeks, cred and payouts used) so a contributor can check it.

use super::chain::{Transition, TransitionKind, transitions};
use super::{CredRank, Graph, MarkovChain};
use crate::grain::{Allocation, Policy, Run};
use serde::Serialize;
use serde_json::{Value, json};

/// Chains up to this many nodes are written out in full, like the oracle does.
pub const CHAIN_DUMP_MAX_NODES: usize = 200;

/// The whole report: intervals, cred, optionally the converged reference, the chain (for
/// small graphs) and the grain runs. It borrows the results and is streamed by serde, so
/// writing the report of a big graph costs little memory.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedReport<'a> {
    format: &'static str,
    name: &'a str,
    oracle: Value,
    intervals: Vec<IntervalJson>,
    credrank: CredrankJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credrank_converged: Option<CredrankJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    markov_chain: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    grain_scenarios: Option<Value>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct IntervalJson {
    start_time_ms: i64,
    end_time_ms: i64,
}

/// One CredRank result (`credrank` / `credrankConverged`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CredrankJson<'a> {
    iterations: u32,
    converged: bool,
    pi_power: u32,
    convergence_delta: f64,
    previous_delta: Option<f64>,
    markov_node_count: usize,
    markov_edge_count: usize,
    accumulator_mass: f64,
    total_mint: f64,
    participants: Vec<ParticipantJson<'a>>,
    nodes: Vec<NodeJson<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ParticipantJson<'a> {
    id: &'a str,
    cred: f64,
    cred_per_interval: &'a [f64],
}

#[derive(Serialize)]
struct NodeJson<'a> {
    id: &'a str,
    cred: f64,
}

impl<'a> CredrankJson<'a> {
    pub fn new(graph: &'a Graph, c: &'a CredRank) -> Self {
        CredrankJson {
            iterations: c.iterations,
            converged: c.converged,
            pi_power: c.pi_power,
            convergence_delta: c.convergence_delta,
            previous_delta: c.previous_delta,
            markov_node_count: c.markov_node_count,
            markov_edge_count: c.markov_edge_count,
            accumulator_mass: c.accumulator_mass,
            total_mint: c.total_mint,
            participants: graph
                .participants
                .iter()
                .enumerate()
                .map(|(p, part)| ParticipantJson {
                    id: &part.id,
                    cred: c.participant_cred(p),
                    cred_per_interval: c.cred_per_interval(p),
                })
                .collect(),
            nodes: graph
                .nodes
                .iter()
                .zip(&c.node_cred)
                .map(|(n, &cred)| NodeJson { id: &n.id, cred })
                .collect(),
        }
    }
}

/// Assembles the report of a run (grain runs in the graph's scenario order).
pub fn expected_report<'a>(
    graph: &'a Graph,
    cred: &'a CredRank,
    converged: Option<&'a CredRank>,
    scenarios: &[Vec<Run>],
) -> ExpectedReport<'a> {
    ExpectedReport {
        format: "sourcecred-credrank-expected/1",
        name: &graph.name,
        oracle: json!({"engine": concat!("commonfare-value ", env!("CARGO_PKG_VERSION")),
                       "algorithm": "sourcecred 0.11.2"}),
        intervals: (0..cred.intervals.count)
            .map(|k| IntervalJson {
                start_time_ms: cred.intervals.start(k),
                end_time_ms: cred.intervals.end(k),
            })
            .collect(),
        credrank: CredrankJson::new(graph, cred),
        credrank_converged: converged.map(|c| CredrankJson::new(graph, c)),
        markov_chain: (cred.markov_node_count <= CHAIN_DUMP_MAX_NODES).then(|| chain_json(graph)),
        grain_scenarios: (!graph.grain_scenarios.is_empty()).then(|| {
            graph
                .grain_scenarios
                .iter()
                .zip(scenarios)
                .map(|(s, runs)| json!({"name": s.name, "runs": runs_json(graph, runs)}))
                .collect()
        }),
    }
}

/// The chain's node labels and transitions in SourceCred's order.
pub fn chain_json(graph: &Graph) -> Value {
    let chain = MarkovChain::new(graph, &graph.parameters);
    let nodes: Vec<String> = (0..chain.node_count())
        .map(|u| chain.label(graph, u))
        .collect();
    let edges: Vec<Value> = transitions(graph)
        .iter()
        .map(|t: &Transition| {
            let (src, dst) = (&nodes[t.src as usize], &nodes[t.dst as usize]);
            match t.kind {
                TransitionKind::Edge { edge, forward } => json!({
                    "kind": "edge", "src": src, "dst": dst, "p": t.p,
                    "edge": graph.edges[edge as usize].id,
                    "direction": if forward { "forward" } else { "backward" },
                }),
                kind => json!({"kind": kind_name(kind), "src": src, "dst": dst, "p": t.p}),
            }
        })
        .collect();
    json!({"nodes": nodes, "edges": edges})
}

fn kind_name(kind: TransitionKind) -> &'static str {
    match kind {
        TransitionKind::Edge { .. } => "edge",
        TransitionKind::Payout => "payout",
        TransitionKind::WebbingForward => "webbingForward",
        TransitionKind::WebbingBackward => "webbingBackward",
        TransitionKind::Mint => "mint",
        TransitionKind::Radiation => "radiation",
    }
}

/// A scenario's runs: allocations, or the error that stopped it.
pub fn runs_json(graph: &Graph, runs: &[Run]) -> Value {
    runs.iter()
        .map(|r| match &r.outcome {
            Ok(res) => json!({
                "effectiveTimestampMs": r.effective_ms,
                "intervalsInView": res.intervals_in_view,
                "allocations": res.allocations.iter()
                    .map(|a| allocation_json(graph, a)).collect::<Vec<_>>(),
            }),
            Err(e) => json!({"effectiveTimestampMs": r.effective_ms, "error": e.to_string()}),
        })
        .collect()
}

/// One allocation with its receipts, scores and basis.
pub fn allocation_json(graph: &Graph, a: &Allocation) -> Value {
    let id = |p: usize| graph.participants[p].id.as_str();
    let mut v = json!({
        "policyType": a.policy.type_name(),
        "budget": a.policy.budget().to_string(),
        "receipts": a.recipients.iter().zip(&a.amounts).map(|(&p, amount)| json!({
            "participant": id(p), "amount": amount.to_string(),
        })).collect::<Vec<_>>(),
        "scores": a.scores,
    });
    match &a.policy {
        Policy::Immediate { lookback, .. } | Policy::Balanced { lookback, .. } => {
            v["numIntervalsLookback"] = json!(lookback);
        }
        Policy::Recent {
            discount,
            exclusions,
            ..
        } => {
            v["discount"] = json!(discount);
            v["exclusions"] = exclusions.iter().map(|&p| id(p)).collect();
        }
        Policy::Special {
            recipient, memo, ..
        } => {
            v["recipient"] = json!(id(*recipient));
            v["memo"] = json!(memo);
        }
    }
    let b = &a.basis;
    v["basis"] = json!({
        "weeks": b.weeks.map(|(s, e, n)| json!({"startTimeMs": s, "endTimeMs": e, "count": n})),
        "cred": b.cred,
        "paid": b.paid.iter().map(|x| x.to_string()).collect::<Vec<_>>(),
        "perCred": b.per_cred.map(|x| x.to_string()),
    });
    v
}
