//! Exact rational numbers for the budget and load computations, with a fast path.
//!
//! Rules are written once, generic over [`Exact`]. They first run on `Ratio<i128>` with
//! checked arithmetic; if any operation would overflow, the rule reports it and is run
//! again on `BigRational`, which never overflows. Either way the result is exact.

use num_bigint::BigInt;
use num_rational::{BigRational, Ratio};
use num_traits::{CheckedAdd, CheckedDiv, CheckedMul, CheckedSub, Signed, ToPrimitive, Zero};
use std::fmt::{Debug, Display};
use std::hash::Hash;

/// An exact rational number; every operation returns `None` on overflow (or division by
/// zero), never a wrong value.
pub trait Exact: Clone + Ord + Hash + Debug + Display {
    fn int(n: i64) -> Self;
    fn from_big(r: &BigRational) -> Option<Self>;
    fn add(&self, o: &Self) -> Option<Self>;
    fn sub(&self, o: &Self) -> Option<Self>;
    fn mul(&self, o: &Self) -> Option<Self>;
    fn div(&self, o: &Self) -> Option<Self>;
    fn is_zero(&self) -> bool;
    fn is_positive(&self) -> bool;
    fn ceil_i64(&self) -> Option<i64>;
}

/// The fast representation (tried first).
pub type Small = Ratio<i64>;
/// The middle representation, tried when `Small` overflows.
pub type Medium = Ratio<i128>;

macro_rules! machine_ratio {
    ($int:ty, $to:ident) => {
        impl Exact for Ratio<$int> {
            fn int(n: i64) -> Self {
                Ratio::from_integer(n as $int)
            }
            fn from_big(r: &BigRational) -> Option<Self> {
                Some(Ratio::new(r.numer().$to()?, r.denom().$to()?))
            }
            fn add(&self, o: &Self) -> Option<Self> {
                self.checked_add(o)
            }
            fn sub(&self, o: &Self) -> Option<Self> {
                self.checked_sub(o)
            }
            fn mul(&self, o: &Self) -> Option<Self> {
                self.checked_mul(o)
            }
            fn div(&self, o: &Self) -> Option<Self> {
                if Zero::is_zero(o) {
                    None
                } else {
                    self.checked_div(o)
                }
            }
            fn is_zero(&self) -> bool {
                Zero::is_zero(self)
            }
            fn is_positive(&self) -> bool {
                Signed::is_positive(self)
            }
            fn ceil_i64(&self) -> Option<i64> {
                self.ceil().to_integer().to_i64()
            }
        }
    };
}

machine_ratio!(i64, to_i64);
machine_ratio!(i128, to_i128);

impl Exact for BigRational {
    fn int(n: i64) -> Self {
        BigRational::from_integer(BigInt::from(n))
    }
    fn from_big(r: &BigRational) -> Option<Self> {
        Some(r.clone())
    }
    fn add(&self, o: &Self) -> Option<Self> {
        Some(self + o)
    }
    fn sub(&self, o: &Self) -> Option<Self> {
        Some(self - o)
    }
    fn mul(&self, o: &Self) -> Option<Self> {
        Some(self * o)
    }
    fn div(&self, o: &Self) -> Option<Self> {
        if Zero::is_zero(o) {
            None
        } else {
            Some(self / o)
        }
    }
    fn is_zero(&self) -> bool {
        Zero::is_zero(self)
    }
    fn is_positive(&self) -> bool {
        Signed::is_positive(self)
    }
    fn ceil_i64(&self) -> Option<i64> {
        self.ceil().to_integer().to_i64()
    }
}

/// Sums exactly; `None` on overflow.
pub fn sum<'a, N: Exact + 'a>(items: impl IntoIterator<Item = &'a N>) -> Option<N> {
    items.into_iter().try_fold(N::int(0), |a, x| a.add(x))
}

/// The profile's weights in representation `N`.
pub fn weights<N: Exact>(w: &[BigRational]) -> Option<Vec<N>> {
    w.iter().map(N::from_big).collect()
}

/// Runs a rule on `Ratio<i64>`, then (on overflow) `Ratio<i128>`, then big rationals;
/// `fallback` only if even that fails (division by zero).
pub fn tiers<T>(
    small: impl FnOnce() -> Option<T>,
    medium: impl FnOnce() -> Option<T>,
    big: impl FnOnce() -> Option<T>,
    fallback: impl FnOnce() -> T,
) -> T {
    small()
        .or_else(medium)
        .or_else(big)
        .unwrap_or_else(fallback)
}
