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

#[allow(clippy::too_many_arguments)]
/// An author's update of one text file of their change from the contribution page: the
/// other files stay as proposed, and the new version is made against the head (so a change
/// asked for after a conflict lands on what is there now).
pub fn update_one_file(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    number: i64,
    path: &str,
    text: &str,
    message: &str,
    limits: &FileLimits,
) -> Result<ContributionRow, AppError> {
    use super::model::blob::FileKind;
    use super::model::tree::FileOp;
    use super::service::OpKind;
    let k = store::contribution_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-contribution",
            number = number.to_string(),
            commons = &c.handle
        ))
    })?;
    let ContributionKind::Change(change) = body_of(&k)? else {
        return Err(AppError::invalid(
            "not_a_change",
            detail!("problem-not-a-change", number = number.to_string()),
        ));
    };
    let head = super::revisions::head(conn, c)?;
    let head_tree = super::revisions::tree_of(conn, &head)?;
    let mut files = Vec::new();
    let mut found = false;
    for (p, op) in change.ops.iter() {
        let at_head = head_tree.get(p).is_some();
        let (kind, bytes) = if p.as_str() == path {
            found = true;
            (
                FileKind::Text,
                Some(text.replace("\r\n", "\n").into_bytes()),
            )
        } else {
            match op {
                FileOp::Delete => (FileKind::Text, None),
                FileOp::Add(e) | FileOp::Modify(e) => {
                    let bytes = store::get_blob(conn, &e.hash.to_hex())?.ok_or_else(|| {
                        AppError::internal(anyhow::anyhow!("blob of {p} is missing"))
                    })?;
                    (e.kind, Some(bytes))
                }
            }
        };
        let op = match (bytes.is_some(), at_head) {
            (false, true) => OpKind::Delete,
            // A file the head no longer has needs no deleting.
            (false, false) => continue,
            (true, true) => OpKind::Modify,
            (true, false) => OpKind::Add,
        };
        files.push(FileInput {
            path: p.to_string(),
            op,
            kind,
            bytes,
        });
    }
    if !found {
        return Err(AppError::not_found(detail!(
            "problem-no-proposed-file",
            path = crate::error::shown(path, 200),
            number = number.to_string()
        )));
    }
    update_change(
        conn,
        actor,
        c,
        number,
        Some(&head.id),
        message,
        files,
        limits,
    )
}
