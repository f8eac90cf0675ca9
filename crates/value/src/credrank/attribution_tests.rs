//! Tracing cred back to contributions on small hand-made graphs, where the right answer is
//! known: who authored what, in which week, and by how much.

use super::{Attribution, CredRank, Graph, Parameters, Tracer, credrank_traced};
use serde_json::{Value, json};

/// Sunday 2024-01-07 00:00 UTC, a week start.
const WEEK0: i64 = 1_704_585_600_000;
const WEEK: i64 = 604_800_000;
const EPS: f64 = 1e-9;

/// An authorship edge: the participant passes `forward` to the contribution, which passes
/// 1 back, at `t`.
fn authored(id: &str, who: &str, what: &str, t: i64, forward: f64) -> Value {
    json!({"id": id, "src": who, "dst": what, "timestampMs": t,
           "forwardWeight": forward, "backwardWeight": 1})
}

fn graph(participants: &[&str], nodes: Value, edges: Value) -> Graph {
    let v = json!({
        "format": "sourcecred-credrank-vector/1",
        "name": "hand-made",
        "participants": participants.iter().map(|p| json!({"id": p})).collect::<Vec<_>>(),
        "nodes": nodes,
        "edges": edges,
        "parameters": {"alpha": 0.1, "beta": 0.4, "gammaForward": 0.1, "gammaBackward": 0.1,
                       "maxIterations": 255, "convergenceThreshold": 1e-7},
    });
    Graph::from_json(v.to_string().as_bytes()).expect("a valid hand-made graph")
}

/// CredRank to the graph's own stopping rule, or (`exact`) to full convergence.
fn solve(g: &Graph, exact: bool) -> (CredRank, Tracer) {
    let prm = if exact {
        Parameters {
            max_iterations: 100_000,
            convergence_threshold: 1e-16,
            ..g.parameters
        }
    } else {
        g.parameters
    };
    credrank_traced(g, prm, &mut |_| {})
}

fn node_ids<'a>(g: &'a Graph, a: &Attribution) -> Vec<&'a str> {
    a.contributions
        .iter()
        .map(|c| g.nodes[c.node].id.as_str())
        .collect()
}

fn assert_adds_up(a: &Attribution) {
    let sum = a.contributions_total() + a.other();
    assert!(
        (sum - a.cred).abs() <= EPS * a.cred.abs().max(1.0),
        "parts {sum} vs cred {}: {a:?}",
        a.cred
    );
}

/// One week. alice wrote c1 (weight 1) and c2 (weight 3) and passes cred to them 1 : 3; bob
/// wrote c3. Then c2 holds exactly three times c1's cred, each sends 1−α to alice, so c2's
/// share of alice's cred is three times c1's; the one week's two webbing self-loops
/// (γf + γb = 0.2 of what alice's week holds) are the rest.
fn one_week() -> Graph {
    let t = WEEK0 + 3_600_000;
    graph(
        &["alice", "bob"],
        json!([{"id": "c1", "weight": 1, "timestampMs": t},
               {"id": "c2", "weight": 3, "timestampMs": t},
               {"id": "c3", "weight": 2, "timestampMs": t}]),
        json!([
            authored("a1", "alice", "c1", t, 1.0),
            authored("a2", "alice", "c2", t, 3.0),
            authored("b3", "bob", "c3", t, 1.0)
        ]),
    )
}

