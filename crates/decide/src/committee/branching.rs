//! "Parallel-universe" tie-breaking for sequential rules: every way of breaking every tie
//! is followed, and the winning committees are all the committees some way reaches.
//!
//! Identical intermediate states reached along different paths are merged, so the work
//! grows with the number of distinct states, not with the number of paths.

use std::collections::HashSet;
use std::hash::Hash;

/// What a sequential rule does from a state: stop there, or continue into the tied
/// successor states (most preferred first; resolute runs follow only the first).
pub enum Step<S> {
    Done,
    Next(Vec<S>),
}

/// Runs a sequential rule from `start`; returns the final states in the order found.
pub fn explore<S: Clone + Eq + Hash>(
    start: S,
    resolute: bool,
    mut step: impl FnMut(&S) -> Step<S>,
) -> Vec<S> {
    let mut layer = vec![start];
    let mut finals: Vec<S> = Vec::new();
    let mut seen_final: HashSet<S> = HashSet::new();
    while !layer.is_empty() {
        let mut next: Vec<S> = Vec::new();
        let mut seen: HashSet<S> = HashSet::new();
        for state in &layer {
            match step(state) {
                Step::Done => {
                    if seen_final.insert(state.clone()) {
                        finals.push(state.clone());
                    }
                }
                Step::Next(children) => {
                    let take = if resolute { 1 } else { children.len() };
                    for child in children.into_iter().take(take) {
                        if seen.insert(child.clone()) {
                            next.push(child);
                        }
                    }
                }
            }
            if resolute && !finals.is_empty() {
                return finals;
            }
        }
        if resolute {
            next.truncate(1);
        }
        layer = next;
    }
    finals
}
