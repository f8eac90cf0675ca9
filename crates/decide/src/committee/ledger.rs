//! Phragmén–Eneström and the Consensus rule (see [`super::money`]) with every voter's
//! budget kept as an integer numerator over one shared denominator, so that no step
//! needs a fraction or a gcd per operation.
//!
//! Both rules only compare budgets with each other (and with the price), and multiply or
//! shift them by amounts that scale with them: multiplying every budget, the price and
//! the denominator by the same positive number changes no decision. So a state is the
//! committee and the numerators (and what they are measured against), divided by their
//! common gcd after each step: equal states then have equal representations and merge
//! when ties are explored (resolute Phragmén–Eneström runs, which merge nothing, skip
//! this). The rules run on any machine integer type [`Int`]: the caller
//! tries `i64` (native operations), then `i128`; every function returns `None` when a
//! number would not fit, and after `i128` the caller computes with exact rationals.
//!
//! They take the profile's integer weights ([`super::Profile::integer_weights`]) and
//! write no explanation (the rational versions do, with the fractions a reader expects).

use super::branching::{Step, explore_checked, explore_rows};
use super::profile::{CandSet, Profile, each, members};
use num_integer::Integer;
use num_traits::{PrimInt, Signed};
use std::fmt::Debug;
use std::hash::Hash;

/// A machine integer the ledgers can count in.
pub trait Int: PrimInt + Signed + Integer + Hash + Debug + From<i64> {}
impl<T: PrimInt + Signed + Integer + Hash + Debug + From<i64>> Int for T {}

/// `x` as an `I`.
pub(crate) fn int<I: Int>(x: i64) -> I {
    <I as From<i64>>::from(x)
}

type Out = (Vec<CandSet>, Vec<String>);

/// Divides the numerators and `also` (positive) by their greatest common divisor.
pub(crate) fn lowest_terms<I: Int>(nums: &mut [I], also: &mut I) {
    let mut g = also.abs();
    for x in nums.iter() {
        if g.is_one() {
            return;
        }
        // A multiple of g (zero, or often a repeated budget) leaves g as it is; checking
        // that is one division, cheaper than a gcd.
        if !(*x % g).is_zero() {
            g = g.gcd(x);
        }
    }
    if g > I::one() {
        nums.iter_mut().for_each(|x| *x = *x / g);
        *also = *also / g;
    }
}

/// The tied candidates whose elections are followed: all of them, or when `resolute`
/// only the first (the smallest index), the only one a resolute run continues with.
pub(crate) fn followed(tied: CandSet, resolute: bool) -> CandSet {
    if resolute {
        tied & tied.wrapping_neg()
    } else {
        tied
    }
}

/// The open candidates with the largest support (sum of positive budgets of approvers),
/// as a set, and that support; `None` on overflow.
fn most_supported<I: Int>(p: &Profile, com: CandSet, budget: &[I]) -> Option<(CandSet, I)> {
    let mut support = [I::zero(); 64];
    for (&b, &money) in p.ballots().iter().zip(budget) {
        if money > I::zero() {
            for c in each(b & !com) {
                support[c] = support[c].checked_add(&money)?;
            }
        }
    }
    let open = p.all() & !com;
    let most = each(open).map(|c| support[c]).max().unwrap_or(I::zero());
    let tied = each(open)
        .filter(|&c| support[c] == most)
        .fold(0, |a, c| a | 1 << c);
    Some((tied, most))
}

/// Phragmén–Eneström: budgets start at the weights (here k times the weights, so that
/// the price W/k is the integer W); each step elects the open candidate with the most
/// budget behind it, and its approvers' budgets are multiplied by
/// (support − price) / support, or emptied when the support does not exceed the price.
///
/// A state's row is the budgets followed by the price (see [`explore_rows`]).
pub fn phragmen_enestroem<I: Int>(p: &Profile, w: &[i64], k: usize, resolute: bool) -> Option<Out> {
    let k_int = int::<I>(k as i64);
    let mut budget: Vec<I> = w
        .iter()
        .map(|&x| int::<I>(x).checked_mul(&k_int))
        .collect::<Option<_>>()?;
    let mut price = w
        .iter()
        .try_fold(I::zero(), |a, &x| a.checked_add(&int::<I>(x)))?;
    lowest_terms(&mut budget, &mut price);
    budget.push(price);
    let n = p.num_voters();
    let finals = explore_rows(&budget, |com, row, next| {
        if com.count_ones() as usize >= k {
            return Some(true);
        }
        let (budget, price) = (&row[..n], row[n]);
        let (tied, most) = most_supported(p, com, budget)?;
        if most.is_zero() {
            // Nobody with budget left approves an open candidate: every completion by
            // open candidates wins (as in the rational version).
            let open = members(p.all() & !com);
            let need = k - com.count_ones() as usize;
            let fill = super::search::committees(open.len(), need);
            for pick in fill.take(if resolute { 1 } else { usize::MAX }) {
                let com = each(pick).fold(com, |a, i| a | 1 << open[i]);
                next.push_with(com, row, |_| Some(()))?;
            }
            return Some(false);
        }
        for c in each(followed(tied, resolute)) {
            next.push_with(com | 1 << c, row, |ledger| {
                pay(p, c, most, price, resolute, ledger)
            })?;
        }
        Some(false)
    })?;
    Some((finals, Vec::new()))
}

