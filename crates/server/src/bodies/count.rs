//! The count of a closed decision, with no I/O: the stored ballots handed to the decision
//! engine (`commonfare_decide`) under the decision's method and frozen rules, and the
//! outcome kept with its explanation — the quorum and threshold arithmetic with its
//! numbers, the rounds and transfers of a runoff or STV, Schulze's beatpath matrices. The
//! engine is exact, and the same ballots always give the same outcome, so anyone can
//! recount the published ballot file with `commonfare decide rank`.

use super::files;
use super::model::{Choice, ConsentKind, Method, OptionItem, Rules, rankings};
use commonfare_decide::TieBreak;
use commonfare_decide::body::ballot::Points;
use commonfare_decide::body::method::{self, RankedOptions};
use commonfare_decide::body::motion::{
    self, ConsensusPosition, ConsentResponse, MotionRules, Quorum, YesNo,
};
use commonfare_decide::body::scoring;
use commonfare_decide::body::{Ballot, Candidate, Profile, Ranking};
use commonfare_decide::committee::{self, parse_abc_yaml};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// Ties the rules cannot break are broken as `commonfare decide` does by default: option
/// ids compared as text.
pub const TIE_BREAK: TieBreak = TieBreak::Lexicographic;

/// A closed decision's outcome, as stored and served.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Outcome {
    /// `decided` or `failed`.
    pub result: String,
    /// For a motion: whether it passed.
    pub passed: Option<bool>,
    /// Ids of the elected or chosen options, in the order the rule elected them.
    pub winners: Vec<String>,
    /// Their names, in the same order.
    pub winner_names: Vec<String>,
    /// Every option from best to worst where the rule orders them all.
    pub ranking: Vec<Vec<String>>,
    /// The weight of the ballots cast.
    pub turnout: u64,
    /// The weight of the frozen electorate.
    pub electorate: u64,
    pub quorum_met: bool,
    /// For motions: the weight of each answer (`yes`, `no`, `abstain`, `consent`, …).
    pub counts: BTreeMap<String, u64>,
    /// Sentences of the engine stating the parameters, the arithmetic and the conclusion.
    pub summary: Vec<String>,
    /// Rounds or stages of the count, each with its tallies and events.
    #[schema(value_type = Vec<Object>)]
    pub rounds: serde_json::Value,
    /// Square tables over the options (pairwise preferences, strongest paths).
    #[schema(value_type = Vec<Object>)]
    pub matrices: serde_json::Value,
    /// For secret ballots: the SHA-256 of every voter's receipt, sorted, so that each
    /// voter can find theirs among the ballots counted.
    #[serde(default)]
    pub receipts: Vec<String>,
}

impl Outcome {
    fn empty(turnout: u64, electorate: u64) -> Outcome {
        Outcome {
            result: "failed".into(),
            passed: None,
            winners: Vec::new(),
            winner_names: Vec::new(),
            ranking: Vec::new(),
            turnout,
            electorate,
            quorum_met: true,
            counts: BTreeMap::new(),
            summary: Vec::new(),
            rounds: serde_json::Value::Array(Vec::new()),
            matrices: serde_json::Value::Array(Vec::new()),
            receipts: Vec::new(),
        }
    }
}

/// Whether `turnout` meets the quorum over `electorate`, with the sentence that says so.
fn quorum(q: &Quorum, turnout: u64, electorate: u64) -> (bool, String) {
    let t = u128::from(turnout);
    match *q {
        Quorum::None => (true, "No quorum required.".into()),
        Quorum::Votes { votes } => {
            let met = t >= u128::from(votes);
            (
                met,
                format!(
                    "Quorum: turnout {turnout} must reach {votes} votes: {}.",
                    if met { "met" } else { "not met" }
                ),
            )
        }
        Quorum::Fraction {
            numerator,
            denominator,
        } => {
            let met = t * u128::from(denominator) >= u128::from(numerator) * u128::from(electorate);
            (
                met,
                format!(
                    "Quorum: turnout {turnout} must reach {numerator}/{denominator} of the electorate {electorate}: {}.",
                    if met { "met" } else { "not met" }
                ),
            )
        }
    }
}

