//! The journal's running hash: each event carries the SHA-256 of the previous event's
//! hash and its own stored fields, so the newest hash seals the whole history. Appends
//! are serialized (one writer on SQLite, a transaction lock on PostgreSQL), which makes
//! the chain a line in `seq` order. Events are never changed or deleted, so recomputing
//! the chain from the first event (`commonfare verify`) either ends on the stored head
//! or names the first event whose stored hash differs: the first one changed from outside
//! the server, or the one after an event removed.

use super::model::Event;
use crate::db::DbConn;
use crate::db::schema::journal;
use crate::error::AppError;
use diesel::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

/// The hash before the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields an event's hash covers, as stored (the payload as its exact text).
pub struct Linked<'a> {
    pub id: &'a str,
    pub at: i64,
    pub actor: Option<&'a str>,
    pub verb: &'a str,
    pub kind: &'a str,
    pub object_type: &'a str,
    pub object_id: &'a str,
    pub object_url: &'a str,
    pub context: &'a str,
    pub summary: &'a str,
    pub payload: &'a str,
}

impl<'a> Linked<'a> {
    pub fn of(e: &'a Event) -> Linked<'a> {
        Linked {
            id: &e.id,
            at: e.at,
            actor: e.actor.as_deref(),
            verb: &e.verb,
            kind: &e.kind,
            object_type: &e.object_type,
            object_id: &e.object_id,
            object_url: &e.object_url,
            context: &e.context,
            summary: &e.summary,
            payload: &e.payload,
        }
    }
}

/// The hash of an event that follows `previous`: SHA-256 over a version tag, the previous
/// hash and each field prefixed by its length in bytes (so no two events' fields run
/// together the same way), in hex.
pub fn link(previous: &str, e: &Linked<'_>) -> String {
    let mut h = Sha256::new();
    h.update(b"commonfare-journal-v1\n");
    h.update(previous.as_bytes());
    h.update(b"\n");
    let mut field = |s: &str| {
        h.update(s.len().to_string().as_bytes());
        h.update(b":");
        h.update(s.as_bytes());
        h.update(b"\n");
    };
    field(e.id);
    field(&e.at.to_string());
    field(e.actor.unwrap_or("-"));
    field(e.verb);
    field(e.kind);
    field(e.object_type);
    field(e.object_id);
    field(e.object_url);
    field(e.context);
    field(e.summary);
    field(e.payload);
    crate::web::hex(&h.finalize())
}

/// The hash of the newest event (`GENESIS` for an empty journal). Read it under the
/// append lock, so that no other append falls between it and the caller's.
pub fn last_hash(conn: &mut DbConn) -> Result<String, AppError> {
    let last: Option<Option<String>> = journal::table
        .select(journal::hash)
        .order(journal::seq.desc())
        .first(conn)
        .optional()?;
    Ok(last.flatten().unwrap_or_else(|| GENESIS.to_string()))
}

/// The newest event's position and hash: what a treasury page or a mirror shows to be
/// compared later.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Head {
    /// Position of the newest event (0 for an empty journal).
    pub seq: i64,
    /// Its running hash (64 zeros for an empty journal).
    pub hash: String,
    /// Number of events.
    pub events: i64,
}

pub fn head(conn: &mut DbConn) -> Result<Head, AppError> {
    let last: Option<(i64, Option<String>)> = journal::table
        .select((journal::seq, journal::hash))
        .order(journal::seq.desc())
        .first(conn)
        .optional()?;
    let events = super::store::count(conn)?;
    Ok(match last {
        Some((seq, hash)) => Head {
            seq,
            hash: hash.unwrap_or_else(|| GENESIS.to_string()),
            events,
        },
        None => Head {
            seq: 0,
            hash: GENESIS.to_string(),
            events,
        },
    })
}

/// The running hash stored with one event, by id.
pub fn hash_of(conn: &mut DbConn, event_id: &str) -> Result<Option<(i64, String)>, AppError> {
    let row: Option<(i64, Option<String>)> = journal::table
        .select((journal::seq, journal::hash))
        .filter(journal::id.eq(event_id))
        .first(conn)
        .optional()?;
    Ok(row.and_then(|(seq, h)| h.map(|h| (seq, h))))
}

/// Events read per batch while walking the chain.
const BATCH: i64 = 2_000;

