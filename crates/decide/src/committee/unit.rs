//! The Method of Equal Shares (with its completions) and seq-Phragmén for profiles where
//! every voter has weight 1, with budgets and loads kept as integer numerators over one
//! shared denominator `d`: no step needs a fraction or a gcd per operation.
//!
//! These are the rules of [`super::money`] and [`super::phragmen`], step for step; only
//! the numbers are represented differently. Prices and loads of different candidates are
//! compared by cross-multiplication. When ties are explored, the numerators and `d` are
//! divided by their common gcd after each step, so equal states have equal
//! representations and merge. Like [`super::ledger`], the rules run on `i64`, then on
//! `i128`: every function returns `None` when a number would not fit, and after `i128`
//! the caller computes with exact rationals. No explanation is written
//! (the rational versions write one, with the fractions a reader expects).

use super::branching::{Step, explore_checked};
use super::ledger::{Int, int};
use super::money::Completion;
use super::optimal::top_k_by;
use super::profile::{CandSet, Profile, each};
use super::scaled;

/// Voters' amounts (budgets or loads) as numerators over the denominator `d`.
type Ledger<I> = (Vec<I>, I);

/// Divides the numerators and the denominator by their greatest common divisor, so that
/// equal states are equal. Only irresolute runs need it: they merge equal states, and
/// resolute runs stay small without it (the denominator grows by at most a factor n per
/// step).
fn lowest_terms<I: Int>(nums: &mut [I], d: &mut I) {
    super::ledger::lowest_terms(nums, d);
}

/// The price per voter at which the approvers of `c` can together pay 1 (each paying
/// min(budget, price)), as the fraction `num / (d · rich)`: `Some(None)` when they cannot
/// afford it, `None` on overflow. `rich` is scratch space.
fn min_price<I: Int>(
    p: &Profile,
    budget: &[I],
    d: I,
    c: usize,
    rich: &mut Vec<usize>,
) -> Option<Option<(I, I)>> {
    rich.clear();
    rich.extend((0..p.num_voters()).filter(|&v| p.ballots()[v] & (1 << c) != 0));
    let mut poor_budget = I::zero();
    while !rich.is_empty() {
        // price q = (1 − poor budget) / |rich| = (d − poor) / (d · |rich|)
        let (num, r) = (d.checked_sub(&poor_budget)?, int::<I>(rich.len() as i64));
        // Keep the voters who can pay q (budget ≥ q ⇔ B · |rich| ≥ d − poor); the
        // others pay all they have.
        let mut kept = 0;
        for i in 0..rich.len() {
            let v = rich[i];
            if budget[v].checked_mul(&r)? < num {
                poor_budget = poor_budget.checked_add(&budget[v])?;
            } else {
                rich[kept] = v;
                kept += 1;
            }
        }
        if kept == rich.len() {
            return Some(Some((num, r)));
        }
        rich.truncate(kept);
    }
    Some(None)
}

/// Equal Shares' phase from the given budgets: each step elects the candidates its
/// approvers can buy at the lowest price. Returns the final (committee, budgets) states.
fn equal_shares_phase<I: Int>(
    p: &Profile,
    k: usize,
    resolute: bool,
    start: Ledger<I>,
) -> Option<Vec<(CandSet, Ledger<I>)>> {
    explore_checked((0 as CandSet, start), resolute, |(com, (budget, d))| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let step = || -> Option<Vec<(CandSet, Ledger<I>)>> {
            // The cheapest price num / (d · rich), compared by cross-multiplication.
            let mut best: Option<(I, I)> = None;
            let mut tied: CandSet = 0;
            let mut rich = Vec::with_capacity(p.num_voters());
            for c in each(p.all() & !*com) {
                let Some((num, r)) = min_price(p, budget, *d, c, &mut rich)? else {
                    continue;
                };
                let order = best
                    .map(|(bn, br)| Some(num.checked_mul(&br)?.cmp(&bn.checked_mul(&r)?)))
                    .unwrap_or(Some(std::cmp::Ordering::Less))?;
                match order {
                    std::cmp::Ordering::Greater => {}
                    std::cmp::Ordering::Equal => tied |= 1 << c,
                    std::cmp::Ordering::Less => {
                        best = Some((num, r));
                        tied = 1 << c;
                    }
                }
            }
            let Some((num, r)) = best else {
                return Some(Vec::new());
            };
            each(super::ledger::followed(tied, resolute))
                .map(|c| {
                    // Each approver pays min(q, budget) with q = num / (d · r): measure
                    // everything in units of 1 / (d · r).
                    let mut next: Vec<I> = Vec::with_capacity(budget.len());
                    for (&b, &have) in p.ballots().iter().zip(budget.iter()) {
                        let have = have.checked_mul(&r)?;
                        next.push(if b & (1 << c) != 0 {
                            have - num.min(have)
                        } else {
                            have
                        });
                    }
                    let mut nd = d.checked_mul(&r)?;
                    if !resolute {
                        lowest_terms(&mut next, &mut nd);
                    }
                    Some((com | 1 << c, (next, nd)))
                })
                .collect()
        };
        let next = step()?;
        Some(if next.is_empty() {
            Step::Done
        } else {
            Step::Next(next)
        })
    })
}

