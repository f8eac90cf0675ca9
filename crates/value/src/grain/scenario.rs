//! Grain scenarios: a ledger of past payouts and a sequence of distribution runs
//! (FORMAT.md §1.1, §4.5). Validation here; each run sees the ledger as it was before it,
//! and its receipts are credited at its effective time.

use super::amount::parse_amount;
use super::input::{PolicyIn, ScenarioIn};
use super::policy::{Allocation, Policy, allocate};
use super::view::View;
use super::{CredTable, GrainError, Payout};
use crate::credrank::GraphError;
use crate::credrank::graph::{MAX_TIMESTAMP_MS, MIN_TIMESTAMP_MS, Participant};
use crate::credrank::intervals::is_week_start;
use std::collections::HashMap;

/// One distribution: all its policies at one effective time.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSpec {
    /// A week start (Sunday 00:00 UTC): the end of the last week paid for.
    pub effective_ms: i64,
    pub policies: Vec<Policy>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: String,
    /// Past payouts, in non-decreasing cred timestamp.
    pub prior: Vec<Payout>,
    pub runs: Vec<RunSpec>,
}

/// A run that went through.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    /// Weeks in the cred/grain view the run looked at.
    pub intervals_in_view: usize,
    pub allocations: Vec<Allocation>,
}

/// A run's outcome. After a failed run the scenario stops, as SourceCred's ledger would.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub effective_ms: i64,
    pub outcome: Result<RunResult, GrainError>,
}

impl Scenario {
    /// Validates scenario `index` of a graph file against its participants.
    pub fn from_input(
        index: usize,
        raw: &ScenarioIn,
        participants: &[Participant],
        ids: &HashMap<&str, usize>,
    ) -> Result<Scenario, GraphError> {
        let here = format!("grainScenarios[{index}] {:?}.", raw.name);
        Scenario::from_input_at(&here, raw, participants, ids)
    }

    /// Validates a scenario from elsewhere (a ledger file, the command line); errors name
    /// elements as `{here}priorDistributions[2].receipts[0]` and so on.
    pub fn from_input_at(
        here: &str,
        raw: &ScenarioIn,
        participants: &[Participant],
        ids: &HashMap<&str, usize>,
    ) -> Result<Scenario, GraphError> {
        let err = |at: String, what: String| GraphError::new(format!("{here}{at}"), what);
        let recipient = |at: &dyn Fn() -> String, id: &str| -> Result<usize, GraphError> {
            let p = *ids
                .get(id)
                .ok_or_else(|| err(at(), format!("participant {id:?} is not in the graph")))?;
            if !participants[p].active {
                return Err(err(
                    at(),
                    format!("participant {id:?} is inactive and cannot receive grain"),
                ));
            }
            Ok(p)
        };
        let mut prior = Vec::new();
        let mut latest = i64::MIN;
        for (d, dist) in raw.prior_distributions.iter().enumerate() {
            let t = dist.cred_timestamp_ms;
            let at_d = || format!("priorDistributions[{d}]");
            if !(MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(&t) {
                return Err(err(at_d(), format!("credTimestampMs {t} is out of range")));
            }
            if t < latest {
                return Err(err(
                    at_d(),
                    "distributions must be in non-decreasing credTimestampMs".into(),
                ));
            }
            latest = t;
            for (r, rec) in dist.receipts.iter().enumerate() {
                let at = || format!("priorDistributions[{d}].receipts[{r}]");
                let participant = recipient(&at, &rec.participant)?;
                let amount = parse_amount(&rec.amount).map_err(|e| err(at(), e))?;
                prior.push(Payout {
                    cred_timestamp_ms: t,
                    participant,
                    amount,
                });
            }
        }
        if raw.runs.is_empty() {
            return Err(err("runs".into(), "is empty: give at least one run".into()));
        }
        let mut runs = Vec::with_capacity(raw.runs.len());
        for (r, run) in raw.runs.iter().enumerate() {
            let e = run.effective_timestamp_ms;
            let at_r = || format!("runs[{r}]");
            if !(MIN_TIMESTAMP_MS..=MAX_TIMESTAMP_MS).contains(&e) || !is_week_start(e) {
                return Err(err(
                    at_r(),
                    format!(
                        "effectiveTimestampMs {e} must be the end of a week \
                         (a Sunday 00:00:00.000 UTC)"
                    ),
                ));
            }
            if e < latest {
                return Err(err(
                    at_r(),
                    format!("effectiveTimestampMs {e} is before an earlier payout at {latest}"),
                ));
            }
            latest = e;
            let policies = run
                .policies
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let at = || format!("runs[{r}].policies[{i}]");
                    policy(p, &at, &recipient, ids).map_err(|what| err(at(), what))
                })
                .collect::<Result<Vec<_>, _>>()?;
            runs.push(RunSpec {
                effective_ms: e,
                policies,
            });
        }
        Ok(Scenario {
            name: raw.name.clone(),
            prior,
            runs,
        })
    }

    /// Executes the runs in order on `cred` (the participants' weekly cred).
    pub fn run(&self, cred: &CredTable, participants: &[Participant]) -> Vec<Run> {
        let active: Vec<bool> = participants.iter().map(|p| p.active).collect();
        let mut ledger = self.prior.clone();
        let mut out = Vec::with_capacity(self.runs.len());
        for spec in &self.runs {
            let outcome = run_once(spec, cred, &active, &ledger);
            let failed = outcome.is_err();
            if let Ok(result) = &outcome {
                for a in &result.allocations {
                    for (&participant, &amount) in a.recipients.iter().zip(&a.amounts) {
                        ledger.push(Payout {
                            cred_timestamp_ms: spec.effective_ms,
                            participant,
                            amount,
                        });
                    }
                }
            }
            out.push(Run {
                effective_ms: spec.effective_ms,
                outcome,
            });
            if failed {
                break;
            }
        }
        out
    }
}

