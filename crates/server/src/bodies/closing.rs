//! The close and the count: an open decision closed early by its opener or an admin, or
//! by the closing sweep at its time; counted by the decision engine; its ballot file and
//! outcome hashed into the journal; the rulebook it carries adopted if it passed; and the
//! ballots of a decision that hides its voters cut from them for good.

use super::count;
use super::events;
use super::files::{self, BallotFile};
use super::model::{self, Choice, DecisionState, Rules, Secrecy};
use super::service::{self, Located};
use super::store::{self, BallotRow, Closing};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::ids::PersonId;
use crate::journal;
use crate::web::actor::Actor;

/// Ballots (their choice as JSON, and weight) read into what the count takes.
fn choices(rows: &[(String, i64)]) -> Result<Vec<(Choice, u64)>, AppError> {
    rows.iter()
        .map(|(choice, weight)| {
            let c = Choice::from_stored(choice).map_err(AppError::internal)?;
            Ok((c, *weight as u64))
        })
        .collect()
}

/// [`choices`], for the speed test's phases.
#[cfg(test)]
pub fn choices_of(rows: &[(String, i64)]) -> Result<Vec<(Choice, u64)>, AppError> {
    choices(rows)
}

/// The stored ballots of decision `decision_id` with their weights, as the count reads
/// them: one query for their choices and weights only, in the order of their ids.
pub fn stored_choices(
    conn: &mut DbConn,
    decision_id: &str,
) -> Result<Vec<(Choice, u64)>, AppError> {
    choices(&store::ballot_choices(conn, decision_id)?)
}

/// The published ballot file of a decision, made from its stored ballots (and, for a
/// committee rule, the winners of its outcome).
pub fn ballot_file(conn: &mut DbConn, loc: &Located) -> Result<BallotFile, AppError> {
    let winners = loc.outcome()?.map(|o| o.winners).unwrap_or_default();
    let ballots = stored_choices(conn, &loc.d.id)?;
    Ok(files::ballot_file(
        loc.method()?,
        &loc.ctx.body.slug,
        loc.d.number,
        &loc.d.title,
        &loc.options()?,
        loc.d.seats,
        &ballots,
        &winners,
    ))
}

