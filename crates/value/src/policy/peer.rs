//! Peer allocation in the way of Coordinape: in an epoch every member has the same
//! allowance of GIVE points to hand to other members; the amount is then paid in
//! proportion to the points each member received.
//!
//! Rules: nobody allocates to themselves; both ends of an allocation must be members; a
//! member may not give more than the allowance; a member marked `receives: false` (opted
//! out) cannot be given points. Points a member leaves unallocated are simply not counted
//! (as in Coordinape: they are lost, not returned or spread), so the payout depends only on
//! points actually given. Members who received nothing get nothing and are listed with
//! zero. If nobody received any point the amount cannot be split: an error.

use super::{PolicyError, Row, proportional};
use crate::money::Money;
use crate::statement::Statement;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerMember {
    pub id: String,
    /// False for members who opted out of receiving.
    #[serde(default = "yes")]
    pub receives: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    pub from: String,
    pub to: String,
    pub points: u64,
}

/// Pays `amount` in proportion to the points each member received in `allocations`, each
/// member having given at most `allowance` (see the module doc for the rules). Errors name
/// the member or the allocation at fault.
pub fn peer_allocation(
    amount: Money,
    allowance: u64,
    members: &[PeerMember],
    allocations: &[Allocation],
) -> Result<Statement, PolicyError> {
    let mut by_id: BTreeMap<&str, &PeerMember> = BTreeMap::new();
    for m in members {
        if by_id.insert(m.id.as_str(), m).is_some() {
            return Err(member(&m.id, "listed twice"));
        }
    }
    let mut given: BTreeMap<&str, u64> = BTreeMap::new();
    // Received points per member, with who gave them (for the statement).
    let mut received: BTreeMap<&str, Vec<(&str, u64)>> = BTreeMap::new();
    for a in allocations {
        let fail = |reason: &str| PolicyError::Allocation {
            giver: a.from.clone(),
            receiver: a.to.clone(),
            reason: reason.to_string(),
        };
        if a.from == a.to {
            return Err(fail("members cannot allocate points to themselves"));
        }
        if !by_id.contains_key(a.from.as_str()) {
            return Err(fail("the giver is not a member"));
        }
        match by_id.get(a.to.as_str()) {
            None => return Err(fail("the receiver is not a member")),
            Some(m) if !m.receives => return Err(fail("the receiver opted out of receiving")),
            Some(_) => {}
        }
        let total = given.entry(a.from.as_str()).or_default();
        *total = total.saturating_add(a.points);
        if *total > allowance {
            return Err(member(
                &a.from,
                &format!(
                    "gives {} points in all, more than the allowance of {allowance}",
                    total
                ),
            ));
        }
        received
            .entry(a.to.as_str())
            .or_default()
            .push((a.from.as_str(), a.points));
    }
    let total: u64 = received.values().flatten().map(|(_, p)| p).sum();
    if total == 0 {
        return Err(PolicyError::Nobody("no member received any point".into()));
    }
    let rows = by_id
        .values()
        .filter(|m| m.receives)
        .map(|m| {
            let from = received
                .get(m.id.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let points: u64 = from.iter().map(|(_, p)| p).sum();
            let givers: Vec<String> = from.iter().map(|(g, p)| format!("{g} {p}")).collect();
            let reason = if givers.is_empty() {
                format!("received 0 of the {total} points given")
            } else {
                format!(
                    "received {points} of the {total} points given ({})",
                    givers.join(", ")
                )
            };
            Row {
                recipient: m.id.clone(),
                weight: points,
                weight_text: points.to_string(),
                reason,
            }
        })
        .collect();
    proportional(
        "peer allocation (Coordinape)",
        "largest remainder over points received, ties by member id; unallocated points are not counted",
        amount,
        rows,
        total.to_string(),
    )
}

fn member(id: &str, reason: &str) -> PolicyError {
    PolicyError::Member {
        id: id.to_string(),
        reason: reason.to_string(),
    }
}
