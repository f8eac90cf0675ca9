//! Exact splits of an amount among weighted recipients.
//!
//! [`split`] (and [`split_ratio`] for rational weights) is the largest remainder method
//! (Hamilton): recipient *i* first gets `floor(A·wᵢ/W)` minor units; the `A − Σ floor`
//! units left over (fewer than the number of recipients) go one each to the recipients
//! with the largest remainders `A·wᵢ mod W`, ties broken by ascending recipient id. All
//! arithmetic is on integers (u128, or big integers when rational weights need it), so
//! no float rounding ever decides who gets a cent. The result always sums exactly to the
//! amount. A negative amount is split as its absolute value and every share negated, so
//! the same recipients get the extra unit either way. Zero weights get zero; all-zero
//! weights, no recipients and duplicate ids are errors.
//!
//! [`split_sequential`] is SourceCred's `splitBudget` (grain.js), kept for agreement with
//! SourceCred: recipients in the given order each get
//! `floor(f64(remaining amount) · wᵢ / remaining weight)` (the whole remaining amount when
//! that fraction reaches 1), the remaining weight is reduced by `wᵢ` in f64, and whatever
//! is left at the end is added to the *last* recipient, whatever its weight. Floats do
//! decide cents there; use it only to reproduce SourceCred.
//!
//! [`split_capped`] is the largest remainder split where some recipients may not get
//! more than a cap (debt-like claims): a recipient whose exact proportional share would
//! reach its cap gets the cap, and the rest is shared among the others in proportion to
//! their weights (water-filling, O(n log n)); what nobody may take is returned as surplus.

use crate::money::{Money, MoneyError};
use num_bigint::BigUint;
use num_integer::Integer;
use num_rational::Ratio;
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::fmt::Display;

/// Why an amount cannot be split; each message names the recipient at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    #[error("nothing to split among: the list of recipients is empty")]
    NoRecipients,
    #[error("all weights are zero: give at least one recipient a positive weight")]
    AllZeroWeights,
    #[error("recipient '{0}' appears more than once: merge its weights into one entry")]
    DuplicateRecipient(String),
    #[error("recipient '{0}' has a weight with a zero denominator")]
    ZeroDenominator(String),
    #[error("recipient #{index} has score {score}: scores must be finite and not negative")]
    InvalidScore { index: usize, score: String },
    #[error("the total of the scores is not finite: a score is infinite, or they are too large")]
    ScoreOverflow,
    #[error("the scores add up to {0}: at least one must be positive")]
    ScoresNotPositive(String),
    #[error(
        "SourceCred's sequential split overspends here because of float rounding (as SourceCred itself would); use the largest remainder split"
    )]
    SequentialOverspend,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// Which split rule a policy uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SplitMethod {
    /// Largest remainder (Hamilton), ties by recipient id. Exact.
    #[default]
    LargestRemainder,
    /// SourceCred's sequential float split, for agreement with SourceCred.
    Sequential,
}

/// Splits `amount` in proportion to integer weights. See the module doc for the rule.
pub fn split<I: Ord + Display>(
    amount: Money,
    recipients: &[(I, u64)],
) -> Result<Vec<Money>, SplitError> {
    check_ids(recipients.iter().map(|r| &r.0))?;
    let weights: Vec<u128> = recipients.iter().map(|(_, w)| u128::from(*w)).collect();
    let shares = hamilton(amount.minor().unsigned_abs(), &weights, |a, b| {
        recipients[a].0.cmp(&recipients[b].0)
    })?;
    to_money(amount, shares)
}

/// Splits `amount` in proportion to rational weights, exactly.
pub fn split_ratio<I: Ord + Display>(
    amount: Money,
    recipients: &[(I, Ratio<u64>)],
) -> Result<Vec<Money>, SplitError> {
    check_ids(recipients.iter().map(|r| &r.0))?;
    if let Some((id, _)) = recipients.iter().find(|(_, w)| *w.denom() == 0) {
        return Err(SplitError::ZeroDenominator(id.to_string()));
    }
    // Bring every weight to the least common denominator: the integer numerators are then
    // proportional to the weights. Big integers only when u64 would overflow.
    let denoms = recipients.iter().map(|(_, w)| BigUint::from(*w.denom()));
    let lcd = denoms.fold(BigUint::from(1u8), |acc, d| acc.lcm(&d));
    let scaled: Vec<BigUint> = recipients
        .iter()
        .map(|(_, w)| BigUint::from(*w.numer()) * (&lcd / BigUint::from(*w.denom())))
        .collect();
    let tie = |a: usize, b: usize| recipients[a].0.cmp(&recipients[b].0);
    let abs = amount.minor().unsigned_abs();
    let shares = match scaled
        .iter()
        .map(|w| w.to_u64())
        .collect::<Option<Vec<u64>>>()
    {
        Some(small) => {
            let small: Vec<u128> = small.into_iter().map(u128::from).collect();
            hamilton(abs, &small, tie)?
        }
        None => hamilton(abs, &scaled, tie)?,
    };
    to_money(amount, shares)
}

