//! Queries for discussion: threads, comments and the earlier versions of edited comments.
//! Plain reads and writes only; the rules live in `model` and the flows (with their
//! journal events) in `service`. Writes that depend on what was read are guarded in SQL,
//! so a concurrent change makes them touch no row instead of overwriting it.

use super::model::SubjectKind;
use crate::db::DbConn;
use crate::db::schema::{discussion_comment_edits, discussion_comments, discussion_threads};
use crate::error::AppError;
use diesel::prelude::*;

/// A thread as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = discussion_threads)]
pub struct ThreadRow {
    pub id: String,
    /// What the thread belongs to (see `scope`): `commons`, `organization`, `body` or
    /// `budget`.
    pub scope_kind: String,
    pub scope_id: String,
    /// 1 for a scope's first thread, then one more per thread, whatever its subject.
    pub number: i64,
    pub subject_kind: String,
    /// The scope's id, or the object's (contribution, decision, project, determination).
    pub subject_id: String,
    /// The contribution's or the decision's number; None for a thread on the scope.
    pub subject_number: Option<i64>,
    pub title: String,
    pub author_id: String,
    pub comment_count: i64,
    pub created_at: i64,
    /// The last comment's time (the thread's last activity).
    pub updated_at: i64,
}

/// A comment as stored; a tombstone has `deleted_at` set and an empty body.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = discussion_comments)]
pub struct CommentRow {
    pub id: String,
    pub thread_id: String,
    pub author_id: String,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
}

/// One earlier version of an edited comment: the text it had from `written_at` until
/// `replaced_at`.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = discussion_comment_edits)]
pub struct EditRow {
    pub id: String,
    pub comment_id: String,
    pub body: String,
    pub written_at: i64,
    pub replaced_at: i64,
}

