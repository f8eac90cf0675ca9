//! The ballot model: candidates, weighted ballots of every kind, and a validated profile.
//!
//! A candidate is referred to by its index in the profile's candidate list; its `id` is the
//! string the tie-breaking policy compares and the one reported in outcomes. A ballot's
//! weight is a whole number of votes (default 1): a member holding three shares casts one
//! ballot of weight 3. Weights are integers so that every tally stays exact.

use super::error::BodyError;
use serde::{Deserialize, Serialize};

/// One alternative: a stable id (used for tie-breaking and in results) and a display name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: String,
    pub name: String,
}

impl Candidate {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Candidate {
            id: id.into(),
            name: name.into(),
        }
    }
}

/// A ballot of kind `T` together with the number of votes it carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot<T> {
    pub choice: T,
    pub weight: u64,
}

impl<T> Ballot<T> {
    /// A ballot of weight 1.
    pub fn new(choice: T) -> Self {
        Ballot { choice, weight: 1 }
    }

    pub fn weighted(choice: T, weight: u64) -> Self {
        Ballot { choice, weight }
    }
}

/// A ranking with ties: groups of candidate indices, most preferred group first.
/// Candidates that appear in no group are unranked: below every ranked candidate and tied
/// among themselves.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Ranking(pub Vec<Vec<usize>>);

impl Ranking {
    /// A strict ranking (no ties) from most to least preferred.
    pub fn strict(order: impl IntoIterator<Item = usize>) -> Self {
        Ranking(order.into_iter().map(|c| vec![c]).collect())
    }

    /// Whether any group holds more than one candidate.
    pub fn has_ties(&self) -> bool {
        self.0.iter().any(|g| g.len() > 1)
    }

    /// Every ranked candidate, in order (tied ones in group order).
    pub fn ranked(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().flatten().copied()
    }
}

/// An approval ballot: the set of approved candidates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Approval(pub Vec<usize>);

/// A score (range) ballot or a cumulative (dot) ballot: points per candidate; candidates not
/// listed get 0.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Points(pub Vec<(usize, u64)>);

/// A choose-one (plurality) ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChooseOne(pub usize);

/// Checks one ballot kind against a candidate list; implemented by every ballot kind.
pub trait Choice {
    /// Every candidate index the ballot mentions, in ballot order.
    fn mentioned(&self) -> Vec<usize>;
}

impl Choice for Ranking {
    fn mentioned(&self) -> Vec<usize> {
        self.ranked().collect()
    }
}

impl Choice for Approval {
    fn mentioned(&self) -> Vec<usize> {
        self.0.clone()
    }
}

impl Choice for Points {
    fn mentioned(&self) -> Vec<usize> {
        self.0.iter().map(|(c, _)| *c).collect()
    }
}

impl Choice for ChooseOne {
    fn mentioned(&self) -> Vec<usize> {
        vec![self.0]
    }
}

/// Candidates and ballots, checked once: every index exists, no candidate is mentioned twice
/// on a ballot, every weight is at least 1 and the total weight fits in 64 bits (so no tally
/// can overflow).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile<T> {
    candidates: Vec<Candidate>,
    ballots: Vec<Ballot<T>>,
    total_weight: u64,
}

impl<T: Choice> Profile<T> {
    pub fn new(candidates: Vec<Candidate>, ballots: Vec<Ballot<T>>) -> Result<Self, BodyError> {
        if candidates.is_empty() {
            return Err(BodyError::parameter("there are no candidates"));
        }
        let mut ids: Vec<&str> = candidates.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(BodyError::parameter(format!(
                "candidate id {:?} is used twice; ids must be unique",
                w[0]
            )));
        }
        let n = candidates.len();
        let mut total: u64 = 0;
        let mut seen = vec![usize::MAX; n];
        for (i, ballot) in ballots.iter().enumerate() {
            if ballot.weight == 0 {
                return Err(BodyError::ballot(
                    i,
                    "weight is 0; a ballot carries at least one vote",
                ));
            }
            total = total.checked_add(ballot.weight).ok_or_else(|| {
                BodyError::ballot(i, "total weight of all ballots exceeds 2^64-1")
            })?;
            for c in ballot.choice.mentioned() {
                if c >= n {
                    return Err(BodyError::ballot(
                        i,
                        format!("candidate index {c} does not exist (there are {n} candidates)"),
                    ));
                }
                if seen[c] == i {
                    return Err(BodyError::ballot(
                        i,
                        format!("candidate {} is mentioned twice", candidates[c].id),
                    ));
                }
                seen[c] = i;
            }
        }
        Ok(Profile {
            candidates,
            ballots,
            total_weight: total,
        })
    }
}

impl<T> Profile<T> {
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    pub fn ballots(&self) -> &[Ballot<T>] {
        &self.ballots
    }

    /// Sum of the ballots' weights (the number of votes cast).
    pub fn total_weight(&self) -> u64 {
        self.total_weight
    }

    pub fn id(&self, candidate: usize) -> &str {
        &self.candidates[candidate].id
    }

    pub fn name(&self, candidate: usize) -> &str {
        &self.candidates[candidate].name
    }
}

impl Profile<Ranking> {
    /// Approval ballots derived from rankings: each ballot approves the candidates of its
    /// first `groups` groups (1 = top group only, which for PrefLib `.cat` files is the
    /// first category; `usize::MAX` = every ranked candidate).
    pub fn to_approval(&self, groups: usize) -> Profile<Approval> {
        let ballots = self
            .ballots
            .iter()
            .map(|b| Ballot {
                choice: Approval(b.choice.0.iter().take(groups).flatten().copied().collect()),
                weight: b.weight,
            })
            .collect();
        Profile {
            candidates: self.candidates.clone(),
            ballots,
            total_weight: self.total_weight,
        }
    }

    /// Fails, naming the first offending ballot, if any ranking has tied candidates; for
    /// rules (IRV, STV) whose papers carry one next preference at a time.
    pub fn require_strict(&self, rule: &str) -> Result<(), BodyError> {
        match self.ballots.iter().position(|b| b.choice.has_ties()) {
            Some(i) => Err(BodyError::ballot(
                i,
                format!("ranks candidates equally, which {rule} cannot count; rank them strictly"),
            )),
            None => Ok(()),
        }
    }
}
