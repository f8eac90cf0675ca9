//! `Q`: an exact rational that stays on `i128` while it can and moves to `BigRational`
//! when an operation would overflow.
//!
//! Budgets in the Method of Equal Shares are divided by voter counts round after round,
//! so denominators grow as the lcm of those counts; most runs never leave `i128`, and
//! the few values that do stay exact. Every result is reduced, so equal values compare
//! equal whichever representation they use.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::fmt;

/// An exact rational number. `Small(n, d)` is always reduced with `d > 0`.
#[derive(Clone, Debug)]
pub enum Q {
    Small(i128, i128),
    Big(Box<BigRational>),
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    if a == 0 {
        return b as i128;
    }
    if b == 0 {
        return a as i128;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            break;
        }
    }
    // Both inputs fit in i128, so their gcd does too (except gcd(MIN, MIN), handled by
    // the caller falling back to big arithmetic on overflow).
    (a << shift) as i128
}

impl Q {
    pub fn zero() -> Q {
        Q::Small(0, 1)
    }

    pub fn int(n: i128) -> Q {
        Q::Small(n, 1)
    }

    /// `n / d`, reduced. `d` must not be zero.
    pub fn ratio(n: i128, d: i128) -> Q {
        assert!(d != 0, "Q::ratio with zero denominator");
        Q::small_reduced(n, d)
            .unwrap_or_else(|| Q::from_big(BigRational::new(BigInt::from(n), BigInt::from(d))))
    }

    fn small_reduced(n: i128, d: i128) -> Option<Q> {
        let g = gcd(n, d);
        if g <= 0 {
            return None;
        }
        let (mut n, mut d) = (n / g, d / g);
        if d < 0 {
            n = n.checked_neg()?;
            d = d.checked_neg()?;
        }
        Some(Q::Small(n, d))
    }

