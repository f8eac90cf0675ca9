//! Exact decimal numbers as Pabulib writes them: `308298.85`, `1 000`, and (in costs and
//! budgets, like pabutools) decimal commas `308298,85`.

use super::q::Q;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Zero};

/// Parses an exact decimal (optional sign, digits, optional fraction, optional exponent).
/// `comma_decimal` accepts `,` as the decimal separator, as pabutools does for cost and budget.
pub fn parse_decimal(text: &str, comma_decimal: bool) -> Result<Q, String> {
    let t = text.trim();
    let owned;
    let t = if comma_decimal && t.contains(',') {
        owned = t.replace(',', ".");
        owned.as_str()
    } else {
        t
    };
    let bad = || format!("`{text}` is not a number (expected digits like 1200 or 308298.85)");
    if let Some((n, d)) = t.split_once('/') {
        // The exact "n/d" form this crate writes for non-decimal values. One slash only:
        // `1/2/3` is no number, and reading it recursively let a long one overflow the stack.
        if d.contains('/') {
            return Err(bad());
        }
        let (n, d) = (
            parse_decimal(n, false).map_err(|_| bad())?,
            parse_decimal(d, false).map_err(|_| bad())?,
        );
        return if d.is_zero() {
            Err(bad())
        } else {
            Ok(n.div(&d))
        };
    }
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i32>().map_err(|_| bad())?),
        None => (t, 0),
    };
    let (neg, mantissa) = match mantissa.as_bytes().first() {
        Some(b'-') => (true, &mantissa[1..]),
        Some(b'+') => (false, &mantissa[1..]),
        _ => (false, mantissa),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().all(|c| c.is_ascii_digit())
        || !frac.bytes().all(|c| c.is_ascii_digit())
        || exp.unsigned_abs() > 64
    {
        return Err(bad());
    }
    let digits = format!("{int}{frac}");
    let mut num: BigInt = if digits.is_empty() {
        BigInt::zero()
    } else {
        digits.parse().map_err(|_| bad())?
    };
    if neg {
        num = -num;
    }
    let scale = exp - frac.len() as i32;
    let ten = BigInt::from(10u32);
    let value = if scale >= 0 {
        BigRational::from_integer(num * ten.pow(scale as u32))
    } else {
        BigRational::new(num, ten.pow(scale.unsigned_abs()))
    };
    Ok(Q::from_big(value))
}

/// Parses a non-negative integer count (META lengths).
pub fn parse_count(text: &str) -> Result<u64, String> {
    let q = parse_decimal(text, false)?;
    match q {
        Q::Small(n, 1) if n >= 0 => u64::try_from(n).map_err(|_| format!("`{text}` is too large")),
        _ => Err(format!("`{text}` is not a whole non-negative number")),
    }
}

/// True if `q` is a whole number (used to print costs without a fraction).
pub fn is_integer(q: &Q) -> bool {
    match q {
        Q::Small(_, d) => *d == 1,
        Q::Big(b) => b.denom().is_one(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact() {
        assert_eq!(
            parse_decimal("308298.85", false).unwrap(),
            Q::ratio(6165977, 20)
        );
        assert_eq!(
            parse_decimal(" 308298,85 ", true).unwrap(),
            Q::ratio(6165977, 20)
        );
        assert_eq!(parse_decimal("1e3", false).unwrap(), Q::int(1000));
        assert_eq!(parse_decimal("-.5", false).unwrap(), Q::ratio(-1, 2));
        assert!(parse_decimal("12,5", false).is_err());
        assert_eq!(parse_decimal("7/2", false).unwrap(), Q::ratio(7, 2));
        assert!(parse_decimal("7/0", false).is_err());
        assert!(parse_decimal("8/4/2", false).is_err());
        assert!(parse_decimal("abc", true).is_err());
        assert!(parse_decimal("", true).is_err());
        assert!(parse_decimal(".", true).is_err());
        assert!(parse_decimal("1e999999", true).is_err());
        assert_eq!(parse_count("15").unwrap(), 15);
        assert!(parse_count("1.5").is_err());
    }
}
