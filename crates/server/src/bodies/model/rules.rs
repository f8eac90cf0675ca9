//! What a body is (its kind), and its rulebook: who sits, who opens decisions, the
//! default method, quorum and threshold, the least secrecy, whether ballots change, the
//! capped weights, and whether the rulebook itself changes only by a decision.

use super::{Amount, MAX_WEIGHT, Method, invalid};

/// The most proxies a rulebook may let one voter hold.
pub const MAX_PROXIES: u32 = 10;
use crate::error::{AppError, detail};
use commonfare_decide::body::motion::{Quorum, Threshold};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// What a body is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    GeneralAssembly,
    Board,
    WorkingGroup,
    Jury,
    ValuationPanel,
    CommonsCouncil,
}

impl BodyKind {
    pub const ALL: [BodyKind; 6] = [
        BodyKind::GeneralAssembly,
        BodyKind::Board,
        BodyKind::WorkingGroup,
        BodyKind::Jury,
        BodyKind::ValuationPanel,
        BodyKind::CommonsCouncil,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BodyKind::GeneralAssembly => "general_assembly",
            BodyKind::Board => "board",
            BodyKind::WorkingGroup => "working_group",
            BodyKind::Jury => "jury",
            BodyKind::ValuationPanel => "valuation_panel",
            BodyKind::CommonsCouncil => "commons_council",
        }
    }

    pub fn parse(s: &str) -> Result<BodyKind, AppError> {
        BodyKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| invalid("invalid_kind", s))
    }
}

/// Who sits in a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SeatRule {
    /// Every active member of the organization, as they are when a decision opens.
    AllMembers,
    /// The organization's admins (members of that kind), as they are when a decision opens.
    Admins,
    /// The people the rulebook names.
    Named,
    /// Whoever holds an elected seat whose term has not ended (see `Rules::elected`).
    Elected,
}

/// Elected seats: how many, and how long a term lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ElectedSeats {
    /// Seats to fill, 1 to 50.
    pub count: u32,
    /// Days a term lasts from the election's close, 1 to 3 660.
    pub term_days: u32,
}

/// The most elected seats a body may have, and the longest term in days.
pub const MAX_SEATS: u32 = 50;
pub const MAX_TERM_DAYS: u32 = 3_660;

impl SeatRule {
    pub fn as_str(self) -> &'static str {
        match self {
            SeatRule::AllMembers => "all_members",
            SeatRule::Admins => "admins",
            SeatRule::Named => "named",
            SeatRule::Elected => "elected",
        }
    }
}

/// Who may draft and open a decision of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Openers {
    /// Anyone who sits in the body (and the organization's admins).
    Members,
    /// The organization's admins only.
    Admins,
}

impl Openers {
    pub fn as_str(self) -> &'static str {
        match self {
            Openers::Members => "members",
            Openers::Admins => "admins",
        }
    }
}

/// How secret a decision's ballots are; a decision may be more secret than its rulebook
/// says, never less, and its secrecy never changes once it is drafted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Secrecy {
    /// Who voted how is public (after the close).
    Open,
    /// Ballots are stored with no voter, no time and a random id; who took part is
    /// public after the close.
    Anonymous,
    /// Anonymous, and each voter gets a receipt whose hash is published after the close.
    Secret,
}

impl Secrecy {
    pub fn as_str(self) -> &'static str {
        match self {
            Secrecy::Open => "open",
            Secrecy::Anonymous => "anonymous",
            Secrecy::Secret => "secret",
        }
    }

    pub fn parse(s: &str) -> Result<Secrecy, AppError> {
        match s {
            "open" => Ok(Secrecy::Open),
            "anonymous" => Ok(Secrecy::Anonymous),
            "secret" => Ok(Secrecy::Secret),
            _ => Err(invalid("invalid_rulebook", s)),
        }
    }

    /// Whether ballots are kept apart from their voters.
    pub fn hides_voters(self) -> bool {
        self != Secrecy::Open
    }
}

