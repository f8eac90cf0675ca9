//! Completions of MES, which alone usually leaves money unspent:
//! greedy completion, pabutools' `exhaustion_by_budget_increase` (total budget raised in
//! steps of 1% of B), and equalshares.net's Add1 (each voter's share raised by one unit).
//! With incompatibility groups, an outcome is exhaustive when every project left out
//! either does not fit or has a funded group-mate; the greedy completion skips the mates
//! of what MES funded.

use super::greedy::{Sat, greedy};
use super::mes::{Mes, MesRun};
use super::mes_warm::Warm;
use super::model::Instance;
use super::outcome::Stage;
use super::profile::Support;
use super::q::Q;

/// True when no project of `candidates` outside `selected` still fits in the budget
/// (a project whose incompatibility group-mate is selected cannot be added, so it counts
/// as not fitting).
pub fn is_exhaustive(instance: &Instance, selected: &[usize], candidates: &[usize]) -> bool {
    let left = instance.budget.sub(&instance.cost_of(selected));
    let ruled_out = |p: &usize| {
        instance
            .exclusive
            .iter()
            .any(|g| g.contains(p) && g.iter().any(|q| q != p && selected.contains(q)))
    };
    candidates
        .iter()
        .all(|p| selected.contains(p) || instance.projects[*p].cost > left || ruled_out(p))
}

/// Greedy (cost satisfaction) from `start`, unless `start` is already exhaustive over
/// every project (pabutools' `completion_by_rule_combination`).
pub fn greedy_completion(
    mes: &Mes,
    support: &Support,
    compat: bool,
    start: Vec<usize>,
) -> (Vec<usize>, Option<Stage>) {
    let all: Vec<usize> = (0..mes.instance.projects.len()).collect();
    if is_exhaustive(mes.instance, &start, &all) {
        return (start, None);
    }
    let (sel, stage) = greedy(mes.instance, support, Sat::Cost, mes.tie, compat, &start);
    (sel, Some(stage))
}

/// MES rerun with more money until its outcome is exhaustive, keeping the last run that
/// stays within the real budget. Returns (kept run, per-voter money of that run, stage).
///
/// Each run is first tried with the certified float engine of [`Warm`] (runs computed in
/// descending blocks, each helped by the richer run above it; a few runs past the stop
/// may be computed and discarded); the exact engine runs when floats cannot decide, and
/// once more for the kept run's explanation.
fn increase(
    mes: &Mes,
    method: &str,
    exhaustive_over: &[usize],
    per_voter: impl Fn(u64) -> Option<Q>,
) -> (MesRun, Q, Stage) {
    increase_with(mes, method, exhaustive_over, &per_voter, true)
}

fn increase_with(
    mes: &Mes,
    method: &str,
    exhaustive_over: &[usize],
    per_voter: &dyn Fn(u64) -> Option<Q>,
    use_floats: bool,
) -> (MesRun, Q, Stage) {
    let instance = mes.instance;
    let mut prev: Option<(Vec<usize>, Q)> = None;
    let (mut runs, mut exact_runs) = (0u64, 0u64);
    let mut k = 0;
    let stopped_because;
    let mut warm = Warm::new(mes);
    let mut outcomes = warm.outcomes(per_voter);
    loop {
        let (money, selected) = if use_floats {
            let Some((money, out)) = outcomes.get(k) else {
                stopped_because = "reached the bound on the budget".to_string();
                break;
            };
            let selected = out.unwrap_or_else(|unsure| {
                exact_runs += 1;
                mes.resume(&money, unsure.decided).selected
            });
            (money, selected)
        } else {
            let Some(money) = per_voter(k) else {
                stopped_because = "reached the bound on the budget".to_string();
                break;
            };
            exact_runs += 1;
            let selected = mes.search(&money).selected;
            (money, selected)
        };
        runs += 1;
        if instance.cost_of(&selected) > instance.budget {
            stopped_because =
                format!("the next run ({money} per voter) costs more than the budget");
            break;
        }
        let done = is_exhaustive(instance, &selected, exhaustive_over);
        prev = Some((selected, money));
        if done {
            stopped_because = "its outcome is exhaustive".to_string();
            break;
        }
        k += 1;
    }
    drop(outcomes);
    // Before any feasible run, pabutools returns the (empty) initial allocation.
    let (run, money) = match prev {
        Some((selected, money)) => {
            let run = if use_floats {
                mes.run(&money)
            } else {
                mes.search(&money)
            };
            if run.selected != selected {
                // Cannot happen if the float error bounds hold; if it ever did, the exact
                // engine alone decides.
                debug_assert!(false, "certified float MES disagrees with exact MES");
                return increase_with(mes, method, exhaustive_over, per_voter, false);
            }
            (run, money)
        }
        None => (MesRun::empty(), Q::zero()),
    };
    let stage = Stage::BudgetIncrease {
        method: method.into(),
        runs,
        exact_reruns: exact_runs,
        budget_per_voter_used: money.to_string(),
        stopped_because,
    };
    (run, money, stage)
}

/// pabutools' `exhaustion_by_budget_increase` with its defaults: total budget B, B + B/100,
/// B + 2B/100, … up to B·(n+1); stops at the first outcome exhaustive over *all* projects,
/// or returns the previous one when an outcome costs more than B.
pub fn exhaustion_by_budget_increase(mes: &Mes, voters: u64) -> (MesRun, Q, Stage) {
    let b = mes.instance.budget.clone();
    let step = b.div_int(100);
    let bound = b.mul_int(voters + 1);
    let all: Vec<usize> = (0..mes.instance.projects.len()).collect();
    let per_voter = |k: u64| {
        // A zero budget never grows: stop after the first run instead of looping forever.
        if k > 0 && step.is_zero() {
            return None;
        }
        let total = b.add(&step.mul_int(k));
        (total <= bound).then(|| total.div_int(voters))
    };
    increase(
        mes,
        "budget increase by 1% of the budget per run",
        &all,
        per_voter,
    )
}

/// MES with `voter_budget_increment = 1` (Add1): each voter's share B/n grows by one
/// currency unit per run; stops at the first outcome exhaustive over the projects MES can
/// fund (supported, cost > 0), or returns the previous one once an outcome costs more than B.
pub fn add1(mes: &Mes, voters: u64) -> (MesRun, Q, Stage) {
    let base = mes.instance.budget.div_int(voters);
    let considered = mes.considered().to_vec();
    let per_voter = |k: u64| Some(base.add(&Q::int(i128::from(k))));
    increase(
        mes,
        "Add1: each voter's share raised by 1 per run",
        &considered,
        per_voter,
    )
}
