//! Queries for peer offers, a room of lending's store: offers, requests and their
//! matches. The rule that spans rows — a given or bartered offer goes to one match only
//! — is held by the flows in `offers` under `lock_offer`, by the guarded `close_offer`
//! (which touches no row when the offer is no longer open) and by a partial unique index
//! on the accepted matches that close their offer.

use crate::db::schema::{lending_offer_matches, lending_offers, lending_requests};
use crate::db::{DbConn, lower};
use crate::error::AppError;
use diesel::prelude::*;

#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = lending_offers)]
pub struct OfferRow {
    pub id: String,
    pub person_id: String,
    pub resource_id: Option<String>,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub mode: String,
    pub fee_per_day: Option<i64>,
    pub wanted: String,
    pub state: String,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = lending_requests)]
pub struct RequestRow {
    pub id: String,
    pub person_id: String,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    pub needed_from: Option<i64>,
    pub needed_until: Option<i64>,
    pub state: String,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_offer_matches)]
pub struct MatchRow {
    pub id: String,
    pub offer_id: String,
    pub request_id: Option<String>,
    pub proposer_id: String,
    pub taker_id: String,
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
    pub terms: String,
    pub fee: Option<i64>,
    pub state: String,
    pub closes_offer: bool,
    pub reservation_id: Option<String>,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

/// Serializes the writers that move one offer (its matches accepted, its closing) until
/// the transaction ends. Taken before the lock of the offer's resource, never after.
pub fn lock_offer(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("offer:{id}"))
}

/// Serializes the writers that move one request until the transaction ends. Taken after
/// the offer's lock, never before.
pub fn lock_request(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("request:{id}"))
}

pub fn insert_offer(conn: &mut DbConn, o: &OfferRow) -> Result<(), AppError> {
    diesel::insert_into(lending_offers::table)
        .values(o.clone())
        .execute(conn)?;
    Ok(())
}

pub fn offer(conn: &mut DbConn, id: &str) -> Result<Option<OfferRow>, AppError> {
    Ok(lending_offers::table
        .filter(lending_offers::id.eq(id))
        .select(OfferRow::as_select())
        .first(conn)
        .optional()?)
}

/// Rewrites what an offer says (title, description, place, wanted, fee).
pub fn update_offer(conn: &mut DbConn, o: &OfferRow) -> Result<(), AppError> {
    use lending_offers as t;
    diesel::update(t::table.filter(t::id.eq(&o.id)))
        .set((
            t::title.eq(&o.title),
            t::description.eq(&o.description),
            t::place.eq(&o.place),
            t::wanted.eq(&o.wanted),
            t::fee_per_day.eq(o.fee_per_day),
        ))
        .execute(conn)?;
    Ok(())
}

/// Moves an open offer to `to` (closed, given, bartered); false when it was not open.
pub fn close_offer(conn: &mut DbConn, id: &str, to: &str, now: i64) -> Result<bool, AppError> {
    use lending_offers as t;
    let n = diesel::update(t::table.filter(t::id.eq(id)).filter(t::state.eq("open")))
        .set((t::state.eq(to), t::closed_at.eq(now)))
        .execute(conn)?;
    Ok(n == 1)
}

/// What a list of offers or requests may be narrowed to.
#[derive(Debug, Clone, Default)]
pub struct Narrow {
    pub kind: Option<String>,
    pub mode: Option<String>,
    /// Text the place contains (case folded).
    pub place: Option<String>,
    /// Closed ones too.
    pub all: bool,
}

/// Offers, newest first, after the id `after`.
pub fn offers(
    conn: &mut DbConn,
    n: &Narrow,
    after: Option<String>,
    limit: i64,
) -> Result<Vec<OfferRow>, AppError> {
    use lending_offers as t;
    let mut q = t::table.select(OfferRow::as_select()).into_boxed();
    if !n.all {
        q = q.filter(t::state.eq("open"));
    }
    if let Some(k) = &n.kind {
        q = q.filter(t::kind.eq(k.clone()));
    }
    if let Some(m) = &n.mode {
        q = q.filter(t::mode.eq(m.clone()));
    }
    if let Some(p) = &n.place {
        q = q.filter(lower(t::place).like(crate::db::contains(p)).escape('\\'));
    }
    if let Some(a) = after {
        q = q.filter(t::id.lt(a));
    }
    Ok(q.order(t::id.desc()).limit(limit).load(conn)?)
}

/// The open offers of a person (to answer a request with).
pub fn open_offers_of(conn: &mut DbConn, person_id: &str) -> Result<Vec<OfferRow>, AppError> {
    use lending_offers as t;
    Ok(t::table
        .filter(t::person_id.eq(person_id))
        .filter(t::state.eq("open"))
        .select(OfferRow::as_select())
        .order(t::id.desc())
        .limit(100)
        .load(conn)?)
}

/// The open requests of a person (to name one when asking for an offer).
pub fn open_requests_of(conn: &mut DbConn, person_id: &str) -> Result<Vec<RequestRow>, AppError> {
    use lending_requests as t;
    Ok(t::table
        .filter(t::person_id.eq(person_id))
        .filter(t::state.eq("open"))
        .select(RequestRow::as_select())
        .order(t::id.desc())
        .limit(100)
        .load(conn)?)
}

