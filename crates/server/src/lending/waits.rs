//! Waiting lists with a pickup expiry. A person waits for items over an interval that
//! was taken; when a cancellation, a return or an ended block frees a slot that fits, the
//! first waiting (first come, first served) is offered a hold: a reservation in state
//! `offered` that holds the items, like any booking, until the pickup time (the policy's,
//! 48 h by default, never past the slot's start). Taken in time, it becomes a booking;
//! not taken, it lapses and the next waiting is offered the slot, so holds never pile up.
//!
//! Every offer is made under the resource's lock, after the holds are read, as bookings
//! are: an offer never double-books. Lapsing is done by a sweep (every minute, and at
//! start, like the ledger's expiry of holds): an offer whose pickup time passed still
//! holds its items until the sweep lapses it (at most a minute late), and can no longer
//! be taken (checked when taken), so nobody gets an item they did not pick up in time.

use super::events;
use super::model::{self, Interval, LendingError, State};
use super::service::{self, Refused, offer_freed, waited};
use super::store::{self, ReservationRow, WaitRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::journal;
use crate::web::actor::Actor;

/// How often the sweep lapses offers not picked up.
pub const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

pub fn require_wait(conn: &mut DbConn, id: &str) -> Result<WaitRow, AppError> {
    store::wait(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-lending-no-wait", id = shown(id, 40))))
}

/// Where `w` stands on its resource's list: 1 for the first waiting; 0 once it no longer
/// waits.
pub fn position(conn: &mut DbConn, w: &WaitRow) -> Result<i64, AppError> {
    if w.state != "waiting" {
        return Ok(0);
    }
    let list = store::waiting(conn, &w.resource_id)?;
    Ok(list
        .iter()
        .position(|x| x.id == w.id)
        .map_or(0, |i| i as i64 + 1))
}

/// `p` joins resource `id`'s waiting list for `quantity` items over `[starts_at,
/// ends_at)`: refused as a booking would be (policy, lead time, hours, training, limits),
/// and when the slot is free (409 `slot_free`: book it instead).
#[allow(clippy::too_many_arguments)]
pub fn join(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    now: i64,
) -> Result<Result<(WaitRow, i64), Refused>, AppError> {
    store::lock_resource(conn, id)?;
    let r = service::require_resource(conn, id)?;
    if r.retired_at.is_some() {
        return Err(LendingError::Retired.into());
    }
    service::ensure_lendable(conn, &r)?;
    let policy = service::policy_of(&r);
    let quantity = model::quantity(quantity, r.quantity)?;
    let at = Interval::checked(starts_at, ends_at, &policy, now)?;
    let steward = service::is_steward(conn, p, &r)?;
    service::may_borrow(conn, p, &r, steward)?;
    service::may_train(conn, p, &r, steward, at.ends_at)?;
    // The lead time, as for a booking (stewards exempt): a wait for a slot too soon to
    // book could only end in an offer nobody may take in time to prepare it.
    if !steward && let Err(e) = model::enough_notice(at.starts_at, r.lead_minutes, now) {
        return Ok(Err(Refused::Rule(e)));
    }
    if let Err(e) = model::within_hours(&r.rules, at.starts_at, at.ends_at) {
        return Ok(Err(Refused::Rule(e)));
    }
    if let Err(e) = service::within_limits(conn, p, &r, quantity, &at, State::Pending, now, None)? {
        return Ok(Err(Refused::Rule(e)));
    }
    let holds = service::holds_of(conn, &r, at.starts_at, now)?;
    let held_until = at.ends_at + policy.buffer_ms();
    if model::fits(
        &holds,
        r.quantity,
        quantity,
        at.starts_at,
        held_until,
        at.starts_at,
    )
    .is_ok()
    {
        return Err(AppError::conflict(
            "slot_free",
            detail!("problem-lending-slot-free"),
        ));
    }
    let w = WaitRow {
        id: new_id(),
        resource_id: r.id.clone(),
        person_id: p.id.as_str().into(),
        quantity,
        starts_at: at.starts_at,
        ends_at: at.ends_at,
        created_at: now,
        state: "waiting".into(),
        reservation_id: None,
        offered_at: None,
        pickup_by: None,
        ended_at: None,
    };
    store::insert_wait(conn, &w)?;
    let position = position(conn, &w)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::WAIT_JOINED,
        &service::resource_ref(&r),
        &format!(
            "@{} joined the waiting list of {} (place {position})",
            p.handle, r.name
        ),
        &waited(&r, &w, &p.handle, position),
    )?;
    Ok(Ok((w, position)))
}

/// The person offered a hold takes it before its pickup time: it becomes a booking
/// (awaiting approval when the policy asks for one). The limits per person are weighed
/// again, beside what they hold now (the offer aside): what they booked while waiting
/// counts, and a refusal names the rule and until when, leaving the offer open until its
/// pickup time so that they may make room and take it. The lead time is not weighed
/// again: the person was waiting, and an offer of a slot that starts soon is theirs to
/// take until its pickup time.
pub fn take(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    now: i64,
) -> Result<Result<ReservationRow, Refused>, AppError> {
    let resource_id = require_wait(conn, id)?.resource_id;
    store::lock_resource(conn, &resource_id)?;
    let w = require_wait(conn, id)?;
    let r = service::require_resource(conn, &resource_id)?;
    if w.person_id != p.id.as_str() {
        return Err(LendingError::NotBorrowerOrSteward.into());
    }
    service::ensure_lendable(conn, &r)?;
    let wrong = |state: &str| LendingError::WrongState {
        action: "take",
        state: state.into(),
    };
    if w.state != "offered" {
        return Err(wrong(&w.state).into());
    }
    if w.pickup_by.is_some_and(|t| t < now) {
        return Err(AppError::conflict(
            "offer_lapsed",
            detail!("problem-lending-offer-lapsed"),
        ));
    }
    let kid = w.reservation_id.clone().unwrap_or_default();
    let steward = service::is_steward(conn, p, &r)?;
    let to = if service::policy_of(&r).approval_required && !steward {
        State::Pending
    } else {
        State::Confirmed
    };
    let offered = service::require_reservation(conn, &kid)?;
    let at = Interval {
        starts_at: offered.starts_at,
        ends_at: offered.ends_at,
    };
    if let Err(e) = service::within_limits(conn, p, &r, offered.quantity, &at, to, now, Some(&kid))?
    {
        return Ok(Err(Refused::Rule(e)));
    }
    if !store::move_state(conn, &kid, State::Offered.as_str(), to.as_str(), now, "")?
        || !store::move_wait(conn, &w.id, "offered", "taken", None, now)?
    {
        return Err(wrong("moved").into());
    }
    let k = service::require_reservation(conn, &kid)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::TAKEN,
        &service::reservation_ref(&r, &k),
        &format!("@{} took up the offer of {}", p.handle, r.name),
        &service::booking(&r, &k, &p.handle),
    )?;
    Ok(Ok(k))
}