/// Largest remainder split where a recipient `(id, weight, cap)` may get at most `cap`
/// (in absolute minor units; `None` = no cap). Returns the shares (signed like `amount`)
/// and the surplus nobody could take (zero unless every uncapped weight is zero).
pub fn split_capped<I: Ord + Display>(
    amount: Money,
    recipients: &[(I, u64, Option<u64>)],
) -> Result<(Vec<Money>, Money), SplitError> {
    check_ids(recipients.iter().map(|r| &r.0))?;
    let mut shares = vec![0u64; recipients.len()];
    let mut left = u128::from(amount.minor().unsigned_abs());
    let mut weight_left: u128 = recipients.iter().map(|r| u128::from(r.1)).sum();
    // Water-filling: the capped recipients in ascending cap/weight order (exact cross
    // multiplication, ties by id). Each one whose exact share of what is left reaches its
    // cap is paid its cap; the first that does not ends the capping, since the level
    // left/weight_left only rises as capped recipients leave.
    let mut capped: Vec<usize> = (0..recipients.len())
        .filter(|&i| recipients[i].1 > 0 && recipients[i].2.is_some())
        .collect();
    let cap = |i: usize| u128::from(recipients[i].2.unwrap_or(u64::MAX));
    capped.sort_unstable_by(|&a, &b| {
        (cap(a) * u128::from(recipients[b].1))
            .cmp(&(cap(b) * u128::from(recipients[a].1)))
            .then_with(|| recipients[a].0.cmp(&recipients[b].0))
    });
    let mut is_capped = vec![false; recipients.len()];
    for &i in &capped {
        let reaches = product_le(cap(i), weight_left, left, u128::from(recipients[i].1));
        if !reaches {
            break;
        }
        shares[i] = recipients[i].2.unwrap_or(0);
        is_capped[i] = true;
        left -= cap(i);
        weight_left -= u128::from(recipients[i].1);
    }
    // The others share what is left; each exact share is below its cap, so the one extra
    // unit of the largest remainder method never passes it.
    let open: Vec<usize> = (0..recipients.len())
        .filter(|&i| !is_capped[i] && recipients[i].1 > 0)
        .collect();
    if !open.is_empty() && left > 0 {
        let weights: Vec<u128> = open.iter().map(|&i| u128::from(recipients[i].1)).collect();
        let left64 = u64::try_from(left).map_err(|_| MoneyError::Overflow("split"))?;
        let round = hamilton(left64, &weights, |a, b| {
            recipients[open[a]].0.cmp(&recipients[open[b]].0)
        })?;
        for (k, &i) in open.iter().enumerate() {
            shares[i] = round[k];
        }
        left = 0;
    }
    let surplus = signed(
        amount,
        u64::try_from(left).map_err(|_| MoneyError::Overflow("split"))?,
    )?;
    Ok((to_money(amount, shares)?, surplus))
}

/// SourceCred's sequential split (see the module doc), with its own errors: negative or
/// non-finite scores and a non-positive total are refused. A negative amount is split as
/// its absolute value, every share negated (SourceCred itself refuses negative budgets).
pub fn split_sequential(amount: Money, scores: &[f64]) -> Result<Vec<Money>, SplitError> {
    let pieces = split_sequential_units(u128::from(amount.minor().unsigned_abs()), scores)?;
    // Every piece is at most the budget, which came from an i64.
    pieces
        .into_iter()
        .map(|p| {
            signed(
                amount,
                u64::try_from(p).map_err(|_| MoneyError::Overflow("split"))?,
            )
        })
        .collect()
}

/// SourceCred's `splitBudget` on raw integer units (u128, enough for attoGrain budgets):
/// returns one piece per score, summing exactly to `budget`.
pub fn split_sequential_units(budget: u128, scores: &[f64]) -> Result<Vec<u128>, SplitError> {
    if scores.is_empty() {
        return Err(SplitError::NoRecipients);
    }
    let total: f64 = scores.iter().fold(0.0, |a, b| a + b);
    if total.is_nan() {
        let (index, s) = scores
            .iter()
            .enumerate()
            .find(|(_, s)| s.is_nan())
            .unwrap_or((0, &total));
        return Err(SplitError::InvalidScore {
            index,
            score: s.to_string(),
        });
    }
    if !total.is_finite() {
        return Err(SplitError::ScoreOverflow);
    }
    if total <= 0.0 {
        // SourceCred checks the total before the individual scores.
        return Err(SplitError::ScoresNotPositive(total.to_string()));
    }
    let mut score_left = total;
    let mut budget_left = budget;
    let mut pieces = Vec::with_capacity(scores.len());
    for (index, &s) in scores.iter().enumerate() {
        if s < 0.0 {
            return Err(SplitError::InvalidScore {
                index,
                score: s.to_string(),
            });
        }
        if s == 0.0 || score_left == 0.0 {
            pieces.push(0);
            continue;
        }
        let fraction = (s / score_left).min(1.0);
        let piece = if fraction == 1.0 {
            budget_left
        } else {
            // f64(remaining) correctly rounded, product floored, back to an integer exactly
            // (as SourceCred's multiplyFloat); `as` saturates, never wraps.
            (budget_left as f64 * fraction).floor() as u128
        };
        budget_left = budget_left
            .checked_sub(piece)
            .ok_or(SplitError::SequentialOverspend)?;
        score_left -= s;
        pieces.push(piece);
    }
    if let Some(last) = pieces.last_mut() {
        *last += budget_left;
    }
    Ok(pieces)
}

