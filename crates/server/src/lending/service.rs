//! The flows of lending shared by the API and the pages: put a resource up for lending
//! (stewarded by an organization whose admin one is, a commons one maintains, or by
//! oneself), retire it, reserve items of it, and move a reservation on (approve, cancel,
//! check out, return). Each runs inside the caller's write transaction and records its
//! journal event there.
//!
//! Booking holds the one rule that spans rows: under the resource's lock, taken before
//! the holds are read, the new reservation is inserted only if at no instant of its
//! interval (plus the buffer) the holds and it exceed the pool.

use super::events::{self, Blocked, Booking};
use super::model::{
    self, Action, Borrowers, Clash, Displaced, Hold, Interval, LendingError, Plan, Policy, State,
};
use super::store::{
    self, BlockRow, NoticeRow, PlanRow, ReservationRow, ResourceRow, TrainingRow, WaitRow,
};
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
        refusal_with(e, &model::rfc3339)
    }
}

/// A model refusal as an error, the instants it names written by `when`.
#[track_caller]
pub fn refusal_with(e: LendingError, when: &dyn Fn(i64) -> String) -> AppError {
    let status = match &e {
        LendingError::MembersOnly { .. }
        | LendingError::TrainingRequired { .. }
        | LendingError::NotSteward
        | LendingError::NotLibrarySteward
        | LendingError::NotInstanceAdmin
        | LendingError::NotBorrowerOrSteward => StatusCode::FORBIDDEN,
        LendingError::Retired
        | LendingError::LimitItems { .. }
        | LendingError::LimitDays { .. }
        | LendingError::LimitHolds { .. }
        | LendingError::BlockEnded
        | LendingError::NotLent { .. }
        | LendingError::MomentNotReached { .. }
        | LendingError::WrongState { .. } => StatusCode::CONFLICT,
        LendingError::PhotoType { .. } => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        LendingError::PhotoTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    AppError::new(status, e.code(), e.detail_with(when))
}

/// A model refusal as an error (for a caller outside a flow).
pub fn refusal(e: LendingError) -> AppError {
    e.into()
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
    /// The steward commons' handle (its maintainers steward it); exclusive with
    /// `organization`.
    pub commons: Option<String>,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: String,
    pub approval_required: bool,
    /// Only people a steward trained on it (and the stewards) may book it.
    pub training_required: bool,
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

/// Whose record a resource's events belong to: its organization's or commons', or its own.
pub(super) fn context(r: &ResourceRow) -> Option<Context> {
    match r.steward_kind.as_str() {
        "organization" => Some(Context::of(ObjectKind::Organization, &r.steward_id)),
        "commons" => Some(Context::of(ObjectKind::Commons, &r.steward_id)),
        _ => None,
    }
}

pub(super) fn resource_ref(r: &ResourceRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Resource,
        id: r.id.clone(),
        url: format!("/resources/{}", r.id),
        context: context(r),
    }
}

pub(super) fn reservation_ref(r: &ResourceRow, k: &ReservationRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Reservation,
        id: k.id.clone(),
        url: format!("/reservations/{}", k.id),
        context: context(r),
    }
}

/// The steward as shown: `@handle` of the organization, the commons or the person.
pub fn steward_handle(conn: &mut DbConn, r: &ResourceRow) -> Result<String, AppError> {
    match r.steward_kind.as_str() {
        "organization" => crate::accounts::org_handle(conn, &OrgId(r.steward_id.clone())),
        "commons" => Ok(crate::commons::require_by_id(conn, &r.steward_id)?.handle),
        _ => crate::accounts::handle_of(conn, &r.steward_id),
    }
}

/// Whether `p` maintains the commons `commons_id`.
fn maintains(conn: &mut DbConn, commons_id: &str, p: &Actor) -> Result<bool, AppError> {
    Ok(crate::commons::maintainers_of(conn, commons_id)?
        .iter()
        .any(|(id, ..)| id == p.id.as_str()))
}

/// Whether `p` stewards `r`: the steward person, an active admin of the organization, or
/// a maintainer of the commons.
pub fn is_steward(conn: &mut DbConn, p: &Actor, r: &ResourceRow) -> Result<bool, AppError> {
    match r.steward_kind.as_str() {
        "organization" => {
            let role = crate::accounts::active_role(conn, &OrgId(r.steward_id.clone()), &p.id)?;
            Ok(role.as_deref() == Some("admin"))
        }
        "commons" => maintains(conn, &r.steward_id, p),
        _ => Ok(r.steward_id == p.id.as_str()),
    }
}

/// A 410 `commons_deleted` when `r` is stewarded by a commons that was deleted: it takes
/// no new booking (nor place on its waiting list), while loans out come back and
/// reservations are cancelled as before. The commons stays open until the caller's
/// transaction ends, so a deletion racing a booking comes after it or refuses it.
pub fn ensure_lendable(conn: &mut DbConn, r: &ResourceRow) -> Result<(), AppError> {
    if r.steward_kind == "commons" {
        crate::commons::ensure_open_held(conn, &r.steward_id)?;
    }
    Ok(())
}