fn run_once(
    spec: &RunSpec,
    cred: &CredTable,
    active: &[bool],
    ledger: &[Payout],
) -> Result<RunResult, GrainError> {
    let view = View::new(cred, active, ledger)?;
    if !active.iter().any(|&a| a) {
        return Err(GrainError::new("no active participant can receive grain"));
    }
    let total = view.total_cred();
    if total.is_nan() || total < 1.0 {
        return Err(GrainError::new(format!(
            "total cred is {total}, below 1: there is too little cred to distribute grain"
        )));
    }
    let allocations = spec
        .policies
        .iter()
        .map(|p| {
            allocate(p, &view, spec.effective_ms)
                .map_err(|e| GrainError::new(format!("{} policy: {e}", p.type_name())))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RunResult {
        intervals_in_view: view.weeks.count,
        allocations,
    })
}

/// Resolves a participant id that is to receive grain, naming the element on error.
type RecipientLookup<'a> = &'a dyn Fn(&dyn Fn() -> String, &str) -> Result<usize, GraphError>;

fn policy(
    raw: &PolicyIn,
    at: &dyn Fn() -> String,
    recipient: RecipientLookup,
    ids: &HashMap<&str, usize>,
) -> Result<Policy, String> {
    let budget = |b: &str| parse_amount(b).map_err(|e| format!("budget: {e}"));
    Ok(match raw {
        PolicyIn::Immediate {
            budget: b,
            num_intervals_lookback: n,
        } => {
            if *n == 0 {
                return Err("IMMEDIATE needs numIntervalsLookback ≥ 1".into());
            }
            Policy::Immediate {
                budget: budget(b)?,
                lookback: usize::try_from(*n).unwrap_or(usize::MAX),
            }
        }
        PolicyIn::Recent {
            budget: b,
            discount,
            exclusions,
        } => {
            if !(discount.is_finite() && (0.0..=1.0).contains(discount)) {
                return Err(format!("RECENT discount is {discount}, must be in [0, 1]"));
            }
            let exclusions = exclusions
                .iter()
                .map(|id| {
                    ids.get(id.as_str())
                        .copied()
                        .ok_or_else(|| format!("excluded participant {id:?} is not in the graph"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Policy::Recent {
                budget: budget(b)?,
                discount: *discount,
                exclusions,
            }
        }
        PolicyIn::Balanced {
            budget: b,
            num_intervals_lookback: n,
        } => Policy::Balanced {
            budget: budget(b)?,
            lookback: usize::try_from(*n).unwrap_or(usize::MAX),
        },
        PolicyIn::Special {
            budget: b,
            recipient: id,
            memo,
        } => Policy::Special {
            budget: budget(b)?,
            recipient: recipient(at, id).map_err(|e| e.problem)?,
            memo: memo.clone(),
        },
    })
}
