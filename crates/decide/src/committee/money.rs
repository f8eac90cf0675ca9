//! Rules where voters hold and spend a budget: the Method of Equal Shares (with its
//! completions), Phragmén–Eneström and the Consensus rule.
//!
//! Each rule is generic over the exact number type (see [`super::exact`]); `None` from an
//! inner function means "overflowed, run again with big rationals".

use super::branching::{Step, explore_checked};
use super::exact::{Exact, Medium, Small, sum, tiers, weights};
use super::optimal::top_k_by;
use super::phragmen::seqphragmen_from;
use super::profile::{CandSet, Profile, each, members, show};
use super::{explaining, ledger, note, unit};
use num_rational::BigRational;

/// How Equal Shares fills the seats left when no candidate is affordable any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// Continue with seq-Phragmén, each voter starting with load = −(unspent budget).
    Phragmen,
    /// Add the best approval scores (abcvoting's AV completion).
    Av,
    /// Stop: the committee may be smaller than k.
    None,
}

type Out = (Vec<CandSet>, Vec<String>);

fn overflow_note() -> Out {
    (
        Vec::new(),
        vec!["Arithmetic failed (division by zero); no result.".into()],
    )
}

fn approvers(p: &Profile, c: usize) -> impl Iterator<Item = usize> + '_ {
    p.ballots()
        .iter()
        .enumerate()
        .filter(move |(_, b)| *b & (1 << c) != 0)
        .map(|(v, _)| v)
}

/// The smallest price per unit of weight q at which the approvers of `c` can together pay
/// 1, each paying min(budget, q · weight). `Some(None)` when they cannot afford it.
fn min_price<N: Exact>(p: &Profile, w: &[N], budget: &[N], c: usize) -> Option<Option<N>> {
    let mut rich: Vec<usize> = approvers(p, c).collect();
    let mut poor_budget = N::int(0);
    while !rich.is_empty() {
        let rich_weight = sum(rich.iter().map(|&v| &w[v]))?;
        let q = N::int(1).sub(&poor_budget)?.div(&rich_weight)?;
        let mut still = Vec::with_capacity(rich.len());
        let mut any_poor = false;
        for &v in &rich {
            if budget[v] < q.mul(&w[v])? {
                poor_budget = poor_budget.add(&budget[v])?;
                any_poor = true;
            } else {
                still.push(v);
            }
        }
        if !any_poor {
            return Some(Some(q));
        }
        rich = still;
    }
    Some(None)
}

/// The Equal Shares phase: every voter starts with `start` times their weight; each step
/// elects the candidate its approvers can buy at the lowest price per unit of weight.
/// Returns the final (committee, budgets) states.
fn equal_shares_phase<N: Exact>(
    p: &Profile,
    w: &[N],
    k: usize,
    resolute: bool,
    start: &N,
    lines: &mut Vec<String>,
) -> Option<Vec<(CandSet, Vec<N>)>> {
    let budgets: Vec<N> = w.iter().map(|x| x.mul(start)).collect::<Option<_>>()?;
    explore_checked((0 as CandSet, budgets), resolute, |(com, budget)| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let mut best: Option<N> = None;
        let mut tied = Vec::new();
        for c in (0..p.num_cand()).filter(|c| com & (1 << c) == 0) {
            let Some(q) = min_price(p, w, budget, c)? else {
                continue;
            };
            match best.as_ref().map(|b| q.cmp(b)) {
                Some(std::cmp::Ordering::Greater) => {}
                Some(std::cmp::Ordering::Equal) => tied.push(c),
                _ => {
                    best = Some(q);
                    tied = vec![c];
                }
            }
        }
        let Some(q) = best else {
            return Some(Step::Done);
        };
        if resolute {
            note(lines, || {
                format!(
                    "Elect {} at price {q} per unit of weight (tied: {tied:?}).",
                    tied[0]
                )
            });
        }
        let mut next_states = Vec::with_capacity(tied.len());
        for c in tied {
            let mut next = budget.clone();
            for v in approvers(p, c) {
                let pay = q.mul(&w[v])?.min(budget[v].clone());
                next[v] = next[v].sub(&pay)?;
            }
            next_states.push((com | 1 << c, next));
        }
        Some(Step::Next(next_states))
    })
}

/// Method of Equal Shares for committees: every candidate costs 1, each voter's share of
/// the budget k is proportional to their weight; unfilled seats are completed as given.
pub fn equal_shares(p: &Profile, k: usize, resolute: bool, completion: Completion) -> Out {
    if !explaining() && p.has_unit_weights() {
        let sets = unit::equal_shares::<i64>(p, k, resolute, completion)
            .or_else(|| unit::equal_shares::<i128>(p, k, resolute, completion));
        if let Some(sets) = sets {
            return (sets, Vec::new());
        }
    }
    tiers(
        || equal_shares_in::<Small>(p, k, resolute, completion),
        || equal_shares_in::<Medium>(p, k, resolute, completion),
        || equal_shares_in::<BigRational>(p, k, resolute, completion),
        overflow_note,
    )
}

