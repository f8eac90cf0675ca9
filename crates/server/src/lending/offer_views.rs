//! What peer offers show, to the API and the pages alike: an offer (with its resource
//! when it is lent), a request, a match with both sides by handle, and the lists of
//! offers and requests a page at a time, newest first, narrowed by kind, mode and place.

use super::model::{self, rfc3339};
use super::offer_model::{self, Mode};
use super::store::offers::{self as store, MatchRow, Narrow, OfferRow, RequestRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = PeerOfferView)]
pub struct OfferView {
    pub id: String,
    /// The offering person's handle, without `@`.
    pub person: String,
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    /// share, rent, barter or give.
    pub mode: String,
    /// rent: the fee per day, in cents.
    pub fee_per_day: Option<i64>,
    /// barter: what the person would like in return.
    pub wanted: String,
    /// open, closed, given or bartered.
    pub state: String,
    /// share and rent: the resource its loans are booked on (its calendar shows them).
    pub resource_id: Option<String>,
    /// RFC 3339, UTC.
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RequestView {
    pub id: String,
    /// The asking person's handle, without `@`.
    pub person: String,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub place: String,
    /// When the thing is needed, RFC 3339, if said.
    pub needed_from: Option<String>,
    pub needed_until: Option<String>,
    /// open, closed or met.
    pub state: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MatchView {
    pub id: String,
    pub offer_id: String,
    pub offer_title: String,
    pub mode: String,
    pub request_id: Option<String>,
    /// The offer's person, without `@`.
    pub owner: String,
    /// Who receives the thing, without `@`.
    pub taker: String,
    /// Who proposed it, without `@`; the other side accepts.
    pub proposer: String,
    /// Who may accept it while it is proposed, without `@`.
    pub accepter: String,
    /// share and rent: the loan, RFC 3339.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// A message; for barter, what is given in return.
    pub terms: String,
    /// rent: the fee over the loan, in cents (recorded; paid between the two).
    pub fee: Option<i64>,
    /// proposed, accepted, declined or withdrawn.
    pub state: String,
    /// share and rent, once accepted: the reservation booked.
    pub reservation_id: Option<String>,
    pub created_at: String,
}

pub fn offer_view(conn: &mut DbConn, o: OfferRow) -> Result<OfferView, AppError> {
    let person = crate::accounts::handle_of(conn, &o.person_id)?;
    Ok(offer_with(o, person))
}

fn offer_with(o: OfferRow, person: String) -> OfferView {
    OfferView {
        person,
        created_at: rfc3339(o.created_at),
        id: o.id,
        kind: o.kind,
        title: o.title,
        description: o.description,
        place: o.place,
        mode: o.mode,
        fee_per_day: o.fee_per_day,
        wanted: o.wanted,
        state: o.state,
        resource_id: o.resource_id,
    }
}

pub fn request_view(conn: &mut DbConn, r: RequestRow) -> Result<RequestView, AppError> {
    let person = crate::accounts::handle_of(conn, &r.person_id)?;
    Ok(request_with(r, person))
}

fn request_with(r: RequestRow, person: String) -> RequestView {
    RequestView {
        person,
        needed_from: r.needed_from.map(rfc3339),
        needed_until: r.needed_until.map(rfc3339),
        created_at: rfc3339(r.created_at),
        id: r.id,
        kind: r.kind,
        title: r.title,
        description: r.description,
        place: r.place,
        state: r.state,
    }
}

/// Matches as shown, with their offers' titles and both sides' handles.
pub fn match_views(conn: &mut DbConn, rows: Vec<MatchRow>) -> Result<Vec<MatchView>, AppError> {
    let mut out = Vec::with_capacity(rows.len());
    let mut offers: std::collections::HashMap<String, OfferRow> = Default::default();
    for m in &rows {
        if !offers.contains_key(&m.offer_id)
            && let Some(o) = store::offer(conn, &m.offer_id)?
        {
            offers.insert(o.id.clone(), o);
        }
    }
    let people = rows
        .iter()
        .flat_map(|m| [m.taker_id.clone(), m.proposer_id.clone()])
        .chain(offers.values().map(|o| o.person_id.clone()));
    let handles = crate::accounts::handles_by_id(conn, people.collect::<Vec<_>>())?;
    let h = |id: &str| handles.get(id).cloned().unwrap_or_default();
    for m in rows {
        let Some(o) = offers.get(&m.offer_id) else {
            continue;
        };
        out.push(MatchView {
            offer_title: o.title.clone(),
            mode: o.mode.clone(),
            owner: h(&o.person_id),
            taker: h(&m.taker_id),
            proposer: h(&m.proposer_id),
            accepter: h(offer_model::accepter(
                &o.person_id,
                &m.taker_id,
                &m.proposer_id,
            )),
            starts_at: m.starts_at.map(rfc3339),
            ends_at: m.ends_at.map(rfc3339),
            created_at: rfc3339(m.created_at),
            id: m.id,
            offer_id: m.offer_id,
            request_id: m.request_id,
            terms: m.terms,
            fee: m.fee,
            state: m.state,
            reservation_id: m.reservation_id,
        });
    }
    Ok(out)
}

pub fn match_view(conn: &mut DbConn, m: MatchRow) -> Result<MatchView, AppError> {
    match_views(conn, vec![m])?
        .pop()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("a match without its offer")))
}

/// What a list was narrowed to, checked: a known kind and mode.
fn some(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

pub fn narrow(
    kind: Option<&str>,
    mode: Option<&str>,
    place: Option<&str>,
    all: bool,
) -> Result<Narrow, AppError> {
    Ok(Narrow {
        kind: match some(kind) {
            Some(k) => Some(model::kind(k)?.to_string()),
            None => None,
        },
        mode: match some(mode) {
            Some(m) => Some(Mode::parse(m)?.as_str().to_string()),
            None => None,
        },
        place: some(place).map(str::to_string),
        all,
    })
}

pub fn offers_page(
    conn: &mut DbConn,
    n: &Narrow,
    paging: &Paging,
) -> Result<Page<OfferView>, AppError> {
    let after = paging.after::<String>()?;
    let rows = store::offers(conn, n, after, paging.fetch())?;
    let rows = crate::accounts::with_handles(conn, rows, |o| &o.person_id)?;
    Ok(paging
        .page(rows, |(o, _)| o.id.clone())
        .map(|(o, h)| offer_with(o, h)))
}

pub fn requests_page(
    conn: &mut DbConn,
    n: &Narrow,
    paging: &Paging,
) -> Result<Page<RequestView>, AppError> {
    let after = paging.after::<String>()?;
    let rows = store::requests(conn, n, after, paging.fetch())?;
    let rows = crate::accounts::with_handles(conn, rows, |r| &r.person_id)?;
    Ok(paging
        .page(rows, |(r, _)| r.id.clone())
        .map(|(r, h)| request_with(r, h)))
}
