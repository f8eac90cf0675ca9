//! The data of a value equation and of the contributions it reads, as they are written
//! in JSON (see the format in the [module doc](crate::equation)). Unknown fields are
//! refused so that a misspelt key is an error, not a silently ignored rule.

use super::decimal::{Date, Decimal};
use crate::money::{Money, Unit};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An ordered list of buckets sharing an amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueEquation {
    pub name: String,
    /// The unit every amount, rate and contribution value is in.
    pub unit: Unit,
    /// Whether bucket percentages apply to the whole amount or to what earlier buckets left.
    #[serde(default)]
    pub percentages_of: PercentagesOf,
    pub buckets: Vec<Bucket>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PercentagesOf {
    /// Each bucket takes its percentage of the whole amount (they may add up to 100 at most).
    #[default]
    Total,
    /// Each bucket takes its percentage of what the buckets before it left.
    Remaining,
}

/// One share of the amount: paid to a fixed agent, or shared among contributions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bucket {
    pub name: String,
    /// Percentage, 0 to 100, as a decimal (`"33.5"`).
    pub percent: Decimal,
    /// Pays the whole bucket to this agent (then `filter` and `rules` must be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// Which contributions the bucket considers (absent: all).
    #[serde(default)]
    pub filter: Filter,
    /// How a contribution becomes a claim; the first rule whose kind and filter match it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
}

/// Selects contributions; every given criterion must hold, an empty list means any.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commons: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub processes: Vec<String>,
    /// First date included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Last date included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Filter {
    pub fn matches(&self, c: &Contribution) -> bool {
        let listed = |list: &[String], v: &Option<String>| {
            list.is_empty() || v.as_ref().is_some_and(|v| list.contains(v))
        };
        (self.kinds.is_empty() || self.kinds.contains(&c.kind))
            && listed(&self.commons, &c.commons)
            && listed(&self.processes, &c.process)
            && self
                .from
                .as_ref()
                .is_none_or(|f| c.date.as_ref().is_some_and(|d| d >= f))
            && self
                .to
                .as_ref()
                .is_none_or(|t| c.date.as_ref().is_some_and(|d| d <= t))
    }
}

/// Turns contributions of one kind into claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub kind: String,
    pub claim: ClaimKind,
    pub formula: Formula,
    /// Narrows the rule further (e.g. to some processes).
    #[serde(default)]
    pub filter: Filter,
}

/// How long a claim keeps drawing from distributions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Paid until settled: its weight is what is still owed, and it never gets more.
    DebtLike,
    /// Shares in every distribution, forever, with its full value as weight.
    EquityLike,
    /// Shares in one distribution only (settled once `paid_runs` > 0).
    Once,
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClaimKind::DebtLike => "debt-like",
            ClaimKind::EquityLike => "equity-like",
            ClaimKind::Once => "once",
        })
    }
}

/// The value of a claim, computed from the contribution (no expressions are evaluated).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Formula {
    /// The contribution's money value (expenses, purchases, produced resources).
    Value,
    /// The money value times a factor (`{"value_times": "1.5"}`).
    ValueTimes(Decimal),
    /// Quantity times a rate (`{"quantity_times": "25.00 EUR"}`: hours × hourly rate).
    QuantityTimes(Money),
    /// The same claim for each matching contribution.
    Fixed(Money),
}

/// What a contributor did, as recorded by the community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    pub id: String,
    pub agent: String,
    /// Kind of event (ValueFlows action or the community's own name): `work`, `expense` …
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commons: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Quantity (hours of work, units of a resource).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<Decimal>,
    /// Money value, in the equation's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Money>,
    /// Already paid on this contribution's claim by earlier distributions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid: Option<Money>,
    /// How many earlier distributions paid this contribution.
    #[serde(default)]
    pub paid_runs: u32,
}

/// The contributions file: `{"contributions": [...]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contributions {
    pub contributions: Vec<Contribution>,
}
