//! A decision: the states it moves through, its options, and the checks of a draft
//! against the body's rules (title, method, options, seats, points, secrecy, closing time,
//! proposed rulebook).

use super::{
    Amount, DEFAULT_OPEN_MS, MAX_NAME_CHARS, MAX_OPTIONS, MAX_POINTS, MAX_TEXT_CHARS, Method,
    Rules, RulesInput, Secrecy, Shape, one_line, text,
};
use crate::error::{AppError, detail, shown};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a decision stands. A closed decision carries its result, `decided` or `failed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionState {
    Draft,
    Open,
    Closed,
    Withdrawn,
}

impl DecisionState {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionState::Draft => "draft",
            DecisionState::Open => "open",
            DecisionState::Closed => "closed",
            DecisionState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Result<DecisionState, AppError> {
        match s {
            "draft" => Ok(DecisionState::Draft),
            "open" => Ok(DecisionState::Open),
            "closed" => Ok(DecisionState::Closed),
            "withdrawn" => Ok(DecisionState::Withdrawn),
            _ => Err(AppError::invalid(
                "invalid_state",
                detail!("problem-bodies-state-filter", state = shown(s, 20)),
            )),
        }
    }
}

/// A 409 saying that a decision in `state` does not allow `action` (`vote`, `edit`,
/// `open`, `close`, `withdraw`, `download`).
pub fn wrong_state(state: DecisionState, action: &'static str) -> AppError {
    AppError::conflict(
        "decision_state",
        detail!(
            "problem-bodies-decision-state",
            state = state.as_str(),
            action = action
        ),
    )
}

/// One option of a decision: its id (`1` to `n`, as in the ballot files) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OptionItem {
    pub id: String,
    pub name: String,
}

/// A decision as its opener asks for it, checked.
#[derive(Debug, Clone)]
pub struct Draft {
    pub title: String,
    pub description: String,
    pub method: Method,
    pub options: Vec<OptionItem>,
    pub seats: i64,
    pub max_approvals: Option<i64>,
    pub points: Option<i64>,
    pub secrecy: Secrecy,
    pub closes_at: i64,
    /// The payment the motion authorises if it passes.
    pub authorises: Option<Authorisation>,
    /// For an election that fills elected seats: the body's address and when
    /// nominations close (its options are the accepted candidates, set when it opens).
    pub election: Option<(String, i64)>,
}

/// The payment a motion asks to authorise: an expense of a treasury, for an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Authorises {
    /// The handle of the organization's treasury (`makers-lagomar`).
    pub treasury: String,
    /// The number of the expense in that treasury.
    pub expense: i64,
    /// A decimal number above zero (`"250.00"`).
    pub amount: String,
    /// An ISO 4217 currency code (`"EUR"`).
    pub currency: String,
}

/// A payment authorisation, checked: the amount written as its currency writes it, and
/// in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorisation {
    pub treasury: String,
    pub expense: i64,
    pub amount: Amount,
    pub amount_minor: i64,
}

/// A 422 `invalid_authorisation` saying `why` (`motion`, `treasury` or `expense`).
fn bad_authorisation(why: &'static str, given: &str) -> AppError {
    AppError::invalid(
        "invalid_authorisation",
        detail!(
            "problem-bodies-authorises",
            why = why,
            given = shown(given, 60)
        ),
    )
}

/// Checks what a motion authorises: a treasury's handle (1 to 64 of `a-z 0-9 - _ .`), an
/// expense number from 1, an amount above zero in a currency.
pub fn check_authorises(a: &Authorises) -> Result<Authorisation, AppError> {
    let t = a.treasury.trim().trim_start_matches('@');
    let ok = !t.is_empty()
        && t.len() <= 64
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
    if !ok {
        return Err(bad_authorisation("treasury", t));
    }
    if a.expense < 1 {
        return Err(bad_authorisation("expense", &a.expense.to_string()));
    }
    let (amount, money) = Amount {
        amount: a.amount.clone(),
        currency: a.currency.clone(),
    }
    .check("authorises.amount")?;
    Ok(Authorisation {
        treasury: t.to_string(),
        expense: a.expense,
        amount,
        amount_minor: money.minor(),
    })
}

/// What a new decision asks for, before checks (the API's body and the page's form).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDecision {
    /// The question or proposal, one line, at most 200 characters.
    pub title: String,
    /// Markdown, at most 10 000 characters.
    #[serde(default)]
    pub description: String,
    /// A method name as `commonfare decide` writes it (`motion`, `consent`, `consensus`,
    /// `approval`, `plurality`, `borda`, `schulze`, `irv`, `stv-scottish`, `stv-meek`);
    /// the rulebook's default when absent.
    pub method: Option<String>,
    /// The names of the options (none for a motion), 2 to 50.
    #[serde(default)]
    pub options: Vec<String>,
    /// Seats to fill (default 1).
    pub seats: Option<i64>,
    /// For approval: how many options a ballot may approve at most.
    pub max_approvals: Option<i64>,
    /// For score voting: the highest score (default 5); for cumulative voting: the points
    /// each ballot spends at most (default 10).
    pub points: Option<i64>,
    /// `open`, `anonymous` or `secret`; the rulebook's when absent, never less.
    pub secrecy: Option<String>,
    /// Unix milliseconds; a week after the draft when absent.
    pub closes_at: Option<i64>,
    /// For a motion, consent or consensus: the rulebook changes the body adopts if it
    /// passes (a new version, over the rulebook as it is when the decision closes).
    pub rulebook: Option<RulesInput>,
    /// For a motion, consent or consensus: the payment from the organization's treasury
    /// it authorises if it passes.
    pub authorises: Option<Authorises>,
    /// An election that fills the elected seats of a body of the organization (its
    /// address; this body's own, or another's): its options are not given but nominated,
    /// and the winners take the seats when it is decided.
    pub fills: Option<String>,
    /// For an election that fills seats: when nominations close (Unix milliseconds,
    /// before `closes_at`); opening the election closes them too.
    pub nominations_close_at: Option<i64>,
}

/// Checks a new decision against the body's rules at `now`.
pub fn check_draft(input: &NewDecision, rules: &Rules, now: i64) -> Result<Draft, AppError> {
    let title = one_line("title", &input.title, MAX_NAME_CHARS)?;
    let description = text("description", &input.description, MAX_TEXT_CHARS)?;
    let method = Method::parse(input.method.as_deref().unwrap_or(&rules.default_method))?;
    let mut options = Vec::new();
    let election = check_election(input, method, now)?;
    if election.is_some() {
        // The options are the candidates, nominated until the election opens.
    } else if method.is_motion() {
        if !input.options.is_empty() {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-motion-options"),
            ));
        }
    } else {
        let n = input.options.len();
        if !(2..=MAX_OPTIONS).contains(&n) {
            return Err(AppError::invalid(
                "invalid_options",
                detail!(
                    "problem-bodies-option-count",
                    count = n,
                    limit = MAX_OPTIONS
                ),
            ));
        }
        for (i, raw) in input.options.iter().enumerate() {
            let name = one_line("options", raw, MAX_NAME_CHARS)?.replace('"', "'");
            if options.iter().any(|o: &OptionItem| o.name == name) {
                return Err(AppError::invalid(
                    "invalid_options",
                    detail!("problem-bodies-option-twice", name = shown(&name, 80)),
                ));
            }
            options.push(OptionItem {
                id: (i + 1).to_string(),
                name,
            });
        }
    }
    let seats = input.seats.unwrap_or(1);
    let most = if election.is_some() {
        if method.multi_seat() {
            MAX_OPTIONS as i64 - 1
        } else {
            1
        }
    } else if method.is_motion() {
        1
    } else if method.multi_seat() {
        options.len() as i64 - 1
    } else {
        1
    };
    if seats < 1 || seats > most {
        return Err(AppError::invalid(
            "invalid_seats",
            detail!(
                "problem-bodies-seats",
                seats = seats.to_string(),
                most = most.to_string()
            ),
        ));
    }
    let approving = method.shape() == Shape::Approve;
    let max_approvals = match (approving, input.max_approvals) {
        (true, Some(m)) if m < 1 || m > options.len() as i64 => {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-max-approvals", most = options.len()),
            ));
        }
        (true, m) => m,
        (false, Some(_)) => {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-max-approvals", most = options.len()),
            ));
        }
        (false, None) => None,
    };
    let points = match (method, input.points) {
        (Method::Score | Method::Cumulative, Some(p)) if !(1..=MAX_POINTS).contains(&p) => {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-points", most = MAX_POINTS),
            ));
        }
        (Method::Score, p) => Some(p.unwrap_or(5)),
        (Method::Cumulative, p) => Some(p.unwrap_or(10)),
        (_, Some(_)) => {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-points", most = MAX_POINTS),
            ));
        }
        (_, None) => None,
    };
    let secrecy = match &input.secrecy {
        Some(s) => Secrecy::parse(s)?,
        None => rules.secrecy,
    };
    if secrecy < rules.secrecy {
        return Err(AppError::invalid(
            "secrecy_lowered",
            detail!(
                "problem-bodies-secrecy-lowered",
                asked = secrecy.as_str(),
                least = rules.secrecy.as_str()
            ),
        ));
    }
    if input.rulebook.is_some() && !method.is_motion() {
        return Err(AppError::invalid(
            "invalid_rulebook",
            detail!("problem-bodies-proposal-motion"),
        ));
    }
    let authorises = match &input.authorises {
        Some(_) if !method.is_motion() => return Err(bad_authorisation("motion", method.name())),
        Some(a) => Some(check_authorises(a)?),
        None => None,
    };
    let closes_at = input.closes_at.unwrap_or(now + DEFAULT_OPEN_MS);
    check_closing(closes_at, now)?;
    if let Some((_, nominations)) = &election
        && *nominations >= closes_at
    {
        return Err(AppError::invalid(
            "invalid_closing_time",
            detail!("problem-bodies-nominations-time"),
        ));
    }
    Ok(Draft {
        title,
        description,
        method,
        options,
        seats,
        max_approvals,
        points,
        secrecy,
        closes_at,
        authorises,
        election,
    })
}

/// The election part of a draft: an election that fills seats uses a method with
/// options, gives none itself, and closes its nominations in the future.
fn check_election(
    input: &NewDecision,
    method: Method,
    now: i64,
) -> Result<Option<(String, i64)>, AppError> {
    let (fills, close) = match (&input.fills, input.nominations_close_at) {
        (None, None) => return Ok(None),
        (Some(f), Some(at)) => (f, at),
        _ => {
            return Err(AppError::invalid(
                "invalid_options",
                detail!("problem-bodies-election-fields"),
            ));
        }
    };
    if method.is_motion() || !input.options.is_empty() || input.authorises.is_some() {
        return Err(AppError::invalid(
            "invalid_options",
            detail!("problem-bodies-election-options"),
        ));
    }
    if close <= now {
        return Err(AppError::invalid(
            "invalid_closing_time",
            detail!("problem-bodies-nominations-time"),
        ));
    }
    Ok(Some((super::slug(fills)?, close)))
}

/// A decision must close in the future.
pub fn check_closing(closes_at: i64, now: i64) -> Result<(), AppError> {
    if closes_at <= now {
        return Err(AppError::invalid(
            "invalid_closing_time",
            detail!("problem-bodies-closing-time"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bodies::model::BodyKind;

    #[test]
    fn drafts_respect_the_rulebook() {
        let rules = Rules {
            secrecy: Secrecy::Anonymous,
            ..Rules::default_for(BodyKind::GeneralAssembly)
        };
        let input = NewDecision {
            title: "Board".into(),
            method: Some("stv-scottish".into()),
            options: vec!["A".into(), "B".into(), "C".into(), "D".into()],
            seats: Some(3),
            ..Default::default()
        };
        let d = check_draft(&input, &rules, 0).unwrap();
        assert_eq!(d.secrecy, Secrecy::Anonymous);
        assert_eq!(d.method.kind(d.seats), "election");
        let lower = NewDecision {
            secrecy: Some("open".into()),
            ..input.clone()
        };
        assert_eq!(
            check_draft(&lower, &rules, 0).unwrap_err().code,
            "secrecy_lowered"
        );
        let too_many = NewDecision {
            seats: Some(4),
            ..input.clone()
        };
        assert_eq!(
            check_draft(&too_many, &rules, 0).unwrap_err().code,
            "invalid_seats"
        );
        let past = NewDecision {
            closes_at: Some(5),
            ..input
        };
        assert_eq!(
            check_draft(&past, &rules, 10).unwrap_err().code,
            "invalid_closing_time"
        );
    }
}
