//! The calendars of lending: a resource's reservations (those under way or to come, and
//! the past month's) as an iCalendar feed, and one reservation as an event, written by
//! `ical` from the store's rows.

use super::ical::{self, Event};
use super::service;
use super::store::{self, ReservationRow, ResourceRow};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;

/// How far back a feed reaches: a month.
const FEED_PAST_MS: i64 = 31 * 24 * 3_600_000;

fn event(r: &ResourceRow, k: &ReservationRow, borrower: &str) -> Event {
    Event {
        uid: format!("{}@commonfare", k.id),
        stamp: k.created_at,
        starts_at: k.starts_at,
        ends_at: k.ends_at,
        summary: format!("{} × {} — @{borrower}", r.name, k.quantity),
        description: r.description.clone(),
        location: r.place.clone(),
        status: if k.state == "pending" {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        },
        url: format!("/reservations/{}", k.id),
    }
}

/// The feed of resource `id`: every reservation not cancelled that ends after a month ago.
pub fn calendar_of_resource(conn: &mut DbConn, id: &str) -> Result<String, AppError> {
    let r = service::require_resource(conn, id)?;
    let rows = store::calendar(conn, &r.id, now_ms() - FEED_PAST_MS)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    let events: Vec<Event> = rows.iter().map(|(k, b)| event(&r, k, b)).collect();
    Ok(ical::calendar(&r.name, &events))
}

/// One reservation as a calendar of one event.
pub fn calendar_of_reservation(conn: &mut DbConn, id: &str) -> Result<String, AppError> {
    let k = service::require_reservation(conn, id)?;
    let r = service::require_resource(conn, &k.resource_id)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    Ok(ical::calendar(&r.name, &[event(&r, &k, &borrower)]))
}
