//! The Method of Equal Shares (Peters & Skowron; pabutools' `method_of_equal_shares`).
//!
//! Every voter gets an equal share of the budget. In each round, for every project whose
//! supporters together still have its cost, ρ(p) is the least price per unit of
//! satisfaction such that Σ_{i∈A(p)} min(bᵢ, ρ·sat(p)) = cost(p); the project with the
//! least ρ is funded (ties: the tie-break policy) and each supporter pays
//! min(bᵢ, ρ·sat(p)). The rule stops when no project is affordable.
//!
//! Voters with the same money left form a *class* (see [`Purses`]); a project's supporters
//! are walked by class (poorest first), so a round costs one pass over the supporting
//! ballot groups plus integer arithmetic on the few distinct amounts. ρ never decreases between rounds, so a
//! project's last ρ is a lower bound and only promising projects are re-evaluated (as
//! pabutools does). pabutools quirk (when `compat`): with cost satisfaction a free project
//! gives 0 satisfaction and is never funded; corrected mode funds free supported projects
//! up front, as pabutools already does for cardinality satisfaction.
//!
//! Incompatibility groups: when a round funds a project, its group-mates leave the
//! active projects (the round lists them), so their supporters keep their money for
//! other projects. Of free projects funded up front, the first of a group (in index
//! order) is funded and its mates are not considered.

use super::greedy::Sat;
use super::model::Instance;
use super::outcome::{MesRound, Stage};
use super::profile::Support;
use super::purse::Purses;
use super::q::{Q, approx};
use crate::TieBreak;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::Zero;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The projects MES works on: (considered, funded up front for free).
pub fn mes_projects(
    instance: &Instance,
    support: &Support,
    sat: Sat,
    compat: bool,
) -> (Vec<usize>, Vec<usize>) {
    let mut considered = Vec::new();
    let mut free = Vec::new();
    for p in 0..instance.projects.len() {
        if support.count[p] == 0 {
            continue;
        }
        if !instance.projects[p].cost.is_zero() {
            considered.push(p);
        } else if !(compat && sat == Sat::Cost) {
            free.push(p);
        }
    }
    (considered, free)
}

/// A round as computed (formatted into a [`MesRound`] only for the run that is kept).
#[derive(Clone, Debug)]
pub struct RawRound {
    pub project: usize,
    pub rho: Q,
    pub share: Q,
    pub paying_all: u64,
    pub tied: Vec<usize>,
    /// Group-mates that stopped being candidates when `project` was funded.
    pub excludes: Vec<usize>,
}

/// The state of one MES run.
#[derive(Clone)]
struct State {
    purses: Purses,
    /// Purse class of each ballot group; class 0 is "no money left".
    class_of: Vec<u32>,
    /// Projects still in play, with a (float, safely lowered) lower bound on their ρ.
    active: Vec<(usize, f64)>,
    selected: Vec<usize>,
    rounds: Vec<RawRound>,
}

/// One finished MES run.
#[derive(Clone, Debug)]
pub struct MesRun {
    pub selected: Vec<usize>,
    pub rounds: Vec<RawRound>,
    pub money_left: Q,
    pub voters_with_money_left: u64,
}

impl MesRun {
    /// The outcome before anything is funded (what pabutools returns when even the first
    /// run of a completion overshoots).
    pub fn empty() -> MesRun {
        MesRun {
            selected: Vec::new(),
            rounds: Vec::new(),
            money_left: Q::zero(),
            voters_with_money_left: 0,
        }
    }
}

/// The engine for one instance; reused across runs with different budgets.
pub struct Mes<'a> {
    pub instance: &'a Instance,
    pub support: &'a Support,
    pub sat: Sat,
    pub tie: TieBreak,
    pub(super) considered: Vec<usize>,
    pub(super) free: Vec<usize>,
    pub(super) costs: Vec<Q>,
    pub(super) costs_f64: Vec<f64>,
}

