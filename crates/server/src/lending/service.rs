//! The flows of lending shared by the API and the pages: put a resource up for lending
//! (stewarded by an organization whose admin one is, or by oneself), retire it, reserve
//! items of it, and move a reservation on (approve, cancel, check out, return). Each runs
//! inside the caller's write transaction and records its journal event there.
//!
//! Booking holds the one rule that spans rows: under the resource's lock, taken before
//! the holds are read, the new reservation is inserted only if at no instant of its
//! interval (plus the buffer) the holds and it exceed the pool.

use super::events::{self, Booking};
use super::model::{self, Action, Borrowers, Clash, Hold, Interval, LendingError, Policy, State};
use super::store::{self, ReservationRow, ResourceRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::ids::OrgId;
use crate::journal::{self, Context, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;

/// Model refusals become client errors with the model's stable code: 403 for who may not,
/// 409 for a reservation or resource whose state forbids it, 422 for broken input.
impl From<LendingError> for AppError {
    #[track_caller]
    fn from(e: LendingError) -> Self {
        let status = match &e {
            LendingError::MembersOnly { .. }
            | LendingError::NotSteward
            | LendingError::NotBorrowerOrSteward => StatusCode::FORBIDDEN,
            LendingError::Retired
            | LendingError::NotLent { .. }
            | LendingError::WrongState { .. } => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

/// What a new resource is, as entered.
pub struct NewResource {
    pub kind: String,
    pub name: String,
    pub description: String,
    pub place: String,
    pub condition: String,
    pub quantity: i64,
    /// The steward organization's handle; `None`: the person who creates it.
    pub organization: Option<String>,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: String,
    pub approval_required: bool,
}

pub fn policy_of(r: &ResourceRow) -> Policy {
    Policy {
        min_minutes: r.min_minutes,
        max_minutes: r.max_minutes,
        horizon_days: r.horizon_days,
        buffer_minutes: r.buffer_minutes,
        borrowers: Borrowers::parse(&r.borrowers).unwrap_or(Borrowers::Members),
        approval_required: r.approval_required,
    }
}

pub fn state_of(r: &ReservationRow) -> State {
    State::parse(&r.state).unwrap_or(State::Cancelled)
}

/// Whose record a resource's events belong to: its organization's, or its own.
fn context(r: &ResourceRow) -> Option<Context> {
    (r.steward_kind == "organization").then(|| Context::of(ObjectKind::Organization, &r.steward_id))
}

fn resource_ref(r: &ResourceRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Resource,
        id: r.id.clone(),
        url: format!("/resources/{}", r.id),
        context: context(r),
    }
}

fn reservation_ref(r: &ResourceRow, k: &ReservationRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Reservation,
        id: k.id.clone(),
        url: format!("/reservations/{}", k.id),
        context: context(r),
    }
}

/// The steward as shown: `@handle` of the organization or the person.
pub fn steward_handle(conn: &mut DbConn, r: &ResourceRow) -> Result<String, AppError> {
    if r.steward_kind == "organization" {
        crate::accounts::org_handle(conn, &OrgId(r.steward_id.clone()))
    } else {
        crate::accounts::handle_of(conn, &r.steward_id)
    }
}

/// Whether `p` stewards `r`: the steward person, or an active admin of the organization.
pub fn is_steward(conn: &mut DbConn, p: &Actor, r: &ResourceRow) -> Result<bool, AppError> {
    if r.steward_kind == "organization" {
        let role = crate::accounts::active_role(conn, &OrgId(r.steward_id.clone()), &p.id)?;
        Ok(role.as_deref() == Some("admin"))
    } else {
        Ok(r.steward_id == p.id.as_str())
    }
}

pub fn require_resource(conn: &mut DbConn, id: &str) -> Result<ResourceRow, AppError> {
    store::resource(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-resource", id = shown(id, 40))))
}

pub fn require_reservation(conn: &mut DbConn, id: &str) -> Result<ReservationRow, AppError> {
    store::reservation(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-reservation", id = shown(id, 40))))
}

/// Puts a resource up for lending; the steward organization's admins only may name it.
pub fn create_resource(
    conn: &mut DbConn,
    p: &Actor,
    i: &NewResource,
    now: i64,
) -> Result<ResourceRow, AppError> {
    let kind = model::kind(&i.kind)?;
    let name = model::line("name", &i.name, model::MAX_NAME_CHARS, true)?;
    let description = model::text("description", &i.description)?;
    let place = model::line("place", &i.place, model::MAX_NAME_CHARS, false)?;
    let condition = model::line("condition", &i.condition, model::MAX_NAME_CHARS, false)?;
    let quantity = model::pool_size(i.quantity)?;
    let policy = Policy::new(
        i.min_minutes,
        i.max_minutes,
        i.horizon_days,
        i.buffer_minutes,
        Borrowers::parse(&i.borrowers)?,
        i.approval_required,
    )?;
    let (steward_kind, steward_id, steward) = match i.organization.as_deref().map(str::trim) {
        Some(h) if !h.is_empty() => {
            let h = h.trim_start_matches('@');
            let org = crate::accounts::require_org(conn, h)?;
            if crate::accounts::active_role(conn, &org, &p.id)?.as_deref() != Some("admin") {
                return Err(AppError::forbidden(detail!("problem-admins-only", org = h)));
            }
            ("organization", org.0, format!("@{h}"))
        }
        _ => (
            "person",
            p.id.as_str().to_string(),
            format!("@{}", p.handle),
        ),
    };
    let row = ResourceRow {
        id: new_id(),
        kind: kind.into(),
        name,
        description,
        place,
        condition,
        quantity,
        steward_kind: steward_kind.into(),
        steward_id,
        min_minutes: policy.min_minutes,
        max_minutes: policy.max_minutes,
        horizon_days: policy.horizon_days,
        buffer_minutes: policy.buffer_minutes,
        borrowers: policy.borrowers.as_str().into(),
        approval_required: policy.approval_required,
        created_by: p.id.as_str().into(),
        created_at: now,
        retired_at: None,
    };
    store::insert_resource(conn, &row)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::CREATED,
        &resource_ref(&row),
        &format!(
            "@{} put {} up for lending ({}, stewarded by {steward})",
            p.handle,
            row.name,
            if quantity == 1 {
                "one item".to_string()
            } else {
                format!("{quantity} items")
            }
        ),
        &events::Created {
            resource: row.id.clone(),
            name: row.name.clone(),
            kind: row.kind.clone(),
            quantity,
            steward,
        },
    )?;
    Ok(row)
}

/// Retires a resource (a steward): it takes no more bookings; those made stay.
pub fn retire(conn: &mut DbConn, p: &Actor, id: &str, now: i64) -> Result<ResourceRow, AppError> {
    // Bookings under way finish first; those that come after see it retired.
    store::lock_resource(conn, id)?;
    let r = require_resource(conn, id)?;
    if !is_steward(conn, p, &r)? {
        return Err(LendingError::NotSteward.into());
    }
    if !store::retire(conn, id, now)? {
        return Err(LendingError::Retired.into());
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::RETIRED,
        &resource_ref(&r),
        &format!("@{} retired {}", p.handle, r.name),
        &events::Retired {
            resource: r.id.clone(),
            name: r.name.clone(),
        },
    )?;
    require_resource(conn, id)
}

fn booking(r: &ResourceRow, k: &ReservationRow, borrower: &str) -> Booking {
    Booking {
        reservation: k.id.clone(),
        resource: r.id.clone(),
        name: r.name.clone(),
        borrower: borrower.into(),
        quantity: k.quantity,
        starts_at: k.starts_at,
        ends_at: k.ends_at,
        state: k.state.clone(),
        note: String::new(),
    }
}

/// Whether `p` may borrow from `r` under its policy (stewards always may).
fn may_borrow(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    steward: bool,
) -> Result<(), AppError> {
    if steward || policy_of(r).borrowers == Borrowers::Anyone {
        return Ok(());
    }
    let member = r.steward_kind == "organization"
        && crate::accounts::active_role(conn, &OrgId(r.steward_id.clone()), &p.id)?.is_some();
    if member {
        Ok(())
    } else {
        Err(LendingError::MembersOnly {
            org: steward_handle(conn, r)?,
        }
        .into())
    }
}

/// Reserves `quantity` items of resource `id` over `[starts_at, ends_at)` for `p`. The
/// outer error is a refusal (nothing written); the inner one, the clash with the
/// reservations holding the items (nothing written either).
pub fn reserve(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    now: i64,
) -> Result<Result<ReservationRow, Clash>, AppError> {
    store::lock_resource(conn, id)?;
    let r = require_resource(conn, id)?;
    if r.retired_at.is_some() {
        return Err(LendingError::Retired.into());
    }
    let policy = policy_of(&r);
    let quantity = model::quantity(quantity, r.quantity)?;
    let at = Interval::checked(starts_at, ends_at, &policy, now)?;
    let steward = is_steward(conn, p, &r)?;
    may_borrow(conn, p, &r, steward)?;
    let held_until = at.ends_at + policy.buffer_ms();
    // A loan out past its end still has the items: it holds them until now plus the
    // buffer, and longer as long as it stays out.
    let holds: Vec<Hold> = store::holding_after(conn, id, at.starts_at)?
        .into_iter()
        .map(|k| Hold {
            held_until: if k.state == State::Out.as_str() {
                k.held_until.max(now + policy.buffer_ms())
            } else {
                k.held_until
            },
            id: k.id,
            quantity: k.quantity,
            starts_at: k.starts_at,
        })
        .collect();
    let latest = now + policy.horizon_days * 24 * 3_600_000;
    if let Err(clash) = model::fits(
        &holds,
        r.quantity,
        quantity,
        at.starts_at,
        held_until,
        latest,
    ) {
        return Ok(Err(clash));
    }
    let state = if policy.approval_required && !steward {
        State::Pending
    } else {
        State::Confirmed
    };
    let k = ReservationRow {
        id: new_id(),
        resource_id: r.id.clone(),
        borrower_id: p.id.as_str().into(),
        quantity,
        starts_at: at.starts_at,
        ends_at: at.ends_at,
        held_until,
        state: state.as_str().into(),
        created_at: now,
        checked_out_at: None,
        out_note: String::new(),
        returned_at: None,
        return_note: String::new(),
        cancelled_at: None,
    };
    store::insert_reservation(conn, &k)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::RESERVED,
        &reservation_ref(&r, &k),
        &format!(
            "@{} reserved {} of {} for @{}",
            p.handle, quantity, r.name, p.handle
        ),
        &booking(&r, &k, &p.handle),
    )?;
    Ok(Ok(k))
}

/// Moves reservation `id` on by `action`: a steward approves, checks out and takes back
/// (with a condition note); the borrower or a steward cancels.
pub fn act(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    action: Action,
    note: &str,
    now: i64,
) -> Result<ReservationRow, AppError> {
    let k = require_reservation(conn, id)?;
    let r = require_resource(conn, &k.resource_id)?;
    let steward = is_steward(conn, p, &r)?;
    let allowed = steward || (action == Action::Cancel && k.borrower_id == p.id.as_str());
    if !allowed {
        return Err(if action == Action::Cancel {
            LendingError::NotBorrowerOrSteward
        } else {
            LendingError::NotSteward
        }
        .into());
    }
    let note = model::text("note", note)?;
    let from = state_of(&k);
    let to = action.apply(from)?;
    if !store::move_state(conn, id, from.as_str(), to.as_str(), now, &note)? {
        // Moved meanwhile: answer as for the state it is in now.
        let now_state = state_of(&require_reservation(conn, id)?);
        action.apply(now_state)?;
        return Err(LendingError::WrongState {
            action: action.as_str(),
            state: now_state.as_str().into(),
        }
        .into());
    }
    let k = require_reservation(conn, id)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    let mut payload = booking(&r, &k, &borrower);
    payload.note = note;
    let (ty, summary) = match action {
        Action::Approve => (
            &events::APPROVED,
            format!(
                "@{} approved @{borrower}’s reservation of {}",
                p.handle, r.name
            ),
        ),
        Action::Cancel => (
            &events::CANCELLED,
            format!(
                "@{} cancelled @{borrower}’s reservation of {}",
                p.handle, r.name
            ),
        ),
        Action::CheckOut => (
            &events::CHECKED_OUT,
            format!(
                "@{} lent {} of {} to @{borrower}",
                p.handle, k.quantity, r.name
            ),
        ),
        Action::Return => (
            &events::RETURNED,
            format!(
                "@{} took back {} of {} from @{borrower}",
                p.handle, k.quantity, r.name
            ),
        ),
    };
    journal::record(
        conn,
        Some(&p.handle),
        ty,
        &reservation_ref(&r, &k),
        &summary,
        &payload,
    )?;
    Ok(k)
}

/// The refusal a clash is on a page (and in logs): the reservation in the way and when
/// the next free slot starts, if there is one within the horizon.
pub fn clash_error(clash: &Clash) -> AppError {
    clash_error_with(clash, model::rfc3339)
}

/// [`clash_error`] with the next free slot written by `when` (a page writes it in the
/// viewer's language and zone).
pub fn clash_error_with(clash: &Clash, when: impl Fn(i64) -> String) -> AppError {
    let next = clash.next_free.map(when).unwrap_or_else(|| "none".into());
    AppError::conflict(
        "slot_taken",
        detail!(
            "problem-lending-slot-taken",
            reservation = clash.reservation.as_str(),
            next = next
        ),
    )
}