/// Candidate `c`, elected with support `most` at `price`, is paid for from `ledger`
/// (budgets, then the price): its approvers' budgets are multiplied by
/// (most − price) / most, or emptied when the support does not exceed the price. Tied
/// (not resolute) runs bring the ledger to lowest terms so that equal states merge.
fn pay<I: Int>(
    p: &Profile,
    c: usize,
    most: I,
    price: I,
    resolute: bool,
    ledger: &mut [I],
) -> Option<()> {
    let (budget, rest) = ledger.split_at_mut(p.num_voters());
    if most > price {
        // Multiply the approvers' budgets by (most − price) / most = keep / of in lowest
        // terms: everything else (and the price) by `of` instead.
        let g = most.gcd(&price);
        let (keep, of) = ((most - price) / g, most / g);
        for (x, &b) in budget.iter_mut().zip(p.ballots()) {
            let factor = if b & (1 << c) != 0 { keep } else { of };
            *x = x.checked_mul(&factor)?;
        }
        rest[0] = rest[0].checked_mul(&of)?;
    } else {
        for (x, &b) in budget.iter_mut().zip(p.ballots()) {
            if b & (1 << c) != 0 {
                *x = I::zero();
            }
        }
    }
    if !resolute {
        // Only tied states that must merge need lowest terms.
        lowest_terms(budget, &mut rest[0]);
    }
    Some(())
}

/// Consensus rule: every round each voter receives their weight in budget; the open
/// candidate with the most budget behind it is elected and its supporters (approvers
/// with positive budget) pay W in total, in proportion to their weights. Budgets are
/// numerators over the denominator `denom`.
pub fn consensus_rule<I: Int>(p: &Profile, w: &[i64], k: usize, resolute: bool) -> Option<Out> {
    let total = w
        .iter()
        .try_fold(I::zero(), |a, &x| a.checked_add(&int::<I>(x)))?;
    let start = (0 as CandSet, vec![I::zero(); p.num_voters()], I::one());
    let finals = explore_checked(start, resolute, |(com, budget, denom)| {
        if com.count_ones() as usize >= k {
            return Some(Step::Done);
        }
        let step = || -> Option<Vec<(CandSet, Vec<I>, I)>> {
            let budget: Vec<I> = budget
                .iter()
                .zip(w)
                .map(|(&b, &x)| b.checked_add(&int::<I>(x).checked_mul(denom)?))
                .collect::<Option<_>>()?;
            let (tied, _) = most_supported(p, *com, &budget)?;
            each(followed(tied, resolute))
                .map(|c| {
                    let supports =
                        |v: usize| p.ballots()[v] & (1 << c) != 0 && budget[v] > I::zero();
                    let weight = (0..budget.len())
                        .filter(|&v| supports(v))
                        .try_fold(I::zero(), |a, v| a.checked_add(&int::<I>(w[v])))?;
                    let mut next = budget.clone();
                    let mut next_denom = *denom;
                    if weight > I::zero() {
                        // Supporter v pays w_v · W / weight, in units of 1 / denom that is
                        // w_v · owed / per with owed / per = W · denom / weight in lowest
                        // terms: measure everything in units of 1 / (denom · per).
                        let owed = total.checked_mul(denom)?;
                        let g = owed.gcd(&weight);
                        let (owed, per) = (owed / g, weight / g);
                        for (v, x) in next.iter_mut().enumerate() {
                            *x = x.checked_mul(&per)?;
                            if supports(v) {
                                *x = x.checked_sub(&int::<I>(w[v]).checked_mul(&owed)?)?;
                            }
                        }
                        next_denom = next_denom.checked_mul(&per)?;
                    }
                    lowest_terms(&mut next, &mut next_denom);
                    Some((com | 1 << c, next, next_denom))
                })
                .collect()
        };
        Some(Step::Next(step()?))
    })?;
    Some((finals.into_iter().map(|s| s.0).collect(), Vec::new()))
}
