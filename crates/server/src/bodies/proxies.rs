//! Proxies, where the rulebook allows them: a voter who has not voted gives their proxy
//! to another voter of the same decision, who then votes for both (point 5 of issue 14).
//! Under the decision's lock: no chains (a holder has given no proxy, a giver holds
//! none), at most the rulebook's number per holder, and a giver who votes after all takes
//! their proxy back. At the close, each proxy of a giver who did not vote counts as a copy
//! of the holder's ballot with the giver's weight, so that the published ballots keep the
//! rulebook's weights and a holder's ballot looks like any other.

use super::events;
use super::model::{self, DecisionState};
use super::service::{self, Located};
use super::store;
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal;
use crate::web::actor::Actor;
use axum::http::StatusCode;

fn refused(code: &'static str, why: &'static str) -> AppError {
    AppError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        code,
        detail!("problem-bodies-proxy", why = why),
    )
}

/// The decision, open and before its time, with the actor's place in its electorate.
fn open_for_proxies(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
) -> Result<(Located, store::ElectorRow), AppError> {
    let found = service::require_decision(conn, id)?;
    store::lock_decision(conn, &found.d.id)?;
    let loc = service::require_decision(conn, id)?;
    let state = loc.state()?;
    if state != DecisionState::Open {
        return Err(model::wrong_state(state, "proxy"));
    }
    if loc.d.closes_at <= now_ms() {
        return Err(model::wrong_state(DecisionState::Closed, "proxy"));
    }
    let me = store::elector(conn, &loc.d.id, actor.id.as_str())?.ok_or_else(|| {
        AppError::new(
            StatusCode::FORBIDDEN,
            "not_in_electorate",
            detail!("problem-bodies-not-in-electorate"),
        )
    })?;
    if loc.rules()?.proxies == 0 {
        return Err(AppError::conflict(
            "proxies_not_allowed",
            detail!("problem-bodies-no-proxies"),
        ));
    }
    Ok((loc, me))
}

/// `actor` gives their proxy in decision `id` to the voter `to` (a handle).
pub fn give(conn: &mut DbConn, actor: &Actor, id: &str, to: &str) -> Result<Located, AppError> {
    let (loc, me) = open_for_proxies(conn, actor, id)?;
    if me.voted {
        return Err(AppError::conflict(
            "already_voted",
            detail!("problem-bodies-voted-no-proxy"),
        ));
    }
    let holder = crate::accounts::find_person(conn, to)?.ok_or_else(|| {
        AppError::invalid(
            "invalid_proxy",
            detail!("problem-bodies-proxy-nobody", handle = shown(to, 40)),
        )
    })?;
    if holder.id == actor.id {
        return Err(refused("invalid_proxy", "self"));
    }
    let held = store::elector(conn, &loc.d.id, holder.id.as_str())?
        .ok_or_else(|| refused("invalid_proxy", "outside"))?;
    if held.proxy_to.is_some() {
        return Err(refused("invalid_proxy", "chain"));
    }
    if store::proxies_held(conn, &loc.d.id, actor.id.as_str())? > 0 {
        return Err(refused("invalid_proxy", "holding"));
    }
    let limit = i64::from(loc.rules()?.proxies);
    let already = me.proxy_to.as_deref() == Some(holder.id.as_str());
    if !already && store::proxies_held(conn, &loc.d.id, holder.id.as_str())? >= limit {
        return Err(AppError::conflict(
            "proxy_limit",
            detail!(
                "problem-bodies-proxy-limit",
                handle = &holder.handle,
                limit = limit
            ),
        ));
    }
    store::set_proxy(conn, &loc.d.id, actor.id.as_str(), Some(holder.id.as_str()))?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PROXY_GIVEN,
        &loc.object(),
        &format!(
            "@{} gave their proxy on “{}” to @{}",
            actor.handle, loc.d.title, holder.handle
        ),
        &events::Proxy {
            decision: loc.payload(),
            holder: holder.handle.clone(),
        },
    )?;
    Ok(loc)
}

/// `actor` takes their proxy in decision `id` back.
pub fn revoke(conn: &mut DbConn, actor: &Actor, id: &str) -> Result<Located, AppError> {
    let (loc, me) = open_for_proxies(conn, actor, id)?;
    let Some(holder) = me.proxy_to else {
        return Err(refused("invalid_proxy", "none"));
    };
    store::set_proxy(conn, &loc.d.id, actor.id.as_str(), None)?;
    let holder = crate::accounts::handle_of(conn, &holder)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PROXY_REVOKED,
        &loc.object(),
        &format!(
            "@{} took back their proxy on “{}” from @{}",
            actor.handle, loc.d.title, holder
        ),
        &events::Proxy {
            decision: loc.payload(),
            holder,
        },
    )?;
    Ok(loc)
}

/// The ballots the proxies add at the close: for each voter who gave their proxy and did
/// not vote, a copy of their holder's ballot (if the holder voted) with the giver's
/// weight; its voter is the giver for open ballots, nobody otherwise.
pub fn represented(
    conn: &mut DbConn,
    loc: &Located,
    ballots: &[store::BallotRow],
) -> Result<Vec<store::BallotRow>, AppError> {
    let electorate = store::electorate(conn, &loc.d.id)?;
    let open = !loc.secrecy()?.hides_voters();
    let mut copies = Vec::new();
    for giver in electorate.iter().filter(|e| !e.voted) {
        let Some(holder) = giver.proxy_to.as_ref() else {
            continue;
        };
        let ballot = electorate
            .iter()
            .find(|e| &e.person_id == holder && e.voted)
            .and_then(|e| e.ballot_id.as_ref())
            .and_then(|bid| ballots.iter().find(|b| &b.id == bid));
        if let Some(b) = ballot {
            copies.push(store::BallotRow {
                id: super::ballots::ballot_id(),
                weight: giver.weight,
                voter_id: open.then(|| giver.person_id.clone()),
                receipt_hash: None,
                ..b.clone()
            });
        }
    }
    Ok(copies)
}
