//! Greedy utilitarian welfare (pabutools' `greedy_utilitarian_welfare`): fund projects in
//! order of total satisfaction per unit of cost, skipping any that no longer fits.
//!
//! With cost satisfaction a supporter gets `cost(p)`, so the order is by approval count
//! |A(p)| (the rule most cities use); with cardinality satisfaction it is |A(p)|/cost(p).
//! pabutools quirk (kept when `compat`): a project whose total satisfaction is 0 (no
//! supporter, or cost 0 under cost satisfaction) is ordered last and still funded if it
//! fits. Corrected mode never funds unsupported projects and funds free supported ones
//! first.
//!
//! Incompatibility groups: a project whose group-mate is already funded (in `start` or
//! earlier in the order) is skipped, and its step says which mate ruled it out.

use super::model::Instance;
use super::outcome::{GreedyStep, Stage};
use super::profile::Support;
use super::q::Q;
use crate::TieBreak;
use std::cmp::Ordering;

/// How a supporter's satisfaction with a funded project is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sat {
    /// Satisfaction = cost of the project (pabutools `Cost_Sat`).
    Cost,
    /// Satisfaction = 1 per funded project (pabutools `Cardinality_Sat`).
    Cardinality,
}

impl Sat {
    pub fn name(self) -> &'static str {
        match self {
            Sat::Cost => "cost",
            Sat::Cardinality => "cardinality",
        }
    }

    /// One supporter's satisfaction with project `p`.
    pub fn of(self, instance: &Instance, p: usize) -> Q {
        match self {
            Sat::Cost => instance.projects[p].cost.clone(),
            Sat::Cardinality => Q::int(1),
        }
    }
}

/// Total satisfaction per unit of cost; `None` stands for +infinity (free and supported).
fn score(instance: &Instance, support: &Support, sat: Sat, compat: bool, p: usize) -> Option<Q> {
    let cost = &instance.projects[p].cost;
    let n = support.count[p];
    match (sat, cost.is_zero()) {
        (_, false) => Some(match sat {
            Sat::Cost => Q::int(i128::from(n)),
            Sat::Cardinality => Q::int(i128::from(n)).div(cost),
        }),
        (_, true) if n == 0 => Some(Q::zero()),
        // Cost satisfaction of a free project is 0 in pabutools, so it comes last.
        (Sat::Cost, true) if compat => Some(Q::zero()),
        (_, true) => None,
    }
}

fn by_score_desc(a: &Option<Q>, b: &Option<Q>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, _) => Ordering::Less,
        (_, None) => Ordering::Greater,
        (Some(x), Some(y)) => y.cmp(x),
    }
}

/// Greedy from an initial allocation `start` (empty for the plain rule, the MES outcome
/// for a greedy completion). Returns the funded projects (including `start`) and the steps.
pub fn greedy(
    instance: &Instance,
    support: &Support,
    sat: Sat,
    tie: TieBreak,
    compat: bool,
    start: &[usize],
) -> (Vec<usize>, Stage) {
    let spent = instance.cost_of(start);
    let mut left = instance.budget.sub(&spent);
    let mut order: Vec<(usize, Option<Q>)> = (0..instance.projects.len())
        .filter(|p| !start.contains(p))
        .filter(|&p| compat || support.count[p] > 0)
        .map(|p| (p, score(instance, support, sat, compat, p)))
        .collect();
    order.sort_by(|(p, a), (q, b)| {
        by_score_desc(a, b)
            .then_with(|| tie.compare(&instance.projects[*p].id, &instance.projects[*q].id))
    });
    let mut selected = start.to_vec();
    // The funded project that rules each project out (incompatibility groups).
    let mut blocked_by: Vec<Option<usize>> = vec![None; instance.projects.len()];
    for &f in start {
        for &m in &support.mates[f] {
            blocked_by[m].get_or_insert(f);
        }
    }
    let mut steps = Vec::with_capacity(order.len());
    for (p, s) in order {
        let cost = &instance.projects[p].cost;
        let blocker = blocked_by[p];
        let funded = blocker.is_none() && *cost <= left;
        if funded {
            left = left.sub(cost);
            selected.push(p);
            for &m in &support.mates[p] {
                blocked_by[m].get_or_insert(p);
            }
        }
        steps.push(GreedyStep {
            project: instance.projects[p].id.clone(),
            cost: cost.to_string(),
            supporters: support.count[p],
            score: s.map_or("inf".into(), |q| q.to_string()),
            funded,
            incompatible_with: blocker.map(|f| instance.projects[f].id.clone()),
        });
    }
    let stage = Stage::Greedy {
        satisfaction: sat.name().into(),
        already_spent: spent.to_string(),
        steps,
    };
    (selected, stage)
}
