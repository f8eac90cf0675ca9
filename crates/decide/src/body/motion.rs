//! Motions put to a body: yes/no/abstain with a quorum and a threshold, consent (passes
//! unless a reasoned objection stands) and consensus (passes unless someone blocks).
//!
//! Definitions used here, stated once:
//! - **Turnout** is the total weight of ballots cast, abstentions included.
//! - **Quorum** is met when turnout reaches a fraction of the electorate (the total weight
//!   of everyone entitled to vote) or an absolute number of votes. Abstaining counts
//!   towards the quorum: an abstainer took part.
//! - **Threshold**: the yes votes compared with the *base*, which is yes + no when
//!   abstentions are excluded (the usual rule for assemblies) or yes + no + abstain when
//!   they count (then an abstention acts like a no).

use super::ballot::Ballot;
use super::error::BodyError;
use num_rational::Ratio;
use serde::{Deserialize, Serialize};

/// A vote on a motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
    Abstain,
}

/// When turnout is enough for the vote to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quorum {
    None,
    /// Turnout ≥ numerator/denominator × electorate.
    Fraction {
        numerator: u64,
        denominator: u64,
    },
    /// Turnout ≥ this many votes.
    Votes {
        votes: u64,
    },
}

/// How many yes votes a motion needs, relative to the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Threshold {
    /// More than half of the base.
    SimpleMajority,
    /// At least two thirds of the base.
    TwoThirds,
    /// Every vote in the base is yes (and there is at least one).
    Unanimity,
    /// At least numerator/denominator of the base.
    AtLeast { numerator: u64, denominator: u64 },
    /// More than numerator/denominator of the base.
    MoreThan { numerator: u64, denominator: u64 },
}

/// The rules of one vote on a motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MotionRules {
    pub quorum: Quorum,
    pub threshold: Threshold,
    /// Whether abstentions are part of the base of the threshold.
    pub abstentions_count: bool,
    /// Total weight of those entitled to vote; needed for a fractional quorum.
    pub electorate: Option<u64>,
}

/// Result of a motion, with the figures behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MotionOutcome {
    pub passed: bool,
    pub quorum_met: bool,
    pub yes: u64,
    pub no: u64,
    pub abstain: u64,
    pub turnout: u64,
    pub explanation: Vec<String>,
}

fn fraction(numerator: u64, denominator: u64) -> Result<Ratio<u128>, BodyError> {
    if denominator == 0 || numerator > denominator {
        return Err(BodyError::parameter(format!(
            "fraction {numerator}/{denominator} must have 0 < denominator and numerator ≤ denominator"
        )));
    }
    Ok(Ratio::new(numerator.into(), denominator.into()))
}

/// Counts a yes/no/abstain vote under `rules`.
pub fn decide_motion(
    ballots: &[Ballot<YesNo>],
    rules: &MotionRules,
) -> Result<MotionOutcome, BodyError> {
    let (mut yes, mut no, mut abstain) = (0u64, 0u64, 0u64);
    for (i, b) in ballots.iter().enumerate() {
        if b.weight == 0 {
            return Err(BodyError::ballot(
                i,
                "weight is 0; a ballot carries at least one vote",
            ));
        }
        let slot = match b.choice {
            YesNo::Yes => &mut yes,
            YesNo::No => &mut no,
            YesNo::Abstain => &mut abstain,
        };
        *slot = slot
            .checked_add(b.weight)
            .ok_or_else(|| BodyError::ballot(i, "total weight exceeds 2^64-1"))?;
    }
    let turnout = u128::from(yes) + u128::from(no) + u128::from(abstain);
    let mut explanation = vec![format!(
        "Yes {yes}, no {no}, abstain {abstain}; turnout {turnout}."
    )];

    let quorum_met = match rules.quorum {
        Quorum::None => {
            explanation.push("No quorum required.".into());
            true
        }
        Quorum::Votes { votes } => {
            let met = turnout >= u128::from(votes);
            explanation.push(format!(
                "Quorum: turnout {turnout} must reach {votes} votes: {}.",
                met_or_not(met)
            ));
            met
        }
        Quorum::Fraction {
            numerator,
            denominator,
        } => {
            let f = fraction(numerator, denominator)?;
            let electorate = rules.electorate.ok_or_else(|| {
                BodyError::parameter("a fractional quorum needs the electorate size")
            })?;
            if turnout > u128::from(electorate) {
                return Err(BodyError::parameter(format!(
                    "turnout {turnout} exceeds the electorate {electorate}"
                )));
            }
            let met = Ratio::from_integer(turnout) >= f * u128::from(electorate);
            explanation.push(format!(
                "Quorum: turnout {turnout} must reach {numerator}/{denominator} of the electorate {electorate}: {}.",
                met_or_not(met)
            ));
            met
        }
    };

    let base = u128::from(yes)
        + u128::from(no)
        + if rules.abstentions_count {
            u128::from(abstain)
        } else {
            0
        };
    let y = u128::from(yes);
    let share = |n: u64, d: u64| -> Result<(Ratio<u128>, Ratio<u128>), BodyError> {
        Ok((Ratio::from_integer(y), fraction(n, d)? * base))
    };
    let (needs, threshold_met) = match rules.threshold {
        Threshold::SimpleMajority => ("more than half".to_string(), 2 * y > base),
        Threshold::TwoThirds => ("at least two thirds".to_string(), 3 * y >= 2 * base),
        Threshold::Unanimity => ("all".to_string(), base > 0 && y == base),
        Threshold::AtLeast {
            numerator,
            denominator,
        } => {
            let (a, b) = share(numerator, denominator)?;
            (
                format!("at least {numerator}/{denominator}"),
                a >= b && base > 0,
            )
        }
        Threshold::MoreThan {
            numerator,
            denominator,
        } => {
            let (a, b) = share(numerator, denominator)?;
            (format!("more than {numerator}/{denominator}"), a > b)
        }
    };
    explanation.push(format!(
        "Threshold: yes must be {needs} of {base} ({}): {}.",
        if rules.abstentions_count {
            "yes + no + abstain"
        } else {
            "yes + no; abstentions excluded"
        },
        met_or_not(threshold_met)
    ));
    let passed = quorum_met && threshold_met;
    explanation.push(if passed {
        "The motion passes.".into()
    } else if !quorum_met {
        "The motion fails: no quorum.".into()
    } else {
        "The motion fails.".into()
    });
    Ok(MotionOutcome {
        passed,
        quorum_met,
        yes,
        no,
        abstain,
        turnout: yes + no + abstain,
        explanation,
    })
}

