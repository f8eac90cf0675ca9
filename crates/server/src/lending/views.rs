//! What the API shows of lending: resources with their policy and steward, and
//! reservations with their state (an overdue loan and a late return say so).

use super::model::{self, State};
use super::service;
use super::store::{self, ReservationRow, ResourceRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct PolicyView {
    pub min_minutes: i64,
    pub max_minutes: i64,
    /// How many days ahead one may book.
    pub horizon_days: i64,
    /// Minutes the items stay held after each reservation ends.
    pub buffer_minutes: i64,
    /// `anyone` signed in, or `members` of the steward organization.
    pub borrowers: String,
    pub approval_required: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ResourceView {
    pub id: String,
    /// tool, vehicle, space, machine or material.
    pub kind: String,
    pub name: String,
    pub description: String,
    pub place: String,
    pub condition: String,
    /// How many identical items the pool holds.
    pub quantity: i64,
    /// `organization` or `person`.
    pub steward_kind: String,
    /// The steward's handle, with `@`.
    pub steward: String,
    pub policy: PolicyView,
    pub retired: bool,
    /// Its iCalendar feed.
    pub calendar: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReservationView {
    pub id: String,
    pub resource_id: String,
    pub resource_name: String,
    /// The borrower's handle, without `@`.
    pub borrower: String,
    pub quantity: i64,
    /// RFC 3339, UTC.
    pub starts_at: String,
    pub ends_at: String,
    /// When the items are free again (the end plus the resource's buffer).
    pub held_until: String,
    /// pending, confirmed, out, returned or cancelled.
    pub state: String,
    /// Out past its end.
    pub overdue: bool,
    /// Returned after its end.
    pub returned_late: bool,
    pub checked_out_at: Option<String>,
    pub out_note: String,
    pub returned_at: Option<String>,
    pub return_note: String,
    /// Its iCalendar event.
    pub calendar: String,
}

pub fn resource_view(conn: &mut DbConn, r: ResourceRow) -> Result<ResourceView, AppError> {
    let steward = format!("@{}", service::steward_handle(conn, &r)?);
    let p = service::policy_of(&r);
    Ok(ResourceView {
        calendar: format!("/api/v1/resources/{}/calendar.ics", r.id),
        id: r.id,
        kind: r.kind,
        name: r.name,
        description: r.description,
        place: r.place,
        condition: r.condition,
        quantity: r.quantity,
        steward_kind: r.steward_kind,
        steward,
        policy: PolicyView {
            min_minutes: p.min_minutes,
            max_minutes: p.max_minutes,
            horizon_days: p.horizon_days,
            buffer_minutes: p.buffer_minutes,
            borrowers: p.borrowers.as_str().into(),
            approval_required: p.approval_required,
        },
        retired: r.retired_at.is_some(),
    })
}

/// Whether a loan is out past its end at `now`.
pub fn overdue(k: &ReservationRow, now: i64) -> bool {
    service::state_of(k) == State::Out && k.ends_at < now
}

pub fn reservation_view(
    k: ReservationRow,
    resource_name: &str,
    borrower: &str,
    now: i64,
) -> ReservationView {
    ReservationView {
        overdue: overdue(&k, now),
        returned_late: k.returned_at.is_some_and(|t| t > k.ends_at),
        calendar: format!("/api/v1/reservations/{}/calendar.ics", k.id),
        resource_name: resource_name.into(),
        borrower: borrower.into(),
        starts_at: model::rfc3339(k.starts_at),
        ends_at: model::rfc3339(k.ends_at),
        held_until: model::rfc3339(k.held_until),
        checked_out_at: k.checked_out_at.map(model::rfc3339),
        returned_at: k.returned_at.map(model::rfc3339),
        id: k.id,
        resource_id: k.resource_id,
        quantity: k.quantity,
        state: k.state,
        out_note: k.out_note,
        return_note: k.return_note,
    }
}

/// One reservation as shown, with its resource's name and its borrower's handle.
pub fn reservation(
    conn: &mut DbConn,
    k: ReservationRow,
    now: i64,
) -> Result<ReservationView, AppError> {
    let r = service::require_resource(conn, &k.resource_id)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    Ok(reservation_view(k, &r.name, &borrower, now))
}

/// A page of resources, by name, matching `search` and `kind` when given.
pub fn resources_page(
    conn: &mut DbConn,
    search: Option<&str>,
    kind: Option<&str>,
    paging: &Paging,
) -> Result<Page<ResourceView>, AppError> {
    let after = paging.after::<(String, String)>()?;
    let rows = store::resources(conn, search, kind, after, paging.fetch())?;
    paging
        .page(rows, |r| (r.name.clone(), r.id.clone()))
        .try_map(|r| resource_view(conn, r))
}

/// A resource's reservations still to come or under way (cancelled ones left out).
pub fn upcoming(
    conn: &mut DbConn,
    r: &ResourceRow,
    now: i64,
) -> Result<Vec<ReservationView>, AppError> {
    let rows = store::calendar(conn, &r.id, now)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    Ok(rows
        .into_iter()
        .map(|(k, b)| reservation_view(k, &r.name, &b, now))
        .collect())
}

/// A steward's desk for one day: what goes out, what comes back, what is late, and
/// what awaits approval, over every resource they steward.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeskView {
    /// The day's start, RFC 3339.
    pub day: String,
    /// Confirmed reservations under way that day: to hand over.
    pub check_outs: Vec<ReservationView>,
    /// Loans ending that day, still out: to take back.
    pub returns: Vec<ReservationView>,
    /// Loans out past their end.
    pub overdue: Vec<ReservationView>,
    /// Reservations under way or to come that await a steward's approval.
    pub awaiting_approval: Vec<ReservationView>,
}

/// The desk of `p` at `now` for the day `[from, until)`.
pub fn desk(
    conn: &mut DbConn,
    p: &crate::web::actor::Actor,
    now: i64,
    (from, until): (i64, i64),
) -> Result<DeskView, AppError> {
    let mut stewards: Vec<String> = crate::accounts::admin_org_ids(conn, &p.id)?
        .into_iter()
        .map(|o| o.0)
        .collect();
    stewards.push(p.id.as_str().to_string());
    let resources = store::resources_of(conn, &stewards)?;
    let ids: Vec<String> = resources.iter().map(|r| r.id.clone()).collect();
    let names: std::collections::HashMap<String, String> =
        resources.into_iter().map(|r| (r.id, r.name)).collect();
    let rows = store::desk(conn, &ids, from, until)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    let mut d = DeskView {
        day: model::rfc3339(from),
        check_outs: Vec::new(),
        returns: Vec::new(),
        overdue: Vec::new(),
        awaiting_approval: Vec::new(),
    };
    for (k, b) in rows {
        let name = names.get(&k.resource_id).cloned().unwrap_or_default();
        let state = service::state_of(&k);
        let late = overdue(&k, now);
        let v = reservation_view(k, &name, &b, now);
        match state {
            State::Out if late => d.overdue.push(v),
            State::Out => d.returns.push(v),
            State::Pending => d.awaiting_approval.push(v),
            State::Confirmed => d.check_outs.push(v),
            _ => {}
        }
    }
    Ok(d)
}