/// Relative margin that safely covers float rounding in [`Mes::estimate`].
const SCREEN: f64 = 1e-6;

/// A float estimate of a project's ρ.
enum Estimate {
    Unaffordable,
    /// Too close to call with floats: price exactly.
    Unsure,
    /// Bounds that surely contain ρ: (low, high).
    Rho(f64, f64),
}

/// A project's price this round: ρ, and the equal share `x / left` (in purse units) that
/// each supporter who can afford it pays.
struct Price {
    rho: Q,
    x: BigInt,
    left: u64,
}

impl<'a> Mes<'a> {
    pub fn new(
        instance: &'a Instance,
        support: &'a Support,
        sat: Sat,
        tie: TieBreak,
        compat: bool,
    ) -> Self {
        let (mut considered, mut free) = mes_projects(instance, support, sat, compat);
        if !instance.exclusive.is_empty() {
            let mut kept: Vec<usize> = Vec::new();
            for p in free {
                if !kept.iter().any(|k| support.mates[*k].contains(&p)) {
                    kept.push(p);
                }
            }
            considered.retain(|p| !kept.iter().any(|k| support.mates[*k].contains(p)));
            free = kept;
        }
        let costs: Vec<Q> = instance.projects.iter().map(|p| p.cost.clone()).collect();
        let costs_f64 = costs.iter().map(Q::to_f64).collect();
        Mes {
            instance,
            support,
            sat,
            tie,
            considered,
            free,
            costs,
            costs_f64,
        }
    }

    /// Projects MES can fund (the set pabutools' Add1 checks exhaustiveness against).
    pub fn considered(&self) -> &[usize] {
        &self.considered
    }

    fn initial(&self, per_voter: &Q) -> State {
        let active = self
            .considered
            .iter()
            .map(|&p| {
                let total_sat = self.sat_f64(p) * self.support.count[p] as f64;
                (p, self.costs_f64[p] / total_sat * (1.0 - SCREEN))
            })
            .collect();
        State {
            purses: Purses::new(per_voter, &self.costs, self.support.voters),
            class_of: vec![1; self.support.mult.len()],
            active,
            selected: self.free.clone(),
            rounds: Vec::new(),
        }
    }

