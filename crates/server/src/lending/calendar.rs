//! The calendars of lending: a resource's reservations (those under way or to come, and
//! the past month's; a part's feed has its kits' too, marked as theirs) and its
//! maintenance blocks and breakdowns as an iCalendar feed, the
//! same for every resource kept at one place, a person's own reservations behind a secret
//! address, and one reservation as an event, written by `ical` from the store's rows.
//!
//! A person's address holds a random token; the store keeps only its SHA-256, the token is
//! shown once when made or replaced, never journaled, and replacing or forgetting it cuts
//! the old address off.

use super::ical::{self, Event};
use super::service;
use super::store::{self, BlockRow, ReservationRow, ResourceRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail, shown};

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
        status: match k.state.as_str() {
            "pending" => "TENTATIVE",
            "cancelled" => "CANCELLED",
            _ => "CONFIRMED",
        },
        url: format!("/reservations/{}", k.id),
    }
}

/// A block as an event: `Name — maintenance × 1` or `Name — out of order × 1`, with its
/// reason; a breakdown not yet repaired runs to 9999-12-30, as late as readers write.
fn block_event(r: &ResourceRow, b: &BlockRow) -> Event {
    let what = if b.kind == "breakdown" {
        "out of order"
    } else {
        "maintenance"
    };
    Event {
        uid: format!("{}@commonfare", b.id),
        stamp: b.created_at,
        starts_at: b.starts_at,
        ends_at: b.ends_at,
        summary: format!("{} — {what} × {}", r.name, b.quantity),
        description: b.reason.clone(),
        location: r.place.clone(),
        status: "CONFIRMED",
        url: format!("/resources/{}", r.id),
    }
}

/// The feed of resource `id`: every reservation not cancelled that ends after a month
/// ago, then every block that does.
pub fn calendar_of_resource(conn: &mut DbConn, id: &str) -> Result<String, AppError> {
    let r = service::require_resource(conn, id)?;
    let events = events_of(conn, &r, now_ms() - FEED_PAST_MS)?;
    Ok(ical::calendar(&r.name, &events))
}

/// Resources a place's feed covers at most.
pub const PLACE_MOST: usize = 200;

/// The events of resource `r` for its feed: its reservations not cancelled ending after
/// `since` (or still out), then its blocks ending after it.
fn events_of(conn: &mut DbConn, r: &ResourceRow, since: i64) -> Result<Vec<Event>, AppError> {
    let rows = store::calendar(conn, &r.id, since)?;
    let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
    let mut events: Vec<Event> = rows.iter().map(|(k, b)| event(r, k, b)).collect();
    events.extend(
        store::blocks_after(conn, &r.id, since)?
            .iter()
            .map(|b| block_event(r, b)),
    );
    // The bookings of the kits it is a part of hold its items too: each is an event of
    // its own here (its UID names the kit's reservation and this part), marked as the
    // kit's, with the items of this part it holds.
    for part in store::kits::kits_of(conn, &r.id)? {
        let Some(kit) = store::resource(conn, &part.kit_id)? else {
            continue;
        };
        let rows = store::calendar(conn, &kit.id, since)?;
        let rows = crate::accounts::with_handles(conn, rows, |k| &k.borrower_id)?;
        events.extend(rows.iter().map(|(k, b)| {
            let mut e = event(r, k, b);
            e.uid = format!("{}-{}@commonfare", k.id, r.id);
            e.summary = format!(
                "{} × {} ({}) — @{b}",
                r.name,
                k.quantity * part.quantity,
                kit.name
            );
            e
        }));
    }
    Ok(events)
}

/// The feed of every resource at `place` (as its resources write it, whatever the case),
/// resource by resource; a 404 naming the place when none is kept there.
pub fn calendar_of_place(conn: &mut DbConn, place: &str) -> Result<String, AppError> {
    let mut resources = store::candidates(conn, None, None, 1, Some(place))?;
    resources.truncate(PLACE_MOST);
    let Some(first) = resources.first() else {
        return Err(AppError::not_found(detail!(
            "problem-lending-no-place",
            place = shown(place.trim(), 120)
        )));
    };
    let name = first.place.clone();
    let since = now_ms() - FEED_PAST_MS;
    let mut events = Vec::new();
    for r in &resources {
        events.extend(events_of(conn, r, since)?);
    }
    Ok(ical::calendar(&name, &events))
}

/// Reservations a person's feed holds at most.
pub const PERSON_MOST: i64 = 500;

/// Makes (or replaces) `person_id`'s calendar token; gives the token, to be shown once.
pub fn rotate(conn: &mut DbConn, person_id: &str) -> Result<(String, i64), AppError> {
    let token = crate::web::random_token();
    let now = now_ms();
    store::set_feed_token(conn, person_id, &crate::web::hash_token(&token), now)?;
    Ok((token, now))
}

/// Forgets `person_id`'s calendar token: its address stops answering. Whether there was one.
pub fn forget(conn: &mut DbConn, person_id: &str) -> Result<bool, AppError> {
    store::drop_feed_token(conn, person_id)
}

/// When `person_id`'s calendar token was made, if they have one.
pub fn made(conn: &mut DbConn, person_id: &str) -> Result<Option<i64>, AppError> {
    store::feed_token_made(conn, person_id)
}

/// The calendar of the token's owner: their reservations ending after a month ago or still
/// out, cancelled ones marked so (a breakdown's cancellation reaches their calendar); a 404
/// for a token nobody holds, or no longer holds.
pub fn calendar_of_person(conn: &mut DbConn, token: &str) -> Result<String, AppError> {
    let person = store::feed_owner(conn, &crate::web::hash_token(token))?
        .ok_or_else(|| AppError::not_found(detail!("problem-lending-no-feed")))?;
    let handle = crate::accounts::handle_of(conn, &person)?;
    let rows = store::calendar_of_borrower(conn, &person, now_ms() - FEED_PAST_MS, PERSON_MOST)?;
    let mut resources = std::collections::HashMap::new();
    let mut events = Vec::with_capacity(rows.len());
    for k in &rows {
        if !resources.contains_key(&k.resource_id) {
            let r = service::require_resource(conn, &k.resource_id)?;
            resources.insert(k.resource_id.clone(), r);
        }
        events.push(event(&resources[&k.resource_id], k, &handle));
    }
    Ok(ical::calendar(&format!("@{handle}"), &events))
}

/// One reservation as a calendar of one event.
pub fn calendar_of_reservation(conn: &mut DbConn, id: &str) -> Result<String, AppError> {
    let k = service::require_reservation(conn, id)?;
    let r = service::require_resource(conn, &k.resource_id)?;
    let borrower = crate::accounts::handle_of(conn, &k.borrower_id)?;
    Ok(ical::calendar(&r.name, &[event(&r, &k, &borrower)]))
}
