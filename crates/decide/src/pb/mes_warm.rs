//! Warm MES reruns for the completions: Add1 and the budget increase rerun MES hundreds of
//! times with a growing per-voter budget b. This module owns the engine for those reruns:
//! a certified float run like [`super::mes_float`]'s that also takes help from a run
//! with *more* money per voter.
//!
//! **Why a richer run bounds a poorer one.** Take two runs, at b < b'', that funded the same
//! projects in the same order so far. Then every voter has at least as much money left at
//! b'' as at b (by induction over the rounds: with more money in every purse, a project's
//! equal share — the water level t with Σ min(mᵢ, t) = cost — is no higher, and what a
//! voter keeps, max(mᵢ − t, 0), is no lower). So in the next round every project's ρ at b
//! is at least its ρ at b'', and a project unaffordable at b'' is unaffordable at b. The
//! run at b'' records, per round, certain lower bounds on every active project's ρ (the
//! prices it computed, or the bounds that let it skip a project) and the projects it
//! dropped; the run at b uses them while its winners are the same as those of b''.
//! With those bounds most rounds price only the winner and its close rivals, instead of
//! every project whose own, older bound had fallen behind.
//!
//! [`Warm`] runs the budgets in descending blocks (see [`Warm::outcomes`]), each run taking
//! the one just above it as its reference; blocks do not depend on each other, so two are
//! computed at a time, on two threads. Prices use the float error bounds of
//! `mes_float`, so every decision is certain and the outcome is the exact MES outcome;
//! when the floats cannot decide, the caller runs the exact engine, as it does for
//! `mes_float`.

use super::greedy::Sat;
use super::mes::Mes;
use super::mes_float::{EPS, Rho, TooClose, Unsure};
use super::q::Q;
use std::cmp::Ordering;

/// A project's price this round: ρ, and the `share` (within `share_err`) each supporter
/// who is not short pays.
struct Price {
    rho: Rho,
    share: f64,
    share_err: f64,
}

/// The money of one run: classes of voters with equal purses, as in `mes_float`. Unlike
/// there, classes are not kept in order of money: a project's price is found by iterating
/// its water level (see [`Purse::price`]), which needs no order.
struct Purse {
    b: f64,
    money: Vec<f64>,
    class_of: Vec<u32>,
    /// Bound on the absolute error of each class's `money`. Kept per class, not for the
    /// whole run as in `mes_float`: a round where few supporters pay for many (a large
    /// share computed from a nearly equal difference) blurs only the payers' purses.
    err: Vec<f64>,
    /// Per-class scratch counts (zero between uses) and the classes touched.
    scratch: Vec<u64>,
    touched: Vec<u32>,
    /// Where a paying class moves (`u32::MAX` between uses; class 0 stays 0).
    moved: Vec<u32>,
    /// The current project's supporter classes (with money), and their totals.
    classes: Vec<Class>,
    gathered: Gathered,
}

/// Totals over the gathered classes, summed while gathering them.
#[derive(Clone, Copy, Debug, Default)]
struct Gathered {
    /// Supporters with money, their money, and Σ n·err over their classes.
    supporters: u64,
    total: f64,
    total_class_err: f64,
}

/// One purse class among a project's supporters, laid out for the pricing passes.
#[derive(Clone, Copy, Debug)]
struct Class {
    id: u32,
    /// Supporters in the class, and the money each holds.
    n: u64,
    money: f64,
    err: f64,
    /// Pays all it has (below the water level)?
    short: bool,
}

/// The classes marked short, summed: what they pay, its error bound, how many supporters
/// are left to share the rest, and how many classes are short.
struct Short {
    paid: f64,
    paid_err: f64,
    left: u64,
    classes: usize,
}

/// What [`Purse::certify`] found.
enum Check {
    Certain(Price),
    /// A class not marked short is below the share: the level is not reached yet.
    Below,
    TooClose,
}

impl Purse {
    fn new(mes: &Mes, per_voter: &Q) -> Purse {
        let b = per_voter.to_f64();
        Purse {
            b,
            money: vec![0.0, b],
            class_of: vec![1; mes.support.mult.len()],
            err: vec![0.0, 2.0 * EPS * b],
            scratch: Vec::new(),
            touched: Vec::new(),
            moved: vec![0],
            classes: Vec::new(),
            gathered: Gathered::default(),
        }
    }

