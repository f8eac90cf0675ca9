//! What the API and the pages show of bodies: bodies with their seats and rulebook
//! versions, decisions with their state, participation and outcome. People are named by
//! handle. A decision that hides its voters shows who took part only after its close, and
//! never how anyone voted; an open decision shows each voter's ballot after its close.

use super::count::Outcome;
use super::model::{
    Amount, Choice, ElectedSeats, Method, Openers, OptionItem, Rules, SeatRule, Secrecy,
};
use super::service::{self, BodyCtx, Located};
use super::store::{self, RulebookRow};
use super::{delegations, proxies};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BodyView {
    /// The organization's handle.
    pub org: String,
    pub org_name: String,
    /// The body's address within its organization.
    pub slug: String,
    pub name: String,
    /// `general_assembly`, `board`, `working_group`, `jury`, `valuation_panel` or
    /// `commons_council`.
    pub kind: String,
    /// The current version of its rulebook.
    pub rulebook_version: i64,
    pub created_at: i64,
    pub url: String,
}

/// A rulebook as served: people by handle.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RulesView {
    pub seats: SeatRule,
    pub named: Vec<String>,
    pub openers: Openers,
    pub default_method: String,
    #[schema(value_type = Object)]
    pub quorum: serde_json::Value,
    #[schema(value_type = Object)]
    pub threshold: serde_json::Value,
    pub abstentions_count: bool,
    pub secrecy: Secrecy,
    pub changeable: bool,
    pub weights: BTreeMap<String, u64>,
    pub weight_cap: Option<u64>,
    pub rulebook_by_decision: bool,
    pub proxies: u32,
    /// The amount above which a payment from the organization's treasury needs this
    /// body's decision.
    pub spending_limit: Option<Amount>,
    /// When `seats` is `elected`: how many seats, and how long a term lasts.
    pub elected: Option<ElectedSeats>,
}

/// An elected seat held now, with its term.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HeldSeat {
    pub handle: String,
    /// When the term started and when it ends (Unix milliseconds).
    pub since: i64,
    pub ends_at: i64,
    /// The election that gave the seat.
    pub decision_url: String,
}

/// One nominee of an election.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CandidateView {
    pub handle: String,
    pub nominated_by: String,
    /// Markdown.
    pub statement: String,
    /// `pending` (not answered yet), `accepted` or `declined`.
    pub state: String,
    /// The candidate's option, once the election opened.
    pub option: Option<String>,
}

/// An election that fills the elected seats of a body.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ElectionView {
    /// The address of the body whose seats it fills, its name and page.
    pub fills: String,
    pub fills_name: String,
    pub fills_url: String,
    /// When nominations close (they close too when the election opens).
    pub nominations_close_at: i64,
    /// Whether members may nominate now.
    pub nominations_open: bool,
    /// The nominees, in the order they were nominated.
    pub candidates: Vec<CandidateView>,
}

/// The payment a motion authorises if it passes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AuthorisationView {
    /// The treasury's handle.
    pub treasury: String,
    /// The expense's number in that treasury.
    pub expense: i64,
    /// As its currency writes it (`"120.00"`).
    pub amount: String,
    pub currency: String,
    /// Whether the motion passed, so that the payment is authorised.
    pub authorised: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RulebookVersion {
    pub version: i64,
    pub author: String,
    pub note: String,
    pub created_at: i64,
    pub rules: RulesView,
}

/// Someone who sits in a body now, with the weight of their ballot.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Seat {
    pub handle: String,
    pub weight: u64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BodyDetail {
    pub body: BodyView,
    pub rulebook: RulesView,
    /// Who sits now (a decision freezes its own electorate when it opens).
    pub members: Vec<Seat>,
    /// For a body with elected seats: who holds one now, with their term.
    pub seats: Vec<HeldSeat>,
    /// Every version of the rulebook, newest first.
    pub versions: Vec<RulebookVersion>,
    /// Its decisions, newest first (the latest 100).
    pub decisions: Vec<DecisionView>,
}

