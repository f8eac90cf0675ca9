//! The rules that can run on a ranked profile (as read from PrefLib or BLT files), by name,
//! so that a CLI or an API can pick one from a string.

use super::ballot::{Profile, Ranking};
use super::error::BodyError;
use super::outcome::Outcome;
use super::{runoff, schulze, scoring, stv};
use crate::TieBreak;
use std::fmt;
use std::str::FromStr;

/// A rule over rankings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Schulze,
    Irv,
    StvScottish,
    StvMeek,
    Borda,
    Approval,
    Plurality,
}

impl Method {
    pub const ALL: [Method; 7] = [
        Method::Schulze,
        Method::Irv,
        Method::StvScottish,
        Method::StvMeek,
        Method::Borda,
        Method::Approval,
        Method::Plurality,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Method::Schulze => "schulze",
            Method::Irv => "irv",
            Method::StvScottish => "stv-scottish",
            Method::StvMeek => "stv-meek",
            Method::Borda => "borda",
            Method::Approval => "approval",
            Method::Plurality => "plurality",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = BodyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        let alias = match wanted.as_str() {
            "instant-runoff" | "alternative-vote" | "av" => "irv",
            "scottish-stv" | "stv" => "stv-scottish",
            "meek" | "meek-stv" => "stv-meek",
            "fptp" => "plurality",
            other => other,
        };
        Method::ALL
            .into_iter()
            .find(|m| m.name() == alias)
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                BodyError::parameter(format!(
                    "unknown method {s:?}; use one of: {}",
                    names.join(", ")
                ))
            })
    }
}

/// What a ranked file says besides its ballots.
#[derive(Debug, Clone, Default)]
pub struct RankedOptions {
    /// Candidates withdrawn before the count (BLT), skipped by STV and IRV.
    pub withdrawn: Vec<usize>,
    /// For approval: how many leading groups of a ranking count as approved
    /// (`usize::MAX` = every ranked candidate).
    pub approval_groups: usize,
}

/// Runs `method` on `profile`.
pub fn run(
    method: Method,
    profile: &Profile<Ranking>,
    seats: usize,
    options: &RankedOptions,
    tie: &TieBreak,
) -> Result<Outcome, BodyError> {
    let single = |what: &str| -> Result<(), BodyError> {
        if seats == 1 {
            Ok(())
        } else {
            Err(BodyError::parameter(format!(
                "{what} elects one candidate; use stv-scottish or stv-meek for {seats} seats"
            )))
        }
    };
    match method {
        Method::Schulze => schulze::schulze(profile, seats, tie),
        Method::Irv => {
            single("instant-runoff")?;
            if options.withdrawn.is_empty() {
                runoff::instant_runoff(profile, tie)
            } else {
                runoff::instant_runoff(&without(profile, &options.withdrawn)?, tie)
            }
        }
        Method::StvScottish => stv::scottish_stv(profile, seats, &options.withdrawn, tie),
        Method::StvMeek => stv::meek_stv(profile, seats, &options.withdrawn, tie),
        Method::Borda => scoring::borda(profile, seats, tie),
        Method::Approval => {
            scoring::approval(&profile.to_approval(options.approval_groups), seats, tie)
        }
        Method::Plurality => scoring::plurality_of_rankings(profile, seats, tie),
    }
}

/// The profile with withdrawn candidates struck from every ballot (they stay in the list
/// of candidates but can no longer receive votes).
fn without(profile: &Profile<Ranking>, withdrawn: &[usize]) -> Result<Profile<Ranking>, BodyError> {
    let ballots = profile
        .ballots()
        .iter()
        .map(|b| {
            let groups = b
                .choice
                .0
                .iter()
                .map(|g| {
                    g.iter()
                        .copied()
                        .filter(|c| !withdrawn.contains(c))
                        .collect::<Vec<_>>()
                })
                .filter(|g| !g.is_empty())
                .collect();
            super::ballot::Ballot::weighted(Ranking(groups), b.weight)
        })
        .collect();
    Profile::new(profile.candidates().to_vec(), ballots)
}
