//! What a ballot may say for each method, read from what a voter sends (options by id)
//! into the canonical `Choice` that is stored, and the ballots as rankings for the count
//! and the files.

use super::{MAX_REASON_CHARS, Method, OptionItem, Shape, text};
use crate::error::{AppError, detail, shown};
use commonfare_decide::body::motion::{ConsensusPosition, YesNo};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// A response in a consent decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    Consent,
    Concern,
    Objection,
}

/// A ballot as stored: options by their index, canonical (approvals sorted), so that equal
/// ballots are equal text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Choice {
    Vote {
        vote: YesNo,
    },
    Consent {
        response: ConsentKind,
        reason: String,
    },
    Consensus {
        position: ConsensusPosition,
    },
    Approve {
        approve: Vec<usize>,
    },
    Choose {
        choose: usize,
    },
    Rank {
        ranking: Vec<usize>,
    },
    /// Points per option (index, points), by index, without zeros.
    Points {
        points: Vec<(usize, u64)>,
    },
}

impl Choice {
    /// A stored ballot read back. Rankings and approvals, the ballots counted by the
    /// hundred thousand, are read straight from their canonical text
    /// (`{"kind":"rank","ranking":[2,0,1]}`); anything else, or any text not in exactly
    /// that form, goes through the general JSON reader, so both ways give the same ballot.
    pub fn from_stored(text: &str) -> serde_json::Result<Choice> {
        let list = |prefix: &str| {
            let inner = text.strip_prefix(prefix)?.strip_suffix("]}")?;
            if inner.is_empty() {
                return Some(Vec::new());
            }
            inner
                .split(',')
                .map(|n| {
                    // Digits only, no sign, no leading zero: what the writer makes.
                    let canonical = !n.is_empty()
                        && n.bytes().all(|b| b.is_ascii_digit())
                        && (n == "0" || !n.starts_with('0'));
                    if canonical { n.parse().ok() } else { None }
                })
                .collect::<Option<Vec<usize>>>()
        };
        if let Some(ranking) = list(r#"{"kind":"rank","ranking":["#) {
            return Ok(Choice::Rank { ranking });
        }
        if let Some(approve) = list(r#"{"kind":"approve","approve":["#) {
            return Ok(Choice::Approve { approve });
        }
        serde_json::from_str(text)
    }
}

/// A ballot as a voter sends it; the fields its method needs, options by id.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BallotInput {
    /// Motion: `yes`, `no` or `abstain`.
    pub vote: Option<String>,
    /// Consent: `consent`, `concern` or `objection`.
    pub response: Option<String>,
    /// Consent: the reason of a concern or an objection (an objection needs one).
    pub reason: Option<String>,
    /// Consensus: `agree`, `stand_aside` or `block`.
    pub position: Option<String>,
    /// Approval: the ids of the options approved.
    pub approve: Option<Vec<String>>,
    /// Plurality: the id of the one option chosen.
    pub choose: Option<String>,
    /// Ranked methods: option ids, most preferred first; options left out are ranked
    /// below all the others.
    pub ranking: Option<Vec<String>>,
    /// Score and cumulative voting: points by option id (options left out get 0).
    pub points: Option<BTreeMap<String, u64>>,
    /// The weight the voter believes they carry; refused when it is not theirs.
    pub weight: Option<u64>,
}

fn bad_ballot(method: Method) -> AppError {
    AppError::invalid(
        "invalid_ballot",
        detail!("problem-bodies-ballot-shape", method = method.name()),
    )
}

fn option_index(options: &[OptionItem], id: &str) -> Result<usize, AppError> {
    options.iter().position(|o| o.id == id).ok_or_else(|| {
        AppError::invalid(
            "unknown_option",
            detail!("problem-bodies-unknown-option", option = shown(id, 40)),
        )
    })
}

