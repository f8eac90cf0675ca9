//! The flows of discussion shared by the API and the pages: start a thread in a scope (a
//! commons, an organization, a body, a budget process), comment on a thread or on an
//! object inside a scope (a contribution, a decision, a project, a determination: its
//! thread opens with the first comment),
//! edit a comment (the earlier text is kept as a version) and delete one (a tombstone
//! stays). Each runs inside the caller's write transaction and records its journal event
//! there, so a refusal anywhere leaves nothing half-written.
//!
//! Journal payloads name the thread and the comment but never carry a comment's text:
//! the journal is append-only, and a text that its author deleted must be gone for good.

use super::events;
use super::model::{self, Body, CommentAction, CommentState, DiscussionError, SubjectKind, Title};
use super::scope::{Scope, ScopeKind};
use super::store::{self, CommentRow, EditRow, ThreadRow};
use super::subject::{self, Subject};
use crate::commons::{self as commons_store, CommonsRow, ContributionRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::ObjectKind;
use crate::journal::{self, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;

/// Model refusals become client errors with the model's stable code: 401 for want of a
/// sign-in, 403 for a stranger, 409 for a comment or thread whose state forbids it, 422
/// for everything the input breaks.
impl From<DiscussionError> for AppError {
    #[track_caller]
    fn from(e: DiscussionError) -> Self {
        let status = match &e {
            DiscussionError::NotSignedIn { .. } => StatusCode::UNAUTHORIZED,
            DiscussionError::NotAuthor { .. } => StatusCode::FORBIDDEN,
            DiscussionError::CommentDeleted { .. } | DiscussionError::ThreadFull { .. } => {
                StatusCode::CONFLICT
            }
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

/// Where a thread is read: its own page for a thread on the scope, the object's page for
/// an object's discussion (a contribution's, a decision's, a project's, a determination's).
pub fn home_url(s: &Scope, t: &ThreadRow) -> String {
    subject::page_of(s, &t.subject_kind, &t.subject_id, t.subject_number)
        .unwrap_or_else(|| format!("{}/threads/{}", s.url(), t.number))
}

/// The address of one comment on its thread's home page.
pub fn comment_url(s: &Scope, t: &ThreadRow, comment_id: &str) -> String {
    format!("{}#comment-{comment_id}", home_url(s, t))
}

/// The object a thread is on, as journal lines name it: an organization by `@handle`, a
/// commons by its bare handle, a body as `org/slug`, a budget process by its title.
fn on_name(s: &Scope) -> String {
    match s.kind {
        ScopeKind::Organization => format!("@{}", s.handle),
        ScopeKind::Commons | ScopeKind::Body => s.handle.clone(),
        ScopeKind::Budget => s.name.clone(),
    }
}

fn thread_ref(s: &Scope, t: &ThreadRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Thread,
        id: t.id.clone(),
        url: home_url(s, t),
        context: Some(s.context()),
    }
}

fn comment_ref(s: &Scope, t: &ThreadRow, comment_id: &str) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Comment,
        id: comment_id.to_string(),
        url: comment_url(s, t, comment_id),
        context: Some(s.context()),
    }
}

/// The thread `number` of a scope, or a 404 that names it.
pub fn require_thread(conn: &mut DbConn, s: &Scope, number: i64) -> Result<ThreadRow, AppError> {
    store::thread_by_number(conn, &s.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-thread",
            number = number.to_string(),
            scope = &s.handle
        ))
    })
}

/// The contribution `number` of a commons, or a 404 that names it.
pub fn require_contribution(
    conn: &mut DbConn,
    c: &CommonsRow,
    number: i64,
) -> Result<ContributionRow, AppError> {
    commons_store::contribution_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-contribution",
            number = number.to_string(),
            commons = &c.handle
        ))
    })
}

/// A comment with its author's handle, its thread and the thread's scope, or a 404.
pub struct Located {
    pub comment: CommentRow,
    pub author: String,
    pub thread: ThreadRow,
    pub scope: Scope,
}

pub fn require_comment(conn: &mut DbConn, id: &str) -> Result<Located, AppError> {
    let missing = || AppError::not_found(detail!("problem-no-comment", id = shown(id, 40)));
    let (comment, author) = store::comment_by_id(conn, id)?.ok_or_else(missing)?;
    let thread = store::thread_by_id(conn, &comment.thread_id)?.ok_or_else(missing)?;
    let scope = Scope::stored(conn, &thread.scope_kind, &thread.scope_id)?;
    Ok(Located {
        comment,
        author,
        thread,
        scope,
    })
}

