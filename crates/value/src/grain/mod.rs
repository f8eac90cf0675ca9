//! Grain: distributing a budget over participants by their cred, as SourceCred 0.11.2 does
//! (FORMAT.md §4), exact to the smallest unit.
//!
//! A [`Scenario`] holds past payouts and runs; each run builds a [`view::View`] (cred and
//! payouts per week), asks every [`Policy`] for one score per recipient and splits the
//! budget by those scores with [`amount::split_budget`], so receipts always sum exactly to
//! the budget. [`statement`] explains an allocation per recipient, down to the contributions
//! behind the cred each policy counted.

pub mod amount;
pub mod input;
pub mod ledger;
pub mod policy;
pub mod scenario;
pub mod statement;
pub mod view;

pub use amount::{Amount, parse_amount};
pub use ledger::Ledger;
pub use policy::{Allocation, Basis, Policy, allocate};
pub use scenario::{Run, RunResult, RunSpec, Scenario};
pub use statement::GrainStatement;

use crate::credrank::{CredRank, Intervals};
use std::fmt;

/// A payout already made: `amount` to `participant` (index), credited at a cred timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payout {
    pub cred_timestamp_ms: i64,
    pub participant: usize,
    pub amount: Amount,
}

/// Participants' cred per week of the cred graph: the input of every grain policy.
#[derive(Debug, Clone, PartialEq)]
pub struct CredTable {
    pub intervals: Intervals,
    /// Per participant (file order), one value per interval.
    pub per_interval: Vec<Vec<f64>>,
}

impl CredTable {
    pub fn from_credrank(cr: &CredRank) -> CredTable {
        CredTable {
            intervals: cr.intervals,
            per_interval: (0..cr.participant_count())
                .map(|p| cr.cred_per_interval(p).to_vec())
                .collect(),
        }
    }
}

/// Why a distribution run failed (SourceCred throws in the same cases).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrainError(pub String);

impl GrainError {
    pub fn new(msg: impl Into<String>) -> Self {
        GrainError(msg.into())
    }
}

impl fmt::Display for GrainError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GrainError {}

#[cfg(test)]
mod policy_tests;
