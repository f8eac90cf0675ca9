//! Proxies, where the rulebook allows them: a voter who has not voted offers their proxy
//! to another voter of the same decision, who accepts it (or declines) and then votes for
//! both (point 5 of issue 14); the giver may withdraw it until the close. Under the
//! decision's lock: no chains (a holder has given no proxy, a giver holds none), at most
//! the rulebook's number per holder — offers, accepted proxies and the standing
//! delegations (`delegations`) that would count for them in this decision together — and a
//! giver who votes after all takes their proxy back. At the close, each accepted proxy of
//! a giver who did not vote, or else their accepted standing delegation, counts as a copy
//! of the holder's ballot with the giver's weight (never following a holder's own proxy
//! further, and never past the cap), so that the published ballots keep the rulebook's
//! weights and a holder's ballot looks like any other.

use super::events;
use super::model::{self, DecisionState, Rules};
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

/// `actor` offers their proxy in decision `id` to the voter `to` (a handle); it counts
/// once `to` accepts it. Offering it again to the same voter changes nothing.
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
    if already {
        return Ok(loc);
    }
    if load(conn, &loc, holder.id.as_str())? >= limit {
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
        &events::PROXY_OFFERED,
        &loc.object(),
        &format!(
            "@{} offered their proxy on “{}” to @{}",
            actor.handle, loc.d.title, holder.handle
        ),
        &events::Proxy {
            decision: loc.payload(),
            holder: holder.handle.clone(),
        },
    )?;
    Ok(loc)
}

/// `actor` takes their proxy in decision `id` back (offered or accepted).
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

/// How many proxies `holder` holds or is offered in the decision: per-decision proxies
/// offered or accepted, and the accepted standing delegations that would count for them
/// at the close (a delegator in the electorate who has not voted and has no accepted
/// per-decision proxy).
fn load(conn: &mut DbConn, loc: &Located, holder: &str) -> Result<i64, AppError> {
    let offered = store::proxies_held(conn, &loc.d.id, holder)?;
    let mut standing = 0;
    for d in store::delegations_to(conn, &loc.ctx.body.id, holder)? {
        if d.accepted_at.is_none() {
            continue;
        }
        let counts = store::elector(conn, &loc.d.id, &d.delegator_id)?
            .is_some_and(|e| !e.voted && !e.proxy_accepted);
        if counts {
            standing += 1;
        }
    }
    Ok(offered + standing)
}

/// The holder's answer to a proxy offered to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Decline,
}

/// `actor` accepts or declines the proxy the voter `from` (a handle) offered them in
/// decision `id`. Declining an accepted proxy gives it back to its giver.
pub fn answer(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    from: &str,
    answer: Answer,
) -> Result<Located, AppError> {
    let (loc, _) = open_for_proxies(conn, actor, id)?;
    let giver = crate::accounts::find_person(conn, from)?
        .ok_or_else(|| refused("invalid_proxy", "unoffered"))?;
    let offer = store::elector(conn, &loc.d.id, giver.id.as_str())?
        .filter(|e| e.proxy_to.as_deref() == Some(actor.id.as_str()) && !e.voted)
        .ok_or_else(|| refused("invalid_proxy", "unoffered"))?;
    let (event, verb) = match answer {
        Answer::Accept => {
            if offer.proxy_accepted {
                return Ok(loc);
            }
            if store::proxies_held(conn, &loc.d.id, giver.id.as_str())? > 0 {
                return Err(refused("invalid_proxy", "holding"));
            }
            store::accept_proxy(conn, &loc.d.id, giver.id.as_str(), actor.id.as_str())?;
            (&events::PROXY_ACCEPTED, "accepted")
        }
        Answer::Decline => {
            store::set_proxy(conn, &loc.d.id, giver.id.as_str(), None)?;
            (&events::PROXY_DECLINED, "declined")
        }
    };
    journal::record(
        conn,
        Some(&actor.handle),
        event,
        &loc.object(),
        &format!(
            "@{} {verb} the proxy of @{} on “{}”",
            actor.handle, giver.handle, loc.d.title
        ),
        &events::ProxyAnswer {
            decision: loc.payload(),
            giver: giver.handle.clone(),
        },
    )?;
    Ok(loc)
}

/// A voter's proxies in a decision: the one they gave, and those offered to them.
#[derive(Debug, Clone, Default)]
pub struct Mine {
    /// The handle of the voter they offered their proxy to, and whether it was accepted.
    pub given: Option<(String, bool)>,
    /// The handles of the voters who offered them their proxy, waiting for an answer.
    pub waiting: Vec<String>,
    /// The handles of the voters whose proxy they accepted.
    pub held: Vec<String>,
}

/// The proxies of `person` in a decision (nothing when they are not in its electorate).
pub fn mine(conn: &mut DbConn, loc: &Located, person: &str) -> Result<Mine, AppError> {
    let Some(me) = store::elector(conn, &loc.d.id, person)? else {
        return Ok(Mine::default());
    };
    let offers = store::proxies_offered_to(conn, &loc.d.id, person)?;
    let handles = crate::accounts::handles_by_id(
        conn,
        offers
            .iter()
            .map(|e| e.person_id.clone())
            .chain(me.proxy_to.clone()),
    )?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_default();
    Ok(Mine {
        given: me
            .proxy_to
            .as_deref()
            .map(|to| (handle(to), me.proxy_accepted)),
        waiting: offers
            .iter()
            .filter(|e| !e.proxy_accepted)
            .map(|e| handle(&e.person_id))
            .collect(),
        held: offers
            .iter()
            .filter(|e| e.proxy_accepted)
            .map(|e| handle(&e.person_id))
            .collect(),
    })
}