/// One voter's ballot on an open decision, shown after its close.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OpenVote {
    pub voter: String,
    #[schema(value_type = Object)]
    pub choice: serde_json::Value,
    pub weight: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DecisionView {
    pub id: String,
    /// The organization's handle.
    pub org: String,
    /// The body's address within its organization.
    pub body: String,
    pub body_name: String,
    /// Its number within its body.
    pub number: i64,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// The method, named as `commonfare decide` names it (`motion`, `consent`, `schulze`,
    /// `stv-scottish`, …).
    pub method: String,
    /// `motion`, `poll` or `election`.
    pub kind: String,
    /// `draft`, `open`, `closed` or `withdrawn`.
    pub state: String,
    /// Once closed: `decided` or `failed`.
    pub result: Option<String>,
    /// `open`, `anonymous` or `secret`.
    pub secrecy: String,
    /// Seats to fill; absent for a motion.
    pub seats: Option<i64>,
    pub options: Vec<OptionItem>,
    /// For approval: the most options a ballot may approve.
    pub max_approvals: Option<i64>,
    /// For score voting: the highest score; for cumulative voting: the points a ballot
    /// spends at most.
    pub points: Option<i64>,
    /// Who drafted it.
    pub opener: String,
    /// Unix milliseconds.
    pub closes_at: i64,
    pub opened_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub created_at: i64,
    /// The rulebook version it froze (or will freeze, for a draft).
    pub rulebook_version: i64,
    /// SHA-256 of the frozen electorate (see the journal's `decision.opened`).
    pub electorate_hash: Option<String>,
    /// The frozen electorate's total weight.
    pub electorate_weight: i64,
    /// How many people may vote, and how many did.
    pub voters: i64,
    pub voted: i64,
    /// Ballots cast (each voter's last one counts).
    pub ballot_count: i64,
    /// Once closed: the outcome with its explanation.
    pub outcome: Option<Outcome>,
    /// SHA-256 of the ballot file and of the outcome, as journaled at the close.
    pub ballots_hash: Option<String>,
    pub outcome_hash: Option<String>,
    /// Once closed: the handles of the people who took part.
    pub participants: Option<Vec<String>>,
    /// Once closed, for open ballots only: who voted how.
    pub votes: Option<Vec<OpenVote>>,
    pub url: String,
    /// Once closed: where the anonymised ballot file is.
    pub ballots_url: Option<String>,
    /// How many proxies one voter may hold in this decision (0: none).
    pub proxies: u32,
    /// The rulebook this decision adopts if it passes.
    pub proposal: Option<RulesView>,
    /// Once closed: the command that recounts the ballot file (`FILE` is its name), for
    /// every method but the motions.
    pub recount: Option<String>,
    /// The payment from the organization's treasury this motion authorises if it passes.
    pub authorises: Option<AuthorisationView>,
    /// For an election that fills elected seats: the body, the nominations and the
    /// candidates.
    pub election: Option<ElectionView>,
}

impl RulesView {
    /// The quorum as the rulebook's table writes it (`fraction 1/2`, `votes 10`, `none`).
    pub fn quorum_text(&self) -> String {
        rule_text(&self.quorum)
    }

    pub fn threshold_text(&self) -> String {
        rule_text(&self.threshold)
    }
}

/// An amount in the page's language (`120,00 €`).
fn amount_shown(lang: crate::i18n::Lang, a: &Amount) -> String {
    match a.money() {
        Some(m) => crate::i18n::formats::amount(lang, &m).unwrap_or_else(|| m.to_string()),
        None => format!("{} {}", a.amount, a.currency),
    }
}

impl RulesView {
    /// The spending limit in the page's language.
    pub fn limit_shown(&self, lang: &crate::i18n::Lang) -> Option<String> {
        self.spending_limit.as_ref().map(|a| amount_shown(*lang, a))
    }
}

impl AuthorisationView {
    /// The amount in the page's language.
    pub fn amount_shown(&self, lang: &crate::i18n::Lang) -> String {
        amount_shown(
            *lang,
            &Amount {
                amount: self.amount.clone(),
                currency: self.currency.clone(),
            },
        )
    }
}

fn rule_text(v: &serde_json::Value) -> String {
    let kind = v["kind"].as_str().unwrap_or("");
    match (v.get("numerator"), v.get("denominator"), v.get("votes")) {
        (Some(n), Some(d), _) => format!("{kind} {n}/{d}"),
        (_, _, Some(n)) => format!("{kind} {n}"),
        _ => kind.to_string(),
    }
}