fn equal_shares_in<N: Exact>(
    p: &Profile,
    k: usize,
    resolute: bool,
    completion: Completion,
) -> Option<Out> {
    let w: Vec<N> = weights(p.weights())?;
    let mut lines = Vec::new();
    let start = N::int(k as i64).div(&sum(&w)?)?;
    let finals = equal_shares_phase(p, &w, k, resolute, &start, &mut lines)?;
    let mut out = Vec::new();
    for (com, budget) in finals {
        if com.count_ones() as usize == k || completion == Completion::None {
            out.push(com);
            continue;
        }
        if resolute {
            note(&mut lines, || {
                format!("No candidate is affordable; {} is completed.", show(com))
            });
        }
        match completion {
            Completion::Phragmen => {
                let loads: Vec<N> = budget
                    .iter()
                    .zip(&w)
                    .map(|(b, wt)| N::int(0).sub(&b.div(wt)?))
                    .collect::<Option<_>>()?;
                let (sets, more) = seqphragmen_from(p, &w, k, resolute, com, loads)?;
                lines.extend(more);
                out.extend(sets);
            }
            Completion::Av => out.extend(av_completion(p, &w, k, com)?),
            Completion::None => {}
        }
        if resolute {
            break;
        }
    }
    Some((out, lines))
}

fn av_scores<N: Exact>(p: &Profile, w: &[N]) -> Option<Vec<N>> {
    (0..p.num_cand())
        .map(|c| sum(approvers(p, c).map(|v| &w[v])))
        .collect()
}

/// abcvoting's AV completion: the AV-winning committees of size m (m = missing seats,
/// then one more, …) whose union with the partial committee has exactly k members.
fn av_completion<N: Exact>(p: &Profile, w: &[N], k: usize, com: CandSet) -> Option<Vec<CandSet>> {
    let score = av_scores(p, w)?;
    let missing = k - com.count_ones() as usize;
    for m in missing..(missing + k).min(p.num_cand() + 1) {
        let (sets, _) = top_k_by(&score, m, false);
        let full: Vec<CandSet> = sets
            .into_iter()
            .map(|s| s | com)
            .filter(|s| s.count_ones() as usize == k)
            .collect();
        if !full.is_empty() {
            return Some(full);
        }
    }
    Some(Vec::new())
}

/// Equal Shares with increment completion: raise the budget from k in steps of 1 (as if
/// electing k, k+1, … seats) until Equal Shares alone elects k candidates.
pub fn equal_shares_increment(p: &Profile, k: usize) -> Out {
    if !explaining() && p.has_unit_weights() {
        let sets = unit::equal_shares_increment::<i64>(p, k)
            .or_else(|| unit::equal_shares_increment::<i128>(p, k));
        if let Some(sets) = sets {
            return (sets, Vec::new());
        }
    }
    tiers(
        || equal_shares_increment_in::<Small>(p, k),
        || equal_shares_increment_in::<Medium>(p, k),
        || equal_shares_increment_in::<BigRational>(p, k),
        overflow_note,
    )
}

fn equal_shares_increment_in<N: Exact>(p: &Profile, k: usize) -> Option<Out> {
    let w: Vec<N> = weights(p.weights())?;
    if (p.approved_candidates().count_ones() as usize) < k {
        let (sets, line) = top_k_by(&av_scores(p, &w)?, k, true);
        return Some((
            sets,
            vec![
                "Fewer than k candidates are approved; AV decides.".into(),
                line,
            ],
        ));
    }
    let total = sum(&w)?;
    let limit = N::int(k as i64).mul(&total)?.add(&N::int(1))?.ceil_i64()?;
    for budget in k as i64..limit {
        let mut lines = Vec::new();
        let start = N::int(budget).div(&total)?;
        let finals = equal_shares_phase(p, &w, k, true, &start, &mut lines)?;
        if let Some(&(com, _)) = finals.iter().find(|(c, _)| c.count_ones() as usize == k) {
            if explaining() {
                lines.insert(
                    0,
                    format!("Total budget {budget} is the smallest that fills all {k} seats."),
                );
            }
            return Some((vec![com], lines));
        }
    }
    Some((Vec::new(), vec!["No budget filled the committee.".into()]))
}

/// Phragmén–Eneström: voters start with their weight as budget; each step elects the
/// candidate with the most budget behind it, whose approvers pay the price W/k in
/// proportion to their budgets (all of it if they cannot afford the price).
pub fn phragmen_enestroem(p: &Profile, k: usize, resolute: bool) -> Out {
    if let (false, Some(w)) = (explaining(), p.integer_weights()) {
        let on = |int64| match int64 {
            true => ledger::phragmen_enestroem::<i64>(p, w, k, resolute),
            false => ledger::phragmen_enestroem::<i128>(p, w, k, resolute),
        };
        if let Some(out) = on(true).or_else(|| on(false)) {
            return out;
        }
    }
    tiers(
        || phragmen_enestroem_in::<Small>(p, k, resolute),
        || phragmen_enestroem_in::<Medium>(p, k, resolute),
        || phragmen_enestroem_in::<BigRational>(p, k, resolute),
        overflow_note,
    )
}

