//! Rules that build the committee step by step from approval counts: sequential and
//! reverse-sequential Thiele methods (seq-PAV, seq-SLAV, seq-CC, revseq-PAV), Greedy
//! Monroe and E Pluribus Hugo.

use super::branching::{Step, explore};
use super::exact::{Exact, Medium, Small, tiers, weights};
use super::optimal::marginals;
use super::profile::{CandSet, Profile, each, members, show};
use super::search::{Thiele, committees};
use super::{RuleResult, note, scaled, unsupported};
use num_rational::BigRational;

fn thiele_problem<'a>(
    rule: &str,
    p: &'a Profile,
    weights: &'a [i64],
    marginal: &'a [i128],
    k: usize,
) -> Thiele<'a> {
    let _ = rule;
    Thiele {
        ballots: p.ballots(),
        weights,
        marginal,
        num_cand: p.num_cand(),
        k,
    }
}

fn scaled(
    rule: &str,
    base: &str,
    p: &Profile,
    k: usize,
) -> Result<(Vec<i64>, Vec<i128>), super::CommitteeError> {
    let too_fine = || {
        unsupported(
            rule,
            "voter weights too fine or too large for exact integer scoring",
        )
    };
    let weights = p.integer_weights().ok_or_else(too_fine)?;
    let total: i128 = weights.iter().map(|&w| w as i128).sum();
    let marginal = marginals(base, k, total).ok_or_else(too_fine)?;
    Ok((weights.to_vec(), marginal))
}

/// seq-PAV, seq-SLAV, seq-CC: k times, add the candidate that raises the Thiele score most.
pub fn seq_thiele(rule: &str, p: &Profile, k: usize, resolute: bool) -> RuleResult {
    let (weights, marginal) = scaled(rule, &rule[3..], p, k)?;
    let t = thiele_problem(rule, p, &weights, &marginal, k);
    let mut lines = Vec::new();
    let finals = explore(0 as CandSet, resolute, |&w| {
        if w.count_ones() as usize == k {
            return Step::Done;
        }
        let gains = t.gains(w);
        let open: Vec<usize> = (0..p.num_cand()).filter(|c| w & (1 << c) == 0).collect();
        let best = open.iter().map(|&c| gains[c]).max().unwrap_or(0);
        let tied: Vec<usize> = open.into_iter().filter(|&c| gains[c] == best).collect();
        if resolute {
            note(&mut lines, || {
                format!("Add {} (score gain {best}, tied: {tied:?}).", tied[0])
            });
        }
        Step::Next(tied.into_iter().map(|c| w | 1 << c).collect())
    });
    Ok((finals, lines))
}

/// revseq-PAV: start from all candidates and remove, one at a time, the candidate whose
/// removal costs the least score, until k remain (ties: the largest index goes first).
pub fn revseq_thiele(rule: &str, p: &Profile, k: usize, resolute: bool) -> RuleResult {
    let (weights, marginal) = scaled(rule, &rule[6..], p, k.max(p.num_cand()))?;
    let mut lines = Vec::new();
    let finals = explore(p.all(), resolute, |&w| {
        if w.count_ones() as usize == k {
            return Step::Done;
        }
        let mut loss = vec![0i128; p.num_cand()];
        for (&b, &wt) in p.ballots().iter().zip(&weights) {
            let n = (b & w).count_ones() as usize;
            for c in each(b & w) {
                loss[c] += wt as i128 * marginal[n];
            }
        }
        let inside = members(w);
        let least = inside.iter().map(|&c| loss[c]).min().unwrap_or(0);
        let mut tied: Vec<usize> = inside.into_iter().filter(|&c| loss[c] == least).collect();
        tied.reverse();
        if resolute {
            note(&mut lines, || {
                format!("Remove {} (score loss {least}, tied: {tied:?}).", tied[0])
            });
        }
        Step::Next(tied.into_iter().map(|c| w & !(1 << c)).collect())
    });
    Ok((finals, lines))
}

/// Greedy Monroe: k times, elect the candidate approved by most unassigned voters and
/// assign to it up to ⌈n/k⌉ (first rounds) or ⌊n/k⌋ of them, lowest voter index first.
pub fn greedy_monroe(p: &Profile, k: usize) -> RuleResult {
    if !p.has_unit_weights() {
        return Err(unsupported(
            "greedy-monroe",
            "Greedy Monroe is only defined for unit weights",
        ));
    }
    let n = p.num_voters();
    let mut remaining: Vec<usize> = (0..n).collect();
    let mut committee: CandSet = 0;
    let mut lines = Vec::new();
    for t in 0..k {
        let count = |c: usize| {
            remaining
                .iter()
                .filter(|&&v| p.ballots()[v] & (1 << c) != 0)
                .count()
        };
        let open = (0..p.num_cand()).filter(|c| committee & (1 << c) == 0);
        // Strictly greater keeps the smallest index among ties.
        let (sel, approvals) = open.fold((usize::MAX, -1i64), |(bc, bn), c| {
            let a = count(c) as i64;
            if a > bn { (c, a) } else { (bc, bn) }
        });
        let size = if t < n - k * (n / k) {
            n / k + 1
        } else {
            n / k
        };
        let group: Vec<usize> = remaining
            .iter()
            .copied()
            .filter(|&v| p.ballots()[v] & (1 << sel) != 0)
            .take(size)
            .collect();
        remaining.retain(|v| !group.contains(v));
        committee |= 1 << sel;
        note(&mut lines, || {
            format!(
                "Elect {sel} ({approvals} unassigned approvers); it represents voters {group:?}."
            )
        });
    }
    Ok((vec![committee], lines))
}

