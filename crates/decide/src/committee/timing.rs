//! Measures what a `compute` entry of an `.abc.yaml` instance costs, for comparisons with
//! abcvoting: only the computation of the committees is timed (what abcvoting's
//! `abcrules.compute` does), not reading the file nor comparing with the recorded result.
//!
//! Entries of the cheapest rules take well under a microsecond, where reading the clock
//! (about 35 ns here) would be a tenth of the figure, so runs are timed in batches of at
//! least [`MIN_BATCH`] and each batch counts as its mean run; the fastest batch wins.

use super::check::{known_rule, resolute};
use super::compute_sets;
use super::yaml::{AbcInstance, ComputeEntry};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// The shortest batch of runs timed at once.
pub const MIN_BATCH: Duration = Duration::from_micros(20);

/// The time one computation of the entry's committees takes: the mean run of the fastest
/// of `batches` batches. `None` when the entry is not computed (no recorded result, no
/// committee size, an unknown rule) or the rule fails on it.
pub fn time_entry(inst: &AbcInstance, e: &ComputeEntry, batches: usize) -> Option<Duration> {
    e.result.as_ref()?;
    let k = inst.committeesize?;
    if !known_rule(&e.rule_id) {
        return None;
    }
    let resolute = resolute(e);
    let run = || black_box(compute_sets(&e.rule_id, &inst.profile, k, resolute));
    let start = Instant::now();
    run().ok()?;
    let first = start.elapsed();
    // As many runs per batch as fit in MIN_BATCH at the first run's speed (at least one).
    let per_batch = (MIN_BATCH.as_nanos() / first.as_nanos().max(1)).clamp(1, 10_000) as u32;
    let mut best = first;
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            let _ = run();
        }
        best = best.min(start.elapsed() / per_batch);
    }
    Some(best)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::committee::parse_abc_yaml;

    const YAML: &str = "profile: [[0, 1], [1], [2]]
num_cand: 3
committeesize: 2
compute:
- rule_id: av
  result: [[0, 1], [1, 2]]
  resolute: false
- rule_id: av
  result: null
  resolute: true
- rule_id: no-such-rule
  result: [[0, 1]]
  resolute: true
";

    #[test]
    fn times_computed_entries_only() {
        let inst = parse_abc_yaml("t.abc.yaml", YAML).unwrap();
        let took = time_entry(&inst, &inst.compute[0], 3).expect("av is computed");
        assert!(took > Duration::ZERO);
        assert_eq!(
            time_entry(&inst, &inst.compute[1], 3),
            None,
            "no recorded result"
        );
        assert_eq!(time_entry(&inst, &inst.compute[2], 3), None, "unknown rule");
    }
}
