//! Casting and changing a ballot: one per voter per decision, under the decision's lock,
//! read for the decision's method, stored without voter, time or ordered id when the
//! decision hides its voters, and journaled without the voter then.

use super::events;
use super::model::{self, BallotInput, DecisionState, Secrecy};
use super::service::{self, Located};
use super::store::{self, BallotRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;

/// What casting a ballot gave the voter.
#[derive(Debug, Clone)]
pub struct Cast {
    /// Whether it replaced their earlier ballot.
    pub changed: bool,
    /// For a secret ballot: the receipt, shown to the voter once; its hash is published
    /// after the close.
    pub receipt: Option<String>,
}

/// A refusal for someone not in a decision's frozen electorate.
fn not_in_electorate() -> AppError {
    AppError::new(
        axum::http::StatusCode::FORBIDDEN,
        "not_in_electorate",
        detail!("problem-bodies-not-in-electorate"),
    )
}

/// A random ballot id, unrelated to time.
pub(super) fn ballot_id() -> String {
    crate::web::random_token()[..32].to_string()
}

/// Casts or changes `actor`'s ballot on an open decision. One ballot per voter: under the
/// decision's lock, the voter's row is marked in the same statement that checks it was
/// not marked yet; a second ballot replaces the first where the rules allow it.
pub fn cast(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    input: &BallotInput,
) -> Result<(Located, Cast), AppError> {
    // Locked by the id asked for (a decision's key) before anything is read: one read of
    // the decision, under the lock.
    store::lock_decision(conn, id)?;
    let loc = service::require_decision(conn, id)?;
    let now = now_ms();
    let state = loc.state()?;
    if state != DecisionState::Open {
        return Err(model::wrong_state(state, "vote"));
    }
    if loc.d.closes_at <= now {
        return Err(model::wrong_state(DecisionState::Closed, "vote"));
    }
    let elector =
        store::elector(conn, &loc.d.id, actor.id.as_str())?.ok_or_else(not_in_electorate)?;
    let rules = loc.rules()?;
    let secrecy = loc.secrecy()?;
    let choice = model::read_ballot(
        loc.method()?,
        &loc.options()?,
        loc.d.max_approvals,
        loc.d.points,
        input,
        elector.weight as u64,
    )?;
    let text = serde_json::to_string(&choice).map_err(AppError::internal)?;
    let receipt =
        (secrecy == Secrecy::Secret).then(|| crate::web::random_token()[..32].to_string());
    let receipt_hash = receipt.as_deref().map(model::sha256);
    let changed = if elector.voted {
        if !rules.changeable {
            return Err(AppError::conflict(
                "already_voted",
                detail!("problem-bodies-already-voted"),
            ));
        }
        let ballot = elector.ballot_id.as_deref().ok_or_else(|| {
            AppError::conflict("already_voted", detail!("problem-bodies-already-voted"))
        })?;
        if !store::replace_ballot(conn, &loc.d.id, ballot, &text, receipt_hash.as_deref())? {
            return Err(AppError::internal(anyhow::anyhow!(
                "a voter's ballot is missing"
            )));
        }
        true
    } else {
        let bid = ballot_id();
        // The link is kept only while it is needed: to show an open ballot, or to let a
        // hidden one be replaced until the close (which erases it).
        // A holder of proxies keeps it too, so that the close can count their ballot for
        // those they represent.
        let keep = secrecy == Secrecy::Open || rules.changeable || rules.proxies > 0;
        if !store::mark_voted(
            conn,
            &loc.d.id,
            actor.id.as_str(),
            keep.then_some(bid.as_str()),
        )? {
            return Err(AppError::conflict(
                "already_voted",
                detail!("problem-bodies-already-voted"),
            ));
        }
        store::insert_ballot(
            conn,
            &BallotRow {
                decision_id: loc.d.id.clone(),
                id: bid,
                choice: text,
                weight: elector.weight,
                voter_id: (secrecy == Secrecy::Open).then(|| actor.id.0.clone()),
                receipt_hash,
            },
        )?;
        if !store::count_ballot(conn, &loc.d.id)? {
            return Err(model::wrong_state(state, "vote"));
        }
        false
    };
    let payload = events::Voted {
        decision: loc.payload(),
        changed,
    };
    if secrecy.hides_voters() {
        journal::record(
            conn,
            None,
            &events::BALLOT_RECEIVED,
            &loc.object(),
            &format!(
                "A ballot was cast on “{}” (“{}”)",
                loc.d.title, loc.ctx.body.name
            ),
            &payload,
        )?;
    } else {
        journal::record(
            conn,
            Some(&actor.handle),
            &events::VOTED,
            &loc.object(),
            &format!(
                "@{} voted on “{}” (“{}”)",
                actor.handle, loc.d.title, loc.ctx.body.name
            ),
            &payload,
        )?;
    }
    Ok((loc, Cast { changed, receipt }))
}
