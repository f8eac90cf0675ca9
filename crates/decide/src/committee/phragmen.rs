//! Phragmén's rules: sequential Phragmén, minimax Phragmén, leximax Phragmén and the
//! maximin support method. All in exact rationals.

use super::branching::{Step, explore, explore_checked};
use super::exact::{Exact, Medium, Small, sum, tiers, weights};
use super::profile::{CandSet, Profile, members, show};
use super::search::{all_maximal, committees};
use super::{RuleResult, note, unsupported};
use num_rational::{BigRational, Ratio};
use num_traits::Zero;
use std::cmp::Reverse;

/// The largest committee for which the subset-based exact computations below are offered:
/// they look at all 2^k sub-committees.
const MAX_SUBSET_K: usize = 20;

/// seq-Phragmén: each elected candidate costs one unit of load, shared by its approvers so
/// that they end with equal load; each step elects the candidate giving the smallest new
/// maximum load.
pub fn seqphragmen(p: &Profile, k: usize, resolute: bool) -> (Vec<CandSet>, Vec<String>) {
    fn run<N: Exact>(p: &Profile, k: usize, resolute: bool) -> Option<(Vec<CandSet>, Vec<String>)> {
        let w: Vec<N> = weights(p.weights())?;
        seqphragmen_from(p, &w, k, resolute, 0, vec![N::int(0); p.num_voters()])
    }
    if !super::explaining() && p.has_unit_weights() {
        use super::unit::seqphragmen_from;
        let sets = seqphragmen_from::<i64>(p, k, resolute, 0, (vec![0; p.num_voters()], 1))
            .or_else(|| seqphragmen_from::<i128>(p, k, resolute, 0, (vec![0; p.num_voters()], 1)));
        if let Some(sets) = sets {
            return (sets, Vec::new());
        }
    }
    tiers(
        || run::<Small>(p, k, resolute),
        || run::<Medium>(p, k, resolute),
        || run::<BigRational>(p, k, resolute),
        || (Vec::new(), vec!["Arithmetic failed; no result.".into()]),
    )
}

/// seq-Phragmén continued from a partial committee with given voter loads (the
/// completion phase of Equal Shares starts from minus the unspent budget).
/// `None` on overflow.
pub(crate) fn seqphragmen_from<N: Exact>(
    p: &Profile,
    w: &[N],
    k: usize,
    resolute: bool,
    start: CandSet,
    loads: Vec<N>,
) -> Option<(Vec<CandSet>, Vec<String>)> {
    let approvers_weight: Vec<N> = (0..p.num_cand())
        .map(|c| sum(approvers(p, c).map(|v| &w[v])))
        .collect::<Option<_>>()?;
    // abcvoting gives a candidate nobody approves the load k + 1.
    let no_approver_load = N::int(k as i64 + 1);
    let mut lines = Vec::new();
    let finals = explore_checked((start, loads), resolute, |(com, load)| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let mut step = || -> Option<Vec<(CandSet, Vec<N>)>> {
            let mut best: Option<N> = None;
            let mut tied: Vec<(usize, N)> = Vec::new();
            for c in (0..p.num_cand()).filter(|c| com & (1 << c) == 0) {
                let new_load = if approvers_weight[c].is_zero() {
                    no_approver_load.clone()
                } else {
                    let mut paid = N::int(1);
                    for v in approvers(p, c) {
                        paid = paid.add(&w[v].mul(&load[v])?)?;
                    }
                    paid.div(&approvers_weight[c])?
                };
                match best.as_ref().map(|b| new_load.cmp(b)) {
                    Some(std::cmp::Ordering::Greater) => {}
                    Some(std::cmp::Ordering::Equal) => tied.push((c, new_load)),
                    _ => {
                        best = Some(new_load.clone());
                        tied = vec![(c, new_load)];
                    }
                }
            }
            if resolute {
                let names: Vec<usize> = tied.iter().map(|t| t.0).collect();
                note(&mut lines, || {
                    format!(
                        "Elect {} (new maximum load {}, tied: {names:?}).",
                        tied[0].0, tied[0].1
                    )
                });
            }
            Some(
                tied.into_iter()
                    .map(|(c, l)| {
                        let mut next = load.clone();
                        for v in approvers(p, c) {
                            next[v] = l.clone();
                        }
                        (com | 1 << c, next)
                    })
                    .collect(),
            )
        };
        Some(Step::Next(step()?))
    })?;
    Some((finals.into_iter().map(|s| s.0).collect(), lines))
}