    /// Converts from a big rational, moving back to `i128` when it fits.
    pub fn from_big(b: BigRational) -> Q {
        match (b.numer().to_i128(), b.denom().to_i128()) {
            (Some(n), Some(d)) if n != i128::MIN && d != i128::MIN => Q::Small(n, d),
            _ => Q::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> BigRational {
        match self {
            Q::Small(n, d) => BigRational::new_raw(BigInt::from(*n), BigInt::from(*d)),
            Q::Big(b) => (**b).clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Q::Small(n, _) => *n == 0,
            Q::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Q::Small(n, _) => *n < 0,
            Q::Big(b) => b.is_negative(),
        }
    }

    pub fn add(&self, o: &Q) -> Q {
        if let (Q::Small(a, b), Q::Small(c, d)) = (self, o) {
            let g = gcd(*b, *d);
            let (bg, dg) = (b / g, d / g);
            let r = (|| {
                let num = a.checked_mul(dg)?.checked_add(c.checked_mul(bg)?)?;
                let den = bg.checked_mul(*d)?;
                Q::small_reduced(num, den)
            })();
            if let Some(q) = r {
                return q;
            }
        }
        Q::from_big(self.to_big() + o.to_big())
    }

    pub fn neg(&self) -> Q {
        match self {
            Q::Small(n, d) if *n != i128::MIN => Q::Small(-n, *d),
            _ => Q::from_big(-self.to_big()),
        }
    }

    pub fn sub(&self, o: &Q) -> Q {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &Q) -> Q {
        if let (Q::Small(a, b), Q::Small(c, d)) = (self, o) {
            let g1 = gcd(*a, *d).max(1);
            let g2 = gcd(*c, *b).max(1);
            let r = (|| {
                let num = (a / g1).checked_mul(c / g2)?;
                let den = (b / g2).checked_mul(d / g1)?;
                Q::small_reduced(num, den)
            })();
            if let Some(q) = r {
                return q;
            }
        }
        Q::from_big(self.to_big() * o.to_big())
    }

    /// Multiplies by a non-negative integer count.
    pub fn mul_int(&self, k: u64) -> Q {
        self.mul(&Q::int(i128::from(k)))
    }

    /// `self / o`; `o` must not be zero.
    pub fn div(&self, o: &Q) -> Q {
        assert!(!o.is_zero(), "Q::div by zero");
        let inv = match o {
            Q::Small(n, d) => {
                Q::small_reduced(*d, *n).unwrap_or_else(|| Q::from_big(o.to_big().recip()))
            }
            Q::Big(b) => Q::from_big(b.recip()),
        };
        self.mul(&inv)
    }

    /// Divides by a positive integer count.
    pub fn div_int(&self, k: u64) -> Q {
        self.div(&Q::int(i128::from(k)))
    }

    /// A float approximation (for screening and display, never for decisions).
    pub fn to_f64(&self) -> f64 {
        match self {
            Q::Small(n, d) => *n as f64 / *d as f64,
            Q::Big(b) => b.to_f64().unwrap_or(f64::NAN),
        }
    }

    pub fn min_of(&self, o: &Q) -> Q {
        if self <= o { self.clone() } else { o.clone() }
    }
}

impl PartialEq for Q {
    fn eq(&self, o: &Q) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}

impl Eq for Q {}

impl PartialOrd for Q {
    fn partial_cmp(&self, o: &Q) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Q {
    fn cmp(&self, o: &Q) -> Ordering {
        if let (Q::Small(a, b), Q::Small(c, d)) = (self, o) {
            if b == d {
                return a.cmp(c);
            }
            if let (Some(l), Some(r)) = (a.checked_mul(*d), c.checked_mul(*b)) {
                return l.cmp(&r);
            }
        }
        self.to_big().cmp(&o.to_big())
    }
}

impl fmt::Display for Q {
    /// `"n"` for integers and `"n/d"` otherwise, as pabutools prints `mpq` values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Q::Small(n, 1) => write!(f, "{n}"),
            Q::Small(n, d) => write!(f, "{n}/{d}"),
            Q::Big(b) if b.denom().is_one() => write!(f, "{}", b.numer()),
            Q::Big(b) => write!(f, "{}/{}", b.numer(), b.denom()),
        }
    }
}

/// A decimal approximation for people (never used in a decision).
pub fn approx(q: &Q, digits: usize) -> String {
    let b = q.to_big();
    let scale = BigInt::from(10u32).pow(digits as u32);
    let scaled = (b.numer() * &scale).div_floor(b.denom());
    let s = scaled.abs().to_string();
    let s = format!("{s:0>width$}", width = digits + 1);
    let (int, frac) = s.split_at(s.len() - digits);
    let sign = if scaled.is_negative() { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn overflow_moves_to_big_and_back() {
        let huge = Q::int(i128::MAX / 3);
        let sum = huge.add(&huge).add(&huge).add(&huge);
        assert!(matches!(sum, Q::Big(_)));
        let back = sum.sub(&huge).sub(&huge).sub(&huge);
        assert_eq!(back, huge);
        assert!(matches!(back, Q::Small(..)));
    }

    #[test]
    fn display_matches_pabutools_strings() {
        assert_eq!(Q::ratio(30829885, 100).to_string(), "6165977/20");
        assert_eq!(Q::ratio(-4, 2).to_string(), "-2");
        assert_eq!(approx(&Q::ratio(1, 3), 3), "0.333");
    }

    proptest! {
        #[test]
        fn agrees_with_bigrational(a in any::<i64>(), b in 1..i64::MAX, c in any::<i64>(), d in 1..i64::MAX) {
            let x = Q::ratio(a.into(), b.into());
            let y = Q::ratio(c.into(), d.into());
            let bx = BigRational::new(a.into(), b.into());
            let by = BigRational::new(c.into(), d.into());
            prop_assert_eq!(x.add(&y).to_big(), &bx + &by);
            prop_assert_eq!(x.sub(&y).to_big(), &bx - &by);
            prop_assert_eq!(x.mul(&y).mul(&x).to_big(), &bx * &by * &bx);
            if c != 0 { prop_assert_eq!(x.div(&y).to_big(), &bx / &by); }
            prop_assert_eq!(x.cmp(&y), bx.cmp(&by));
        }
    }
}
