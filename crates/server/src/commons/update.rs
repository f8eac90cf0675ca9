//! The author's update of a change: a new version against a (usually newer) base, which
//! sends a contribution waiting for changes back to `proposed`. Only the author may do it,
//! only while the contribution is open, and only with the same type (rules in the model).

use super::events;
use super::model::PersonId;
use super::model::access::Standing;
use super::model::blob::FileLimits;
use super::model::contribution::{ContributionKind, Transition, check_update_kind};
use super::model::review::decide;
use super::service::{
    FileInput, body_of, build_change, contribution_ref, journal_body, parse_state,
};
use super::store::{self, CommonsRow, ContributionRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;

#[allow(clippy::too_many_arguments)]
pub fn update_change(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    number: i64,
    base: Option<&str>,
    message: &str,
    files: Vec<FileInput>,
    limits: &FileLimits,
) -> Result<ContributionRow, AppError> {
    super::open::ensure_open(conn, c)?;
    let k = store::contribution_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-contribution",
            number = number.to_string(),
            commons = &c.handle
        ))
    })?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    let actor_id = actor.id.clone();
    let standing = Standing::of(
        Some(&actor_id),
        &maintainers,
        Some(&PersonId(k.author_id.clone())),
    );
    let current = body_of(&k)?;
    let next = decide(
        standing,
        parse_state(&k.state)?,
        &current,
        Transition::Update,
        None,
    )?
    .state();
    let change = build_change(conn, c, base, message, files, limits)?;
    let (base_id, message) = (change.base.0.clone(), change.message.clone());
    let new = ContributionKind::Change(change);
    check_update_kind(&current, &new)?;
    let body = serde_json::to_string(&new).map_err(AppError::internal)?;
    let now = now_ms();
    if !store::update_contribution(
        conn,
        &k,
        next.as_str(),
        Some(&base_id),
        &message,
        &body,
        now,
    )? {
        return Err(AppError::conflict(
            "contribution_moved",
            detail!("problem-contribution-decided", number = number.to_string()),
        ));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::UPDATED,
        &contribution_ref(c, &k),
        &format!(
            "@{} updated contribution #{number} to {}",
            actor.handle, c.handle
        ),
        &events::Proposed {
            commons: c.handle.clone(),
            number,
            from: Some(k.state.clone()),
            to: Some(next.as_str().into()),
            contribution: journal_body(&new),
        },
    )?;
    Ok(ContributionRow {
        state: next.as_str().into(),
        base_revision_id: Some(base_id),
        message,
        body,
        updated_at: now,
        ..k
    })
}