    /// Gathers `p`'s supporter classes (with money) and their counts into `classes`.
    ///
    /// Branch-free over the groups (this loop is much of a run's time): every group's
    /// class is written to `touched`, which only grows the first time a class is seen.
    /// Class 0 (no money left) is gathered like the others and left out at the end.
    fn gather(&mut self, mes: &Mes, p: usize) {
        let support = mes.support;
        let groups = &support.supporters[p];
        self.scratch.resize(self.money.len(), 0);
        if self.touched.len() < groups.len() {
            self.touched.resize(groups.len(), 0);
        }
        let mut seen = 0;
        for &g in groups {
            let c = self.class_of[g as usize];
            let count = &mut self.scratch[c as usize];
            self.touched[seen] = c;
            seen += usize::from(*count == 0);
            *count += support.mult[g as usize];
        }
        self.classes.clear();
        let mut sums = Gathered::default();
        for &c in &self.touched[..seen] {
            let n = std::mem::take(&mut self.scratch[c as usize]);
            if c != 0 {
                let (money, err) = (self.money[c as usize], self.err[c as usize]);
                sums.supporters += n;
                sums.total += money * n as f64;
                sums.total_class_err += n as f64 * err;
                self.classes.push(Class {
                    id: c,
                    n,
                    money,
                    err,
                    short: false,
                });
            }
        }
        self.gathered = sums;
    }

    /// Prices `p`: `Ok(None)` when surely unaffordable, `Err` when the floats cannot decide.
    ///
    /// ρ·sat is the water level t with Σ min(mᵢ, t) = cost. Starting from t = cost / |A|
    /// (or `rho_low`·sat, a certain lower bound on ρ, when higher), the level (cost − money of those below t) / (the others) is iterated: it only rises
    /// and stays at or below the true level (for any set S, (cost − money of S) / (the
    /// others) is at most the true level), so it stops there. The set of short classes it
    /// ends with is then checked class by class with the float error bounds.
    fn price(&mut self, mes: &Mes, p: usize, rho_low: f64) -> Result<Option<Price>, TooClose> {
        self.gather(mes, p);
        let cost = mes.costs_f64[p];
        let Gathered {
            supporters,
            total,
            total_class_err,
        } = self.gathered;
        let total_err = total_class_err + (self.classes.len() + 2) as f64 * EPS * total;
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
        // Any level at or below the true one will do as a start; a known lower bound on ρ
        // (slightly lowered for the rounding of the product) saves passes.
        let mut level = (cost / supporters as f64).max(rho_low * sat * (1.0 - 1e-9));
        // Each pass marks the classes below the level and sums the short ones; the check
        // after it either certifies the price, finds a class below the new level (another
        // pass), or finds the floats too close. A few passes find the level in practice.
        for pass in 1.. {
            let mut short = Short {
                paid: 0.0,
                paid_err: 0.0,
                left: supporters,
                classes: 0,
            };
            for c in self.classes.iter_mut() {
                c.short |= c.money < level;
                // Branch-free: adding 0·x leaves the sums exactly as they were.
                let m = f64::from(u8::from(c.short));
                short.paid += m * (c.money * c.n as f64);
                short.paid_err += m * (c.n as f64 * c.err + 2.0 * EPS * short.paid);
                short.left -= u64::from(c.short) * c.n;
                short.classes += usize::from(c.short);
            }
            if short.left == 0 {
                return Err(TooClose);
            }
            level = (cost - short.paid) / short.left as f64;
            match self.certify(mes, p, &short, level) {
                Check::Certain(price) => return Ok(Some(price)),
                Check::Below if pass < 16 => {}
                Check::Below | Check::TooClose => return Err(TooClose),
            }
        }
        unreachable!("the passes above return")
    }

    /// Checks the price of `p` at `share` if exactly the classes marked short (summed in
    /// `short`) pay all they have: certain when every class is certainly on its side of
    /// the share.
    fn certify(&self, mes: &Mes, p: usize, short: &Short, share: f64) -> Check {
        let cost = mes.costs_f64[p];
        let Short {
            paid_err,
            left,
            classes: k,
            ..
        } = *short;
        let share_err = (paid_err + (k + 3) as f64 * EPS * cost) / left as f64 + EPS * share;
        let mut close = false;
        for c in &self.classes {
            if c.money < share && !c.short {
                return Check::Below;
            }
            close |= (share - c.money).abs() <= share_err + c.err || (c.short && c.money >= share);
        }
        if close {
            return Check::TooClose;
        }
        let rho = if k == 0 {
            // Nobody is short: everyone pays cost / supporters, exactly.
            Rho::Exact(match mes.sat {
                Sat::Cost => Q::ratio(1, i128::from(self.gathered.supporters)),
                Sat::Cardinality => mes.costs[p].div_int(self.gathered.supporters),
            })
        } else {
            let sat = match mes.sat {
                Sat::Cost => cost,
                Sat::Cardinality => 1.0,
            };
            let r = share / sat;
            let e = share_err / sat + 2.0 * EPS * r;
            Rho::Between(r - e, r + e)
        };
        Check::Certain(Price {
            rho,
            share,
            share_err,
        })
    }

