//! Amounts of money a body's rules speak of — a rulebook's spending limit, the payment a
//! motion authorises — read with the value crate's `Money`, exact in the currency's minor
//! units, as the ledger reads its amounts.

use crate::error::{AppError, detail, shown};
use commonfare_value::money::{Currency, Money, Unit};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An amount of money: a decimal number and an ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Amount {
    /// A decimal number above zero with at most the currency's decimals (`"100.00"`).
    pub amount: String,
    /// An ISO 4217 currency code in capitals (`"EUR"`).
    pub currency: String,
}

/// A 422 with `code` about the amount `given` of `field`, for `reason` (`currency`,
/// `decimals`, `positive`, `large` or `number`).
fn refused(code: &'static str, field: &'static str, given: &str, reason: &'static str) -> AppError {
    AppError::invalid(
        code,
        detail!(
            "problem-bodies-amount",
            field = field,
            given = shown(given, 40),
            reason = reason
        ),
    )
}

impl Amount {
    /// Checks the amount of `field`: its currency, its number, above zero. Gives it back
    /// written as the currency writes it (`"100"` in EUR is `"100.00"`) with its value.
    pub fn check(&self, field: &'static str) -> Result<(Amount, Money), AppError> {
        let code = self.currency.trim();
        let currency = match code.parse::<Unit>() {
            Ok(Unit::Currency(c)) => c,
            Ok(_) => return Err(refused("not_a_currency", field, code, "currency")),
            Err(_) => return Err(refused("unknown_unit", field, code, "currency")),
        };
        let given = self.amount.trim();
        let unit = Unit::Currency(currency);
        let digits = given.strip_prefix('-').unwrap_or(given);
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !is_digits(whole) || !is_digits(frac) || digits.ends_with('.') {
            return Err(refused("malformed_amount", field, given, "number"));
        }
        if frac.len() > usize::from(currency.exponent()) {
            return Err(refused("too_many_decimals", field, given, "decimals"));
        }
        let money = Money::parse_in(given, unit)
            .map_err(|_| refused("amount_too_large", field, given, "large"))?;
        if money.minor() <= 0 {
            return Err(refused("cost_not_positive", field, given, "positive"));
        }
        Ok((written(money), money))
    }

    /// The amount's value; only for an amount checked before (else zero in its unit).
    pub fn money(&self) -> Option<Money> {
        let c = Currency::from_code(&self.currency)?;
        Money::parse_in(&self.amount, Unit::Currency(c)).ok()
    }
}

/// `money` as an `Amount`: its number as the currency writes it, and its code.
pub fn written(money: Money) -> Amount {
    let text = money.to_string();
    let (number, code) = text.split_once(' ').unwrap_or((&text, ""));
    Amount {
        amount: number.to_string(),
        currency: code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(amount: &str, currency: &str) -> &'static str {
        Amount {
            amount: amount.into(),
            currency: currency.into(),
        }
        .check("spending_limit")
        .unwrap_err()
        .code
    }

    #[test]
    fn amounts_are_exact_and_positive() {
        let (a, m) = Amount {
            amount: "100".into(),
            currency: "EUR".into(),
        }
        .check("spending_limit")
        .unwrap();
        assert_eq!(a.amount, "100.00");
        assert_eq!(a.currency, "EUR");
        assert_eq!(m.minor(), 10_000);
        assert_eq!(a.money(), Some(m));
        assert_eq!(code("1.5", "JPY"), "too_many_decimals");
        assert_eq!(code("1.005", "EUR"), "too_many_decimals");
        assert_eq!(code("ten", "EUR"), "malformed_amount");
        assert_eq!(code("1.", "EUR"), "malformed_amount");
        assert_eq!(code("0", "EUR"), "cost_not_positive");
        assert_eq!(code("-5", "EUR"), "cost_not_positive");
        assert_eq!(code("5", "eur"), "unknown_unit");
        assert_eq!(code("5", "XYZ"), "unknown_unit");
        assert_eq!(code("5", "hours"), "not_a_currency");
        assert_eq!(code("99999999999999999999", "EUR"), "amount_too_large");
    }
}