/// Starts a thread in a scope with its first comment (anyone signed in). One journal
/// event: the thread's creation, naming its first comment.
pub fn start_thread(
    conn: &mut DbConn,
    actor: &Actor,
    s: &Scope,
    title: &str,
    body: &str,
) -> Result<(ThreadRow, CommentRow), AppError> {
    s.ensure_open(conn)?;
    model::may_comment(Some(&actor.handle), 0)?;
    let title = Title::parse(title)?;
    let body = Body::parse(body)?;
    let now = now_ms();
    let thread = ThreadRow {
        id: new_id(),
        scope_kind: s.kind.as_str().into(),
        scope_id: s.id.clone(),
        number: store::next_thread_number(conn, &s.id)?,
        subject_kind: s.kind.subject().as_str().into(),
        subject_id: s.id.clone(),
        subject_number: None,
        title: title.as_str().to_string(),
        author_id: actor.id.0.clone(),
        comment_count: 0,
        created_at: now,
        updated_at: now,
    };
    store::insert_thread(conn, &thread)?;
    let (thread, comment) = add_comment(conn, actor, thread, &body, now)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::STARTED,
        &thread_ref(s, &thread),
        &format!(
            "@{} started the thread “{}” on {}",
            actor.handle,
            thread.title,
            on_name(s)
        ),
        &events::Started {
            on: s.into(),
            thread: thread.number,
            title: thread.title.clone(),
            subject: thread.subject_kind.clone(),
            comment: comment.id.clone(),
        },
    )?;
    Ok((thread, comment))
}

/// Adds a comment to a thread (anyone signed in, while the thread has room).
pub fn comment(
    conn: &mut DbConn,
    actor: &Actor,
    s: &Scope,
    thread: ThreadRow,
    body: &str,
) -> Result<(ThreadRow, CommentRow), AppError> {
    s.ensure_open(conn)?;
    model::may_comment(Some(&actor.handle), thread.comment_count)?;
    let body = Body::parse(body)?;
    let (thread, comment) = add_comment(conn, actor, thread, &body, now_ms())?;
    record_comment(conn, actor, s, &thread, &comment, false)?;
    Ok((thread, comment))
}

/// Comments on a contribution; its discussion thread is opened by the first comment.
pub fn comment_on_contribution(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    k: &ContributionRow,
    body: &str,
) -> Result<(ThreadRow, CommentRow), AppError> {
    let subject = Subject {
        kind: SubjectKind::Contribution,
        id: k.id.clone(),
        number: Some(k.number),
        title: model::contribution_title(k.number, &k.message),
    };
    comment_on_subject(conn, actor, &Scope::of_commons(c), &subject, body)
}

/// Comments on an object inside a scope (anyone signed in); its discussion thread is
/// opened by the first comment. Under the scope's thread lock, so that two first
/// comments open one thread (a unique index keeps it so whatever the writer).
pub fn comment_on_subject(
    conn: &mut DbConn,
    actor: &Actor,
    s: &Scope,
    subject: &Subject,
    body: &str,
) -> Result<(ThreadRow, CommentRow), AppError> {
    s.ensure_open(conn)?;
    model::may_comment(Some(&actor.handle), 0)?;
    let body = Body::parse(body)?;
    store::lock_threads(conn, &s.id)?;
    let (thread, opened) = match store::thread_of_subject(conn, subject.kind, &subject.id)? {
        Some(t) => (t, false),
        None => {
            let now = now_ms();
            let t = ThreadRow {
                id: new_id(),
                scope_kind: s.kind.as_str().into(),
                scope_id: s.id.clone(),
                number: store::next_thread_number(conn, &s.id)?,
                subject_kind: subject.kind.as_str().into(),
                subject_id: subject.id.clone(),
                subject_number: subject.number,
                title: subject.title.as_str().to_string(),
                author_id: actor.id.0.clone(),
                comment_count: 0,
                created_at: now,
                updated_at: now,
            };
            store::insert_thread(conn, &t)?;
            (t, true)
        }
    };
    model::may_comment(Some(&actor.handle), thread.comment_count)?;
    let (thread, comment) = add_comment(conn, actor, thread, &body, now_ms())?;
    record_comment(conn, actor, s, &thread, &comment, opened)?;
    Ok((thread, comment))
}