#[test]
fn shares_go_to_the_authored_contributions_in_proportion_to_their_cred() {
    let g = one_week();
    let (cr, tracer) = solve(&g, true);
    let alice = tracer.attribute(0, &[(0, 1.0)]);
    assert_eq!(node_ids(&g, &alice), ["c2", "c1"]);
    let (c2, c1) = (alice.contributions[0].cred, alice.contributions[1].cred);
    assert!((c2 / c1 - 3.0).abs() < EPS, "c2/c1 = {}", c2 / c1);
    // Each share is β · cred(c) · P(c → alice), P = 1 − α (c has only that edge).
    for share in &alice.contributions {
        let by_hand = 0.4 * cr.node_cred[share.node] * 0.9;
        assert!((share.cred - by_hand).abs() < EPS, "{share:?} vs {by_hand}");
    }
    assert!(
        (alice.own_weeks / alice.cred - 0.2).abs() < EPS,
        "{alice:?}"
    );
    assert_eq!(alice.participants, 0.0);
    assert!(alice.not_converged.abs() < EPS, "{alice:?}");
    assert_eq!(alice.cred, cr.participant_cred(0));
    assert_adds_up(&alice);

    let bob = tracer.attribute(1, &[(0, 1.0)]);
    assert_eq!(node_ids(&g, &bob), ["c3"]);
    assert_adds_up(&bob);
}

#[test]
fn parts_add_up_when_the_iteration_stops_early() {
    let g = one_week();
    let (cr, tracer) = solve(&g, false);
    for p in 0..2 {
        let a = tracer.attribute(p, &[(0, 1.0)]);
        assert_eq!(a.cred, cr.participant_cred(p));
        assert_adds_up(&a);
    }
}

/// Two weeks: alice's c1 edge in week 0, c2 edge in week 1, so each week's cred comes
/// straight from its own contribution and from the other week by webbing.
fn two_weeks() -> Graph {
    let (t0, t1) = (WEEK0 + 3_600_000, WEEK0 + WEEK + 3_600_000);
    graph(
        &["alice"],
        json!([{"id": "c1", "weight": 1, "timestampMs": t0},
               {"id": "c2", "weight": 1, "timestampMs": t1}]),
        json!([
            authored("a1", "alice", "c1", t0, 1.0),
            authored("a2", "alice", "c2", t1, 1.0)
        ]),
    )
}

#[test]
fn only_contributions_of_the_counted_weeks_are_listed() {
    let g = two_weeks();
    assert_eq!(g.intervals.count, 2);
    let (cr, tracer) = solve(&g, false);
    let week = cr.cred_per_interval(0);

    let last = tracer.attribute(0, &[(1, 1.0)]);
    assert_eq!(node_ids(&g, &last), ["c2"]);
    assert_eq!(last.cred, week[1]);
    assert!(last.own_weeks > 0.0, "week 0 lends to week 1: {last:?}");
    assert_adds_up(&last);

    let first = tracer.attribute(0, &[(0, 1.0)]);
    assert_eq!(node_ids(&g, &first), ["c1"]);
    assert_adds_up(&first);

    // Both weeks, the older one discounted by half as RECENT would: c1 counts half.
    let both = tracer.attribute(0, &[(0, 0.5), (1, 1.0)]);
    assert!((both.cred - (0.5 * week[0] + week[1])).abs() < EPS);
    let c1 = both
        .contributions
        .iter()
        .find(|c| g.nodes[c.node].id == "c1");
    assert!((c1.unwrap().cred - 0.5 * first.contributions[0].cred).abs() < EPS);
    assert_adds_up(&both);

    // Weeks outside the graph hold no cred.
    assert_eq!(tracer.attribute(0, &[(7, 1.0)]).cred, 0.0);
}

#[test]
fn cred_from_another_participant_is_not_a_contribution() {
    let t = WEEK0 + 3_600_000;
    let g = graph(
        &["alice", "bob"],
        json!([{"id": "c1", "weight": 1, "timestampMs": t}]),
        json!([authored("a1", "alice", "c1", t, 1.0),
               {"id": "thanks", "src": "alice", "dst": "bob", "timestampMs": t,
                "forwardWeight": 1, "backwardWeight": 0}]),
    );
    let (_, tracer) = solve(&g, false);
    let bob = tracer.attribute(1, &[(0, 1.0)]);
    assert!(bob.contributions.is_empty(), "{bob:?}");
    assert!(bob.participants > 0.0 && bob.cred > 0.0, "{bob:?}");
    assert_adds_up(&bob);
    let alice = tracer.attribute(0, &[(0, 1.0)]);
    assert_eq!(node_ids(&g, &alice), ["c1"]);
    assert_adds_up(&alice);
}
