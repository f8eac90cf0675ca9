//! Ledger files: the payouts already made, read before a new distribution (`commonfare
//! value distribute --ledger PAST.json`). Every mistake names the element in the file's
//! own terms (`distributions[2].receipts[0].amount`), and nothing in the file can make
//! the reader panic or allocate more than the file itself.
//!
//! Three shapes are accepted, all holding the distributions of FORMAT.md §1.1
//! (`{"credTimestampMs": …, "receipts": [{"participant": …, "amount": "…"}]}`):
//!
//! * `{"distributions": [ … ]}`, the ledger proper;
//! * `[ … ]`, the bare list;
//! * `{"distribution": { … }, …}`, the `--json` output of an earlier distribution (its
//!   other fields are ignored).

use super::amount::parse_amount;
use super::input::{DistributionIn, ReceiptIn};
use crate::credrank::GraphError;
use crate::credrank::graph::{MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS, Participant};
use crate::credrank::intervals::{Intervals, WEEK_MS};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Upper bound on the weeks × participants of the cred/grain view a distribution builds:
/// a payout dated decades away from the graph would otherwise make it allocate gigabytes.
pub const MAX_VIEW_CELLS: usize = 50_000_000;

/// A checked ledger: distributions in non-decreasing `credTimestampMs`, each amount a
/// valid decimal integer string.
#[derive(Debug, Clone)]
pub struct Ledger {
    pub distributions: Vec<DistributionIn>,
    /// Where each distribution is in the file, for error messages.
    labels: Vec<String>,
}

fn fail(at: impl Into<String>, problem: impl Into<String>) -> GraphError {
    GraphError::new(at, problem)
}

/// A short description of a JSON value's type, for "is X, must be Y" messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn object<'a>(v: &'a Value, at: &str) -> Result<&'a Map<String, Value>, GraphError> {
    v.as_object()
        .ok_or_else(|| fail(at, format!("is {}, must be an object", kind(v))))
}

fn only_keys(m: &Map<String, Value>, at: &str, allowed: &[&str]) -> Result<(), GraphError> {
    match m.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(fail(
            at,
            format!("unknown field {k:?}; the fields are {}", allowed.join(", ")),
        )),
        None => Ok(()),
    }
}

fn field<'a>(m: &'a Map<String, Value>, at: &str, name: &str) -> Result<&'a Value, GraphError> {
    m.get(name)
        .ok_or_else(|| fail(at, format!("has no {name:?} field")))
}

impl Ledger {
    /// Reads a ledger file (any of the three shapes).
    pub fn from_json(bytes: &[u8]) -> Result<Ledger, GraphError> {
        // A leading byte-order mark is skipped, as by the graph reader.
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let doc: Value = serde_json::from_slice(bytes)
            .map_err(|e| fail("ledger file", format!("not valid JSON: {e}")))?;
        let (list, prefix): (Vec<&Value>, String) = match &doc {
            Value::Array(a) => (a.iter().collect(), String::new()),
            Value::Object(m) if m.contains_key("distributions") => {
                only_keys(m, "ledger file", &["distributions"])?;
                match &m["distributions"] {
                    Value::Array(a) => (a.iter().collect(), "distributions".into()),
                    v => {
                        return Err(fail(
                            "distributions",
                            format!("is {}, must be an array", kind(v)),
                        ));
                    }
                }
            }
            Value::Object(m) if m.contains_key("distribution") => {
                return Ok(Ledger {
                    distributions: vec![distribution(&m["distribution"], "distribution")?],
                    labels: vec!["distribution".into()],
                });
            }
            v => {
                return Err(fail(
                    "ledger file",
                    format!(
                        "is {}; expected {{\"distributions\": [{{\"credTimestampMs\": …, \
                         \"receipts\": [{{\"participant\": …, \"amount\": \"…\"}}]}}]}}, \
                         the bare list, or the --json output of an earlier distribution",
                        kind(v)
                    ),
                ));
            }
        };
        let mut distributions = Vec::with_capacity(list.len());
        let mut labels = Vec::with_capacity(list.len());
        let mut latest = i64::MIN;
        for (d, v) in list.into_iter().enumerate() {
            let at = format!("{prefix}[{d}]");
            let dist = distribution(v, &at)?;
            if dist.cred_timestamp_ms < latest {
                return Err(fail(
                    format!("{at}.credTimestampMs"),
                    format!(
                        "{} is earlier than the distribution before it ({latest}): list \
                         distributions in non-decreasing time",
                        dist.cred_timestamp_ms
                    ),
                ));
            }
            latest = dist.cred_timestamp_ms;
            distributions.push(dist);
            labels.push(at);
        }
        Ok(Ledger {
            distributions,
            labels,
        })
    }

