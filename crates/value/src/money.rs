//! Money: an exact amount of i64 minor units in one unit of account.
//!
//! A unit is either an ISO 4217 currency (its minor-unit exponent comes from the table in
//! [`CURRENCIES`]) or a non-monetary unit: `hours` (kept in
//! hundredths of an hour) and `credits` (whole credits). Arithmetic is checked: overflow
//! and mixing units are errors, never a wrap or a panic. The text form is
//! `"<amount> <UNIT>"`, e.g. `"12.34 EUR"`, `"-0.05 EUR"`, `"1500 JPY"`, `"1.50 hours"`;
//! serde uses the same text so that JSON never carries a float for money.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An ISO 4217 currency: its alphabetic code and its minor-unit exponent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency {
    code: &'static str,
    exponent: u8,
}

impl Currency {
    /// Looks a code up in the ISO 4217 table (upper case, e.g. `"EUR"`).
    pub fn from_code(code: &str) -> Option<Currency> {
        CURRENCIES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|&(code, exponent)| Currency { code, exponent })
    }
    pub fn code(&self) -> &'static str {
        self.code
    }
    /// Number of decimal digits of the minor unit (2 for EUR, 0 for JPY, 3 for KWD).
    pub fn exponent(&self) -> u8 {
        self.exponent
    }
}

/// The unit an amount is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Currency(Currency),
    /// Time contributed, in hundredths of an hour (text `hours`).
    Hours,
    /// Non-monetary credits, whole units only (text `credits`).
    Credits,
}

impl Unit {
    /// Decimal digits of the minor unit.
    pub fn exponent(&self) -> u8 {
        match self {
            Unit::Currency(c) => c.exponent,
            Unit::Hours => 2,
            Unit::Credits => 0,
        }
    }
    pub fn code(&self) -> &'static str {
        match self {
            Unit::Currency(c) => c.code,
            Unit::Hours => "hours",
            Unit::Credits => "credits",
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Unit {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Unit, MoneyError> {
        match s {
            "hours" => Ok(Unit::Hours),
            "credits" => Ok(Unit::Credits),
            _ => Currency::from_code(s)
                .map(Unit::Currency)
                .ok_or_else(|| MoneyError::UnknownUnit(s.to_string())),
        }
    }
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// What can go wrong with money: each message says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("amount overflow in {0}: the result does not fit in 64-bit minor units")]
    Overflow(&'static str),
    #[error("unit mismatch: cannot combine {0} with {1}")]
    UnitMismatch(Unit, Unit),
    #[error(
        "unknown unit '{0}': use an ISO 4217 currency code in upper case (EUR, USD, JPY …), 'hours' or 'credits'"
    )]
    UnknownUnit(String),
    #[error("cannot read amount '{input}': {reason}")]
    Parse { input: String, reason: String },
}

/// An exact amount: `minor` units of `unit` (cents for EUR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    minor: i64,
    unit: Unit,
}

impl Money {
    pub fn from_minor(minor: i64, unit: Unit) -> Money {
        Money { minor, unit }
    }
    pub fn zero(unit: Unit) -> Money {
        Money { minor: 0, unit }
    }
    pub fn minor(&self) -> i64 {
        self.minor
    }
    pub fn unit(&self) -> Unit {
        self.unit
    }
    pub fn is_zero(&self) -> bool {
        self.minor == 0
    }
    pub fn is_negative(&self) -> bool {
        self.minor < 0
    }

    fn same_unit(&self, other: &Money) -> Result<(), MoneyError> {
        if self.unit == other.unit {
            Ok(())
        } else {
            Err(MoneyError::UnitMismatch(self.unit, other.unit))
        }
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_unit(&other)?;
        let minor = self
            .minor
            .checked_add(other.minor)
            .ok_or(MoneyError::Overflow("addition"))?;
        Ok(Money::from_minor(minor, self.unit))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_unit(&other)?;
        let minor = self
            .minor
            .checked_sub(other.minor)
            .ok_or(MoneyError::Overflow("subtraction"))?;
        Ok(Money::from_minor(minor, self.unit))
    }

    pub fn checked_neg(self) -> Result<Money, MoneyError> {
        let minor = self
            .minor
            .checked_neg()
            .ok_or(MoneyError::Overflow("negation"))?;
        Ok(Money::from_minor(minor, self.unit))
    }

    /// Multiplies by a whole number (a count of items, for example).
    pub fn checked_mul(self, factor: i64) -> Result<Money, MoneyError> {
        let minor = self
            .minor
            .checked_mul(factor)
            .ok_or(MoneyError::Overflow("multiplication"))?;
        Ok(Money::from_minor(minor, self.unit))
    }