fn met_or_not(met: bool) -> &'static str {
    if met { "met" } else { "not met" }
}

/// A response in a consent decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ConsentResponse {
    Consent,
    /// A concern is recorded but does not stop the proposal.
    Concern {
        text: String,
    },
    /// An objection stops the proposal while it stands: it must give a reason and not
    /// have been resolved (withdrawn, or integrated into the proposal).
    Objection {
        member: String,
        reason: String,
        resolved: bool,
    },
}

/// Result of a consent or consensus decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConsentOutcome {
    pub passed: bool,
    pub explanation: Vec<String>,
}

/// Consent (sociocracy): the proposal passes unless a reasoned, unresolved objection stands.
/// An objection without a reason is recorded and does not stand.
pub fn decide_consent(responses: &[ConsentResponse]) -> ConsentOutcome {
    let mut explanation = Vec::new();
    let mut standing = 0;
    let mut consents = 0;
    for r in responses {
        match r {
            ConsentResponse::Consent => consents += 1,
            ConsentResponse::Concern { text } => explanation.push(format!("Concern: {text}")),
            ConsentResponse::Objection {
                member,
                reason,
                resolved,
            } => {
                if reason.trim().is_empty() {
                    explanation.push(format!(
                        "Objection by {member} gives no reason, so it does not stand."
                    ));
                } else if *resolved {
                    explanation.push(format!("Objection by {member} was resolved: {reason}"));
                } else {
                    standing += 1;
                    explanation.push(format!("Objection by {member} stands: {reason}"));
                }
            }
        }
    }
    let passed = standing == 0;
    explanation.insert(
        0,
        format!(
            "{consents} consent, {} responses in all, {standing} standing objection(s).",
            responses.len()
        ),
    );
    explanation.push(if passed {
        "The proposal passes by consent.".into()
    } else {
        "The proposal does not pass while an objection stands.".into()
    });
    ConsentOutcome {
        passed,
        explanation,
    }
}

/// A position in a consensus decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsensusPosition {
    Agree,
    StandAside,
    Block,
}

/// Consensus with block: passes when nobody blocks, at least one member agrees, and the
/// stand-asides do not exceed `max_stand_asides` (when given: many stand-asides show the
/// group is not really behind the proposal).
pub fn decide_consensus(
    positions: &[ConsensusPosition],
    max_stand_asides: Option<usize>,
) -> ConsentOutcome {
    let count = |p| positions.iter().filter(|&&x| x == p).count();
    let (agree, aside, block) = (
        count(ConsensusPosition::Agree),
        count(ConsensusPosition::StandAside),
        count(ConsensusPosition::Block),
    );
    let mut explanation = vec![format!(
        "{agree} agree, {aside} stand aside, {block} block."
    )];
    let too_many_asides = max_stand_asides.is_some_and(|m| aside > m);
    let passed = block == 0 && agree > 0 && !too_many_asides;
    explanation.push(if block > 0 {
        "Blocked: the proposal does not pass.".into()
    } else if agree == 0 {
        "Nobody agrees: the proposal does not pass.".into()
    } else if too_many_asides {
        format!(
            "More than {} stand aside: the proposal does not pass.",
            max_stand_asides.unwrap_or(0)
        )
    } else {
        "Consensus: the proposal passes.".into()
    });
    ConsentOutcome {
        passed,
        explanation,
    }
}
