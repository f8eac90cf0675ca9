//! The rules of bodies, with no I/O: what a body is (its kind, its rulebook and what each
//! rule may hold), what a decision is (its method, options, seats, secrecy and the states
//! it moves through), and what a ballot may say for each method. Every refusal is an
//! `AppError` with a stable code of `error::CODES`, worded by the problems catalogue.

use crate::error::{AppError, detail, shown};
use commonfare_decide::body::motion::{ConsensusPosition, Quorum, Threshold, YesNo};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use utoipa::ToSchema;

/// Longest body name and decision title, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest decision description and rulebook note (Markdown), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Options a decision offers at most.
pub const MAX_OPTIONS: usize = 50;
/// The largest weight a rulebook may give one member.
pub const MAX_WEIGHT: u64 = 1_000_000;
/// Longest reason given with a consent objection or concern.
pub const MAX_REASON_CHARS: usize = 2_000;
/// The highest score, or the most points a cumulative ballot spends, a decision may set.
pub const MAX_POINTS: i64 = 1_000;
/// How long a decision stays open when its opener names no closing time: seven days.
pub const DEFAULT_OPEN_MS: i64 = 7 * 24 * 3600 * 1000;

/// A 422 with `code`, whose words are `problem-bodies-invalid` about `what`.
fn invalid(code: &'static str, what: &str) -> AppError {
    AppError::invalid(
        code,
        detail!("problem-bodies-invalid", what = shown(what, 200)),
    )
}

/// One line of 1 to `max` characters, trimmed, without control characters.
pub fn one_line(field: &'static str, raw: &str, max: usize) -> Result<String, AppError> {
    let t = crate::text::neutralised(raw);
    let t = t.trim();
    if t.is_empty() || t.chars().count() > max || t.chars().any(char::is_control) {
        return Err(AppError::invalid(
            "invalid_text",
            detail!("problem-bodies-field", field = field, limit = max),
        ));
    }
    Ok(t.to_string())
}

/// Markdown text of at most `max` characters (may be empty), line ends normalised.
pub fn text(field: &'static str, raw: &str, max: usize) -> Result<String, AppError> {
    let t = raw.replace("\r\n", "\n").trim().to_string();
    let bad = t
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t'));
    if t.chars().count() > max || bad {
        return Err(AppError::invalid(
            "invalid_text",
            detail!("problem-bodies-field", field = field, limit = max),
        ));
    }
    Ok(t)
}

/// The part of a body's address after its organization: 1 to 40 of `a-z 0-9 -`.
pub fn slug(raw: &str) -> Result<String, AppError> {
    let ok = !raw.is_empty()
        && raw.len() <= 40
        && raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !raw.starts_with('-')
        && !raw.ends_with('-');
    if ok {
        Ok(raw.to_string())
    } else {
        Err(AppError::invalid(
            "invalid_handle",
            detail!("problem-bodies-slug", slug = shown(raw, 40)),
        ))
    }
}

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
}

impl SeatRule {
    pub fn as_str(self) -> &'static str {
        match self {
            SeatRule::AllMembers => "all_members",
            SeatRule::Admins => "admins",
            SeatRule::Named => "named",
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
        if self.seats == SeatRule::Named && self.named.is_empty() {
            return Err(invalid("invalid_rulebook", "named"));
        }
        if let Some(cap) = self.weight_cap
            && (cap == 0 || cap > MAX_WEIGHT)
        {
            return Err(invalid("invalid_rulebook", &format!("weight_cap {cap}")));
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
    /// `admins` (its admins then) or `named` (the people of `named`).
    pub seats: Option<SeatRule>,
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
}

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
}

/// Checks a new decision against the body's rules at `now`.
pub fn check_draft(input: &NewDecision, rules: &Rules, now: i64) -> Result<Draft, AppError> {
    let title = one_line("title", &input.title, MAX_NAME_CHARS)?;
    let description = text("description", &input.description, MAX_TEXT_CHARS)?;
    let method = Method::parse(input.method.as_deref().unwrap_or(&rules.default_method))?;
    let mut options = Vec::new();
    if method.is_motion() {
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
    let most = if method.is_motion() {
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
    let closes_at = input.closes_at.unwrap_or(now + DEFAULT_OPEN_MS);
    check_closing(closes_at, now)?;
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
    })
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

/// The hash of a frozen electorate: SHA-256 of one `person-id weight` line per voter, in
/// the order of their ids, as lowercase hex.
pub fn electorate_hash(voters: &[(String, u64)]) -> String {
    let mut sorted: Vec<&(String, u64)> = voters.iter().collect();
    sorted.sort();
    let mut h = Sha256::new();
    for (id, w) in sorted {
        h.update(format!("{id} {w}\n").as_bytes());
    }
    hex(&h.finalize())
}

/// SHA-256 of `text` as lowercase hex.
pub fn sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Who may act on a decision beyond voting: its opener or an admin of the organization.
pub fn may_manage(is_opener: bool, is_admin: bool) -> Result<(), AppError> {
    if is_opener || is_admin {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!("problem-bodies-not-manager")))
    }
}

/// Who may draft a decision: the organization's admins, and when the rulebook lets
/// members open, anyone who sits in the body.
pub fn may_open(rules: &Rules, sits: bool, is_admin: bool) -> Result<(), AppError> {
    if is_admin || (rules.openers == Openers::Members && sits) {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!("problem-bodies-not-opener")))
    }
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

    #[test]
    fn the_electorate_hash_ignores_order() {
        let a = electorate_hash(&[("b".into(), 1), ("a".into(), 2)]);
        let b = electorate_hash(&[("a".into(), 2), ("b".into(), 1)]);
        assert_eq!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(a, electorate_hash(&[("a".into(), 1), ("b".into(), 1)]));
    }
}
