//! Value equations in the way of Sensorica's open value network (NRP, valueflows/valuenetwork).
//!
//! An equation is an ordered list of buckets. Each bucket takes a percentage either of the
//! total (`"percentages_of": "total"`, the default; the percentages may add up to 100 at
//! most and the total is cut exactly by largest remainder, the unassigned part staying
//! undistributed) or of what the buckets before it left (`"remaining"`; each cut rounded
//! down to the minor unit, and whatever a bucket could not pay passes on). A bucket pays a
//! fixed `agent`, or shares among the contributions its `filter` selects (kinds, commons,
//! processes, `from`/`to` dates, all inclusive; a contribution without the field a filter
//! asks about is left out). The first `rule` whose `kind` (and own filter) matches a
//! contribution turns it into a claim with a typed formula — no expression is evaluated;
//! contributions no rule matches take no part in that bucket:
//!
//! | formula | claim |
//! |---|---|
//! | `"value"` | the contribution's money value (expenses, purchases, resources) |
//! | `{"value_times": "1.5"}` | value × factor |
//! | `{"quantity_times": "25.00 EUR"}` | quantity × rate (hours × hourly rate) |
//! | `{"fixed": "10.00 EUR"}` | the same claim for every matching contribution |
//!
//! (products are rounded half away from zero to the minor unit). Claims are
//! `debt_like` (weight = what is still owed after `paid` and earlier buckets of this run,
//! never paid beyond it: surplus goes back to the run), `equity_like` (weight = full value,
//! every time) or `once` (weight = full value if never paid, i.e. `paid_runs` is 0). A
//! bucket is shared among its claims in proportion to their weights by the largest
//! remainder method, ties by contribution id ([`crate::split::split_capped`]).
//!
//! Differences from NRP, on purpose: NRP's "straight" percentages may pay a debt-like
//! claim more than it is owed when a bucket holds more than its claims; here a debt-like
//! claim is never paid beyond what it is owed and the rest is reported as surplus. NRP
//! rounds each payment half up to cents and patches the total on the largest payment;
//! here the largest remainder method makes every split exact.
//!
//! Equation file:
//! ```json
//! {"name": "ve1", "unit": "USD", "percentages_of": "total",
//!  "buckets": [
//!    {"name": "maintainers", "percent": "10", "agent": "alice"},
//!    {"name": "order", "percent": "90", "filter": {"processes": ["assembly"]},
//!     "rules": [
//!       {"kind": "work", "claim": "debt_like", "formula": {"quantity_times": "25.00 USD"}},
//!       {"kind": "expense", "claim": "debt_like", "formula": "value"}]}]}
//! ```
//! Contributions file (only `id`, `agent`, `kind` are required; amounts are text in the
//! equation's unit, quantities decimal strings or integers, dates `YYYY-MM-DD`):
//! ```json
//! {"contributions": [
//!   {"id": "c1", "agent": "bob", "kind": "work", "process": "assembly",
//!    "date": "2024-05-01", "quantity": "1.5"},
//!   {"id": "c2", "agent": "eve", "kind": "expense", "process": "assembly",
//!    "value": "20.00 USD", "paid": "5.00 USD", "paid_runs": 1}]}
//! ```
//! The result is a [`Statement`](crate::statement::Statement) with one line per paid
//! claim, its claim before and after. A full example is in `crates/value/examples/`.

mod decimal;
mod model;
mod run;
mod validate;

pub use decimal::{Date, Decimal};
pub use model::{
    Bucket, ClaimKind, Contribution, Contributions, Filter, Formula, PercentagesOf, Rule,
    ValueEquation,
};
pub use run::distribute;

use crate::money::MoneyError;
use crate::split::SplitError;

/// What is wrong with an equation, its contributions or the amount, naming the element.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EquationError {
    #[error("equation {0}")]
    Equation(String),
    #[error("bucket '{bucket}': {reason}")]
    Bucket { bucket: String, reason: String },
    #[error("bucket '{bucket}', rule {index} (kind '{kind}'): {reason}")]
    Rule {
        bucket: String,
        index: usize,
        kind: String,
        reason: String,
    },
    #[error("contribution '{id}': {reason}")]
    Contribution { id: String, reason: String },
    #[error("amount {amount}: {reason}")]
    Amount { amount: String, reason: String },
    #[error("budget overflow: {0}")]
    Money(#[from] MoneyError),
    #[error(transparent)]
    Split(#[from] SplitError),
}
