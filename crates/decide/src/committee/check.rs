//! Checks this crate's rules against the expected results recorded in `.abc.yaml` files,
//! the way abcvoting's own test does: irresolute results must equal the recorded set of
//! committees, a resolute result must be one of them; entries without a result are skipped.

use super::yaml::AbcInstance;
use super::{CommitteeError, ComputeEntry, RESOLUTE_ONLY, RULE_IDS, compute};
use serde::Serialize;

/// The verdict on one `compute` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    Failed {
        expected: Vec<Vec<usize>>,
        got: Vec<Vec<usize>>,
    },
    /// The entry records no result (abcvoting's tests skip these too).
    NoResult,
    /// The rule id is unknown here, or the rule cannot be computed on this input.
    Unsupported {
        reason: String,
    },
}

/// One checked entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryCheck {
    pub rule_id: String,
    pub resolute: bool,
    #[serde(flatten)]
    pub verdict: Verdict,
}

/// abcvoting's default resoluteness when an entry does not say: true for sequential and
/// resolute-only rules, false for optimisation rules.
fn default_resolute(rule: &str) -> bool {
    const SEQUENTIAL: [&str; 12] = [
        "seqpav",
        "revseqpav",
        "seqslav",
        "seqcc",
        "seqphragmen",
        "maximin-support",
        "equal-shares",
        "equal-shares-with-av-completion",
        "phragmen-enestroem",
        "consensus-rule",
        "rsd",
        "eph",
    ];
    SEQUENTIAL.contains(&rule) || RESOLUTE_ONLY.contains(&rule)
}

/// Checks every `compute` entry of an instance.
pub fn check_instance(inst: &AbcInstance) -> Vec<EntryCheck> {
    inst.compute.iter().map(|e| check_entry(inst, e)).collect()
}

fn check_entry(inst: &AbcInstance, e: &ComputeEntry) -> EntryCheck {
    let resolute = e.resolute.unwrap_or_else(|| default_resolute(&e.rule_id));
    let verdict = |v| EntryCheck {
        rule_id: e.rule_id.clone(),
        resolute,
        verdict: v,
    };
    let Some(expected) = &e.result else {
        return verdict(Verdict::NoResult);
    };
    let Some(k) = inst.committeesize else {
        return verdict(Verdict::Unsupported {
            reason: "the file has no committeesize".into(),
        });
    };
    if !RULE_IDS.contains(&e.rule_id.as_str()) && e.rule_id != "rsd" {
        return verdict(Verdict::Unsupported {
            reason: format!("unknown rule id `{}`", e.rule_id),
        });
    }
    let got = match compute(&e.rule_id, &inst.profile, k, resolute) {
        Ok(out) => out.committees,
        Err(err @ (CommitteeError::Unsupported { .. } | CommitteeError::UnknownRule(_))) => {
            return verdict(Verdict::Unsupported {
                reason: err.to_string(),
            });
        }
        Err(err) => {
            return verdict(Verdict::Failed {
                expected: vec![],
                got: vec![],
            })
            .with_reason(err);
        }
    };
    let mut want = expected.clone();
    want.sort();
    want.dedup();
    let ok = if resolute {
        got.len() == 1 && want.contains(&got[0])
    } else {
        got == want
    };
    verdict(if ok {
        Verdict::Passed
    } else {
        Verdict::Failed {
            expected: want,
            got,
        }
    })
}

impl EntryCheck {
    fn with_reason(self, err: CommitteeError) -> EntryCheck {
        EntryCheck {
            verdict: Verdict::Unsupported {
                reason: format!("error: {err}"),
            },
            ..self
        }
    }
}
