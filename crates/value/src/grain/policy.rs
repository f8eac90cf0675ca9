//! The grain policies (FORMAT.md §4.3): each turns the view into one score per recipient,
//! and [`allocate`] splits the budget by those scores with SourceCred's integer split.
//! Every allocation keeps its [`Basis`] (weeks, cred and payouts used) so a contributor can
//! redo their own line by hand.

use super::GrainError;
use super::amount::{Amount, mul_f, split_budget};
use super::view::View;
use std::ops::Range;

/// A distribution policy with its budget (in the smallest unit).
#[derive(Debug, Clone, PartialEq)]
pub enum Policy {
    /// Pay in proportion to cred earned in the last `lookback` complete weeks.
    Immediate { budget: Amount, lookback: usize },
    /// Pay in proportion to cred with older weeks discounted by `discount` per week.
    Recent {
        budget: Amount,
        discount: f64,
        /// Participant indices that receive nothing.
        exclusions: Vec<usize>,
    },
    /// Pay towards equal pay per cred over the last `lookback` weeks (0 = all history),
    /// given what was already paid in that window.
    Balanced { budget: Amount, lookback: usize },
    /// Pay the whole budget to one participant (not cred-based).
    Special {
        budget: Amount,
        recipient: usize,
        memo: String,
    },
}

impl Policy {
    pub fn budget(&self) -> Amount {
        match *self {
            Policy::Immediate { budget, .. }
            | Policy::Recent { budget, .. }
            | Policy::Balanced { budget, .. }
            | Policy::Special { budget, .. } => budget,
        }
    }

    /// SourceCred's name for the policy type.
    pub fn type_name(&self) -> &'static str {
        match self {
            Policy::Immediate { .. } => "IMMEDIATE",
            Policy::Recent { .. } => "RECENT",
            Policy::Balanced { .. } => "BALANCED",
            Policy::Special { .. } => "SPECIAL",
        }
    }
}

/// Why an allocation came out as it did.
#[derive(Debug, Clone, PartialEq)]
pub struct Basis {
    /// The weeks looked at: `(first week start, last week end, number of weeks)` in ms,
    /// `None` when the policy looks at no week (SPECIAL, or no complete week yet).
    pub weeks: Option<(i64, i64, usize)>,
    /// Per recipient, the cred the score came from: summed over the weeks (IMMEDIATE,
    /// BALANCED) or discounted (RECENT). Empty for SPECIAL.
    pub cred: Vec<f64>,
    /// BALANCED: per recipient, grain already paid for those weeks.
    pub paid: Vec<Amount>,
    /// BALANCED: the grain per unit of cred everybody should reach.
    pub per_cred: Option<Amount>,
}

/// One policy's result: recipients in participant order, with amounts summing exactly to
/// the budget.
#[derive(Debug, Clone, PartialEq)]
pub struct Allocation {
    pub policy: Policy,
    /// Participant indices.
    pub recipients: Vec<usize>,
    pub amounts: Vec<Amount>,
    /// The scores handed to the split (empty for SPECIAL).
    pub scores: Vec<f64>,
    pub basis: Basis,
}

fn week_span(view: &View, scope: &Range<usize>) -> Option<(i64, i64, usize)> {
    (!scope.is_empty()).then(|| {
        (
            view.weeks.start(scope.start),
            view.weeks.end(scope.end - 1),
            scope.len(),
        )
    })
}

/// Cred of one row over the scope, summed in week order.
fn cred_in(view: &View, p: usize, scope: &Range<usize>) -> f64 {
    let mut c = 0.0;
    for &x in &view.rows[p].cred[scope.clone()] {
        c += x;
    }
    c
}

fn paid_in(view: &View, p: usize, scope: &Range<usize>) -> Result<Amount, GrainError> {
    view.rows[p].paid[scope.clone()]
        .iter()
        .try_fold(0 as Amount, |a, &x| a.checked_add(x))
        .ok_or_else(|| GrainError::new("sum of past payouts overflows 128 bits"))
}

/// IMMEDIATE: score = cred over the last `lookback` complete weeks.
pub fn immediate(view: &View, recipients: &[usize], scope: &Range<usize>) -> Vec<f64> {
    recipients
        .iter()
        .map(|&p| cred_in(view, p, scope))
        .collect()
}

