//! Journal queries: append one event inside the caller's transaction, and read pages of it.

use super::model::{Event, Filter, ObjectRef};
use super::types::EventType;
use crate::db::fixed::{Bind, Fixed};
use crate::db::schema::journal;
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::export::secret_key;
use diesel::prelude::*;

/// Largest page any feed serves.
pub const MAX_PAGE: i64 = 100;

/// Appends one event. Call it inside the write transaction of the change it records, so
/// that a rolled-back change leaves no event and a committed one always has its event.
pub fn record<P: serde::Serialize>(
    conn: &mut DbConn,
    actor: Option<&str>,
    kind: &EventType<P>,
    object: &ObjectRef,
    summary: &str,
    payload: &P,
) -> Result<String, AppError> {
    let payload = serde_json::to_value(payload).map_err(AppError::internal)?;
    if let Some(key) = secret_key(&payload) {
        return Err(AppError::internal(anyhow::anyhow!(
            "refusing to journal a payload with secret key {key:?} ({})",
            kind.name
        )));
    }
    if object.kind != kind.object || !object.kind.verbs().contains(&kind.verb) {
        return Err(AppError::internal(anyhow::anyhow!(
            "{} is declared for {} {} but written about a {}: fix its declaration",
            kind.name,
            kind.verb.as_str(),
            kind.object.as_str(),
            object.kind.as_str()
        )));
    }
    lock_appends(conn)?;
    let id = crate::db::new_id();
    // Fixed text: diesel writes out a single-row INSERT's SQL on every run.
    let (at, payload, context) = (now_ms(), payload.to_string(), object.stored_context());
    // Appends are serialized from here (the lock above, or SQLite's one writer), so the
    // newest event is the one this one follows.
    let previous = super::chain::last_hash(conn)?;
    let hash = super::chain::link(
        &previous,
        &super::chain::Linked {
            id: &id,
            at,
            actor,
            verb: kind.verb.as_str(),
            kind: kind.name,
            object_type: object.kind.as_str(),
            object_id: &object.id,
            object_url: &object.url,
            context: &context,
            summary,
            payload: &payload,
        },
    );
    Fixed::insert(
        "INSERT INTO journal (id, at, actor, verb, object_type, object_id, object_url, summary, \
         payload, kind, context, hash)",
        vec![
            Bind::Text(&id),
            Bind::BigInt(at),
            Bind::OptText(actor),
            Bind::Text(kind.verb.as_str()),
            Bind::Text(object.kind.as_str()),
            Bind::Text(&object.id),
            Bind::Text(&object.url),
            Bind::Text(summary),
            Bind::Text(&payload),
            Bind::Text(kind.name),
            Bind::Text(&context),
            Bind::Text(&hash),
        ],
    )
    .run(conn)?;
    Ok(id)
}

/// Serializes appends until the caller's transaction ends. PostgreSQL hands out identity
/// values before commit, so two concurrent writers could commit seq 8 after a reader saw
/// seq 9, and a resuming SSE client would skip 8; and each event's hash follows the one
/// before it. Taking one transaction-scoped lock before the insert makes journal appends
/// commit in seq order, one after the other. SQLite has a single writer already.
pub fn lock_appends(conn: &mut DbConn) -> Result<(), AppError> {
    if let DbConn::Postgres(_) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(7460)").execute(conn)?;
    }
    Ok(())
}

/// Newest first, strictly before `before` when given; at most `MAX_PAGE + 1` rows, so that
/// a caller serving a page of `MAX_PAGE` can read the one extra row that says another page
/// follows.
pub fn page(
    conn: &mut DbConn,
    filter: &Filter,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<Event>, AppError> {
    if filter.actor.is_none()
        && filter.object_type.is_none()
        && filter.object_id.is_none()
        && filter.context.is_none()
    {
        // The unfiltered page is the hot path (home page, /activity, feeds). A query of
        // fixed shape lets diesel reuse the prepared statement; a boxed one is prepared
        // again on every request.
        return Ok(journal::table
            .select(Event::as_select())
            .filter(journal::seq.lt(before.unwrap_or(i64::MAX)))
            .order(journal::seq.desc())
            .limit(limit.clamp(1, MAX_PAGE + 1))
            .load(conn)?);
    }
    let limit = limit.clamp(1, MAX_PAGE + 1);
    // The other filters, applied to each read below.
    macro_rules! narrowed {
        () => {{
            let mut q = journal::table.select(Event::as_select()).into_boxed();
            if let Some(a) = &filter.actor {
                q = q.filter(journal::actor.eq(a.clone()));
            }
            if let Some(t) = &filter.object_type {
                q = q.filter(journal::object_type.eq(t.clone()));
            }
            if let Some(o) = &filter.object_id {
                q = q.filter(journal::object_id.eq(o.clone()));
            }
            if let Some(b) = before {
                q = q.filter(journal::seq.lt(b));
            }
            q.order(journal::seq.desc()).limit(limit)
        }};
    }
    let Some(context) = &filter.context else {
        return Ok(narrowed!().load(conn)?);
    };
    // A record is the events stored in its context, and those about its object that belong
    // to another's (a fork's creation is in its parent's record and its own): two indexed
    // reads, each at most a page, merged newest first.
    let stored = context.stored();
    let mut events: Vec<Event> = narrowed!()
        .filter(journal::context.eq(stored.clone()))
        .load(conn)?;
    let own: Vec<Event> = narrowed!()
        .filter(journal::object_type.eq(context.kind.as_str()))
        .filter(journal::object_id.eq(context.id.clone()))
        .filter(journal::context.ne(stored))
        .load(conn)?;
    if !own.is_empty() {
        events.extend(own);
        events.sort_by_key(|e| std::cmp::Reverse(e.seq));
        events.truncate(limit as usize);
    }
    Ok(events)
}

/// Oldest first, strictly after `after`: what a live subscriber has not seen yet.
pub fn after(conn: &mut DbConn, after: i64, limit: i64) -> Result<Vec<Event>, AppError> {
    Ok(journal::table
        .select(Event::as_select())
        .filter(journal::seq.gt(after))
        .order(journal::seq.asc())
        .limit(limit.clamp(1, MAX_PAGE))
        .load(conn)?)
}

/// The newest seq, 0 for an empty journal.
pub fn last_seq(conn: &mut DbConn) -> Result<i64, AppError> {
    Ok(journal::table
        .select(diesel::dsl::max(journal::seq))
        .first::<Option<i64>>(conn)?
        .unwrap_or(0))
}

/// Number of events, for `/metrics`.
pub fn count(conn: &mut DbConn) -> Result<i64, AppError> {
    Ok(journal::table.count().get_result(conn)?)
}

/// Every event oldest first, in batches, for `commonfare export`.
pub fn for_each(
    conn: &mut DbConn,
    mut f: impl FnMut(&Event) -> Result<(), AppError>,
) -> Result<(), AppError> {
    let mut last = 0;
    loop {
        let batch: Vec<Event> = journal::table
            .select(Event::as_select())
            .filter(journal::seq.gt(last))
            .order(journal::seq.asc())
            .limit(1000)
            .load(conn)?;
        let Some(end) = batch.last() else {
            return Ok(());
        };
        last = end.seq;
        for e in &batch {
            f(e)?;
        }
    }
}