fn approvers(p: &Profile, c: usize) -> impl Iterator<Item = usize> + '_ {
    p.ballots()
        .iter()
        .enumerate()
        .filter(move |(_, b)| *b & (1 << c) != 0)
        .map(|(v, _)| v)
}

/// Per-candidate voter sets and integer weights, for the subset computations.
struct Cover {
    voters: Vec<Vec<u64>>,
    weights: Vec<i64>,
}

impl Cover {
    fn new(rule: &str, p: &Profile) -> Result<Self, super::CommitteeError> {
        let weights = p.integer_weights().ok_or_else(|| {
            unsupported(
                rule,
                "voter weights too fine or too large for exact integer arithmetic",
            )
        })?;
        let words = p.num_voters().div_ceil(64);
        let voters = (0..p.num_cand())
            .map(|c| {
                let mut bits = vec![0u64; words];
                for v in approvers(p, c) {
                    bits[v / 64] |= 1 << (v % 64);
                }
                bits
            })
            .collect();
        Ok(Cover {
            voters,
            weights: weights.to_vec(),
        })
    }

    /// For every non-empty subset (bit mask over `cands`) its |S| and the voters approving
    /// some member, restricted to `alive`.
    fn subsets(&self, cands: &[usize], alive: &[u64]) -> Vec<(u32, Vec<u64>)> {
        let mut out: Vec<(u32, Vec<u64>)> = vec![(0, alive.iter().map(|_| 0).collect())];
        for mask in 1usize..(1 << cands.len()) {
            let low = mask.trailing_zeros() as usize;
            let rest = &out[mask & (mask - 1)].1;
            let bits: Vec<u64> = rest
                .iter()
                .zip(&self.voters[cands[low]])
                .zip(alive)
                .map(|((a, b), l)| a | (b & l))
                .collect();
            out.push((mask.count_ones(), bits));
        }
        out
    }

    fn weight(&self, bits: &[u64]) -> i128 {
        let mut total = 0i128;
        for (i, &word) in bits.iter().enumerate() {
            let mut s = word;
            while s != 0 {
                total += self.weights[i * 64 + s.trailing_zeros() as usize] as i128;
                s &= s - 1;
            }
        }
        total
    }
}

/// When fewer than k candidates are approved at all, abcvoting's minimax and leximax
/// Phragmén take the approved ones and fill up with every choice of the others.
fn too_few_approved(p: &Profile, k: usize) -> Option<Vec<CandSet>> {
    let approved = p.approved_candidates();
    let have = approved.count_ones() as usize;
    if have >= k {
        return None;
    }
    let rest = members(p.all() & !approved);
    Some(
        committees(rest.len(), k - have)
            .map(|pick| {
                members(pick)
                    .iter()
                    .fold(approved, |a, &i| a | 1 << rest[i])
            })
            .collect(),
    )
}

/// minimax-Phragmén: the committees whose load (each member costs 1, paid by its
/// approvers) can be spread so that the largest voter load is smallest. That smallest
/// largest load is max over sub-committees S of |S| / weight(approvers of S).
pub fn minimaxphragmen(p: &Profile, k: usize) -> RuleResult {
    if let Some(sets) = too_few_approved(p, k) {
        return Ok((
            sets,
            vec![
                "Fewer than k candidates are approved: they all win, filled up in every way."
                    .into(),
            ],
        ));
    }
    if k > MAX_SUBSET_K {
        return Err(unsupported(
            "minimaxphragmen",
            format!("exact computation is offered up to k = {MAX_SUBSET_K}"),
        ));
    }
    let cover = Cover::new("minimaxphragmen", p)?;
    let all: Vec<u64> = vec![u64::MAX; p.num_voters().div_ceil(64)];
    let approved = p.approved_candidates();
    let (best, sets) = all_maximal(p.num_cand(), k, |w| {
        if w & !approved != 0 {
            return None;
        }
        let subs = cover.subsets(&members(w), &all);
        let worst = subs[1..]
            .iter()
            .map(|(n, bits)| Ratio::new(*n as i128, cover.weight(bits)))
            .max()?;
        Some(Reverse(worst))
    });
    let load = best.map(|r| r.0.to_string()).unwrap_or_default();
    Ok((
        sets,
        vec![format!(
            "The smallest possible maximum voter load is {load} (per unit of weight, weights scaled to integers)."
        )],
    ))
}

