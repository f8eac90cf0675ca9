//! Queries for bodies: bodies, their rulebook versions, decisions, frozen electorates and
//! ballots. Plain reads and writes; the rules live in `model` and the flows in `service`.
//! A write that depends on a state is guarded in SQL (`… WHERE state = 'open'`) and says
//! whether it touched a row; the flows that read several rows first take the decision's
//! lock (`lock_decision`) before their first read.
//!
//! Ballots are read in the order of their ids, which are random: never in the order they
//! were written.

use crate::db::DbConn;
use crate::db::schema::{
    bodies, body_authorisations, body_ballots, body_candidates, body_decision_records,
    body_decisions, body_delegations, body_elections, body_electorate, body_feed_tokens,
    body_rulebooks, body_seats,
};
use crate::error::AppError;
use diesel::prelude::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = bodies)]
pub struct BodyRow {
    pub id: String,
    pub org_id: String,
    pub slug: String,
    pub name: String,
    pub kind: String,
    pub rulebook_version: i64,
    pub created_at: i64,
    pub updated_at: i64,
    /// The current rulebook's spending limit, in minor units of its currency.
    pub spending_limit_minor: Option<i64>,
    pub spending_limit_currency: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_rulebooks)]
pub struct RulebookRow {
    pub body_id: String,
    pub version: i64,
    /// `model::Rules` as JSON.
    pub rules: String,
    pub note: String,
    pub author_id: String,
    pub created_at: i64,
}

/// A decision as the flows see it: its question (`body_decisions`) and its record of what
/// it froze and how it closed (`body_decision_records`), read and written together.
#[derive(Debug, Clone)]
pub struct DecisionRow {
    pub id: String,
    pub body_id: String,
    pub number: i64,
    pub title: String,
    pub description: String,
    pub method: String,
    /// `Vec<model::OptionItem>` as JSON.
    pub options: String,
    pub seats: i64,
    pub max_approvals: Option<i64>,
    pub secrecy: String,
    pub state: String,
    /// `decided` or `failed` once closed.
    pub result: Option<String>,
    /// The rulebook as it was when the decision was drafted, then when it opened (frozen).
    pub rules: String,
    pub rulebook_version: i64,
    pub opener_id: String,
    pub closes_at: i64,
    pub opened_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub electorate_hash: Option<String>,
    pub electorate_weight: i64,
    /// How many people the frozen electorate holds (0 before it opens).
    pub electorate_size: i64,
    pub ballot_count: i64,
    /// `count::Outcome` as JSON, once closed.
    pub outcome: Option<String>,
    pub ballots_hash: Option<String>,
    pub outcome_hash: Option<String>,
    /// The rulebook (`model::Rules` as JSON) it adopts if it passes.
    pub proposal: Option<String>,
    /// Score voting: the highest score; cumulative voting: the points a ballot spends.
    pub points: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// The question of a decision, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_decisions)]
pub struct QuestionRow {
    pub id: String,
    pub body_id: String,
    pub number: i64,
    pub title: String,
    pub description: String,
    pub method: String,
    pub options: String,
    pub seats: i64,
    pub max_approvals: Option<i64>,
    pub secrecy: String,
    pub state: String,
    pub opener_id: String,
    pub closes_at: i64,
    pub ballot_count: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a decision froze and recorded, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_decision_records)]
pub struct RecordRow {
    pub decision_id: String,
    pub rules: String,
    pub rulebook_version: i64,
    pub opened_at: Option<i64>,
    pub electorate_hash: Option<String>,
    pub electorate_weight: i64,
    pub closed_at: Option<i64>,
    pub result: Option<String>,
    pub outcome: Option<String>,
    pub ballots_hash: Option<String>,
    pub outcome_hash: Option<String>,
    pub proposal: Option<String>,
    pub points: Option<i64>,
    pub electorate_size: i64,
}

fn joined(q: QuestionRow, r: RecordRow) -> DecisionRow {
    DecisionRow {
        id: q.id,
        body_id: q.body_id,
        number: q.number,
        title: q.title,
        description: q.description,
        method: q.method,
        options: q.options,
        seats: q.seats,
        max_approvals: q.max_approvals,
        secrecy: q.secrecy,
        state: q.state,
        result: r.result,
        rules: r.rules,
        rulebook_version: r.rulebook_version,
        opener_id: q.opener_id,
        closes_at: q.closes_at,
        opened_at: r.opened_at,
        closed_at: r.closed_at,
        electorate_hash: r.electorate_hash,
        electorate_weight: r.electorate_weight,
        electorate_size: r.electorate_size,
        ballot_count: q.ballot_count,
        outcome: r.outcome,
        ballots_hash: r.ballots_hash,
        outcome_hash: r.outcome_hash,
        proposal: r.proposal,
        points: r.points,
        created_at: q.created_at,
        updated_at: q.updated_at,
    }
}

/// The questions with their records, in the questions' order.
fn with_records(conn: &mut DbConn, qs: Vec<QuestionRow>) -> Result<Vec<DecisionRow>, AppError> {
    let ids: Vec<String> = qs.iter().map(|q| q.id.clone()).collect();
    let mut recs: std::collections::HashMap<String, RecordRow> = body_decision_records::table
        .filter(body_decision_records::decision_id.eq_any(ids))
        .select(RecordRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|r: RecordRow| (r.decision_id.clone(), r))
        .collect();
    qs.into_iter()
        .map(|q| {
            let r = recs.remove(&q.id).ok_or_else(|| {
                AppError::internal(anyhow::anyhow!("decision {} has no record", q.id))
            })?;
            Ok(joined(q, r))
        })
        .collect()
}