/// The next thread number of a scope. Takes the scope's discussion lock so that
/// concurrent threads get distinct numbers (see `db::lock_key`).
pub fn next_thread_number(conn: &mut DbConn, scope_id: &str) -> Result<i64, AppError> {
    lock_threads(conn, scope_id)?;
    let max: Option<i64> = discussion_threads::table
        .filter(discussion_threads::scope_id.eq(scope_id))
        .select(diesel::dsl::max(discussion_threads::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

/// Serializes the writers that create threads in one scope until the transaction ends.
pub fn lock_threads(conn: &mut DbConn, scope_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("discussion-threads:{scope_id}"))
}

pub fn insert_thread(conn: &mut DbConn, row: &ThreadRow) -> Result<(), AppError> {
    diesel::insert_into(discussion_threads::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn thread_by_number(
    conn: &mut DbConn,
    scope_id: &str,
    number: i64,
) -> Result<Option<ThreadRow>, AppError> {
    Ok(discussion_threads::table
        .filter(discussion_threads::scope_id.eq(scope_id))
        .filter(discussion_threads::number.eq(number))
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn thread_by_id(conn: &mut DbConn, id: &str) -> Result<Option<ThreadRow>, AppError> {
    Ok(discussion_threads::table
        .filter(discussion_threads::id.eq(id))
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()?)
}

/// The discussion of an object (a contribution, a decision, a project, a determination),
/// if someone has commented on it yet.
pub fn thread_of_subject(
    conn: &mut DbConn,
    kind: SubjectKind,
    subject_id: &str,
) -> Result<Option<ThreadRow>, AppError> {
    Ok(discussion_threads::table
        .filter(discussion_threads::subject_kind.eq(kind.as_str()))
        .filter(discussion_threads::subject_id.eq(subject_id))
        .select(ThreadRow::as_select())
        .first(conn)
        .optional()?)
}

/// Threads of a scope with their authors' handles, most recently active first (then by
/// number), after the thread `(updated_at, number)` when given.
pub fn threads(
    conn: &mut DbConn,
    scope_id: &str,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<(ThreadRow, String)>, AppError> {
    let mut query = discussion_threads::table
        .filter(discussion_threads::scope_id.eq(scope_id.to_string()))
        .select(ThreadRow::as_select())
        .into_boxed();
    if let Some((updated_at, number)) = after {
        query = query.filter(
            discussion_threads::updated_at
                .lt(updated_at)
                .or(discussion_threads::updated_at
                    .eq(updated_at)
                    .and(discussion_threads::number.lt(number))),
        );
    }
    let rows: Vec<ThreadRow> = query
        .order((
            discussion_threads::updated_at.desc(),
            discussion_threads::number.desc(),
        ))
        .limit(limit)
        .load(conn)?;
    crate::accounts::with_handles(conn, rows, |t| &t.author_id)
}

/// Counts one more comment and marks the thread active now, while it has room.
/// False, changing nothing, when the thread holds `limit` comments already. The count is
/// checked in the same statement that raises it: on PostgreSQL a concurrent writer waits
/// for this row and then sees the raised count, so no two writers both take the last place.
pub fn bump_thread(
    conn: &mut DbConn,
    thread_id: &str,
    now: i64,
    limit: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        discussion_threads::table
            .filter(discussion_threads::id.eq(thread_id))
            .filter(discussion_threads::comment_count.lt(limit)),
    )
    .set((
        discussion_threads::comment_count.eq(discussion_threads::comment_count + 1),
        discussion_threads::updated_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn insert_comment(conn: &mut DbConn, row: &CommentRow) -> Result<(), AppError> {
    diesel::insert_into(discussion_comments::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn comment_by_id(
    conn: &mut DbConn,
    id: &str,
) -> Result<Option<(CommentRow, String)>, AppError> {
    let row: Option<CommentRow> = discussion_comments::table
        .filter(discussion_comments::id.eq(id))
        .select(CommentRow::as_select())
        .first(conn)
        .optional()?;
    Ok(crate::accounts::with_handles(conn, row.into_iter().collect(), |c| &c.author_id)?.pop())
}

/// A thread's comments with their authors' handles, oldest first (ids are UUIDv7, so
/// they break ties in creation order).
pub fn comments(conn: &mut DbConn, thread_id: &str) -> Result<Vec<(CommentRow, String)>, AppError> {
    let rows: Vec<CommentRow> = discussion_comments::table
        .filter(discussion_comments::thread_id.eq(thread_id))
        .select(CommentRow::as_select())
        .order((
            discussion_comments::created_at.asc(),
            discussion_comments::id.asc(),
        ))
        .load(conn)?;
    crate::accounts::with_handles(conn, rows, |c| &c.author_id)
}

/// Replaces the text of a live comment whose text is still `expected`; false when it was
/// edited or deleted meanwhile.
pub fn replace_body(
    conn: &mut DbConn,
    id: &str,
    expected: &str,
    body: &str,
    now: i64,
) -> Result<bool, AppError> {
    let n = diesel::update(
        discussion_comments::table
            .filter(discussion_comments::id.eq(id))
            .filter(discussion_comments::body.eq(expected))
            .filter(discussion_comments::deleted_at.is_null()),
    )
    .set((
        discussion_comments::body.eq(body),
        discussion_comments::edited_at.eq(now),
    ))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn insert_edit(conn: &mut DbConn, row: &EditRow) -> Result<(), AppError> {
    diesel::insert_into(discussion_comment_edits::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

/// Earlier versions of a comment, oldest first.
pub fn edits(conn: &mut DbConn, comment_id: &str) -> Result<Vec<EditRow>, AppError> {
    Ok(discussion_comment_edits::table
        .filter(discussion_comment_edits::comment_id.eq(comment_id))
        .select(EditRow::as_select())
        .order((
            discussion_comment_edits::replaced_at.asc(),
            discussion_comment_edits::id.asc(),
        ))
        .load(conn)?)
}

/// How many earlier versions a comment has.
pub fn count_edits(conn: &mut DbConn, comment_id: &str) -> Result<i64, AppError> {
    Ok(discussion_comment_edits::table
        .filter(discussion_comment_edits::comment_id.eq(comment_id))
        .count()
        .get_result(conn)?)
}

/// Turns a live comment into a tombstone: its text and every earlier version are
/// removed, its place in the thread stays. False when it was deleted already.
pub fn tombstone(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let n = diesel::update(
        discussion_comments::table
            .filter(discussion_comments::id.eq(id))
            .filter(discussion_comments::deleted_at.is_null()),
    )
    .set((
        discussion_comments::body.eq(""),
        discussion_comments::deleted_at.eq(now),
    ))
    .execute(conn)?;
    if n == 1 {
        diesel::delete(
            discussion_comment_edits::table.filter(discussion_comment_edits::comment_id.eq(id)),
        )
        .execute(conn)?;
    }
    Ok(n == 1)
}

/// The comments (not deleted) on the threads of a scope written in `[since, until)`,
/// oldest first: (author id, when).
pub fn comments_of_scope(
    conn: &mut DbConn,
    scope_kind: &str,
    scope_id: &str,
    since: i64,
    until: i64,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(discussion_comments::table
        .inner_join(discussion_threads::table)
        .filter(discussion_threads::scope_kind.eq(scope_kind))
        .filter(discussion_threads::scope_id.eq(scope_id))
        .filter(discussion_comments::deleted_at.is_null())
        .filter(discussion_comments::created_at.ge(since))
        .filter(discussion_comments::created_at.lt(until))
        .order((
            discussion_comments::created_at.asc(),
            discussion_comments::id.asc(),
        ))
        .select((
            discussion_comments::author_id,
            discussion_comments::created_at,
        ))
        .load(conn)?)
}