fn rules_view(conn: &mut DbConn, r: &Rules) -> Result<RulesView, AppError> {
    let names =
        crate::accounts::handles_by_id(conn, r.named.iter().chain(r.weights.keys()).cloned())?;
    let name = |id: &String| names.get(id).cloned().unwrap_or_else(|| id.clone());
    Ok(RulesView {
        seats: r.seats,
        named: r.named.iter().map(name).collect(),
        openers: r.openers,
        default_method: r.default_method.clone(),
        quorum: serde_json::to_value(r.quorum).map_err(AppError::internal)?,
        threshold: serde_json::to_value(r.threshold).map_err(AppError::internal)?,
        abstentions_count: r.abstentions_count,
        secrecy: r.secrecy,
        changeable: r.changeable,
        weights: r.weights.iter().map(|(id, w)| (name(id), *w)).collect(),
        weight_cap: r.weight_cap,
        rulebook_by_decision: r.rulebook_by_decision,
        proxies: r.proxies,
        spending_limit: r.spending_limit.clone(),
        elected: r.elected,
    })
}

pub fn body_view(ctx: &BodyCtx) -> BodyView {
    BodyView {
        org: ctx.org_handle.clone(),
        org_name: ctx.org_name.clone(),
        slug: ctx.body.slug.clone(),
        name: ctx.body.name.clone(),
        kind: ctx.body.kind.clone(),
        rulebook_version: ctx.body.rulebook_version,
        created_at: ctx.body.created_at,
        url: ctx.url(),
    }
}

fn version_view(conn: &mut DbConn, row: &RulebookRow) -> Result<RulebookVersion, AppError> {
    let rules: Rules = serde_json::from_str(&row.rules).map_err(AppError::internal)?;
    Ok(RulebookVersion {
        version: row.version,
        author: crate::accounts::handle_of(conn, &row.author_id)?,
        note: row.note.clone(),
        created_at: row.created_at,
        rules: rules_view(conn, &rules)?,
    })
}

