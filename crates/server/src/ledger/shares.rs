//! How a distribution shares an amount among a commons' contributors, with no I/O: the
//! policies a commons treasury may choose, their parameters (checked here, stored as JSON)
//! and, for each, every recipient's exact share, the weight it was given and the
//! contributions behind it. The shares always sum to what is distributed, to the minor
//! unit.
//!
//! - `equal`: everyone with an accepted contribution in the period gets the same.
//! - `hours`: in proportion to the minutes of one's accepted work records.
//! - `credrank`: by CredRank (SourceCred's contribution credit) over the commons' own
//!   graph: each accepted contribution mints cred (a change its node weight, a work record
//!   its hours), which flows to its author and, less, to the maintainers who accepted it,
//!   week by week; comments on the commons' threads mint cred for their writers, and forks
//!   for whoever forked and, through their attribution, for the work they carried. Every
//!   kind of node and edge has a weight the policy may set. The parameter `grain` says how cred becomes money, as SourceCred's
//!   grain policies do: `immediate` (in proportion to cred in the period), `balanced`
//!   (lifetime cred against what each was already paid) or `recent` (cred decayed by a
//!   half-life in weeks).
//! - `equation`: a value equation (Sensorica's open value network, `value::equation`)
//!   run over the accepted contributions; its parameters are the equation.
//! - `peer`: peer allocation (Coordinape's GIVE, `value::policy::peer`): in proportion to
//!   the points each member received from the others in a closed round of the treasury
//!   (`round`, else the last one closed).

use crate::commons::{AcceptedWork, ForkMark};
use commonfare_value::credrank::input::{EdgeIn, GraphFileIn, NodeIn, ParametersIn, ParticipantIn};
use commonfare_value::credrank::{CredRank, Graph, credrank};
use commonfare_value::equation::{self, Contribution, Decimal, ValueEquation};
use commonfare_value::grain::{self, CredTable, Payout};
use commonfare_value::money::Money;
use commonfare_value::split::split;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The policies a distribution may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    Equal,
    Hours,
    CredRank,
    Equation,
    Peer,
}

impl Policy {
    pub const ALL: [Policy; 5] = [
        Policy::Equal,
        Policy::Hours,
        Policy::CredRank,
        Policy::Equation,
        Policy::Peer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Equal => "equal",
            Policy::Hours => "hours",
            Policy::CredRank => "credrank",
            Policy::Equation => "equation",
            Policy::Peer => "peer",
        }
    }

    pub fn parse(given: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.as_str() == given)
    }
}

/// How CredRank's cred becomes money: SourceCred's grain policies.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// In proportion to the cred earned in the period.
    #[default]
    Immediate,
    /// Towards the same pay per cred over the commons' whole history, given what each
    /// was already paid by the treasury's earlier posted distributions.
    Balanced,
    /// In proportion to cred with older weeks discounted by a half-life.
    Recent,
}

/// A half-life when the policy names none, in weeks.
pub const DEFAULT_HALF_LIFE_WEEKS: f64 = 4.0;
/// The longest half-life a policy may name, in weeks (ten years).
pub const MAX_HALF_LIFE_WEEKS: f64 = 520.0;
/// The largest weight a kind of node or edge may take.
pub const MAX_WEIGHT: f64 = 1000.0;

/// The weights of the contribution graph's nodes and edges, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// Cred an accepted change mints.
    pub change: f64,
    /// Cred an accepted work record mints per hour it records.
    pub work_hour: f64,
    /// Cred a comment on the commons' threads mints.
    pub comment: f64,
    /// Cred a fork of the commons mints.
    pub fork: f64,
    /// How much of a contribution's cred flows back to its author.
    pub author: f64,
    /// How much flows back to each maintainer who accepted it.
    pub review: f64,
    /// How much of a comment's cred flows back to whoever wrote it.
    pub commenter: f64,
    /// How much of a fork's cred flows back to whoever forked.
    pub forker: f64,
    /// How much of a fork's cred flows on to each accepted contribution it carried (and
    /// so to their authors): the fork's attribution.
    pub attribution: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            change: 1.0,
            work_hour: 1.0,
            comment: 0.25,
            fork: 1.0,
            author: 1.0,
            review: 0.25,
            commenter: 1.0,
            forker: 0.25,
            attribution: 1.0,
        }
    }
}

impl Weights {
    /// Each weight by its name, in the order the README lists them.
    pub fn named(&self) -> [(&'static str, f64); 9] {
        [
            ("change", self.change),
            ("work_hour", self.work_hour),
            ("comment", self.comment),
            ("fork", self.fork),
            ("author", self.author),
            ("review", self.review),
            ("commenter", self.commenter),
            ("forker", self.forker),
            ("attribution", self.attribution),
        ]
    }
}

/// The parameters of `credrank`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredParams {
    #[serde(default)]
    pub grain: Grain,
    /// `recent` only: after how many weeks a week's cred counts half.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub half_life_weeks: Option<f64>,
    #[serde(default)]
    pub weights: Weights,
}

/// A policy with its parameters, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    Equal,
    Hours,
    CredRank(CredParams),
    Equation(Box<ValueEquation>),
    Peer(PeerParams),
}