pub fn require_resource(conn: &mut DbConn, id: &str) -> Result<ResourceRow, AppError> {
    store::resource(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-resource", id = shown(id, 40))))
}

pub fn require_reservation(conn: &mut DbConn, id: &str) -> Result<ReservationRow, AppError> {
    store::reservation(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-reservation", id = shown(id, 40))))
}

/// Puts a resource up for lending; the steward organization's admins only may name it, the
/// steward commons' maintainers only (and an open commons), never both at once.
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
    let given = |o: &Option<String>| {
        o.as_deref()
            .map(|h| h.trim().trim_start_matches('@').to_string())
            .filter(|h| !h.is_empty())
    };
    let (steward_kind, steward_id, steward) = match (given(&i.organization), given(&i.commons)) {
        (Some(_), Some(_)) => return Err(LendingError::TwoStewards.into()),
        (None, Some(h)) => {
            let c = crate::commons::require_commons(conn, &h)?;
            crate::commons::ensure_open(conn, &c)?;
            if !maintains(conn, &c.id, p)? {
                return Err(AppError::forbidden(detail!(
                    "problem-lending-maintainers-only",
                    commons = h.as_str()
                )));
            }
            ("commons", c.id, format!("@{h}"))
        }
        (Some(h), None) => {
            let org = crate::accounts::require_org(conn, &h)?;
            if crate::accounts::active_role(conn, &org, &p.id)?.as_deref() != Some("admin") {
                return Err(AppError::forbidden(detail!(
                    "problem-admins-only",
                    org = h.as_str()
                )));
            }
            ("organization", org.0, format!("@{h}"))
        }
        (None, None) => (
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
        training_required: i.training_required,
        created_by: p.id.as_str().into(),
        created_at: now,
        retired_at: None,
        rules: model::Rules::default(),
        lead_minutes: 0,
        money: super::fees::Terms::default(),
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

pub(super) fn booking(r: &ResourceRow, k: &ReservationRow, borrower: &str) -> Booking {
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
        money: None,
    }
}

/// Whether `p` may borrow from `r` under its policy (stewards always may).
pub(super) fn may_borrow(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    steward: bool,
) -> Result<(), AppError> {
    if steward || policy_of(r).borrowers == Borrowers::Anyone {
        return Ok(());
    }
    let member = match r.steward_kind.as_str() {
        "organization" => {
            crate::accounts::active_role(conn, &OrgId(r.steward_id.clone()), &p.id)?.is_some()
        }
        "commons" => crate::commons::is_member(conn, &r.steward_id, p.id.as_str())?,
        _ => false,
    };
    if member {
        Ok(())
    } else {
        Err(LendingError::MembersOnly {
            org: steward_handle(conn, r)?,
        }
        .into())
    }
}

/// Whether `p` holds a training on `r` valid until `until`, when its policy asks for
/// one (stewards need none).
pub(super) fn may_train(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    steward: bool,
    until: i64,
) -> Result<(), AppError> {
    if steward || !r.training_required {
        return Ok(());
    }
    let own = store::training(conn, &r.id, p.id.as_str())?.map(|t| t.expires_at);
    let class =
        store::class_training(conn, &r.steward_id, &r.kind, p.id.as_str())?.map(|t| t.expires_at);
    match own.max(class) {
        Some(expires_at) if expires_at >= until => Ok(()),
        had => Err(LendingError::TrainingRequired {
            name: r.name.clone(),
            steward: format!("@{}", steward_handle(conn, r)?),
            expired: had.is_some(),
        }
        .into()),
    }
}

/// A reservation as what it holds: a loan out past its end still has the items, so it
/// holds them until `now` plus the buffer, and longer as long as it stays out.
pub fn reservation_hold(k: &ReservationRow, now: i64, buffer_ms: i64) -> Hold {
    Hold {
        held_until: if k.state == State::Out.as_str() {
            k.held_until.max(now + buffer_ms)
        } else {
            k.held_until
        },
        id: k.id.clone(),
        quantity: k.quantity,
        starts_at: k.starts_at,
        block: false,
    }
}

pub fn block_hold(b: &BlockRow) -> Hold {
    Hold {
        id: b.id.clone(),
        quantity: b.quantity,
        starts_at: b.starts_at,
        held_until: b.ends_at,
        block: true,
    }
}

/// Everything that holds items of `r` at some instant after `from`: reservations and
/// blocks. Read under the resource's lock.
pub(super) fn holds_of(
    conn: &mut DbConn,
    r: &ResourceRow,
    from: i64,
    now: i64,
) -> Result<Vec<Hold>, AppError> {
    let buffer = policy_of(r).buffer_ms();
    let mut holds: Vec<Hold> = store::holding_after(conn, &r.id, from)?
        .iter()
        .map(|k| reservation_hold(k, now, buffer))
        .collect();
    holds.extend(
        store::blocks_after(conn, &r.id, from)?
            .iter()
            .map(block_hold),
    );
    // A kit's bookings hold its parts' items too, so many per kit booked.
    for kit in store::kits::kits_of(conn, &r.id)? {
        let buffer = match store::resource(conn, &kit.kit_id)? {
            Some(k) => policy_of(&k).buffer_ms(),
            None => continue,
        };
        holds.extend(
            store::holding_after(conn, &kit.kit_id, from)?
                .iter()
                .map(|k| {
                    let mut h = reservation_hold(k, now, buffer);
                    h.quantity *= kit.quantity;
                    h
                }),
        );
    }
    Ok(holds)
}

/// Why a booking was turned away, with instants a page writes in its reader's words: the
/// reservation or block in the way, or a rule (opening hours, a limit per person).
#[derive(Debug, Clone)]
pub enum Refused {
    Clash(Clash),
    Rule(LendingError),
}

/// The refusal as an error, the instants it names written by `when`.
pub fn refused_error_with(r: &Refused, when: impl Fn(i64) -> String) -> AppError {
    match r {
        Refused::Clash(c) => clash_error_with(c, when),
        Refused::Rule(e) => refusal_with(e.clone(), &when),
    }
}

/// [`refused_error_with`] in RFC 3339.
pub fn refused_error(r: &Refused) -> AppError {
    refused_error_with(r, model::rfc3339)
}

/// Reserves `quantity` items of resource `id` over `[starts_at, ends_at)` for `p`. The
/// outer error is a refusal (nothing written); the inner one, the clash with the
/// reservations holding the items or a rule with a time in it (nothing written either).
///
/// The limits per person span the steward's resources: after the resource's lock, the
/// borrower's own is taken before their reservations are read, so that two bookings by
/// one person on two resources are checked one after the other.
pub fn reserve(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    now: i64,
) -> Result<Result<ReservationRow, Refused>, AppError> {
    reserve_paying(conn, p, id, starts_at, ends_at, quantity, None, now)
}

/// [`reserve`], with what the borrower chose to pay (`pay`, decimal text, 0 or more)
/// when the resource is pay-what-you-can; without it, the suggestion. Refused with
/// nothing written when it does not read.
#[allow(clippy::too_many_arguments)]
pub fn reserve_paying(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    pay: Option<&str>,
    now: i64,
) -> Result<Result<ReservationRow, Refused>, AppError> {
    store::lock_resource(conn, id)?;
    let r = require_resource(conn, id)?;
    let steward = is_steward(conn, p, &r)?;
    let at = Asked {
        starts_at,
        ends_at,
        quantity,
        pay,
    };
    let (k, money) = match book(conn, &r, p, steward, steward, at, now)? {
        Ok(booked) => booked,
        Err(refused) => return Ok(Err(refused)),
    };
    let mut payload = booking(&r, &k, &p.handle);
    payload.money = money.as_ref().map(super::loan_money::payload);
    journal::record(
        conn,
        Some(&p.handle),
        &events::RESERVED,
        &reservation_ref(&r, &k),
        &format!(
            "@{} reserved {} of {} for @{}",
            p.handle, k.quantity, r.name, p.handle
        ),
        &payload,
    )?;
    Ok(Ok(k))
}

/// What a booking asks for, as entered: its interval, how many items and, on a
/// pay-what-you-can resource, what the borrower chose to pay.
#[derive(Clone, Copy)]
struct Asked<'a> {
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    pay: Option<&'a str>,
}

/// Books `asked` of `r` (whose lock the caller holds) for `borrower`, through the one
/// availability check every booking goes through, and keeps its money quote; records no
/// event (the caller does). `by_steward`: a steward books (no lead time, no approval
/// needed); `borrower_steward`: the borrower stewards `r` (no members-only, no training).
/// The borrower's limits per person apply either way.
fn book(
    conn: &mut DbConn,
    r: &ResourceRow,
    borrower: &Actor,
    by_steward: bool,
    borrower_steward: bool,
    asked: Asked,
    now: i64,
) -> Result<Result<(ReservationRow, Option<store::money::LoanMoneyRow>), Refused>, AppError> {
    let (starts_at, ends_at, quantity) = (asked.starts_at, asked.ends_at, asked.quantity);
    let p = borrower;
    if r.retired_at.is_some() {
        return Err(LendingError::Retired.into());
    }
    ensure_lendable(conn, r)?;
    let pay = super::loan_money::pay_of(r, asked.pay)?;
    let policy = policy_of(r);
    let quantity = model::quantity(quantity, r.quantity)?;
    let at = Interval::checked(starts_at, ends_at, &policy, now)?;
    may_borrow(conn, p, r, borrower_steward)?;
    may_train(conn, p, r, borrower_steward, at.ends_at)?;
    if !by_steward && let Err(e) = model::enough_notice(at.starts_at, r.lead_minutes, now) {
        return Ok(Err(Refused::Rule(e)));
    }
    if let Err(e) = model::within_hours(&r.rules, at.starts_at, at.ends_at) {
        return Ok(Err(Refused::Rule(e)));
    }
    let state = if policy.approval_required && !by_steward {
        State::Pending
    } else {
        State::Confirmed
    };
    if let Err(e) = within_limits(conn, p, r, quantity, &at, state, now, None)? {
        return Ok(Err(Refused::Rule(e)));
    }
    let held_until = at.ends_at + policy.buffer_ms();
    let holds = holds_of(conn, r, at.starts_at, now)?;
    let latest = now + policy.horizon_days * 24 * 3_600_000;
    // A kit needs room in each of its parts' pools too, read under their locks (taken
    // after the kit's, in the order of their ids: the same order for every booking).
    let mut parts = Vec::new();
    for part in store::kits::parts_of(conn, &r.id)? {
        store::lock_resource(conn, &part.part_id)?;
        let row = require_resource(conn, &part.part_id)?;
        if row.retired_at.is_some() {
            return Err(LendingError::Retired.into());
        }
        ensure_lendable(conn, &row)?;
        let holds = holds_of(conn, &row, at.starts_at, now)?;
        parts.push((row, part.quantity * quantity, holds));
    }
    let mut needs = vec![model::Need {
        part: None,
        holds: &holds,
        pool: r.quantity,
        quantity,
    }];
    needs.extend(parts.iter().map(|(row, q, holds)| model::Need {
        part: Some((row.id.as_str(), row.name.as_str())),
        holds,
        pool: row.quantity,
        quantity: *q,
    }));
    if let Err(clash) = model::fits_all(&needs, at.starts_at, held_until, latest) {
        return Ok(Err(Refused::Clash(clash)));
    }
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
    let money = super::loan_money::quote(conn, r, &k, pay)?;
    Ok(Ok((k, money)))
}

/// What a steward enters to lend items at the desk to someone who walked in.
pub struct WalkIn<'a> {
    /// The borrower's handle, with or without `@`.
    pub borrower: &'a str,
    pub ends_at: i64,
    pub quantity: i64,
    /// The condition noted as the items go out.
    pub condition: &'a str,
    /// What the borrower chose to pay on a pay-what-you-can resource.
    pub pay: Option<&'a str>,
}

/// A walk-in loan: steward `p` lends items of resource `id` from now to `w.ends_at` to
/// the person who walked in. Under the resource's lock it is booked for the borrower as
/// any reservation is (the same availability, the borrower's own rules: members-only,
/// training, limits per person; the steward's exemptions, as lead time, since a steward
/// acts) and checked out at once, with the check-out's condition note and money; one
/// event, `reservation.lent_walk_in`. Refused as [`reserve`] is, nothing written.
pub fn lend_walk_in(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    w: WalkIn,
    now: i64,
) -> Result<Result<ReservationRow, Refused>, AppError> {
    store::lock_resource(conn, id)?;
    let r = require_resource(conn, id)?;
    if !is_steward(conn, p, &r)? {
        return Err(LendingError::NotSteward.into());
    }
    let handle = w.borrower.trim().trim_start_matches('@');
    if handle.is_empty() {
        return Err(LendingError::Missing { field: "borrower" }.into());
    }
    let borrower = crate::accounts::require_person(conn, handle)?;
    let note = model::text("condition", w.condition)?;
    let borrower_steward = is_steward(conn, &borrower, &r)?;
    let asked = Asked {
        starts_at: now,
        ends_at: w.ends_at,
        quantity: w.quantity,
        pay: w.pay,
    };
    let (k, _) = match book(conn, &r, &borrower, true, borrower_steward, asked, now)? {
        Ok(booked) => booked,
        Err(refused) => return Ok(Err(refused)),
    };
    let (from, to) = (State::Confirmed, Action::CheckOut.apply(State::Confirmed)?);
    if !store::move_state(conn, &k.id, from.as_str(), to.as_str(), now, &note)? {
        return Err(AppError::internal(anyhow::anyhow!(
            "a walk-in loan booked just now moved meanwhile"
        )));
    }
    let k = require_reservation(conn, &k.id)?;
    let money = super::loan_money::at_check_out(conn, p, &r, &k, &borrower.handle)?;
    let mut payload = booking(&r, &k, &borrower.handle);
    payload.note = note;
    payload.money = money.as_ref().map(super::loan_money::payload);
    journal::record(
        conn,
        Some(&p.handle),
        &events::LENT_WALK_IN,
        &reservation_ref(&r, &k),
        &format!(
            "@{} lent {} of {} to @{} at the desk, without a booking",
            p.handle, k.quantity, r.name, borrower.handle
        ),
        &payload,
    )?;
    plan_tick(conn, p, &r, false, now)?;
    Ok(Ok(k))
}

/// Whether a booking keeps `p` within `r`'s limits per person, counted over every
/// resource of the same steward, leaving out the reservation `except` (an offer being
/// taken, which is the booking weighed). Takes the borrower's lock (after the
/// resource's) before reading what they hold; a resource without limits reads nothing.
#[allow(clippy::too_many_arguments)]
pub(super) fn within_limits(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    quantity: i64,
    at: &Interval,
    state: State,
    now: i64,
    except: Option<&str>,
) -> Result<Result<(), LendingError>, AppError> {
    let rules = &r.rules;
    if rules.max_items.is_none()
        && rules.max_days_month.is_none()
        && rules.max_unconfirmed.is_none()
    {
        return Ok(Ok(()));
    }
    store::lock_borrower(conn, p.id.as_str())?;
    let (month, _) = model::month_bounds(at.starts_at, &rules.zone);
    let from = month.min(now);
    let held: Vec<model::Held> = store::held_at_steward(conn, &r.steward_id, p.id.as_str(), from)?
        .iter()
        .filter(|k| Some(k.id.as_str()) != except)
        .map(|k| model::Held {
            quantity: k.quantity,
            starts_at: k.starts_at,
            // A loan out past its end is still held until it comes back; one returned
            // was held until it came back.
            ends_at: match state_of(k) {
                State::Out => k.ends_at.max(now),
                State::Returned => k.returned_at.unwrap_or(k.ends_at),
                _ => k.ends_at,
            },
            pending: k.state == State::Pending.as_str(),
        })
        .collect();
    Ok(model::within_limits(
        rules,
        &held,
        quantity,
        (at.starts_at, at.ends_at),
        state == State::Pending,
    ))
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
    // The resource a reservation belongs to never changes: read it, then take the lock
    // the bookings take (a return may place a maintenance block) and read again.
    let resource_id = require_reservation(conn, id)?.resource_id;
    store::lock_resource(conn, &resource_id)?;
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
    let money = match action {
        Action::CheckOut => super::loan_money::at_check_out(conn, p, &r, &k, &borrower)?,
        Action::Return => super::loan_money::at_return(conn, p, &r, &k, &borrower, now)?,
        _ => None,
    };
    payload.money = money.as_ref().map(super::loan_money::payload);
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
    if matches!(action, Action::CheckOut | Action::Return) {
        plan_tick(conn, p, &r, action == Action::Return, now)?;
    }
    if matches!(action, Action::Cancel | Action::Return) {
        // Items freed (a cancellation, or a loan back before its end with its buffer):
        // the first waiting whose slot now fits are offered it.
        offer_freed(conn, &r, now)?;
    }
    Ok(k)
}

fn block_payload(r: &ResourceRow, b: &BlockRow) -> Blocked {
    Blocked {
        resource: r.id.clone(),
        name: r.name.clone(),
        block: b.id.clone(),
        kind: b.kind.clone(),
        quantity: b.quantity,
        starts_at: b.starts_at,
        ends_at: b.ends_at,
        reason: b.reason.clone(),
    }
}

fn new_block(
    r: &ResourceRow,
    p: &Actor,
    kind: &str,
    quantity: i64,
    (starts_at, ends_at): (i64, i64),
    reason: String,
    now: i64,
) -> BlockRow {
    BlockRow {
        id: new_id(),
        resource_id: r.id.clone(),
        kind: kind.into(),
        quantity,
        starts_at,
        ends_at,
        reason,
        created_by: p.id.as_str().into(),
        created_at: now,
        ended_at: None,
    }
}

/// The resource `id`, locked, with `p` one of its stewards and it not retired.
pub(super) fn stewarded(conn: &mut DbConn, p: &Actor, id: &str) -> Result<ResourceRow, AppError> {
    store::lock_resource(conn, id)?;
    let r = require_resource(conn, id)?;
    if !is_steward(conn, p, &r)? {
        return Err(LendingError::NotSteward.into());
    }
    if r.retired_at.is_some() {
        return Err(LendingError::Retired.into());
    }
    Ok(r)
}

/// A steward blocks `quantity` items of resource `id` for maintenance over
/// `[starts_at, ends_at)`. Like a booking, it must fit beside what holds the items (the
/// inner error names the reservation or block in the way and the next free slot).
#[allow(clippy::too_many_arguments)]
pub fn block(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    starts_at: i64,
    ends_at: i64,
    quantity: i64,
    reason: &str,
    now: i64,
) -> Result<Result<BlockRow, Clash>, AppError> {
    let r = stewarded(conn, p, id)?;
    let quantity = model::block_quantity(quantity, r.quantity)?;
    let (starts_at, ends_at) = model::span(starts_at, ends_at)?;
    if starts_at < now - model::PAST_GRACE_MS {
        return Err(LendingError::StartsInPast.into());
    }
    let reason = model::line("reason", reason, model::MAX_NAME_CHARS, false)?;
    let holds = holds_of(conn, &r, starts_at, now)?;
    let latest = now + model::MAX_HORIZON_DAYS * 24 * 3_600_000;
    if let Err(clash) = model::fits(&holds, r.quantity, quantity, starts_at, ends_at, latest) {
        return Ok(Err(clash));
    }
    let b = new_block(
        &r,
        p,
        "maintenance",
        quantity,
        (starts_at, ends_at),
        reason,
        now,
    );
    store::insert_block(conn, &b)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::BLOCKED,
        &resource_ref(&r),
        &format!(
            "@{} blocked {quantity} of {} for maintenance: {}",
            p.handle, r.name, b.reason
        ),
        &block_payload(&r, &b),
    )?;
    Ok(Ok(b))
}

