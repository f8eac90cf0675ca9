//! The power iteration with SourceCred's stopping rule (FORMAT.md §3.5): start uniform,
//! stop when one more step moves no entry by the threshold, and return the iterate
//! *before* that step.

use super::chain::MarkovChain;

/// Progress reports for long runs; the library never prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Progress {
    /// The Markov chain is built.
    ChainBuilt { nodes: usize, transitions: usize },
    /// Power-iteration step `n` moved π by at most `delta`.
    Iteration { n: u32, delta: f64 },
}

/// The distribution returned and how the iteration ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Stationary {
    pub pi: Vec<f64>,
    /// Chain steps computed (SourceCred's `iterations`).
    pub iterations: u32,
    /// Whether the threshold was met before the cap.
    pub converged: bool,
    /// π = P^pi_power · π₀.
    pub pi_power: u32,
    /// The last step's ‖Pπ−π‖∞.
    pub convergence_delta: f64,
    /// The step before's, when converged after more than one step.
    pub previous_delta: Option<f64>,
}

pub fn stationary(
    chain: &MarkovChain,
    max_iterations: u32,
    threshold: f64,
    progress: &mut dyn FnMut(Progress),
) -> Stationary {
    let n = chain.node_count();
    let mut pi = vec![1.0 / n as f64; n];
    let mut next = vec![0.0f64; n];
    let mut iterations = 0u32;
    let mut delta = f64::NAN;
    let mut previous = None;
    loop {
        if iterations >= max_iterations {
            // Capped: π is P^max·π₀. SourceCred reports ‖Pπ−π‖∞ of this π (one more step,
            // not applied) and no previous delta.
            let convergence_delta = chain.step(&pi, &mut next);
            return Stationary {
                pi,
                iterations,
                converged: false,
                pi_power: iterations,
                convergence_delta,
                previous_delta: None,
            };
        }
        iterations += 1;
        if iterations > 1 {
            previous = Some(delta);
        }
        delta = chain.step(&pi, &mut next);
        progress(Progress::Iteration {
            n: iterations,
            delta,
        });
        if delta < threshold {
            return Stationary {
                pi,
                iterations,
                converged: true,
                pi_power: iterations - 1,
                convergence_delta: delta,
                previous_delta: previous,
            };
        }
        std::mem::swap(&mut pi, &mut next);
    }
}