/// Reads a ballot for a decision counted by `method` over `options`, cast by a voter whose
/// frozen weight is `weight`.
#[allow(clippy::too_many_arguments)]
pub fn read_ballot(
    method: Method,
    options: &[OptionItem],
    max_approvals: Option<i64>,
    points: Option<i64>,
    input: &BallotInput,
    weight: u64,
) -> Result<Choice, AppError> {
    if let Some(w) = input.weight
        && w != weight
    {
        return Err(AppError::invalid(
            "weight_not_in_rulebook",
            detail!("problem-bodies-weight", asked = w, weight = weight),
        ));
    }
    let shape = method.shape();
    let given = [
        (Shape::YesNo, input.vote.is_some()),
        (
            Shape::Consent,
            input.response.is_some() || input.reason.is_some(),
        ),
        (Shape::Consensus, input.position.is_some()),
        (Shape::Approve, input.approve.is_some()),
        (Shape::ChooseOne, input.choose.is_some()),
        (Shape::Rank, input.ranking.is_some()),
        (Shape::Points, input.points.is_some()),
    ];
    if given.iter().any(|(s, g)| *g && *s != shape) {
        return Err(bad_ballot(method));
    }
    Ok(match shape {
        Shape::YesNo => Choice::Vote {
            vote: match input.vote.as_deref() {
                Some("yes") => YesNo::Yes,
                Some("no") => YesNo::No,
                Some("abstain") => YesNo::Abstain,
                _ => return Err(bad_ballot(method)),
            },
        },
        Shape::Consent => {
            let response = match input.response.as_deref() {
                Some("consent") => ConsentKind::Consent,
                Some("concern") => ConsentKind::Concern,
                Some("objection") => ConsentKind::Objection,
                _ => return Err(bad_ballot(method)),
            };
            let reason = text(
                "reason",
                input.reason.as_deref().unwrap_or(""),
                MAX_REASON_CHARS,
            )?;
            if response == ConsentKind::Objection && reason.is_empty() {
                return Err(AppError::invalid(
                    "invalid_ballot",
                    detail!("problem-bodies-objection-reason"),
                ));
            }
            let reason = if response == ConsentKind::Consent {
                String::new()
            } else {
                reason
            };
            Choice::Consent { response, reason }
        }
        Shape::Consensus => Choice::Consensus {
            position: match input.position.as_deref() {
                Some("agree") => ConsensusPosition::Agree,
                Some("stand_aside") => ConsensusPosition::StandAside,
                Some("block") => ConsensusPosition::Block,
                _ => return Err(bad_ballot(method)),
            },
        },
        Shape::Approve => {
            let ids = input.approve.as_ref().ok_or_else(|| bad_ballot(method))?;
            let mut approve = ids
                .iter()
                .map(|id| option_index(options, id))
                .collect::<Result<Vec<_>, _>>()?;
            approve.sort_unstable();
            let n = approve.len();
            approve.dedup();
            if approve.len() != n {
                return Err(bad_ballot(method));
            }
            let most = max_approvals.unwrap_or(options.len() as i64);
            if n as i64 > most {
                return Err(AppError::invalid(
                    "too_many_approvals",
                    detail!(
                        "problem-bodies-too-many-approvals",
                        count = n,
                        most = most.to_string()
                    ),
                ));
            }
            Choice::Approve { approve }
        }
        Shape::ChooseOne => Choice::Choose {
            choose: option_index(
                options,
                input.choose.as_deref().ok_or_else(|| bad_ballot(method))?,
            )?,
        },
        Shape::Points => {
            let given = input.points.as_ref().ok_or_else(|| bad_ballot(method))?;
            let most = points.unwrap_or(0).max(0) as u64;
            let mut list = Vec::new();
            for (id, p) in given {
                let i = option_index(options, id)?;
                if *p > 0 {
                    list.push((i, *p));
                }
            }
            list.sort_unstable();
            let over = match method {
                Method::Score => list.iter().find(|(_, p)| *p > most).map(|(_, p)| *p),
                _ => {
                    let spent: u64 = list.iter().map(|(_, p)| *p).fold(0, u64::saturating_add);
                    (spent > most).then_some(spent)
                }
            };
            if let Some(given) = over {
                return Err(AppError::invalid(
                    "too_many_points",
                    detail!(
                        "problem-bodies-too-many-points",
                        method = method.name(),
                        given = given.to_string(),
                        most = most.to_string()
                    ),
                ));
            }
            Choice::Points { points: list }
        }
        Shape::Rank => {
            let ids = input.ranking.as_ref().ok_or_else(|| bad_ballot(method))?;
            if ids.is_empty() {
                return Err(bad_ballot(method));
            }
            if ids.len() > options.len() {
                return Err(AppError::invalid(
                    "rank_out_of_range",
                    detail!(
                        "problem-bodies-rank-range",
                        ranks = ids.len(),
                        options = options.len()
                    ),
                ));
            }
            let ranking = ids
                .iter()
                .map(|id| option_index(options, id))
                .collect::<Result<Vec<_>, _>>()?;
            let mut seen = ranking.clone();
            seen.sort_unstable();
            seen.dedup();
            if seen.len() != ranking.len() {
                return Err(AppError::invalid(
                    "rank_out_of_range",
                    detail!(
                        "problem-bodies-rank-range",
                        ranks = ids.len(),
                        options = options.len()
                    ),
                ));
            }
            Choice::Rank { ranking }
        }
    })
}