fn phragmen_enestroem_in<N: Exact>(p: &Profile, k: usize, resolute: bool) -> Option<Out> {
    let w: Vec<N> = weights(p.weights())?;
    let price = sum(&w)?.div(&N::int(k as i64))?;
    let mut lines = Vec::new();
    let finals = explore_checked((0 as CandSet, w.clone()), resolute, |(com, budget)| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let mut step = || -> Option<Vec<(CandSet, Vec<N>)>> {
            let (tied, most) = most_supported(p, *com, budget)?;
            if most.is_zero() {
                // Nobody with budget left approves an open candidate, and budgets never
                // grow: every later round ties all open candidates, so every completion
                // wins. Jump there instead of walking every order of ties.
                let open = members(p.all() & !*com);
                let need = k - com.count_ones() as usize;
                if resolute {
                    note(&mut lines, || {
                        format!(
                            "No budget left behind any candidate; the smallest {need} open candidates fill the seats."
                        )
                    });
                }
                let fill = super::search::committees(open.len(), need);
                return Some(
                    fill.map(|pick| {
                        (
                            members(pick).iter().fold(*com, |a, &i| a | 1 << open[i]),
                            budget.clone(),
                        )
                    })
                    .collect(),
                );
            }
            let factor = if most > price {
                most.sub(&price)?.div(&most)?
            } else {
                N::int(0)
            };
            if resolute {
                note(&mut lines, || {
                    format!(
                        "Elect {} with support {most} (price {price}; tied: {tied:?}).",
                        tied[0]
                    )
                });
            }
            tied.into_iter()
                .map(|c| {
                    let mut next = budget.clone();
                    for v in approvers(p, c) {
                        next[v] = next[v].mul(&factor)?;
                    }
                    Some((com | 1 << c, next))
                })
                .collect()
        };
        Some(Step::Next(step()?))
    })?;
    Some((finals.into_iter().map(|s| s.0).collect(), lines))
}

/// The open candidates with the largest support (sum of positive budgets of approvers),
/// in increasing order, and that support.
fn most_supported<N: Exact>(p: &Profile, com: CandSet, budget: &[N]) -> Option<(Vec<usize>, N)> {
    let mut support = vec![N::int(0); p.num_cand()];
    for (v, &b) in p.ballots().iter().enumerate() {
        if budget[v].is_positive() {
            for c in each(b & !com) {
                support[c] = support[c].add(&budget[v])?;
            }
        }
    }
    let open: Vec<usize> = (0..p.num_cand()).filter(|c| com & (1 << c) == 0).collect();
    let most = open
        .iter()
        .map(|&c| &support[c])
        .max()
        .cloned()
        .unwrap_or_else(|| N::int(0));
    Some((
        open.into_iter().filter(|&c| support[c] == most).collect(),
        most,
    ))
}

/// Consensus rule: every round each voter receives their weight in budget; the candidate
/// with the most budget behind it is elected and its supporters pay W in total, in
/// proportion to their weights (budgets may go negative).
pub fn consensus_rule(p: &Profile, k: usize, resolute: bool) -> Out {
    if let (false, Some(w)) = (explaining(), p.integer_weights()) {
        let on = |int64| match int64 {
            true => ledger::consensus_rule::<i64>(p, w, k, resolute),
            false => ledger::consensus_rule::<i128>(p, w, k, resolute),
        };
        if let Some(out) = on(true).or_else(|| on(false)) {
            return out;
        }
    }
    tiers(
        || consensus_rule_in::<Small>(p, k, resolute),
        || consensus_rule_in::<Medium>(p, k, resolute),
        || consensus_rule_in::<BigRational>(p, k, resolute),
        overflow_note,
    )
}

fn consensus_rule_in<N: Exact>(p: &Profile, k: usize, resolute: bool) -> Option<Out> {
    let w: Vec<N> = weights(p.weights())?;
    let total = sum(&w)?;
    let mut lines = Vec::new();
    let start = vec![N::int(0); p.num_voters()];
    let finals = explore_checked((0 as CandSet, start), resolute, |(com, budget)| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let mut step = || -> Option<Vec<(CandSet, Vec<N>)>> {
            let budget: Vec<N> = budget
                .iter()
                .zip(&w)
                .map(|(b, x)| b.add(x))
                .collect::<Option<_>>()?;
            let (tied, most) = most_supported(p, *com, &budget)?;
            if resolute {
                note(&mut lines, || {
                    format!("Elect {} with support {most} (tied: {tied:?}).", tied[0])
                });
            }
            tied.into_iter()
                .map(|c| {
                    let supporters: Vec<usize> = approvers(p, c)
                        .filter(|&v| budget[v].is_positive())
                        .collect();
                    let mut next = budget.clone();
                    if !supporters.is_empty() {
                        let weight = sum(supporters.iter().map(|&v| &w[v]))?;
                        let per_weight = total.div(&weight)?;
                        for &v in &supporters {
                            next[v] = next[v].sub(&w[v].mul(&per_weight)?)?;
                        }
                    }
                    Some((com | 1 << c, next))
                })
                .collect()
        };
        Some(Step::Next(step()?))
    })?;
    Some((finals.into_iter().map(|s| s.0).collect(), lines))
}