pub fn body_detail(conn: &mut DbConn, ctx: &BodyCtx) -> Result<BodyDetail, AppError> {
    let rules = service::current_rules(conn, &ctx.body)?;
    let ids = service::seated(conn, ctx, &rules)?;
    let handles = crate::accounts::handles_by_id(conn, ids.iter().cloned())?;
    let mut members: Vec<Seat> = ids
        .iter()
        .filter_map(|id| {
            handles.get(id).map(|h| Seat {
                handle: h.clone(),
                weight: rules.weight_of(id),
            })
        })
        .collect();
    members.sort_by(|a, b| a.handle.cmp(&b.handle));
    let versions = store::rulebooks(conn, &ctx.body.id)?
        .iter()
        .map(|r| version_view(conn, r))
        .collect::<Result<Vec<_>, _>>()?;
    let decisions = store::decisions_of(conn, &ctx.body.id, 100)?
        .into_iter()
        .map(|d| {
            decision_view(
                conn,
                &Located {
                    ctx: ctx.clone(),
                    d,
                },
                false,
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let held = store::seat_holders(conn, &ctx.body.id, crate::db::now_ms())?;
    let holders = crate::accounts::handles_by_id(conn, held.iter().map(|s| s.person_id.clone()))?;
    let mut seats: Vec<HeldSeat> = held
        .into_iter()
        .filter_map(|s| {
            Some(HeldSeat {
                handle: holders.get(&s.person_id)?.clone(),
                since: s.starts_at,
                ends_at: s.ends_at,
                decision_url: format!("/decisions/{}", s.decision_id),
            })
        })
        .collect();
    seats.sort_by(|a, b| a.handle.cmp(&b.handle));
    Ok(BodyDetail {
        body: body_view(ctx),
        rulebook: rules_view(conn, &rules)?,
        members,
        seats,
        versions,
        decisions,
    })
}

/// A decision as served; `full` adds the participation and, once closed, who took part
/// (and, for open ballots, how each voted).
pub fn decision_view(
    conn: &mut DbConn,
    loc: &Located,
    full: bool,
) -> Result<DecisionView, AppError> {
    let d = &loc.d;
    let method = loc.method()?;
    let closed = d.state == "closed";
    let (mut voters, mut voted, mut participants, mut votes) = (0, 0, None, None);
    if full && !closed {
        // While it is open, every ballot is one elector's (proxies are counted at the
        // close): no need to read the whole electorate, which a ballot's answer would
        // otherwise do for every ballot.
        voters = d.electorate_size;
        voted = d.ballot_count;
    } else if full {
        let electorate = store::electorate(conn, &d.id)?;
        voters = electorate.len() as i64;
        voted = electorate.iter().filter(|e| e.voted).count() as i64;
        {
            let ids: Vec<String> = electorate
                .iter()
                .filter(|e| e.voted)
                .map(|e| e.person_id.clone())
                .collect();
            let handles = crate::accounts::handles_by_id(conn, ids.iter().cloned())?;
            let mut who: Vec<String> = ids
                .iter()
                .filter_map(|id| handles.get(id).cloned())
                .collect();
            who.sort();
            participants = Some(who);
            if d.secrecy == Secrecy::Open.as_str() {
                let rows = store::ballots(conn, &d.id)?;
                let handles = crate::accounts::handles_by_id(
                    conn,
                    rows.iter().filter_map(|b| b.voter_id.clone()),
                )?;
                let mut list = Vec::new();
                for b in rows {
                    let Some(voter) = b.voter_id.as_ref().and_then(|v| handles.get(v)) else {
                        continue;
                    };
                    let choice: Choice =
                        serde_json::from_str(&b.choice).map_err(AppError::internal)?;
                    list.push(OpenVote {
                        voter: voter.clone(),
                        choice: serde_json::to_value(choice).map_err(AppError::internal)?,
                        weight: b.weight,
                    });
                }
                list.sort_by(|a, b| a.voter.cmp(&b.voter));
                votes = Some(list);
            }
        }
    }
    Ok(DecisionView {
        id: d.id.clone(),
        org: loc.ctx.org_handle.clone(),
        body: loc.ctx.body.slug.clone(),
        body_name: loc.ctx.body.name.clone(),
        number: d.number,
        title: d.title.clone(),
        description: d.description.clone(),
        method: d.method.clone(),
        kind: method.kind(d.seats).into(),
        state: d.state.clone(),
        result: d.result.clone(),
        secrecy: d.secrecy.clone(),
        seats: (!method.is_motion()).then_some(d.seats),
        options: loc.options()?,
        max_approvals: d.max_approvals,
        points: d.points,
        opener: crate::accounts::handle_of(conn, &d.opener_id)?,
        closes_at: d.closes_at,
        opened_at: d.opened_at,
        closed_at: d.closed_at,
        created_at: d.created_at,
        rulebook_version: d.rulebook_version,
        electorate_hash: d.electorate_hash.clone(),
        electorate_weight: d.electorate_weight,
        voters,
        voted,
        ballot_count: d.ballot_count,
        outcome: loc.outcome()?,
        ballots_hash: d.ballots_hash.clone(),
        outcome_hash: d.outcome_hash.clone(),
        participants,
        votes,
        url: loc.url(),
        ballots_url: closed.then(|| format!("/api/v1/decisions/{}/ballots", d.id)),
        recount: closed.then(|| recount(method)).flatten(),
        proxies: loc.rules()?.proxies,
        election: election_view(conn, loc)?,
        authorises: store::authorisation(conn, &d.id)?.map(|a| AuthorisationView {
            treasury: a.treasury,
            expense: a.expense,
            amount: a.amount,
            currency: a.currency,
            authorised: a.passed,
        }),
        proposal: match &d.proposal {
            Some(text) => Some(rules_view(
                conn,
                &serde_json::from_str(text).map_err(AppError::internal)?,
            )?),
            None => None,
        },
    })
}

fn election_view(conn: &mut DbConn, loc: &Located) -> Result<Option<ElectionView>, AppError> {
    let Some(e) = store::election(conn, &loc.d.id)? else {
        return Ok(None);
    };
    let fills = store::body_by_id(conn, &e.fills_body_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("election without its body")))?;
    let rows = store::candidates(conn, &loc.d.id)?;
    let handles = crate::accounts::handles_by_id(
        conn,
        rows.iter()
            .flat_map(|c| [c.person_id.clone(), c.nominated_by.clone()]),
    )?;
    let handle = |id: &String| handles.get(id).cloned().unwrap_or_else(|| id.clone());
    Ok(Some(ElectionView {
        fills_url: format!("/orgs/{}/bodies/{}", loc.ctx.org_handle, fills.slug),
        fills: fills.slug,
        fills_name: fills.name,
        nominations_close_at: e.nominations_close_at,
        nominations_open: loc.d.state == "draft" && crate::db::now_ms() < e.nominations_close_at,
        candidates: rows
            .iter()
            .map(|c| CandidateView {
                handle: handle(&c.person_id),
                nominated_by: handle(&c.nominated_by),
                statement: c.statement.clone(),
                state: c.state.clone(),
                option: c.option_id.clone(),
            })
            .collect(),
    }))
}

/// An open decision the viewer may vote on.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyDecision {
    pub decision: DecisionView,
    /// The weight of the viewer's ballot.
    pub weight: i64,
    /// Whether the viewer has voted (they may change their ballot where the rules allow).
    pub voted: bool,
}

/// The open decisions `person` may vote on, those closing first first.
pub fn open_for(
    conn: &mut DbConn,
    person: &crate::ids::PersonId,
) -> Result<Vec<MyDecision>, AppError> {
    store::open_for(conn, person.as_str())?
        .into_iter()
        .map(|(d, e)| {
            let loc = service::locate(conn, d)?;
            Ok(MyDecision {
                decision: decision_view(conn, &loc, false)?,
                weight: e.weight,
                voted: e.voted,
            })
        })
        .collect()
}

/// The command that recounts a method's ballot file.
fn recount(method: Method) -> Option<String> {
    if method.committee().is_some() {
        Some("commonfare decide abc FILE".into())
    } else if method.ranked().is_some() {
        Some(format!(
            "commonfare decide rank FILE --method {}",
            method.name()
        ))
    } else {
        None
    }
}

/// One page of every body's decisions, newest first, in `state` when given.
pub fn decisions_page(
    conn: &mut DbConn,
    state: Option<&str>,
    paging: &Paging,
) -> Result<Page<DecisionView>, AppError> {
    let after = paging.after::<(i64, String)>()?;
    let rows = store::decisions(conn, state, after, paging.fetch())?;
    paging
        .page(rows, |d| (d.created_at, d.id.clone()))
        .try_map(|d| {
            let loc = service::locate(conn, d)?;
            decision_view(conn, &loc, false)
        })
}

/// The names of every method, for the pages' lists.
pub fn methods() -> Vec<&'static str> {
    Method::ALL.iter().map(|m| m.name()).collect()
}

