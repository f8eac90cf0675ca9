//! Peer offers between people, shared by the API, the pages and the demo: a person
//! offers a thing to share, rent, barter or give, or asks for one; a match joins an offer
//! to a taker (proposed by either side, accepted by the other). Each flow runs inside
//! the caller's write transaction and records its journal event there.
//!
//! A shared or rented offer is backed by a resource its person stewards, created with
//! the offer (one item, anyone may borrow, the person approves direct bookings), so that
//! an accepted match is a reservation booked through `service::reserve`: the same
//! availability, double-booking and policy checks as any resource, under the resource's
//! lock. A given or bartered offer goes to one match only: the offer's lock is taken
//! before anything is read, the offer is closed by a guarded update that touches no row
//! when it is no longer open, and a partial unique index admits one accepted match that
//! closes each offer. Locks are taken offer first, then request, then resource.

use super::model::{self, Action, LendingError};
use super::offer_events::{self as events, Asked, Matched, Offered};
use super::offer_model::{self, Mode, OfferError};
use super::service::{self, NewResource};
use super::store::offers::{self as store, MatchRow, OfferRow, RequestRow};
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::ids::PersonId;
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;

/// Offer refusals become client errors with their stable code: 403 for who may not, 409
/// for an offer, request or match whose state forbids it, 422 for broken input.
impl From<OfferError> for AppError {
    #[track_caller]
    fn from(e: OfferError) -> Self {
        let status = match &e {
            OfferError::NotOwner | OfferError::NotParty => StatusCode::FORBIDDEN,
            OfferError::OfferClosed { .. }
            | OfferError::RequestClosed { .. }
            | OfferError::MatchState { .. } => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

/// The policy of the resource behind a shared or rented offer: an hour to thirty days,
/// up to half a year ahead, no buffer, anyone signed in, the person approves bookings
/// made on the resource directly (an accepted match is approved by its acceptance).
const LOAN_MIN_MINUTES: i64 = 60;
const LOAN_MAX_MINUTES: i64 = 30 * 24 * 60;
const LOAN_HORIZON_DAYS: i64 = 180;

/// What an offer is, as entered.
pub struct NewOffer {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub mode: String,
    /// rent only: cents per day.
    pub fee_per_day: Option<i64>,
    /// barter only: what the person would like in return.
    pub wanted: String,
}

/// What an offer's person may change: its words, what is wanted, the fee.
pub struct OfferEdit {
    pub title: Option<String>,
    pub description: Option<String>,
    pub place: Option<String>,
    pub wanted: Option<String>,
    pub fee_per_day: Option<i64>,
}

/// What a request is, as entered.
pub struct NewRequest {
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub needed_from: Option<i64>,
    pub needed_until: Option<i64>,
}

/// A match as proposed: the request it answers (if any), the loan's interval (share,
/// rent) and a message (for barter, what is given in return).
pub struct Proposal {
    pub request: Option<String>,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub terms: String,
}

pub fn mode_of(o: &OfferRow) -> Mode {
    Mode::parse(&o.mode).unwrap_or(Mode::Give)
}

fn offer_ref(o: &OfferRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::PeerOffer,
        id: o.id.clone(),
        url: format!("/offers/{}", o.id),
        context: None,
    }
}

fn request_ref(r: &RequestRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::ThingRequest,
        id: r.id.clone(),
        url: format!("/requests/{}", r.id),
        context: None,
    }
}

fn offered(o: &OfferRow, person: &str) -> Offered {
    Offered {
        offer: o.id.clone(),
        title: o.title.clone(),
        kind: o.kind.clone(),
        mode: o.mode.clone(),
        person: person.into(),
        fee_per_day: o.fee_per_day,
        resource: o.resource_id.clone(),
    }
}

fn asked(r: &RequestRow, person: &str) -> Asked {
    Asked {
        request: r.id.clone(),
        title: r.title.clone(),
        kind: r.kind.clone(),
        person: person.into(),
    }
}

fn matched(conn: &mut DbConn, o: &OfferRow, m: &MatchRow) -> Result<Matched, AppError> {
    Ok(Matched {
        match_id: m.id.clone(),
        offer: o.id.clone(),
        title: o.title.clone(),
        mode: o.mode.clone(),
        owner: crate::accounts::handle_of(conn, &o.person_id)?,
        taker: crate::accounts::handle_of(conn, &m.taker_id)?,
        request: m.request_id.clone(),
        starts_at: m.starts_at,
        ends_at: m.ends_at,
        fee: m.fee,
        terms: m.terms.clone(),
        reservation: m.reservation_id.clone(),
        state: m.state.clone(),
    })
}

pub fn require_offer(conn: &mut DbConn, id: &str) -> Result<OfferRow, AppError> {
    store::offer(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-offer-none", id = shown(id, 40))))
}

pub fn require_request(conn: &mut DbConn, id: &str) -> Result<RequestRow, AppError> {
    store::request(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-offer-no-request", id = shown(id, 40))))
}

pub fn require_match(conn: &mut DbConn, id: &str) -> Result<MatchRow, AppError> {
    store::a_match(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-offer-no-match", id = shown(id, 40))))
}

/// A person as an actor of the flows they are a side of (not an administrator here).
fn person(conn: &mut DbConn, id: &str) -> Result<Actor, AppError> {
    Ok(Actor {
        id: PersonId(id.to_string()),
        handle: crate::accounts::handle_of(conn, id)?,
        is_admin: false,
    })
}

fn wanted(mode: Mode, raw: &str) -> Result<String, AppError> {
    if mode != Mode::Barter {
        return Ok(String::new());
    }
    let w = model::line("wanted", raw, model::MAX_NAME_CHARS, false)?;
    if w.is_empty() {
        return Err(OfferError::Wanted.into());
    }
    Ok(w)
}

/// `p` offers a thing. A shared or rented thing gets its resource first (journaled as
/// any resource put up for lending), then the offer.
pub fn create_offer(
    conn: &mut DbConn,
    p: &Actor,
    i: &NewOffer,
    now: i64,
) -> Result<OfferRow, AppError> {
    let kind = model::kind(i.kind.trim())?;
    let title = model::line("title", &i.title, model::MAX_NAME_CHARS, true)?;
    let description = model::text("description", &i.description)?;
    let place = model::line("place", &i.place, model::MAX_NAME_CHARS, false)?;
    let mode = Mode::parse(&i.mode)?;
    let fee_per_day = offer_model::fee_per_day(mode, i.fee_per_day)?;
    let wanted = wanted(mode, &i.wanted)?;
    let resource_id = if mode.lends() {
        let r = service::create_resource(
            conn,
            p,
            &NewResource {
                kind: kind.into(),
                name: title.clone(),
                description: description.clone(),
                place: place.clone(),
                condition: String::new(),
                quantity: 1,
                organization: None,
                commons: None,
                min_minutes: LOAN_MIN_MINUTES,
                max_minutes: LOAN_MAX_MINUTES,
                horizon_days: LOAN_HORIZON_DAYS,
                buffer_minutes: 0,
                borrowers: "anyone".into(),
                approval_required: true,
                training_required: false,
            },
            now,
        )?;
        Some(r.id)
    } else {
        None
    };
    let o = OfferRow {
        id: new_id(),
        person_id: p.id.as_str().into(),
        resource_id,
        kind: kind.into(),
        title,
        description,
        place,
        mode: mode.as_str().into(),
        fee_per_day,
        wanted,
        state: "open".into(),
        created_at: now,
        closed_at: None,
    };
    store::insert_offer(conn, &o)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::OFFER_CREATED,
        &offer_ref(&o),
        &format!("@{} offered {} ({})", p.handle, o.title, o.mode),
        &offered(&o, &p.handle),
    )?;
    Ok(o)
}

/// Its person changes what an offer says, while it is open. A shared or rented offer's
/// resource takes its new title, description and place in the same transaction (its
/// bookings and calendar show what the offer says); the one `offer.updated` event,
/// which names the resource, records both.
pub fn edit_offer(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    e: &OfferEdit,
    _now: i64,
) -> Result<OfferRow, AppError> {
    store::lock_offer(conn, id)?;
    let mut o = require_offer(conn, id)?;
    if o.person_id != p.id.as_str() {
        return Err(OfferError::NotOwner.into());
    }
    if o.state != "open" {
        return Err(OfferError::OfferClosed { state: o.state }.into());
    }
    let mode = mode_of(&o);
    if let Some(t) = &e.title {
        o.title = model::line("title", t, model::MAX_NAME_CHARS, true)?;
    }
    if let Some(d) = &e.description {
        o.description = model::text("description", d)?;
    }
    if let Some(pl) = &e.place {
        o.place = model::line("place", pl, model::MAX_NAME_CHARS, false)?;
    }
    if let Some(w) = &e.wanted {
        o.wanted = wanted(mode, w)?;
    }
    if e.fee_per_day.is_some() || mode == Mode::Rent {
        o.fee_per_day = offer_model::fee_per_day(mode, e.fee_per_day.or(o.fee_per_day))?;
    }
    store::update_offer(conn, &o)?;
    if let Some(rid) = &o.resource_id {
        super::store::lock_resource(conn, rid)?;
        super::store::describe_resource(conn, rid, &o.title, &o.description, &o.place)?;
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::OFFER_UPDATED,
        &offer_ref(&o),
        &format!("@{} edited the offer of {}", p.handle, o.title),
        &offered(&o, &p.handle),
    )?;
    Ok(o)
}

/// Its person closes an offer: no more matches; the resource behind a shared or rented
/// one is retired (the loans booked stay).
pub fn close_offer(conn: &mut DbConn, p: &Actor, id: &str, now: i64) -> Result<OfferRow, AppError> {
    store::lock_offer(conn, id)?;
    let o = require_offer(conn, id)?;
    if o.person_id != p.id.as_str() {
        return Err(OfferError::NotOwner.into());
    }
    if !store::close_offer(conn, id, "closed", now)? {
        return Err(OfferError::OfferClosed { state: o.state }.into());
    }
    if let Some(rid) = o.resource_id.as_deref() {
        service::retire(conn, p, rid, now)?;
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::OFFER_CLOSED,
        &offer_ref(&o),
        &format!("@{} closed the offer of {}", p.handle, o.title),
        &offered(&o, &p.handle),
    )?;
    require_offer(conn, id)
}

/// `p` asks for a thing.
pub fn create_request(
    conn: &mut DbConn,
    p: &Actor,
    i: &NewRequest,
    now: i64,
) -> Result<RequestRow, AppError> {
    let kind = model::kind(i.kind.trim())?;
    let title = model::line("title", &i.title, model::MAX_NAME_CHARS, true)?;
    let description = model::text("description", &i.description)?;
    let place = model::line("place", &i.place, model::MAX_NAME_CHARS, false)?;
    if let (Some(a), Some(b)) = (i.needed_from, i.needed_until) {
        model::span(a, b)?;
    }
    let r = RequestRow {
        id: new_id(),
        person_id: p.id.as_str().into(),
        kind: kind.into(),
        title,
        description,
        place,
        needed_from: i.needed_from,
        needed_until: i.needed_until,
        state: "open".into(),
        created_at: now,
        closed_at: None,
    };
    store::insert_request(conn, &r)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::REQUEST_CREATED,
        &request_ref(&r),
        &format!("@{} asked for {}", p.handle, r.title),
        &asked(&r, &p.handle),
    )?;
    Ok(r)
}

/// Its person closes a request.
pub fn close_request(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    now: i64,
) -> Result<RequestRow, AppError> {
    store::lock_request(conn, id)?;
    let r = require_request(conn, id)?;
    if r.person_id != p.id.as_str() {
        return Err(OfferError::NotOwner.into());
    }
    if !store::close_request(conn, id, "closed", now)? {
        return Err(OfferError::RequestClosed { state: r.state }.into());
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::REQUEST_CLOSED,
        &request_ref(&r),
        &format!("@{} closed the request for {}", p.handle, r.title),
        &asked(&r, &p.handle),
    )?;
    require_request(conn, id)
}

/// `p` proposes a match on offer `offer_id`: its person answering a request (which names
/// the taker), or someone asking for it (who is the taker, answering their own request
/// if they name one). A shared or rented thing needs the loan's interval; a barter
/// without terms is proposed on what the offer wants.
pub fn propose(
    conn: &mut DbConn,
    p: &Actor,
    offer_id: &str,
    i: &Proposal,
    now: i64,
) -> Result<MatchRow, AppError> {
    store::lock_offer(conn, offer_id)?;
    let o = require_offer(conn, offer_id)?;
    if o.state != "open" {
        return Err(OfferError::OfferClosed { state: o.state }.into());
    }
    let owner = o.person_id == p.id.as_str();
    let request = match i
        .request
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        Some(rid) => {
            store::lock_request(conn, rid)?;
            Some(require_request(conn, rid)?)
        }
        None => None,
    };
    let taker = match (&request, owner) {
        (None, true) => {
            return Err(LendingError::Missing { field: "request" }.into());
        }
        (Some(r), true) => r.person_id.clone(),
        (Some(r), false) if r.person_id != p.id.as_str() => {
            return Err(OfferError::NotOwner.into());
        }
        _ => p.id.as_str().to_string(),
    };
    if taker == o.person_id {
        return Err(OfferError::OwnThing.into());
    }
    if let Some(r) = &request
        && r.state != "open"
    {
        return Err(OfferError::RequestClosed {
            state: r.state.clone(),
        }
        .into());
    }
    let mode = mode_of(&o);
    let (starts_at, ends_at) = if mode.lends() {
        let (Some(a), Some(b)) = (i.starts_at, i.ends_at) else {
            return Err(OfferError::Interval.into());
        };
        let (a, b) = model::span(a, b)?;
        (Some(a), Some(b))
    } else {
        (None, None)
    };
    let mut terms = model::text("terms", &i.terms)?;
    if mode == Mode::Barter && terms.is_empty() {
        terms = o.wanted.clone();
    }
    let fee = match (o.fee_per_day, starts_at, ends_at) {
        (Some(f), Some(a), Some(b)) => Some(offer_model::fee_over(f, a, b)),
        _ => None,
    };
    let m = MatchRow {
        id: new_id(),
        offer_id: o.id.clone(),
        request_id: request.map(|r| r.id),
        proposer_id: p.id.as_str().into(),
        taker_id: taker,
        starts_at,
        ends_at,
        terms,
        fee,
        state: "proposed".into(),
        closes_offer: !mode.lends(),
        reservation_id: None,
        created_at: now,
        decided_at: None,
    };
    store::insert_match(conn, &m)?;
    let payload = matched(conn, &o, &m)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::MATCH_PROPOSED,
        &offer_ref(&o),
        &format!(
            "@{} proposed that @{}’s {} go to @{}",
            p.handle, payload.owner, o.title, payload.taker
        ),
        &payload,
    )?;
    Ok(m)
}

