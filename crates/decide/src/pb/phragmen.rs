//! Sequential Phragmén for PB (pabutools' `sequential_phragmen`): voters share the cost of
//! funded projects as *loads*. Each round funds the project that minimises the load its
//! supporters would carry, (Σ_{i∈A(p)} loadᵢ + cost(p)) / |A(p)|, and sets every
//! supporter's load to it. Projects costing more than B are dropped at the start.
//!
//! pabutools quirk (when `compat`): the rule *stops* as soon as any project tied at the
//! minimum would overshoot the budget, even when the tie-break winner fits; unsupported
//! projects (infinite load) are funded one by one at the end while they fit. Corrected
//! mode drops overshooting tied projects and funds the best tied one that fits, and never
//! funds unsupported projects.

use super::model::Instance;
use super::outcome::{PhragmenRound, Stage};
use super::profile::Support;
use super::q::Q;
use crate::TieBreak;

/// Runs sequential Phragmén; returns the funded projects and the explanation.
pub fn sequential_phragmen(
    instance: &Instance,
    support: &Support,
    tie: TieBreak,
    compat: bool,
) -> (Vec<usize>, Stage) {
    let ids = |p: usize| instance.projects[p].id.as_str();
    let mut remaining: Vec<usize> = (0..instance.projects.len())
        .filter(|&p| instance.projects[p].cost <= instance.budget)
        .filter(|&p| compat || support.count[p] > 0)
        .collect();
    // Voters with the same load form a class; class 0 carries load 0.
    let mut class_of = vec![0u32; support.mult.len()];
    let mut class_load = vec![Q::zero()];
    let mut scratch: Vec<u64> = Vec::new();
    let mut spent = Q::zero();
    let mut selected = Vec::new();
    let mut rounds = Vec::new();
    let stopped_because = loop {
        if remaining.is_empty() {
            break "every project is funded or too expensive".to_string();
        }
        let mut best: Option<Q> = None;
        let mut tied: Vec<usize> = Vec::new();
        for &p in &remaining {
            if support.count[p] == 0 {
                continue;
            }
            scratch.clear();
            scratch.resize(class_load.len(), 0);
            for &g in &support.supporters[p] {
                scratch[class_of[g as usize] as usize] += support.mult[g as usize];
            }
            let carried = scratch
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .fold(Q::zero(), |a, (c, &n)| a.add(&class_load[c].mul_int(n)));
            let load = carried
                .add(&instance.projects[p].cost)
                .div_int(support.count[p]);
            match best.as_ref().map(|b| load.cmp(b)) {
                None | Some(std::cmp::Ordering::Less) => {
                    best = Some(load);
                    tied = vec![p];
                }
                Some(std::cmp::Ordering::Equal) => tied.push(p),
                _ => {}
            }
        }
        if best.is_none() {
            // Only unsupported projects are left: their load is infinite, all tie.
            tied = remaining.clone();
        }
        tied.sort_by(|a, b| tie.compare(ids(*a), ids(*b)));
        let fits = |p: &usize| spent.add(&instance.projects[*p].cost) <= instance.budget;
        let choice = if compat {
            if !tied.iter().all(fits) {
                break "a project tied at the minimal load does not fit in the budget".to_string();
            }
            tied[0]
        } else {
            let too_big: Vec<usize> = tied.iter().copied().filter(|p| !fits(p)).collect();
            remaining.retain(|p| !too_big.contains(p));
            match tied.iter().copied().find(fits) {
                Some(p) => p,
                None => continue,
            }
        };
        spent = spent.add(&instance.projects[choice].cost);
        remaining.retain(|&p| p != choice);
        selected.push(choice);
        let others: Vec<String> = tied
            .iter()
            .filter(|&&p| p != choice)
            .map(|&p| ids(p).to_string())
            .collect();
        let load_text = match &best {
            Some(load) => {
                class_load.push(load.clone());
                let c = (class_load.len() - 1) as u32;
                for &g in &support.supporters[choice] {
                    class_of[g as usize] = c;
                }
                load.to_string()
            }
            None => "inf".into(),
        };
        rounds.push(PhragmenRound {
            project: ids(choice).to_string(),
            cost: instance.projects[choice].cost.to_string(),
            load: load_text,
            supporters: support.count[choice],
            tied_with: others,
        });
    };
    (
        selected,
        Stage::Phragmen {
            rounds,
            stopped_because,
        },
    )
}
