//! Grain scenarios as written in the graph file (FORMAT.md §1.1), before validation.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ScenarioIn {
    #[serde(default)]
    pub name: String,
    #[serde(default, rename = "priorDistributions")]
    pub prior_distributions: Vec<DistributionIn>,
    pub runs: Vec<RunIn>,
}

/// A past payout: receipts credited at `credTimestampMs`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DistributionIn {
    #[serde(rename = "credTimestampMs")]
    pub cred_timestamp_ms: i64,
    pub receipts: Vec<ReceiptIn>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ReceiptIn {
    pub participant: String,
    /// Decimal integer string in the smallest unit.
    pub amount: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct RunIn {
    #[serde(rename = "effectiveTimestampMs")]
    pub effective_timestamp_ms: i64,
    pub policies: Vec<PolicyIn>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "policyType")]
pub enum PolicyIn {
    #[serde(rename = "IMMEDIATE")]
    Immediate {
        budget: String,
        #[serde(rename = "numIntervalsLookback")]
        num_intervals_lookback: u64,
    },
    #[serde(rename = "RECENT")]
    Recent {
        budget: String,
        discount: f64,
        #[serde(default)]
        exclusions: Vec<String>,
    },
    #[serde(rename = "BALANCED")]
    Balanced {
        budget: String,
        #[serde(rename = "numIntervalsLookback")]
        num_intervals_lookback: u64,
    },
    #[serde(rename = "SPECIAL")]
    Special {
        budget: String,
        recipient: String,
        #[serde(default)]
        memo: String,
    },
}
