//! Exact non-negative decimals (quantities, factors, percentages) and calendar dates,
//! as they appear in equation and contribution files.
//!
//! A [`Decimal`] is read from a JSON string (`"1.5"`) or a JSON integer (`3`); a JSON
//! float is refused, because it has already been rounded to binary by then. At most 18
//! fractional digits and a value that fits in u64 once scaled.

use num_rational::Ratio;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// `mantissa / 10^scale`, exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: u64,
    scale: u32,
}

const MAX_SCALE: u32 = 18;

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    pub fn from_integer(n: u64) -> Decimal {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }
    /// Number of decimal digits after the point, as written.
    pub fn scale(&self) -> u32 {
        self.scale
    }
    /// The value in millionths, exactly when `scale() <= 6` (else truncated).
    pub fn millionths(&self) -> u128 {
        let m = u128::from(self.mantissa);
        if self.scale <= 6 {
            m * 10u128.pow(6 - self.scale)
        } else {
            m / 10u128.pow(self.scale - 6)
        }
    }
    /// The value as an exact fraction.
    pub fn ratio(&self) -> Ratio<u64> {
        Ratio::new(self.mantissa, 10u64.pow(self.scale))
    }
    /// `self` compared with a whole number, exactly.
    pub fn exceeds(&self, n: u64) -> bool {
        u128::from(self.mantissa) > u128::from(n) * 10u128.pow(self.scale)
    }
    /// `minor × self`, rounded half away from zero to a whole minor unit; `None` on overflow.
    pub fn mul_minor(&self, minor: i64) -> Option<i64> {
        let product = i128::from(minor).checked_mul(i128::from(self.mantissa))?;
        let scale = 10i128.pow(self.scale);
        let (q, r) = (product / scale, product % scale);
        let rounded = if 2 * r.abs() >= scale {
            q + product.signum()
        } else {
            q
        };
        i64::try_from(rounded).ok()
    }
}

impl FromStr for Decimal {
    type Err = String;
    fn from_str(s: &str) -> Result<Decimal, String> {
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        let digits_ok = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if !digits_ok(whole) || (s.contains('.') && !digits_ok(frac)) {
            return Err(format!(
                "'{s}' is not a non-negative decimal number such as 2 or 1.25"
            ));
        }
        let scale = u32::try_from(frac.len()).unwrap_or(u32::MAX);
        if scale > MAX_SCALE {
            return Err(format!("'{s}' has more than {MAX_SCALE} decimal digits"));
        }
        let mantissa = format!("{whole}{frac}")
            .parse::<u64>()
            .map_err(|_| format!("'{s}' is too large"))?;
        Ok(Decimal { mantissa, scale })
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let scale = 10u64.pow(self.scale);
        let width = self.scale as usize;
        let frac = format!("{:0width$}", self.mantissa % scale);
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            write!(f, "{}", self.mantissa / scale)
        } else {
            write!(f, "{}.{}", self.mantissa / scale, frac)
        }
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a non-negative decimal as a string (\"1.5\") or an integer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from_integer(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                u64::try_from(v).map(Decimal::from_integer).map_err(|_| {
                    E::custom(format!("{v} is negative: a non-negative number is needed"))
                })
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                Err(E::custom(format!(
                    "write the decimal {v} as a string (\"{v}\") so that it stays exact"
                )))
            }
        }
        d.deserialize_any(V)
    }
}

/// A calendar date `YYYY-MM-DD` (proleptic Gregorian); ordered as dates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Date(String);

impl FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Date, String> {
        let bad = || format!("'{s}' is not a date of the form YYYY-MM-DD");
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        // Digits only: `u32::from_str` would take `+2` for a month, and dates are compared
        // as text, where `2024-+2-01` sorts before `2024-01-15`.
        let num = |r: std::ops::Range<usize>| {
            s.get(r)
                .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse::<u32>().ok())
        };
        let (y, m, d) = (
            num(0..4).ok_or_else(bad)?,
            num(5..7).ok_or_else(bad)?,
            num(8..10).ok_or_else(bad)?,
        );
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("'{s}': month {m} does not exist")),
        };
        if d == 0 || d > days {
            return Err(format!("'{s}': day {d} does not exist in that month"));
        }
        Ok(Date(s.to_string()))
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        String::deserialize(d)?.parse().map_err(de::Error::custom)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