    /// Funds `p` at `price`; `classes` are its supporter classes as gathered for pricing
    /// it (nothing was paid since). Classes that cannot pay the share give all they have.
    /// On `Err` the purse is left half paid: the run is abandoned.
    fn pay(
        &mut self,
        mes: &Mes,
        p: usize,
        price: &Price,
        classes: &[Class],
    ) -> Result<(), TooClose> {
        self.moved.resize(self.money.len(), u32::MAX);
        for c in classes {
            if (c.money - price.share).abs() <= c.err + price.share_err {
                return Err(TooClose);
            }
            let to = if c.money < price.share {
                0
            } else {
                self.money.push(c.money - price.share);
                self.err.push(c.err + price.share_err + EPS * self.b);
                self.money.len() - 1
            };
            self.moved[c.id as usize] = to as u32;
        }
        // Every supporter's class is among `classes` or is 0, which stays 0.
        for &g in &mes.support.supporters[p] {
            let c = &mut self.class_of[g as usize];
            *c = self.moved[*c as usize];
        }
        for c in classes {
            self.moved[c.id as usize] = u32::MAX;
        }
        Ok(())
    }
}

/// What a run knew after searching one round.
#[derive(Clone, Debug, Default)]
struct RoundTrace {
    /// The round's winner (`None`: nothing was affordable and the run ended).
    winner: Option<usize>,
    /// Every project still active, with a certain lower bound on its ρ this round.
    bounds: Vec<(usize, f64)>,
    /// Projects found unaffordable this round.
    dropped: Vec<usize>,
}

/// A finished (or, when the floats gave up, partial) run and its per-round trace.
struct Run {
    per_voter: Q,
    trace: Vec<RoundTrace>,
}

/// Warm MES reruns.
pub struct Warm<'m, 'a> {
    mes: &'m Mes<'a>,
    /// The last run, a reference for the next one when that has less money.
    last: Option<Run>,
    /// Projects priced, over all runs (how much work the references saved).
    pub priced: u64,
}

/// One run's result: the funded projects (free ones first, then in order of the rounds),
/// or `Unsure` with the rounds decided before the floats gave up (their tie lists left
/// empty: the completions only need the outcome).
pub type RunOutcome = Result<Vec<usize>, Unsure>;

impl<'m, 'a> Warm<'m, 'a> {
    pub fn new(mes: &'m Mes<'a>) -> Self {
        Warm {
            mes,
            last: None,
            priced: 0,
        }
    }