pub fn insert_request(conn: &mut DbConn, r: &RequestRow) -> Result<(), AppError> {
    diesel::insert_into(lending_requests::table)
        .values(r.clone())
        .execute(conn)?;
    Ok(())
}

pub fn request(conn: &mut DbConn, id: &str) -> Result<Option<RequestRow>, AppError> {
    Ok(lending_requests::table
        .filter(lending_requests::id.eq(id))
        .select(RequestRow::as_select())
        .first(conn)
        .optional()?)
}

/// Moves an open request to `to` (closed, met); false when it was not open.
pub fn close_request(conn: &mut DbConn, id: &str, to: &str, now: i64) -> Result<bool, AppError> {
    use lending_requests as t;
    let n = diesel::update(t::table.filter(t::id.eq(id)).filter(t::state.eq("open")))
        .set((t::state.eq(to), t::closed_at.eq(now)))
        .execute(conn)?;
    Ok(n == 1)
}

/// Requests, newest first, after the id `after` (the mode filter does not apply).
pub fn requests(
    conn: &mut DbConn,
    n: &Narrow,
    after: Option<String>,
    limit: i64,
) -> Result<Vec<RequestRow>, AppError> {
    use lending_requests as t;
    let mut q = t::table.select(RequestRow::as_select()).into_boxed();
    if !n.all {
        q = q.filter(t::state.eq("open"));
    }
    if let Some(k) = &n.kind {
        q = q.filter(t::kind.eq(k.clone()));
    }
    if let Some(p) = &n.place {
        q = q.filter(lower(t::place).like(crate::db::contains(p)).escape('\\'));
    }
    if let Some(a) = after {
        q = q.filter(t::id.lt(a));
    }
    Ok(q.order(t::id.desc()).limit(limit).load(conn)?)
}

pub fn insert_match(conn: &mut DbConn, m: &MatchRow) -> Result<(), AppError> {
    diesel::insert_into(lending_offer_matches::table)
        .values(m.clone())
        .execute(conn)?;
    Ok(())
}

pub fn a_match(conn: &mut DbConn, id: &str) -> Result<Option<MatchRow>, AppError> {
    Ok(lending_offer_matches::table
        .filter(lending_offer_matches::id.eq(id))
        .select(MatchRow::as_select())
        .first(conn)
        .optional()?)
}

/// Moves a proposed match to `to`, with the reservation it booked; false when it was no
/// longer proposed.
pub fn decide_match(
    conn: &mut DbConn,
    id: &str,
    to: &str,
    reservation_id: Option<&str>,
    now: i64,
) -> Result<bool, AppError> {
    use lending_offer_matches as t;
    let n = diesel::update(
        t::table
            .filter(t::id.eq(id))
            .filter(t::state.eq("proposed")),
    )
    .set((
        t::state.eq(to),
        t::reservation_id.eq(reservation_id),
        t::decided_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

/// The matches of an offer, oldest first.
pub fn matches_of_offer(conn: &mut DbConn, offer_id: &str) -> Result<Vec<MatchRow>, AppError> {
    use lending_offer_matches as t;
    Ok(t::table
        .filter(t::offer_id.eq(offer_id))
        .select(MatchRow::as_select())
        .order((t::created_at.asc(), t::id.asc()))
        .limit(500)
        .load(conn)?)
}

/// The matches answering a request, oldest first.
pub fn matches_of_request(conn: &mut DbConn, request_id: &str) -> Result<Vec<MatchRow>, AppError> {
    use lending_offer_matches as t;
    Ok(t::table
        .filter(t::request_id.eq(request_id))
        .select(MatchRow::as_select())
        .order((t::created_at.asc(), t::id.asc()))
        .limit(500)
        .load(conn)?)
}

/// The matches a person is a side of (as the offer's person or as the taker), newest
/// first, at most `limit`.
pub fn matches_of_person(
    conn: &mut DbConn,
    person_id: &str,
    limit: i64,
) -> Result<Vec<MatchRow>, AppError> {
    use lending_offer_matches as t;
    let mine: Vec<String> = lending_offers::table
        .filter(lending_offers::person_id.eq(person_id))
        .select(lending_offers::id)
        .limit(1000)
        .load(conn)?;
    Ok(t::table
        .filter(t::taker_id.eq(person_id).or(t::offer_id.eq_any(mine)))
        .select(MatchRow::as_select())
        .order((t::created_at.desc(), t::id.desc()))
        .limit(limit)
        .load(conn)?)
}

/// Every offer and request, by id, for the export (matches are not exported).
pub fn all(conn: &mut DbConn) -> Result<(Vec<OfferRow>, Vec<RequestRow>), AppError> {
    let o = lending_offers::table
        .select(OfferRow::as_select())
        .order(lending_offers::id.asc())
        .load(conn)?;
    let r = lending_requests::table
        .select(RequestRow::as_select())
        .order(lending_requests::id.asc())
        .load(conn)?;
    Ok((o, r))
}