/// Closes an open decision and counts it: early by its opener or an admin (`actor`), or
/// by the closing sweep at its time (`None`). Ballots of a decision that hides its voters
/// lose every link to them: the voters' links are erased, and the ballots are written
/// again with new random ids, ordered by their content.
pub fn close(conn: &mut DbConn, actor: Option<&Actor>, id: &str) -> Result<Located, AppError> {
    let loc = match actor {
        Some(a) => service::managed(conn, a, id)?,
        None => {
            let found = service::require_decision(conn, id)?;
            store::lock_decision(conn, &found.d.id)?;
            service::require_decision(conn, id)?
        }
    };
    let state = loc.state()?;
    if state != DecisionState::Open {
        return Err(model::wrong_state(state, "close"));
    }
    let now = now_ms();
    // The count reads only the ballots' choices and weights; whole rows are read only
    // when proxies or standing delegations may count, to find the ballots cast for them.
    let mut rows = store::ballot_choices(conn, &loc.d.id)?;
    let copies = if super::proxies::any_to_count(conn, &loc)? {
        let whole = store::ballots(conn, &loc.d.id)?;
        super::proxies::represented(conn, &loc, &whole)?
    } else {
        Vec::new()
    };
    for c in &copies {
        store::insert_ballot(conn, c)?;
    }
    rows.extend(copies.into_iter().map(|c| (c.choice, c.weight)));
    let ballots = choices(&rows)?;
    let mut outcome = count::count(
        loc.method()?,
        &loc.options()?,
        loc.d.seats,
        loc.d.points,
        &loc.rules()?,
        loc.d.electorate_weight as u64,
        &ballots,
    );
    outcome.receipts = if loc.secrecy()? == Secrecy::Secret {
        store::receipt_hashes(conn, &loc.d.id)?
    } else {
        Vec::new()
    };
    let file = files::ballot_file(
        loc.method()?,
        &loc.ctx.body.slug,
        loc.d.number,
        &loc.d.title,
        &loc.options()?,
        loc.d.seats,
        &ballots,
        &outcome.winners,
    );
    let ballots_hash = model::sha256(&file.text);
    let outcome_text = serde_json::to_string(&outcome).map_err(AppError::internal)?;
    let outcome_hash = model::sha256(&outcome_text);
    let closing = Closing {
        result: &outcome.result,
        outcome: &outcome_text,
        ballots_hash: &ballots_hash,
        outcome_hash: &outcome_hash,
        ballot_count: rows.len() as i64,
        now,
    };
    if !store::set_closed(conn, &loc.d.id, &closing)? {
        return Err(model::wrong_state(state, "close"));
    }
    if loc.secrecy()?.hides_voters() {
        store::forget_links(conn, &loc.d.id)?;
        let mut again: Vec<BallotRow> = rows
            .into_iter()
            .map(|(choice, weight)| BallotRow {
                decision_id: loc.d.id.clone(),
                id: String::new(),
                choice,
                weight,
                voter_id: None,
                receipt_hash: None,
            })
            .collect();
        again.sort_by(|a, b| (&a.choice, a.weight).cmp(&(&b.choice, b.weight)));
        for b in &mut again {
            b.id = super::ballots::ballot_id();
        }
        store::rewrite_ballots(conn, &loc.d.id, &again)?;
    }
    let loc = service::require_decision(conn, id)?;
    if let (true, Some(text)) = (outcome.result == "decided", &loc.d.proposal) {
        let rules: Rules = serde_json::from_str(text).map_err(AppError::internal)?;
        let note = format!("Adopted by decision {}: {}", loc.d.number, loc.d.title);
        let opener = PersonId(loc.d.opener_id.clone());
        let ctx = service::require_body(conn, &loc.ctx.org_handle, &loc.ctx.body.slug)?;
        service::write_rulebook(conn, actor, &opener, &ctx, &rules, note, Some(loc.d.number))?;
    }
    let summary = format!(
        "“{}” of “{}” closed: {}",
        loc.d.title, loc.ctx.body.name, outcome.result
    );
    journal::record(
        conn,
        actor.map(|a| a.handle.as_str()),
        &events::CLOSED,
        &loc.object(),
        &summary,
        &events::Closed {
            decision: loc.payload(),
            result: outcome.result.clone(),
            early: actor.is_some(),
            ballot_count: loc.d.ballot_count,
            turnout: outcome.turnout,
            winners: outcome.winner_names.clone(),
            ballots_hash,
            outcome_hash,
        },
    )?;
    super::elections::seat_winners(conn, actor, &loc, &outcome)?;
    if outcome.result == "decided"
        && let Some(a) = store::authorisation(conn, &loc.d.id)?
        && store::pass_authorisation(conn, &loc.d.id)?
    {
        journal::record(
            conn,
            actor.map(|a| a.handle.as_str()),
            &events::PAYMENT_AUTHORISED,
            &loc.object(),
            &format!(
                "“{}” of “{}” authorised paying expense {} of {}: {} {}",
                loc.d.title, loc.ctx.body.name, a.expense, a.treasury, a.amount, a.currency
            ),
            &events::PaymentAuthorised {
                decision: loc.payload(),
                treasury: a.treasury,
                expense: a.expense,
                amount: a.amount,
                currency: a.currency,
            },
        )?;
    }
    Ok(loc)
}

/// Closes the decision `id` if it is still open and its time has come; false otherwise
/// (another sweep or an early close got there first). Safe to run again and again.
pub fn close_due(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let Some(d) = store::decision_by_id(conn, id)? else {
        return Ok(false);
    };
    store::lock_decision(conn, &d.id)?;
    match store::decision_by_id(conn, id)? {
        Some(d) if d.state == DecisionState::Open.as_str() && d.closes_at <= now => {
            close(conn, None, id)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Open decisions whose time has come.
pub fn due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    store::due(conn, now)
}