/// RECENT: over all complete weeks, oldest first, `score ← score·(1−discount) + cred_week`;
/// a week `a` weeks old counts `(1−discount)^a`.
pub fn recent(view: &View, recipients: &[usize], scope: &Range<usize>, discount: f64) -> Vec<f64> {
    let keep = 1.0 - discount;
    recipients
        .iter()
        .map(|&p| {
            view.rows[p].cred[scope.clone()]
                .iter()
                .fold(0.0, |acc, &c| acc * keep + c)
        })
        .collect()
}

/// What BALANCED computed, per recipient, and the grain per cred it aimed at.
pub struct Balanced {
    pub scores: Vec<f64>,
    pub cred: Vec<f64>,
    pub paid: Vec<Amount>,
    pub per_cred: Amount,
}

/// BALANCED: with `perCred = ⌊(paid in window + budget) / total cred⌋`, everybody's target
/// is `⌊perCred · cred⌋`; the score is how far their payouts lag behind it (never
/// negative).
pub fn balanced(
    view: &View,
    recipients: &[usize],
    scope: &Range<usize>,
    budget: Amount,
) -> Result<Balanced, GrainError> {
    let cred: Vec<f64> = recipients
        .iter()
        .map(|&p| cred_in(view, p, scope))
        .collect();
    let paid = recipients
        .iter()
        .map(|&p| paid_in(view, p, scope))
        .collect::<Result<Vec<_>, _>>()?;
    let mut total_cred = 0.0;
    for &c in &cred {
        total_cred += c;
    }
    let overflow = || GrainError::new("past payouts plus budget overflow 128 bits");
    let total_paid = paid
        .iter()
        .try_fold(0 as Amount, |a, &x| a.checked_add(x))
        .ok_or_else(overflow)?;
    let per_cred = mul_f(
        total_paid.checked_add(budget).ok_or_else(overflow)?,
        1.0 / total_cred,
    )?;
    let mut scores = Vec::with_capacity(recipients.len());
    for (&c, &pd) in cred.iter().zip(&paid) {
        let target = mul_f(per_cred, c)?;
        scores.push(if target > pd {
            (target - pd) as f64
        } else {
            0.0
        });
    }
    Ok(Balanced {
        scores,
        cred,
        paid,
        per_cred,
    })
}

/// SPECIAL: the whole budget to one recipient, whatever the cred (not split).
pub fn special(budget: Amount, recipient: usize) -> (Vec<usize>, Vec<Amount>) {
    (vec![recipient], vec![budget])
}

/// Computes one policy's allocation at `effective_ms` over `view`.
pub fn allocate(policy: &Policy, view: &View, effective_ms: i64) -> Result<Allocation, GrainError> {
    let active: Vec<usize> = (0..view.rows.len())
        .filter(|&p| view.rows[p].active)
        .collect();
    let (recipients, scores, basis) = match policy {
        Policy::Immediate { lookback, .. } => {
            let scope = view.scope(effective_ms, *lookback);
            let scores = immediate(view, &active, &scope);
            let basis = Basis {
                weeks: week_span(view, &scope),
                cred: scores.clone(),
                paid: vec![],
                per_cred: None,
            };
            (active, scores, basis)
        }
        Policy::Recent {
            discount,
            exclusions,
            ..
        } => {
            let scope = view.scope(effective_ms, 0);
            let kept: Vec<usize> = active
                .into_iter()
                .filter(|p| !exclusions.contains(p))
                .collect();
            let scores = recent(view, &kept, &scope, *discount);
            let basis = Basis {
                weeks: week_span(view, &scope),
                cred: scores.clone(),
                paid: vec![],
                per_cred: None,
            };
            (kept, scores, basis)
        }
        Policy::Balanced { budget, lookback } => {
            let scope = view.scope(effective_ms, *lookback);
            let b = balanced(view, &active, &scope, *budget)?;
            let basis = Basis {
                weeks: week_span(view, &scope),
                cred: b.cred,
                paid: b.paid,
                per_cred: Some(b.per_cred),
            };
            (active, b.scores, basis)
        }
        Policy::Special {
            budget, recipient, ..
        } => {
            let basis = Basis {
                weeks: None,
                cred: vec![],
                paid: vec![],
                per_cred: None,
            };
            let (recipients, amounts) = special(*budget, *recipient);
            return Ok(Allocation {
                policy: policy.clone(),
                recipients,
                amounts,
                scores: vec![],
                basis,
            });
        }
    };
    let amounts = split_budget(policy.budget(), &scores)?;
    Ok(Allocation {
        policy: policy.clone(),
        recipients,
        amounts,
        scores,
        basis,
    })
}
