//! The checked contribution graph: participants, contribution nodes, edges and CredRank
//! parameters, read from a `sourcecred-credrank-vector/1` file. Every rule of FORMAT.md §1
//! is enforced here, so the algorithm behind it never meets bad input.

use super::chain::MarkovChain;
use super::error::GraphError;
use super::input::{EdgeIn, GraphFileIn, NodeIn, ParametersIn, ParticipantIn};
use super::intervals::Intervals;
use crate::grain::Scenario;
use crate::grain::input::ScenarioIn;
use crate::grain::ledger::{MAX_VIEW_CELLS, view_too_large};
use std::collections::HashMap;

/// The only accepted value of the file's `format` field.
pub const FORMAT: &str = "sourcecred-credrank-vector/1";
/// Earliest accepted timestamp (1970-01-01); SourceCred ledgers never predate Unix time.
pub const MIN_TIMESTAMP_MS: i64 = 0;
/// Latest accepted timestamp (9999-12-31T23:59:59.999Z).
pub const MAX_TIMESTAMP_MS: i64 = 253_402_300_799_999;
/// Upper bound on Markov-chain nodes (base nodes + seed + weeks × (participants + 1)), so a
/// stray timestamp decades away cannot make us allocate gigabytes.
pub const MAX_MARKOV_NODES: usize = 50_000_000;

/// A scoring identity. Inactive participants earn cred but receive no grain.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub id: String,
    pub active: bool,
}

/// A contribution: everything in the graph that is not a participant.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    /// Cred minted by this node (≥ 0, finite).
    pub weight: f64,
    /// `None` for a timeless node.
    pub timestamp_ms: Option<i64>,
}

/// Either end of an edge, by index into [`Graph::participants`] or [`Graph::nodes`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Participant(u32),
    Node(u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub id: String,
    pub src: Endpoint,
    pub dst: Endpoint,
    pub timestamp_ms: i64,
    pub forward_weight: f64,
    pub backward_weight: f64,
}

/// CredRank's parameters (FORMAT.md §3.7).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Parameters {
    pub alpha: f64,
    pub beta: f64,
    pub gamma_forward: f64,
    pub gamma_backward: f64,
    pub max_iterations: u32,
    pub convergence_threshold: f64,
}

impl Default for Parameters {
    /// SourceCred's defaults.
    fn default() -> Self {
        Parameters {
            alpha: 0.1,
            beta: 0.4,
            gamma_forward: 0.1,
            gamma_backward: 0.1,
            max_iterations: 255,
            convergence_threshold: 1e-7,
        }
    }
}

/// A validated graph. Participant, node and edge order is the file's order.
#[derive(Debug, Clone)]
pub struct Graph {
    pub name: String,
    pub description: String,
    pub participants: Vec<Participant>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub parameters: Parameters,
    pub grain_scenarios: Vec<Scenario>,
    /// The UTC weeks the graph spans (FORMAT.md §3.1).
    pub intervals: Intervals,
}

impl Graph {
    /// Participant id → index, for resolving ids in ledgers and policies.
    pub fn participant_ids(&self) -> HashMap<&str, usize> {
        self.participants
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect()
    }

    /// Reads and validates a graph file.
    pub fn from_json(bytes: &[u8]) -> Result<Graph, GraphError> {
        Graph::from_input(parse(bytes)?)
    }

    /// Validates an already parsed graph file, taking its strings over (no copies).
    pub fn from_input(raw: GraphFileIn) -> Result<Graph, GraphError> {
        if raw.format != FORMAT {
            return Err(GraphError::new(
                "format",
                format!("is {:?}, expected {FORMAT:?}", raw.format),
            ));
        }
        let parameters = check_parameters(&raw.parameters)?;
        let participants = check_participants(&raw.participants)?;
        let nodes = check_nodes(raw.nodes)?;
        check_mint_fits(&nodes, parameters.beta)?;
        let edges = {
            let ids = id_index(&participants, &nodes)?;
            check_edges(raw.edges, &ids)?
        };
        let intervals = derive_intervals(&nodes, &edges)?;
        check_size(&participants, &nodes, &intervals)?;
        check_first_week_edges(&edges, &intervals)?;
        let mut graph = Graph {
            name: raw.name,
            description: raw.description,
            participants,
            nodes,
            edges,
            parameters,
            grain_scenarios: Vec::new(),
            intervals,
        };
        if parameters.alpha == 0.0 {
            check_returns_to_seed(&graph)?;
        }
        let participant_ids = graph.participant_ids();
        let grain_scenarios = raw
            .grain_scenarios
            .iter()
            .enumerate()
            .map(|(i, s)| Scenario::from_input(i, s, &graph.participants, &participant_ids))
            .collect::<Result<Vec<_>, _>>()?;
        drop(participant_ids);
        graph.grain_scenarios = grain_scenarios;
        check_scenario_spans(&raw.grain_scenarios, &graph)?;
        Ok(graph)
    }
}

