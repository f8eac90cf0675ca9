//! The life of a decision before its count: drafted by whoever the rulebook lets open
//! decisions, rewritten by its opener or an admin until it opens, opened (the body's rules
//! and the people who sit now, with their weights, frozen, and the electorate's hash
//! journaled), or withdrawn before its close with its ballots dropped uncounted.

use super::events;
use super::model::{self, DecisionState, NewDecision};
use super::service::{self, BodyCtx, Located};
use super::store::{self, AuthorisationRow, DecisionRow, ElectorRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;

/// Drafts a decision of a body (its admins, or anyone who sits when the rulebook says
/// members open decisions).
pub fn draft(
    conn: &mut DbConn,
    actor: &Actor,
    ctx: &BodyCtx,
    input: &NewDecision,
) -> Result<Located, AppError> {
    let rules = service::current_rules(conn, &ctx.body)?;
    let admin = crate::accounts::is_org_admin(conn, &ctx.org, &actor.id)?;
    let sits = service::sits(conn, ctx, &rules, &actor.id)?;
    model::may_open(&rules, sits, admin)?;
    let now = now_ms();
    let d = model::check_draft(input, &rules, now)?;
    let proposal = match &input.rulebook {
        Some(change) => Some(
            serde_json::to_string(&service::resolve(conn, rules.clone(), change)?)
                .map_err(AppError::internal)?,
        ),
        None => None,
    };
    let row = DecisionRow {
        id: new_id(),
        body_id: ctx.body.id.clone(),
        number: store::next_decision_number(conn, &ctx.body.id)?,
        title: d.title,
        description: d.description,
        method: d.method.name().into(),
        options: serde_json::to_string(&d.options).map_err(AppError::internal)?,
        seats: d.seats,
        max_approvals: d.max_approvals,
        points: d.points,
        secrecy: d.secrecy.as_str().into(),
        state: DecisionState::Draft.as_str().into(),
        result: None,
        rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
        rulebook_version: ctx.body.rulebook_version,
        opener_id: actor.id.0.clone(),
        closes_at: d.closes_at,
        opened_at: None,
        closed_at: None,
        electorate_hash: None,
        electorate_weight: 0,
        electorate_size: 0,
        ballot_count: 0,
        outcome: None,
        ballots_hash: None,
        outcome_hash: None,
        proposal,
        created_at: now,
        updated_at: now,
    };
    store::insert_decision(conn, &row)?;
    let payment = authorisation_row(ctx, &row.id, d.authorises.as_ref());
    store::set_authorisation(conn, &row.id, payment.as_ref())?;
    super::elections::set_election(conn, ctx, &row.id, row.seats, d.election.as_ref())?;
    let loc = Located {
        ctx: ctx.clone(),
        d: row,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DRAFTED,
        &loc.object(),
        &format!(
            "@{} drafted “{}” for “{}”",
            actor.handle, loc.d.title, ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// The stored row of what a decision of `ctx` authorises, not passed yet.
fn authorisation_row(
    ctx: &BodyCtx,
    decision_id: &str,
    a: Option<&model::Authorisation>,
) -> Option<AuthorisationRow> {
    a.map(|a| AuthorisationRow {
        decision_id: decision_id.to_string(),
        org_id: ctx.org.0.clone(),
        body_id: ctx.body.id.clone(),
        treasury: a.treasury.clone(),
        expense: a.expense,
        amount: a.amount.amount.clone(),
        amount_minor: a.amount_minor,
        currency: a.amount.currency.clone(),
        passed: false,
    })
}

/// Its opener or an admin rewrites a draft before it opens: the question, the method,
/// the options and the rules it proposes are theirs to change until then, never after.
pub fn edit_draft(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    input: &NewDecision,
) -> Result<Located, AppError> {
    let loc = service::managed(conn, actor, id)?;
    let state = loc.state()?;
    if state != DecisionState::Draft {
        return Err(model::wrong_state(state, "edit"));
    }
    let rules = service::current_rules(conn, &loc.ctx.body)?;
    let now = now_ms();
    let d = model::check_draft(input, &rules, now)?;
    let proposal = match &input.rulebook {
        Some(change) => Some(
            serde_json::to_string(&service::resolve(conn, rules.clone(), change)?)
                .map_err(AppError::internal)?,
        ),
        None => None,
    };
    let row = DecisionRow {
        title: d.title,
        description: d.description,
        method: d.method.name().into(),
        options: serde_json::to_string(&d.options).map_err(AppError::internal)?,
        seats: d.seats,
        max_approvals: d.max_approvals,
        points: d.points,
        secrecy: d.secrecy.as_str().into(),
        rules: serde_json::to_string(&rules).map_err(AppError::internal)?,
        rulebook_version: loc.ctx.body.rulebook_version,
        closes_at: d.closes_at,
        proposal,
        updated_at: now,
        ..loc.d.clone()
    };
    if !store::rewrite_draft(conn, &row)? {
        return Err(model::wrong_state(state, "edit"));
    }
    let payment = authorisation_row(&loc.ctx, &row.id, d.authorises.as_ref());
    store::set_authorisation(conn, &row.id, payment.as_ref())?;
    super::elections::set_election(conn, &loc.ctx, &row.id, row.seats, d.election.as_ref())?;
    let loc = Located { d: row, ..loc };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EDITED,
        &loc.object(),
        &format!(
            "@{} rewrote the draft “{}” of “{}”",
            actor.handle, loc.d.title, loc.ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// Opens a draft: the body's current rules and the people who sit now, with their
/// weights, are frozen for this decision, and the electorate's hash is journaled.
pub fn open(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = service::managed(conn, actor, id)?;
    let state = loc.state()?;
    if state != DecisionState::Draft {
        return Err(model::wrong_state(state, "open"));
    }
    let now = now_ms();
    model::check_closing(loc.d.closes_at, now)?;
    super::elections::candidates_to_options(conn, &loc)?;
    let rules = service::current_rules(conn, &loc.ctx.body)?;
    let secrecy = loc.secrecy()?;
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
    let voters: Vec<(String, u64)> = service::seated(conn, &loc.ctx, &rules)?
        .into_iter()
        .map(|id| {
            let w = rules.weight_of(&id);
            (id, w)
        })
        .collect();
    if voters.is_empty() {
        return Err(AppError::conflict(
            "decision_state",
            detail!("problem-bodies-empty-electorate"),
        ));
    }
    let hash = model::electorate_hash(&voters);
    let weight: u64 = voters.iter().map(|(_, w)| w).sum();
    let weight = i64::try_from(weight).map_err(AppError::internal)?;
    let frozen = serde_json::to_string(&rules).map_err(AppError::internal)?;
    let version = loc.ctx.body.rulebook_version;
    if !store::set_open(
        conn,
        &loc.d.id,
        &frozen,
        version,
        &hash,
        weight,
        voters.len() as i64,
        now,
    )? {
        return Err(model::wrong_state(state, "open"));
    }
    let rows: Vec<ElectorRow> = voters
        .iter()
        .map(|(id, w)| ElectorRow {
            decision_id: loc.d.id.clone(),
            person_id: id.clone(),
            weight: *w as i64,
            voted: false,
            ballot_id: None,
            proxy_to: None,
            proxy_accepted: false,
        })
        .collect();
    store::insert_electors(conn, &rows)?;
    let loc = service::require_decision(conn, id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::OPENED,
        &loc.object(),
        &format!(
            "@{} opened “{}” of “{}” to {} voters",
            actor.handle,
            loc.d.title,
            loc.ctx.body.name,
            rows.len()
        ),
        &events::Opened {
            decision: loc.payload(),
            secrecy: loc.d.secrecy.clone(),
            voters: rows.len() as i64,
            electorate_weight: weight,
            electorate_hash: hash,
            closes_at: loc.d.closes_at,
        },
    )?;
    Ok(loc)
}

/// Withdraws a draft or open decision (its opener or an admin); its ballots are dropped
/// uncounted.
pub fn withdraw(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let loc = service::managed(conn, actor, id)?;
    let state = loc.state()?;
    if !store::set_withdrawn(conn, &loc.d.id, now_ms())? {
        return Err(model::wrong_state(state, "withdraw"));
    }
    let loc = service::require_decision(conn, id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::WITHDRAWN,
        &loc.object(),
        &format!(
            "@{} withdrew “{}” of “{}”",
            actor.handle, loc.d.title, loc.ctx.body.name
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}
