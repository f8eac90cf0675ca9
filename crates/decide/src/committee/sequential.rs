//! Rules that build the committee step by step from approval counts: sequential and
//! reverse-sequential Thiele methods (seq-PAV, seq-SLAV, seq-CC, revseq-PAV), Greedy
//! Monroe and E Pluribus Hugo.

use super::branching::{Step, explore};
use super::exact::{Exact, Medium, Small, tiers, weights};
use super::optimal::marginals;
use super::profile::{CandSet, Profile, each, members, show};
use super::search::{Thiele, committees};
use super::{RuleResult, note, unsupported};
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
    tiers(
        || eph_in::<Small>(p, k, resolute),
        || eph_in::<Medium>(p, k, resolute),
        || eph_in::<BigRational>(p, k, resolute),
        || (Vec::new(), vec!["Arithmetic failed; no result.".into()]),
    )
}

fn eph_in<N: Exact>(p: &Profile, k: usize, resolute: bool) -> Option<(Vec<CandSet>, Vec<String>)> {
    let w: Vec<N> = weights(p.weights())?;
    let mut remaining = p.all();
    let mut lines = Vec::new();
    loop {
        if remaining.count_ones() as usize <= k {
            return Some((vec![remaining], lines));
        }
        let mut sdv = vec![N::int(0); p.num_cand()];
        let mut av = vec![N::int(0); p.num_cand()];
        for (&b, wt) in p.ballots().iter().zip(&w) {
            let mine = b & remaining;
            if mine == 0 {
                continue;
            }
            let share = wt.div(&N::int(mine.count_ones() as i64))?;
            for c in each(mine) {
                sdv[c] = sdv[c].add(&share)?;
                av[c] = av[c].add(wt)?;
            }
        }
        let alive = members(remaining);
        let mut values: Vec<&N> = alive.iter().map(|&c| &sdv[c]).collect();
        values.sort();
        let cutoff = values[1].clone();
        let low: Vec<usize> = alive
            .iter()
            .copied()
            .filter(|&c| sdv[c] <= cutoff)
            .collect();
        let least_av = low
            .iter()
            .map(|&c| &av[c])
            .min()
            .cloned()
            .unwrap_or_else(|| N::int(0));
        let mut out: Vec<usize> = low.into_iter().filter(|&c| av[c] <= least_av).collect();
        out.reverse(); // ties: the largest index is eliminated first
        let alive_n = alive.len();
        if alive_n - out.len() <= k {
            let drop = alive_n - k;
            note(&mut lines, || {
                format!("Eliminate {drop} of {out:?} (tied for elimination).")
            });
            let sets: Vec<CandSet> = if resolute {
                // The first choice removes the largest indices.
                vec![out[..drop].iter().fold(remaining, |a, &c| a & !(1 << c))]
            } else {
                committees(out.len(), drop)
                    .map(|pick| {
                        members(pick)
                            .iter()
                            .fold(remaining, |a, &i| a & !(1 << out[i]))
                    })
                    .collect()
            };
            return Some((sets, lines));
        }
        let gone = out.iter().fold(0, |a, &c| a | 1 << c);
        note(&mut lines, || {
            format!("Eliminate {out:?}; remaining {}.", show(remaining & !gone))
        });
        remaining &= !gone;
    }
}