/// Counts `ballots` (each with its weight) of a decision.
#[allow(clippy::too_many_arguments)]
pub fn count(
    method: Method,
    options: &[OptionItem],
    seats: i64,
    points: Option<i64>,
    rules: &Rules,
    electorate: u64,
    ballots: &[(Choice, u64)],
) -> Outcome {
    let turnout: u64 = ballots.iter().map(|(_, w)| w).sum();
    let mut out = Outcome::empty(turnout, electorate);
    match method {
        Method::Motion => motion_count(rules, ballots, &mut out),
        Method::Consent | Method::Consensus => consent_count(method, rules, ballots, &mut out),
        Method::Score | Method::Cumulative => {
            let p = points.unwrap_or(0).max(0) as u64;
            points_count(method, options, seats, p, rules, ballots, &mut out)
        }
        _ if method.committee().is_some() => {
            committee_count(method, options, seats, rules, ballots, &mut out)
        }
        _ => ranked_count(method, options, seats, rules, ballots, &mut out),
    }
    out
}

fn motion_count(rules: &Rules, ballots: &[(Choice, u64)], out: &mut Outcome) {
    let votes: Vec<Ballot<YesNo>> = ballots
        .iter()
        .filter_map(|(c, w)| match c {
            Choice::Vote { vote } => Some(Ballot::weighted(*vote, *w)),
            _ => None,
        })
        .collect();
    let r = MotionRules {
        quorum: rules.quorum,
        threshold: rules.threshold,
        abstentions_count: rules.abstentions_count,
        electorate: Some(out.electorate),
    };
    match motion::decide_motion(&votes, &r) {
        Ok(m) => {
            out.passed = Some(m.passed);
            out.quorum_met = m.quorum_met;
            out.counts = BTreeMap::from([
                ("yes".into(), m.yes),
                ("no".into(), m.no),
                ("abstain".into(), m.abstain),
            ]);
            out.summary = m.explanation;
            out.result = if m.passed { "decided" } else { "failed" }.into();
        }
        Err(e) => out.summary.push(e.to_string()),
    }
}

fn consent_count(method: Method, rules: &Rules, ballots: &[(Choice, u64)], out: &mut Outcome) {
    let (met, line) = quorum(&rules.quorum, out.turnout, out.electorate);
    out.quorum_met = met;
    let mut counts = BTreeMap::new();
    let outcome = if method == Method::Consent {
        let responses: Vec<ConsentResponse> = ballots
            .iter()
            .enumerate()
            .filter_map(|(i, (c, _))| match c {
                Choice::Consent { response, reason } => Some((i, *response, reason.clone())),
                _ => None,
            })
            .map(|(i, response, reason)| {
                let key = match response {
                    ConsentKind::Consent => "consent",
                    ConsentKind::Concern => "concern",
                    ConsentKind::Objection => "objection",
                };
                *counts.entry(key.to_string()).or_insert(0) += 1;
                match response {
                    ConsentKind::Consent => ConsentResponse::Consent,
                    ConsentKind::Concern => ConsentResponse::Concern { text: reason },
                    ConsentKind::Objection => ConsentResponse::Objection {
                        member: format!("ballot {}", i + 1),
                        reason,
                        resolved: false,
                    },
                }
            })
            .collect();
        motion::decide_consent(&responses)
    } else {
        let positions: Vec<ConsensusPosition> = ballots
            .iter()
            .filter_map(|(c, _)| match c {
                Choice::Consensus { position } => Some(*position),
                _ => None,
            })
            .inspect(|p| {
                let key = match p {
                    ConsensusPosition::Agree => "agree",
                    ConsensusPosition::StandAside => "stand_aside",
                    ConsensusPosition::Block => "block",
                };
                *counts.entry(key.to_string()).or_insert(0) += 1;
            })
            .collect();
        motion::decide_consensus(&positions, None)
    };
    out.counts = counts;
    out.summary = vec![line];
    out.summary.extend(outcome.explanation);
    let passed = met && outcome.passed;
    if !met {
        out.summary.push("The proposal fails: no quorum.".into());
    }
    out.passed = Some(passed);
    out.result = if passed { "decided" } else { "failed" }.into();
}