/// The ballots of a ranked, approval or plurality decision as rankings: a ranking as it
/// is, approvals as one group, a choice as a ranking of one.
pub fn rankings(ballots: &[(Choice, u64)]) -> Vec<(Vec<Vec<usize>>, u64)> {
    ballots
        .iter()
        .filter_map(|(c, w)| {
            let groups = match c {
                Choice::Rank { ranking } => ranking.iter().map(|i| vec![*i]).collect(),
                Choice::Approve { approve } if approve.is_empty() => Vec::new(),
                Choice::Approve { approve } => vec![approve.clone()],
                Choice::Choose { choose } => vec![vec![*choose]],
                _ => return None,
            };
            Some((groups, *w))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(n: usize) -> Vec<OptionItem> {
        (1..=n)
            .map(|i| OptionItem {
                id: i.to_string(),
                name: format!("o{i}"),
            })
            .collect()
    }

    fn code(r: Result<Choice, AppError>) -> &'static str {
        r.unwrap_err().code
    }

    #[test]
    fn stored_ballots_read_back_as_the_json_reader_reads_them() {
        let stored = [
            Choice::Rank {
                ranking: vec![2, 0, 11, 1],
            },
            Choice::Rank { ranking: vec![] },
            Choice::Approve {
                approve: vec![0, 10],
            },
            Choice::Approve { approve: vec![] },
            Choice::Choose { choose: 3 },
            Choice::Points {
                points: vec![(0, 7), (2, 3)],
            },
            Choice::Consent {
                response: ConsentKind::Objection,
                reason: "not [this], \"that\"]}".into(),
            },
        ];
        for c in stored {
            let text = serde_json::to_string(&c).unwrap();
            assert_eq!(Choice::from_stored(&text).unwrap(), c, "{text}");
        }
        // Texts the writer never makes: the same answer as the general reader's.
        for text in [
            r#"{"kind":"rank","ranking":[01,2]}"#,
            r#"{"kind":"rank","ranking":[1, 2]}"#,
            r#"{"kind":"rank","ranking":[-1]}"#,
            r#"{"kind":"rank","ranking":[1,]}"#,
            r#"{"kind":"rank","ranking":[99999999999999999999999]}"#,
            r#"{"kind":"approve","approve":[3,1]}"#,
            r#"{"kind":"rank","ranking":[1]} "#,
            r#"{"ranking":[1,2],"kind":"rank"}"#,
        ] {
            let general: serde_json::Result<Choice> = serde_json::from_str(text);
            match (Choice::from_stored(text), general) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
                (Err(_), Err(_)) => {}
                (a, b) => panic!("{text}: {a:?} against {b:?}"),
            }
        }
    }

    #[test]
    fn ballots_are_read_for_their_method() {
        let o = options(3);
        let rank = |ids: &[&str]| BallotInput {
            ranking: Some(ids.iter().map(|s| s.to_string()).collect()),
            ..Default::default()
        };
        assert_eq!(
            read_ballot(Method::Schulze, &o, None, None, &rank(&["2", "1"]), 1).unwrap(),
            Choice::Rank {
                ranking: vec![1, 0]
            }
        );
        let r = |i| read_ballot(Method::Schulze, &o, None, None, &i, 1);
        assert_eq!(code(r(rank(&["4"]))), "unknown_option");
        assert_eq!(code(r(rank(&["1", "1"]))), "rank_out_of_range");
        assert_eq!(code(r(rank(&["1", "2", "3", "1"]))), "rank_out_of_range");
        assert_eq!(code(r(rank(&[]))), "invalid_ballot");
        let vote = BallotInput {
            vote: Some("yes".into()),
            ..Default::default()
        };
        assert_eq!(code(r(vote.clone())), "invalid_ballot");
        let weighed = BallotInput {
            weight: Some(3),
            ..vote.clone()
        };
        assert_eq!(
            code(read_ballot(Method::Motion, &[], None, None, &weighed, 1)),
            "weight_not_in_rulebook"
        );
        read_ballot(Method::Motion, &[], None, None, &weighed, 3).unwrap();
        let approve = BallotInput {
            approve: Some(vec!["3".into(), "1".into()]),
            ..Default::default()
        };
        assert_eq!(
            read_ballot(Method::Approval, &o, None, None, &approve, 1).unwrap(),
            Choice::Approve {
                approve: vec![0, 2]
            }
        );
        assert_eq!(
            code(read_ballot(
                Method::Approval,
                &o,
                Some(1),
                None,
                &approve,
                1
            )),
            "too_many_approvals"
        );
        let object = BallotInput {
            response: Some("objection".into()),
            ..Default::default()
        };
        assert_eq!(
            code(read_ballot(Method::Consent, &[], None, None, &object, 1)),
            "invalid_ballot"
        );
    }
}
