//! Building CredRank's Markov chain from a graph (FORMAT.md §3.2–§3.4), in SourceCred's
//! exact node and transition order (§3.8), and storing it compactly: the transitions into
//! each node as one CSR row (source index and probability), nothing allocated per node.

use super::graph::{Endpoint, Graph, Parameters};

/// What a transition of the chain stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionKind {
    /// One direction of a graph edge (index into [`Graph::edges`]).
    Edge { edge: u32, forward: bool },
    /// Participant-week → the week's accumulator (β): the flow that counts as cred.
    Payout,
    /// Participant-week → next week (γf); a self-loop in the last week.
    WebbingForward,
    /// Participant-week → previous week (γb); a self-loop in the first week.
    WebbingBackward,
    /// Seed → contribution, in proportion to its weight.
    Mint,
    /// Any node → seed: whatever probability its other transitions leave.
    Radiation,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transition {
    pub kind: TransitionKind,
    pub src: u32,
    pub dst: u32,
    pub p: f64,
}

/// Index arithmetic of the chain's nodes: base nodes sorted by id, the seed, then per week
/// its accumulator followed by one epoch node per participant.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub base: usize,
    pub participants: usize,
    pub weeks: usize,
}

impl Layout {
    pub fn node_count(&self) -> usize {
        self.base + 1 + self.weeks * (1 + self.participants)
    }
    pub fn seed(&self) -> usize {
        self.base
    }
    pub fn accumulator(&self, k: usize) -> usize {
        self.base + 1 + k * (1 + self.participants)
    }
    pub fn epoch(&self, p: usize, k: usize) -> usize {
        self.accumulator(k) + 1 + p
    }
    fn is_epoch(&self, u: usize) -> bool {
        u > self.base && (u - self.base - 1) % (1 + self.participants) != 0
    }
    /// `(participant, week)` of an epoch node; `None` for any other node.
    pub fn epoch_of(&self, u: usize) -> Option<(usize, usize)> {
        if !self.is_epoch(u) {
            return None;
        }
        let r = u - self.base - 1;
        let (k, slot) = (r / (1 + self.participants), r % (1 + self.participants));
        (k < self.weeks).then_some((slot - 1, k))
    }
}

/// Everything needed to enumerate the transitions in order, before the CSR is built.
struct Plan {
    layout: Layout,
    /// Graph-edge transitions in list order.
    base: Vec<Transition>,
    /// Sum of each node's non-radiation probabilities, in SourceCred's order.
    mass: Vec<f64>,
    /// Weights of base nodes in chain order, and their positive sum M⁺.
    weights: Vec<f64>,
    positive_mint: f64,
    beta: f64,
    gamma_forward: f64,
    gamma_backward: f64,
}

/// Base nodes sorted by id (SourceCred sorts node addresses; for these ASCII ids that is
/// byte order with a shorter prefix first). Returns chain position → file index.
pub fn base_order(graph: &Graph) -> Vec<u32> {
    let mut order: Vec<u32> = (0..graph.nodes.len() as u32).collect();
    order.sort_unstable_by(|&a, &b| graph.nodes[a as usize].id.cmp(&graph.nodes[b as usize].id));
    order
}

