//! Committee (board) elections with approval ballots: the rules of abcvoting, by the
//! same rule ids, resolute (one committee) and irresolute (all winning committees).
//!
//! Every computation is exact (integers and rationals). Irresolute results follow
//! abcvoting: for optimisation rules all optimal committees, for sequential rules every
//! committee that some way of breaking ties reaches. Resolute results break ties in
//! favour of the smallest candidate index, as abcvoting's sequential rules do.

pub mod branching;
pub mod check;
pub mod exact;
pub mod ledger;
pub mod money;
pub mod optimal;
pub mod phragmen;
pub mod profile;
pub mod scaled;
pub mod search;
pub mod sequential;
pub mod timing;
pub mod unit;
pub mod yaml;

pub use profile::{CandSet, Profile, ProfileError};
pub use yaml::{AbcFileError, AbcInstance, ComputeEntry, parse_abc_yaml, read_abc_yaml};

use profile::{members, show};
use serde::Serialize;

/// Every rule id this module computes, in abcvoting's order.
pub const RULE_IDS: [&str; 27] = [
    "av",
    "sav",
    "pav",
    "slav",
    "cc",
    "lexcc",
    "geom2",
    "adams",
    "seqpav",
    "revseqpav",
    "seqslav",
    "seqcc",
    "seqphragmen",
    "minimaxphragmen",
    "leximaxphragmen",
    "maximin-support",
    "monroe",
    "greedy-monroe",
    "minimaxav",
    "lexminimaxav",
    "equal-shares",
    "equal-shares-with-av-completion",
    "equal-shares-with-increment-completion",
    "phragmen-enestroem",
    "consensus-rule",
    "eph",
    "trivial",
];

/// Rules that abcvoting only defines resolutely.
pub const RESOLUTE_ONLY: [&str; 2] = ["greedy-monroe", "equal-shares-with-increment-completion"];

/// Rules solved by visiting every committee of size k (see [`search`]).
const EXHAUSTIVE: [&str; 6] = [
    "monroe",
    "minimaxav",
    "lexminimaxav",
    "minimaxphragmen",
    "leximaxphragmen",
    "trivial",
];

/// The most committees an exhaustive rule may visit (about a minute for Monroe).
pub const MAX_ENUMERATED: u128 = 20_000_000;

fn binomial(n: usize, k: usize) -> u128 {
    (0..k as u128).fold(1u128, |acc, i| acc * (n as u128 - i) / (i + 1))
}

/// The result of a committee rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommitteeOutcome {
    pub rule_id: String,
    pub resolute: bool,
    /// Winning committees, each a sorted list of candidates; the list itself is sorted.
    pub committees: Vec<Vec<usize>>,
    /// How the result came about, one line per step, for a person to read.
    pub explanation: Vec<String>,
}

/// Why a rule cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommitteeError {
    #[error("unknown rule id `{0}`")]
    UnknownRule(String),
    #[error("committee size {k} is not between 1 and the number of candidates ({num_cand})")]
    BadSize { k: usize, num_cand: usize },
    #[error("{rule}: {reason}")]
    Unsupported { rule: String, reason: String },
}

/// What a rule function returns: winning committees (as sets) and the explanation.
pub(crate) type RuleResult = Result<(Vec<CandSet>, Vec<String>), CommitteeError>;

pub(crate) fn unsupported(rule: &str, reason: impl Into<String>) -> CommitteeError {
    CommitteeError::Unsupported {
        rule: rule.to_string(),
        reason: reason.into(),
    }
}