/// The parameters of `peer`: the round whose points pay (none: the last one closed when
/// the distribution is previewed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerParams {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<i64>,
}

/// A closed round of peer allocation, as `peer` pays by it: the allowance, the members
/// (person ids) and each gift (giver, receiver, points).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeerRecord {
    pub allowance: u64,
    pub members: Vec<String>,
    pub gifts: Vec<(String, String, u64)>,
}

impl Rule {
    /// The policy with its parameters as given (`None` or JSON `null`: the defaults).
    /// An error says, in English, what is wrong with them.
    pub fn parse(policy: Policy, given: Option<&serde_json::Value>) -> Result<Rule, String> {
        let given = given.filter(|v| !v.is_null());
        match policy {
            Policy::Equal | Policy::Hours => match given {
                None => Ok(()),
                Some(serde_json::Value::Object(m)) if m.is_empty() => Ok(()),
                Some(_) => Err(format!(
                    "the policy {} takes no parameters: send {{}}",
                    policy.as_str()
                )),
            }
            .map(|()| {
                if policy == Policy::Equal {
                    Rule::Equal
                } else {
                    Rule::Hours
                }
            }),
            Policy::CredRank => {
                let mut p: CredParams = match given {
                    None => CredParams::default(),
                    Some(v) => serde_json::from_value(v.clone()).map_err(|e| e.to_string())?,
                };
                match (p.grain, p.half_life_weeks) {
                    (Grain::Recent, None) => p.half_life_weeks = Some(DEFAULT_HALF_LIFE_WEEKS),
                    (Grain::Recent, Some(h)) => {
                        if !(h.is_finite() && h > 0.0 && h <= MAX_HALF_LIFE_WEEKS) {
                            return Err(format!(
                                "half_life_weeks {h} must be more than 0 and at most {MAX_HALF_LIFE_WEEKS}"
                            ));
                        }
                    }
                    (_, Some(_)) => {
                        return Err("half_life_weeks applies to the grain recent only".into());
                    }
                    (_, None) => {}
                }
                for (name, w) in p.weights.named() {
                    if !(w.is_finite() && (0.0..=MAX_WEIGHT).contains(&w)) {
                        return Err(format!(
                            "the weight {name} is {w}: a weight is a number from 0 to {MAX_WEIGHT}"
                        ));
                    }
                }
                if p.weights.change == 0.0 && p.weights.work_hour == 0.0 {
                    return Err(
                        "the weights change and work_hour are both 0: no accepted contribution would mint cred"
                            .into(),
                    );
                }
                Ok(Rule::CredRank(p))
            }
            Policy::Equation => {
                let v = given.ok_or("the policy equation needs the equation as its parameters")?;
                let eq: ValueEquation =
                    serde_json::from_value(v.clone()).map_err(|e| e.to_string())?;
                // The engine checks an equation before it pays anything: a run of nothing
                // over no contribution is that check alone.
                equation::distribute(&eq, &[], Money::zero(eq.unit)).map_err(|e| e.to_string())?;
                Ok(Rule::Equation(Box::new(eq)))
            }
            Policy::Peer => {
                let p: PeerParams = match given {
                    None => PeerParams::default(),
                    Some(v) => serde_json::from_value(v.clone()).map_err(|e| e.to_string())?,
                };
                if p.round.is_some_and(|n| n < 1) {
                    return Err(
                        "round is the number of one of the treasury's rounds, from 1".into(),
                    );
                }
                Ok(Rule::Peer(p))
            }
        }
    }

    pub fn policy(&self) -> Policy {
        match self {
            Rule::Equal => Policy::Equal,
            Rule::Hours => Policy::Hours,
            Rule::CredRank(_) => Policy::CredRank,
            Rule::Equation(_) => Policy::Equation,
            Rule::Peer(_) => Policy::Peer,
        }
    }

    /// The parameters as stored and shown (the defaults written out).
    pub fn parameters(&self) -> serde_json::Value {
        match self {
            Rule::Equal | Rule::Hours => serde_json::json!({}),
            Rule::CredRank(p) => serde_json::to_value(p).unwrap_or_default(),
            Rule::Equation(eq) => serde_json::to_value(eq).unwrap_or_default(),
            Rule::Peer(p) => serde_json::to_value(p).unwrap_or_default(),
        }
    }

    /// The fixed agents a value equation pays by handle (to be found among people).
    pub fn agents(&self) -> Vec<&str> {
        match self {
            Rule::Equation(eq) => eq
                .buckets
                .iter()
                .filter_map(|b| b.agent.as_deref())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Whether the rule pays against lifetime cred and earlier payments (`balanced`).
    pub fn is_balanced(&self) -> bool {
        matches!(
            self,
            Rule::CredRank(CredParams {
                grain: Grain::Balanced,
                ..
            })
        )
    }
}

/// One recipient's share: the amount, the weight the policy gave them in its own words,
/// and the numbers of the contributions behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub person_id: String,
    pub amount: Money,
    pub weight: String,
    pub basis: Vec<i64>,
}

/// Why no shares could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nobody the policy would pay: no accepted contribution (with minutes, for `hours`).
    NoContributors,
    /// A value equation found the amount or a contribution wrong (said in English).
    Equation(String),
    /// The amount or the graph could not be worked with (said in English for the log).
    Engine(String),
}

