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
    if resolute {
        // One path: always the first (most preferred) successor; nothing to merge.
        let mut state = start;
        loop {
            match step(&state) {
                Step::Done => return vec![state],
                Step::Next(children) => match children.into_iter().next() {
                    Some(child) => state = child,
                    None => return vec![state],
                },
            }
        }
    }
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
                    for child in children {
                        if seen.insert(child.clone()) {
                            next.push(child);
                        }
                    }
                }
            }
        }
        layer = next;
    }
    finals
}