/// What a breakdown did: the block, and each reservation it moved or cancelled.
pub struct Breakdown {
    pub block: BlockRow,
    pub changed: Vec<(ReservationRow, Displaced)>,
}

/// A steward reports `quantity` items of resource `id` broken: out of the pool from now
/// until repaired. The reservations waiting for those items (not the loans already out)
/// move to the next free slot of the pool, or are cancelled when none is within the
/// horizon; each borrower gets a notice, and each change its journal event. The
/// reservations of the kits the resource is a part of hold its items too (so many per
/// kit booked) and go the same way: a kit's moves only to a slot where the kit and every
/// part have room, else it is cancelled.
///
/// Locks: the kits the resource is a part of, in the order of their ids, then every part
/// of them (the resource among them) in the order of theirs, as a kit's booking takes
/// them, so that no booking waits for this flow while it waits for the booking.
pub fn break_down(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    quantity: i64,
    reason: &str,
    now: i64,
) -> Result<Breakdown, AppError> {
    let kits = store::kits::kits_of(conn, id)?;
    let mut parts = std::collections::BTreeSet::from([id.to_string()]);
    for kit in &kits {
        store::lock_resource(conn, &kit.kit_id)?;
        parts.extend(
            store::kits::parts_of(conn, &kit.kit_id)?
                .into_iter()
                .map(|x| x.part_id),
        );
    }
    for part in &parts {
        store::lock_resource(conn, part)?;
    }
    let r = stewarded(conn, p, id)?;
    let quantity = model::block_quantity(quantity, r.quantity)?;
    let reason = model::line("reason", reason, model::MAX_NAME_CHARS, false)?;
    let b = new_block(
        &r,
        p,
        "breakdown",
        quantity,
        (now, model::UNTIL_REPAIRED),
        reason,
        now,
    );
    store::insert_block(conn, &b)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::BROKE_DOWN,
        &resource_ref(&r),
        &format!(
            "@{} reported {quantity} of {} broken: {}",
            p.handle, r.name, b.reason
        ),
        &block_payload(&r, &b),
    )?;
    let mut fixed: Vec<Hold> = store::blocks_after(conn, &r.id, now)?
        .iter()
        .map(block_hold)
        .collect();
    let mut movable = Vec::new();
    // Each reservation that holds the items, with the kit it books (none: the
    // resource's own).
    let mut waiting: std::collections::HashMap<String, (ReservationRow, Option<ResourceRow>)> =
        std::collections::HashMap::new();
    let mut held = vec![(None, 1, store::holding_after(conn, &r.id, now)?)];
    for kit in &kits {
        if let Some(row) = store::resource(conn, &kit.kit_id)? {
            let rows = store::holding_after(conn, &row.id, now)?;
            held.push((Some(row), kit.quantity, rows));
        }
    }
    for (kit, per, rows) in held {
        let of = kit.as_ref().unwrap_or(&r);
        let buffer = policy_of(of).buffer_ms();
        for k in rows {
            let mut h = reservation_hold(&k, now, buffer);
            h.quantity *= per;
            if k.state == State::Out.as_str() {
                fixed.push(h);
            } else {
                movable.push(h);
                waiting.insert(k.id.clone(), (k, kit.clone()));
            }
        }
    }
    let latest = now + r.horizon_days * 24 * 3_600_000;
    // The resource's own first: a kit's move is checked against its parts as they
    // stand, so they should stand where the breakdown puts them.
    let mut plan = model::displace(&fixed, &movable, r.quantity, latest);
    plan.sort_by_key(|(kid, _)| waiting.get(kid).is_some_and(|(_, kit)| kit.is_some()));
    let mut changed = Vec::new();
    for (kid, d) in plan {
        let Some((k, kit)) = waiting.remove(&kid) else {
            continue;
        };
        let d = match (&kit, d) {
            (Some(kit), Displaced::Moved(t)) if !kit_fits(conn, kit, &k, t, now)? => {
                Displaced::Cancelled
            }
            (_, d) => d,
        };
        let of = kit.as_ref().unwrap_or(&r);
        if let Some(k) = displaced(conn, p, of, &b, k, d, now)? {
            changed.push((k, d));
        }
    }
    Ok(Breakdown { block: b, changed })
}

