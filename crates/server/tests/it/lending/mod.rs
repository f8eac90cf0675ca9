//! Lending tests, by subject: resources and reservations through the API (`api`), the
//! calendars (`calendar`: the feed's lines, and the feed read by Python's `icalendar`),
//! who may do what (`permissions`), bad input (`bad_input`), blocks, breakdowns and plans
//! (`upkeep`), trainings (`trainings`), the availability search (`available`), peer
//! offers (`offers`) and the demo's library. The races for the last item (bookings, blocks and breakdowns) are in
//! `races.rs`. The helpers below are shared by them.

mod api;
mod available;
mod bad_input;
mod calendar;
mod commons_steward;
mod condition_photos;
mod deleted_steward;
mod demo;
mod kits;
mod money;
mod offers;
mod pages;
mod permissions;
mod photos;
mod rules;
mod savings;
mod trainings;
mod upkeep;
mod waits;
mod walkin;

use crate::support::{Person, TestApp};
use serde_json::{Value, json};

/// The start of the hour `hours` from now, RFC 3339 in UTC.
pub fn at(hours: i64) -> String {
    let now = time::OffsetDateTime::now_utc();
    let t = now
        .replace_minute(0)
        .unwrap()
        .replace_second(0)
        .unwrap()
        .replace_nanosecond(0)
        .unwrap()
        + time::Duration::hours(hours);
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// A booking body from `from` to `to` hours ahead, of `q` items.
pub fn slot(from: i64, to: i64, q: i64) -> Value {
    json!({"starts_at": at(from), "ends_at": at(to), "quantity": q})
}

/// Books resource `id` as `who`, expecting `want`; returns the answer.
pub async fn book(app: &TestApp, who: &Person, id: &str, body: Value, want: u16) -> Value {
    app.post_as(
        who,
        &format!("/api/v1/resources/{id}/reservations"),
        body,
        want,
    )
    .await
}

/// The number of reservations of resource `id` in a state that holds items.
pub async fn holding(app: &TestApp, id: &str) -> i64 {
    app.count(format!(
        "SELECT COUNT(*) AS n FROM lending_reservations WHERE resource_id = '{id}' \
         AND state IN ('pending', 'confirmed', 'out')"
    ))
    .await
}
