//! "Parallel-universe" tie-breaking for sequential rules: every way of breaking every tie
//! is followed, and the winning committees are all the committees some way reaches.
//!
//! Identical intermediate states reached along different paths are merged, so the work
//! grows with the number of distinct states, not with the number of paths.
//!
//! Layers are usually tiny, so merging first scans a short list (comparing the committee
//! first makes that cheap) and only switches to hashing when a layer grows large: hashing
//! states that hold exact rationals costs far more than a few comparisons.

use super::profile::CandSet;
use std::collections::{HashMap, HashSet};
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

/// A layer of states that are a committee and a row of numbers of one fixed width, kept
/// in two flat buffers: following a tie copies a row into the buffer instead of
/// allocating a state, and merging compares the committee before the row.
pub struct Rows<T> {
    width: usize,
    coms: Vec<CandSet>,
    nums: Vec<T>,
    /// The states of each committee; filled only once the layer outgrows [`SCAN_LIMIT`].
    index: HashMap<CandSet, Vec<usize>>,
}

impl<T: Copy + Eq> Rows<T> {
    /// An empty layer of rows `width` numbers wide.
    fn new(width: usize) -> Self {
        Rows {
            width,
            coms: Vec::with_capacity(8),
            nums: Vec::with_capacity(8 * width),
            index: HashMap::new(),
        }
    }

    /// The row of the `i`-th state.
    fn row(&self, i: usize) -> &[T] {
        &self.nums[i * self.width..(i + 1) * self.width]
    }

    /// Empties the layer, keeping its buffers.
    fn clear(&mut self) {
        self.coms.clear();
        self.nums.clear();
        self.index.clear();
    }

    /// Adds the state with committee `com` whose row `fill` makes out of a copy of
    /// `from`, unless the layer already holds that state; `None` when `fill` fails.
    pub fn push_with(
        &mut self,
        com: CandSet,
        from: &[T],
        fill: impl FnOnce(&mut [T]) -> Option<()>,
    ) -> Option<()> {
        let start = self.nums.len();
        self.nums.extend_from_slice(from);
        fill(&mut self.nums[start..])?;
        let new = &self.nums[start..];
        let same = |i: usize| self.coms[i] == com && self.row(i) == new;
        let seen = if self.coms.len() < SCAN_LIMIT {
            (0..self.coms.len()).any(same)
        } else {
            self.index
                .get(&com)
                .is_some_and(|is| is.iter().any(|&i| same(i)))
        };
        if seen {
            self.nums.truncate(start);
            return Some(());
        }
        self.coms.push(com);
        if self.coms.len() == SCAN_LIMIT {
            for (i, &c) in self.coms.iter().enumerate() {
                self.index.entry(c).or_default().push(i);
            }
        } else if self.coms.len() > SCAN_LIMIT {
            self.index.entry(com).or_default().push(self.coms.len() - 1);
        }
        Some(())
    }
}

/// [`explore_checked`] for states that are a committee and a row of `row.len()` numbers,
/// stored in [`Rows`]. `step` gets a state and the next layer: it returns `Some(true)`
/// when the state is final, `Some(false)` after pushing its successors (resolute runs:
/// only the most preferred one), `None` when it fails, which stops the whole run.
/// Returns the committees of the final states in the order found.
pub fn explore_rows<T: Copy + Eq>(
    row: &[T],
    mut step: impl FnMut(CandSet, &[T], &mut Rows<T>) -> Option<bool>,
) -> Option<Vec<CandSet>> {
    let mut layer = Rows::new(row.len());
    layer.push_with(0, row, |_| Some(()))?;
    let mut next = Rows::new(row.len());
    let mut finals = Vec::new();
    while !layer.coms.is_empty() {
        for (i, &com) in layer.coms.iter().enumerate() {
            if step(com, layer.row(i), &mut next)? {
                finals.push(com);
            }
        }
        std::mem::swap(&mut layer, &mut next);
        next.clear();
    }
    Some(finals)
}
