//! Statements: what every distribution returns, so that each contributor can check their
//! payout by hand.
//!
//! A [`Statement`] names the policy, the amount, what was paid and what stayed
//! undistributed, the pools it was cut into (value-equation buckets), and per recipient
//! the amount with one [`Line`] per reason: which policy and bucket, which contributions,
//! the claim (for value equations), the weight against the total weight of the pool, and a
//! sentence saying how the amount follows. Serializable to JSON (money as text, e.g.
//! `"12.34 EUR"`), and printable as text by [`Statement::render`].

use crate::equation::ClaimKind;
use crate::money::{Money, MoneyError, Unit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// The policy, e.g. `value equation "ve1"`, `equal split`.
    pub policy: String,
    /// How amounts were rounded to the minor unit.
    pub rounding: String,
    pub amount: Money,
    pub distributed: Money,
    /// What no rule could pay (e.g. settled debt-like claims); it stays with the payer.
    pub undistributed: Money,
    /// The pools the amount was cut into, in order (empty for single-pool policies).
    pub pools: Vec<Pool>,
    /// Recipients in ascending id order.
    pub recipients: Vec<RecipientStatement>,
}

/// One pool of money shared by one rule (a value-equation bucket, or the whole amount).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub name: String,
    /// How the pool's amount was set, e.g. `40% of what remained (150.00 EUR)`.
    pub basis: String,
    pub amount: Money,
    pub paid: Money,
    /// Part of the pool nobody could take (all claims settled); passed on or undistributed.
    pub surplus: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientStatement {
    pub recipient: String,
    pub amount: Money,
    pub lines: Vec<Line>,
}

/// One reason for part of a recipient's payout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub amount: Money,
    pub policy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pool: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contributions: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimLine>,
    /// This line's weight and the total weight of its pool, as exact numbers.
    pub weight: String,
    pub total_weight: String,
    pub reason: String,
}

/// A contribution's claim in a value equation, before and after this distribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimLine {
    pub kind: ClaimKind,
    /// How the claim was computed, e.g. `quantity 1 × 25.00 USD`.
    pub formula: String,
    pub value: Money,
    /// What was still owed before this distribution (debt-like claims).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outstanding_before: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outstanding_after: Option<Money>,
}

impl Statement {
    /// Gathers lines into per-recipient totals (ascending id) and the statement's sums.
    pub fn assemble(
        policy: String,
        rounding: String,
        amount: Money,
        pools: Vec<Pool>,
        lines: Vec<(String, Line)>,
    ) -> Result<Statement, MoneyError> {
        let unit = amount.unit();
        let mut by_recipient: BTreeMap<String, Vec<Line>> = BTreeMap::new();
        for (recipient, line) in lines {
            by_recipient.entry(recipient).or_default().push(line);
        }
        let recipients = by_recipient
            .into_iter()
            .map(|(recipient, lines)| {
                let amount = Money::checked_sum(unit, lines.iter().map(|l| l.amount))?;
                Ok(RecipientStatement {
                    recipient,
                    amount,
                    lines,
                })
            })
            .collect::<Result<Vec<_>, MoneyError>>()?;
        let distributed = Money::checked_sum(unit, recipients.iter().map(|r| r.amount))?;
        Ok(Statement {
            policy,
            rounding,
            amount,
            undistributed: amount.checked_sub(distributed)?,
            distributed,
            pools,
            recipients,
        })
    }

    /// The payout of one recipient (zero when absent).
    pub fn amount_of(&self, recipient: &str) -> Money {
        self.recipients
            .iter()
            .find(|r| r.recipient == recipient)
            .map_or(Money::zero(self.unit()), |r| r.amount)
    }

    pub fn unit(&self) -> Unit {
        self.amount.unit()
    }

    /// A plain-text statement for people: totals, pools, then each recipient's lines.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Distribution by {}", self.policy);
        let _ = writeln!(out, "  amount:        {}", self.amount);
        let _ = writeln!(out, "  distributed:   {}", self.distributed);
        let _ = writeln!(out, "  undistributed: {}", self.undistributed);
        let _ = writeln!(out, "  rounding:      {}", self.rounding);
        if !self.pools.is_empty() {
            let _ = writeln!(out, "\nPools");
            for p in &self.pools {
                let _ = writeln!(
                    out,
                    "  {}: {} ({}); paid {}, surplus {}",
                    p.name, p.amount, p.basis, p.paid, p.surplus
                );
            }
        }
        let _ = writeln!(out, "\nRecipients");
        for r in &self.recipients {
            let _ = writeln!(out, "  {}: {}", r.recipient, r.amount);
            for l in &r.lines {
                let pool = l
                    .pool
                    .as_deref()
                    .map(|p| format!("[{p}] "))
                    .unwrap_or_default();
                let from = if l.contributions.is_empty() {
                    String::new()
                } else {
                    format!(" for {}", l.contributions.join(", "))
                };
                let _ = writeln!(out, "    {pool}{}{from}: {}", l.amount, l.reason);
                if let Some(c) = &l.claim {
                    let mut claim = format!("{} claim {} ({})", c.kind, c.value, c.formula);
                    if let (Some(b), Some(a)) = (c.outstanding_before, c.outstanding_after) {
                        let _ = write!(claim, ", owed {b} before, {a} after");
                    }
                    let _ = writeln!(out, "      {claim}");
                }
            }
        }
        out
    }
}