/// Whether kit reservation `k` would fit at `t` (its length kept) in the kit's pool and
/// every part's, beside all that holds them but itself. Read under their locks.
fn kit_fits(
    conn: &mut DbConn,
    kit: &ResourceRow,
    k: &ReservationRow,
    t: i64,
    now: i64,
) -> Result<bool, AppError> {
    let held_until = t + (k.held_until - k.starts_at);
    let others =
        |holds: Vec<Hold>| -> Vec<Hold> { holds.into_iter().filter(|h| h.id != k.id).collect() };
    let own = others(holds_of(conn, kit, t, now)?);
    let mut parts = Vec::new();
    for part in store::kits::parts_of(conn, &kit.id)? {
        let row = require_resource(conn, &part.part_id)?;
        let holds = others(holds_of(conn, &row, t, now)?);
        parts.push((row.quantity, part.quantity * k.quantity, holds));
    }
    let mut needs = vec![model::Need {
        part: None,
        holds: &own,
        pool: kit.quantity,
        quantity: k.quantity,
    }];
    needs.extend(parts.iter().map(|(pool, q, holds)| model::Need {
        part: None,
        holds,
        pool: *pool,
        quantity: *q,
    }));
    Ok(model::fits_all(&needs, t, held_until, t).is_ok())
}