    /// The purse classes of `p`'s supporters with their voter counts (unordered).
    fn supporter_classes(
        &self,
        st: &State,
        p: usize,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Vec<(u32, u64)> {
        scratch.resize(st.purses.num.len(), 0);
        for &g in &self.support.supporters[p] {
            let c = st.class_of[g as usize];
            // Supporters with an empty purse pay nothing either way.
            if c == 0 {
                continue;
            }
            if scratch[c as usize] == 0 {
                touched.push(c);
            }
            scratch[c as usize] += self.support.mult[g as usize];
        }
        let classes: Vec<(u32, u64)> = touched
            .drain(..)
            .map(|c| (c, std::mem::take(&mut scratch[c as usize])))
            .collect();
        classes
    }

    /// ρ of `p`: supporters are walked from the poorest purse class up; the first class
    /// that can pay the equal share (cost − paid by poorer ones) / (supporters left) fixes
    /// it. `None` when the supporters together cannot pay the cost.
    fn price(
        &self,
        st: &State,
        p: usize,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Option<Price> {
        let purses = &st.purses;
        let mut classes = self.supporter_classes(st, p, scratch, touched);
        classes.sort_unstable_by(|a, b| purses.cmp_classes(a.0, b.0));
        let cost = &purses.cost[p];
        let mut paid = BigInt::zero();
        let mut left: u64 = classes.iter().map(|(_, n)| n).sum();
        for (c, n) in classes {
            let x = cost - &paid;
            let money = &purses.num[c as usize];
            // share = x / left fits in this class's purse?
            if x <= money * left {
                let sat_units = match self.sat {
                    Sat::Cost => cost.clone(),
                    Sat::Cardinality => purses.den.clone(),
                };
                let rho = Q::from_big(BigRational::new(x.clone(), sat_units * left));
                return Some(Price { rho, x, left });
            }
            paid += money * n;
            left -= n;
        }
        None
    }

    /// Float estimate of ρ(p), used only to decide which projects to price exactly.
    fn estimate(
        &self,
        st: &State,
        p: usize,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Estimate {
        let purses = &st.purses;
        let mut classes = self.supporter_classes(st, p, scratch, touched);
        // Float order is enough here: near-equal classes swapped change the estimate by
        // less than its error margin.
        classes.sort_unstable_by(|a, b| {
            purses.approx[a.0 as usize].total_cmp(&purses.approx[b.0 as usize])
        });
        let cost = self.costs_f64[p];
        let total: f64 = classes
            .iter()
            .map(|&(c, n)| purses.approx[c as usize] * n as f64)
            .sum();
        if total < cost * (1.0 - SCREEN) {
            return Estimate::Unaffordable;
        }
        if total <= cost * (1.0 + SCREEN) {
            return Estimate::Unsure;
        }
        let mut paid = 0.0;
        let mut left: u64 = classes.iter().map(|(_, n)| n).sum();
        let k = classes.len();
        for (c, n) in classes {
            let share = (cost - paid) / left as f64;
            let money = purses.approx[c as usize];
            if share <= money {
                // Rounding: each of the k sums and products errs by at most one unit in the
                // last place of `cost`, and the result by SCREEN relative on top.
                let sat = self.sat_f64(p);
                let rho = share / sat;
                let abs = (k + 4) as f64 * f64::EPSILON * cost / (left as f64 * sat);
                return Estimate::Rho(rho * (1.0 - SCREEN) - abs, rho * (1.0 + SCREEN) + abs);
            }
            paid += money * n as f64;
            left -= n;
        }
        Estimate::Unsure
    }

    fn sat_f64(&self, p: usize) -> f64 {
        match self.sat {
            Sat::Cost => self.costs_f64[p],
            Sat::Cardinality => 1.0,
        }
    }

    /// Finds the next round: the least ρ among affordable projects and every project tied
    /// at it, ordered by the tie-break. Drops projects that became unaffordable.
    ///
    /// Floats screen the projects; every project whose estimate is within the float error
    /// margin of the best is priced exactly, and only exact prices decide.
    fn next(
        &self,
        st: &mut State,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Option<Vec<(usize, Price)>> {
        let ids = |p: usize| self.instance.projects[p].id.as_str();
        st.active.sort_by(|a, b| a.1.total_cmp(&b.1));
        // `best` is the least upper bound seen: a project whose lower bound exceeds it
        // cannot be the cheapest.
        let mut best = f64::INFINITY;
        let mut estimates: Vec<(usize, f64)> = Vec::new();
        let mut drop = Vec::new();
        for i in 0..st.active.len() {
            // Lower bounds are sorted: nothing further can reach the best.
            if st.active[i].1 > best {
                break;
            }
            let p = st.active[i].0;
            match self.estimate(st, p, scratch, touched) {
                Estimate::Unaffordable => drop.push(i),
                Estimate::Unsure => estimates.push((p, f64::NEG_INFINITY)),
                Estimate::Rho(lo, hi) => {
                    st.active[i].1 = lo;
                    best = best.min(hi);
                    estimates.push((p, lo));
                }
            }
        }
        let mut tied: Vec<(usize, Price)> = Vec::new();
        for (p, lo) in estimates {
            if lo > best {
                continue;
            }
            match self.price(st, p, scratch, touched) {
                None => {
                    if let Some(i) = st.active.iter().position(|a| a.0 == p) {
                        drop.push(i);
                    }
                }
                Some(price) => match tied.first().map(|b| price.rho.cmp(&b.1.rho)) {
                    None | Some(Ordering::Less) => tied = vec![(p, price)],
                    Some(Ordering::Equal) => tied.push((p, price)),
                    Some(Ordering::Greater) => {}
                },
            }
        }
        drop.sort_unstable();
        drop.dedup();
        for i in drop.into_iter().rev() {
            st.active.remove(i);
        }
        tied.sort_by(|a, b| self.tie.compare(ids(a.0), ids(b.0)));
        (!tied.is_empty()).then_some(tied)
    }

    /// Funds `p` at `price`: every supporter pays min(money, share).
    fn fund(&self, st: &mut State, p: usize, price: Price, tied: Vec<usize>) {
        let share = st.purses.amount(&price.x).div_int(price.left);
        let paying_all = st.purses.pay(
            &mut st.class_of,
            &self.support.supporters[p],
            &self.support.mult,
            &price.x,
            price.left,
        );
        let mates = &self.support.mates[p];
        let mut excludes = Vec::new();
        st.active.retain(|a| {
            let mate = mates.contains(&a.0);
            if mate {
                excludes.push(a.0);
            }
            a.0 != p && !mate
        });
        st.selected.push(p);
        st.rounds.push(RawRound {
            project: p,
            rho: price.rho,
            share,
            paying_all,
            tied,
            excludes,
        });
    }

    fn finish(&self, st: State) -> MesRun {
        MesRun {
            money_left: st.purses.total(),
            voters_with_money_left: st.purses.voters_with_money(),
            selected: st.selected,
            rounds: st.rounds,
        }
    }

    /// One resolute run with `per_voter` money for each voter.
    ///
    /// The certified float engine finds the winners; the exact engine then replays those
    /// rounds, pricing only the winner of each (exact ρ, shares and explanation). When the
    /// floats cannot decide, the exact engine searches every round itself.
    pub fn run(&self, per_voter: &Q) -> MesRun {
        match super::mes_float::fast_rounds(self, per_voter) {
            Ok((_, rounds)) => self
                .replay(per_voter, rounds, false)
                .unwrap_or_else(|| self.search(per_voter)),
            Err(unsure) => self.resume(per_voter, unsure.decided),
        }
    }

    /// Exact run that starts from `decided`, the rounds the float engine was certain of
    /// before it gave up: they are replayed (pricing only their winners) and the exact
    /// search takes over from the first round the floats could not decide. Replaying
    /// instead of searching those rounds again is what makes a deferred run cheap.
    pub fn resume(&self, per_voter: &Q, decided: Vec<(usize, Vec<usize>)>) -> MesRun {
        self.replay(per_voter, decided, true)
            .unwrap_or_else(|| self.search(per_voter))
    }

    /// Exact replay of known winners, then (when `search_on`) the exact search for the
    /// remaining rounds; `None` if a known winner turns out unaffordable (cannot happen
    /// when the float bounds hold).
    fn replay(
        &self,
        per_voter: &Q,
        rounds: Vec<(usize, Vec<usize>)>,
        search_on: bool,
    ) -> Option<MesRun> {
        let mut st = self.initial(per_voter);
        let (mut scratch, mut touched) = (Vec::new(), Vec::new());
        for (p, tied) in rounds {
            let price = self.price(&st, p, &mut scratch, &mut touched)?;
            self.fund(&mut st, p, price, tied);
        }
        if search_on {
            self.search_rest(&mut st, &mut scratch, &mut touched);
        }
        Some(self.finish(st))
    }

    /// One resolute run in exact arithmetic only (every round searched exactly).
    pub fn search(&self, per_voter: &Q) -> MesRun {
        let mut st = self.initial(per_voter);
        let (mut scratch, mut touched) = (Vec::new(), Vec::new());
        self.search_rest(&mut st, &mut scratch, &mut touched);
        self.finish(st)
    }

    /// Searches and funds rounds exactly until no project is affordable.
    fn search_rest(&self, st: &mut State, scratch: &mut Vec<u64>, touched: &mut Vec<u32>) {
        while let Some(mut tied) = self.next(st, scratch, touched) {
            let (p, price) = tied.remove(0);
            let others = tied.iter().map(|t| t.0).collect();
            self.fund(st, p, price, others);
        }
    }

    /// Every outcome reachable under some way of breaking ties (pabutools' irresolute
    /// MES), as sorted id lists; fails if more than `max_branches` runs would be needed.
    pub fn all_outcomes(
        &self,
        per_voter: &Q,
        max_branches: usize,
    ) -> Result<BTreeSet<Vec<String>>, String> {
        let mut out = BTreeSet::new();
        let mut stack = vec![self.initial(per_voter)];
        let (mut scratch, mut touched) = (Vec::new(), Vec::new());
        let mut branches = 1;
        while let Some(mut st) = stack.pop() {
            match self.next(&mut st, &mut scratch, &mut touched) {
                None => {
                    out.insert(self.instance.sorted_ids(&st.selected));
                }
                Some(tied) => {
                    branches += tied.len() - 1;
                    if branches > max_branches {
                        return Err(format!(
                            "more than {max_branches} tied branches; use a resolute rule"
                        ));
                    }
                    for (p, price) in tied.into_iter().rev() {
                        let mut next = st.clone();
                        self.fund(&mut next, p, price, Vec::new());
                        stack.push(next);
                    }
                }
            }
        }
        Ok(out)
    }

    /// The explanation of a kept run.
    pub fn stage(&self, per_voter: &Q, run: &MesRun) -> Stage {
        let id = |p: usize| self.instance.projects[p].id.clone();
        let rounds = run
            .rounds
            .iter()
            .map(|r| MesRound {
                project: id(r.project),
                cost: self.instance.projects[r.project].cost.to_string(),
                rho: approx(&r.rho, 9),
                share_per_supporter: r.share.to_string(),
                share_per_supporter_approx: approx(&r.share, 2),
                supporters: self.support.count[r.project],
                supporters_paying_all_left: r.paying_all,
                tied_with: r.tied.iter().map(|&p| id(p)).collect(),
                excludes: r.excludes.iter().map(|&p| id(p)).collect(),
            })
            .collect();
        Stage::EqualShares {
            satisfaction: self.sat.name().into(),
            budget_per_voter: per_voter.to_string(),
            rounds,
            voters_with_money_left: run.voters_with_money_left,
            money_left: run.money_left.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pb::{mes_float::fast_rounds, read_pb_file};

    /// Where the floats give up, resuming from their decided rounds equals the exact
    /// search from scratch (outcome and money left), on every shared file.
    #[test]
    fn resume_equals_search() {
        let dir = std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/pabulib/files"
        ));
        let entries = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("shared Pabulib files missing at {}: {e}", dir.display()));
        let (mut resumed, mut runs) = (0, 0);
        for entry in entries {
            let inst = read_pb_file(&entry.unwrap().path()).unwrap();
            let support = Support::new(&inst);
            let n = support.voters;
            for sat in [Sat::Cost, Sat::Cardinality] {
                let mes = Mes::new(&inst, &support, sat, TieBreak::default(), true);
                for k in [0u64, 1, 7, 40, 150] {
                    let money = inst.budget.div_int(n).add(&Q::int(k.into()));
                    runs += 1;
                    if let Err(unsure) = fast_rounds(&mes, &money) {
                        let decided = unsure.decided.len();
                        let a = mes.resume(&money, unsure.decided);
                        let b = mes.search(&money);
                        assert_eq!(a.selected, b.selected, "{sat:?} {money} after {decided}");
                        assert_eq!(a.money_left, b.money_left);
                        resumed += 1;
                    }
                }
            }
        }
        println!("{resumed} of {runs} runs resumed from the float prefix");
        assert!(runs > 0, "no shared Pabulib file was read");
    }
}