fn add_comment(
    conn: &mut DbConn,
    actor: &Actor,
    thread: ThreadRow,
    body: &Body,
    now: i64,
) -> Result<(ThreadRow, CommentRow), AppError> {
    let comment = CommentRow {
        id: new_id(),
        thread_id: thread.id.clone(),
        author_id: actor.id.0.clone(),
        body: body.as_str().to_string(),
        created_at: now,
        edited_at: None,
        deleted_at: None,
    };
    if !store::bump_thread(conn, &thread.id, now, model::MAX_COMMENTS_PER_THREAD)? {
        return Err(model::DiscussionError::ThreadFull {
            limit: model::MAX_COMMENTS_PER_THREAD,
        }
        .into());
    }
    store::insert_comment(conn, &comment)?;
    let thread = ThreadRow {
        comment_count: thread.comment_count + 1,
        updated_at: now,
        ..thread
    };
    Ok((thread, comment))
}

fn record_comment(
    conn: &mut DbConn,
    actor: &Actor,
    s: &Scope,
    thread: &ThreadRow,
    comment: &CommentRow,
    opened: bool,
) -> Result<(), AppError> {
    journal::record(
        conn,
        Some(&actor.handle),
        &events::WRITTEN,
        &comment_ref(s, thread, &comment.id),
        &format!(
            "@{} commented on “{}” ({})",
            actor.handle,
            thread.title,
            on_name(s)
        ),
        &events::Written {
            on: s.into(),
            thread: thread.number,
            comment: comment.id.clone(),
            contribution: thread
                .subject_number
                .filter(|_| thread.subject_kind == SubjectKind::Contribution.as_str()),
            opened_thread: opened,
            title: Some(thread.title.clone()),
            about: events::About::of(thread),
        },
    )?;
    Ok(())
}

/// The author replaces the text of a comment; the text it replaces is kept as an earlier
/// version. Sending the same text again changes nothing and records nothing.
/// The comment, once the model allows `actor` to do `action` to it (its author only).
fn own_comment(
    conn: &mut DbConn,
    actor: &Actor,
    comment_id: &str,
    action: CommentAction,
) -> Result<Located, AppError> {
    let found = require_comment(conn, comment_id)?;
    let c = &found.comment;
    model::authorize(
        Some(&actor.handle),
        &found.author,
        CommentState::of(c.edited_at, c.deleted_at),
        action,
    )?;
    Ok(found)
}

pub fn edit(
    conn: &mut DbConn,
    actor: &Actor,
    comment_id: &str,
    body: &str,
) -> Result<Located, AppError> {
    let found = own_comment(conn, actor, comment_id, CommentAction::Edit)?;
    let c = &found.comment;
    let body = Body::parse(body)?;
    if !model::is_change(&c.body, &body) {
        return Ok(found);
    }
    let now = now_ms();
    if !store::replace_body(conn, &c.id, &c.body, body.as_str(), now)? {
        return Err(moved());
    }
    store::insert_edit(
        conn,
        &EditRow {
            id: new_id(),
            comment_id: c.id.clone(),
            body: c.body.clone(),
            written_at: c.edited_at.unwrap_or(c.created_at),
            replaced_at: now,
        },
    )?;
    let versions = store::count_edits(conn, &c.id)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EDITED,
        &comment_ref(&found.scope, &found.thread, &c.id),
        &format!(
            "@{} edited a comment on “{}” ({})",
            actor.handle,
            found.thread.title,
            on_name(&found.scope)
        ),
        &events::Edited {
            on: (&found.scope).into(),
            thread: found.thread.number,
            comment: c.id.clone(),
            earlier_versions: versions,
            title: Some(found.thread.title.clone()),
        },
    )?;
    Ok(Located {
        comment: CommentRow {
            body: body.as_str().to_string(),
            edited_at: Some(now),
            ..found.comment
        },
        ..found
    })
}

/// The author deletes a comment: its text and earlier versions are removed, a tombstone
/// keeps its place, and the journal records the deletion (without the text).
pub fn delete(conn: &mut DbConn, actor: &Actor, comment_id: &str) -> Result<Located, AppError> {
    let found = own_comment(conn, actor, comment_id, CommentAction::Delete)?;
    let c = &found.comment;
    let now = now_ms();
    if !store::tombstone(conn, &c.id, now)? {
        return Err(moved());
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DELETED,
        &comment_ref(&found.scope, &found.thread, &c.id),
        &format!(
            "@{} deleted a comment on “{}” ({})",
            actor.handle,
            found.thread.title,
            on_name(&found.scope)
        ),
        &events::Deleted {
            on: (&found.scope).into(),
            thread: found.thread.number,
            comment: c.id.clone(),
            title: Some(found.thread.title.clone()),
        },
    )?;
    Ok(Located {
        comment: CommentRow {
            body: String::new(),
            deleted_at: Some(now),
            ..found.comment
        },
        ..found
    })
}

/// Another request edited or deleted the comment between our read and our write.
fn moved() -> AppError {
    AppError::conflict("comment_moved", detail!("problem-comment-moved"))
}
