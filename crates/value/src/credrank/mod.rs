//! CredRank, the contribution-credit algorithm of SourceCred 0.11.2, reproduced bit for bit
//! on the graph format of `shared/data/sourcecred/FORMAT.md`.
//!
//! # The Markov chain in a few lines
//!
//! Cred is where a random walker spends its time. The walker moves on a chain built from
//! the contribution graph:
//!
//! * a **seed** node *mints* cred: it sends the walker to each contribution in proportion
//!   to the contribution's weight;
//! * every contribution passes `1−α` along its graph edges (split by edge weight) and
//!   *radiates* `α` back to the seed;
//! * each participant is split into one **epoch node per week**; edges touching a
//!   participant attach to the week of the edge. An epoch node *pays out* `β` to the week's
//!   **accumulator**, lends `γf`/`γb` to its next/previous week, passes the rest along its
//!   edges (or radiates it when it has none) and radiates `α`; accumulators return
//!   everything to the seed.
//!
//! The stationary distribution π (found by power iteration, [`solve`]) is scaled so that
//! the accumulators hold the total minted cred `M`: `score(u) = π_u / Σ_k π(A_k) · M`. A
//! participant's cred in week k is the flow over its payout edge, `β·score(p,k)`.
//!
//! Modules: [`graph`] reads and validates the file, [`intervals`] the weeks, [`chain`]
//! builds the chain in SourceCred's exact order, [`solve`] iterates, [`report`] writes the
//! expected-file JSON, [`attribution`] traces a participant's cred back to contributions.

pub mod attribution;
pub mod chain;
pub mod error;
pub mod graph;
pub mod input;
pub mod intervals;
pub mod report;
pub mod solve;

pub use attribution::{Attribution, ContributionShare, Tracer};
pub use chain::MarkovChain;
pub use error::GraphError;
pub use graph::{Edge, Endpoint, Graph, Node, Parameters, Participant};
pub use intervals::{Intervals, WEEK_MS};
pub use solve::{Progress, Stationary};

/// The result of CredRank on a graph.
#[derive(Debug, Clone, PartialEq)]
pub struct CredRank {
    pub intervals: Intervals,
    pub iterations: u32,
    pub converged: bool,
    pub pi_power: u32,
    pub convergence_delta: f64,
    pub previous_delta: Option<f64>,
    pub markov_node_count: usize,
    pub markov_edge_count: usize,
    /// Σπ over the accumulators.
    pub accumulator_mass: f64,
    /// M, the sum of all node weights: the cred the participants share.
    pub total_mint: f64,
    /// Participant-major: `[p·weeks + k]`.
    cred_per_interval: Vec<f64>,
    participant_cred: Vec<f64>,
    /// Per node, in the graph file's node order.
    pub node_cred: Vec<f64>,
}

impl CredRank {
    /// Cred of participant `p` (file order) per week.
    pub fn cred_per_interval(&self, p: usize) -> &[f64] {
        let k = self.intervals.count;
        &self.cred_per_interval[p * k..(p + 1) * k]
    }

    /// Total cred of participant `p`: the sum of its weekly cred.
    pub fn participant_cred(&self, p: usize) -> f64 {
        self.participant_cred[p]
    }

    pub fn participant_count(&self) -> usize {
        self.participant_cred.len()
    }
}

/// Runs CredRank with the graph's own parameters.
pub fn credrank(graph: &Graph) -> CredRank {
    credrank_with(graph, graph.parameters, &mut |_| {})
}

/// Runs CredRank with explicit parameters and a progress hook. Meant for a different
/// iteration cap or threshold (e.g. solving to full convergence as `credrankConverged`);
/// the graph was validated against its own α, β, γ.
pub fn credrank_with(
    graph: &Graph,
    parameters: Parameters,
    progress: &mut dyn FnMut(Progress),
) -> CredRank {
    let (chain, st) = solve_chain(graph, &parameters, progress);
    scores(graph, &chain, parameters.beta, &st)
}

/// [`credrank_with`], keeping the chain and π in a [`Tracer`] so that each participant's
/// cred can then be traced back to the contributions it came from (for statements).
pub fn credrank_traced(
    graph: &Graph,
    parameters: Parameters,
    progress: &mut dyn FnMut(Progress),
) -> (CredRank, Tracer) {
    let (chain, st) = solve_chain(graph, &parameters, progress);
    let cred = scores(graph, &chain, parameters.beta, &st);
    let tracer = Tracer::new(
        chain,
        st.pi,
        parameters.beta,
        cred.accumulator_mass,
        cred.total_mint,
    );
    (cred, tracer)
}

fn solve_chain(
    graph: &Graph,
    parameters: &Parameters,
    progress: &mut dyn FnMut(Progress),
) -> (MarkovChain, Stationary) {
    let chain = MarkovChain::new(graph, parameters);
    progress(Progress::ChainBuilt {
        nodes: chain.node_count(),
        transitions: chain.transition_count,
    });
    let st = solve::stationary(
        &chain,
        parameters.max_iterations,
        parameters.convergence_threshold,
        progress,
    );
    (chain, st)
}

/// Scales π to cred (FORMAT.md §3.6), with every sum sequential in SourceCred's order.
fn scores(graph: &Graph, chain: &MarkovChain, beta: f64, st: &Stationary) -> CredRank {
    let l = chain.layout;
    let pi = &st.pi;
    let mut accumulator_mass = 0.0;
    for k in 0..l.weeks {
        accumulator_mass += pi[l.accumulator(k)];
    }
    let mut total_mint = 0.0;
    for &w in &chain.weights {
        total_mint += w;
    }
    // Accumulators only ever hold 0 when π underflowed (e.g. a graph without participant
    // edges solved for 10⁵ iterations); report 0 then instead of SourceCred's NaN.
    let score = |u: usize| {
        if accumulator_mass > 0.0 {
            (pi[u] / accumulator_mass) * total_mint
        } else {
            0.0
        }
    };
    let mut cred_per_interval = Vec::with_capacity(l.participants * l.weeks);
    let mut participant_cred = Vec::with_capacity(l.participants);
    for p in 0..l.participants {
        let mut total = 0.0;
        for k in 0..l.weeks {
            let c = score(l.epoch(p, k)) * beta;
            cred_per_interval.push(c);
            total += c;
        }
        participant_cred.push(total);
    }
    let mut node_cred = vec![0.0; graph.nodes.len()];
    for (pos, &file) in chain.base_order.iter().enumerate() {
        node_cred[file as usize] = score(pos);
    }
    CredRank {
        intervals: graph.intervals,
        iterations: st.iterations,
        converged: st.converged,
        pi_power: st.pi_power,
        convergence_delta: st.convergence_delta,
        previous_delta: st.previous_delta,
        markov_node_count: chain.node_count(),
        markov_edge_count: chain.transition_count,
        accumulator_mass,
        total_mint,
        cred_per_interval,
        participant_cred,
        node_cred,
    }
}

#[cfg(test)]
mod attribution_tests;
#[cfg(test)]
mod validation_tests;
