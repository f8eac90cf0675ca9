//! Distribution policies besides value equations, each a small function returning a
//! [`Statement`]:
//!
//! - [`equal::equal_split`]: everybody the same, the leftover cents to the lowest ids;
//! - [`peer::peer_allocation`]: Coordinape-style peer allocation of GIVE points;
//! - [`time_weighted::time_weighted`]: Protocol Guild's √(months × time weighting).
//!
//! All of them share the amount with the largest remainder method, ties by recipient id
//! ([`crate::split::split`]), so the payouts always sum exactly to the amount.

pub mod equal;
pub mod peer;
pub mod time_weighted;

use crate::money::{Money, MoneyError};
use crate::split::{SplitError, split};
use crate::statement::{Line, Statement};

/// What is wrong with a policy's input, naming the member or allocation at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("member '{id}': {reason}")]
    Member { id: String, reason: String },
    #[error("allocation from '{giver}' to '{receiver}': {reason}")]
    Allocation {
        giver: String,
        receiver: String,
        reason: String,
    },
    #[error("nobody to pay: {0}")]
    Nobody(String),
    #[error("budget overflow: {0}")]
    Money(#[from] MoneyError),
    #[error(transparent)]
    Split(#[from] SplitError),
}

/// One recipient's weight and why, before the amount is split.
pub(crate) struct Row {
    pub recipient: String,
    pub weight: u64,
    pub weight_text: String,
    pub reason: String,
}

/// Splits `amount` over the rows by weight and writes the statement.
pub(crate) fn proportional(
    policy: &str,
    rounding: &str,
    amount: Money,
    rows: Vec<Row>,
    total_weight_text: String,
) -> Result<Statement, PolicyError> {
    let weights: Vec<(&str, u64)> = rows
        .iter()
        .map(|r| (r.recipient.as_str(), r.weight))
        .collect();
    let shares = split(amount, &weights)?;
    let lines = rows
        .into_iter()
        .zip(shares)
        .map(|(row, share)| {
            let line = Line {
                amount: share,
                policy: policy.to_string(),
                pool: None,
                contributions: Vec::new(),
                claim: None,
                weight: row.weight_text,
                total_weight: total_weight_text.clone(),
                reason: row.reason,
            };
            (row.recipient, line)
        })
        .collect();
    Ok(Statement::assemble(
        policy.into(),
        rounding.into(),
        amount,
        Vec::new(),
        lines,
    )?)
}