/// Moves or cancels reservation `k` of `r` as breakdown `b` decided, tells its borrower
/// (a notice) and journals it; `None` when it changed meanwhile.
fn displaced(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    b: &BlockRow,
    k: ReservationRow,
    d: Displaced,
    now: i64,
) -> Result<Option<ReservationRow>, AppError> {
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    let (kind, ty, summary) = match d {
        Displaced::Moved(t) => {
            let times = (
                t,
                t + (k.ends_at - k.starts_at),
                t + (k.held_until - k.starts_at),
            );
            if !store::reschedule(conn, &k.id, &k.state, times)? {
                return Ok(None);
            }
            (
                "moved",
                &events::MOVED,
                format!(
                    "@{}’s breakdown report moved @{borrower}’s reservation of {}",
                    p.handle, r.name
                ),
            )
        }
        Displaced::Cancelled => {
            if !store::move_state(conn, &k.id, &k.state, "cancelled", now, "")? {
                return Ok(None);
            }
            (
                "cancelled",
                &events::CANCELLED,
                format!(
                    "@{} cancelled @{borrower}’s reservation of {}",
                    p.handle, r.name
                ),
            )
        }
    };
    store::insert_notice(
        conn,
        &NoticeRow {
            id: new_id(),
            reservation_id: k.id.clone(),
            borrower_id: k.borrower_id.clone(),
            block_id: b.id.clone(),
            kind: kind.into(),
            was_starts_at: k.starts_at,
            was_ends_at: k.ends_at,
            created_at: now,
        },
    )?;
    let now_k = require_reservation(conn, &k.id)?;
    let mut payload = booking(r, &now_k, &borrower);
    payload.note = b.reason.clone();
    journal::record(
        conn,
        Some(&p.handle),
        ty,
        &reservation_ref(r, &now_k),
        &summary,
        &payload,
    )?;
    Ok(Some(now_k))
}