/// E Pluribus Hugo: each voter splits their weight over their approved remaining
/// candidates; the two lowest split scores are compared by approval count and the lower
/// ones are eliminated, until only k remain.
pub fn eph(p: &Profile, k: usize, resolute: bool) -> (Vec<CandSet>, Vec<String>) {
    if let Some(w) = p.integer_weights() {
        // Each round compares scores only with each other: integer-scaled scores do.
        let scores = |within| {
            let split = scaled::split_scores(p, w, within)?;
            Some((split, scaled::approval_scores(p, w, within)))
        };
        if let Some(out) = eliminate(p, k, resolute, scores) {
            return out;
        }
    }
    tiers(
        || eph_in::<Small>(p, k, resolute),
        || eph_in::<Medium>(p, k, resolute),
        || eph_in::<BigRational>(p, k, resolute),
        || (Vec::new(), vec!["Arithmetic failed; no result.".into()]),
    )
}

fn eph_in<N: Exact>(p: &Profile, k: usize, resolute: bool) -> Option<(Vec<CandSet>, Vec<String>)> {
    let w: Vec<N> = weights(p.weights())?;
    let scores = |within: CandSet| {
        let mut sdv = vec![N::int(0); p.num_cand()];
        let mut av = vec![N::int(0); p.num_cand()];
        for (&b, wt) in p.ballots().iter().zip(&w) {
            let mine = b & within;
            if mine == 0 {
                continue;
            }
            let share = wt.div(&N::int(mine.count_ones() as i64))?;
            for c in each(mine) {
                sdv[c] = sdv[c].add(&share)?;
                av[c] = av[c].add(wt)?;
            }
        }
        Some((sdv, av))
    };
    eliminate(p, k, resolute, scores)
}

/// EPH's elimination rounds, given each round's (split, approval) scores of the
/// remaining candidates; `None` when `scores` fails.
fn eliminate<N: Ord, S: AsRef<[N]>>(
    p: &Profile,
    k: usize,
    resolute: bool,
    scores: impl Fn(CandSet) -> Option<(S, S)>,
) -> Option<(Vec<CandSet>, Vec<String>)> {
    let mut remaining = p.all();
    let mut lines = Vec::new();
    loop {
        let alive = remaining.count_ones() as usize;
        if alive <= k {
            return Some((vec![remaining], lines));
        }
        let (sdv, av) = scores(remaining)?;
        let (sdv, av) = (sdv.as_ref(), av.as_ref());
        // The second lowest split score (the lowest two are compared).
        let lowest = each(remaining).min_by(|&a, &b| sdv[a].cmp(&sdv[b]))?;
        let cutoff = each(remaining & !(1 << lowest)).map(|c| &sdv[c]).min()?;
        let low: CandSet = each(remaining)
            .filter(|&c| sdv[c] <= *cutoff)
            .fold(0, |a, c| a | 1 << c);
        let least_av = each(low).map(|c| &av[c]).min()?;
        let out: CandSet = each(low)
            .filter(|&c| av[c] <= *least_av)
            .fold(0, |a, c| a | 1 << c);
        // Ties: the largest index is eliminated first.
        let listed = || members(out).into_iter().rev().collect::<Vec<usize>>();
        if alive - out.count_ones() as usize <= k {
            let drop = alive - k;
            note(&mut lines, || {
                format!("Eliminate {drop} of {:?} (tied for elimination).", listed())
            });
            let sets: Vec<CandSet> = if resolute {
                // The first choice removes the largest indices.
                vec![
                    listed()[..drop]
                        .iter()
                        .fold(remaining, |a, &c| a & !(1 << c)),
                ]
            } else {
                let tied = members(out);
                committees(tied.len(), drop)
                    .map(|pick| each(pick).fold(remaining, |a, i| a & !(1 << tied[i])))
                    .collect()
            };
            return Some((sets, lines));
        }
        note(&mut lines, || {
            format!(
                "Eliminate {:?}; remaining {}.",
                listed(),
                show(remaining & !out)
            )
        });
        remaining &= !out;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// EPH's integer-scaled scores eliminate exactly as the exact fractions do.
        #[test]
        fn eph_scaled_matches_exact(
            m in 2usize..8,
            ballots in proptest::collection::vec(
                proptest::collection::btree_set(0i64..7, 0..=7),
                1..12,
            ),
            weights in proptest::collection::vec(1i64..5, 12),
            k in 1usize..8,
            resolute in any::<bool>(),
        ) {
            let ballots: Vec<Vec<i64>> = ballots
                .into_iter()
                .map(|b| b.into_iter().filter(|&c| c < m as i64).collect())
                .collect();
            let w = weights[..ballots.len()]
                .iter()
                .map(|&x| BigRational::from_integer(x.into()))
                .collect();
            let p = Profile::new(m, &ballots, Some(w)).unwrap();
            let k = k.min(m);
            let mut fast = eph(&p, k, resolute).0;
            let mut exact = eph_in::<BigRational>(&p, k, resolute).unwrap().0;
            fast.sort_unstable();
            exact.sort_unstable();
            prop_assert_eq!(fast, exact);
        }
    }
}
