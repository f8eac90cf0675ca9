//! Amounts as the coalition reads and computes them: `"AMOUNT CUR"` texts read exactly
//! (a currency of ISO 4217, within 64-bit minor units, never negative), and the fee's
//! arithmetic in integers — a share in basis points and a rate per hour are rounded half
//! up to the currency's minor unit, once, at the end.

use super::CoalitionError;
use commonfare_value::money::{Money, Unit};

/// Reads `"12.34 EUR"` for the field `field`: a decimal number, a space, an ISO 4217
/// currency. Hours and credits are units of the ledger but not money one earns or owes.
pub fn money(field: &'static str, given: &str) -> Result<Money, CoalitionError> {
    let malformed = || CoalitionError::MalformedAmount {
        field,
        given: given.to_string(),
    };
    let trimmed = given.trim();
    let (number, unit) = trimmed
        .split_once(char::is_whitespace)
        .ok_or_else(malformed)?;
    let unit_text = unit.trim();
    let unit: Unit = unit_text.parse().map_err(|_| CoalitionError::UnknownUnit {
        field,
        given: unit_text.to_string(),
    })?;
    if !matches!(unit, Unit::Currency(_)) {
        return Err(CoalitionError::NotACurrency {
            field,
            given: unit_text.to_string(),
        });
    }
    let digits = number.strip_prefix('-').unwrap_or(number);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || digits.ends_with('.') {
        return Err(malformed());
    }
    if frac.len() > usize::from(unit.exponent()) {
        return Err(CoalitionError::TooManyDecimals {
            field,
            given: given.to_string(),
            unit: unit.code().to_string(),
            exponent: unit.exponent(),
        });
    }
    let m = Money::parse_in(number, unit).map_err(|_| CoalitionError::AmountTooLarge {
        field,
        given: given.to_string(),
    })?;
    if m.is_negative() {
        return Err(CoalitionError::NegativeAmount {
            field,
            given: given.to_string(),
        });
    }
    Ok(m)
}

/// A currency code alone (`"EUR"`), for a share of revenue.
pub fn currency(field: &'static str, given: &str) -> Result<Unit, CoalitionError> {
    let unit: Unit = given.parse().map_err(|_| CoalitionError::UnknownUnit {
        field,
        given: given.to_string(),
    })?;
    if !matches!(unit, Unit::Currency(_)) {
        return Err(CoalitionError::NotACurrency {
            field,
            given: given.to_string(),
        });
    }
    Ok(unit)
}

/// `minor × num / den`, rounded half up (the amounts here are never negative), exact in
/// 128-bit integers; an error when the result leaves 64-bit minor units.
pub fn mul_div_half_up(minor: i64, num: i64, den: i64) -> Result<i64, CoalitionError> {
    debug_assert!(minor >= 0 && num >= 0 && den > 0);
    let product = i128::from(minor) * i128::from(num);
    let den = i128::from(den);
    let rounded = (product + den / 2) / den;
    i64::try_from(rounded).map_err(|_| CoalitionError::FeeTooLarge)
}

/// A share of `revenue` in basis points (1 bp = 0.01 %), rounded half up to the minor unit.
pub fn share(revenue: Money, basis_points: i64) -> Result<Money, CoalitionError> {
    Ok(Money::from_minor(
        mul_div_half_up(revenue.minor(), basis_points, 10_000)?,
        revenue.unit(),
    ))
}

/// `rate` per hour for `minutes` of work, rounded half up to the minor unit.
pub fn per_hour(rate: Money, minutes: i64) -> Result<Money, CoalitionError> {
    Ok(Money::from_minor(
        mul_div_half_up(rate.minor(), minutes, 60)?,
        rate.unit(),
    ))
}

/// `price × count`, or an error beyond 64-bit minor units.
pub fn times(price: Money, count: i64) -> Result<Money, CoalitionError> {
    price
        .checked_mul(count)
        .map_err(|_| CoalitionError::FeeTooLarge)
}