    /// Sums amounts of one unit; an empty sum is zero of `unit`.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(
        unit: Unit,
        items: I,
    ) -> Result<Money, MoneyError> {
        items
            .into_iter()
            .try_fold(Money::zero(unit), |acc, m| acc.checked_add(m))
    }

    /// Reads a bare decimal number (`"12.34"`) in `unit`, exact to its minor unit.
    pub fn parse_in(number: &str, unit: Unit) -> Result<Money, MoneyError> {
        let fail = |reason: String| MoneyError::Parse {
            input: number.to_string(),
            reason,
        };
        let (negative, digits) = match number.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, number.strip_prefix('+').unwrap_or(number)),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let exponent = usize::from(unit.exponent());
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(fail("expected digits such as 12 or 12.34".into()));
        }
        if digits.contains('.') && (frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit())) {
            return Err(fail("expected digits after the decimal point".into()));
        }
        if frac.len() > exponent {
            return Err(fail(format!(
                "{unit} has {exponent} decimal digit(s), this amount has {}",
                frac.len()
            )));
        }
        let overflow = || fail("too large for 64-bit minor units".into());
        let mut minor: i64 = 0;
        let padded = frac.bytes().chain(std::iter::repeat(b'0')).take(exponent);
        for b in whole.bytes().chain(padded) {
            let d = i64::from(b - b'0');
            minor = minor.checked_mul(10).ok_or_else(overflow)?;
            // Accumulate negatively so that i64::MIN itself is readable.
            minor = if negative {
                minor.checked_sub(d)
            } else {
                minor.checked_add(d)
            }
            .ok_or_else(overflow)?;
        }
        Ok(Money::from_minor(minor, unit))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let exponent = u32::from(self.unit.exponent());
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exponent == 0 {
            return write!(f, "{sign}{abs} {}", self.unit);
        }
        let scale = 10u64.pow(exponent);
        let width = exponent as usize;
        write!(
            f,
            "{sign}{}.{:0width$} {}",
            abs / scale,
            abs % scale,
            self.unit
        )
    }
}

impl FromStr for Money {
    type Err = MoneyError;
    /// Reads `"12.34 EUR"`: a number, one or more spaces, a unit.
    fn from_str(s: &str) -> Result<Money, MoneyError> {
        let trimmed = s.trim();
        let (number, unit) =
            trimmed
                .split_once(char::is_whitespace)
                .ok_or_else(|| MoneyError::Parse {
                    input: s.to_string(),
                    reason: "expected '<amount> <UNIT>', e.g. '12.34 EUR'".into(),
                })?;
        let unit: Unit = unit.trim().parse()?;
        Money::parse_in(number, unit)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Money, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// ISO 4217 alphabetic codes with their minor-unit exponents (the list in force in 2025,
/// plus fund codes). Codes whose minor unit ISO gives as "N.A." (precious metals, SDR,
/// test and "no currency" codes) are counted in whole units (exponent 0).
#[rustfmt::skip]
pub const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("ANG", 2), ("AOA", 2), ("ARS", 2),
    ("AUD", 2), ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BGN", 2),
    ("BHD", 3), ("BIF", 0), ("BMD", 2), ("BND", 2), ("BOB", 2), ("BOV", 2), ("BRL", 2),
    ("BSD", 2), ("BTN", 2), ("BWP", 2), ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2),
    ("CHE", 2), ("CHF", 2), ("CHW", 2), ("CLF", 4), ("CLP", 0), ("CNY", 2), ("COP", 2),
    ("COU", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2), ("DJF", 0), ("DKK", 2),
    ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2), ("ETB", 2), ("EUR", 2), ("FJD", 2),
    ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2), ("GMD", 2), ("GNF", 0),
    ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2), ("HTG", 2), ("HUF", 2), ("IDR", 2),
    ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0), ("JMD", 2), ("JOD", 3),
    ("JPY", 0), ("KES", 2), ("KGS", 2), ("KHR", 2), ("KMF", 0), ("KPW", 2), ("KRW", 0),
    ("KWD", 3), ("KYD", 2), ("KZT", 2), ("LAK", 2), ("LBP", 2), ("LKR", 2), ("LRD", 2),
    ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2), ("MGA", 2), ("MKD", 2), ("MMK", 2),
    ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2), ("MVR", 2), ("MWK", 2), ("MXN", 2),
    ("MXV", 2), ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2), ("NIO", 2), ("NOK", 2),
    ("NPR", 2), ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2), ("PGK", 2), ("PHP", 2),
    ("PKR", 2), ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2), ("RSD", 2), ("RUB", 2),
    ("RWF", 0), ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2), ("SGD", 2),
    ("SHP", 2), ("SLE", 2), ("SOS", 2), ("SRD", 2), ("SSP", 2), ("STN", 2), ("SVC", 2),
    ("SYP", 2), ("SZL", 2), ("THB", 2), ("TJS", 2), ("TMT", 2), ("TND", 3), ("TOP", 2),
    ("TRY", 2), ("TTD", 2), ("TWD", 2), ("TZS", 2), ("UAH", 2), ("UGX", 0), ("USD", 2),
    ("USN", 2), ("UYI", 0), ("UYU", 2), ("UYW", 4), ("UZS", 2), ("VED", 2), ("VES", 2),
    ("VND", 0), ("VUV", 0), ("WST", 2), ("XAF", 0), ("XAG", 0), ("XAU", 0), ("XBA", 0),
    ("XBB", 0), ("XBC", 0), ("XBD", 0), ("XCD", 2), ("XCG", 2), ("XDR", 0), ("XOF", 0),
    ("XPD", 0), ("XPF", 0), ("XPT", 0), ("XSU", 0), ("XTS", 0), ("XUA", 0), ("XXX", 0),
    ("YER", 2), ("ZAR", 2), ("ZMW", 2), ("ZWG", 2),
];