/// The side that did not propose match `id` accepts it. A shared or rented thing is
/// booked for the taker on the offer's resource through lending's reservation flow (a
/// refusal — the slot taken, a rule — is given back as the booking's, nothing written) and approved by the acceptance; a given
/// or bartered thing closes its offer, once: a second acceptance finds it closed (409).
/// The request it answers, if any, is met.
pub fn accept(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    now: i64,
) -> Result<Result<MatchRow, service::Refused>, AppError> {
    let offer_id = require_match(conn, id)?.offer_id;
    store::lock_offer(conn, &offer_id)?;
    let m = require_match(conn, id)?;
    let o = require_offer(conn, &offer_id)?;
    if offer_model::accepter(&o.person_id, &m.taker_id, &m.proposer_id) != p.id.as_str() {
        return Err(OfferError::NotParty.into());
    }
    if m.state != "proposed" {
        return Err(OfferError::MatchState { state: m.state }.into());
    }
    if o.state != "open" {
        return Err(OfferError::OfferClosed { state: o.state }.into());
    }
    if let Some(rid) = m.request_id.as_deref() {
        store::lock_request(conn, rid)?;
        let r = require_request(conn, rid)?;
        // A lent thing may meet the request that asked for it several times over.
        if r.state == "closed" || (r.state == "met" && m.closes_offer) {
            return Err(OfferError::RequestClosed { state: r.state }.into());
        }
    }
    let mode = mode_of(&o);
    let mut reservation = None;
    if let (true, Some(rid), Some(a), Some(b)) = (
        mode.lends(),
        o.resource_id.as_deref(),
        m.starts_at,
        m.ends_at,
    ) {
        let taker = person(conn, &m.taker_id)?;
        let k = match service::reserve(conn, &taker, rid, a, b, 1, now)? {
            Ok(k) => k,
            Err(refused) => return Ok(Err(refused)),
        };
        if k.state == "pending" {
            let owner = person(conn, &o.person_id)?;
            service::act(conn, &owner, &k.id, Action::Approve, "", now)?;
        }
        reservation = Some(k.id);
    } else if let Some(to) = mode.after_match()
        && !store::close_offer(conn, &o.id, to, now)?
    {
        return Err(OfferError::OfferClosed { state: o.state }.into());
    }
    if !store::decide_match(conn, id, "accepted", reservation.as_deref(), now)? {
        return Err(OfferError::MatchState {
            state: "decided".into(),
        }
        .into());
    }
    if let Some(rid) = m.request_id.as_deref() {
        store::close_request(conn, rid, "met", now)?;
    }
    let m = require_match(conn, id)?;
    let payload = matched(conn, &o, &m)?;
    let (ty, summary) = match mode {
        Mode::Give => (
            &events::GIVEN,
            format!(
                "@{} accepted: @{} gave {} to @{}",
                p.handle, payload.owner, o.title, payload.taker
            ),
        ),
        Mode::Barter => (
            &events::BARTERED,
            format!(
                "@{} accepted: @{} bartered {} with @{}",
                p.handle, payload.owner, o.title, payload.taker
            ),
        ),
        Mode::Share | Mode::Rent => (
            &events::MATCH_ACCEPTED,
            format!(
                "@{} accepted: @{} borrows @{}’s {}",
                p.handle, payload.taker, payload.owner, o.title
            ),
        ),
    };
    journal::record(
        conn,
        Some(&p.handle),
        ty,
        &offer_ref(&o),
        &summary,
        &payload,
    )?;
    Ok(Ok(m))
}

/// Either side ends a proposed match: the side that proposed it withdraws it, the other
/// declines it.
pub fn decline(conn: &mut DbConn, p: &Actor, id: &str, now: i64) -> Result<MatchRow, AppError> {
    let offer_id = require_match(conn, id)?.offer_id;
    store::lock_offer(conn, &offer_id)?;
    let m = require_match(conn, id)?;
    let o = require_offer(conn, &offer_id)?;
    let me = p.id.as_str();
    if me != o.person_id && me != m.taker_id {
        return Err(OfferError::NotParty.into());
    }
    let to = if me == m.proposer_id {
        "withdrawn"
    } else {
        "declined"
    };
    if !store::decide_match(conn, id, to, None, now)? {
        return Err(OfferError::MatchState { state: m.state }.into());
    }
    let m = require_match(conn, id)?;
    let payload = matched(conn, &o, &m)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::MATCH_DECLINED,
        &offer_ref(&o),
        &format!(
            "@{} declined the match of @{}’s {} with @{}",
            p.handle, payload.owner, o.title, payload.taker
        ),
        &payload,
    )?;
    Ok(m)
}