/// `a + b` in one currency, or an error beyond 64-bit minor units.
pub fn plus(a: Money, b: Money) -> Result<Money, CoalitionError> {
    a.checked_add(b).map_err(|_| CoalitionError::FeeTooLarge)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(minor: i64) -> Money {
        Money::from_minor(minor, "EUR".parse().unwrap())
    }

    #[test]
    fn amounts_are_read_exactly_or_refused_with_their_reason() {
        assert_eq!(money("revenue", "12.34 EUR").unwrap(), eur(1234));
        assert_eq!(money("revenue", "12 EUR").unwrap(), eur(1200));
        assert_eq!(money("revenue", "0 EUR").unwrap(), eur(0));
        assert_eq!(money("revenue", "1500 JPY").unwrap().minor(), 1500);
        assert_eq!(money("revenue", "1.234 KWD").unwrap().minor(), 1234);
        // i64::MAX cents is the largest amount there is.
        assert_eq!(
            money("revenue", "92233720368547758.07 EUR")
                .unwrap()
                .minor(),
            i64::MAX
        );
        let code = |s: &str| money("revenue", s).unwrap_err().code();
        assert_eq!(code("92233720368547758.08 EUR"), "amount_too_large");
        assert_eq!(code("99999999999999999999999 EUR"), "amount_too_large");
        assert_eq!(code("-1.00 EUR"), "negative_amount");
        assert_eq!(code("1.00 XYZ"), "unknown_unit");
        assert_eq!(code("1.00 eur"), "unknown_unit");
        assert_eq!(code("3 hours"), "not_a_currency");
        assert_eq!(code("3 credits"), "not_a_currency");
        assert_eq!(code("1.001 EUR"), "too_many_decimals");
        assert_eq!(code("1.5 JPY"), "too_many_decimals");
        for bad in [
            "EUR",
            "12,50 EUR",
            "1e3 EUR",
            "1. EUR",
            ".5 EUR",
            "",
            "x EUR",
            "+1 EUR",
        ] {
            assert_eq!(code(bad), "malformed_amount", "{bad:?}");
        }
        assert_eq!(currency("currency", "EUR").unwrap().code(), "EUR");
        assert_eq!(
            currency("currency", "hours").unwrap_err().code(),
            "not_a_currency"
        );
        assert_eq!(
            currency("currency", "XX").unwrap_err().code(),
            "unknown_unit"
        );
    }

    #[test]
    fn shares_and_hours_round_half_up_once() {
        // 2.5 % of 1.01 € is 0.02525 €: 0.03 €.
        assert_eq!(share(eur(101), 250).unwrap(), eur(3));
        // 2.5 % of 1.00 € is 0.025 €, exactly half a cent: up, 0.03 €.
        assert_eq!(share(eur(100), 250).unwrap(), eur(3));
        // 2.5 % of 0.99 € is 0.02475 €: 0.02 €.
        assert_eq!(share(eur(99), 250).unwrap(), eur(2));
        assert_eq!(share(eur(1_800_000), 300).unwrap(), eur(54_000));
        assert_eq!(share(eur(0), 300).unwrap(), eur(0));
        // The whole of the largest revenue.
        assert_eq!(share(eur(i64::MAX), 10_000).unwrap(), eur(i64::MAX));
        assert_eq!(
            share(eur(i64::MAX), 1).unwrap().minor(),
            922_337_203_685_478
        );
        // 25.00 € an hour for 100 minutes is 41.666… €: 41.67 €.
        assert_eq!(per_hour(eur(2500), 100).unwrap(), eur(4167));
        // 0.01 € an hour for 30 minutes is half a cent: up.
        assert_eq!(per_hour(eur(1), 30).unwrap(), eur(1));
        assert_eq!(per_hour(eur(1), 29).unwrap(), eur(0));
        assert_eq!(
            per_hour(eur(i64::MAX), 120).unwrap_err().code(),
            "amount_too_large"
        );
        assert_eq!(times(eur(250), 4).unwrap(), eur(1000));
        assert_eq!(
            times(eur(i64::MAX / 2 + 1), 2).unwrap_err().code(),
            "amount_too_large"
        );
    }
}