/// The caller's proxies in one decision.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProxiesView {
    /// The voter the caller offered their proxy to, if they did.
    pub given_to: Option<String>,
    /// Whether that voter accepted it (only an accepted proxy counts at the close).
    pub given_accepted: bool,
    /// The voters who offered the caller their proxy and wait for an answer.
    pub waiting: Vec<String>,
    /// The voters whose proxy the caller accepted.
    pub held: Vec<String>,
}

pub fn proxies_view(m: proxies::Mine) -> ProxiesView {
    let (given_to, given_accepted) = match m.given {
        Some((h, a)) => (Some(h), a),
        None => (None, false),
    };
    ProxiesView {
        given_to,
        given_accepted,
        waiting: m.waiting,
        held: m.held,
    }
}

/// The caller's standing delegations in one body.
#[derive(Debug, Serialize, ToSchema)]
pub struct DelegationsView {
    /// The member the caller delegated to, if they did.
    pub delegate: Option<String>,
    /// Whether that member accepted it (only then does it count).
    pub accepted: bool,
    /// The members who delegated to the caller and wait for an answer.
    pub waiting: Vec<String>,
    /// The members whose delegation the caller accepted.
    pub held: Vec<String>,
}

pub fn delegations_view(m: delegations::Mine) -> DelegationsView {
    let (delegate, accepted) = match m.given {
        Some((h, a)) => (Some(h), a),
        None => (None, false),
    };
    DelegationsView {
        delegate,
        accepted,
        waiting: m.waiting,
        held: m.held,
    }
}
