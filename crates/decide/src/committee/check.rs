//! Checks this crate's rules against the expected results recorded in `.abc.yaml` files,
//! the way abcvoting's own test does: irresolute results must equal the recorded set of
//! committees, a resolute result must be one of them; entries without a result are skipped.

use super::profile::{CandSet, each, members};
use super::yaml::AbcInstance;
use super::{CommitteeError, ComputeEntry, RESOLUTE_ONLY, RULE_IDS, compute_sets, sort_committees};
use serde::{Serialize, Serializer};

/// The verdict on one `compute` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum Verdict {
    Passed,
    Failed {
        expected: Vec<Vec<usize>>,
        got: Vec<Vec<usize>>,
    },
    /// The exact result differs from the recorded one, and the recorded one is exactly
    /// what abcvoting's older floating-point SAV scores give (exact sums tie where the
    /// float sums differ in the last bit). abcvoting 2.19.2 computes SAV with exact
    /// fractions and agrees with the exact result.
    FloatArtifact {
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
    /// What this crate computed (empty when nothing was computed).
    pub committees: Committees,
}

/// Committees as bit sets, in the order of their sorted member lists; serialised as lists
/// of members (`[[0, 2], [1, 2]]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committees(pub Vec<CandSet>);

impl Committees {
    /// Each committee as its sorted list of members.
    pub fn lists(&self) -> Vec<Vec<usize>> {
        self.0.iter().map(|&w| members(w)).collect()
    }
}

impl Serialize for Committees {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Members(CandSet);
        impl Serialize for Members {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(each(self.0))
            }
        }
        s.collect_seq(self.0.iter().map(|&w| Members(w)))
    }
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

/// Whether this crate knows the rule id: every abcvoting rule id, and `rsd`.
pub fn known_rule(rule_id: &str) -> bool {
    RULE_IDS.contains(&rule_id) || rule_id == "rsd"
}

/// Whether an entry asks for a resolute result (abcvoting's default when it does not say).
pub fn resolute(e: &ComputeEntry) -> bool {
    e.resolute.unwrap_or_else(|| default_resolute(&e.rule_id))
}

/// Checks one `compute` entry of an instance.
pub fn check_entry(inst: &AbcInstance, e: &ComputeEntry) -> EntryCheck {
    let resolute = resolute(e);
    let verdict = |v| EntryCheck {
        rule_id: e.rule_id.clone(),
        resolute,
        verdict: v,
        committees: Committees::default(),
    };
    let Some(expected) = &e.result else {
        return verdict(Verdict::NoResult);
    };
    let Some(k) = inst.committeesize else {
        return verdict(Verdict::Unsupported {
            reason: "the file has no committeesize".into(),
        });
    };
    if !known_rule(&e.rule_id) {
        return verdict(Verdict::Unsupported {
            reason: format!("unknown rule id `{}`", e.rule_id),
        });
    }
    // Only the committees are compared, so no explanation is written (abcvoting returns
    // only committees too).
    let got = match compute_sets(&e.rule_id, &inst.profile, k, resolute) {
        Ok(committees) => committees,
        Err(err @ (CommitteeError::Unsupported { .. } | CommitteeError::UnknownRule(_))) => {
            return verdict(Verdict::Unsupported {
                reason: err.to_string(),
            });
        }
        // The file records a result but the input is invalid for the rule (e.g. a bad
        // committee size): that is a failure, not an unsupported rule.
        Err(_) => {
            return verdict(Verdict::Failed {
                expected: expected.clone(),
                got: vec![],
            });
        }
    };
    let ok = if resolute {
        got.len() == 1
            && expected
                .iter()
                .any(|list| each(got[0]).eq(list.iter().copied()))
    } else {
        // A recorded committee that is no set of candidates matches nothing.
        as_sets(expected).is_some_and(|mut want| {
            sort_committees(&mut want);
            got == want
        })
    };
    let got = Committees(got);
    if ok {
        return EntryCheck {
            committees: got,
            ..verdict(Verdict::Passed)
        };
    }
    let mut want = expected.clone();
    want.sort();
    want.dedup();
    let v = if e.rule_id == "sav" && float_sav(inst, k) == want {
        Verdict::FloatArtifact {
            expected: want,
            got: got.lists(),
        }
    } else {
        Verdict::Failed {
            expected: want,
            got: got.lists(),
        }
    };
    EntryCheck {
        committees: got,
        ..verdict(v)
    }
}

/// Recorded committees as bit sets; `None` if one is not a strictly increasing list of
/// candidates below 64 (the only lists a computed committee can equal).
fn as_sets(lists: &[Vec<usize>]) -> Option<Vec<CandSet>> {
    lists
        .iter()
        .map(|list| {
            let increasing = list.windows(2).all(|w| w[0] < w[1]);
            let fits = list.last().is_none_or(|&c| c < 64);
            (increasing && fits).then(|| list.iter().fold(0, |a, &c| a | 1 << c))
        })
        .collect()
}

/// SAV as abcvoting computed it before it switched to fractions: scores summed in `f64`
/// in voter order, candidates tied only when their float sums are equal. Used only to
/// explain a disagreement with a recorded result, never to decide anything.
fn float_sav(inst: &AbcInstance, k: usize) -> Vec<Vec<usize>> {
    use num_traits::ToPrimitive;
    let p = &inst.profile;
    let mut score = vec![0f64; p.num_cand()];
    for (&b, w) in p.ballots().iter().zip(p.weights()) {
        let share = w.to_f64().unwrap_or(f64::NAN) / f64::from(b.count_ones());
        for c in super::profile::members(b) {
            score[c] += share;
        }
    }
    let mut sorted = score.clone();
    sorted.sort_by(f64::total_cmp);
    let cutoff = sorted[sorted.len() - k];
    let certain: Vec<usize> = (0..score.len()).filter(|&c| score[c] > cutoff).collect();
    let tied: Vec<usize> = (0..score.len()).filter(|&c| score[c] == cutoff).collect();
    let mut out: Vec<Vec<usize>> = super::search::committees(tied.len(), k - certain.len())
        .map(|pick| {
            let mut w = certain.clone();
            w.extend(super::profile::members(pick).iter().map(|&i| tied[i]));
            w.sort_unstable();
            w
        })
        .collect();
    out.sort();
    out
}
