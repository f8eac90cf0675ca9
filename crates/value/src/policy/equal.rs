//! Equal split: every member gets the same share; the cents that do not divide evenly go
//! one each to the members with the lowest ids.

use super::{PolicyError, Row, proportional};
use crate::money::Money;
use crate::statement::Statement;

/// Shares `amount` equally among `members` (weight 1 each, largest remainder: the minor
/// units left over go to the lowest ids). Errors on an empty list or a member listed twice.
pub fn equal_split(amount: Money, members: &[String]) -> Result<Statement, PolicyError> {
    if members.is_empty() {
        return Err(PolicyError::Nobody("the list of members is empty".into()));
    }
    let n = members.len();
    let rows = members
        .iter()
        .map(|m| Row {
            recipient: m.clone(),
            weight: 1,
            weight_text: "1".into(),
            reason: format!("an equal share: 1 of {n} members"),
        })
        .collect();
    proportional(
        "equal split",
        "largest remainder: leftover minor units to the lowest member ids",
        amount,
        rows,
        n.to_string(),
    )
}
