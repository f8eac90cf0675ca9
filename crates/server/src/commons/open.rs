//! Whether a commons still takes changes: a deleted one answers every change with a 410
//! that says who deleted it and when, and where its work goes on. Every flow that changes
//! a commons (and every fork or offer that involves one) asks this first; it needs only
//! the store, so that the flows and the deletion can all use it.

use super::store::{self, CommonsRow};
use crate::db::DbConn;
use crate::error::AppError;
use axum::http::StatusCode;

/// A 410 `commons_deleted` when the commons was deleted: every change to a commons (and
/// every fork or offer that involves it) checks this first.
pub fn ensure_open(conn: &mut DbConn, c: &CommonsRow) -> Result<(), AppError> {
    let Some(at) = c.deleted_at else {
        return Ok(());
    };
    let by = match &c.deleted_by {
        Some(id) => format!(" by @{}", store::handle_of(conn, id)?),
        None => String::new(),
    };
    let forks = store::open_fork_handles(conn, &c.id)?;
    let carry_on = if forks.is_empty() {
        "its history stays readable, and nothing can change in it any more".to_string()
    } else {
        format!(
            "nothing can change in it any more; its work goes on in its forks: {}",
            forks.join(", ")
        )
    };
    Err(AppError::new(
        StatusCode::GONE,
        "commons_deleted",
        format!(
            "the commons `{}` was deleted{by} on {}; {carry_on}",
            c.handle,
            crate::web::human_time(at)
        ),
    ))
}