/// Whom each voter who did not vote is represented by at the close, by the decision's
/// frozen `rules`: their accepted per-decision proxy, or else their accepted standing
/// delegation in the body, when both are in the electorate; at most `rules.proxies` per
/// holder (per-decision proxies first, then standing delegations in the order they were
/// accepted). Pairs of (giver, holder) person ids; one step only, never a chain.
fn representatives(
    electorate: &[store::ElectorRow],
    standing: &[store::DelegationRow],
    rules: &Rules,
) -> Vec<(String, String)> {
    let cap = rules.proxies as usize;
    if cap == 0 {
        return Vec::new();
    }
    let voter = |id: &str| electorate.binary_search_by(|e| e.person_id.as_str().cmp(id));
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut held: std::collections::HashMap<String, usize> = Default::default();
    let mut take = |giver: &str, holder: &str, pairs: &mut Vec<(String, String)>| {
        let n = held.entry(holder.to_string()).or_insert(0);
        if *n < cap {
            *n += 1;
            pairs.push((giver.to_string(), holder.to_string()));
        }
    };
    for e in electorate.iter().filter(|e| !e.voted && e.proxy_accepted) {
        if let Some(h) = &e.proxy_to {
            take(&e.person_id, h, &mut pairs);
        }
    }
    for d in standing {
        let Ok(i) = voter(&d.delegator_id) else {
            continue;
        };
        let giver = &electorate[i];
        if giver.voted || giver.proxy_accepted || voter(&d.delegate_id).is_err() {
            continue;
        }
        take(&d.delegator_id, &d.delegate_id, &mut pairs);
    }
    pairs
}

/// The ballots the proxies and standing delegations add at the close: for each voter
/// represented (see [`representatives`]), a copy of their holder's own ballot (if the
/// holder voted) with the giver's weight; its voter is the giver for open ballots, nobody
/// otherwise, so that a decision that hides its voters never shows who stood for whom.
pub fn represented(
    conn: &mut DbConn,
    loc: &Located,
    ballots: &[store::BallotRow],
) -> Result<Vec<store::BallotRow>, AppError> {
    let electorate = store::electorate(conn, &loc.d.id)?;
    let standing = store::accepted_delegations(conn, &loc.ctx.body.id)?;
    let open = !loc.secrecy()?.hides_voters();
    let mut copies = Vec::new();
    for (giver, holder) in representatives(&electorate, &standing, &loc.rules()?) {
        let giver = electorate.iter().find(|e| e.person_id == giver);
        let ballot = electorate
            .iter()
            .find(|e| e.person_id == holder && e.voted)
            .and_then(|e| e.ballot_id.as_ref())
            .and_then(|bid| ballots.iter().find(|b| &b.id == bid));
        if let (Some(giver), Some(b)) = (giver, ballot) {
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

/// Whether the close must look for proxies or standing delegations to count.
pub fn any_to_count(conn: &mut DbConn, loc: &Located) -> Result<bool, AppError> {
    if loc.rules()?.proxies == 0 {
        return Ok(false);
    }
    Ok(store::proxies_given(conn, &loc.d.id)?
        || !store::accepted_delegations(conn, &loc.ctx.body.id)?.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elector(id: &str, voted: bool, proxy: Option<(&str, bool)>) -> store::ElectorRow {
        store::ElectorRow {
            decision_id: "d".into(),
            person_id: id.into(),
            weight: 1,
            voted,
            ballot_id: None,
            proxy_to: proxy.map(|(h, _)| h.to_string()),
            proxy_accepted: proxy.is_some_and(|(_, a)| a),
        }
    }

    fn standing(from: &str, to: &str) -> store::DelegationRow {
        store::DelegationRow {
            body_id: "b".into(),
            delegator_id: from.into(),
            delegate_id: to.into(),
            created_at: 0,
            accepted_at: Some(0),
        }
    }

    fn rules(proxies: u32) -> Rules {
        Rules {
            proxies,
            ..Rules::default_for(model::BodyKind::GeneralAssembly)
        }
    }

    /// Voting yourself overrides both; an accepted per-decision proxy overrides the
    /// standing delegation, an offer not accepted does not; a delegator or delegate outside
    /// the frozen electorate counts for nothing; the cap takes per-decision proxies first.
    #[test]
    fn who_stands_for_whom() {
        let electorate = vec![
            elector("a", false, Some(("h", true))),
            elector("b", false, Some(("k", false))),
            elector("c", true, None),
            elector("d", false, None),
            elector("e", false, None),
            elector("h", true, None),
            elector("k", true, None),
        ];
        let standing = vec![
            standing("a", "k"),
            standing("b", "h"),
            standing("c", "h"),
            standing("d", "h"),
            standing("e", "x"),
        ];
        let pairs = representatives(&electorate, &standing, &rules(3));
        let want = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(pairs, want(&[("a", "h"), ("b", "h"), ("d", "h")]));
        let pairs = representatives(&electorate, &standing, &rules(2));
        assert_eq!(pairs, want(&[("a", "h"), ("b", "h")]));
        assert!(representatives(&electorate, &standing, &rules(0)).is_empty());
    }
}