/// The person (or a steward) takes a place off the waiting list; an offer made to it is
/// given up, and goes to the next waiting.
pub fn leave(conn: &mut DbConn, p: &Actor, id: &str, now: i64) -> Result<WaitRow, AppError> {
    let resource_id = require_wait(conn, id)?.resource_id;
    store::lock_resource(conn, &resource_id)?;
    let w = require_wait(conn, id)?;
    let r = service::require_resource(conn, &resource_id)?;
    if w.person_id != p.id.as_str() && !service::is_steward(conn, p, &r)? {
        return Err(LendingError::NotBorrowerOrSteward.into());
    }
    if w.state != "waiting" && w.state != "offered" {
        return Err(LendingError::WrongState {
            action: "leave",
            state: w.state.clone(),
        }
        .into());
    }
    if let Some(kid) = w.reservation_id.as_deref() {
        store::move_state(conn, kid, State::Offered.as_str(), "cancelled", now, "")?;
    }
    store::move_wait(conn, &w.id, &w.state, "left", None, now)?;
    let person = crate::accounts::handle_of(conn, &w.person_id)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::WAIT_LEFT,
        &service::resource_ref(&r),
        &format!("@{person} is no longer waiting for {}", r.name),
        &waited(&r, &w, &person, 0),
    )?;
    if w.state == "offered" {
        offer_freed(conn, &r, now)?;
    }
    require_wait(conn, id)
}

/// Lapses offer `id` if its pickup time has passed and it was not taken, and offers the
/// slot to the next waiting. False when there was nothing to lapse.
pub fn lapse(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let resource_id = require_wait(conn, id)?.resource_id;
    store::lock_resource(conn, &resource_id)?;
    let w = require_wait(conn, id)?;
    if w.state != "offered" || w.pickup_by.is_none_or(|t| t > now) {
        return Ok(false);
    }
    let r = service::require_resource(conn, &resource_id)?;
    let kid = w.reservation_id.clone().unwrap_or_default();
    store::move_state(conn, &kid, State::Offered.as_str(), "cancelled", now, "")?;
    store::move_wait(conn, &w.id, "offered", "lapsed", None, now)?;
    let k = service::require_reservation(conn, &kid)?;
    let person = crate::accounts::handle_of(conn, &w.person_id)?;
    journal::record(
        conn,
        None,
        &events::LAPSED,
        &service::reservation_ref(&r, &k),
        &format!(
            "@{person}’s offer of {} lapsed: not picked up in time",
            r.name
        ),
        &service::booking(&r, &k, &person),
    )?;
    offer_freed(conn, &r, now)?;
    Ok(true)
}

/// Lapses every offer whose pickup time has passed, each in its own transaction.
pub async fn sweep(state: &crate::state::AppState) -> Result<usize, AppError> {
    let now = crate::db::now_ms();
    let due = state
        .db
        .read(move |c| store::lapsed_offers(c, now, 500))
        .await?;
    let mut n = 0;
    for w in due {
        let id = w.id.clone();
        if state.db.write(move |c| lapse(c, &id, now)).await? {
            n += 1;
        }
    }
    Ok(n)
}

/// Runs [`sweep`] at start and every [`SWEEP_EVERY`] until the server shuts down.
pub async fn sweep_forever(state: crate::state::AppState) {
    let mut stop = state.shutdown.subscribe();
    loop {
        match sweep(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(lapsed = n, "lapsed waiting-list offers not picked up"),
            Err(e) => tracing::error!(error = %e, "the waiting-list sweep failed; trying again"),
        }
        tokio::select! {
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
            _ = stop.changed() => return,
        }
        if *stop.borrow() {
            return;
        }
    }
}