thread_local! {
    /// Whether the rules write their explanation lines; off only inside
    /// [`compute_committees`].
    static EXPLAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Appends the explanation line `line` makes, unless explanations are off (then the text
/// is never formatted).
pub(crate) fn note(lines: &mut Vec<String>, line: impl FnOnce() -> String) {
    if explaining() {
        lines.push(line());
    }
}

/// Are explanation lines wanted?
pub(crate) fn explaining() -> bool {
    EXPLAIN.with(|e| e.get())
}

/// The winning committees of rule `rule_id`, as [`compute`] gives them, without writing
/// the explanation: what checking against abcvoting (which returns only committees)
/// needs. The rule itself runs exactly as in [`compute`].
pub fn compute_committees(
    rule_id: &str,
    profile: &Profile,
    k: usize,
    resolute: bool,
) -> Result<Vec<Vec<usize>>, CommitteeError> {
    compute_sets(rule_id, profile, k, resolute).map(|sets| sets.into_iter().map(members).collect())
}

/// [`compute_committees`] with each committee as a bit set (same order): nothing is
/// allocated per committee.
pub fn compute_sets(
    rule_id: &str,
    profile: &Profile,
    k: usize,
    resolute: bool,
) -> Result<Vec<CandSet>, CommitteeError> {
    /// Turns explanations back on when dropped, even if a rule panics.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            EXPLAIN.with(|e| e.set(self.0));
        }
    }
    let _restore = Restore(EXPLAIN.with(|e| e.replace(false)));
    winners(rule_id, profile, k, resolute).map(|(sets, _)| sets)
}

/// Computes rule `rule_id` on `profile` for committee size `k`.
pub fn compute(
    rule_id: &str,
    profile: &Profile,
    k: usize,
    resolute: bool,
) -> Result<CommitteeOutcome, CommitteeError> {
    let (sets, mut explanation) = winners(rule_id, profile, k, resolute)?;
    note(&mut explanation, || match sets.as_slice() {
        [one] => format!("Winning committee: {}.", show(*one)),
        many => format!("{} winning committees (ties are not broken).", many.len()),
    });
    Ok(CommitteeOutcome {
        rule_id: rule_id.to_string(),
        resolute,
        committees: sets.into_iter().map(members).collect(),
        explanation,
    })
}

/// Runs rule `rule_id`: the winning committees in the order of their sorted member lists
/// (one when `resolute`), and the rule's explanation lines.
fn winners(rule_id: &str, p: &Profile, k: usize, resolute: bool) -> RuleResult {
    if k == 0 || k > p.num_cand() {
        return Err(CommitteeError::BadSize {
            k,
            num_cand: p.num_cand(),
        });
    }
    if !resolute && RESOLUTE_ONLY.contains(&rule_id) {
        return Err(unsupported(
            rule_id,
            "abcvoting defines this rule only with resolute=true",
        ));
    }
    if EXHAUSTIVE.contains(&rule_id) {
        let count = binomial(p.num_cand(), k);
        if count > MAX_ENUMERATED {
            return Err(unsupported(
                rule_id,
                format!("exact search would visit {count} committees (limit {MAX_ENUMERATED})"),
            ));
        }
    }
    let (mut sets, explanation) = match rule_id {
        "av" | "sav" => optimal::separable(rule_id, p, k, resolute)?,
        "pav" | "slav" | "cc" | "geom2" | "adams" | "lexcc" => optimal::thiele(rule_id, p, k)?,
        "monroe" => optimal::monroe(p, k)?,
        "minimaxav" => optimal::minimaxav(p, k)?,
        "lexminimaxav" => optimal::lexminimaxav(p, k)?,
        "trivial" => optimal::trivial(p, k),
        "seqpav" | "seqslav" | "seqcc" => sequential::seq_thiele(rule_id, p, k, resolute)?,
        "revseqpav" => sequential::revseq_thiele(rule_id, p, k, resolute)?,
        "greedy-monroe" => sequential::greedy_monroe(p, k)?,
        "eph" => sequential::eph(p, k, resolute),
        "seqphragmen" => phragmen::seqphragmen(p, k, resolute),
        "minimaxphragmen" => phragmen::minimaxphragmen(p, k)?,
        "leximaxphragmen" => phragmen::leximaxphragmen(p, k)?,
        "maximin-support" => phragmen::maximin_support(p, k, resolute)?,
        "equal-shares" => money::equal_shares(p, k, resolute, money::Completion::Phragmen),
        "equal-shares-with-av-completion" => {
            money::equal_shares(p, k, resolute, money::Completion::Av)
        }
        "equal-shares-with-increment-completion" => money::equal_shares_increment(p, k),
        "phragmen-enestroem" => money::phragmen_enestroem(p, k, resolute),
        "consensus-rule" => money::consensus_rule(p, k, resolute),
        "rsd" => {
            return Err(unsupported(
                rule_id,
                "random serial dictator is randomised; not offered",
            ));
        }
        other => return Err(CommitteeError::UnknownRule(other.to_string())),
    };
    sort_committees(&mut sets);
    if resolute {
        sets.truncate(1);
    }
    Ok((sets, explanation))
}