    /// Checks the ledger against the graph it is to be used with: every receipt goes to an
    /// active participant of the graph, and the payouts are not so far from the graph's
    /// weeks that the view over both would pass [`MAX_VIEW_CELLS`].
    pub fn check_against(
        &self,
        participants: &[Participant],
        ids: &HashMap<&str, usize>,
        weeks: &Intervals,
    ) -> Result<(), GraphError> {
        for (dist, at) in self.distributions.iter().zip(&self.labels) {
            for (r, rec) in dist.receipts.iter().enumerate() {
                let at = format!("{at}.receipts[{r}].participant");
                let id = &rec.participant;
                match ids.get(id.as_str()) {
                    None => {
                        return Err(fail(
                            at,
                            format!("{id:?} is not a participant of the graph"),
                        ));
                    }
                    Some(&p) if !participants[p].active => {
                        return Err(fail(
                            at,
                            format!(
                                "{id:?} is inactive in the graph and cannot have received grain"
                            ),
                        ));
                    }
                    Some(_) => {}
                }
            }
        }
        let times: Vec<i64> = self
            .distributions
            .iter()
            .map(|d| d.cred_timestamp_ms)
            .collect();
        match view_too_large(weeks, participants.len(), &times) {
            Some(i) => Err(fail(
                format!("{}.credTimestampMs", self.labels[i]),
                format!(
                    "{} is too far from the graph's weeks: the view over both would pass \
                     {MAX_VIEW_CELLS} participant-weeks; check for a stray timestamp",
                    times[i]
                ),
            )),
            None => Ok(()),
        }
    }
}

/// The index of the payout time farthest from the graph's weeks when the view covering
/// the graph and all `times` would have more than [`MAX_VIEW_CELLS`] cells.
pub fn view_too_large(weeks: &Intervals, participants: usize, times: &[i64]) -> Option<usize> {
    let (lo, hi) = (weeks.start_ms, weeks.end(weeks.count.saturating_sub(1)));
    // 0 inside the graph's weeks.
    let distance = |t: i64| lo.saturating_sub(t).max(t.saturating_sub(hi)).max(0);
    let far = (0..times.len()).max_by_key(|&i| distance(times[i]))?;
    let extra_weeks = usize::try_from(distance(times[far]) / WEEK_MS + 2).unwrap_or(usize::MAX);
    let cells = weeks
        .count
        .saturating_add(extra_weeks)
        .saturating_mul(participants.max(1));
    (cells > MAX_VIEW_CELLS).then_some(far)
}

fn distribution(v: &Value, at: &str) -> Result<DistributionIn, GraphError> {
    let m = object(v, at)?;
    only_keys(m, at, &["credTimestampMs", "receipts"])?;
    let t_at = format!("{at}.credTimestampMs");
    let t = field(m, at, "credTimestampMs")?;
    let cred_timestamp_ms = t
        .as_i64()
        .filter(|t| (MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(t))
        .ok_or_else(|| {
            fail(
                &t_at,
                format!(
                    "is {t}, must be Unix milliseconds (an integer) between \
                     {MIN_TIMESTAMP_MS} (1970) and {MAX_TIMESTAMP_MS} (year 9999)"
                ),
            )
        })?;
    let r_at = format!("{at}.receipts");
    let receipts = match field(m, at, "receipts")? {
        Value::Array(a) => a,
        v => return Err(fail(r_at, format!("is {}, must be an array", kind(v)))),
    };
    let receipts = receipts
        .iter()
        .enumerate()
        .map(|(r, v)| receipt(v, &format!("{r_at}[{r}]")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(DistributionIn {
        cred_timestamp_ms,
        receipts,
    })
}

fn receipt(v: &Value, at: &str) -> Result<ReceiptIn, GraphError> {
    let m = object(v, at)?;
    only_keys(m, at, &["participant", "amount"])?;
    let participant = match field(m, at, "participant")? {
        Value::String(s) if !s.is_empty() => s.clone(),
        v => {
            return Err(fail(
                format!("{at}.participant"),
                format!("is {v}, must be a participant id (a non-empty string)"),
            ));
        }
    };
    let amount = match field(m, at, "amount")? {
        Value::String(s) => {
            parse_amount(s).map_err(|e| fail(format!("{at}.amount"), e))?;
            s.clone()
        }
        v => {
            return Err(fail(
                format!("{at}.amount"),
                format!(
                    "is {} ({v}), must be a decimal integer string in the smallest unit, \
                     e.g. \"1000\"",
                    kind(v)
                ),
            ));
        }
    };
    Ok(ReceiptIn {
        participant,
        amount,
    })
}
