//! The Method of Equal Shares (Peters & Skowron; pabutools' `method_of_equal_shares`).
//!
//! Every voter gets an equal share of the budget. In each round, for every project whose
//! supporters together still have its cost, ρ(p) is the least price per unit of
//! satisfaction such that Σ_{i∈A(p)} min(bᵢ, ρ·sat(p)) = cost(p); the project with the
//! least ρ is funded (ties: the tie-break policy) and each supporter pays
//! min(bᵢ, ρ·sat(p)). The rule stops when no project is affordable.
//!
//! Voters with the same current budget form a *class*; a project's supporters are walked
//! by class (poorest first), so a round costs one pass over the supporting ballot groups
//! plus a sort of the few distinct budgets. ρ never decreases between rounds, so a
//! project's last ρ is a lower bound and only promising projects are re-evaluated (as
//! pabutools does). pabutools quirk (when `compat`): with cost satisfaction a free project
//! gives 0 satisfaction and is never funded; corrected mode funds free supported projects
//! up front, as pabutools already does for cardinality satisfaction.

use super::greedy::Sat;
use super::model::Instance;
use super::outcome::{MesRound, Stage};
use super::profile::Support;
use super::q::{Q, approx};
use crate::TieBreak;
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
}

/// The state of one MES run.
#[derive(Clone)]
struct State {
    /// Budget class of each ballot group; class 0 is "no money left".
    class_of: Vec<u32>,
    class_money: Vec<Q>,
    /// Projects still in play, with a lower bound on their ρ.
    active: Vec<(usize, Q)>,
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

/// The engine for one instance; reused across runs with different budgets.
pub struct Mes<'a> {
    pub instance: &'a Instance,
    pub support: &'a Support,
    pub sat: Sat,
    pub tie: TieBreak,
    considered: Vec<usize>,
    free: Vec<usize>,
    sat_of: Vec<Q>,
}

/// What evaluating a project gave: unaffordable, or its ρ and the share a rich supporter pays.
enum Eval {
    Unaffordable,
    Rho(Q, Q),
}