/// Parses a graph file's JSON (numbers are read exactly: serde_json's `float_roundtrip`).
pub fn parse(bytes: &[u8]) -> Result<GraphFileIn, GraphError> {
    // Files saved by some editors start with a byte-order mark, which JSON may ignore
    // (RFC 8259 §8.1); refused, it read as "expected value at line 1 column 1".
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    serde_json::from_slice(bytes)
        .map_err(|e| GraphError::new("graph file", format!("not a valid graph: {e}")))
}

fn check_unit(name: &str, x: f64) -> Result<f64, GraphError> {
    if x.is_finite() && (0.0..=1.0).contains(&x) {
        Ok(x)
    } else {
        Err(GraphError::new(
            format!("parameters.{name}"),
            format!("is {x}, must be a probability in [0, 1]"),
        ))
    }
}

fn check_parameters(p: &ParametersIn) -> Result<Parameters, GraphError> {
    let alpha = check_unit("alpha", p.alpha)?;
    let beta = check_unit("beta", p.beta)?;
    let gamma_forward = check_unit("gammaForward", p.gamma_forward)?;
    let gamma_backward = check_unit("gammaBackward", p.gamma_backward)?;
    if beta == 0.0 {
        return Err(GraphError::new(
            "parameters.beta",
            "is 0: no cred would ever be paid out to participants; use beta > 0",
        ));
    }
    let sum = ((alpha + beta) + gamma_forward) + gamma_backward;
    // Allow for the rounding of four decimal fractions adding up to exactly 1.
    if sum > 1.0 + 1e-12 {
        return Err(GraphError::new(
            "parameters",
            format!(
                "alpha + beta + gammaForward + gammaBackward = {sum} exceeds 1: \
                 the transition probabilities of a participant-week would exceed 1"
            ),
        ));
    }
    if p.max_iterations == 0 || p.max_iterations > u32::MAX as u64 {
        return Err(GraphError::new(
            "parameters.maxIterations",
            format!(
                "is {}, must be between 1 and {}",
                p.max_iterations,
                u32::MAX
            ),
        ));
    }
    let t = p.convergence_threshold;
    if !(t.is_finite() && t > 0.0) {
        return Err(GraphError::new(
            "parameters.convergenceThreshold",
            format!("is {t}, must be a positive number"),
        ));
    }
    Ok(Parameters {
        alpha,
        beta,
        gamma_forward,
        gamma_backward,
        max_iterations: p.max_iterations as u32,
        convergence_threshold: t,
    })
}

fn id_ok(id: &str, max_len: usize, extra: &[u8]) -> bool {
    (1..=max_len).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || extra.contains(&b))
}

fn check_participants(raw: &[ParticipantIn]) -> Result<Vec<Participant>, GraphError> {
    if raw.is_empty() {
        return Err(GraphError::new(
            "participants",
            "is empty: a graph needs at least one participant to receive cred",
        ));
    }
    let mut seen: HashMap<String, usize> = HashMap::with_capacity(raw.len());
    raw.iter()
        .enumerate()
        .map(|(i, p)| {
            let at = || format!("participants[{i}] {:?}", p.id);
            if !id_ok(&p.id, 42, &[]) {
                return Err(GraphError::new(
                    at(),
                    "id must be 1-42 characters from A-Z, a-z, 0-9 and '-'",
                ));
            }
            // SourceCred identity names are unique regardless of case.
            if let Some(j) = seen.insert(p.id.to_ascii_lowercase(), i) {
                return Err(GraphError::new(
                    at(),
                    format!(
                        "duplicate id: participants[{j}] {:?} is the same name ignoring case",
                        raw[j].id
                    ),
                ));
            }
            Ok(Participant {
                id: p.id.clone(),
                active: p.active.unwrap_or(true),
            })
        })
        .collect()
}

