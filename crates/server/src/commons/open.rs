//! Whether a commons still takes changes: a deleted one answers every change with a 410
//! that says who deleted it and when, and where its work goes on. Every flow that changes
//! a commons (and every fork or offer that involves one) asks this first; it needs only
//! the store, so that the flows and the deletion can all use it.

use super::store::{self, CommonsRow};
use crate::db::DbConn;
use crate::error::{AppError, detail};
use axum::http::StatusCode;

/// A 410 `commons_deleted` when the commons was deleted: every change to a commons (and
/// every fork or offer that involves it) checks this first.
pub fn ensure_open(conn: &mut DbConn, c: &CommonsRow) -> Result<(), AppError> {
    let Some(at) = c.deleted_at else {
        return Ok(());
    };
    let forks = store::open_fork_handles(conn, &c.id)?;
    let when = crate::web::human_time(at);
    let detail = match (&c.deleted_by, forks.is_empty()) {
        (Some(id), true) => detail!(
            "problem-commons-deleted-by",
            commons = &c.handle,
            by = store::handle_of(conn, id)?,
            when = when
        ),
        (Some(id), false) => detail!(
            "problem-commons-deleted-by-forked",
            commons = &c.handle,
            by = store::handle_of(conn, id)?,
            when = when,
            forks = forks.join(", ")
        ),
        (None, true) => detail!("problem-commons-deleted", commons = &c.handle, when = when),
        (None, false) => detail!(
            "problem-commons-deleted-forked",
            commons = &c.handle,
            when = when,
            forks = forks.join(", ")
        ),
    };
    Err(AppError::new(StatusCode::GONE, "commons_deleted", detail))
}

/// [`ensure_open`] for the commons `id`, kept open until the caller's transaction ends:
/// on PostgreSQL its row is read `FOR SHARE`, so a deletion racing the caller waits for
/// it (and a caller after the deletion reads it deleted); SQLite has a single writer.
/// For flows of other domains that must not start something new for a deleted commons
/// (a booking of a thing it stewards).
pub fn ensure_open_held(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    store::share_lock(conn, id)?;
    let c = store::commons_by_id(conn, id)?;
    ensure_open(conn, &c)
}
