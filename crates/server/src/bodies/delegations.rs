//! Standing delegations within a body (point 5 of issue 14): a member who sits in the body
//! delegates to another member of it for all its decisions, until they revoke it; the
//! delegate accepts it (or declines, or later gives it back). Where the body's rulebook
//! allows proxies, at each decision's close a delegator who did not vote and whose
//! per-decision proxy nobody accepted counts as a copy of the delegate's ballot (see
//! `proxies::represented`). Under the body's delegation lock: one delegation per member,
//! no chains (a delegate has delegated to nobody, a delegator holds no delegation), and
//! at most the rulebook's number of proxies per delegate, offered and accepted together.

use super::events;
use super::model::Rules;
use super::service::{self, BodyCtx};
use super::store::{self, DelegationRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail, shown};
use crate::ids::PersonId;
use crate::journal;
use crate::web::actor::Actor;
use axum::http::StatusCode;

fn refused(why: &'static str) -> AppError {
    AppError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_delegation",
        detail!("problem-bodies-delegation", why = why),
    )
}

/// The body's current rules, once `actor` sits in it.
fn seated(conn: &mut DbConn, actor: &Actor, ctx: &BodyCtx) -> Result<Rules, AppError> {
    let rules = service::current_rules(conn, &ctx.body)?;
    if !service::sits(conn, ctx, &rules, &actor.id)? {
        return Err(AppError::forbidden(detail!(
            "problem-bodies-not-seated",
            body = &ctx.body.name
        )));
    }
    Ok(rules)
}

/// The rulebook's cap per delegate, where it allows proxies.
fn cap(rules: &Rules) -> Result<i64, AppError> {
    if rules.proxies == 0 {
        return Err(AppError::conflict(
            "proxies_not_allowed",
            detail!("problem-bodies-no-proxies"),
        ));
    }
    Ok(i64::from(rules.proxies))
}

fn record(
    conn: &mut DbConn,
    actor: &Actor,
    ctx: &BodyCtx,
    event: &journal::EventType<events::Delegation>,
    summary: String,
    delegator: String,
    delegate: String,
) -> Result<(), AppError> {
    journal::record(
        conn,
        Some(&actor.handle),
        event,
        &ctx.object(),
        &summary,
        &events::Delegation {
            org: ctx.org_handle.clone(),
            body: ctx.body.slug.clone(),
            name: ctx.body.name.clone(),
            delegator,
            delegate,
        },
    )?;
    Ok(())
}

/// `actor` offers their standing delegation in the body to the member `to` (a handle).
pub fn offer(conn: &mut DbConn, actor: &Actor, ctx: &BodyCtx, to: &str) -> Result<(), AppError> {
    store::lock_delegations(conn, &ctx.body.id)?;
    let rules = seated(conn, actor, ctx)?;
    let cap = cap(&rules)?;
    let delegate = crate::accounts::find_person(conn, to)?.ok_or_else(|| {
        AppError::invalid(
            "invalid_delegation",
            detail!("problem-bodies-proxy-nobody", handle = shown(to, 40)),
        )
    })?;
    if delegate.id == actor.id {
        return Err(refused("self"));
    }
    if !service::sits(conn, ctx, &rules, &delegate.id)? {
        return Err(refused("outside"));
    }
    if let Some(mine) = store::delegation_of(conn, &ctx.body.id, actor.id.as_str())? {
        let handle = crate::accounts::handle_of(conn, &mine.delegate_id)?;
        return Err(AppError::conflict(
            "delegation_exists",
            detail!("problem-bodies-delegation-exists", handle = &handle),
        ));
    }
    if store::delegation_of(conn, &ctx.body.id, delegate.id.as_str())?.is_some() {
        return Err(refused("chain"));
    }
    if !store::delegations_to(conn, &ctx.body.id, actor.id.as_str())?.is_empty() {
        return Err(refused("holding"));
    }
    if store::delegations_to(conn, &ctx.body.id, delegate.id.as_str())?.len() as i64 >= cap {
        return Err(AppError::conflict(
            "proxy_limit",
            detail!(
                "problem-bodies-proxy-limit",
                handle = &delegate.handle,
                limit = cap
            ),
        ));
    }
    store::insert_delegation(
        conn,
        &DelegationRow {
            body_id: ctx.body.id.clone(),
            delegator_id: actor.id.0.clone(),
            delegate_id: delegate.id.0.clone(),
            created_at: now_ms(),
            accepted_at: None,
        },
    )?;
    record(
        conn,
        actor,
        ctx,
        &events::DELEGATION_OFFERED,
        format!(
            "@{} offered a standing delegation in “{}” to @{}",
            actor.handle, ctx.body.name, delegate.handle
        ),
        actor.handle.clone(),
        delegate.handle.clone(),
    )
}