/// Splits with the chosen method; the sequential one reads the weights as f64 scores.
pub fn split_with<I: Ord + Display>(
    method: SplitMethod,
    amount: Money,
    recipients: &[(I, u64)],
) -> Result<Vec<Money>, SplitError> {
    match method {
        SplitMethod::LargestRemainder => split(amount, recipients),
        SplitMethod::Sequential => {
            check_ids(recipients.iter().map(|r| &r.0))?;
            let scores: Vec<f64> = recipients.iter().map(|(_, w)| *w as f64).collect();
            split_sequential(amount, &scores)
        }
    }
}

/// The integer core: shares of `amount` in proportion to `weights`, leftover units to
/// the largest remainders, ties by `tie` (the recipient-id order).
fn hamilton<T>(
    amount: u64,
    weights: &[T],
    tie: impl Fn(usize, usize) -> Ordering,
) -> Result<Vec<u64>, SplitError>
where
    T: Integer + Clone + From<u64> + ToPrimitive,
{
    if weights.is_empty() {
        return Err(SplitError::NoRecipients);
    }
    let total = weights.iter().fold(T::zero(), |acc, w| acc + w.clone());
    if total.is_zero() {
        return Err(SplitError::AllZeroWeights);
    }
    let a = T::from(amount);
    let mut shares = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let mut given: u64 = 0;
    for w in weights {
        let (q, r) = (a.clone() * w.clone()).div_rem(&total);
        // q ≤ amount because w ≤ total, so it fits in u64 and the sum cannot pass amount.
        let q = q.to_u64().unwrap_or(u64::MAX);
        given = given.saturating_add(q);
        shares.push(q);
        remainders.push(r);
    }
    // Σ floor ≤ amount, and the leftover is below the number of non-zero remainders (they
    // are fractions below 1 adding up to it); the `min` only keeps a bug from panicking.
    let leftover = usize::try_from(amount.saturating_sub(given)).unwrap_or(usize::MAX);
    if leftover > 0 {
        let mut order: Vec<usize> = (0..weights.len())
            .filter(|&i| !remainders[i].is_zero())
            .collect();
        let by_rank =
            |&x: &usize, &y: &usize| remainders[y].cmp(&remainders[x]).then_with(|| tie(x, y));
        if leftover < order.len() {
            order.select_nth_unstable_by(leftover - 1, by_rank);
        }
        for &i in &order[..leftover.min(order.len())] {
            shares[i] += 1;
        }
    }
    Ok(shares)
}

fn check_ids<'a, I: Ord + Display + 'a>(
    ids: impl Iterator<Item = &'a I>,
) -> Result<(), SplitError> {
    let mut ids: Vec<&I> = ids.collect();
    if ids.is_empty() {
        return Err(SplitError::NoRecipients);
    }
    ids.sort_unstable();
    match ids.windows(2).find(|w| w[0] == w[1]) {
        Some(w) => Err(SplitError::DuplicateRecipient(w[0].to_string())),
        None => Ok(()),
    }
}

/// `a·b ≤ c·d` exactly: on u128 when the products fit, else on big integers.
fn product_le(a: u128, b: u128, c: u128, d: u128) -> bool {
    match (a.checked_mul(b), c.checked_mul(d)) {
        (Some(x), Some(y)) => x <= y,
        _ => BigUint::from(a) * BigUint::from(b) <= BigUint::from(c) * BigUint::from(d),
    }
}

/// Gives `abs` minor units the sign of `amount`.
fn signed(amount: Money, abs: u64) -> Result<Money, SplitError> {
    let value = if amount.is_negative() {
        -i128::from(abs)
    } else {
        i128::from(abs)
    };
    let minor = i64::try_from(value).map_err(|_| MoneyError::Overflow("split"))?;
    Ok(Money::from_minor(minor, amount.unit()))
}

fn to_money(amount: Money, shares: Vec<u64>) -> Result<Vec<Money>, SplitError> {
    shares.into_iter().map(|s| signed(amount, s)).collect()
}
