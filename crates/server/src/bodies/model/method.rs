//! The counting methods a body may use, by the names `commonfare decide` gives them: the
//! shape of their ballots, the file their ballots are published in, and the engine's rule
//! behind each.

use crate::error::{AppError, detail, shown};

/// What a ballot looks like for a method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    YesNo,
    Consent,
    Consensus,
    Approve,
    ChooseOne,
    Rank,
    /// Points per option: a score each (score voting) or dots to spend (cumulative).
    Points,
}

/// The files a closed decision's ballots are published in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Motions, score and cumulative votes: one line per kind of ballot.
    Csv,
    /// IRV and STV: the BLT format of OpenSTV, eSTV and Droop.
    Blt,
    /// Other ranked methods: PrefLib strict incomplete orders.
    Soi,
    /// Approval: PrefLib categories (approved, not approved).
    Cat,
    /// Committee rules: abcvoting's `.abc.yaml`, with the rule and its result.
    Abc,
}

/// Every counting method a body may use, named as `commonfare decide` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Motion,
    Consent,
    Consensus,
    Approval,
    Plurality,
    Score,
    Cumulative,
    Borda,
    Schulze,
    Irv,
    StvScottish,
    StvMeek,
    /// Committee rules of abcvoting over approval ballots, for boards.
    SeqPhragmen,
    EqualShares,
    Pav,
}

impl Method {
    pub const ALL: [Method; 15] = [
        Method::Motion,
        Method::Consent,
        Method::Consensus,
        Method::Approval,
        Method::Plurality,
        Method::Score,
        Method::Cumulative,
        Method::Borda,
        Method::Schulze,
        Method::Irv,
        Method::StvScottish,
        Method::StvMeek,
        Method::SeqPhragmen,
        Method::EqualShares,
        Method::Pav,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Method::Motion => "motion",
            Method::Consent => "consent",
            Method::Consensus => "consensus",
            Method::Approval => "approval",
            Method::Plurality => "plurality",
            Method::Score => "score",
            Method::Cumulative => "cumulative",
            Method::Borda => "borda",
            Method::Schulze => "schulze",
            Method::Irv => "irv",
            Method::StvScottish => "stv-scottish",
            Method::StvMeek => "stv-meek",
            Method::SeqPhragmen => "seqphragmen",
            Method::EqualShares => "equal-shares",
            Method::Pav => "pav",
        }
    }

    pub fn parse(s: &str) -> Result<Method, AppError> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                AppError::invalid(
                    "unknown_method",
                    detail!(
                        "problem-bodies-unknown-method",
                        method = shown(s, 40),
                        known = names.join(", ")
                    ),
                )
            })
    }

    pub fn shape(self) -> Shape {
        match self {
            Method::Motion => Shape::YesNo,
            Method::Consent => Shape::Consent,
            Method::Consensus => Shape::Consensus,
            Method::Approval | Method::SeqPhragmen | Method::EqualShares | Method::Pav => {
                Shape::Approve
            }
            Method::Plurality => Shape::ChooseOne,
            Method::Score | Method::Cumulative => Shape::Points,
            _ => Shape::Rank,
        }
    }

    /// A motion puts one proposal to the body; the others choose among options.
    pub fn is_motion(self) -> bool {
        matches!(self, Method::Motion | Method::Consent | Method::Consensus)
    }

    /// Whether the method can fill more than one seat.
    pub fn multi_seat(self) -> bool {
        !matches!(
            self,
            Method::Irv | Method::Motion | Method::Consent | Method::Consensus
        )
    }

    /// The engine's ranked rule, for the methods counted over rankings.
    pub fn ranked(self) -> Option<commonfare_decide::body::Method> {
        use commonfare_decide::body::Method as M;
        match self {
            Method::Approval => Some(M::Approval),
            Method::Plurality => Some(M::Plurality),
            Method::Borda => Some(M::Borda),
            Method::Schulze => Some(M::Schulze),
            Method::Irv => Some(M::Irv),
            Method::StvScottish => Some(M::StvScottish),
            Method::StvMeek => Some(M::StvMeek),
            _ => None,
        }
    }

    /// The abcvoting rule id, for the committee rules.
    pub fn committee(self) -> Option<&'static str> {
        match self {
            Method::SeqPhragmen => Some("seqphragmen"),
            Method::EqualShares => Some("equal-shares"),
            Method::Pav => Some("pav"),
            _ => None,
        }
    }

    pub fn file(self) -> FileKind {
        match self {
            Method::SeqPhragmen | Method::EqualShares | Method::Pav => FileKind::Abc,
            Method::Motion
            | Method::Consent
            | Method::Consensus
            | Method::Score
            | Method::Cumulative => FileKind::Csv,
            Method::Irv | Method::StvScottish | Method::StvMeek => FileKind::Blt,
            Method::Approval => FileKind::Cat,
            _ => FileKind::Soi,
        }
    }

    /// `motion`, `election` (more than one seat, STV or a committee rule) or `poll`.
    pub fn kind(self, seats: i64) -> &'static str {
        if self.is_motion() {
            "motion"
        } else if seats > 1
            || self.committee().is_some()
            || matches!(self, Method::StvScottish | Method::StvMeek)
        {
            "election"
        } else {
            "poll"
        }
    }
}
