//! Single transferable vote with the Droop quota, in two variants that differ in how
//! surpluses move: [`scottish`] (the Scottish Local Government Elections Order 2007,
//! weighted inclusive Gregory with transfer values truncated to 5 decimal places) and
//! [`meek`] (Meek's method as in the Proportional Representation Foundation's reference
//! rule, 9 decimal places, omega 10⁻⁶).
//!
//! Both count in fixed-point decimals held as integers, exactly as the rules prescribe, so
//! every figure in the explanation can be checked by hand against the rule text.

pub mod meek;
pub mod scottish;

use super::ballot::{Profile, Ranking};
use super::error::BodyError;
use std::collections::BTreeMap;

pub use meek::meek_stv;
pub use scottish::scottish_stv;

/// Identical ballots merged: (preferences without withdrawn candidates, number of papers).
/// Ballots with no preference left are dropped: they are not valid papers.
pub(crate) fn merge_papers(
    profile: &Profile<Ranking>,
    withdrawn: &[bool],
) -> BTreeMap<Vec<usize>, u128> {
    let mut merged: BTreeMap<Vec<usize>, u128> = BTreeMap::new();
    for b in profile.ballots() {
        let prefs: Vec<usize> = b.choice.ranked().filter(|&c| !withdrawn[c]).collect();
        if !prefs.is_empty() {
            *merged.entry(prefs).or_default() += u128::from(b.weight);
        }
    }
    merged
}

/// Checks seats and the withdrawn list; returns the withdrawn flags per candidate.
pub(crate) fn check_params(
    profile: &Profile<Ranking>,
    seats: usize,
    withdrawn: &[usize],
    rule: &str,
) -> Result<Vec<bool>, BodyError> {
    profile.require_strict(rule)?;
    let n = profile.candidates().len();
    let mut flags = vec![false; n];
    for &w in withdrawn {
        if w >= n {
            return Err(BodyError::parameter(format!(
                "withdrawn candidate index {w} does not exist (there are {n} candidates)"
            )));
        }
        flags[w] = true;
    }
    let standing = flags.iter().filter(|w| !**w).count();
    if seats == 0 || seats > standing {
        return Err(BodyError::parameter(format!(
            "seats must be between 1 and the number of standing candidates ({standing}), not {seats}"
        )));
    }
    Ok(flags)
}

/// An integer count of 10^-places units shown as a decimal, e.g. 1245448 at 5 places is
/// "12.45448".
pub fn fixed(units: u128, places: u32) -> String {
    let scale = 10u128.pow(places);
    format!(
        "{}.{:0width$}",
        units / scale,
        units % scale,
        width = places as usize
    )
}

/// Candidate status during a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Status {
    Hopeful,
    Elected,
    Excluded,
}