fn check_timestamp(at: &dyn Fn() -> String, t: i64) -> Result<(), GraphError> {
    if (MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(&t) {
        Ok(())
    } else {
        Err(GraphError::new(
            at(),
            format!(
                "timestampMs {t} is out of range: must be Unix milliseconds between \
                 {MIN_TIMESTAMP_MS} (1970) and {MAX_TIMESTAMP_MS} (year 9999)"
            ),
        ))
    }
}

fn check_weight(at: &dyn Fn() -> String, name: &str, w: f64) -> Result<(), GraphError> {
    if w.is_finite() && w >= 0.0 {
        Ok(())
    } else {
        Err(GraphError::new(
            at(),
            format!("{name} is {w}, must be a finite number ≥ 0"),
        ))
    }
}

fn check_nodes(raw: Vec<NodeIn>) -> Result<Vec<Node>, GraphError> {
    let mut nodes = Vec::with_capacity(raw.len());
    for (i, n) in raw.into_iter().enumerate() {
        let at = || format!("nodes[{i}] {:?}", n.id);
        if !id_ok(&n.id, 128, b"_.:") {
            return Err(GraphError::new(
                at(),
                "id must be 1-128 characters from A-Z, a-z, 0-9 and '_', '.', ':', '-'",
            ));
        }
        check_weight(&at, "weight", n.weight)?;
        if let Some(t) = n.timestamp_ms {
            check_timestamp(&at, t)?;
        }
        nodes.push(Node {
            id: n.id,
            weight: n.weight,
            timestamp_ms: n.timestamp_ms,
        });
    }
    let total: f64 = nodes.iter().map(|n| n.weight).sum();
    if total <= 0.0 {
        return Err(GraphError::new(
            "nodes",
            "total node weight is 0 (or there are no nodes): no cred is minted, so there \
             is nothing to distribute; give at least one contribution a positive weight",
        ));
    }
    if !total.is_finite() {
        return Err(GraphError::new(
            "nodes",
            "total node weight overflows a 64-bit float; scale the weights down",
        ));
    }
    Ok(nodes)
}

/// A participant's score is π/(accumulator mass) × total mint before it is scaled by β,
/// and that ratio can reach 1/β: with a total weight near the float limit the scores
/// overflow to infinity. Refuse such totals (with a factor 2 for rounding).
fn check_mint_fits(nodes: &[Node], beta: f64) -> Result<(), GraphError> {
    let total: f64 = nodes.iter().map(|n| n.weight).sum();
    if (total / beta * 2.0).is_finite() {
        Ok(())
    } else {
        Err(GraphError::new(
            "nodes",
            format!(
                "total node weight {total:e} is too large: cred (up to total / beta = \
                 {total:e} / {beta}) would overflow a 64-bit float; scale the weights down"
            ),
        ))
    }
}

/// Id → endpoint for participants and nodes, which share one id space.
fn id_index<'a>(
    participants: &'a [Participant],
    nodes: &'a [Node],
) -> Result<HashMap<&'a str, Endpoint>, GraphError> {
    let mut ids = HashMap::with_capacity(participants.len() + nodes.len());
    for (i, p) in participants.iter().enumerate() {
        ids.insert(p.id.as_str(), Endpoint::Participant(i as u32));
    }
    for (i, n) in nodes.iter().enumerate() {
        if let Some(prev) = ids.insert(n.id.as_str(), Endpoint::Node(i as u32)) {
            let other = match prev {
                Endpoint::Participant(j) => format!("participants[{j}]"),
                Endpoint::Node(j) => format!("nodes[{j}]"),
            };
            return Err(GraphError::new(
                format!("nodes[{i}] {:?}", n.id),
                format!("duplicate id: {other} has the same id"),
            ));
        }
    }
    Ok(ids)
}

fn check_edges(raw: Vec<EdgeIn>, ids: &HashMap<&str, Endpoint>) -> Result<Vec<Edge>, GraphError> {
    let mut edges: Vec<Edge> = Vec::with_capacity(raw.len());
    for (i, e) in raw.into_iter().enumerate() {
        let at = || format!("edges[{i}] {:?}", e.id);
        if !id_ok(&e.id, 128, b"_.:") {
            return Err(GraphError::new(
                at(),
                "id must be 1-128 characters from A-Z, a-z, 0-9 and '_', '.', ':', '-'",
            ));
        }
        let resolve = |end: &str, name: &str| {
            ids.get(end).copied().ok_or_else(|| {
                GraphError::new(
                    at(),
                    format!("{name} {end:?} is neither a participant nor a node"),
                )
            })
        };
        let src = resolve(&e.src, "src")?;
        let dst = resolve(&e.dst, "dst")?;
        check_timestamp(&at, e.timestamp_ms)?;
        check_weight(&at, "forwardWeight", e.forward_weight)?;
        check_weight(&at, "backwardWeight", e.backward_weight)?;
        edges.push(Edge {
            id: e.id,
            src,
            dst,
            timestamp_ms: e.timestamp_ms,
            forward_weight: e.forward_weight,
            backward_weight: e.backward_weight,
        });
    }
    check_unique_edge_ids(&edges)?;
    Ok(edges)
}