/// `actor` takes their standing delegation back, accepted or still waiting.
pub fn revoke(conn: &mut DbConn, actor: &Actor, ctx: &BodyCtx) -> Result<(), AppError> {
    store::lock_delegations(conn, &ctx.body.id)?;
    let rules = service::current_rules(conn, &ctx.body)?;
    let mine = store::delegation_of(conn, &ctx.body.id, actor.id.as_str())?;
    let Some(mine) = mine else {
        if !service::sits(conn, ctx, &rules, &actor.id)? {
            return Err(AppError::forbidden(detail!(
                "problem-bodies-not-seated",
                body = &ctx.body.name
            )));
        }
        return Err(refused("none"));
    };
    store::delete_delegation(conn, &ctx.body.id, actor.id.as_str())?;
    let delegate = crate::accounts::handle_of(conn, &mine.delegate_id)?;
    record(
        conn,
        actor,
        ctx,
        &events::DELEGATION_REVOKED,
        format!(
            "@{} took back their standing delegation in “{}” from @{}",
            actor.handle, ctx.body.name, delegate
        ),
        actor.handle.clone(),
        delegate,
    )
}

/// `actor` accepts (`accept`) or declines the standing delegation the member `from` (a
/// handle) offered them; declining an accepted one gives it back (also once the rulebook
/// allows no proxies any more).
pub fn answer(
    conn: &mut DbConn,
    actor: &Actor,
    ctx: &BodyCtx,
    from: &str,
    accept: bool,
) -> Result<(), AppError> {
    store::lock_delegations(conn, &ctx.body.id)?;
    let rules = seated(conn, actor, ctx)?;
    let giver = crate::accounts::find_person(conn, from)?.ok_or_else(|| refused("unoffered"))?;
    let offer = store::delegation_of(conn, &ctx.body.id, giver.id.as_str())?
        .filter(|d| d.delegate_id == actor.id.as_str())
        .ok_or_else(|| refused("unoffered"))?;
    let verb = if accept {
        if offer.accepted_at.is_some() {
            return Ok(());
        }
        let cap = cap(&rules)?;
        if store::delegation_of(conn, &ctx.body.id, actor.id.as_str())?.is_some() {
            return Err(refused("delegated"));
        }
        let accepted = store::delegations_to(conn, &ctx.body.id, actor.id.as_str())?
            .iter()
            .filter(|d| d.accepted_at.is_some())
            .count() as i64;
        if accepted >= cap {
            return Err(AppError::conflict(
                "proxy_limit",
                detail!(
                    "problem-bodies-proxy-limit",
                    handle = &actor.handle,
                    limit = cap
                ),
            ));
        }
        store::accept_delegation(
            conn,
            &ctx.body.id,
            giver.id.as_str(),
            actor.id.as_str(),
            now_ms(),
        )?;
        "accepted"
    } else {
        store::delete_delegation(conn, &ctx.body.id, giver.id.as_str())?;
        "declined"
    };
    record(
        conn,
        actor,
        ctx,
        if accept {
            &events::DELEGATION_ACCEPTED
        } else {
            &events::DELEGATION_DECLINED
        },
        format!(
            "@{} {verb} the standing delegation of @{} in “{}”",
            actor.handle, giver.handle, ctx.body.name
        ),
        giver.handle.clone(),
        actor.handle.clone(),
    )
}

/// A member's standing delegations in a body: the one they gave, and those given to them.
#[derive(Debug, Clone, Default)]
pub struct Mine {
    /// Whether they sit in the body (else the rest is empty).
    pub seated: bool,
    /// The handle of the member they delegated to, and whether that member accepted.
    pub given: Option<(String, bool)>,
    /// The handles of the members whose delegation waits for their answer.
    pub waiting: Vec<String>,
    /// The handles of the members whose delegation they accepted.
    pub held: Vec<String>,
}

/// The standing delegations of `person` in the body.
pub fn mine(conn: &mut DbConn, person: &PersonId, ctx: &BodyCtx) -> Result<Mine, AppError> {
    let rules = service::current_rules(conn, &ctx.body)?;
    if !service::sits(conn, ctx, &rules, person)? {
        return Ok(Mine::default());
    }
    let given = store::delegation_of(conn, &ctx.body.id, person.as_str())?;
    let to_me = store::delegations_to(conn, &ctx.body.id, person.as_str())?;
    let handles = crate::accounts::handles_by_id(
        conn,
        to_me
            .iter()
            .map(|d| d.delegator_id.clone())
            .chain(given.as_ref().map(|d| d.delegate_id.clone())),
    )?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_default();
    Ok(Mine {
        seated: true,
        given: given.map(|d| (handle(&d.delegate_id), d.accepted_at.is_some())),
        waiting: to_me
            .iter()
            .filter(|d| d.accepted_at.is_none())
            .map(|d| handle(&d.delegator_id))
            .collect(),
        held: to_me
            .iter()
            .filter(|d| d.accepted_at.is_some())
            .map(|d| handle(&d.delegator_id))
            .collect(),
    })
}
