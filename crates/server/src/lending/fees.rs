//! The money terms of a loan, pure: the currency a resource's terms are in, the deposit
//! held from check-out to return, how its fee is asked (free, per loan, per day begun,
//! pay what you can with a suggestion), the late fee per day begun past the end; read
//! from the decimal text the API takes, checked, and turned into a reservation's quote
//! and its late fee. Amounts are kept in the currency's minor units.

use super::model::{LendingError, Result};
use commonfare_value::money::{Money, Unit};

const DAY_MS: i64 = 24 * 3_600_000;

/// How a resource's fee is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FeeMode {
    /// Nothing to pay (no fee may be set).
    #[default]
    Free,
    /// The fee once per item lent.
    PerLoan,
    /// The fee per day begun of the booked interval, per item.
    PerDay,
    /// The borrower pays what they choose; the fee is the suggestion (may be 0).
    PayWhatYouCan,
}

impl FeeMode {
    pub const ALL: [FeeMode; 4] = [
        FeeMode::Free,
        FeeMode::PerLoan,
        FeeMode::PerDay,
        FeeMode::PayWhatYouCan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FeeMode::Free => "free",
            FeeMode::PerLoan => "per_loan",
            FeeMode::PerDay => "per_day",
            FeeMode::PayWhatYouCan => "pay_what_you_can",
        }
    }

    pub fn parse(given: &str) -> Result<FeeMode> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == given)
            .ok_or_else(|| LendingError::FeeMode {
                given: given.into(),
            })
    }
}

/// A resource's money terms (the defaults: free, in EUR, no deposit, no late fee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terms {
    /// ISO 4217 code.
    pub currency: String,
    pub deposit: i64,
    pub mode: FeeMode,
    /// The fee (per loan or per day), or the suggestion when pay-what-you-can.
    pub fee: i64,
    pub late_fee_per_day: i64,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            currency: "EUR".into(),
            deposit: 0,
            mode: FeeMode::Free,
            fee: 0,
            late_fee_per_day: 0,
        }
    }
}

impl Terms {
    /// Whether a booking under these terms involves no money at all (pay what you can
    /// does, even when it suggests nothing).
    pub fn all_free(&self) -> bool {
        self.deposit == 0 && self.late_fee_per_day == 0 && self.mode == FeeMode::Free
    }

    pub fn unit(&self) -> Unit {
        currency(&self.currency).unwrap_or(Unit::Currency(
            commonfare_value::money::Currency::from_code("EUR").expect("EUR is a currency"),
        ))
    }

    /// `minor` in this currency, written with its code (`"20.00 EUR"`).
    pub fn shown(&self, minor: i64) -> String {
        Money::from_minor(minor, self.unit()).to_string()
    }

    /// `minor` in this currency as the API writes an amount (`"20.00"`).
    pub fn number(&self, minor: i64) -> String {
        number(minor, self.unit())
    }
}

/// `minor` units of `unit` as decimal text (`"20.00"`).
pub fn number(minor: i64, unit: Unit) -> String {
    let text = Money::from_minor(minor, unit).to_string();
    match text.split_once(' ') {
        Some((n, _)) => n.to_string(),
        None => text,
    }
}

/// An ISO 4217 currency read from `given` (hours and credits are no currency).
pub fn currency(given: &str) -> Result<Unit> {
    match given.parse::<Unit>() {
        Ok(u @ Unit::Currency(_)) => Ok(u),
        Ok(_) => Err(money_error("currency", given, "not_currency")),
        Err(_) => Err(money_error("currency", given, "currency")),
    }
}

fn money_error(field: &'static str, given: &str, why: &'static str) -> LendingError {
    LendingError::Money {
        field,
        given: given.into(),
        why,
    }
}

/// An amount of `field` written as decimal text (`"12.50"`), 0 or more, exact in `unit`,
/// in its minor units.
pub fn amount(field: &'static str, given: &str, unit: Unit) -> Result<i64> {
    let given = given.trim();
    let digits = given.strip_prefix('-').unwrap_or(given);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(frac) || digits.ends_with('.') {
        return Err(money_error(field, given, "number"));
    }
    if given.starts_with('-') && digits.bytes().any(|b| b != b'0' && b != b'.') {
        return Err(money_error(field, given, "negative"));
    }
    if frac.len() > usize::from(unit.exponent()) {
        return Err(money_error(field, given, "decimals"));
    }
    let m = Money::parse_in(given, unit).map_err(|_| money_error(field, given, "large"))?;
    Ok(m.minor().abs())
}