/// A comment on the commons' threads (on the commons or on one of its contributions), as
/// the contribution graph counts it: who wrote it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentMark {
    pub author_id: String,
    pub at: i64,
}

/// A share of an earlier posted distribution of the same treasury, in the same unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paid {
    pub person_id: String,
    /// In minor units.
    pub amount: i64,
    /// When it was posted (milliseconds).
    pub at_ms: i64,
}

/// What a policy is run over: the commons' accepted work, the comments on its threads
/// and its forks (CredRank's graph), the handles of the people in the work (both ways,
/// for value equations, which name people by handle), and what the treasury already paid
/// (for `balanced`).
#[derive(Debug, Clone, Default)]
pub struct Record<'a> {
    pub work: &'a [AcceptedWork],
    pub comments: Vec<CommentMark>,
    pub forks: Vec<ForkMark>,
    /// The closed round `peer` pays by.
    pub peer: Option<PeerRecord>,
    /// Handle by person id: everyone in `work`.
    pub handles: BTreeMap<String, String>,
    /// Person id by handle: everyone in `work` and every fixed agent of an equation.
    pub ids: BTreeMap<String, String>,
    pub paid: Vec<Paid>,
}

/// Shares `amount` (positive) among the contributors of `record.work` by `rule`. The
/// shares sum to `amount`, except for a value equation, whose unpaid rest (buckets under
/// 100 %, settled claims) stays with the treasury.
pub fn shares(rule: &Rule, amount: Money, record: &Record<'_>) -> Result<Vec<Share>, ShareError> {
    let work = record.work;
    if let Rule::Peer(_) = rule {
        return peer_shares(amount, record);
    }
    let policy = rule.policy();
    let mut basis: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    let mut minutes: BTreeMap<&str, u64> = BTreeMap::new();
    for w in work {
        if policy == Policy::Hours && w.minutes.unwrap_or(0) == 0 {
            continue;
        }
        basis.entry(&w.author_id).or_default().push(w.number);
        *minutes.entry(&w.author_id).or_default() += u64::from(w.minutes.unwrap_or(0));
    }
    if basis.is_empty() {
        return Err(ShareError::NoContributors);
    }
    let (weights, words): (Vec<(String, u64)>, Vec<String>) = match rule {
        Rule::Equal => basis
            .keys()
            .map(|p| ((p.to_string(), 1), "1".to_string()))
            .unzip(),
        Rule::Hours => minutes
            .iter()
            .map(|(p, m)| ((p.to_string(), *m), format!("{m} min")))
            .unzip(),
        Rule::CredRank(p) => return cred_shares(p, amount, record, &basis),
        Rule::Equation(eq) => return equation_shares(eq, amount, record),
        Rule::Peer(_) => return peer_shares(amount, record),
    };
    let amounts = split(amount, &weights).map_err(|e| ShareError::Engine(e.to_string()))?;
    Ok(weights
        .into_iter()
        .zip(amounts)
        .zip(words)
        .map(|(((person_id, _), amount), weight)| Share {
            basis: basis.get(person_id.as_str()).cloned().unwrap_or_default(),
            person_id,
            amount,
            weight,
        })
        .collect())
}

/// `peer`: in proportion to the points received in the round (`value::policy::peer`);
/// members who received nothing get nothing. Each share names the contributions of its
/// recipient in the period, if any.
fn peer_shares(amount: Money, record: &Record<'_>) -> Result<Vec<Share>, ShareError> {
    use commonfare_value::policy::peer::{Allocation, PeerMember, peer_allocation};
    let round = record.peer.as_ref().ok_or(ShareError::NoContributors)?;
    let members: Vec<PeerMember> = round
        .members
        .iter()
        .map(|id| PeerMember {
            id: id.clone(),
            receives: true,
        })
        .collect();
    let gifts: Vec<Allocation> = round
        .gifts
        .iter()
        .map(|(from, to, points)| Allocation {
            from: from.clone(),
            to: to.clone(),
            points: *points,
        })
        .collect();
    if gifts.is_empty() {
        return Err(ShareError::NoContributors);
    }
    let statement = peer_allocation(amount, round.allowance, &members, &gifts)
        .map_err(|e| ShareError::Engine(e.to_string()))?;
    let mut received: BTreeMap<&str, u64> = BTreeMap::new();
    for (_, to, points) in &round.gifts {
        *received.entry(to.as_str()).or_default() += points;
    }
    let mut basis: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    for w in record.work {
        basis.entry(&w.author_id).or_default().push(w.number);
    }
    Ok(statement
        .recipients
        .into_iter()
        .filter(|r| !r.amount.is_zero())
        .map(|r| Share {
            weight: format!(
                "{} points",
                received.get(r.recipient.as_str()).copied().unwrap_or(0)
            ),
            basis: basis.get(r.recipient.as_str()).cloned().unwrap_or_default(),
            amount: r.amount,
            person_id: r.recipient,
        })
        .collect())
}

/// Cred is a float; it is turned into an integer weight with a millionth of a unit of cred as
/// the grain, so that the split itself is exact and the same on every machine.
const CRED_GRAIN: f64 = 1_000_000.0;