/// A steward ends block `id`: broken items repaired, or maintenance done (or called
/// off); the items are back in the pool from now.
pub fn end_block(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    now: i64,
) -> Result<(ResourceRow, BlockRow), AppError> {
    let missing = || AppError::not_found(detail!("problem-lending-no-block", id = shown(id, 40)));
    let resource_id = store::block(conn, id)?.ok_or_else(missing)?.resource_id;
    store::lock_resource(conn, &resource_id)?;
    let b = store::block(conn, id)?.ok_or_else(missing)?;
    let r = require_resource(conn, &b.resource_id)?;
    if !is_steward(conn, p, &r)? {
        return Err(LendingError::NotSteward.into());
    }
    if b.ended_at.is_some() || !store::end_block(conn, &b, now)? {
        return Err(LendingError::BlockEnded.into());
    }
    let b = store::block(conn, id)?.ok_or_else(missing)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::BLOCK_ENDED,
        &resource_ref(&r),
        &format!(
            "@{} brought {} of {} back into the pool",
            p.handle, b.quantity, r.name
        ),
        &block_payload(&r, &b),
    )?;
    offer_freed(conn, &r, now)?;
    Ok((r, b))
}

/// A policy as a steward changes it: each field absent keeps the one it has.
#[derive(Default)]
pub struct PolicyChange {
    pub min_minutes: Option<i64>,
    pub max_minutes: Option<i64>,
    pub horizon_days: Option<i64>,
    pub buffer_minutes: Option<i64>,
    pub borrowers: Option<String>,
    pub approval_required: Option<bool>,
    pub training_required: Option<bool>,
    /// Weekly hours (`tue 17:00-20:00, sat 10:00-13:00`); empty: always open.
    pub opening_hours: Option<String>,
    /// Hours when items go out and come back, in the same syntax; empty: whenever open.
    pub desk_hours: Option<String>,
    /// The zone the hours are read in; without one, the zone the resource has, or else
    /// `default_zone`.
    pub time_zone: Option<String>,
    /// Limits per person; 0 lifts one.
    pub max_items: Option<i64>,
    pub max_days_month: Option<i64>,
    pub max_unconfirmed: Option<i64>,
    pub pickup_hours: Option<i64>,
    /// Minutes of notice a booking needs (0 to the horizon's length); 0: none.
    pub lead_minutes: Option<i64>,
    /// The money terms (currency, deposit, fee mode, fee, late fee per day) as given.
    pub money: super::fees::TermsChange,
    /// The instance's zone.
    pub default_zone: String,
}

/// The rules `c` leaves resource `r` with.
fn changed_rules(r: &ResourceRow, c: &PolicyChange) -> Result<model::Rules, LendingError> {
    let old = &r.rules;
    let hours = match c.opening_hours.as_deref() {
        Some(h) => model::Hours::parse(h)?,
        None => old.hours.clone(),
    };
    let desk = match c.desk_hours.as_deref() {
        Some(h) => model::Hours::parse_field("desk_hours", h)?,
        None => old.desk.clone(),
    };
    let zone = match c.time_zone.as_deref().map(str::trim) {
        Some(z) if !z.is_empty() => model::zone(z)?,
        _ if r.rules == model::Rules::default() && !c.default_zone.is_empty() => {
            model::zone(&c.default_zone)?
        }
        _ => old.zone.clone(),
    };
    let keep = |new: Option<i64>, was: Option<i64>| new.or(Some(was.unwrap_or(0)));
    let pickup = c.pickup_hours.unwrap_or(old.pickup_hours);
    if !(1..=model::MAX_PICKUP_HOURS).contains(&pickup) {
        return Err(LendingError::PolicyOutOfRange {
            field: "pickup_hours",
            min: 1,
            max: model::MAX_PICKUP_HOURS,
        });
    }
    Ok(model::Rules {
        hours,
        desk,
        zone,
        max_items: model::limit(
            "max_items",
            keep(c.max_items, old.max_items),
            model::MAX_QUANTITY,
        )?,
        max_days_month: model::limit(
            "max_days_month",
            keep(c.max_days_month, old.max_days_month),
            31,
        )?,
        max_unconfirmed: model::limit(
            "max_unconfirmed",
            keep(c.max_unconfirmed, old.max_unconfirmed),
            1_000,
        )?,
        pickup_hours: pickup,
    })
}