/// The leximax load vector of a committee: peel off the sub-committee with the highest
/// load per approver weight; its approvers all carry exactly that load; repeat on the rest.
fn leximax_loads(cover: &Cover, w: CandSet, num_voters: usize) -> Option<Vec<Ratio<i128>>> {
    let mut left = members(w);
    let mut alive: Vec<u64> = vec![u64::MAX; num_voters.div_ceil(64)];
    let mut loads = Vec::with_capacity(num_voters);
    while !left.is_empty() {
        let subs = cover.subsets(&left, &alive);
        let mut best: Option<(Ratio<i128>, usize)> = None;
        for (mask, (n, bits)) in subs.iter().enumerate().skip(1) {
            let weight = cover.weight(bits);
            if weight == 0 {
                return None;
            }
            let r = Ratio::new(*n as i128, weight);
            if best
                .as_ref()
                .is_none_or(|(b, m)| r > *b || (r == *b && *n > subs[*m].0))
            {
                best = Some((r, mask));
            }
        }
        let (r, mask) = best?;
        let bits = &subs[mask].1;
        let count: u32 = bits.iter().map(|b| b.count_ones()).sum();
        loads.extend(std::iter::repeat_n(r, count as usize));
        for (a, b) in alive.iter_mut().zip(bits) {
            *a &= !b;
        }
        left = left
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) == 0)
            .map(|(_, &c)| c)
            .collect();
    }
    loads.resize(num_voters, Ratio::zero());
    Some(loads)
}

/// leximax-Phragmén: like minimax-Phragmén, but the whole vector of voter loads, sorted
/// from largest to smallest, is minimised lexicographically.
pub fn leximaxphragmen(p: &Profile, k: usize) -> RuleResult {
    if let Some(sets) = too_few_approved(p, k) {
        return Ok((
            sets,
            vec![
                "Fewer than k candidates are approved: they all win, filled up in every way."
                    .into(),
            ],
        ));
    }
    if k > MAX_SUBSET_K {
        return Err(unsupported(
            "leximaxphragmen",
            format!("exact computation is offered up to k = {MAX_SUBSET_K}"),
        ));
    }
    let cover = Cover::new("leximaxphragmen", p)?;
    let approved = p.approved_candidates();
    let (best, sets) = all_maximal(p.num_cand(), k, |w| {
        if w & !approved != 0 {
            return None;
        }
        leximax_loads(&cover, w, p.num_voters()).map(Reverse)
    });
    let loads: Vec<String> = best
        .map(|r| r.0.iter().map(|x| x.to_string()).collect())
        .unwrap_or_default();
    Ok((
        sets,
        vec![format!(
            "The lexicographically smallest sorted voter loads are [{}].",
            loads.join(", ")
        )],
    ))
}

/// The maximin support of a committee: the best split of every voter's weight over their
/// approved members, measured by the least supported member; equal to the minimum over
/// sub-committees T of weight(approvers of T) / |T|.
fn support(cover: &Cover, w: CandSet, num_voters: usize) -> Ratio<i128> {
    let all: Vec<u64> = vec![u64::MAX; num_voters.div_ceil(64)];
    let subs = cover.subsets(&members(w), &all);
    subs[1..]
        .iter()
        .map(|(n, bits)| Ratio::new(cover.weight(bits), *n as i128))
        .min()
        .unwrap_or_else(Ratio::zero)
}

/// Maximin support method: k times, add the candidate that makes the committee's maximin
/// support largest.
pub fn maximin_support(p: &Profile, k: usize, resolute: bool) -> RuleResult {
    if k > MAX_SUBSET_K {
        return Err(unsupported(
            "maximin-support",
            format!("exact computation is offered up to k = {MAX_SUBSET_K}"),
        ));
    }
    let cover = Cover::new("maximin-support", p)?;
    let mut lines = Vec::new();
    let finals = explore(0 as CandSet, resolute, |&w| {
        if w.count_ones() as usize == k {
            return Step::Done;
        }
        let open: Vec<usize> = (0..p.num_cand()).filter(|c| w & (1 << c) == 0).collect();
        let value: Vec<Ratio<i128>> = open
            .iter()
            .map(|&c| support(&cover, w | 1 << c, p.num_voters()))
            .collect();
        let best = value.iter().max().cloned().unwrap_or_else(Ratio::zero);
        let tied: Vec<usize> = open
            .iter()
            .zip(&value)
            .filter(|(_, v)| **v == best)
            .map(|(&c, _)| c)
            .collect();
        if resolute {
            note(&mut lines, || {
                format!(
                    "Add {} (maximin support {best}, tied: {tied:?}); committee {}.",
                    tied[0],
                    show(w | 1 << tied[0])
                )
            });
        }
        Step::Next(tied.into_iter().map(|c| w | 1 << c).collect())
    });
    Ok((finals, lines))
}