/// The money terms a steward sets, as given (each absent keeps the one `old` has).
#[derive(Debug, Default, Clone)]
pub struct TermsChange {
    pub currency: Option<String>,
    pub deposit: Option<String>,
    pub fee_mode: Option<String>,
    pub fee: Option<String>,
    pub late_fee_per_day: Option<String>,
}

/// The terms `c` leaves a resource with, checked: amounts 0 or more in the currency's
/// decimals, a fee only when one is asked, and one above 0 for per loan and per day.
/// When only the mode changes to `free`, the fee it had is dropped with it.
pub fn changed(old: &Terms, c: &TermsChange) -> Result<Terms> {
    let code = c
        .currency
        .as_deref()
        .map_or(old.currency.as_str(), str::trim);
    let unit = currency(code)?;
    let mode = match c.fee_mode.as_deref() {
        Some(m) => FeeMode::parse(m.trim())?,
        None => old.mode,
    };
    // An amount not given keeps its value; in another currency, the same number (its
    // trailing zeros dropped), which must then fit the new currency's decimals.
    let moved = unit.code() != old.currency;
    let read = |field, given: &Option<String>, was: i64| match given {
        Some(g) if !g.trim().is_empty() => amount(field, g, unit),
        Some(_) => Ok(0),
        None if moved && was != 0 => {
            let text = number(was, old.unit());
            let text = match text.split_once('.') {
                Some((whole, frac)) if frac.trim_end_matches('0').is_empty() => whole.to_string(),
                Some((whole, frac)) => format!("{whole}.{}", frac.trim_end_matches('0')),
                None => text,
            };
            amount(field, &text, unit)
        }
        None => Ok(was),
    };
    let deposit = read("deposit", &c.deposit, old.deposit)?;
    let late_fee_per_day = read(
        "late_fee_per_day",
        &c.late_fee_per_day,
        old.late_fee_per_day,
    )?;
    let fee = match (&c.fee, mode) {
        (None, FeeMode::Free) => 0,
        _ => read("fee", &c.fee, old.fee)?,
    };
    match mode {
        FeeMode::Free if fee > 0 => {
            return Err(LendingError::FeeForMode {
                mode: mode.as_str(),
            });
        }
        FeeMode::PerLoan | FeeMode::PerDay if fee == 0 => {
            return Err(LendingError::FeeForMode {
                mode: mode.as_str(),
            });
        }
        _ => {}
    }
    Ok(Terms {
        currency: unit.code().to_string(),
        deposit,
        mode,
        fee,
        late_fee_per_day,
    })
}

/// Days begun in `ms` milliseconds (0 for none).
pub fn days_begun(ms: i64) -> i64 {
    if ms <= 0 {
        0
    } else {
        (ms + DAY_MS - 1) / DAY_MS
    }
}

/// What a booking of `quantity` items over `[starts_at, ends_at)` costs under `t`: its
/// fee, where `pay` is what a borrower chose to pay when it is pay-what-you-can
/// (default: the suggestion). `None` when the product passes i64.
pub fn quote(
    t: &Terms,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    pay: Option<i64>,
) -> Option<i64> {
    match t.mode {
        FeeMode::Free => Some(0),
        FeeMode::PerLoan => t.fee.checked_mul(quantity),
        FeeMode::PerDay => t
            .fee
            .checked_mul(days_begun(ends_at - starts_at))?
            .checked_mul(quantity),
        FeeMode::PayWhatYouCan => Some(pay.unwrap_or(t.fee)),
    }
}

