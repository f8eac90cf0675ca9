//! The rules of peer offers, with no I/O: the four modes a person offers a thing in
//! (share, rent, barter, give), what each asks of an offer (a fee per day for rent,
//! what is wanted in return for barter), who accepts a match (the side that did not
//! propose it), what an accepted match does to its offer, and the fee of a rented loan.
//! Every refusal is an `OfferError` with a stable snake_case code.

use crate::error::{Detail, detail};

/// The modes a thing may be offered in.
pub const MODES: [&str; 4] = ["share", "rent", "barter", "give"];
/// Largest fee per day, in cents (10 000.00).
pub const MAX_FEE_CENTS: i64 = 1_000_000;
const DAY_MS: i64 = 24 * 3_600_000;

/// How a thing is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Lent free.
    Share,
    /// Lent for a fee per day (recorded; no payment goes through here).
    Rent,
    /// Exchanged for something named in return.
    Barter,
    /// Given: it leaves for good.
    Give,
}

impl Mode {
    pub fn parse(raw: &str) -> Result<Mode, OfferError> {
        match raw.trim() {
            "share" => Ok(Mode::Share),
            "rent" => Ok(Mode::Rent),
            "barter" => Ok(Mode::Barter),
            "give" => Ok(Mode::Give),
            other => Err(OfferError::Mode {
                value: other.into(),
            }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Share => "share",
            Mode::Rent => "rent",
            Mode::Barter => "barter",
            Mode::Give => "give",
        }
    }

    /// Whether the thing is lent, and so booked on a resource under lending's rules.
    pub fn lends(self) -> bool {
        matches!(self, Mode::Share | Mode::Rent)
    }

    /// The state an accepted match leaves the offer in: lent things stay open.
    pub fn after_match(self) -> Option<&'static str> {
        match self {
            Mode::Share | Mode::Rent => None,
            Mode::Barter => Some("bartered"),
            Mode::Give => Some("given"),
        }
    }
}

/// Every refusal of peer offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OfferError {
    /// A mode that is none of [`MODES`].
    Mode { value: String },
    /// A rent without a fee per day in range, or a fee on a thing not rented.
    Fee { mode: &'static str },
    /// Barter without saying what is wanted in return.
    Wanted,
    /// Editing or closing an offer or request that is someone else's.
    NotOwner,
    /// Accepting or declining a match one is not a side of (or accepting one's own
    /// proposal).
    NotParty,
    /// Acting on an offer no longer open.
    OfferClosed { state: String },
    /// Answering a request no longer open.
    RequestClosed { state: String },
    /// Accepting or declining a match that was decided already.
    MatchState { state: String },
    /// Asking on one's own offer, or answering one's own request.
    OwnThing,
    /// A lent thing's match without its interval.
    Interval,
}

impl std::fmt::Display for OfferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for OfferError {}

impl OfferError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::Mode { value } => detail!(
                "problem-offer-mode",
                value = crate::error::shown(value, 40),
                modes = MODES.join(", ")
            ),
            Self::Fee { mode } => detail!("problem-offer-fee", mode = *mode, max = MAX_FEE_CENTS),
            Self::Wanted => detail!("problem-offer-wanted"),
            Self::NotOwner => detail!("problem-offer-not-owner"),
            Self::NotParty => detail!("problem-offer-not-party"),
            Self::OfferClosed { state } => {
                detail!("problem-offer-closed", state = state.as_str())
            }
            Self::RequestClosed { state } => {
                detail!("problem-offer-request-closed", state = state.as_str())
            }
            Self::MatchState { state } => {
                detail!("problem-offer-match-state", state = state.as_str())
            }
            Self::OwnThing => detail!("problem-offer-own"),
            Self::Interval => detail!("problem-offer-interval"),
        }
    }

    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Mode { .. } => "invalid_offer_mode",
            Self::Fee { .. } => "invalid_fee",
            Self::Wanted | Self::Interval => "missing_field",
            Self::NotOwner | Self::NotParty => "forbidden",
            Self::OfferClosed { .. } => "offer_closed",
            Self::RequestClosed { .. } => "request_closed",
            Self::MatchState { .. } => "match_state",
            Self::OwnThing => "own_offer",
        }
    }
}

/// A fee per day as entered: required (1 to [`MAX_FEE_CENTS`]) for rent, refused for
/// the other modes.
pub fn fee_per_day(mode: Mode, fee: Option<i64>) -> Result<Option<i64>, OfferError> {
    match (mode, fee) {
        (Mode::Rent, Some(c)) if (1..=MAX_FEE_CENTS).contains(&c) => Ok(Some(c)),
        (Mode::Rent, _) => Err(OfferError::Fee { mode: "rent" }),
        (_, None) => Ok(None),
        (m, Some(_)) => Err(OfferError::Fee { mode: m.as_str() }),
    }
}

/// The fee of a rented loan over `[starts_at, ends_at)`: the fee per day times the days
/// begun.
pub fn fee_over(fee_per_day: i64, starts_at: i64, ends_at: i64) -> i64 {
    let days = ((ends_at - starts_at).max(1) + DAY_MS - 1) / DAY_MS;
    fee_per_day.saturating_mul(days)
}

/// Who may accept a match proposed by `proposer` between the offer's person `owner` and
/// the taker `taker`: the other side.
pub fn accepter<'a>(owner: &'a str, taker: &'a str, proposer: &str) -> &'a str {
    if proposer == owner { taker } else { owner }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rent_carries_a_fee_and_it_must_have_one() {
        assert_eq!(fee_per_day(Mode::Rent, Some(500)), Ok(Some(500)));
        assert_eq!(
            fee_per_day(Mode::Rent, None),
            Err(OfferError::Fee { mode: "rent" })
        );
        assert_eq!(
            fee_per_day(Mode::Rent, Some(0)),
            Err(OfferError::Fee { mode: "rent" })
        );
        assert_eq!(fee_per_day(Mode::Share, None), Ok(None));
        assert_eq!(
            fee_per_day(Mode::Give, Some(100)),
            Err(OfferError::Fee { mode: "give" })
        );
    }

    #[test]
    fn a_rented_loan_pays_every_day_begun() {
        assert_eq!(fee_over(500, 0, 3_600_000), 500);
        assert_eq!(fee_over(500, 0, DAY_MS), 500);
        assert_eq!(fee_over(500, 0, DAY_MS + 1), 1000);
    }

    #[test]
    fn the_side_that_did_not_propose_accepts() {
        assert_eq!(accepter("ada", "bob", "ada"), "bob");
        assert_eq!(accepter("ada", "bob", "bob"), "ada");
    }

    #[test]
    fn lent_modes_stay_open_the_others_close() {
        assert_eq!(Mode::parse("give").unwrap().after_match(), Some("given"));
        assert_eq!(
            Mode::parse("barter").unwrap().after_match(),
            Some("bartered")
        );
        assert!(Mode::parse("share").unwrap().lends());
        assert!(matches!(Mode::parse("sell"), Err(OfferError::Mode { .. })));
    }
}
