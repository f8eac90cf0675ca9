//! Rules where voters hold and spend a budget: the Method of Equal Shares (with its
//! completions), Phragmén–Eneström and the Consensus rule.

use super::branching::{Step, explore};
use super::optimal::top_k;
use super::phragmen::seqphragmen_from;
use super::profile::{CandSet, Profile, members, show};
use num_rational::BigRational;
use num_traits::{One, Zero};

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

type Budgets = Vec<BigRational>;

fn rat(n: usize) -> BigRational {
    BigRational::from_integer(n.into())
}

fn approvers(p: &Profile, c: usize) -> impl Iterator<Item = usize> + '_ {
    p.ballots()
        .iter()
        .enumerate()
        .filter(move |(_, b)| *b & (1 << c) != 0)
        .map(|(v, _)| v)
}

/// The smallest price per unit of weight q at which the approvers of `c` can together pay
/// 1, each paying min(budget, q · weight); `None` when they cannot afford it.
fn min_price(p: &Profile, budget: &Budgets, c: usize) -> Option<BigRational> {
    let mut rich: Vec<usize> = approvers(p, c).collect();
    let mut poor_budget = BigRational::zero();
    while !rich.is_empty() {
        let rich_weight = rich
            .iter()
            .fold(BigRational::zero(), |a, &v| a + &p.weights()[v]);
        let q = (BigRational::one() - &poor_budget) / rich_weight;
        let (poor, still): (Vec<usize>, Vec<usize>) = rich
            .iter()
            .partition(|&&v| budget[v] < &q * &p.weights()[v]);
        if poor.is_empty() {
            return Some(q);
        }
        for v in poor {
            poor_budget += &budget[v];
        }
        rich = still;
    }
    None
}