/// The late fee of `quantity` items due back at `ends_at`, returned at `returned_at`:
/// per day begun past the end, per item (saturating at i64's largest).
pub fn late_fee(per_day: i64, quantity: i64, ends_at: i64, returned_at: i64) -> i64 {
    per_day
        .saturating_mul(days_begun(returned_at - ends_at))
        .saturating_mul(quantity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(fields: &[(&str, &str)]) -> TermsChange {
        let mut c = TermsChange::default();
        for (k, v) in fields {
            let v = Some(v.to_string());
            match *k {
                "currency" => c.currency = v,
                "deposit" => c.deposit = v,
                "fee_mode" => c.fee_mode = v,
                "fee" => c.fee = v,
                _ => c.late_fee_per_day = v,
            }
        }
        c
    }

    fn refusal(fields: &[(&str, &str)]) -> LendingError {
        changed(&Terms::default(), &change(fields)).unwrap_err()
    }

    #[test]
    fn terms_read_decimal_text_in_minor_units() {
        let t = changed(
            &Terms::default(),
            &change(&[("deposit", "20"), ("fee_mode", "per_day"), ("fee", "4.50")]),
        )
        .unwrap();
        assert_eq!((t.deposit, t.fee, t.mode), (2_000, 450, FeeMode::PerDay));
        let yen = changed(
            &Terms::default(),
            &change(&[("currency", "JPY"), ("deposit", "500")]),
        )
        .unwrap();
        assert_eq!(yen.deposit, 500);
        assert_eq!(yen.shown(500), "500 JPY");
        // Another currency keeps the numbers, when they fit its decimals.
        let back = changed(&yen, &change(&[("currency", "EUR")])).unwrap();
        assert_eq!(back.deposit, 50_000);
        let cents = changed(&Terms::default(), &change(&[("deposit", "20.50")])).unwrap();
        let e = changed(&cents, &change(&[("currency", "JPY")])).unwrap_err();
        assert_eq!(e.code(), "too_many_decimals");
        let whole = changed(&Terms::default(), &change(&[("deposit", "20")])).unwrap();
        assert_eq!(
            changed(&whole, &change(&[("currency", "JPY")]))
                .unwrap()
                .deposit,
            20
        );
    }

    #[test]
    fn bad_terms_name_their_field() {
        let why = |e: LendingError| match e {
            LendingError::Money { field, why, .. } => (field, why),
            other => panic!("{other:?}"),
        };
        assert_eq!(why(refusal(&[("deposit", "-1")])), ("deposit", "negative"));
        assert_eq!(
            why(refusal(&[("deposit", "1.005")])),
            ("deposit", "decimals")
        );
        assert_eq!(
            why(refusal(&[("late_fee_per_day", "ten")])),
            ("late_fee_per_day", "number")
        );
        assert_eq!(
            why(refusal(&[("deposit", "99999999999999999999")])),
            ("deposit", "large")
        );
        assert_eq!(
            why(refusal(&[("currency", "XYZ")])),
            ("currency", "currency")
        );
        assert_eq!(
            why(refusal(&[("currency", "hours")])),
            ("currency", "not_currency")
        );
        assert_eq!(
            refusal(&[("fee_mode", "sometimes")]).code(),
            "invalid_fee_mode"
        );
        assert_eq!(refusal(&[("fee", "2")]).code(), "fee_mode_mismatch");
        assert_eq!(
            refusal(&[("fee_mode", "per_loan")]).code(),
            "fee_mode_mismatch"
        );
        assert_eq!(
            refusal(&[("fee_mode", "per_day"), ("fee", "0")]).code(),
            "fee_mode_mismatch"
        );
        assert!(
            changed(
                &Terms::default(),
                &change(&[("fee_mode", "pay_what_you_can")])
            )
            .is_ok()
        );
    }

    #[test]
    fn quotes_follow_the_mode() {
        let h = 3_600_000;
        let t = |mode, fee| Terms {
            mode,
            fee,
            ..Terms::default()
        };
        assert_eq!(quote(&t(FeeMode::Free, 0), 0, 5 * h, 2, None), Some(0));
        assert_eq!(
            quote(&t(FeeMode::PerLoan, 300), 0, 5 * h, 2, None),
            Some(600)
        );
        // 25 hours begin a second day.
        assert_eq!(
            quote(&t(FeeMode::PerDay, 1_000), 0, 25 * h, 2, None),
            Some(4_000)
        );
        assert_eq!(
            quote(&t(FeeMode::PerDay, 1_000), 0, 24 * h, 1, None),
            Some(1_000)
        );
        assert_eq!(
            quote(&t(FeeMode::PayWhatYouCan, 500), 0, h, 1, None),
            Some(500)
        );
        assert_eq!(
            quote(&t(FeeMode::PayWhatYouCan, 500), 0, h, 1, Some(0)),
            Some(0)
        );
        assert_eq!(quote(&t(FeeMode::PerLoan, i64::MAX), 0, h, 2, None), None);
        assert_eq!(late_fee(200, 2, 0, 0), 0);
        assert_eq!(late_fee(200, 2, 0, 1), 400);
        assert_eq!(late_fee(200, 1, 0, DAY_MS + 1), 400);
    }
}