/// A body's rules as stored (people by id), one version of its rulebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub seats: SeatRule,
    /// The people who sit, by id, when `seats` is `named`.
    #[serde(default)]
    pub named: Vec<String>,
    pub openers: Openers,
    /// The method of a decision whose opener names none.
    pub default_method: String,
    pub quorum: Quorum,
    pub threshold: Threshold,
    /// Whether abstentions count in the base of a motion's threshold.
    pub abstentions_count: bool,
    /// The least secrecy of a decision.
    pub secrecy: Secrecy,
    /// Whether a voter may replace their ballot until the close (the last one counts).
    pub changeable: bool,
    /// Weights other than 1, by person id.
    #[serde(default)]
    pub weights: BTreeMap<String, u64>,
    /// The largest weight the rulebook allows; without it every weight is 1.
    pub weight_cap: Option<u64>,
    /// Whether the rulebook changes only by a decision of the body (a motion that carries
    /// the new rulebook), rather than by the organization's admins directly.
    #[serde(default)]
    pub rulebook_by_decision: bool,
    /// How many other voters' proxies one voter may hold in a decision (0: no proxies).
    #[serde(default)]
    pub proxies: u32,
    /// The amount above which a payment from the organization's treasury needs this
    /// body's decision (the ledger enforces it); none: this body sets no limit.
    #[serde(default)]
    pub spending_limit: Option<Amount>,
    /// The elected seats, when `seats` is `elected`.
    #[serde(default)]
    pub elected: Option<ElectedSeats>,
}

impl Rules {
    /// The rules a new body starts with unless its founder says otherwise: all members,
    /// members open decisions, motions by simple majority without quorum, open ballots
    /// that can be changed, one vote each.
    pub fn default_for(kind: BodyKind) -> Rules {
        Rules {
            seats: SeatRule::AllMembers,
            named: Vec::new(),
            openers: Openers::Members,
            default_method: match kind {
                BodyKind::Board | BodyKind::WorkingGroup => "consent".into(),
                _ => "motion".into(),
            },
            quorum: Quorum::None,
            threshold: Threshold::SimpleMajority,
            abstentions_count: false,
            secrecy: Secrecy::Open,
            changeable: true,
            weights: BTreeMap::new(),
            weight_cap: None,
            rulebook_by_decision: false,
            proxies: 0,
            spending_limit: None,
            elected: None,
        }
    }

    /// Checks every rule; people are checked by the caller, who resolves them.
    pub fn validate(&self) -> Result<(), AppError> {
        Method::parse(&self.default_method)?;
        let fraction = |n: u64, d: u64, what: &str| {
            if d == 0 || n > d {
                Err(invalid("invalid_rulebook", &format!("{what} {n}/{d}")))
            } else {
                Ok(())
            }
        };
        if let Quorum::Fraction {
            numerator,
            denominator,
        } = self.quorum
        {
            fraction(numerator, denominator, "quorum")?;
        }
        match self.threshold {
            Threshold::AtLeast {
                numerator,
                denominator,
            }
            | Threshold::MoreThan {
                numerator,
                denominator,
            } => fraction(numerator, denominator, "threshold")?,
            _ => {}
        }
        if self.proxies > MAX_PROXIES {
            return Err(invalid(
                "invalid_rulebook",
                &format!("proxies {}", self.proxies),
            ));
        }
        if self.seats == SeatRule::Named && self.named.is_empty() {
            return Err(invalid("invalid_rulebook", "named"));
        }
        match (self.seats, self.elected) {
            (SeatRule::Elected, Some(e))
                if (1..=MAX_SEATS).contains(&e.count)
                    && (1..=MAX_TERM_DAYS).contains(&e.term_days) => {}
            (SeatRule::Elected, Some(e)) => {
                return Err(invalid(
                    "invalid_rulebook",
                    &format!("elected {} seats, {} days", e.count, e.term_days),
                ));
            }
            (SeatRule::Elected, None) => return Err(invalid("invalid_rulebook", "elected")),
            _ => {}
        }
        if let Some(cap) = self.weight_cap
            && (cap == 0 || cap > MAX_WEIGHT)
        {
            return Err(invalid("invalid_rulebook", &format!("weight_cap {cap}")));
        }
        if let Some(limit) = &self.spending_limit {
            limit.check("spending_limit")?;
        }
        let cap = self.weight_cap.unwrap_or(1);
        if let Some((_, w)) = self.weights.iter().find(|(_, w)| **w == 0 || **w > cap) {
            return Err(AppError::invalid(
                "weight_not_in_rulebook",
                detail!("problem-bodies-weight-cap", weight = *w, cap = cap),
            ));
        }
        Ok(())
    }

