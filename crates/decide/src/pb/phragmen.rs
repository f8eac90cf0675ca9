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
//!
//! Incompatibility groups: funding a project removes its group-mates from the remaining
//! projects (the round lists them), so they can neither be funded nor stop the rule.

use super::model::Instance;
use super::outcome::{PhragmenRound, Stage};
use super::profile::Support;
use super::q::Q;
use crate::TieBreak;
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::Zero;

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
    // Voters with the same load form a class; class 0 carries load 0. Loads and costs are
    // integers in a common unit 1/den, so a round needs no gcds.
    let mut class_of = vec![0u32; support.mult.len()];
    let mut den = BigInt::from(1);
    for p in &instance.projects {
        den = den.lcm(p.cost.to_big().denom());
    }
    let mut cost_units: Vec<BigInt> = instance
        .projects
        .iter()
        .map(|p| {
            let c = p.cost.to_big();
            c.numer() * (&den / c.denom())
        })
        .collect();
    let mut class_load: Vec<BigInt> = vec![BigInt::zero()];
    let mut scratch: Vec<u64> = Vec::new();
    let mut spent = Q::zero();
    let mut selected = Vec::new();
    let mut rounds = Vec::new();
    let stopped_because = loop {
        if remaining.is_empty() {
            break "every project is funded or too expensive".to_string();
        }
        // The new load of p is total / count (in units); compare fractions crosswise.
        let mut best: Option<(BigInt, u64)> = None;
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
            let mut total = cost_units[p].clone();
            for (c, &n) in scratch.iter().enumerate().skip(1) {
                if n > 0 {
                    total += &class_load[c] * n;
                }
            }
            let count = support.count[p];
            let ord = best
                .as_ref()
                .map(|(bt, bc)| (&total * *bc).cmp(&(bt * count)));
            match ord {
                None | Some(std::cmp::Ordering::Less) => {
                    best = Some((total, count));
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
        let mates = &support.mates[choice];
        let excludes: Vec<String> = remaining
            .iter()
            .filter(|p| mates.contains(p))
            .map(|&p| ids(p).to_string())
            .collect();
        remaining.retain(|&p| p != choice && !mates.contains(&p));
        selected.push(choice);
        let others: Vec<String> = tied
            .iter()
            .filter(|&&p| p != choice)
            .map(|&p| ids(p).to_string())
            .collect();
        let load_text = match &best {
            Some((total, count)) => {
                // Every tied project has the same load, so the first one found gives it.
                let (total, count) = (total.clone(), *count);
                let load = Q::from_big(BigRational::new(total.clone(), &den * count));
                // Refine the unit so that total / count is a whole number of units.
                let k = BigInt::from(count);
                if !(&total % &k).is_zero() {
                    den *= &k;
                    for l in class_load.iter_mut() {
                        *l *= &k;
                    }
                    for c in cost_units.iter_mut() {
                        *c *= &k;
                    }
                    class_load.push(total);
                } else {
                    class_load.push(total / &k);
                }
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
            excludes,
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