fn cred_shares(
    params: &CredParams,
    amount: Money,
    record: &Record<'_>,
    basis: &BTreeMap<&str, Vec<i64>>,
) -> Result<Vec<Share>, ShareError> {
    let graph = contribution_graph(record, &params.weights)?;
    let cred = credrank(&graph);
    let ids = graph.participant_ids();
    let people = participants(record);
    let index: Vec<(String, usize)> = people
        .iter()
        .filter_map(|(person, alias)| ids.get(alias.as_str()).map(|&p| (person.clone(), p)))
        .collect();
    match params.grain {
        Grain::Immediate => immediate_shares(amount, &cred, &index, basis),
        Grain::Balanced | Grain::Recent => {
            grain_shares(params, amount, &cred, &index, record, basis)
        }
    }
}

/// `immediate`: in proportion to each one's cred over the period's graph.
fn immediate_shares(
    amount: Money,
    cred: &CredRank,
    index: &[(String, usize)],
    basis: &BTreeMap<&str, Vec<i64>>,
) -> Result<Vec<Share>, ShareError> {
    // Authors and reviewers all take part in the walk; only those with cred are paid.
    let mut rows: Vec<(String, u64, f64)> = Vec::new();
    for (person, p) in index {
        let c = cred.participant_cred(*p);
        let grains = (c * CRED_GRAIN).round();
        if grains.is_finite() && grains >= 1.0 {
            rows.push((person.clone(), grains as u64, c));
        }
    }
    if rows.is_empty() {
        return Err(ShareError::NoContributors);
    }
    let weights: Vec<(String, u64)> = rows.iter().map(|(p, w, _)| (p.clone(), *w)).collect();
    let amounts = split(amount, &weights).map_err(|e| ShareError::Engine(e.to_string()))?;
    Ok(rows
        .into_iter()
        .zip(amounts)
        .map(|((person_id, _, c), amount)| Share {
            basis: basis.get(person_id.as_str()).cloned().unwrap_or_default(),
            weight: format!("{c:.2} cred"),
            person_id,
            amount,
        })
        .collect())
}

/// `balanced` and `recent`, by `value::grain` over the cred table of the graph: every week
/// the graph spans is complete for the run, which happens at the end of its last week.
fn grain_shares(
    params: &CredParams,
    amount: Money,
    cred: &CredRank,
    index: &[(String, usize)],
    record: &Record<'_>,
    basis: &BTreeMap<&str, Vec<i64>>,
) -> Result<Vec<Share>, ShareError> {
    let table = CredTable::from_credrank(cred);
    let count = cred.participant_count();
    let by_person: BTreeMap<&str, usize> = index.iter().map(|(p, i)| (p.as_str(), *i)).collect();
    let mut payouts: Vec<Payout> = record
        .paid
        .iter()
        .filter_map(|x| {
            by_person
                .get(x.person_id.as_str())
                .map(|&participant| Payout {
                    cred_timestamp_ms: x.at_ms,
                    participant,
                    amount: i128::from(x.amount),
                })
        })
        .collect();
    payouts.sort_by_key(|x| x.cred_timestamp_ms);
    let view = grain::view::View::new(&table, &vec![true; count], &payouts)
        .map_err(|e| ShareError::Engine(e.to_string()))?;
    let effective = view.weeks.end(view.weeks.count.saturating_sub(1));
    let budget = i128::from(amount.minor());
    let policy = match params.grain {
        Grain::Balanced => grain::Policy::Balanced {
            budget,
            lookback: 0,
        },
        _ => {
            let half = params.half_life_weeks.unwrap_or(DEFAULT_HALF_LIFE_WEEKS);
            grain::Policy::Recent {
                budget,
                discount: 1.0 - 0.5f64.powf(1.0 / half),
                exclusions: Vec::new(),
            }
        }
    };
    let a = grain::allocate(&policy, &view, effective).map_err(|e| {
        if e.0.contains("nobody qualifies") {
            ShareError::NoContributors
        } else {
            ShareError::Engine(e.to_string())
        }
    })?;
    let person_of: BTreeMap<usize, &str> = index.iter().map(|(p, i)| (*i, p.as_str())).collect();
    let unit = amount.unit();
    let mut made = Vec::new();
    for (k, (&p, &minor)) in a.recipients.iter().zip(&a.amounts).enumerate() {
        let Some(person) = person_of.get(&p) else {
            continue;
        };
        let minor = i64::try_from(minor).map_err(|e| ShareError::Engine(e.to_string()))?;
        let c = a.basis.cred.get(k).copied().unwrap_or(0.0);
        let weight = match params.grain {
            Grain::Balanced => {
                let before = a.basis.paid.get(k).copied().unwrap_or(0);
                let before = Money::from_minor(i64::try_from(before).unwrap_or(i64::MAX), unit);
                format!("{c:.2} cred in all, {before} paid before")
            }
            _ => format!(
                "{c:.2} cred, halved every {} weeks",
                params.half_life_weeks.unwrap_or(DEFAULT_HALF_LIFE_WEEKS)
            ),
        };
        made.push(Share {
            person_id: person.to_string(),
            amount: Money::from_minor(minor, unit),
            weight,
            basis: basis.get(person).cloned().unwrap_or_default(),
        });
    }
    if made.iter().all(|s| s.amount.is_zero()) {
        return Err(ShareError::NoContributors);
    }
    made.sort_by(|a, b| a.person_id.cmp(&b.person_id));
    Ok(made)
}