/// A steward changes how resource `id` is lent; the reservations made stay as booked.
pub fn set_policy(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    c: &PolicyChange,
) -> Result<ResourceRow, AppError> {
    let r = stewarded(conn, p, id)?;
    let borrowers = match c.borrowers.as_deref() {
        Some(b) => Borrowers::parse(b.trim())?,
        None => policy_of(&r).borrowers,
    };
    let policy = Policy::new(
        c.min_minutes.unwrap_or(r.min_minutes),
        c.max_minutes.unwrap_or(r.max_minutes),
        c.horizon_days.unwrap_or(r.horizon_days),
        c.buffer_minutes.unwrap_or(r.buffer_minutes),
        borrowers,
        c.approval_required.unwrap_or(r.approval_required),
    )?;
    let training_required = c.training_required.unwrap_or(r.training_required);
    let rules = changed_rules(&r, c)?;
    let lead_minutes = model::lead_minutes(
        c.lead_minutes.unwrap_or(r.lead_minutes),
        policy.horizon_days,
    )?;
    let money = super::fees::changed(&r.money, &c.money)?;
    store::put_terms(conn, &store::TermsRow::of(&r.id, lead_minutes, &money))?;
    // Rules left as they were are not written again: a change of other terms alone
    // (its money, say) gives a resource without rules no row of defaults.
    if rules != r.rules {
        store::put_rules(
            conn,
            &store::RulesRow {
                resource_id: r.id.clone(),
                opening_hours: rules.hours.written(),
                hours_zone: rules.zone.clone(),
                max_items: rules.max_items,
                max_days_month: rules.max_days_month,
                max_unconfirmed: rules.max_unconfirmed,
                pickup_hours: rules.pickup_hours,
                desk_hours: rules.desk.written(),
            },
        )?;
    }
    store::update_policy(
        conn,
        &store::PolicyRow {
            resource_id: r.id.clone(),
            min_minutes: policy.min_minutes,
            max_minutes: policy.max_minutes,
            horizon_days: policy.horizon_days,
            buffer_minutes: policy.buffer_minutes,
            borrowers: policy.borrowers.as_str().into(),
            approval_required: policy.approval_required,
            training_required,
        },
    )?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::POLICY_SET,
        &resource_ref(&r),
        &format!("@{} changed how {} is lent", p.handle, r.name),
        &events::PolicySet {
            resource: r.id.clone(),
            name: r.name.clone(),
            min_minutes: policy.min_minutes,
            max_minutes: policy.max_minutes,
            horizon_days: policy.horizon_days,
            buffer_minutes: policy.buffer_minutes,
            borrowers: policy.borrowers.as_str().into(),
            approval_required: policy.approval_required,
            training_required,
            opening_hours: rules.hours.written(),
            hours_zone: rules.zone.clone(),
            max_items: rules.max_items,
            max_days_month: rules.max_days_month,
            max_unconfirmed: rules.max_unconfirmed,
            pickup_hours: rules.pickup_hours,
            desk_hours: rules.desk.written(),
            lead_minutes,
            deposit: money.shown(money.deposit),
            fee_mode: money.mode.as_str().into(),
            fee: money.shown(money.fee),
            late_fee_per_day: money.shown(money.late_fee_per_day),
        },
    )?;
    require_resource(conn, id)
}

/// A steward sets resource `id`'s maintenance plan; it counts from now.
pub fn set_plan(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    every_days: Option<i64>,
    every_uses: Option<i64>,
    minutes: i64,
    now: i64,
) -> Result<PlanRow, AppError> {
    let r = stewarded(conn, p, id)?;
    let plan = Plan::new(every_days, every_uses, minutes)?;
    let row = PlanRow {
        resource_id: r.id.clone(),
        every_days: plan.every_days,
        every_uses: plan.every_uses,
        minutes: plan.minutes,
        uses: 0,
        last_at: now,
    };
    store::put_plan(conn, &row)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::PLANNED,
        &resource_ref(&r),
        &format!(
            "@{} planned maintenance of {}: {} minutes every {}",
            p.handle,
            r.name,
            plan.minutes,
            match (plan.every_days, plan.every_uses) {
                (Some(d), Some(u)) => format!("{d} days or {u} loans"),
                (Some(d), None) => format!("{d} days"),
                (None, Some(u)) => format!("{u} loans"),
                (None, None) => String::new(),
            }
        ),
        &events::Planned {
            resource: r.id.clone(),
            name: r.name.clone(),
            every_days: plan.every_days,
            every_uses: plan.every_uses,
            minutes: plan.minutes,
        },
    )?;
    Ok(row)
}

/// At a check-out or a return (counted as a use), the resource's plan places its next
/// maintenance block when due: one item, at the first free slot from now. Runs under the
/// resource's lock, taken by the move.
fn plan_tick(
    conn: &mut DbConn,
    p: &Actor,
    r: &ResourceRow,
    used: bool,
    now: i64,
) -> Result<(), AppError> {
    let Some(row) = store::plan(conn, &r.id)? else {
        return Ok(());
    };
    let plan = Plan {
        every_days: row.every_days,
        every_uses: row.every_uses,
        minutes: row.minutes,
    };
    let uses = row.uses + i64::from(used);
    if !plan.due(uses, row.last_at, now) {
        return store::plan_counted(conn, &r.id, uses, row.last_at);
    }
    let length = plan.minutes * 60_000;
    let holds = holds_of(conn, r, now, now)?;
    let latest = now + model::MAX_HORIZON_DAYS * 24 * 3_600_000;
    let start = match model::fits(&holds, r.quantity, 1, now, now + length, latest) {
        Ok(()) => Some(now),
        Err(clash) => clash.next_free,
    };
    let Some(start) = start else {
        return store::plan_counted(conn, &r.id, uses, row.last_at);
    };
    let b = new_block(
        r,
        p,
        "maintenance",
        1,
        (start, start + length),
        "maintenance plan".into(),
        now,
    );
    store::insert_block(conn, &b)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::BLOCKED,
        &resource_ref(r),
        &format!(
            "@{} blocked 1 of {} for maintenance: maintenance plan",
            p.handle, r.name
        ),
        &block_payload(r, &b),
    )?;
    store::plan_counted(conn, &r.id, 0, now)
}

