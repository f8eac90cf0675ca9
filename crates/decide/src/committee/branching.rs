//! "Parallel-universe" tie-breaking for sequential rules: every way of breaking every tie
//! is followed, and the winning committees are all the committees some way reaches.
//!
//! Identical intermediate states reached along different paths are merged, so the work
//! grows with the number of distinct states, not with the number of paths.
//!
//! Layers are usually tiny, so merging first scans a short list (comparing the committee
//! first makes that cheap) and only switches to hashing when a layer grows large: hashing
//! states that hold exact rationals costs far more than a few comparisons.

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
    let mut finals = Distinct::default();
    while !layer.is_empty() {
        let mut next = Distinct::default();
        for state in layer {
            match step(&state) {
                Step::Done => finals.push(state),
                Step::Next(children) => children.into_iter().for_each(|c| next.push(c)),
            }
        }
        layer = next.items;
    }
    finals.items
}

/// [`explore`] for a rule whose step can fail (checked arithmetic overflowing): the first
/// failing step stops the whole run, which then has no result.
pub fn explore_checked<S: Clone + Eq + Hash>(
    start: S,
    resolute: bool,
    mut step: impl FnMut(&S) -> Option<Step<S>>,
) -> Option<Vec<S>> {
    let mut failed = false;
    let finals = explore(start, resolute, |state| {
        if failed {
            return Step::Done;
        }
        step(state).unwrap_or_else(|| {
            failed = true;
            Step::Done
        })
    });
    (!failed).then_some(finals)
}

/// Up to this many states, a new state is checked against the list by comparison.
const SCAN_LIMIT: usize = 32;

/// States in the order first found, without repeats.
struct Distinct<S> {
    items: Vec<S>,
    /// Filled only once `items` outgrows [`SCAN_LIMIT`].
    index: HashSet<S>,
}

impl<S> Default for Distinct<S> {
    fn default() -> Self {
        Distinct {
            items: Vec::new(),
            index: HashSet::new(),
        }
    }
}

impl<S: Clone + Eq + Hash> Distinct<S> {
    fn push(&mut self, s: S) {
        if self.items.len() < SCAN_LIMIT {
            if !self.items.contains(&s) {
                self.items.push(s);
                if self.items.len() == SCAN_LIMIT {
                    self.index.extend(self.items.iter().cloned());
                }
            }
        } else if self.index.insert(s.clone()) {
            self.items.push(s);
        }
    }
}
