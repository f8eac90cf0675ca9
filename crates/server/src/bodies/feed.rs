//! A person's private Atom feed of the decisions they can take part in — open ones,
//! those closing within two days, and the latest decided — read by a feed reader with a
//! secret token in its address, so that no email server is needed. The token is made
//! or replaced by its owner, shown once, and stored only as its SHA-256; it is never
//! journaled, and replacing it cuts off the old address.

use super::model;
use super::service;
use super::store;
use super::views::{self, DecisionView};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail};
use crate::web::actor::Actor;

/// An open decision closing within this much is "closing soon".
pub const SOON_MS: i64 = 48 * 3_600_000;
/// Decided decisions the feed lists at most.
pub const DECIDED: i64 = 20;

/// Makes (or replaces) `actor`'s feed token; gives the token, to be shown once.
pub fn rotate(conn: &mut DbConn, actor: &Actor) -> Result<String, AppError> {
    let token = crate::web::random_token();
    store::set_feed_token(conn, actor.id.as_str(), &model::sha256(&token), now_ms())?;
    Ok(token)
}

/// When `actor`'s feed token was made, if they have one.
pub fn made(conn: &mut DbConn, actor: &Actor) -> Result<Option<i64>, AppError> {
    store::feed_token_made(conn, actor.id.as_str())
}

/// Where a decision stands for its feed entry: `open`, `closing` (soon) or `decided`.
pub struct Item {
    pub status: &'static str,
    pub v: DecisionView,
    /// When it last changed (Unix milliseconds).
    pub updated: i64,
}

/// The feed of the token's owner; a 404 for a token nobody holds (or no longer holds).
pub fn items(conn: &mut DbConn, token: &str) -> Result<Vec<Item>, AppError> {
    let person = store::feed_owner(conn, &model::sha256(token))?
        .ok_or_else(|| AppError::not_found(detail!("problem-bodies-no-feed")))?;
    let now = now_ms();
    let mut out = Vec::new();
    for (d, _) in store::open_for(conn, &person)? {
        let soon = d.closes_at - now <= SOON_MS;
        let updated = d.opened_at.unwrap_or(d.updated_at);
        let loc = service::locate(conn, d)?;
        out.push(Item {
            status: if soon { "closing" } else { "open" },
            v: views::decision_view(conn, &loc, false)?,
            updated,
        });
    }
    for d in store::decided_for(conn, &person, DECIDED)? {
        let updated = d.closed_at.unwrap_or(d.updated_at);
        let loc = service::locate(conn, d)?;
        out.push(Item {
            status: "decided",
            v: views::decision_view(conn, &loc, false)?,
            updated,
        });
    }
    Ok(out)
}