fn ranked_count(
    method: Method,
    options: &[OptionItem],
    seats: i64,
    rules: &Rules,
    ballots: &[(Choice, u64)],
    out: &mut Outcome,
) {
    let (met, line) = quorum(&rules.quorum, out.turnout, out.electorate);
    out.quorum_met = met;
    out.summary.push(line);
    let Some(rule) = method.ranked() else {
        return;
    };
    let candidates: Vec<Candidate> = options
        .iter()
        .map(|o| Candidate::new(o.id.clone(), o.name.clone()))
        .collect();
    let profile_ballots = rankings(ballots)
        .into_iter()
        .map(|(groups, w)| Ballot::weighted(Ranking(groups), w))
        .collect();
    let counted = Profile::new(candidates, profile_ballots).and_then(|p| {
        let opts = RankedOptions {
            withdrawn: Vec::new(),
            approval_groups: 1,
        };
        method::run(rule, &p, seats.max(1) as usize, &opts, &TIE_BREAK)
    });
    match counted {
        Ok(o) => {
            out.summary.extend(o.explanation.summary.iter().cloned());
            out.rounds = serde_json::to_value(&o.explanation.rounds).unwrap_or_default();
            out.matrices = serde_json::to_value(&o.explanation.matrices).unwrap_or_default();
            out.winner_names = o
                .winners
                .iter()
                .filter_map(|id| options.iter().find(|x| &x.id == id))
                .map(|x| x.name.clone())
                .collect();
            out.winners = o.winners;
            out.ranking = o.ranking;
            let decided = met && !out.winners.is_empty();
            if !met {
                out.summary
                    .push("The decision fails: no quorum; the count is shown as it stood.".into());
            }
            out.result = if decided { "decided" } else { "failed" }.into();
        }
        Err(e) => out.summary.push(format!("The count failed: {e}")),
    }
}

/// Score or cumulative voting: points added up per option, times each ballot's weight.
fn points_count(
    method: Method,
    options: &[OptionItem],
    seats: i64,
    points: u64,
    rules: &Rules,
    ballots: &[(Choice, u64)],
    out: &mut Outcome,
) {
    let (met, line) = quorum(&rules.quorum, out.turnout, out.electorate);
    out.quorum_met = met;
    out.summary.push(line);
    let candidates: Vec<Candidate> = options
        .iter()
        .map(|o| Candidate::new(o.id.clone(), o.name.clone()))
        .collect();
    let list = ballots
        .iter()
        .filter_map(|(c, w)| match c {
            Choice::Points { points } => Some(Ballot::weighted(Points(points.clone()), *w)),
            _ => None,
        })
        .collect();
    let seats = seats.max(1) as usize;
    let counted = Profile::new(candidates, list).and_then(|p| match method {
        Method::Score => scoring::score(&p, points, seats, &TIE_BREAK),
        _ => scoring::cumulative(&p, points, seats, &TIE_BREAK),
    });
    match counted {
        Ok(o) => {
            out.summary.extend(o.explanation.summary.iter().cloned());
            out.rounds = serde_json::to_value(&o.explanation.rounds).unwrap_or_default();
            out.winner_names = o
                .winners
                .iter()
                .filter_map(|id| options.iter().find(|x| &x.id == id))
                .map(|x| x.name.clone())
                .collect();
            out.winners = o.winners;
            out.ranking = o.ranking;
            if !met {
                out.summary
                    .push("The decision fails: no quorum; the count is shown as it stood.".into());
            }
            out.result = if met && !out.winners.is_empty() {
                "decided"
            } else {
                "failed"
            }
            .into();
        }
        Err(e) => out.summary.push(format!("The count failed: {e}")),
    }
}