/// One voter of a decision's frozen electorate.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_electorate)]
// A missing link is written as NULL, so that many rows go in one statement on SQLite
// (which has no DEFAULT in a multi-row VALUES).
#[diesel(treat_none_as_default_value = false)]
pub struct ElectorRow {
    pub decision_id: String,
    pub person_id: String,
    pub weight: i64,
    pub voted: bool,
    /// The voter's ballot while it may still be replaced; erased at the close when the
    /// decision hides its voters.
    pub ballot_id: Option<String>,
    /// The voter offered (or, once accepted, holding) this one's proxy, until this one
    /// votes.
    pub proxy_to: Option<String>,
    /// Whether the voter of `proxy_to` accepted the proxy (only then does it count).
    pub proxy_accepted: bool,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_ballots)]
// A missing link is written as NULL, so that many rows go in one statement on SQLite
// (which has no DEFAULT in a multi-row VALUES).
#[diesel(treat_none_as_default_value = false)]
pub struct BallotRow {
    pub decision_id: String,
    /// Random, never ordered by time.
    pub id: String,
    /// `model::Choice` as JSON.
    pub choice: String,
    pub weight: i64,
    /// The voter, for open ballots only.
    pub voter_id: Option<String>,
    /// SHA-256 of the voter's receipt, for secret ballots.
    pub receipt_hash: Option<String>,
}

/// Serializes the writers that create bodies in one organization.
pub fn lock_bodies(conn: &mut DbConn, org_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("bodies:{org_id}"))
}

/// Serializes every writer of one decision (ballots, opening, closing) until the
/// transaction ends.
pub fn lock_decision(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("body-decision:{id}"))
}