impl Plan {
    fn new(graph: &Graph, prm: &Parameters, order: &[u32]) -> Plan {
        let layout = Layout {
            base: graph.nodes.len(),
            participants: graph.participants.len(),
            weeks: graph.intervals.count,
        };
        let n = layout.node_count();
        let mut position = vec![0u32; order.len()];
        for (pos, &file) in order.iter().enumerate() {
            position[file as usize] = pos as u32;
        }
        let lift = |end: Endpoint, t: i64| -> u32 {
            match end {
                Endpoint::Node(i) => position[i as usize],
                Endpoint::Participant(p) => {
                    // Validation rejected participant edges on the first week start.
                    let k = graph.intervals.edge_week(t).unwrap_or(0);
                    layout.epoch(p as usize, k) as u32
                }
            }
        };
        let mut edge_order: Vec<u32> = (0..graph.edges.len() as u32).collect();
        edge_order
            .sort_unstable_by(|&a, &b| graph.edges[a as usize].id.cmp(&graph.edges[b as usize].id));

        // Candidates in edge order, each tagged with its group (lifted source, numbered by
        // first appearance); W accumulates sequentially in candidate order.
        const NONE: u32 = u32::MAX;
        let mut group_of = vec![NONE; n];
        let mut group_total: Vec<f64> = Vec::new();
        let mut cands: Vec<(u32, Transition)> = Vec::with_capacity(graph.edges.len() * 2);
        for &ei in &edge_order {
            let e = &graph.edges[ei as usize];
            for (from, to, w, forward) in [
                (e.src, e.dst, e.forward_weight, true),
                (e.dst, e.src, e.backward_weight, false),
            ] {
                if w <= 0.0 {
                    continue;
                }
                let (u, v) = (lift(from, e.timestamp_ms), lift(to, e.timestamp_ms));
                let g = &mut group_of[u as usize];
                if *g == NONE {
                    *g = group_total.len() as u32;
                    group_total.push(0.0);
                }
                group_total[*g as usize] += w;
                let kind = TransitionKind::Edge { edge: ei, forward };
                cands.push((
                    *g,
                    Transition {
                        kind,
                        src: u,
                        dst: v,
                        p: w,
                    },
                ));
            }
        }
        drop(group_of);

        // Stable counting sort by group: group by group, candidate order within.
        let mut start = vec![0usize; group_total.len() + 1];
        for (g, _) in &cands {
            start[*g as usize + 1] += 1;
        }
        for g in 0..group_total.len() {
            start[g + 1] += start[g];
        }
        let r_base = 1.0 - prm.alpha;
        let r_epoch = 1.0 - (((prm.alpha + prm.beta) + prm.gamma_forward) + prm.gamma_backward);
        let placeholder = Transition {
            kind: TransitionKind::Radiation,
            src: 0,
            dst: 0,
            p: 0.0,
        };
        let mut base = vec![placeholder; cands.len()];
        for (g, mut t) in cands {
            let r = if layout.is_epoch(t.src as usize) {
                r_epoch
            } else {
                r_base
            };
            t.p = (t.p / group_total[g as usize]) * r;
            base[start[g as usize]] = t;
            start[g as usize] += 1;
        }

        // Radiation mass: for epoch nodes β, γb, γf first, then the edge transitions.
        let mut mass = vec![0.0f64; n];
        for k in 0..layout.weeks {
            for p in 0..layout.participants {
                let m = &mut mass[layout.epoch(p, k)];
                *m += prm.beta;
                *m += prm.gamma_backward;
                *m += prm.gamma_forward;
            }
        }
        for t in &base {
            mass[t.src as usize] += t.p;
        }

        let weights: Vec<f64> = order
            .iter()
            .map(|&i| graph.nodes[i as usize].weight)
            .collect();
        let mut positive_mint = 0.0;
        for &w in &weights {
            if w > 0.0 {
                positive_mint += w;
            }
        }
        Plan {
            layout,
            base,
            mass,
            weights,
            positive_mint,
            beta: prm.beta,
            gamma_forward: prm.gamma_forward,
            gamma_backward: prm.gamma_backward,
        }
    }

    /// Calls `f` on every transition in SourceCred's list order (§3.8).
    fn for_each(&self, mut f: impl FnMut(Transition)) {
        let l = self.layout;
        let mk = |kind, src: usize, dst: usize, p| Transition {
            kind,
            src: src as u32,
            dst: dst as u32,
            p,
        };
        self.base.iter().for_each(|&t| f(t));
        for k in 0..l.weeks {
            for p in 0..l.participants {
                let here = l.epoch(p, k);
                f(mk(
                    TransitionKind::Payout,
                    here,
                    l.accumulator(k),
                    self.beta,
                ));
                if k > 0 {
                    let before = l.epoch(p, k - 1);
                    f(mk(
                        TransitionKind::WebbingForward,
                        before,
                        here,
                        self.gamma_forward,
                    ));
                    f(mk(
                        TransitionKind::WebbingBackward,
                        here,
                        before,
                        self.gamma_backward,
                    ));
                } else {
                    f(mk(
                        TransitionKind::WebbingBackward,
                        here,
                        here,
                        self.gamma_backward,
                    ));
                }
            }
        }
        for p in 0..l.participants {
            let last = l.epoch(p, l.weeks - 1);
            f(mk(
                TransitionKind::WebbingForward,
                last,
                last,
                self.gamma_forward,
            ));
        }
        for (i, &w) in self.weights.iter().enumerate() {
            if w > 0.0 {
                f(mk(
                    TransitionKind::Mint,
                    l.seed(),
                    i,
                    w / self.positive_mint,
                ));
            }
        }
        for u in (0..l.node_count()).filter(|&u| u != l.seed()) {
            f(mk(
                TransitionKind::Radiation,
                u,
                l.seed(),
                1.0 - self.mass[u],
            ));
        }
    }
}

/// The chain in CSR form over incoming transitions: row `v` lists `(src, p)` of every
/// transition into `v`, in transition-list order, which is the order the power iteration
/// sums them in.
#[derive(Debug, Clone)]
pub struct MarkovChain {
    pub layout: Layout,
    /// Chain position of each base node → index into [`Graph::nodes`].
    pub base_order: Vec<u32>,
    /// Weights of base nodes in chain order.
    pub weights: Vec<f64>,
    pub transition_count: usize,
    row_start: Vec<usize>,
    src: Vec<u32>,
    p: Vec<f64>,
}