/// Method of Equal Shares for unit weights: every voter starts with k / n; unfilled
/// seats are completed as given.
pub fn equal_shares<I: Int>(
    p: &Profile,
    k: usize,
    resolute: bool,
    completion: Completion,
) -> Option<Vec<CandSet>> {
    let n = int::<I>(p.num_voters() as i64);
    let start = (vec![int::<I>(k as i64); p.num_voters()], n);
    let mut out = Vec::new();
    for (com, (budget, d)) in equal_shares_phase(p, k, resolute, start)? {
        if com.count_ones() as usize == k || completion == Completion::None {
            out.push(com);
            continue;
        }
        match completion {
            Completion::Phragmen => {
                // Loads start at minus the unspent budget.
                let loads = budget.iter().map(|&b| -b).collect();
                out.extend(seqphragmen_from(p, k, resolute, com, (loads, d))?);
            }
            Completion::Av => out.extend(av_completion(p, k, com)),
            Completion::None => {}
        }
        if resolute {
            break;
        }
    }
    Some(out)
}

/// abcvoting's AV completion (as in [`super::money`]): the AV-winning committees of size
/// m = missing seats, then one more, … whose union with `com` has exactly k members.
fn av_completion(p: &Profile, k: usize, com: CandSet) -> Vec<CandSet> {
    let ones = vec![1i64; p.num_voters()];
    let score = scaled::approval_scores(p, &ones, p.all());
    let missing = k - com.count_ones() as usize;
    for m in missing..(missing + k).min(p.num_cand() + 1) {
        let (sets, _) = top_k_by(&score, m, false);
        let full: Vec<CandSet> = sets
            .into_iter()
            .map(|s| s | com)
            .filter(|s| s.count_ones() as usize == k)
            .collect();
        if !full.is_empty() {
            return full;
        }
    }
    Vec::new()
}

/// Equal Shares with increment completion for unit weights: raise the total budget from
/// k in steps of 1 until Equal Shares alone elects k candidates.
pub fn equal_shares_increment<I: Int>(p: &Profile, k: usize) -> Option<Vec<CandSet>> {
    if (p.approved_candidates().count_ones() as usize) < k {
        let ones = vec![1i64; p.num_voters()];
        let score = scaled::approval_scores(p, &ones, p.all());
        return Some(top_k_by(&score, k, true).0);
    }
    let n = p.num_voters() as i64;
    // Budgets k, k + 1, … up to ⌈k · n + 1⌉ (exclusive), each voter starting with budget / n.
    for budget in k as i64..(k as i64).checked_mul(n)? + 1 {
        let start = (vec![int::<I>(budget); p.num_voters()], int::<I>(n));
        let finals = equal_shares_phase(p, k, true, start)?;
        if let Some(&(com, _)) = finals.iter().find(|(c, _)| c.count_ones() as usize == k) {
            return Some(vec![com]);
        }
    }
    Some(Vec::new())
}

/// seq-Phragmén for unit weights from a partial committee and voter loads: each step
/// elects the candidate whose approvers, sharing one more unit of load so that they end
/// equal, reach the smallest new load.
pub fn seqphragmen_from<I: Int>(
    p: &Profile,
    k: usize,
    resolute: bool,
    start: CandSet,
    loads: Ledger<I>,
) -> Option<Vec<CandSet>> {
    let finals = explore_checked((start, loads), resolute, |(com, (load, d))| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let step = || -> Option<Vec<(CandSet, Ledger<I>)>> {
            // New load of c: (1 + Σ approvers' loads) / |approvers| = x / (d · w).
            let new_load = |c: usize| -> Option<(I, I)> {
                let mut x = *d;
                let mut w = I::zero();
                for (&b, &l) in p.ballots().iter().zip(load.iter()) {
                    if b & (1 << c) != 0 {
                        x = x.checked_add(&l)?;
                        w = w + I::one();
                    }
                }
                // abcvoting gives a candidate nobody approves the load k + 1.
                if w.is_zero() {
                    return Some((int::<I>(k as i64 + 1).checked_mul(d)?, I::one()));
                }
                Some((x, w))
            };
            let mut best: Option<(I, I)> = None;
            let mut tied: Vec<(usize, (I, I))> = Vec::new();
            for c in each(p.all() & !*com) {
                let (x, w) = new_load(c)?;
                let order = match best {
                    None => std::cmp::Ordering::Less,
                    Some((bx, bw)) => x.checked_mul(&bw)?.cmp(&bx.checked_mul(&w)?),
                };
                match order {
                    std::cmp::Ordering::Greater => {}
                    std::cmp::Ordering::Equal => tied.push((c, (x, w))),
                    std::cmp::Ordering::Less => {
                        best = Some((x, w));
                        tied = vec![(c, (x, w))];
                    }
                }
            }
            if resolute {
                tied.truncate(1); // a resolute run continues with the first only
            }
            tied.into_iter()
                .map(|(c, (x, w))| {
                    // The approvers' loads become x / (d · w) = (x / g) / (d · per).
                    let g = x.gcd(&w);
                    let (x, per) = (x / g, w / g);
                    let mut next = Vec::with_capacity(load.len());
                    for (&b, &l) in p.ballots().iter().zip(load.iter()) {
                        next.push(if b & (1 << c) != 0 {
                            x
                        } else {
                            l.checked_mul(&per)?
                        });
                    }
                    let mut nd = d.checked_mul(&per)?;
                    if !resolute {
                        lowest_terms(&mut next, &mut nd);
                    }
                    Some((com | 1 << c, (next, nd)))
                })
                .collect()
        };
        Some(Step::Next(step()?))
    })?;
    Some(finals.into_iter().map(|s| s.0).collect())
}