/// A committee rule of abcvoting over approval ballots, read back from the very
/// `.abc.yaml` text that is published, so that the file and the count cannot disagree.
fn committee_count(
    method: Method,
    options: &[OptionItem],
    seats: i64,
    rules: &Rules,
    ballots: &[(Choice, u64)],
    out: &mut Outcome,
) {
    let (met, line) = quorum(&rules.quorum, out.turnout, out.electorate);
    out.quorum_met = met;
    out.summary.push(line);
    let Some(rule) = method.committee() else {
        return;
    };
    let text = files::abc_yaml("", options, seats, rule, ballots, None);
    let counted = parse_abc_yaml("count.abc.yaml", &text)
        .map_err(|e| e.to_string())
        .and_then(|i| {
            committee::compute(rule, &i.profile, seats.max(1) as usize, true)
                .map_err(|e| e.to_string())
        });
    match counted {
        Ok(o) => {
            out.summary.extend(o.explanation);
            let winners: Vec<usize> = o.committees.into_iter().next().unwrap_or_default();
            out.winners = winners.iter().map(|i| (i + 1).to_string()).collect();
            out.winner_names = winners
                .iter()
                .filter_map(|i| options.get(*i))
                .map(|o| o.name.clone())
                .collect();
            if !met {
                out.summary
                    .push("The decision fails: no quorum; the count is shown as it stood.".into());
            }
            out.result = if met && !out.winners.is_empty() {
                "decided"
            } else {
                "failed"
            }
            .into();
        }
        Err(e) => out.summary.push(format!("The count failed: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bodies::model::BodyKind;

    fn options(names: &[&str]) -> Vec<OptionItem> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| OptionItem {
                id: (i + 1).to_string(),
                name: n.to_string(),
            })
            .collect()
    }

    #[test]
    fn a_motion_shows_its_arithmetic() {
        let rules = Rules {
            quorum: Quorum::Fraction {
                numerator: 1,
                denominator: 2,
            },
            ..Rules::default_for(BodyKind::GeneralAssembly)
        };
        let v = |vote| Choice::Vote { vote };
        let ballots = [
            (v(YesNo::Yes), 2),
            (v(YesNo::No), 1),
            (v(YesNo::Abstain), 1),
        ];
        let o = count(Method::Motion, &[], 1, None, &rules, 6, &ballots);
        assert_eq!(o.result, "decided");
        assert_eq!(o.counts["yes"], 2);
        assert!(
            o.summary
                .iter()
                .any(|l| l.contains("1/2 of the electorate 6"))
        );
        let o = count(Method::Motion, &[], 1, None, &rules, 10, &ballots);
        assert_eq!(o.result, "failed");
        assert!(!o.quorum_met);
    }

    #[test]
    fn schulze_elects_the_condorcet_winner() {
        let rules = Rules::default_for(BodyKind::GeneralAssembly);
        let r = |ranking: &[usize]| Choice::Rank {
            ranking: ranking.to_vec(),
        };
        let ballots = [(r(&[1, 0, 2]), 2), (r(&[0, 1, 2]), 1), (r(&[2, 1, 0]), 1)];
        let o = count(
            Method::Schulze,
            &options(&["A", "B", "C"]),
            1,
            None,
            &rules,
            4,
            &ballots,
        );
        assert_eq!(o.winners, ["2"]);
        assert_eq!(o.winner_names, ["B"]);
        assert!(o.matrices.as_array().is_some_and(|m| !m.is_empty()));
    }

    #[test]
    fn a_standing_objection_stops_a_consent_proposal() {
        let rules = Rules::default_for(BodyKind::Board);
        let ballots = [
            (
                Choice::Consent {
                    response: ConsentKind::Consent,
                    reason: String::new(),
                },
                1,
            ),
            (
                Choice::Consent {
                    response: ConsentKind::Objection,
                    reason: "Too soon".into(),
                },
                1,
            ),
        ];
        let o = count(Method::Consent, &[], 1, None, &rules, 2, &ballots);
        assert_eq!(o.result, "failed");
        assert_eq!(o.passed, Some(false));
        let o = count(Method::Consent, &[], 1, None, &rules, 2, &ballots[..1]);
        assert_eq!(o.result, "decided");
    }
}