impl MarkovChain {
    /// Builds the chain of `graph` with parameters `prm` (usually `graph.parameters`).
    pub fn new(graph: &Graph, prm: &Parameters) -> MarkovChain {
        let base_order = base_order(graph);
        let plan = Plan::new(graph, prm, &base_order);
        let n = plan.layout.node_count();
        let mut row_start = vec![0usize; n + 1];
        let mut count = 0usize;
        plan.for_each(|t| {
            row_start[t.dst as usize + 1] += 1;
            count += 1;
        });
        for v in 0..n {
            row_start[v + 1] += row_start[v];
        }
        let mut cursor = row_start.clone();
        let mut src = vec![0u32; count];
        let mut p = vec![0f64; count];
        plan.for_each(|t| {
            let c = &mut cursor[t.dst as usize];
            src[*c] = t.src;
            p[*c] = t.p;
            *c += 1;
        });
        MarkovChain {
            layout: plan.layout,
            base_order,
            weights: plan.weights,
            transition_count: count,
            row_start,
            src,
            p,
        }
    }

    pub fn node_count(&self) -> usize {
        self.layout.node_count()
    }

    /// The transitions into `v`: (source, probability), in transition-list order.
    pub fn incoming(&self, v: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let (a, b) = (self.row_start[v], self.row_start[v + 1]);
        self.src[a..b]
            .iter()
            .zip(&self.p[a..b])
            .map(|(&u, &p)| (u as usize, p))
    }

    /// One step of the chain: `next[v] = Σ π[u]·p(u→v)`, summed in transition-list order.
    /// Returns `max_v |next[v] − pi[v]|`.
    pub fn step(&self, pi: &[f64], next: &mut [f64]) -> f64 {
        let mut delta = 0.0f64;
        for (v, out) in next.iter_mut().enumerate() {
            let (a, b) = (self.row_start[v], self.row_start[v + 1]);
            let mut s = 0.0f64;
            for (&u, &p) in self.src[a..b].iter().zip(&self.p[a..b]) {
                s += pi[u as usize] * p;
            }
            *out = s;
            let d = (s - pi[v]).abs();
            if d > delta {
                delta = d;
            }
        }
        delta
    }

    /// Nodes from which the walker can never get back to the seed, following transitions
    /// of probability above `min_p`. With α > 0 there are none (everything radiates α);
    /// with α = 0 a closed cycle (for example of zero-weight contributions that never reach
    /// a participant) would keep its start mass forever and make the result depend on it.
    pub fn nodes_without_return(&self, min_p: f64) -> Vec<usize> {
        // Rows list incoming transitions, so a search from the seed along rows walks the
        // transitions backwards: it finds every node with a path to the seed.
        let n = self.node_count();
        let mut seen = vec![false; n];
        let mut stack = vec![self.layout.seed()];
        seen[self.layout.seed()] = true;
        while let Some(v) = stack.pop() {
            let (a, b) = (self.row_start[v], self.row_start[v + 1]);
            for (&u, &p) in self.src[a..b].iter().zip(&self.p[a..b]) {
                if p > min_p && !seen[u as usize] {
                    seen[u as usize] = true;
                    stack.push(u as usize);
                }
            }
        }
        (0..n).filter(|&u| !seen[u]).collect()
    }

    /// Human-readable label of a chain node, as in the expected files' `markovChain`:
    /// `node:<id>`, `seed`, `accumulator:<k>`, `epoch:<participant>:<k>`.
    pub fn label(&self, graph: &Graph, u: usize) -> String {
        let l = self.layout;
        if u < l.base {
            return format!("node:{}", graph.nodes[self.base_order[u] as usize].id);
        }
        if u == l.seed() {
            return "seed".into();
        }
        let r = u - l.base - 1;
        let (k, slot) = (r / (1 + l.participants), r % (1 + l.participants));
        if slot == 0 {
            format!("accumulator:{k}")
        } else {
            format!("epoch:{}:{k}", graph.participants[slot - 1].id)
        }
    }
}

/// Every transition of the graph's chain with its kind, in SourceCred's list order. Meant
/// for inspecting small chains (tests, `--json` for small graphs); the solver uses
/// [`MarkovChain`].
pub fn transitions(graph: &Graph) -> Vec<Transition> {
    let plan = Plan::new(graph, &graph.parameters, &base_order(graph));
    let mut out = Vec::new();
    plan.for_each(|t| out.push(t));
    out
}