impl<'a> Mes<'a> {
    pub fn new(
        instance: &'a Instance,
        support: &'a Support,
        sat: Sat,
        tie: TieBreak,
        compat: bool,
    ) -> Self {
        let (considered, free) = mes_projects(instance, support, sat, compat);
        let sat_of = (0..instance.projects.len())
            .map(|p| sat.of(instance, p))
            .collect();
        Mes {
            instance,
            support,
            sat,
            tie,
            considered,
            free,
            sat_of,
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
                let total_sat = self.sat_of[p].mul_int(self.support.count[p]);
                (p, self.instance.projects[p].cost.div(&total_sat))
            })
            .collect();
        State {
            class_of: vec![1; self.support.mult.len()],
            class_money: vec![Q::zero(), per_voter.clone()],
            active,
            selected: self.free.clone(),
            rounds: Vec::new(),
        }
    }

    /// ρ of `p` in `st`: supporters walked from the poorest class up; the first class that
    /// can pay the equal share (cost − paid by poorer ones) / (supporters left) fixes it.
    fn evaluate(
        &self,
        st: &State,
        p: usize,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Eval {
        scratch.resize(st.class_money.len(), 0);
        for &g in &self.support.supporters[p] {
            let c = st.class_of[g as usize];
            if c == 0 {
                continue;
            }
            if scratch[c as usize] == 0 {
                touched.push(c);
            }
            scratch[c as usize] += self.support.mult[g as usize];
        }
        let mut classes: Vec<(u32, u64)> = touched
            .drain(..)
            .map(|c| (c, std::mem::take(&mut scratch[c as usize])))
            .collect();
        let cost = &self.instance.projects[p].cost;
        let total = classes.iter().fold(Q::zero(), |a, (c, n)| {
            a.add(&st.class_money[*c as usize].mul_int(*n))
        });
        if total < *cost {
            return Eval::Unaffordable;
        }
        classes.sort_by(|a, b| st.class_money[a.0 as usize].cmp(&st.class_money[b.0 as usize]));
        // Supporters without money (class 0, skipped above) pay nothing either way.
        let mut paid = Q::zero();
        let mut left: u64 = classes.iter().map(|(_, n)| n).sum();
        for (c, n) in classes {
            let share = cost.sub(&paid).div_int(left);
            let money = &st.class_money[c as usize];
            if share <= *money {
                return Eval::Rho(share.div(&self.sat_of[p]), share);
            }
            paid = paid.add(&money.mul_int(n));
            left -= n;
        }
        unreachable!("total money covers the cost, so some class pays the share")
    }

    /// Finds the next round: the least ρ among affordable projects, and every project tied
    /// at it (ordered by the tie-break), with the share each pays. Drops unaffordable ones.
    fn next(
        &self,
        st: &mut State,
        scratch: &mut Vec<u64>,
        touched: &mut Vec<u32>,
    ) -> Option<(Q, Vec<(usize, Q)>)> {
        let ids = |p: usize| self.instance.projects[p].id.as_str();
        st.active.sort_by(|a, b| {
            a.1.cmp(&b.1)
                .then_with(|| self.tie.compare(ids(a.0), ids(b.0)))
        });
        let mut best: Option<Q> = None;
        let mut tied: Vec<(usize, Q)> = Vec::new();
        let mut drop = Vec::new();
        for i in 0..st.active.len() {
            if best.as_ref().is_some_and(|b| st.active[i].1 > *b) {
                break;
            }
            let p = st.active[i].0;
            match self.evaluate(st, p, scratch, touched) {
                Eval::Unaffordable => drop.push(i),
                Eval::Rho(rho, share) => {
                    match best.as_ref().map(|b| rho.cmp(b)) {
                        None | Some(std::cmp::Ordering::Less) => {
                            best = Some(rho.clone());
                            tied = vec![(p, share)];
                        }
                        Some(std::cmp::Ordering::Equal) => tied.push((p, share)),
                        Some(std::cmp::Ordering::Greater) => {}
                    }
                    st.active[i].1 = rho;
                }
            }
        }
        for i in drop.into_iter().rev() {
            st.active.remove(i);
        }
        let best = best?;
        tied.sort_by(|a, b| self.tie.compare(ids(a.0), ids(b.0)));
        Some((best, tied))
    }

    /// Funds `p`: every supporter pays min(money, share); classes move together.
    fn fund(&self, st: &mut State, p: usize, rho: Q, share: Q, tied: Vec<usize>) {
        let mut moved: Vec<u32> = vec![u32::MAX; st.class_money.len()];
        let mut paying_all = 0;
        for &g in &self.support.supporters[p] {
            let c = st.class_of[g as usize] as usize;
            if c == 0 {
                paying_all += self.support.mult[g as usize];
                continue;
            }
            if moved[c] == u32::MAX {
                let money = &st.class_money[c];
                moved[c] = if *money <= share {
                    0
                } else {
                    st.class_money.push(money.sub(&share));
                    (st.class_money.len() - 1) as u32
                };
            }
            if moved[c] == 0 {
                paying_all += self.support.mult[g as usize];
            }
            st.class_of[g as usize] = moved[c];
        }
        st.active.retain(|a| a.0 != p);
        st.selected.push(p);
        st.rounds.push(RawRound {
            project: p,
            rho,
            share,
            paying_all,
            tied,
        });
    }

    fn finish(&self, st: State) -> MesRun {
        let mut per_class = vec![0u64; st.class_money.len()];
        for (g, &c) in st.class_of.iter().enumerate() {
            per_class[c as usize] += self.support.mult[g];
        }
        let money_left = per_class
            .iter()
            .enumerate()
            .fold(Q::zero(), |a, (c, &n)| a.add(&st.class_money[c].mul_int(n)));
        let voters_with_money_left = per_class
            .iter()
            .enumerate()
            .filter(|(c, _)| !st.class_money[*c].is_zero())
            .map(|(_, n)| n)
            .sum();
        MesRun {
            selected: st.selected,
            rounds: st.rounds,
            money_left,
            voters_with_money_left,
        }
    }

    /// One resolute run with `per_voter` money for each voter.
    pub fn run(&self, per_voter: &Q) -> MesRun {
        let mut st = self.initial(per_voter);
        let (mut scratch, mut touched) = (Vec::new(), Vec::new());
        while let Some((rho, tied)) = self.next(&mut st, &mut scratch, &mut touched) {
            let (p, share) = tied[0].clone();
            let others = tied[1..].iter().map(|t| t.0).collect();
            self.fund(&mut st, p, rho, share, others);
        }
        self.finish(st)
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
                Some((rho, tied)) => {
                    branches += tied.len() - 1;
                    if branches > max_branches {
                        return Err(format!(
                            "more than {max_branches} tied branches; use a resolute rule"
                        ));
                    }
                    for (p, share) in tied.into_iter().rev() {
                        let mut next = st.clone();
                        self.fund(&mut next, p, rho.clone(), share, Vec::new());
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
                supporters: self.support.count[r.project],
                supporters_paying_all_left: r.paying_all,
                tied_with: r.tied.iter().map(|&p| id(p)).collect(),
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