    /// The outcomes for `per_voter(k)` for k = 0, 1, … as they are asked for through
    /// [`Outcomes::get`], computed in blocks from the top of the block down, so each run but
    /// the top one has the run just above it as reference. A block starting at k holds
    /// max(1, min(k/2, 32)) runs, so at most one block beyond the last k asked for is
    /// computed: never more than half as many runs as were asked for.
    pub fn outcomes<F: Fn(u64) -> Option<Q>>(&mut self, per_voter: F) -> Outcomes<'_, 'm, 'a, F> {
        Outcomes {
            warm: self,
            per_voter,
            block: Vec::new(),
            start: 0,
            ahead: None,
        }
    }

    /// One run with `per_voter` money for each voter, using the previous run as reference
    /// when it had more money.
    pub fn outcome(&mut self, per_voter: &Q) -> RunOutcome {
        let reference = self.last.take().filter(|r| r.per_voter > *per_voter);
        let mut winners = Vec::new();
        let mut trace = Vec::new();
        let result = self.search(
            per_voter,
            reference.as_ref().map(|r| r.trace.as_slice()),
            &mut winners,
            &mut trace,
        );
        self.last = Some(Run {
            per_voter: per_voter.clone(),
            trace,
        });
        match result {
            Ok(()) => {
                let mut selected = self.mes.free.clone();
                selected.extend(winners);
                Ok(selected)
            }
            Err(TooClose) => Err(Unsure {
                decided: winners.into_iter().map(|p| (p, Vec::new())).collect(),
            }),
        }
    }

    /// The rounds of one run, searched as in `mes_float` (projects in order of their lower
    /// bounds, until the next bound is above the best price), with the reference's bounds
    /// and drops applied while the winners so far are the reference's.
    fn search(
        &mut self,
        per_voter: &Q,
        reference: Option<&[RoundTrace]>,
        winners: &mut Vec<usize>,
        trace: &mut Vec<RoundTrace>,
    ) -> Result<(), TooClose> {
        let mes = self.mes;
        let ids = |p: usize| mes.instance.projects[p].id.as_str();
        let mut purse = Purse::new(mes, per_voter);
        // Every supporter pays at most her equal part, so ρ·sat ≥ cost / |A(p)| (lowered a
        // little for rounding): without a reference, the first round need not price all.
        let mut active: Vec<(usize, f64)> = mes
            .considered
            .iter()
            .map(|&p| {
                let sat = match mes.sat {
                    Sat::Cost => mes.costs_f64[p],
                    Sat::Cardinality => 1.0,
                };
                let parts = sat * mes.support.count[p] as f64;
                (p, mes.costs_f64[p] / parts * (1.0 - 1e-9))
            })
            .collect();
        // Lower bounds from the reference, by project (reset every round).
        let mut hint = vec![f64::NEG_INFINITY; mes.instance.projects.len()];
        loop {
            let round = winners.len();
            let same = reference
                .and_then(|r| r.get(round))
                .filter(|_| reference.is_some_and(|r| same_winners(r, winners)));
            let mut dropped = Vec::new();
            if let Some(rt) = same {
                for &(q, lb) in &rt.bounds {
                    hint[q] = lb;
                }
                for &q in &rt.dropped {
                    hint[q] = f64::INFINITY;
                }
                active.retain(|&(q, _)| {
                    let keep = hint[q] != f64::INFINITY;
                    if !keep {
                        dropped.push(q);
                    }
                    keep
                });
                for slot in active.iter_mut() {
                    slot.1 = slot.1.max(hint[slot.0]);
                }
                for &(q, _) in &rt.bounds {
                    hint[q] = f64::NEG_INFINITY;
                }
                for &q in &rt.dropped {
                    hint[q] = f64::NEG_INFINITY;
                }
            }
            active.sort_by(|a, b| a.1.total_cmp(&b.1));
            let mut best: Option<(usize, Price)> = None;
            let mut best_classes: Vec<Class> = Vec::new();
            let mut contenders: Vec<(usize, Rho)> = Vec::new();
            let mut drop = Vec::new();
            for (i, slot) in active.iter_mut().enumerate() {
                if best.as_ref().is_some_and(|(_, b)| slot.1 > b.rho.hi()) {
                    break;
                }
                let p = slot.0;
                self.priced += 1;
                let Some(price) = purse.price(mes, p, slot.1)? else {
                    drop.push(i);
                    continue;
                };
                slot.1 = slot.1.max(price.rho.lo());
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
                    // The next pricing gathers its classes afresh.
                    std::mem::swap(&mut best_classes, &mut purse.classes);
                }
            }
            for i in drop.into_iter().rev() {
                dropped.push(active.remove(i).0);
            }
            let winner = best.as_ref().map(|b| b.0);
            trace.push(RoundTrace {
                winner,
                bounds: active.clone(),
                dropped,
            });
            let Some((p, price)) = best else {
                return Ok(());
            };
            // The winner must be certainly below every other contender (or tie-break first).
            for (q, rho) in &contenders {
                if *q != p {
                    match price.rho.cmp(rho) {
                        Some(Ordering::Less) => {}
                        Some(Ordering::Equal)
                            if mes.tie.compare(ids(p), ids(*q)) == Ordering::Less => {}
                        _ => {
                            trace.pop();
                            return Err(TooClose);
                        }
                    }
                }
            }
            if let Err(e) = purse.pay(mes, p, &price, &best_classes) {
                trace.pop();
                return Err(e);
            }
            // Funding p rules out its incompatibility group-mates.
            let mates = &mes.support.mates[p];
            active.retain(|a| a.0 != p && !mates.contains(&a.0));
            winners.push(p);
        }
    }
}

/// Did the reference fund `winners` in its first rounds?
fn same_winners(reference: &[RoundTrace], winners: &[usize]) -> bool {
    reference.len() > winners.len()
        && reference
            .iter()
            .zip(winners)
            .all(|(rt, &w)| rt.winner == Some(w))
}

/// The outcomes of a sequence of runs, in order (see [`Warm::outcomes`]).
pub struct Outcomes<'w, 'm, 'a, F> {
    warm: &'w mut Warm<'m, 'a>,
    per_voter: F,
    /// Computed runs of the current block, from `start` on.
    block: Vec<Option<(Q, RunOutcome)>>,
    start: u64,
    /// The block after it, when it was computed alongside.
    ahead: Option<Vec<Option<(Q, RunOutcome)>>>,
}

/// One block's budgets, highest k last.
type Budgets = Vec<(u64, Q)>;