/// Sorts committees (all of one size) in the lexicographic order of their sorted member
/// lists and drops repeats: the list of A comes first when the smallest element of A Δ B
/// is in A, i.e. when A's bit-reversed mask is larger.
pub fn sort_committees(sets: &mut Vec<CandSet>) {
    sets.sort_unstable_by_key(|&w| std::cmp::Reverse(w.reverse_bits()));
    sets.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The worked example of `shared/data/abc/README.md` (abcvoting's instanceS0000).
    fn s0000() -> Profile {
        let ballots: Vec<Vec<i64>> = vec![
            vec![0, 2, 3],
            vec![0, 2, 4],
            vec![0, 4, 5],
            vec![3, 4, 5],
            vec![1, 2, 5],
            vec![0, 2, 3, 5],
            vec![0, 2, 5],
            vec![1, 3],
        ];
        Profile::new(6, &ballots, None).unwrap()
    }

    #[test]
    fn seqphragmen_worked_example() {
        let p = s0000();
        let all = compute("seqphragmen", &p, 3, false).unwrap();
        assert_eq!(all.committees, vec![vec![0, 3, 5], vec![2, 3, 5]]);
        let one = compute("seqphragmen", &p, 3, true).unwrap();
        assert_eq!(one.committees, vec![vec![0, 3, 5]]);
        // The explanation walks through the rounds: 0 first (tied with 2 and 5 at 1/5),
        // then 5 at 8/25, then 3 at 23/50.
        assert!(one.explanation[0].contains("Elect 0 (new maximum load 1/5, tied: [0, 2, 5])"));
        assert!(one.explanation[1].contains("Elect 5 (new maximum load 8/25"));
        assert!(one.explanation[2].contains("Elect 3 (new maximum load 23/50"));
    }

    #[test]
    fn av_and_cc_worked_example() {
        let p = s0000();
        assert_eq!(
            compute("av", &p, 3, false).unwrap().committees,
            vec![vec![0, 2, 5]]
        );
        assert_eq!(compute("cc", &p, 3, false).unwrap().committees.len(), 10);
        assert_eq!(
            compute("trivial", &p, 3, false).unwrap().committees.len(),
            20
        );
    }

    /// Skipping the explanation changes nothing else, and explanations come back after.
    #[test]
    fn committees_without_explanation_match_compute() {
        let p = s0000();
        for rule in RULE_IDS {
            for resolute in [false, true] {
                let full = compute(rule, &p, 3, resolute).map(|o| o.committees);
                assert_eq!(full, compute_committees(rule, &p, 3, resolute), "{rule}");
            }
        }
        let again = compute("seqphragmen", &p, 3, true).unwrap();
        assert!(again.explanation.len() > 1);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let p = s0000();
        assert!(matches!(
            compute("pav", &p, 0, false),
            Err(CommitteeError::BadSize { .. })
        ));
        assert!(matches!(
            compute("pav", &p, 7, false),
            Err(CommitteeError::BadSize { .. })
        ));
        assert!(matches!(
            compute("nope", &p, 2, false),
            Err(CommitteeError::UnknownRule(_))
        ));
        assert!(compute("greedy-monroe", &p, 2, false).is_err());
    }
}
