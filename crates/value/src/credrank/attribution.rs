//! Where a participant's cred came from: the contributions behind it, traced through the
//! Markov chain once CredRank has stopped.
//!
//! # What the numbers are
//!
//! A participant's cred in week k is what its epoch node pays out: `β·score(p,k)`
//! ([`super`]). At stationarity the walker's mass in `(p,k)` is exactly what flows into it
//! in one step, `score(p,k) = Σ_u score(u)·P(u→(p,k))`, so the week's cred splits without
//! rest by where that inflow comes from:
//!
//! * **a contribution** `c`, along the edges between `c` and the participant dated in week
//!   k: its share is `β · score(c) · P(c→(p,k))`, where `score(c)` is the contribution's
//!   own cred (the `nodes[].cred` of the report) and `P` the edge's transition probability,
//!   `(1−α) · w / W` (the edge's weight towards the participant over all of `c`'s outgoing
//!   weight). Shares of one contribution over several edges and weeks add up;
//! * **the participant's own other weeks** (webbing γ: the previous and next week, the
//!   self-loops of the first and last week, and any edge from the participant to itself);
//! * **other participants**, along participant-to-participant edges;
//! * **not converged**: SourceCred stops the power iteration early, so its π is not
//!   exactly stationary; `β·(score(p,k) − Σ inflow)` is what one more step would change,
//!   and is reported so that the parts add up exactly.
//!
//! Cred that reaches a participant via another of its weeks is counted as webbing, not
//! traced further back: every share is one step of the chain, checkable by hand from the
//! contribution's cred and the edge weights. A policy that weighs weeks (RECENT's
//! discount) multiplies each week's parts by the week's weight.
//!
//! The trace reads the chain's rows of incoming transitions for the counted epoch nodes
//! only; it runs once per recipient after the iteration, never inside it.

use super::MarkovChain;

/// The chain and its stopped iterate, kept after CredRank to trace cred back.
#[derive(Debug, Clone)]
pub struct Tracer {
    chain: MarkovChain,
    pi: Vec<f64>,
    beta: f64,
    accumulator_mass: f64,
    total_mint: f64,
}

/// Cred a contribution passed to a participant in the counted weeks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContributionShare {
    /// Index into [`super::Graph::nodes`].
    pub node: usize,
    pub cred: f64,
}

/// A participant's cred in some weeks, split by where it came from. The parts add up to
/// `cred` up to floating-point rounding.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// `Σ_k weight_k · cred(p,k)` over the counted weeks.
    pub cred: f64,
    /// Largest share first; ties in graph node order. Only contributions with a share.
    pub contributions: Vec<ContributionShare>,
    /// From the participant's own other weeks (webbing γ).
    pub own_weeks: f64,
    /// From other participants' weeks (participant-to-participant edges).
    pub participants: f64,
    /// The stopped iteration's last change (can be negative).
    pub not_converged: f64,
}

impl Attribution {
    /// Cred of the listed contributions together.
    pub fn contributions_total(&self) -> f64 {
        self.contributions.iter().map(|c| c.cred).sum()
    }

    /// Everything not from a contribution: own weeks, other participants, not converged.
    pub fn other(&self) -> f64 {
        self.own_weeks + self.participants + self.not_converged
    }
}

impl Tracer {
    pub(super) fn new(
        chain: MarkovChain,
        pi: Vec<f64>,
        beta: f64,
        accumulator_mass: f64,
        total_mint: f64,
    ) -> Tracer {
        Tracer {
            chain,
            pi,
            beta,
            accumulator_mass,
            total_mint,
        }
    }

    /// π scaled to cred, exactly as CredRank's scores.
    fn score(&self, u: usize) -> f64 {
        if self.accumulator_mass > 0.0 {
            (self.pi[u] / self.accumulator_mass) * self.total_mint
        } else {
            0.0
        }
    }

    /// Traces participant `participant`'s cred in `weeks` (graph week index and weight,
    /// e.g. 1 for every week an IMMEDIATE policy counts). Weeks outside the graph are
    /// ignored: nobody has cred there.
    pub fn attribute(&self, participant: usize, weeks: &[(usize, f64)]) -> Attribution {
        let l = self.chain.layout;
        let mut out = Attribution {
            cred: 0.0,
            contributions: Vec::new(),
            own_weeks: 0.0,
            participants: 0.0,
            not_converged: 0.0,
        };
        if participant >= l.participants {
            return out;
        }
        let mut shares: Vec<(usize, f64)> = Vec::new();
        for &(k, weight) in weeks {
            if k >= l.weeks {
                continue;
            }
            let here = l.epoch(participant, k);
            let cred = self.score(here) * self.beta * weight;
            let mut inflow = 0.0;
            for (u, p) in self.chain.incoming(here) {
                let part = self.beta * weight * self.score(u) * p;
                inflow += part;
                if u < l.base {
                    shares.push((self.chain.base_order[u] as usize, part));
                } else {
                    match l.epoch_of(u) {
                        Some((q, _)) if q == participant => out.own_weeks += part,
                        // Seed and accumulators never lead into an epoch node.
                        _ => out.participants += part,
                    }
                }
            }
            out.cred += cred;
            out.not_converged += cred - inflow;
        }
        shares.sort_unstable_by_key(|&(node, _)| node);
        for (node, cred) in shares {
            match out.contributions.last_mut() {
                Some(last) if last.node == node => last.cred += cred,
                _ => out.contributions.push(ContributionShare { node, cred }),
            }
        }
        out.contributions.retain(|c| c.cred > 0.0);
        out.contributions
            .sort_by(|a, b| b.cred.total_cmp(&a.cred).then(a.node.cmp(&b.node)));
        out
    }
}