/// Hours of a work record as an exact-enough decimal (to the millionth of an hour).
fn hours(minutes: u32) -> Decimal {
    let whole = minutes / 60;
    let rest = u64::from(minutes % 60) * 1_000_000 / 60;
    format!("{whole}.{rest:06}")
        .parse()
        .unwrap_or(Decimal::ZERO)
}

/// The day (UTC) a contribution was accepted, as a value equation's filter reads it.
fn day(ms: i64) -> Option<equation::Date> {
    let t = jiff::Timestamp::from_millisecond(ms).ok()?;
    t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
        .parse()
        .ok()
}

/// `equation`: each accepted contribution becomes the engine's `Contribution` (kind
/// `change`, quantity 1, or kind `work`, quantity its hours; its author by handle; the day
/// it was accepted), and each recipient's statement lines say which bucket paid what.
fn equation_shares(
    eq: &ValueEquation,
    amount: Money,
    record: &Record<'_>,
) -> Result<Vec<Share>, ShareError> {
    let handle = |id: &str| {
        record
            .handles
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let list: Vec<Contribution> = record
        .work
        .iter()
        .map(|w| Contribution {
            id: format!("#{}", w.number),
            agent: handle(&w.author_id),
            kind: if w.minutes.is_some() {
                "work"
            } else {
                "change"
            }
            .to_string(),
            commons: None,
            process: None,
            date: day(w.accepted_at),
            quantity: Some(match w.minutes {
                Some(m) => hours(m),
                None => Decimal::from_integer(1),
            }),
            value: None,
            paid: None,
            paid_runs: 0,
        })
        .collect();
    let statement =
        equation::distribute(eq, &list, amount).map_err(|e| ShareError::Equation(e.to_string()))?;
    let mut made = Vec::new();
    for r in statement.recipients {
        if r.amount.is_zero() {
            continue;
        }
        let Some(person_id) = record.ids.get(&r.recipient).cloned() else {
            return Err(ShareError::Equation(format!(
                "{} is paid by the equation but is nobody here",
                r.recipient
            )));
        };
        let mut numbers: Vec<i64> = r
            .lines
            .iter()
            .flat_map(|l| l.contributions.iter())
            .filter_map(|c| c.trim_start_matches('#').parse().ok())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let weight = r
            .lines
            .iter()
            .map(|l| {
                let pool = l.pool.as_deref().unwrap_or(&l.policy);
                match &l.claim {
                    Some(c) => format!(
                        "{pool}: {} ({} claim {} = {}, weight {} of {})",
                        l.amount, c.kind, c.formula, c.value, l.weight, l.total_weight
                    ),
                    None => format!("{pool}: {}", l.amount),
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        made.push(Share {
            person_id,
            amount: r.amount,
            weight,
            basis: numbers,
        });
    }
    if made.is_empty() {
        return Err(ShareError::NoContributors);
    }
    Ok(made)
}

/// Everyone in the graph (authors, accepting reviewers, commenters and forkers), with the
/// short alias the graph names them by, in a stable order.
fn participants(record: &Record<'_>) -> Vec<(String, String)> {
    let mut people: Vec<&str> = record
        .work
        .iter()
        .flat_map(|w| {
            std::iter::once(w.author_id.as_str()).chain(w.reviewer_ids.iter().map(String::as_str))
        })
        .chain(record.comments.iter().map(|c| c.author_id.as_str()))
        .chain(record.forks.iter().map(|f| f.forked_by.as_str()))
        .collect();
    people.sort_unstable();
    people.dedup();
    people
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p.to_string(), format!("p{i}")))
        .collect()
}

/// A timestamp on a week's first millisecond cannot be placed by SourceCred's weeks; one
/// millisecond later changes nothing else.
fn placed(at: i64) -> i64 {
    if at % commonfare_value::credrank::WEEK_MS == 0 {
        at + 1
    } else {
        at
    }
}

/// The commons' contribution graph in CredRank's input shape: a node per accepted
/// contribution (authored and accepted), per comment (written) and per fork (made, and
/// pointing on to the contributions it carried).
fn contribution_graph(record: &Record<'_>, weights: &Weights) -> Result<Graph, ShareError> {
    let work = record.work;
    let people = participants(record);
    let alias: BTreeMap<&str, &str> = people
        .iter()
        .map(|(p, a)| (p.as_str(), a.as_str()))
        .collect();
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for w in work {
        let at = placed(w.accepted_at);
        let node = format!("c{}", w.number);
        let weight = match w.minutes {
            Some(m) => f64::from(m) / 60.0 * weights.work_hour,
            None => weights.change,
        };
        nodes.push(NodeIn {
            id: node.clone(),
            weight,
            timestamp_ms: Some(at),
        });
        let edge = |id: String, who: &str, backward: f64| EdgeIn {
            id,
            src: alias.get(who).copied().unwrap_or_default().to_string(),
            dst: node.clone(),
            timestamp_ms: at,
            forward_weight: 1.0 / 16.0,
            backward_weight: backward,
        };
        edges.push(edge(
            format!("author-{}", w.number),
            &w.author_id,
            weights.author,
        ));
        for (i, r) in w.reviewer_ids.iter().enumerate() {
            if *r != w.author_id {
                edges.push(edge(format!("review-{}-{i}", w.number), r, weights.review));
            }
        }
    }
    let by = |who: &str| alias.get(who).copied().unwrap_or_default().to_string();
    for (i, c) in record.comments.iter().enumerate() {
        let at = placed(c.at);
        let node = format!("m{i}");
        nodes.push(NodeIn {
            id: node.clone(),
            weight: weights.comment,
            timestamp_ms: Some(at),
        });
        edges.push(EdgeIn {
            id: format!("comment-{i}"),
            src: by(&c.author_id),
            dst: node,
            timestamp_ms: at,
            forward_weight: 1.0 / 16.0,
            backward_weight: weights.commenter,
        });
    }
    let in_graph: std::collections::BTreeSet<i64> = work.iter().map(|w| w.number).collect();
    for (i, f) in record.forks.iter().enumerate() {
        let at = placed(f.at);
        let node = format!("f{i}");
        nodes.push(NodeIn {
            id: node.clone(),
            weight: weights.fork,
            timestamp_ms: Some(at),
        });
        edges.push(EdgeIn {
            id: format!("fork-{i}"),
            src: by(&f.forked_by),
            dst: node.clone(),
            timestamp_ms: at,
            forward_weight: 1.0 / 16.0,
            backward_weight: weights.forker,
        });
        for n in f.carried.iter().filter(|n| in_graph.contains(n)) {
            edges.push(EdgeIn {
                id: format!("attribution-{i}-{n}"),
                src: node.clone(),
                dst: format!("c{n}"),
                timestamp_ms: at,
                forward_weight: weights.attribution,
                backward_weight: 0.0,
            });
        }
    }
    let raw = GraphFileIn {
        format: "sourcecred-credrank-vector/1".into(),
        name: String::new(),
        description: String::new(),
        participants: people
            .iter()
            .map(|(_, a)| ParticipantIn {
                id: a.clone(),
                active: Some(true),
            })
            .collect(),
        nodes,
        edges,
        parameters: ParametersIn {
            alpha: 0.1,
            beta: 0.4,
            gamma_forward: 0.1,
            gamma_backward: 0.1,
            max_iterations: 255,
            convergence_threshold: 1e-7,
        },
        grain_scenarios: Vec::new(),
    };
    Graph::from_input(raw).map_err(|e| ShareError::Engine(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Money {
        format!("{s} EUR").parse().unwrap()
    }

    fn work(number: i64, author: &str, minutes: Option<u32>, reviewers: &[&str]) -> AcceptedWork {
        AcceptedWork {
            number,
            author_id: author.into(),
            minutes,
            accepted_at: 1_767_225_600_123 + number * 86_400_000,
            reviewer_ids: reviewers.iter().map(|r| r.to_string()).collect(),
        }
    }

    fn rec(w: &[AcceptedWork]) -> Record<'_> {
        Record {
            work: w,
            comments: Vec::new(),
            forks: Vec::new(),
            peer: None,
            handles: ["ana", "bo", "cy", "fa"]
                .iter()
                .map(|h| (h.to_string(), h.to_string()))
                .collect(),
            ids: ["ana", "bo", "cy", "fa"]
                .iter()
                .map(|h| (h.to_string(), h.to_string()))
                .collect(),
            paid: Vec::new(),
        }
    }

    #[test]
    fn peer_pays_by_the_points_received_exactly_and_names_them() {
        let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        let w = [work(1, "ana", Some(30), &[]), work(2, "bo", None, &[])];
        let round = PeerRecord {
            allowance: 100,
            members: ["ana", "bo", "cy"].iter().map(|h| h.to_string()).collect(),
            gifts: vec![
                ("ana".into(), "bo".into(), 60),
                ("ana".into(), "cy".into(), 40),
                ("bo".into(), "ana".into(), 100),
                ("cy".into(), "bo".into(), 100),
            ],
        };
        let record = Record {
            peer: Some(round.clone()),
            ..rec(&w)
        };
        let rule = Rule::parse(Policy::Peer, None).unwrap();
        let s = shares(&rule, eur("100.00"), &record).unwrap();
        let bo = s.iter().find(|x| x.person_id == "bo").unwrap();
        assert_eq!(
            (bo.weight.as_str(), bo.basis.clone()),
            ("160 points", vec![2])
        );
        let total: i64 = s.iter().map(|x| x.amount.minor()).sum();
        assert_eq!(total, 10_000);
        let amount = |p: &str| s.iter().find(|x| x.person_id == p).unwrap().amount.minor();
        // 300 points in all: 100 (ana), 160 (bo), 40 (cy); the cent left over goes by
        // largest remainder, equal here, then by id.
        assert_eq!(
            (amount("ana"), amount("bo"), amount("cy")),
            (3_334, 5_333, 1_333)
        );
        assert_eq!(
            s.iter().find(|x| x.person_id == "ana").unwrap().basis,
            vec![1]
        );
        // No round, or a round nobody gave in: nobody to pay.
        assert_eq!(
            shares(&rule, eur("1.00"), &rec(&w)),
            Err(ShareError::NoContributors)
        );
        let empty = Record {
            peer: Some(PeerRecord {
                gifts: Vec::new(),
                ..round
            }),
            ..rec(&w)
        };
        assert_eq!(
            shares(&rule, eur("1.00"), &empty),
            Err(ShareError::NoContributors)
        );
        assert!(Rule::parse(Policy::Peer, Some(&json(r#"{"round": 0}"#))).is_err());
        assert!(Rule::parse(Policy::Peer, Some(&json(r#"{"epoch": 1}"#))).is_err());
        assert_eq!(
            Rule::parse(Policy::Peer, Some(&json(r#"{"round": 2}"#))),
            Ok(Rule::Peer(PeerParams { round: Some(2) }))
        );
    }

    fn cred() -> Rule {
        Rule::parse(Policy::CredRank, None).unwrap()
    }

    fn total(s: &[Share]) -> i64 {
        s.iter().map(|x| x.amount.minor()).sum()
    }

    #[test]
    fn equal_shares_sum_exactly_with_the_cent_left_to_the_lowest_id() {
        let w = [
            work(1, "ana", None, &["fa"]),
            work(2, "bo", None, &["fa"]),
            work(3, "cy", Some(30), &["fa"]),
            work(4, "ana", None, &["fa"]),
        ];
        let s = shares(&Rule::Equal, eur("100.00"), &rec(&w)).unwrap();
        assert_eq!(total(&s), 10_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert_eq!(by["ana"], 3334);
        assert_eq!(by["bo"], 3333);
        assert_eq!(by["cy"], 3333);
        assert_eq!(s[0].basis, vec![1, 4]);
    }

    #[test]
    fn hours_count_only_work_records_in_proportion_to_their_minutes() {
        let w = [
            work(1, "ana", Some(90), &[]),
            work(2, "bo", None, &[]),
            work(3, "cy", Some(30), &[]),
        ];
        let s = shares(&Rule::Hours, eur("80.00"), &rec(&w)).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].amount.minor(), 6000);
        assert_eq!(s[0].weight, "90 min");
        assert_eq!(s[1].amount.minor(), 2000);
        assert_eq!(
            shares(
                &Rule::Hours,
                eur("80.00"),
                &rec(&[work(2, "bo", None, &[])])
            ),
            Err(ShareError::NoContributors)
        );
    }

    #[test]
    fn credrank_pays_authors_more_than_the_reviewers_who_accepted_their_work() {
        let w = [
            work(1, "ana", None, &["fa"]),
            work(2, "ana", Some(120), &["fa"]),
            work(3, "bo", None, &["fa"]),
        ];
        let s = shares(&cred(), eur("500.00"), &rec(&w)).unwrap();
        assert_eq!(total(&s), 50_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert!(by["ana"] > by["bo"], "{by:?}");
        assert!(by["bo"] > by["fa"], "{by:?}");
        assert!(by["fa"] > 0, "{by:?}");
        // The same graph gives the same cents.
        assert_eq!(shares(&cred(), eur("500.00"), &rec(&w)).unwrap(), s);
    }

    #[test]
    fn nobody_to_pay_is_said_so() {
        assert_eq!(
            shares(&Rule::Equal, eur("1.00"), &rec(&[])),
            Err(ShareError::NoContributors)
        );
        assert_eq!(Policy::parse("credrank"), Some(Policy::CredRank));
        assert_eq!(Policy::parse("lottery"), None);
    }

    #[test]
    fn parameters_are_checked_and_written_out_with_their_defaults() {
        let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap();
        assert_eq!(
            cred().parameters(),
            json(
                r#"{"grain": "immediate", "weights": {"change": 1.0, "work_hour": 1.0,
                "comment": 0.25, "fork": 1.0, "author": 1.0, "review": 0.25, "commenter": 1.0,
                "forker": 0.25, "attribution": 1.0}}"#
            )
        );
        let recent = Rule::parse(Policy::CredRank, Some(&json(r#"{"grain": "recent"}"#))).unwrap();
        assert_eq!(recent.parameters()["half_life_weeks"], 4.0);
        for bad in [
            r#"{"grain": "sometimes"}"#,
            r#"{"grain": "recent", "half_life_weeks": 0}"#,
            r#"{"grain": "balanced", "half_life_weeks": 2}"#,
            r#"{"weights": {"review": 1001}}"#,
            r#"{"weights": {"review": -1}}"#,
            r#"{"weights": {"likes": 1}}"#,
            r#"{"weights": {"change": 0, "work_hour": 0}}"#,
        ] {
            assert!(
                Rule::parse(Policy::CredRank, Some(&json(bad))).is_err(),
                "{bad}"
            );
        }
        assert!(Rule::parse(Policy::Equal, Some(&json(r#"{"x": 1}"#))).is_err());
        assert_eq!(
            Rule::parse(Policy::Equal, Some(&json("{}"))),
            Ok(Rule::Equal)
        );
        assert!(Rule::parse(Policy::Equation, None).is_err());
        let over = r#"{"name": "v", "unit": "EUR", "buckets": [{"name": "a", "percent": "120", "agent": "ana"}]}"#;
        let why = Rule::parse(Policy::Equation, Some(&json(over))).unwrap_err();
        assert!(why.contains("over 100"), "{why}");
    }

    #[test]
    fn an_equation_pays_by_its_buckets_and_says_which_rule_gave_what() {
        let eq: serde_json::Value = serde_json::from_str(
            r#"{"name": "manuals", "unit": "EUR", "buckets": [
                {"name": "upkeep", "percent": "10", "agent": "fa"},
                {"name": "work", "percent": "90", "rules": [
                    {"kind": "work", "claim": "equity_like", "formula": {"quantity_times": "20.00 EUR"}},
                    {"kind": "change", "claim": "equity_like", "formula": {"fixed": "10.00 EUR"}}]}]}"#,
        )
        .unwrap();
        let rule = Rule::parse(Policy::Equation, Some(&eq)).unwrap();
        let w = [
            work(1, "ana", None, &["fa"]),
            work(2, "bo", Some(90), &["fa"]),
        ];
        let s = shares(&rule, eur("100.00"), &rec(&w)).unwrap();
        assert_eq!(total(&s), 10_000);
        let by: BTreeMap<_, _> = s.iter().map(|x| (x.person_id.as_str(), x)).collect();
        assert_eq!(by["fa"].amount.minor(), 1000);
        // 90 € shared 30 € (1.5 h × 20 €) to 10 € (a change).
        assert_eq!(by["bo"].amount.minor(), 6750);
        assert_eq!(by["ana"].amount.minor(), 2250);
        assert_eq!(by["bo"].basis, vec![2]);
        assert!(
            by["bo"].weight.starts_with("work: 67.50 EUR"),
            "{}",
            by["bo"].weight
        );
        assert!(
            by["fa"].weight.starts_with("upkeep: 10.00 EUR"),
            "{}",
            by["fa"].weight
        );
    }

    #[test]
    fn balanced_pays_first_who_was_paid_least_for_their_cred() {
        let w = [work(1, "ana", None, &["fa"]), work(2, "bo", None, &["fa"])];
        let rule = Rule::parse(
            Policy::CredRank,
            Some(&serde_json::json!({"grain": "balanced"})),
        )
        .unwrap();
        let even = shares(&rule, eur("100.00"), &rec(&w)).unwrap();
        assert_eq!(total(&even), 10_000);
        let paid = vec![Paid {
            person_id: "ana".into(),
            amount: 5_000,
            at_ms: 1_767_225_600_123 + 3 * 86_400_000,
        }];
        let record = Record { paid, ..rec(&w) };
        let s = shares(&rule, eur("100.00"), &record).unwrap();
        assert_eq!(total(&s), 10_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert!(by.get("ana").copied().unwrap_or(0) < by["bo"], "{by:?}");
        assert!(
            s.iter().any(|x| x.weight.contains("50.00 EUR paid before")),
            "{s:?}"
        );
    }

    #[test]
    fn comments_and_forks_bring_cred_to_their_writers_and_to_the_work_a_fork_carried() {
        let w = [work(1, "ana", None, &["fa"]), work(2, "bo", None, &["fa"])];
        let base = shares(&cred(), eur("100.00"), &rec(&w)).unwrap();
        let by = |s: &[Share]| -> BTreeMap<String, i64> {
            s.iter()
                .map(|x| (x.person_id.clone(), x.amount.minor()))
                .collect()
        };
        let before = by(&base);
        assert_eq!(before["ana"], before["bo"], "{before:?}");
        let at = 1_767_225_600_123 + 5 * 86_400_000;
        let record = Record {
            comments: vec![CommentMark {
                author_id: "cy".into(),
                at,
            }],
            forks: vec![ForkMark {
                forked_by: "cy".into(),
                at,
                carried: vec![1],
            }],
            ..rec(&w)
        };
        let s = shares(&cred(), eur("100.00"), &record).unwrap();
        assert_eq!(total(&s), 10_000);
        let after = by(&s);
        assert!(
            after["cy"] > 0,
            "a commenter and forker has cred: {after:?}"
        );
        assert!(
            after["ana"] > after["bo"],
            "the fork carried ana's work: {after:?}"
        );
        // Weighed at nothing, they bring nothing.
        let mut silent = cred();
        if let Rule::CredRank(p) = &mut silent {
            p.weights.comment = 0.0;
            p.weights.fork = 0.0;
        }
        let s = shares(&silent, eur("100.00"), &record).unwrap();
        let quiet = by(&s);
        assert_eq!(quiet.get("cy").copied().unwrap_or(0), 0, "{quiet:?}");
        assert_eq!(quiet["ana"], quiet["bo"], "{quiet:?}");
    }

    #[test]
    fn recent_weighs_the_last_weeks_more() {
        // ana worked long ago, bo lately: by recent cred, bo gets more.
        let mut old = work(1, "ana", None, &["fa"]);
        old.accepted_at -= 20 * 7 * 86_400_000;
        let w = [old, work(2, "bo", None, &["fa"])];
        let rule = Rule::parse(
            Policy::CredRank,
            Some(&serde_json::json!({"grain": "recent", "half_life_weeks": 2})),
        )
        .unwrap();
        let s = shares(&rule, eur("100.00"), &rec(&w)).unwrap();
        assert_eq!(total(&s), 10_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert!(by.get("ana").copied().unwrap_or(0) < by["bo"], "{by:?}");
    }
}
