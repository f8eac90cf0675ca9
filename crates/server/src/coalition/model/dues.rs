//! The rules of what is owed to a commons, without I/O: a phyle's pledged shares of its
//! surplus (percentages with at most two decimals, adding up to at most the whole) and
//! the amount each share makes of a declared surplus.

use super::CoalitionError;
use super::amounts;
use commonfare_value::money::Money;

/// The whole surplus, in the unit shares are kept in (parts per ten thousand).
pub const WHOLE: i64 = 10_000;

/// A share as given (`"10%"`, `"12.5 %"`, `"0.25"`), in parts per ten thousand: above 0,
/// at most 100 %, at most two decimals.
pub fn share(given: &str) -> Result<i64, CoalitionError> {
    let bad = || CoalitionError::InvalidShare {
        given: given.to_string(),
    };
    let text = given.trim();
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let fraction: i64 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
    let bp = whole * 100 + fraction;
    if bp <= 0 || bp > WHOLE {
        return Err(bad());
    }
    Ok(bp)
}

/// A share in parts per ten thousand as a percentage (`1250` → `"12.5%"`).
pub fn share_text(bp: i64) -> String {
    let (whole, fraction) = (bp / 100, bp % 100);
    match fraction {
        0 => format!("{whole}%"),
        f if f % 10 == 0 => format!("{whole}.{}%", f / 10),
        f => format!("{whole}.{f:02}%"),
    }
}

/// The shares of one phyle together: refused above the whole surplus.
pub fn check_total(shares: &[i64]) -> Result<(), CoalitionError> {
    let total: i64 = shares.iter().sum();
    if total > WHOLE {
        return Err(CoalitionError::SharesOverWhole {
            total: share_text(total),
        });
    }
    Ok(())
}

/// What a share makes of a surplus, rounded half up to the minor unit.
pub fn pledged(surplus: Money, bp: i64) -> Result<Money, CoalitionError> {
    amounts::share(surplus, bp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use commonfare_value::money::Unit;
    use std::str::FromStr;

    #[test]
    fn shares_read_as_percentages_with_two_decimals_at_most() {
        assert_eq!(share("10%").unwrap(), 1000);
        assert_eq!(share(" 12.5 % ").unwrap(), 1250);
        assert_eq!(share("0.25").unwrap(), 25);
        assert_eq!(share("100").unwrap(), WHOLE);
        for bad in [
            "0", "0%", "100.01", "-5", "abc", "1.234", "", "%", "1e2", "5.%x",
        ] {
            assert!(share(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn share_text_reads_back() {
        for bp in [1, 25, 1000, 1250, 3333, WHOLE] {
            assert_eq!(share(&share_text(bp)).unwrap(), bp);
        }
        assert_eq!(share_text(1250), "12.5%");
    }

    #[test]
    fn pledges_add_up_to_the_whole_at_most() {
        assert!(check_total(&[6000, 4000]).is_ok());
        let e = check_total(&[6000, 4001]).unwrap_err();
        assert_eq!(e.code(), "shares_over_whole");
    }

    #[test]
    fn a_pledge_is_the_share_of_the_surplus_to_the_cent() {
        let eur = Unit::from_str("EUR").unwrap();
        let surplus = Money::from_minor(800_001, eur);
        assert_eq!(pledged(surplus, 1000).unwrap().minor(), 80_000);
        assert_eq!(
            pledged(Money::from_minor(800_005, eur), 1000)
                .unwrap()
                .minor(),
            80_001
        );
    }
}
