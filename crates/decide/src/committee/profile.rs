//! The approval profile of a committee election: candidates `0..num_cand`, one approval
//! set per voter, and exact voter weights.
//!
//! Approval sets and committees are bit sets (`u64`), so at most 64 candidates; every
//! rule here is meant for boards, not for mass elections.

use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A set of candidates as a bit set: bit `c` is set when candidate `c` is in the set.
pub type CandSet = u64;

/// The largest number of candidates a profile may have.
pub const MAX_CANDIDATES: usize = 64;

/// Why a profile cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProfileError {
    #[error("{0} candidates: at most {MAX_CANDIDATES} are supported")]
    TooManyCandidates(usize),
    #[error("voter {voter} approves candidate {cand}, but the candidates are 0..{num_cand}")]
    UnknownCandidate {
        voter: usize,
        cand: i64,
        num_cand: usize,
    },
    #[error("voter {voter} approves candidate {cand} twice")]
    DuplicateApproval { voter: usize, cand: i64 },
    #[error("voter {voter} has weight {weight}: weights must be positive")]
    BadWeight { voter: usize, weight: String },
    #[error("{ballots} ballots but {weights} weights: give one weight per voter")]
    WeightCount { ballots: usize, weights: usize },
    #[error("the profile has no voters")]
    NoVoters,
}

/// An approval profile with exact weights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    num_cand: usize,
    ballots: Vec<CandSet>,
    weights: Vec<BigRational>,
    /// The weights scaled to integers, when they fit (see [`Profile::integer_weights`]).
    int_weights: Option<Vec<i64>>,
}

impl Profile {
    /// Builds a profile from approval lists (any order, no duplicates) and optional weights.
    pub fn new(
        num_cand: usize,
        approvals: &[Vec<i64>],
        weights: Option<Vec<BigRational>>,
    ) -> Result<Self, ProfileError> {
        if num_cand > MAX_CANDIDATES {
            return Err(ProfileError::TooManyCandidates(num_cand));
        }
        if approvals.is_empty() {
            return Err(ProfileError::NoVoters);
        }
        let mut ballots = Vec::with_capacity(approvals.len());
        for (voter, list) in approvals.iter().enumerate() {
            let mut set: CandSet = 0;
            for &cand in list {
                if cand < 0 || cand as u64 >= num_cand as u64 {
                    return Err(ProfileError::UnknownCandidate {
                        voter,
                        cand,
                        num_cand,
                    });
                }
                let bit = 1u64 << cand;
                if set & bit != 0 {
                    return Err(ProfileError::DuplicateApproval { voter, cand });
                }
                set |= bit;
            }
            ballots.push(set);
        }
        let weights = match weights {
            None => vec![BigRational::one(); ballots.len()],
            Some(w) => {
                if w.len() != ballots.len() {
                    return Err(ProfileError::WeightCount {
                        ballots: ballots.len(),
                        weights: w.len(),
                    });
                }
                if let Some((voter, bad)) = w.iter().enumerate().find(|(_, x)| !x.is_positive()) {
                    return Err(ProfileError::BadWeight {
                        voter,
                        weight: bad.to_string(),
                    });
                }
                w
            }
        };
        let int_weights = scale_to_integers(&weights);
        Ok(Profile {
            num_cand,
            ballots,
            weights,
            int_weights,
        })
    }

    /// Number of candidates.
    pub fn num_cand(&self) -> usize {
        self.num_cand
    }
    /// Number of voters.
    pub fn num_voters(&self) -> usize {
        self.ballots.len()
    }
    /// Approval sets, one per voter.
    pub fn ballots(&self) -> &[CandSet] {
        &self.ballots
    }
    /// Exact voter weights, one per voter.
    pub fn weights(&self) -> &[BigRational] {
        &self.weights
    }
    /// The set of all candidates.
    pub fn all(&self) -> CandSet {
        full_set(self.num_cand)
    }
    /// True when every voter has weight 1.
    pub fn has_unit_weights(&self) -> bool {
        self.weights.iter().all(|w| w.is_one())
    }
    /// Sum of all weights.
    pub fn total_weight(&self) -> BigRational {
        self.weights.iter().fold(BigRational::zero(), |a, w| a + w)
    }
    /// Candidates approved by at least one voter.
    pub fn approved_candidates(&self) -> CandSet {
        self.ballots.iter().fold(0, |a, b| a | b)
    }

    /// Weights scaled by the least common multiple of their denominators, as integers.
    ///
    /// Rules whose outcome does not change when all weights are multiplied by the same
    /// positive number (Thiele methods, Phragmén's minimax and leximax, maximin support)
    /// use these to count with machine integers. `None` when they do not fit in `i64`.
    pub fn integer_weights(&self) -> Option<&[i64]> {
        self.int_weights.as_deref()
    }
}

fn scale_to_integers(weights: &[BigRational]) -> Option<Vec<i64>> {
    let lcm = weights.iter().fold(BigInt::one(), |a, w| a.lcm(w.denom()));
    weights
        .iter()
        .map(|w| (w.numer() * (&lcm / w.denom())).to_i64())
        .collect()
}

/// The set `{0, …, n-1}`.
pub fn full_set(n: usize) -> CandSet {
    if n >= 64 { u64::MAX } else { (1u64 << n) - 1 }
}

/// The members of a set in increasing order.
pub fn members(set: CandSet) -> Vec<usize> {
    let mut out = Vec::with_capacity(set.count_ones() as usize);
    out.extend(each(set));
    out
}

/// The members of a set in increasing order, without allocating.
pub fn each(set: CandSet) -> impl Iterator<Item = usize> {
    let mut s = set;
    std::iter::from_fn(move || {
        (s != 0).then(|| {
            let c = s.trailing_zeros() as usize;
            s &= s - 1;
            c
        })
    })
}

/// A set from its members.
pub fn set_of(members: &[usize]) -> CandSet {
    members.iter().fold(0, |a, &c| a | (1u64 << c))
}

/// A set written as `{0, 3, 5}`.
pub fn show(set: CandSet) -> String {
    let parts: Vec<String> = members(set).iter().map(|c| c.to_string()).collect();
    format!("{{{}}}", parts.join(", "))
}
