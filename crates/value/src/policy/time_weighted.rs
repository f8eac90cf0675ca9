//! Time-weighted shares in the way of Protocol Guild: a member's weight is
//! `√((eligible months − months on break) × time weighting)`, the time weighting being 1
//! for full-time and 0.5 for part-time contributors (any decimal in (0, 1] is accepted).
//!
//! Exactness: the square root is computed on integers, rounded down to millionths:
//! weight = ⌊√(x · 10¹²)⌋ with x the product above (time weightings may have at most 12
//! decimals so that x · 10¹² is a whole number). The amount is then split over these
//! integer weights by largest remainder, ties by member id.

use super::{PolicyError, Row, proportional};
use crate::equation::Decimal;
use crate::money::Money;
use crate::statement::Statement;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuildMember {
    pub id: String,
    pub eligible_months: u32,
    #[serde(default)]
    pub months_on_break: u32,
    /// 1 for full time, 0.5 for part time.
    #[serde(default = "full_time")]
    pub time_weighting: Decimal,
}

fn full_time() -> Decimal {
    Decimal::from_integer(1)
}

/// The member's weight in millionths: ⌊√((months − break) × weighting) · 10⁶⌋.
pub fn weight(m: &GuildMember) -> Result<u64, PolicyError> {
    let fail = |reason: String| PolicyError::Member {
        id: m.id.clone(),
        reason,
    };
    let months = m
        .eligible_months
        .checked_sub(m.months_on_break)
        .ok_or_else(|| {
            fail(format!(
                "{} months on break is more than the {} eligible months",
                m.months_on_break, m.eligible_months
            ))
        })?;
    let t = m.time_weighting;
    if t.is_zero() || t.exceeds(1) {
        return Err(fail(format!(
            "time weighting {t} must be more than 0 and at most 1"
        )));
    }
    if t.scale() > 12 {
        return Err(fail(format!(
            "time weighting {t} has more than 12 decimals"
        )));
    }
    // x · 10¹² = months · mantissa · 10^(12 − scale): at most 2³² · 10¹² < 2⁷³, fits u128.
    let r = t.ratio();
    let scaled =
        u128::from(months) * u128::from(*r.numer()) * 10u128.pow(12) / u128::from(*r.denom());
    u64::try_from(isqrt(scaled)).map_err(|_| fail("weight too large".into()))
}

/// Shares `amount` over the members by their [`weight`]s (largest remainder, ties by id).
/// Errors name the member at fault.
pub fn time_weighted(amount: Money, members: &[GuildMember]) -> Result<Statement, PolicyError> {
    if members.is_empty() {
        return Err(PolicyError::Nobody("the list of members is empty".into()));
    }
    let mut rows = Vec::with_capacity(members.len());
    let mut total: u128 = 0;
    for m in members {
        let w = weight(m)?;
        total += u128::from(w);
        rows.push(Row {
            recipient: m.id.clone(),
            weight: w,
            weight_text: millionths(u128::from(w)),
            reason: format!(
                "√(({} − {}) × {}) = {}",
                m.eligible_months,
                m.months_on_break,
                m.time_weighting,
                millionths(u128::from(w))
            ),
        });
    }
    proportional(
        "time-weighted shares (Protocol Guild)",
        "√ rounded down to millionths; largest remainder over the weights, ties by member id",
        amount,
        rows,
        millionths(total),
    )
}

fn millionths(w: u128) -> String {
    format!("{}.{:06}", w / 1_000_000, w % 1_000_000)
}

/// ⌊√n⌋ on integers (Newton's method from above), exact for every u128.
fn isqrt(n: u128) -> u128 {
    if n < 2 {
        return n;
    }
    let mut x = 1u128 << (n.ilog2() / 2 + 1);
    loop {
        let y = (x + n / x) / 2;
        if y >= x {
            return x;
        }
        x = y;
    }
}

#[cfg(test)]
mod tests {
    use super::isqrt;

    #[test]
    fn isqrt_is_exact_around_squares() {
        for r in [1u128, 2, 3, 1_000_000, 4_294_967_295, (1 << 64) - 1] {
            assert_eq!(isqrt(r * r), r);
            assert_eq!(isqrt(r * r - 1), r - 1);
            assert_eq!(isqrt(r * r + 2 * r), r);
        }
        assert_eq!(isqrt(u128::MAX), (1u128 << 64) - 1);
    }
}