/// The Equal Shares phase: every voter starts with `start` (budget per unit of weight);
/// each step elects the candidate its approvers can buy at the lowest price per unit of
/// weight. Returns the final (committee, budgets) states.
fn equal_shares_phase(
    p: &Profile,
    k: usize,
    resolute: bool,
    start: &BigRational,
    lines: &mut Vec<String>,
) -> Vec<(CandSet, Budgets)> {
    let budgets: Budgets = p.weights().iter().map(|w| w * start).collect();
    explore((0 as CandSet, budgets), resolute, |(w, budget)| {
        if w.count_ones() as usize >= k {
            return Step::Done;
        }
        let mut best: Option<BigRational> = None;
        let mut tied = Vec::new();
        for c in (0..p.num_cand()).filter(|c| w & (1 << c) == 0) {
            let Some(q) = min_price(p, budget, c) else {
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
        let Some(q) = best else { return Step::Done };
        if resolute {
            lines.push(format!(
                "Elect {} at price {q} per unit of weight (tied: {tied:?}).",
                tied[0]
            ));
        }
        Step::Next(
            tied.into_iter()
                .map(|c| {
                    let mut next = budget.clone();
                    for v in approvers(p, c) {
                        let pay = (&q * &p.weights()[v]).min(budget[v].clone());
                        next[v] -= pay;
                    }
                    (w | 1 << c, next)
                })
                .collect(),
        )
    })
}

/// Method of Equal Shares for committees: every candidate costs 1, each voter's share of
/// the budget k is proportional to their weight; unfilled seats are completed as given.
pub fn equal_shares(
    p: &Profile,
    k: usize,
    resolute: bool,
    completion: Completion,
) -> (Vec<CandSet>, Vec<String>) {
    let mut lines = Vec::new();
    let start = rat(k) / p.total_weight();
    let finals = equal_shares_phase(p, k, resolute, &start, &mut lines);
    let mut out = Vec::new();
    for (w, budget) in finals {
        if w.count_ones() as usize == k || completion == Completion::None {
            out.push(w);
            continue;
        }
        if resolute {
            lines.push(format!(
                "No candidate is affordable; {} is completed.",
                show(w)
            ));
        }
        match completion {
            Completion::Phragmen => {
                let loads = budget
                    .iter()
                    .zip(p.weights())
                    .map(|(b, wt)| -(b / wt))
                    .collect();
                let (sets, more) = seqphragmen_from(p, k, resolute, w, loads);
                lines.extend(more);
                out.extend(sets);
            }
            Completion::Av => out.extend(av_completion(p, k, w)),
            Completion::None => {}
        }
        if resolute {
            break;
        }
    }
    (out, lines)
}

/// abcvoting's AV completion: the AV-winning committees of size m (m = missing seats,
/// then one more, …) whose union with the partial committee has exactly k members.
fn av_completion(p: &Profile, k: usize, w: CandSet) -> Vec<CandSet> {
    let score: Vec<BigRational> = (0..p.num_cand())
        .map(|c| approvers(p, c).fold(BigRational::zero(), |a, v| a + &p.weights()[v]))
        .collect();
    let missing = k - w.count_ones() as usize;
    for m in missing..(missing + k).min(p.num_cand() + 1) {
        let (sets, _) = top_k(&score, m, false);
        let full: Vec<CandSet> = sets
            .into_iter()
            .map(|s| s | w)
            .filter(|s| s.count_ones() as usize == k)
            .collect();
        if !full.is_empty() {
            return full;
        }
    }
    Vec::new()
}

/// Equal Shares with increment completion: raise the budget from k in steps of 1 (as if
/// electing k, k+1, … seats) until Equal Shares alone elects k candidates.
pub fn equal_shares_increment(p: &Profile, k: usize) -> (Vec<CandSet>, Vec<String>) {
    if (p.approved_candidates().count_ones() as usize) < k {
        let score: Vec<BigRational> = (0..p.num_cand())
            .map(|c| approvers(p, c).fold(BigRational::zero(), |a, v| a + &p.weights()[v]))
            .collect();
        let (sets, line) = top_k(&score, k, true);
        return (
            sets,
            vec![
                "Fewer than k candidates are approved; AV decides.".into(),
                line,
            ],
        );
    }
    let total = p.total_weight();
    let limit = (rat(k) * &total + BigRational::one()).ceil();
    let mut budget = k;
    while rat(budget) < limit {
        let mut lines = Vec::new();
        let finals = equal_shares_phase(p, k, true, &(rat(budget) / &total), &mut lines);
        if let Some(&(w, _)) = finals.iter().find(|(w, _)| w.count_ones() as usize == k) {
            lines.insert(
                0,
                format!("Total budget {budget} is the smallest that fills all {k} seats."),
            );
            return (vec![w], lines);
        }
        budget += 1;
    }
    (Vec::new(), vec!["No budget filled the committee.".into()])
}

/// Phragmén–Eneström: voters start with their weight as budget; each step elects the
/// candidate with the most budget behind it, whose approvers pay the price W/k in
/// proportion to their budgets (all of it if they cannot afford the price).
pub fn phragmen_enestroem(p: &Profile, k: usize, resolute: bool) -> (Vec<CandSet>, Vec<String>) {
    let price = p.total_weight() / rat(k);
    let mut lines = Vec::new();
    let finals = explore(
        (0 as CandSet, p.weights().to_vec()),
        resolute,
        |(w, budget)| {
            if w.count_ones() as usize >= k {
                return Step::Done;
            }
            let (tied, most) = most_supported(p, *w, budget);
            let factor = if most > price {
                (&most - &price) / &most
            } else {
                BigRational::zero()
            };
            if resolute {
                lines.push(format!(
                    "Elect {} with support {most} (price {price}; tied: {tied:?}).",
                    tied[0]
                ));
            }
            Step::Next(
                tied.into_iter()
                    .map(|c| {
                        let mut next = budget.clone();
                        for v in approvers(p, c) {
                            next[v] *= &factor;
                        }
                        (w | 1 << c, next)
                    })
                    .collect(),
            )
        },
    );
    (finals.into_iter().map(|s| s.0).collect(), lines)
}

/// The open candidates with the largest support (sum of positive budgets of approvers),
/// in increasing order, and that support.
fn most_supported(p: &Profile, w: CandSet, budget: &Budgets) -> (Vec<usize>, BigRational) {
    let mut support = vec![BigRational::zero(); p.num_cand()];
    for (v, &b) in p.ballots().iter().enumerate() {
        if budget[v] > BigRational::zero() {
            for c in members(b & !w) {
                support[c] += &budget[v];
            }
        }
    }
    let open: Vec<usize> = (0..p.num_cand()).filter(|c| w & (1 << c) == 0).collect();
    let most = open
        .iter()
        .map(|&c| &support[c])
        .max()
        .cloned()
        .unwrap_or_default();
    (
        open.into_iter().filter(|&c| support[c] == most).collect(),
        most,
    )
}

/// Consensus rule: every round each voter receives their weight in budget; the candidate
/// with the most budget behind it is elected and its supporters pay W in total, in
/// proportion to their weights (budgets may go negative).
pub fn consensus_rule(p: &Profile, k: usize, resolute: bool) -> (Vec<CandSet>, Vec<String>) {
    let total = p.total_weight();
    let mut lines = Vec::new();
    let start: Budgets = vec![BigRational::zero(); p.num_voters()];
    let finals = explore((0 as CandSet, start), resolute, |(w, budget)| {
        if w.count_ones() as usize >= k {
            return Step::Done;
        }
        let budget: Budgets = budget
            .iter()
            .zip(p.weights())
            .map(|(b, wt)| b + wt)
            .collect();
        let (tied, most) = most_supported(p, *w, &budget);
        if resolute {
            lines.push(format!(
                "Elect {} with support {most} (tied: {tied:?}).",
                tied[0]
            ));
        }
        Step::Next(
            tied.into_iter()
                .map(|c| {
                    let supporters: Vec<usize> = approvers(p, c)
                        .filter(|&v| budget[v] > BigRational::zero())
                        .collect();
                    let weight = supporters
                        .iter()
                        .fold(BigRational::zero(), |a, &v| a + &p.weights()[v]);
                    let mut next = budget.clone();
                    for &v in &supporters {
                        next[v] -= &p.weights()[v] * &total / &weight;
                    }
                    (w | 1 << c, next)
                })
                .collect(),
        )
    });
    (finals.into_iter().map(|s| s.0).collect(), lines)
}