/// Edge ids must be unique; found by sorting indices (cheaper than hashing every id).
fn check_unique_edge_ids(edges: &[Edge]) -> Result<(), GraphError> {
    let mut order: Vec<u32> = (0..edges.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| {
        edges[a as usize]
            .id
            .cmp(&edges[b as usize].id)
            .then(a.cmp(&b))
    });
    for w in order.windows(2) {
        let (a, b) = (w[0] as usize, w[1] as usize);
        if edges[a].id == edges[b].id {
            return Err(GraphError::new(
                format!("edges[{b}] {:?}", edges[b].id),
                format!("duplicate id: edges[{a}] has the same id"),
            ));
        }
    }
    Ok(())
}

fn derive_intervals(nodes: &[Node], edges: &[Edge]) -> Result<Intervals, GraphError> {
    let times = nodes
        .iter()
        .filter_map(|n| n.timestamp_ms)
        .chain(edges.iter().map(|e| e.timestamp_ms));
    let (mut lo, mut hi) = (i64::MAX, i64::MIN);
    for t in times {
        lo = lo.min(t);
        hi = hi.max(t);
    }
    if lo > hi {
        return Err(GraphError::new(
            "graph",
            "has no timestamps (all nodes timeless and no edges), so it spans no week",
        ));
    }
    Ok(Intervals::covering(lo, hi))
}

fn check_size(
    participants: &[Participant],
    nodes: &[Node],
    intervals: &Intervals,
) -> Result<(), GraphError> {
    let n = (participants.len() + 1)
        .checked_mul(intervals.count)
        .and_then(|x| x.checked_add(nodes.len() + 1));
    match n {
        Some(n) if n <= MAX_MARKOV_NODES => Ok(()),
        _ => Err(GraphError::new(
            "graph",
            format!(
                "spans {} weeks × {} participants, more than {MAX_MARKOV_NODES} Markov nodes; \
                 check for a stray timestamp far from the others",
                intervals.count,
                participants.len()
            ),
        )),
    }
}

/// With α = 0 nothing radiates back to the seed by default, so a closed cycle would trap
/// cred forever (see [`MarkovChain::nodes_without_return`]). Refuse it, naming the nodes.
fn check_returns_to_seed(graph: &Graph) -> Result<(), GraphError> {
    let chain = MarkovChain::new(graph, &graph.parameters);
    // Probabilities below this are rounding residue of `1 − Σp`, not real transitions.
    let trapped = chain.nodes_without_return(1e-12);
    if trapped.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = trapped
        .iter()
        .take(5)
        .map(|&u| chain.label(graph, u))
        .collect();
    Err(GraphError::new(
        "parameters.alpha",
        format!(
            "is 0, and {} Markov node(s) ({}{}) can never pass cred back to the seed: they \
             form a closed cycle, e.g. of zero-weight contributions that never reach a \
             participant, so the result would depend on the starting point. Use alpha > 0 \
             or connect them",
            trapped.len(),
            names.join(", "),
            if trapped.len() > 5 { ", …" } else { "" }
        ),
    ))
}

/// SourceCred 0.11.2 crashes on an edge touching a participant exactly at the first week
/// start (its epoch index is −1), so the format forbids it.
fn check_first_week_edges(edges: &[Edge], intervals: &Intervals) -> Result<(), GraphError> {
    for (i, e) in edges.iter().enumerate() {
        let touches_participant =
            matches!(e.src, Endpoint::Participant(_)) || matches!(e.dst, Endpoint::Participant(_));
        if touches_participant && intervals.edge_week(e.timestamp_ms).is_none() {
            return Err(GraphError::new(
                format!("edges[{i}] {:?}", e.id),
                format!(
                    "timestampMs {} is exactly the start of the first week and the edge \
                     touches a participant; SourceCred cannot place it in any week \
                     (move it by 1 ms)",
                    e.timestamp_ms
                ),
            ));
        }
    }
    Ok(())
}

/// A payout or run dated far from the graph's weeks would make every run's view (weeks ×
/// participants) huge; refuse it, naming the distribution or run.
fn check_scenario_spans(raw: &[ScenarioIn], graph: &Graph) -> Result<(), GraphError> {
    for (i, s) in raw.iter().enumerate() {
        let prior = s.prior_distributions.iter().map(|d| d.cred_timestamp_ms);
        let runs = s.runs.iter().map(|r| r.effective_timestamp_ms);
        let times: Vec<i64> = prior.chain(runs).collect();
        let Some(k) = view_too_large(&graph.intervals, graph.participants.len(), &times) else {
            continue;
        };
        let n = s.prior_distributions.len();
        let at = if k < n {
            format!("priorDistributions[{k}]")
        } else {
            format!("runs[{}]", k - n)
        };
        return Err(GraphError::new(
            format!("grainScenarios[{i}] {:?}.{at}", s.name),
            format!(
                "timestamp {} is too far from the graph's weeks: the view over both would \
                 pass {MAX_VIEW_CELLS} participant-weeks; check for a stray timestamp",
                times[k]
            ),
        ));
    }
    Ok(())
}