/// Gives a hash to the events written before the journal had one (oldest first), in one
/// transaction of the caller's. Returns how many it sealed.
pub fn seal_backlog(conn: &mut DbConn) -> Result<u64, AppError> {
    super::store::lock_appends(conn)?;
    let mut sealed = 0;
    loop {
        let batch: Vec<Event> = journal::table
            .select(Event::as_select())
            .filter(journal::hash.is_null())
            .order(journal::seq.asc())
            .limit(BATCH)
            .load(conn)?;
        let Some(first) = batch.first() else {
            return Ok(sealed);
        };
        let mut previous: String = journal::table
            .select(journal::hash)
            .filter(journal::seq.lt(first.seq))
            .order(journal::seq.desc())
            .first::<Option<String>>(conn)
            .optional()?
            .flatten()
            .unwrap_or_else(|| GENESIS.to_string());
        for e in &batch {
            previous = link(&previous, &Linked::of(e));
            diesel::update(journal::table.filter(journal::seq.eq(e.seq)))
                .set(journal::hash.eq(&previous))
                .execute(conn)?;
            sealed += 1;
        }
    }
}

/// The first event whose stored hash is not the one recomputed from the chain.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Difference {
    pub seq: i64,
    pub id: String,
    pub kind: String,
    pub object_url: String,
    /// The hash stored with the event (none if it has none).
    pub stored: Option<String>,
    /// The hash its fields and the previous event's hash give.
    pub computed: String,
}

/// What recomputing the chain found.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Verification {
    /// Events walked.
    pub events: u64,
    /// The recomputed hash of the newest event (the head, when nothing differs).
    pub head: String,
    /// The first event that differs, if any.
    pub first_difference: Option<Difference>,
}

/// Recomputes the chain from the first event, calling `progress` with the number of
/// events walked after each batch; stops at the first event that differs.
pub fn verify(conn: &mut DbConn, mut progress: impl FnMut(u64)) -> Result<Verification, AppError> {
    let (mut last, mut walked) = (0_i64, 0_u64);
    let mut previous = GENESIS.to_string();
    loop {
        let batch: Vec<Event> = journal::table
            .select(Event::as_select())
            .filter(journal::seq.gt(last))
            .order(journal::seq.asc())
            .limit(BATCH)
            .load(conn)?;
        let Some(end) = batch.last() else {
            return Ok(Verification {
                events: walked,
                head: previous,
                first_difference: None,
            });
        };
        last = end.seq;
        for e in &batch {
            let stored = &e.hash;
            let computed = link(&previous, &Linked::of(e));
            walked += 1;
            if stored.as_deref() != Some(computed.as_str()) {
                return Ok(Verification {
                    events: walked,
                    head: computed.clone(),
                    first_difference: Some(Difference {
                        seq: e.seq,
                        id: e.id.clone(),
                        kind: e.kind.clone(),
                        object_url: e.object_url.clone(),
                        stored: stored.clone(),
                        computed,
                    }),
                });
            }
            previous = computed;
        }
        progress(walked);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event<'a>(id: &'a str, payload: &'a str) -> Linked<'a> {
        Linked {
            id,
            at: 1,
            actor: Some("ana"),
            verb: "create",
            kind: "commons.created",
            object_type: "commons",
            object_id: "c1",
            object_url: "/commons/c1",
            context: "commons:c1",
            summary: "ana created c1",
            payload,
        }
    }

    #[test]
    fn each_field_and_the_previous_hash_change_the_link() {
        let base = link(GENESIS, &event("e1", "{}"));
        assert_eq!(base.len(), 64);
        assert_eq!(base, link(GENESIS, &event("e1", "{}")));
        assert_ne!(base, link(GENESIS, &event("e1", "{ }")));
        assert_ne!(base, link(GENESIS, &event("e2", "{}")));
        assert_ne!(base, link(&base, &event("e1", "{}")));
        let mut no_actor = event("e1", "{}");
        no_actor.actor = None;
        assert_ne!(base, link(GENESIS, &no_actor));
    }

    #[test]
    fn fields_do_not_run_together() {
        let mut a = event("e1", "{}");
        a.summary = "ab";
        a.payload = "c";
        let mut b = event("e1", "{}");
        b.summary = "a";
        b.payload = "bc";
        assert_ne!(link(GENESIS, &a), link(GENESIS, &b));
    }
}
