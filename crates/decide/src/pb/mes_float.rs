//! A certified float run of the Method of Equal Shares, to make the completions (which
//! rerun MES hundreds of times) fast without ever deciding on a float.
//!
//! Money is kept in `f64` together with a bound on its rounding error. Every decision
//! (is a project affordable, which project has the least ρ, does a supporter pay all she
//! has) is taken only when it is certain under that bound; when all supporters of a project
//! can pay the equal share, ρ is known exactly (cost / |A(p)| per supporter) and compared
//! exactly. If any decision is too close to call, the run gives up and the caller runs the
//! exact engine instead, so the outcome is always the exact MES outcome.

use super::greedy::Sat;
use super::mes::Mes;
use super::q::Q;
use std::cmp::Ordering;

pub(super) const EPS: f64 = f64::EPSILON;

/// A project's ρ this round: exact when nobody is short of money, else an interval.
#[derive(Clone)]
pub(super) enum Rho {
    Exact(Q),
    Between(f64, f64),
}

impl Rho {
    pub(super) fn lo(&self) -> f64 {
        match self {
            Rho::Exact(q) => q.to_f64() * (1.0 - 4.0 * EPS),
            Rho::Between(lo, _) => *lo,
        }
    }
    pub(super) fn hi(&self) -> f64 {
        match self {
            Rho::Exact(q) => q.to_f64() * (1.0 + 4.0 * EPS),
            Rho::Between(_, hi) => *hi,
        }
    }
    /// Certain order, or `None` when the floats cannot tell.
    pub(super) fn cmp(&self, o: &Rho) -> Option<Ordering> {
        if let (Rho::Exact(a), Rho::Exact(b)) = (self, o) {
            return Some(a.cmp(b));
        }
        if self.hi() < o.lo() {
            Some(Ordering::Less)
        } else if o.hi() < self.lo() {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

/// A round's winner and the projects tied with it.
pub type Round = (usize, Vec<usize>);

/// Gave up: a decision was too close for floats. `decided` holds the rounds that were
/// certain before that (free projects excluded), so the exact engine can start from there.
pub struct Unsure {
    pub decided: Vec<Round>,
}

/// Gave up, without the decided rounds (they are attached by [`fast_rounds`]).
pub(super) struct TooClose;

struct Price {
    rho: Rho,
    share: f64,
    share_err: f64,
}

/// The funded projects of MES with `per_voter` money each, or `Unsure` with the rounds
/// decided before the floats gave up.
pub fn fast_outcome(mes: &Mes, per_voter: &Q) -> Result<Vec<usize>, Unsure> {
    fast_rounds(mes, per_voter).map(|(mut selected, rounds)| {
        selected.extend(rounds.into_iter().map(|r| r.0));
        selected
    })
}

/// The projects funded for free up front, and each round's winner with the projects tied
/// with it (exactly equal ρ, lost on the tie-break); or `Unsure`.
pub fn fast_rounds(mes: &Mes, per_voter: &Q) -> Result<(Vec<usize>, Vec<Round>), Unsure> {
    let mut rounds = Vec::new();
    match run_rounds(mes, per_voter, &mut rounds) {
        Ok(()) => Ok((mes.free.clone(), rounds)),
        Err(TooClose) => Err(Unsure { decided: rounds }),
    }
}

/// The rounds of the float run, pushed onto `rounds` as they are decided.
fn run_rounds(mes: &Mes, per_voter: &Q, rounds: &mut Vec<Round>) -> Result<(), TooClose> {
    let support = mes.support;
    let b0 = per_voter.to_f64();
    let mut money: Vec<f64> = vec![0.0, b0];
    let mut members: Vec<u64> = vec![0, support.voters];
    let mut class_of: Vec<u32> = vec![1; support.mult.len()];
    // Bound on the absolute error of every class's money.
    let mut err = 2.0 * EPS * b0;
    let mut active: Vec<(usize, f64)> = mes.considered.iter().map(|&p| (p, 0.0)).collect();
    let mut scratch: Vec<u64> = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    // Live classes, poorest first (kept sorted by a merge after each payment), so a
    // project's supporter classes can come out in order by a walk instead of a sort.
    let mut order: Vec<u32> = vec![1];
    let mut classes: Vec<(u32, u64)> = Vec::new();
    let ids = |p: usize| mes.instance.projects[p].id.as_str();
    loop {
        active.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mut best: Option<(usize, Price)> = None;
        let mut contenders: Vec<(usize, Rho)> = Vec::new();
        let mut drop = Vec::new();
        for (i, slot) in active.iter_mut().enumerate() {
            if best.as_ref().is_some_and(|(_, b)| slot.1 > b.rho.hi()) {
                break;
            }
            let p = slot.0;
            // Supporter classes with their counts, poorest first.
            scratch.resize(money.len(), 0);
            for &g in &support.supporters[p] {
                let c = class_of[g as usize];
                if c != 0 {
                    if scratch[c as usize] == 0 {
                        touched.push(c);
                    }
                    scratch[c as usize] += support.mult[g as usize];
                }
            }
            classes.clear();
            classes.extend(touched.iter().map(|&c| (c, scratch[c as usize])));
            let priced = price(mes, p, &mut classes, &money, err, &order, &scratch);
            for c in touched.drain(..) {
                scratch[c as usize] = 0;
            }
            let Some(price) = priced? else {
                drop.push(i);
                continue;
            };
            slot.1 = price.rho.lo();
            contenders.push((p, price.rho.clone()));
            let better = match &best {
                None => true,
                Some((q, b)) => match price.rho.cmp(&b.rho) {
                    Some(Ordering::Less) => true,
                    Some(Ordering::Equal) => mes.tie.compare(ids(p), ids(*q)) == Ordering::Less,
                    Some(Ordering::Greater) => false,
                    None => return Err(TooClose),
                },
            };
            if better {
                best = Some((p, price));
            }
        }
        for i in drop.into_iter().rev() {
            active.remove(i);
        }
        let Some((p, price)) = best else {
            return Ok(());
        };
        let mut tied = Vec::new();
        // The winner must be certainly below every other contender (or tie-break first).
        for (q, rho) in &contenders {
            if *q != p {
                match price.rho.cmp(rho) {
                    Some(Ordering::Less) => {}
                    Some(Ordering::Equal) if mes.tie.compare(ids(p), ids(*q)) == Ordering::Less => {
                        tied.push(*q)
                    }
                    _ => return Err(TooClose),
                }
            }
        }
        // Pay: classes that cannot pay the share give all they have.
        let mut moved = vec![u32::MAX; money.len()];
        for &g in &support.supporters[p] {
            let c = class_of[g as usize] as usize;
            if c == 0 {
                continue;
            }
            if moved[c] == u32::MAX {
                let m = money[c];
                if (m - price.share).abs() <= err + price.share_err {
                    return Err(TooClose);
                }
                moved[c] = if m < price.share {
                    0
                } else {
                    money.push(m - price.share);
                    members.push(0);
                    (money.len() - 1) as u32
                };
            }
            let m = support.mult[g as usize];
            members[c] -= m;
            members[moved[c] as usize] += m;
            class_of[g as usize] = moved[c];
        }
        order = merge_paid(&order, &moved, &members, &money);
        err += price.share_err + EPS * b0;
        if err > 1e-6 * b0 {
            return Err(TooClose);
        }
        // Funding p rules out its incompatibility group-mates.
        let mates = &mes.support.mates[p];
        active.retain(|a| a.0 != p && !mates.contains(&a.0));
        tied.sort_by(|a, b| mes.tie.compare(ids(*a), ids(*b)));
        rounds.push((p, tied));
    }
}

/// ρ of `p` from its supporter `classes` (any order; reordered here, using the sorted live
/// classes `order` and the per-class supporter `counts` when there are many); `Ok(None)`
/// when surely unaffordable, `Err` when too close to call.
fn price(
    mes: &Mes,
    p: usize,
    classes: &mut Vec<(u32, u64)>,
    money: &[f64],
    err: f64,
    order: &[u32],
    counts: &[u64],
) -> Result<Option<Price>, TooClose> {
    let cost = mes.costs_f64[p];
    let supporters: u64 = classes.iter().map(|c| c.1).sum();
    let total: f64 = classes
        .iter()
        .map(|&(c, n)| money[c as usize] * n as f64)
        .sum();
    let total_err = supporters as f64 * err + (classes.len() + 2) as f64 * EPS * total;
    if total + total_err < cost {
        return Ok(None);
    }
    if total - total_err < cost {
        return Err(TooClose);
    }
    let sat = match mes.sat {
        Sat::Cost => cost,
        Sat::Cardinality => 1.0,
    };
    let (mut paid, mut paid_err, mut left) = (0.0f64, 0.0f64, supporters);
    // Poorest class first; the rest is put in order only if that class cannot pay the
    // share (usually everyone can, and then the order of the others does not matter).
    if let Some(min) = (0..classes.len())
        .min_by(|&a, &b| money[classes[a].0 as usize].total_cmp(&money[classes[b].0 as usize]))
    {
        classes.swap(0, min);
    }
    for i in 0..classes.len() {
        if i == 1 {
            if classes.len() * 16 < order.len() {
                // Few classes: sorting them is cheaper than walking every live class.
                classes[1..]
                    .sort_unstable_by(|a, b| money[a.0 as usize].total_cmp(&money[b.0 as usize]));
            } else {
                let first = classes[0].0;
                classes.truncate(1);
                for &c in order {
                    if c != first && counts[c as usize] > 0 {
                        classes.push((c, counts[c as usize]));
                    }
                }
            }
        }
        let (c, n) = classes[i];
        let share = (cost - paid) / left as f64;
        let share_err = (paid_err + (i + 3) as f64 * EPS * cost) / left as f64 + EPS * share;
        let m = money[c as usize];
        if (share - m).abs() <= share_err + err {
            return Err(TooClose);
        }
        if share < m {
            let rho = if i == 0 {
                // Nobody is short: everyone pays cost / supporters, exactly.
                let exact = mes.costs[p].div_int(supporters);
                Rho::Exact(match mes.sat {
                    Sat::Cost => Q::ratio(1, i128::from(supporters)),
                    Sat::Cardinality => exact,
                })
            } else {
                let r = share / sat;
                let e = share_err / sat + 2.0 * EPS * r;
                Rho::Between(r - e, r + e)
            };
            return Ok(Some(Price {
                rho,
                share,
                share_err,
            }));
        }
        paid += m * n as f64;
        paid_err += n as f64 * err + EPS * paid;
        left -= n;
    }
    Err(TooClose)
}

/// The live classes in order of money after a payment, from the order before it: classes
/// that kept members keep their order, and the payers' new classes (each old amount minus
/// the same share; float subtraction is monotone) are in the same order, so one merge of
/// the two lists does it. `moved[c]` is the class c's supporters moved to (`u32::MAX`:
/// none, 0: emptied).
fn merge_paid(order: &[u32], moved: &[u32], members: &[u64], money: &[f64]) -> Vec<u32> {
    let stayed = order.iter().copied().filter(|&c| members[c as usize] > 0);
    let mut paid = order
        .iter()
        .map(|&c| moved[c as usize])
        .filter(|&to| to != u32::MAX && to != 0)
        .peekable();
    let mut out = Vec::with_capacity(order.len() + 1);
    for c in stayed {
        while let Some(&to) = paid.peek() {
            if money[to as usize] >= money[c as usize] {
                break;
            }
            out.push(to);
            paid.next();
        }
        out.push(c);
    }
    out.extend(paid);
    out
}