/// A steward records that the person `handle` was trained on resource `id` (with
/// `class`, on every resource of its kind the same steward lends), valid until
/// `expires_at` (replacing an earlier record).
pub fn record_training(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    handle: &str,
    expires_at: i64,
    class: bool,
    now: i64,
) -> Result<TrainingRow, AppError> {
    let r = require_resource(conn, id)?;
    if !is_steward(conn, p, &r)? {
        return Err(LendingError::NotSteward.into());
    }
    let handle = handle.trim().trim_start_matches('@');
    if handle.is_empty() {
        return Err(LendingError::Missing { field: "person" }.into());
    }
    let person = crate::accounts::require_person(conn, handle)?;
    if expires_at <= now {
        return Err(LendingError::ExpiryInPast.into());
    }
    let t = TrainingRow {
        resource_id: r.id.clone(),
        person_id: person.id.as_str().into(),
        trained_by: p.id.as_str().into(),
        trained_at: now,
        expires_at,
    };
    if class {
        store::put_class_training(
            conn,
            &store::ClassTrainingRow {
                steward_id: r.steward_id.clone(),
                kind: r.kind.clone(),
                person_id: t.person_id.clone(),
                trained_by: t.trained_by.clone(),
                trained_at: now,
                expires_at,
            },
        )?;
    } else {
        store::put_training(conn, &t)?;
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::TRAINED,
        &resource_ref(&r),
        &format!(
            "@{} recorded that @{} is trained on {}",
            p.handle, person.handle, r.name
        ),
        &events::Trained {
            resource: r.id.clone(),
            name: r.name.clone(),
            person: person.handle.clone(),
            expires_at,
            class: class.then(|| r.kind.clone()),
        },
    )?;
    Ok(t)
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
    if let Some((_, name)) = &clash.component {
        return AppError::conflict(
            "component_taken",
            detail!(
                "problem-lending-component-taken",
                component = name.as_str(),
                holder = clash.reservation.as_str(),
                next = next
            ),
        );
    }
    if clash.block {
        return AppError::conflict(
            "slot_blocked",
            detail!(
                "problem-lending-slot-blocked",
                block = clash.reservation.as_str(),
                next = next
            ),
        );
    }
    AppError::conflict(
        "slot_taken",
        detail!(
            "problem-lending-slot-taken",
            reservation = clash.reservation.as_str(),
            next = next
        ),
    )
}

pub(super) fn waited(r: &ResourceRow, w: &WaitRow, person: &str, position: i64) -> events::Waited {
    events::Waited {
        wait: w.id.clone(),
        resource: r.id.clone(),
        name: r.name.clone(),
        person: person.into(),
        quantity: w.quantity,
        starts_at: w.starts_at,
        ends_at: w.ends_at,
        position,
    }
}

/// Offers the slots a cancellation, a return or an ended block freed on `r` to those
/// waiting, first come first: each whose interval (still ahead) now fits gets a hold
/// until its pickup time. Runs under the resource's lock, taken by the caller.
pub fn offer_freed(conn: &mut DbConn, r: &ResourceRow, now: i64) -> Result<usize, AppError> {
    let list = store::waiting(conn, &r.id)?;
    if list.is_empty() || r.retired_at.is_some() {
        return Ok(0);
    }
    // A deleted commons' thing offers nothing new: those waiting stay until they leave.
    match ensure_lendable(conn, r) {
        Err(e) if e.status == axum::http::StatusCode::GONE => return Ok(0),
        other => other?,
    }
    let buffer = policy_of(r).buffer_ms();
    let mut offered = 0;
    for w in list {
        if w.starts_at < now {
            // Its time came while it waited: nothing left to offer.
            if store::move_wait(conn, &w.id, "waiting", "lapsed", None, now)? {
                let person = crate::accounts::handle_of(conn, &w.person_id)?;
                journal::record(
                    conn,
                    None,
                    &events::WAIT_LEFT,
                    &resource_ref(r),
                    &format!("@{person} is no longer waiting for {}", r.name),
                    &waited(r, &w, &person, 0),
                )?;
            }
            continue;
        }
        let holds = holds_of(conn, r, w.starts_at, now)?;
        let held_until = w.ends_at + buffer;
        if model::fits(
            &holds,
            r.quantity,
            w.quantity,
            w.starts_at,
            held_until,
            w.starts_at,
        )
        .is_err()
        {
            continue;
        }
        let pickup_by = (now + r.rules.pickup_hours * 3_600_000).min(w.starts_at.max(now + 60_000));
        let k = ReservationRow {
            id: new_id(),
            resource_id: r.id.clone(),
            borrower_id: w.person_id.clone(),
            quantity: w.quantity,
            starts_at: w.starts_at,
            ends_at: w.ends_at,
            held_until,
            state: State::Offered.as_str().into(),
            created_at: now,
            checked_out_at: None,
            out_note: String::new(),
            returned_at: None,
            return_note: String::new(),
            cancelled_at: None,
        };
        store::insert_reservation(conn, &k)?;
        super::loan_money::quote(conn, r, &k, None)?;
        if !store::move_wait(
            conn,
            &w.id,
            "waiting",
            "offered",
            Some((&k.id, pickup_by)),
            now,
        )? {
            return Err(AppError::internal(anyhow::anyhow!(
                "a waiting place moved under the resource's lock"
            )));
        }
        let person = crate::accounts::handle_of(conn, &w.person_id)?;
        journal::record(
            conn,
            None,
            &events::OFFERED,
            &reservation_ref(r, &k),
            &format!("{} was offered to @{person} from the waiting list", r.name),
            &booking(r, &k, &person),
        )?;
        offered += 1;
    }
    Ok(offered)
}
