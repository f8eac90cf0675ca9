//! JSON in the shape of the vectors' `NAME.expected.json` (FORMAT.md §2), so any run can be
//! diffed against SourceCred's output. Amounts are decimal strings; every allocation also
//! carries its `basis` (weeks, cred and payouts used) so a contributor can check it.

use super::chain::{Transition, TransitionKind, transitions};
use super::{CredRank, Graph, MarkovChain};
use crate::grain::{Allocation, Policy, Run};
use serde_json::{Value, json};

/// Chains up to this many nodes are written out in full, like the oracle does.
pub const CHAIN_DUMP_MAX_NODES: usize = 200;

/// The whole report: intervals, cred, optionally the converged reference and the chain,
/// and the grain runs of every scenario (in the graph's scenario order).
pub fn expected_json(
    graph: &Graph,
    cred: &CredRank,
    converged: Option<&CredRank>,
    scenarios: &[Vec<Run>],
) -> Value {
    let mut out = json!({
        "format": "sourcecred-credrank-expected/1",
        "name": graph.name,
        "oracle": {"engine": concat!("commonfare-value ", env!("CARGO_PKG_VERSION")),
                   "algorithm": "sourcecred 0.11.2"},
        "intervals": (0..cred.intervals.count).map(|k| json!({
            "startTimeMs": cred.intervals.start(k),
            "endTimeMs": cred.intervals.end(k),
        })).collect::<Vec<_>>(),
        "credrank": credrank_json(graph, cred),
    });
    if let Some(c) = converged {
        out["credrankConverged"] = credrank_json(graph, c);
    }
    if cred.markov_node_count <= CHAIN_DUMP_MAX_NODES {
        out["markovChain"] = chain_json(graph);
    }
    if !graph.grain_scenarios.is_empty() {
        out["grainScenarios"] = graph
            .grain_scenarios
            .iter()
            .zip(scenarios)
            .map(|(s, runs)| json!({"name": s.name, "runs": runs_json(graph, runs)}))
            .collect();
    }
    out
}

/// One CredRank result (`credrank` / `credrankConverged`).
pub fn credrank_json(graph: &Graph, c: &CredRank) -> Value {
    json!({
        "iterations": c.iterations,
        "converged": c.converged,
        "piPower": c.pi_power,
        "convergenceDelta": c.convergence_delta,
        "previousDelta": c.previous_delta,
        "markovNodeCount": c.markov_node_count,
        "markovEdgeCount": c.markov_edge_count,
        "accumulatorMass": c.accumulator_mass,
        "totalMint": c.total_mint,
        "participants": graph.participants.iter().enumerate().map(|(p, part)| json!({
            "id": part.id,
            "cred": c.participant_cred(p),
            "credPerInterval": c.cred_per_interval(p),
        })).collect::<Vec<_>>(),
        "nodes": graph.nodes.iter().zip(&c.node_cred).map(|(n, &cred)| json!({
            "id": n.id,
            "cred": cred,
        })).collect::<Vec<_>>(),
    })
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