/// The runs of one block, from the top down, each but the top one warmed by the run just
/// above it. The top run has no reference: the run before it (the bottom of the block
/// below) had less money.
fn run_block(warm: &mut Warm, start: u64, ks: Budgets) -> Vec<Option<(Q, RunOutcome)>> {
    let mut block: Vec<Option<(Q, RunOutcome)>> = (0..ks.len()).map(|_| None).collect();
    for (j, money) in ks.into_iter().rev() {
        let out = warm.outcome(&money);
        block[(j - start) as usize] = Some((money, out));
    }
    block
}

impl<F: Fn(u64) -> Option<Q>> Outcomes<'_, '_, '_, F> {
    /// Run k's per-voter money and outcome, or `None` when `per_voter(k)` is.
    pub fn get(&mut self, k: u64) -> Option<(Q, RunOutcome)> {
        if k < self.start {
            panic!("outcomes are asked for in order");
        }
        while k >= self.start + self.block.len() as u64 {
            self.start += self.block.len() as u64;
            if let Some(block) = self.ahead.take() {
                self.block = block;
                continue;
            }
            let ks = self.budgets(self.start);
            if ks.is_empty() {
                return None;
            }
            // Blocks do not depend on each other (each top run starts cold), so the next
            // block is computed at the same time on a second thread. The runs and their
            // outcomes are the same as one after the other.
            let next_start = self.start + ks.len() as u64;
            let next = if ks.len() as u64 == (self.start / 2).clamp(1, 32) {
                self.budgets(next_start)
            } else {
                Vec::new()
            };
            let start = self.start;
            let warm = &mut *self.warm;
            let (block, ahead) = if next.is_empty() {
                (run_block(warm, start, ks), None)
            } else {
                let mut other = Warm::new(warm.mes);
                let (block, (ahead, priced)) = std::thread::scope(|scope| {
                    let helper = scope.spawn(|| {
                        let ahead = run_block(&mut other, next_start, next);
                        (ahead, other.priced)
                    });
                    let block = run_block(warm, start, ks);
                    // A panic on the helper thread is re-raised here as it was.
                    let ahead = helper
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e));
                    (block, ahead)
                });
                warm.priced += priced;
                (block, Some(ahead))
            };
            self.block = block;
            self.ahead = ahead;
        }
        self.block[(k - self.start) as usize].take()
    }

    /// The budgets of the block starting at `start` that exist (`per_voter` is None from
    /// some k on). A reference far above gains little, and a top run (without one) costs
    /// about four warm runs: blocks of 32 balance those once the runs are many.
    fn budgets(&self, start: u64) -> Budgets {
        let size = (start / 2).clamp(1, 32);
        (start..start + size)
            .map_while(|j| (self.per_voter)(j).map(|q| (j, q)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TieBreak;
    use crate::pb::mes_float::fast_outcome;
    use crate::pb::{profile::Support, read_pb_file};

    /// Warm runs in the block order give the exact MES outcome of every run (checked
    /// against the exact engine), on every shared file, for both satisfactions.
    #[test]
    fn warm_runs_equal_exact_runs() {
        let dir = std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/pabulib/files"
        ));
        let entries = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("shared Pabulib files missing at {}: {e}", dir.display()));
        let (mut runs, mut unsure) = (0, 0);
        for entry in entries {
            let inst = read_pb_file(&entry.unwrap().path()).unwrap();
            let support = Support::new(&inst);
            let n = support.voters;
            for sat in [Sat::Cost, Sat::Cardinality] {
                let mes = Mes::new(&inst, &support, sat, TieBreak::default(), true);
                let mut warm = Warm::new(&mes);
                let base = inst.budget.div_int(n);
                let step = inst.budget.div_int(100 * n);
                let mut outcomes = warm.outcomes(|k| {
                    (k < 70).then(|| {
                        base.add(&step.mul_int(k / 10))
                            .add(&Q::int((k % 10).into()))
                    })
                });
                let mut k = 0;
                while let Some((money, got)) = outcomes.get(k) {
                    runs += 1;
                    let exact = mes.search(&money).selected;
                    match got {
                        Ok(got) => assert_eq!(got, exact, "{sat:?} {money}"),
                        Err(u) => {
                            unsure += 1;
                            assert_eq!(mes.resume(&money, u.decided).selected, exact);
                        }
                    }
                    if let Ok(fast) = fast_outcome(&mes, &money) {
                        assert_eq!(fast, exact);
                    }
                    k += 1;
                }
            }
        }
        println!("{runs} warm runs, {unsure} deferred to the exact engine");
        assert!(runs > 1000, "only {runs} runs");
    }
}