pub fn insert_body(conn: &mut DbConn, row: &BodyRow) -> Result<(), AppError> {
    diesel::insert_into(bodies::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn body_by_slug(
    conn: &mut DbConn,
    org_id: &str,
    slug: &str,
) -> Result<Option<BodyRow>, AppError> {
    Ok(bodies::table
        .filter(bodies::org_id.eq(org_id))
        .filter(bodies::slug.eq(slug))
        .select(BodyRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn body_by_id(conn: &mut DbConn, id: &str) -> Result<Option<BodyRow>, AppError> {
    Ok(bodies::table
        .filter(bodies::id.eq(id))
        .select(BodyRow::as_select())
        .first(conn)
        .optional()?)
}

/// The bodies of an organization, by name.
pub fn bodies_of(conn: &mut DbConn, org_id: &str) -> Result<Vec<BodyRow>, AppError> {
    Ok(bodies::table
        .filter(bodies::org_id.eq(org_id))
        .select(BodyRow::as_select())
        .order((bodies::name.asc(), bodies::id.asc()))
        .load(conn)?)
}

/// Moves a body to its next rulebook version if it is still at `from`, with that
/// version's spending limit (minor units and currency).
pub fn bump_rulebook(
    conn: &mut DbConn,
    body_id: &str,
    from: i64,
    limit: Option<(i64, String)>,
    now: i64,
) -> Result<bool, AppError> {
    let (minor, currency) = limit.unzip();
    let n = diesel::update(
        bodies::table
            .filter(bodies::id.eq(body_id))
            .filter(bodies::rulebook_version.eq(from)),
    )
    .set((
        bodies::rulebook_version.eq(from + 1),
        bodies::spending_limit_minor.eq(minor),
        bodies::spending_limit_currency.eq(currency),
        bodies::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn insert_rulebook(conn: &mut DbConn, row: &RulebookRow) -> Result<(), AppError> {
    diesel::insert_into(body_rulebooks::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Every version of a body's rulebook, newest first.
pub fn rulebooks(conn: &mut DbConn, body_id: &str) -> Result<Vec<RulebookRow>, AppError> {
    Ok(body_rulebooks::table
        .filter(body_rulebooks::body_id.eq(body_id))
        .select(RulebookRow::as_select())
        .order(body_rulebooks::version.desc())
        .load(conn)?)
}

pub fn rulebook(
    conn: &mut DbConn,
    body_id: &str,
    version: i64,
) -> Result<Option<RulebookRow>, AppError> {
    Ok(body_rulebooks::table
        .filter(body_rulebooks::body_id.eq(body_id))
        .filter(body_rulebooks::version.eq(version))
        .select(RulebookRow::as_select())
        .first(conn)
        .optional()?)
}

/// The next decision number of a body, under the body's lock.
pub fn next_decision_number(conn: &mut DbConn, body_id: &str) -> Result<i64, AppError> {
    crate::db::lock_key(conn, &format!("body-decisions:{body_id}"))?;
    let max: Option<i64> = body_decisions::table
        .filter(body_decisions::body_id.eq(body_id))
        .select(diesel::dsl::max(body_decisions::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn insert_decision(conn: &mut DbConn, d: &DecisionRow) -> Result<(), AppError> {
    let d = d.clone();
    diesel::insert_into(body_decisions::table)
        .values(QuestionRow {
            id: d.id.clone(),
            body_id: d.body_id,
            number: d.number,
            title: d.title,
            description: d.description,
            method: d.method,
            options: d.options,
            seats: d.seats,
            max_approvals: d.max_approvals,
            secrecy: d.secrecy,
            state: d.state,
            opener_id: d.opener_id,
            closes_at: d.closes_at,
            ballot_count: d.ballot_count,
            created_at: d.created_at,
            updated_at: d.updated_at,
        })
        .execute(conn)?;
    diesel::insert_into(body_decision_records::table)
        .values(RecordRow {
            decision_id: d.id,
            rules: d.rules,
            rulebook_version: d.rulebook_version,
            opened_at: d.opened_at,
            electorate_hash: d.electorate_hash,
            electorate_weight: d.electorate_weight,
            closed_at: d.closed_at,
            result: d.result,
            outcome: d.outcome,
            ballots_hash: d.ballots_hash,
            outcome_hash: d.outcome_hash,
            proposal: d.proposal,
            points: d.points,
            electorate_size: d.electorate_size,
        })
        .execute(conn)?;
    Ok(())
}

pub fn decision_by_id(conn: &mut DbConn, id: &str) -> Result<Option<DecisionRow>, AppError> {
    let q: Option<QuestionRow> = body_decisions::table
        .filter(body_decisions::id.eq(id))
        .select(QuestionRow::as_select())
        .first(conn)
        .optional()?;
    Ok(with_records(conn, q.into_iter().collect())?.pop())
}

/// The decision `number` of a body.
pub fn decision_by_number(
    conn: &mut DbConn,
    body_id: &str,
    number: i64,
) -> Result<Option<DecisionRow>, AppError> {
    let q: Option<QuestionRow> = body_decisions::table
        .filter(body_decisions::body_id.eq(body_id))
        .filter(body_decisions::number.eq(number))
        .select(QuestionRow::as_select())
        .first(conn)
        .optional()?;
    Ok(with_records(conn, q.into_iter().collect())?.pop())
}

/// A body's decisions, newest first (at most `limit`).
pub fn decisions_of(
    conn: &mut DbConn,
    body_id: &str,
    limit: i64,
) -> Result<Vec<DecisionRow>, AppError> {
    let qs = body_decisions::table
        .filter(body_decisions::body_id.eq(body_id))
        .select(QuestionRow::as_select())
        .order(body_decisions::number.desc())
        .limit(limit)
        .load(conn)?;
    with_records(conn, qs)
}

/// Decisions of every body, newest first, in `state` when given, after the decision
/// `(created_at, id)` when given.
pub fn decisions(
    conn: &mut DbConn,
    state: Option<&str>,
    after: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<DecisionRow>, AppError> {
    let mut q = body_decisions::table
        .select(QuestionRow::as_select())
        .into_boxed();
    if let Some(s) = state {
        q = q.filter(body_decisions::state.eq(s.to_string()));
    }
    if let Some((at, id)) = after {
        q = q.filter(
            body_decisions::created_at
                .lt(at)
                .or(body_decisions::created_at
                    .eq(at)
                    .and(body_decisions::id.lt(id))),
        );
    }
    let qs = q
        .order((body_decisions::created_at.desc(), body_decisions::id.desc()))
        .limit(limit)
        .load(conn)?;
    with_records(conn, qs)
}

/// Rewrites a draft's question and proposal; false when it is no longer a draft.
pub fn rewrite_draft(conn: &mut DbConn, d: &DecisionRow) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(&d.id))
            .filter(body_decisions::state.eq("draft")),
    )
    .set((
        body_decisions::title.eq(&d.title),
        body_decisions::description.eq(&d.description),
        body_decisions::method.eq(&d.method),
        body_decisions::options.eq(&d.options),
        body_decisions::seats.eq(d.seats),
        body_decisions::max_approvals.eq(d.max_approvals),
        body_decisions::secrecy.eq(&d.secrecy),
        body_decisions::closes_at.eq(d.closes_at),
        body_decisions::updated_at.eq(d.updated_at),
    ))
    .execute(conn)?;
    if n == 1 {
        diesel::update(
            body_decision_records::table.filter(body_decision_records::decision_id.eq(&d.id)),
        )
        .set((
            body_decision_records::rules.eq(&d.rules),
            body_decision_records::rulebook_version.eq(d.rulebook_version),
            body_decision_records::proposal.eq(&d.proposal),
            body_decision_records::points.eq(d.points),
        ))
        .execute(conn)?;
    }
    Ok(n == 1)
}

/// Opens a draft with its frozen rules and electorate; false when it is no longer a draft.
#[allow(clippy::too_many_arguments)]
pub fn set_open(
    conn: &mut DbConn,
    id: &str,
    rules: &str,
    rulebook_version: i64,
    electorate_hash: &str,
    electorate_weight: i64,
    electorate_size: i64,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(id))
            .filter(body_decisions::state.eq("draft")),
    )
    .set((
        body_decisions::state.eq("open"),
        body_decisions::updated_at.eq(now),
    ))
    .execute(conn)?;
    if n == 1 {
        diesel::update(
            body_decision_records::table.filter(body_decision_records::decision_id.eq(id)),
        )
        .set((
            body_decision_records::rules.eq(rules),
            body_decision_records::rulebook_version.eq(rulebook_version),
            body_decision_records::electorate_hash.eq(electorate_hash),
            body_decision_records::electorate_weight.eq(electorate_weight),
            body_decision_records::electorate_size.eq(electorate_size),
            body_decision_records::opened_at.eq(now),
        ))
        .execute(conn)?;
    }
    Ok(n == 1)
}

/// Writes the frozen electorate, [`BALLOTS`] electors per statement.
pub fn insert_electors(conn: &mut DbConn, rows: &[ElectorRow]) -> Result<(), AppError> {
    for chunk in rows.chunks(BALLOTS) {
        crate::db::native!(conn, |c| diesel::insert_into(body_electorate::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

pub fn elector(
    conn: &mut DbConn,
    decision_id: &str,
    person_id: &str,
) -> Result<Option<ElectorRow>, AppError> {
    Ok(body_electorate::table
        .filter(body_electorate::decision_id.eq(decision_id))
        .filter(body_electorate::person_id.eq(person_id))
        .select(ElectorRow::as_select())
        .first(conn)
        .optional()?)
}

/// A decision's electorate, by person id.
pub fn electorate(conn: &mut DbConn, decision_id: &str) -> Result<Vec<ElectorRow>, AppError> {
    Ok(body_electorate::table
        .filter(body_electorate::decision_id.eq(decision_id))
        .select(ElectorRow::as_select())
        .order(body_electorate::person_id.asc())
        .load(conn)?)
}

/// The open decisions `person_id` may vote on, with their place in each electorate,
/// those closing first first.
pub fn open_for(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<Vec<(DecisionRow, ElectorRow)>, AppError> {
    let mine: Vec<ElectorRow> = body_electorate::table
        .filter(body_electorate::person_id.eq(person_id))
        .select(ElectorRow::as_select())
        .load(conn)?;
    let ids: Vec<String> = mine.iter().map(|e| e.decision_id.clone()).collect();
    let mut open = Vec::new();
    for chunk in ids.chunks(500) {
        let qs: Vec<QuestionRow> = body_decisions::table
            .filter(body_decisions::id.eq_any(chunk))
            .filter(body_decisions::state.eq("open"))
            .select(QuestionRow::as_select())
            .load(conn)?;
        open.extend(with_records(conn, qs)?);
    }
    open.sort_by(|a, b| (a.closes_at, &a.id).cmp(&(b.closes_at, &b.id)));
    Ok(open
        .into_iter()
        .filter_map(|d| {
            let e = mine.iter().find(|e| e.decision_id == d.id)?.clone();
            Some((d, e))
        })
        .collect())
}

/// Marks a voter's first ballot; false when they had voted already.
pub fn mark_voted(
    conn: &mut DbConn,
    decision_id: &str,
    person_id: &str,
    ballot_id: Option<&str>,
) -> Result<bool, AppError> {
    let n = diesel::update(
        body_electorate::table
            .filter(body_electorate::decision_id.eq(decision_id))
            .filter(body_electorate::person_id.eq(person_id))
            .filter(body_electorate::voted.eq(false)),
    )
    .set((
        body_electorate::voted.eq(true),
        body_electorate::ballot_id.eq(ballot_id),
        body_electorate::proxy_to.eq(None::<String>),
        body_electorate::proxy_accepted.eq(false),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// Offers (or, with `None`, takes back) a voter's proxy; an offer starts unaccepted.
pub fn set_proxy(
    conn: &mut DbConn,
    decision_id: &str,
    person_id: &str,
    to: Option<&str>,
) -> Result<(), AppError> {
    diesel::update(
        body_electorate::table
            .filter(body_electorate::decision_id.eq(decision_id))
            .filter(body_electorate::person_id.eq(person_id)),
    )
    .set((
        body_electorate::proxy_to.eq(to),
        body_electorate::proxy_accepted.eq(false),
    ))
    .execute(conn)?;
    Ok(())
}

/// The holder `holder` accepts the proxy `giver` offered them; false when there is no
/// such offer.
pub fn accept_proxy(
    conn: &mut DbConn,
    decision_id: &str,
    giver: &str,
    holder: &str,
) -> Result<bool, AppError> {
    let n = diesel::update(
        body_electorate::table
            .filter(body_electorate::decision_id.eq(decision_id))
            .filter(body_electorate::person_id.eq(giver))
            .filter(body_electorate::proxy_to.eq(holder))
            .filter(body_electorate::voted.eq(false)),
    )
    .set(body_electorate::proxy_accepted.eq(true))
    .execute(conn)?;
    Ok(n == 1)
}

/// The voters who offered their proxy to `holder` in a decision (accepted or not).
pub fn proxies_offered_to(
    conn: &mut DbConn,
    decision_id: &str,
    holder: &str,
) -> Result<Vec<ElectorRow>, AppError> {
    Ok(body_electorate::table
        .filter(body_electorate::decision_id.eq(decision_id))
        .filter(body_electorate::proxy_to.eq(holder))
        .select(ElectorRow::as_select())
        .order(body_electorate::person_id.asc())
        .load(conn)?)
}

/// How many proxies a voter holds or is offered in a decision.
pub fn proxies_held(conn: &mut DbConn, decision_id: &str, holder: &str) -> Result<i64, AppError> {
    Ok(body_electorate::table
        .filter(body_electorate::decision_id.eq(decision_id))
        .filter(body_electorate::proxy_to.eq(holder))
        .count()
        .get_result(conn)?)
}

/// Counts one more ballot on a decision still open.
pub fn count_ballot(conn: &mut DbConn, decision_id: &str) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(decision_id))
            .filter(body_decisions::state.eq("open")),
    )
    .set(body_decisions::ballot_count.eq(body_decisions::ballot_count + 1))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn insert_ballot(conn: &mut DbConn, row: &BallotRow) -> Result<(), AppError> {
    diesel::insert_into(body_ballots::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Replaces the choice (and receipt) of a ballot; false when there is no such ballot.
pub fn replace_ballot(
    conn: &mut DbConn,
    decision_id: &str,
    id: &str,
    choice: &str,
    receipt_hash: Option<&str>,
) -> Result<bool, AppError> {
    let n = diesel::update(
        body_ballots::table
            .filter(body_ballots::decision_id.eq(decision_id))
            .filter(body_ballots::id.eq(id)),
    )
    .set((
        body_ballots::choice.eq(choice),
        body_ballots::receipt_hash.eq(receipt_hash),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// A decision's ballots, in the order of their random ids.
pub fn ballots(conn: &mut DbConn, decision_id: &str) -> Result<Vec<BallotRow>, AppError> {
    Ok(body_ballots::table
        .filter(body_ballots::decision_id.eq(decision_id))
        .select(BallotRow::as_select())
        .order(body_ballots::id.asc())
        .load(conn)?)
}

/// What the count reads of a decision's ballots: each one's choice (as JSON) and weight,
/// in the order of their random ids (the table's key, so no sort), and nothing else.
pub fn ballot_choices(
    conn: &mut DbConn,
    decision_id: &str,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(body_ballots::table
        .filter(body_ballots::decision_id.eq(decision_id))
        .select((body_ballots::choice, body_ballots::weight))
        .order(body_ballots::id.asc())
        .load(conn)?)
}

/// The receipts' hashes of a decision's secret ballots, sorted.
pub fn receipt_hashes(conn: &mut DbConn, decision_id: &str) -> Result<Vec<String>, AppError> {
    Ok(body_ballots::table
        .filter(body_ballots::decision_id.eq(decision_id))
        .filter(body_ballots::receipt_hash.is_not_null())
        .select(body_ballots::receipt_hash.assume_not_null())
        .order(body_ballots::receipt_hash.asc())
        .load(conn)?)
}

/// Whether anyone who did not vote gave a proxy in this decision that its holder accepted
/// (whose holder's ballot then counts for them too).
pub fn proxies_given(conn: &mut DbConn, decision_id: &str) -> Result<bool, AppError> {
    let n: i64 = body_electorate::table
        .filter(body_electorate::decision_id.eq(decision_id))
        .filter(body_electorate::proxy_to.is_not_null())
        .filter(body_electorate::proxy_accepted.eq(true))
        .filter(body_electorate::voted.eq(false))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// The open ballot of a voter, if they cast one.
pub fn ballot_of(
    conn: &mut DbConn,
    decision_id: &str,
    id: &str,
) -> Result<Option<BallotRow>, AppError> {
    Ok(body_ballots::table
        .filter(body_ballots::decision_id.eq(decision_id))
        .filter(body_ballots::id.eq(id))
        .select(BallotRow::as_select())
        .first(conn)
        .optional()?)
}

/// Replaces every ballot of a decision by `rows` (new ids, no links): the close of a
/// decision that hides its voters writes its ballots again, so that neither their ids
/// nor their place in the table recall the order they were cast in.
pub fn rewrite_ballots(
    conn: &mut DbConn,
    decision_id: &str,
    rows: &[BallotRow],
) -> Result<(), AppError> {
    diesel::delete(body_ballots::table.filter(body_ballots::decision_id.eq(decision_id)))
        .execute(conn)?;
    insert_ballots(conn, rows)
}

/// Ballots per insert statement, within both engines' limits on bound values.
const BALLOTS: usize = 500;

/// Inserts many ballots, [`BALLOTS`] rows per statement.
pub fn insert_ballots(conn: &mut DbConn, rows: &[BallotRow]) -> Result<(), AppError> {
    for chunk in rows.chunks(BALLOTS) {
        crate::db::native!(conn, |c| diesel::insert_into(body_ballots::table)
            .values(chunk)
            .execute(c))?;
    }
    Ok(())
}

/// Erases every voter's link to their ballot.
pub fn forget_links(conn: &mut DbConn, decision_id: &str) -> Result<(), AppError> {
    diesel::update(body_electorate::table.filter(body_electorate::decision_id.eq(decision_id)))
        .set(body_electorate::ballot_id.eq(None::<String>))
        .execute(conn)?;
    Ok(())
}

/// What the close of a decision writes.
pub struct Closing<'a> {
    pub result: &'a str,
    pub outcome: &'a str,
    pub ballots_hash: &'a str,
    pub outcome_hash: &'a str,
    pub ballot_count: i64,
    pub now: i64,
}

/// Closes an open decision with its outcome; false when it is not open.
pub fn set_closed(conn: &mut DbConn, id: &str, c: &Closing) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(id))
            .filter(body_decisions::state.eq("open")),
    )
    .set((
        body_decisions::state.eq("closed"),
        body_decisions::ballot_count.eq(c.ballot_count),
        body_decisions::updated_at.eq(c.now),
    ))
    .execute(conn)?;
    if n == 1 {
        diesel::update(
            body_decision_records::table.filter(body_decision_records::decision_id.eq(id)),
        )
        .set((
            body_decision_records::result.eq(c.result),
            body_decision_records::outcome.eq(c.outcome),
            body_decision_records::ballots_hash.eq(c.ballots_hash),
            body_decision_records::outcome_hash.eq(c.outcome_hash),
            body_decision_records::closed_at.eq(c.now),
        ))
        .execute(conn)?;
    }
    Ok(n == 1)
}

/// Withdraws a draft or open decision and drops its ballots; false when it is neither.
pub fn set_withdrawn(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(id))
            .filter(body_decisions::state.eq_any(["draft", "open"])),
    )
    .set((
        body_decisions::state.eq("withdrawn"),
        body_decisions::updated_at.eq(now),
    ))
    .execute(conn)?;
    if n == 1 {
        diesel::update(
            body_decision_records::table.filter(body_decision_records::decision_id.eq(id)),
        )
        .set(body_decision_records::closed_at.eq(now))
        .execute(conn)?;
        diesel::delete(body_ballots::table.filter(body_ballots::decision_id.eq(id)))
            .execute(conn)?;
        forget_links(conn, id)?;
    }
    Ok(n == 1)
}

/// Open decisions whose closing time has come, oldest first.
pub fn due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    Ok(body_decisions::table
        .filter(body_decisions::state.eq("open"))
        .filter(body_decisions::closes_at.le(now))
        .select(body_decisions::id)
        .order(body_decisions::closes_at.asc())
        .limit(100)
        .load(conn)?)
}

/// The payment a motion authorises if it passes.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_authorisations)]
pub struct AuthorisationRow {
    pub decision_id: String,
    pub org_id: String,
    pub body_id: String,
    /// The treasury's handle.
    pub treasury: String,
    /// The expense's number in that treasury.
    pub expense: i64,
    /// As written in its currency (`250.00`).
    pub amount: String,
    pub amount_minor: i64,
    pub currency: String,
    /// Whether the motion passed.
    pub passed: bool,
}

/// Sets (or, with `None`, drops) what a decision authorises.
pub fn set_authorisation(
    conn: &mut DbConn,
    decision_id: &str,
    row: Option<&AuthorisationRow>,
) -> Result<(), AppError> {
    diesel::delete(
        body_authorisations::table.filter(body_authorisations::decision_id.eq(decision_id)),
    )
    .execute(conn)?;
    if let Some(r) = row {
        diesel::insert_into(body_authorisations::table)
            .values(r.clone())
            .execute(conn)?;
    }
    Ok(())
}

pub fn authorisation(
    conn: &mut DbConn,
    decision_id: &str,
) -> Result<Option<AuthorisationRow>, AppError> {
    Ok(body_authorisations::table
        .filter(body_authorisations::decision_id.eq(decision_id))
        .select(AuthorisationRow::as_select())
        .first(conn)
        .optional()?)
}

/// Marks a decision's authorisation as passed; false when it has none.
pub fn pass_authorisation(conn: &mut DbConn, decision_id: &str) -> Result<bool, AppError> {
    let n = diesel::update(
        body_authorisations::table.filter(body_authorisations::decision_id.eq(decision_id)),
    )
    .set(body_authorisations::passed.eq(true))
    .execute(conn)?;
    Ok(n == 1)
}

/// The passed authorisations of an organization's bodies for one expense of a treasury.
pub fn passed_authorisations(
    conn: &mut DbConn,
    org_id: &str,
    treasury: &str,
    expense: i64,
) -> Result<Vec<AuthorisationRow>, AppError> {
    Ok(body_authorisations::table
        .filter(body_authorisations::org_id.eq(org_id))
        .filter(body_authorisations::treasury.eq(treasury))
        .filter(body_authorisations::expense.eq(expense))
        .filter(body_authorisations::passed.eq(true))
        .select(AuthorisationRow::as_select())
        .order(body_authorisations::decision_id.asc())
        .load(conn)?)
}

/// The bodies of an organization whose current rulebook sets a spending limit.
pub fn limited_bodies(conn: &mut DbConn, org_id: &str) -> Result<Vec<BodyRow>, AppError> {
    Ok(bodies::table
        .filter(bodies::org_id.eq(org_id))
        .filter(bodies::spending_limit_minor.is_not_null())
        .select(BodyRow::as_select())
        .order((bodies::name.asc(), bodies::id.asc()))
        .load(conn)?)
}

/// An election that fills the elected seats of a body.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_elections)]
pub struct ElectionRow {
    pub decision_id: String,
    /// The body whose seats the winners take.
    pub fills_body_id: String,
    pub nominations_close_at: i64,
}

/// One person nominated in an election.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_candidates)]
pub struct CandidateRow {
    pub decision_id: String,
    pub person_id: String,
    pub nominated_by: String,
    pub statement: String,
    /// `pending`, `accepted` or `declined`.
    pub state: String,
    /// The candidate's option, once the election opens.
    pub option_id: Option<String>,
    pub created_at: i64,
    pub answered_at: Option<i64>,
}

/// One term of an elected seat.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_seats)]
pub struct SeatRow {
    pub body_id: String,
    pub person_id: String,
    /// The election that gave it.
    pub decision_id: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// Sets (or, with `None`, drops) the election a decision holds.
pub fn set_election(
    conn: &mut DbConn,
    decision_id: &str,
    row: Option<&ElectionRow>,
) -> Result<(), AppError> {
    diesel::delete(body_elections::table.filter(body_elections::decision_id.eq(decision_id)))
        .execute(conn)?;
    if let Some(r) = row {
        diesel::insert_into(body_elections::table)
            .values(r.clone())
            .execute(conn)?;
    }
    Ok(())
}

pub fn election(conn: &mut DbConn, decision_id: &str) -> Result<Option<ElectionRow>, AppError> {
    Ok(body_elections::table
        .filter(body_elections::decision_id.eq(decision_id))
        .select(ElectionRow::as_select())
        .first(conn)
        .optional()?)
}

/// Adds a nomination unless that person is nominated already; false when they were.
pub fn insert_candidate(conn: &mut DbConn, row: &CandidateRow) -> Result<bool, AppError> {
    let n = crate::db::native!(conn, |c| diesel::insert_into(body_candidates::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

/// An election's nominations, in the order they were made.
pub fn candidates(conn: &mut DbConn, decision_id: &str) -> Result<Vec<CandidateRow>, AppError> {
    Ok(body_candidates::table
        .filter(body_candidates::decision_id.eq(decision_id))
        .select(CandidateRow::as_select())
        .order((
            body_candidates::created_at.asc(),
            body_candidates::person_id.asc(),
        ))
        .load(conn)?)
}

/// Records a nominee's answer while their nomination is pending; false otherwise.
pub fn answer_candidate(
    conn: &mut DbConn,
    decision_id: &str,
    person_id: &str,
    state: &str,
    statement: Option<&str>,
    now: i64,
) -> Result<bool, AppError> {
    let target = body_candidates::table
        .filter(body_candidates::decision_id.eq(decision_id))
        .filter(body_candidates::person_id.eq(person_id))
        .filter(body_candidates::state.eq("pending"));
    let n = match statement {
        Some(text) => diesel::update(target)
            .set((
                body_candidates::state.eq(state),
                body_candidates::statement.eq(text),
                body_candidates::answered_at.eq(now),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set((
                body_candidates::state.eq(state),
                body_candidates::answered_at.eq(now),
            ))
            .execute(conn)?,
    };
    Ok(n == 1)
}

/// Gives a candidate their option.
pub fn set_option_id(
    conn: &mut DbConn,
    decision_id: &str,
    person_id: &str,
    option_id: &str,
) -> Result<(), AppError> {
    diesel::update(
        body_candidates::table
            .filter(body_candidates::decision_id.eq(decision_id))
            .filter(body_candidates::person_id.eq(person_id)),
    )
    .set(body_candidates::option_id.eq(option_id))
    .execute(conn)?;
    Ok(())
}

/// Sets a draft's options (`Vec<model::OptionItem>` as JSON); false when it is no draft.
pub fn set_options(conn: &mut DbConn, decision_id: &str, options: &str) -> Result<bool, AppError> {
    let n = diesel::update(
        body_decisions::table
            .filter(body_decisions::id.eq(decision_id))
            .filter(body_decisions::state.eq("draft")),
    )
    .set(body_decisions::options.eq(options))
    .execute(conn)?;
    Ok(n == 1)
}

/// Serializes the writers of a body's seats.
pub fn lock_seats(conn: &mut DbConn, body_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("body-seats:{body_id}"))
}

/// The terms of a body's seats held at `now`, those ending first first.
pub fn seat_holders(conn: &mut DbConn, body_id: &str, now: i64) -> Result<Vec<SeatRow>, AppError> {
    Ok(body_seats::table
        .filter(body_seats::body_id.eq(body_id))
        .filter(body_seats::ends_at.gt(now))
        .filter(body_seats::starts_at.le(now))
        .select(SeatRow::as_select())
        .order((body_seats::ends_at.asc(), body_seats::person_id.asc()))
        .load(conn)?)
}

pub fn insert_seat(conn: &mut DbConn, row: &SeatRow) -> Result<(), AppError> {
    diesel::insert_into(body_seats::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Ends a term at `now`.
pub fn end_seat(conn: &mut DbConn, row: &SeatRow, now: i64) -> Result<(), AppError> {
    diesel::update(
        body_seats::table
            .filter(body_seats::body_id.eq(&row.body_id))
            .filter(body_seats::person_id.eq(&row.person_id))
            .filter(body_seats::decision_id.eq(&row.decision_id)),
    )
    .set(body_seats::ends_at.eq(now))
    .execute(conn)?;
    Ok(())
}

/// Replaces a person's feed token by the one whose SHA-256 is `hash`.
pub fn set_feed_token(
    conn: &mut DbConn,
    person_id: &str,
    hash: &str,
    now: i64,
) -> Result<(), AppError> {
    diesel::delete(body_feed_tokens::table.filter(body_feed_tokens::person_id.eq(person_id)))
        .execute(conn)?;
    diesel::insert_into(body_feed_tokens::table)
        .values((
            body_feed_tokens::person_id.eq(person_id),
            body_feed_tokens::token_hash.eq(hash),
            body_feed_tokens::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// When a person's feed token was made, if they have one.
pub fn feed_token_made(conn: &mut DbConn, person_id: &str) -> Result<Option<i64>, AppError> {
    Ok(body_feed_tokens::table
        .filter(body_feed_tokens::person_id.eq(person_id))
        .select(body_feed_tokens::created_at)
        .first(conn)
        .optional()?)
}

/// The person whose feed token hashes to `hash`.
pub fn feed_owner(conn: &mut DbConn, hash: &str) -> Result<Option<String>, AppError> {
    Ok(body_feed_tokens::table
        .filter(body_feed_tokens::token_hash.eq(hash))
        .select(body_feed_tokens::person_id)
        .first(conn)
        .optional()?)
}

/// The latest closed decisions `person_id` was in the electorate of, newest first.
pub fn decided_for(
    conn: &mut DbConn,
    person_id: &str,
    limit: i64,
) -> Result<Vec<DecisionRow>, AppError> {
    let ids: Vec<String> = body_electorate::table
        .filter(body_electorate::person_id.eq(person_id))
        .select(body_electorate::decision_id)
        .load(conn)?;
    let mut closed = Vec::new();
    for chunk in ids.chunks(500) {
        let qs: Vec<QuestionRow> = body_decisions::table
            .filter(body_decisions::id.eq_any(chunk))
            .filter(body_decisions::state.eq("closed"))
            .select(QuestionRow::as_select())
            .load(conn)?;
        closed.extend(with_records(conn, qs)?);
    }
    closed.sort_by(|a, b| (b.closed_at, &b.id).cmp(&(a.closed_at, &a.id)));
    closed.truncate(limit as usize);
    Ok(closed)
}

/// A member's standing delegation to another member of the body.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = body_delegations)]
pub struct DelegationRow {
    pub body_id: String,
    pub delegator_id: String,
    pub delegate_id: String,
    pub created_at: i64,
    /// When the delegate accepted it; `None` while it waits for them.
    pub accepted_at: Option<i64>,
}

/// Serializes the writers of a body's standing delegations until the transaction ends.
pub fn lock_delegations(conn: &mut DbConn, body_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("body-delegations:{body_id}"))
}

/// The standing delegation `delegator` gave in a body, accepted or not.
pub fn delegation_of(
    conn: &mut DbConn,
    body_id: &str,
    delegator: &str,
) -> Result<Option<DelegationRow>, AppError> {
    Ok(body_delegations::table
        .filter(body_delegations::body_id.eq(body_id))
        .filter(body_delegations::delegator_id.eq(delegator))
        .select(DelegationRow::as_select())
        .first(conn)
        .optional()?)
}

/// The standing delegations given to `delegate` in a body, accepted or not, oldest first.
pub fn delegations_to(
    conn: &mut DbConn,
    body_id: &str,
    delegate: &str,
) -> Result<Vec<DelegationRow>, AppError> {
    Ok(body_delegations::table
        .filter(body_delegations::body_id.eq(body_id))
        .filter(body_delegations::delegate_id.eq(delegate))
        .select(DelegationRow::as_select())
        .order((
            body_delegations::created_at.asc(),
            body_delegations::delegator_id.asc(),
        ))
        .load(conn)?)
}

/// A body's accepted standing delegations, those accepted first first.
pub fn accepted_delegations(
    conn: &mut DbConn,
    body_id: &str,
) -> Result<Vec<DelegationRow>, AppError> {
    Ok(body_delegations::table
        .filter(body_delegations::body_id.eq(body_id))
        .filter(body_delegations::accepted_at.is_not_null())
        .select(DelegationRow::as_select())
        .order((
            body_delegations::accepted_at.asc(),
            body_delegations::delegator_id.asc(),
        ))
        .load(conn)?)
}

pub fn insert_delegation(conn: &mut DbConn, row: &DelegationRow) -> Result<(), AppError> {
    diesel::insert_into(body_delegations::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// The delegate accepts a waiting delegation; false when there is none.
pub fn accept_delegation(
    conn: &mut DbConn,
    body_id: &str,
    delegator: &str,
    delegate: &str,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        body_delegations::table
            .filter(body_delegations::body_id.eq(body_id))
            .filter(body_delegations::delegator_id.eq(delegator))
            .filter(body_delegations::delegate_id.eq(delegate))
            .filter(body_delegations::accepted_at.is_null()),
    )
    .set(body_delegations::accepted_at.eq(Some(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Ends a delegation (revoked, declined or given up); false when there was none.
pub fn delete_delegation(
    conn: &mut DbConn,
    body_id: &str,
    delegator: &str,
) -> Result<bool, AppError> {
    let n = diesel::delete(
        body_delegations::table
            .filter(body_delegations::body_id.eq(body_id))
            .filter(body_delegations::delegator_id.eq(delegator)),
    )
    .execute(conn)?;
    Ok(n == 1)
}