    /// The weight of a person's ballot.
    pub fn weight_of(&self, person_id: &str) -> u64 {
        self.weights.get(person_id).copied().unwrap_or(1)
    }
}

/// A rulebook as the API writes it: people by handle; a field left out keeps the rule it
/// had (a new body starts from `Rules::default_for` its kind).
#[derive(Debug, Clone, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulesInput {
    /// `all_members` (every active member of the organization when a decision opens),
    /// `admins` (its admins then), `named` (the people of `named`) or `elected` (whoever
    /// holds a seat of `elected` whose term has not ended).
    pub seats: Option<SeatRule>,
    /// When `seats` is `elected`: `{"count": 3, "term_days": 365}`.
    pub elected: Option<ElectedSeats>,
    /// Handles of the people who sit, when `seats` is `named`.
    pub named: Option<Vec<String>>,
    /// `members` (anyone who sits, and the admins) or `admins`.
    pub openers: Option<Openers>,
    /// The method of a decision that names none (see `NewDecision::method`).
    pub default_method: Option<String>,
    /// `{"kind":"none"}`, `{"kind":"fraction","numerator":1,"denominator":2}` or
    /// `{"kind":"votes","votes":10}`.
    #[schema(value_type = Option<Object>)]
    pub quorum: Option<Quorum>,
    /// `{"kind":"simple_majority"}`, `two_thirds`, `unanimity`, or `at_least` / `more_than`
    /// with `numerator` and `denominator`.
    #[schema(value_type = Option<Object>)]
    pub threshold: Option<Threshold>,
    /// Whether abstentions count in the base of a motion's threshold.
    pub abstentions_count: Option<bool>,
    /// The least secrecy of a decision: `open`, `anonymous` or `secret`.
    pub secrecy: Option<Secrecy>,
    /// Whether a ballot may be replaced until the close.
    pub changeable: Option<bool>,
    /// Weights other than 1, by handle (each at most `weight_cap`).
    pub weights: Option<BTreeMap<String, u64>>,
    /// The largest weight a member may carry.
    pub weight_cap: Option<u64>,
    /// Whether the rulebook changes only by a decision of the body.
    pub rulebook_by_decision: Option<bool>,
    /// How many other voters' proxies one voter may hold (0: no proxies; at most 10).
    pub proxies: Option<u32>,
    /// The amount above which a payment from the organization's treasury needs this
    /// body's decision: `{"amount": "100.00", "currency": "EUR"}`; `null` removes it.
    #[serde(default, deserialize_with = "crate::web::extract::present")]
    #[schema(value_type = Option<Amount>, nullable = true)]
    pub spending_limit: Option<Option<Amount>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rulebooks_keep_weights_under_their_cap() {
        let mut rules = Rules::default_for(BodyKind::Board);
        rules.validate().unwrap();
        rules.weights.insert("p".into(), 2);
        assert_eq!(rules.validate().unwrap_err().code, "weight_not_in_rulebook");
        rules.weight_cap = Some(3);
        rules.validate().unwrap();
        assert_eq!(rules.weight_of("p"), 2);
        assert_eq!(rules.weight_of("q"), 1);
        rules.quorum = Quorum::Fraction {
            numerator: 3,
            denominator: 2,
        };
        assert_eq!(rules.validate().unwrap_err().code, "invalid_rulebook");
    }
}
