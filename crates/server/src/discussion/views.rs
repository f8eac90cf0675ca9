//! What the API and the pages show of discussion: stored rows turned into public views
//! that name people by handle and threads by their number in their scope (a commons, an
//! organization). A deleted
//! comment shows as a tombstone: its author, times and state, never its text.

use super::model::{CommentState, SubjectKind};
use super::scope::Scope;
use super::service::{self, Located};
use super::store::{self, CommentRow, EditRow, ThreadRow};
use super::subject::Subject;
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ThreadView {
    /// The thread's number in its scope.
    pub number: i64,
    /// What the thread belongs to: `commons`, `organization`, `body` or `budget`.
    pub scope: String,
    /// The handle of that commons or organization, `org/slug` for a body, a budget
    /// process's id.
    pub handle: String,
    pub title: String,
    /// `commons`, `organization`, `body` or `budget` (a thread started on the scope as a
    /// whole), or the object whose discussion it is: `contribution`, `decision`,
    /// `project` or `determination`.
    pub subject: String,
    /// The contribution's number, for a contribution's discussion.
    pub contribution: Option<i64>,
    /// Handle of the person who started it.
    pub author: String,
    /// Comments, tombstones included.
    pub comments: i64,
    /// Unix milliseconds.
    pub created_at: i64,
    /// Unix milliseconds of the last comment.
    pub updated_at: i64,
    /// The page where the thread is read.
    pub url: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommentView {
    pub id: String,
    /// What the thread belongs to: `commons`, `organization`, `body` or `budget`.
    pub scope: String,
    /// The handle of that scope (see `ThreadView::handle`).
    pub handle: String,
    /// Number of the thread in its scope.
    pub thread: i64,
    pub author: String,
    /// `published`, `edited` or `deleted`.
    pub state: String,
    /// The Markdown text; absent once deleted.
    pub body: Option<String>,
    /// Unix milliseconds.
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub deleted_at: Option<i64>,
    /// The comment on its thread's page.
    pub url: String,
}

/// A thread with all its comments, oldest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ThreadDetail {
    pub thread: ThreadView,
    pub comments: Vec<CommentView>,
}

/// A contribution's discussion; `thread` is absent until the first comment.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContributionDiscussion {
    pub commons: String,
    pub contribution: i64,
    pub thread: Option<ThreadView>,
    pub comments: Vec<CommentView>,
}

/// The discussion of an object inside a scope — a decision of a body, a project of a
/// budget process, a determination of a commons; `thread` is absent until the first
/// comment.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SubjectDiscussion {
    /// The scope: `body`, `budget` or `commons`.
    pub scope: String,
    /// The scope's handle: `org/slug` for a body, a process's id, a commons' handle.
    pub handle: String,
    /// `decision`, `project` or `determination`.
    pub subject: String,
    /// The object's id.
    pub id: String,
    pub thread: Option<ThreadView>,
    pub comments: Vec<CommentView>,
}

/// One earlier text of an edited comment.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommentVersion {
    pub body: String,
    /// Unix milliseconds when this text was written.
    pub written_at: i64,
    /// Unix milliseconds when an edit replaced it.
    pub replaced_at: i64,
}

/// A comment as it is now and every earlier text, oldest first (none once deleted: a
/// deletion removes them too).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommentHistory {
    pub comment: CommentView,
    pub versions: Vec<CommentVersion>,
}

impl ThreadView {
    /// The last comment's time, for pages.
    pub fn last_active(&self) -> String {
        crate::web::human_time(self.updated_at)
    }

    /// Whether the thread is the discussion of a decision, a project or a determination
    /// (read on that object's page, which its page links to).
    pub fn is_on_object(&self) -> bool {
        matches!(
            self.subject.as_str(),
            "decision" | "project" | "determination"
        )
    }
}

pub fn thread_view(s: &Scope, t: &ThreadRow, author: &str) -> ThreadView {
    ThreadView {
        number: t.number,
        scope: s.kind.as_str().to_string(),
        handle: s.handle.clone(),
        title: t.title.clone(),
        subject: t.subject_kind.clone(),
        contribution: t
            .subject_number
            .filter(|_| t.subject_kind == SubjectKind::Contribution.as_str()),
        author: author.to_string(),
        comments: t.comment_count,
        created_at: t.created_at,
        updated_at: t.updated_at,
        url: service::home_url(s, t),
    }
}

pub fn comment_view(s: &Scope, t: &ThreadRow, c: &CommentRow, author: &str) -> CommentView {
    let state = CommentState::of(c.edited_at, c.deleted_at);
    CommentView {
        id: c.id.clone(),
        scope: s.kind.as_str().to_string(),
        handle: s.handle.clone(),
        thread: t.number,
        author: author.to_string(),
        state: state.as_str().to_string(),
        body: (state != CommentState::Deleted).then(|| c.body.clone()),
        created_at: c.created_at,
        edited_at: c.edited_at,
        deleted_at: c.deleted_at,
        url: service::comment_url(s, t, &c.id),
    }
}

pub fn located_view(l: &Located) -> CommentView {
    comment_view(&l.scope, &l.thread, &l.comment, &l.author)
}

/// Every comment of a thread, oldest first.
pub fn comments(conn: &mut DbConn, s: &Scope, t: &ThreadRow) -> Result<Vec<CommentView>, AppError> {
    Ok(store::comments(conn, &t.id)?
        .iter()
        .map(|(c, author)| comment_view(s, t, c, author))
        .collect())
}

pub fn thread_detail(
    conn: &mut DbConn,
    s: &Scope,
    t: &ThreadRow,
) -> Result<ThreadDetail, AppError> {
    let author = crate::accounts::handle_of(conn, &t.author_id)?;
    Ok(ThreadDetail {
        thread: thread_view(s, t, &author),
        comments: comments(conn, s, t)?,
    })
}

pub fn contribution_discussion(
    conn: &mut DbConn,
    s: &Scope,
    contribution: i64,
    contribution_id: &str,
) -> Result<ContributionDiscussion, AppError> {
    let (thread, comments) = discussion_of(conn, s, SubjectKind::Contribution, contribution_id)?;
    Ok(ContributionDiscussion {
        commons: s.handle.clone(),
        contribution,
        thread,
        comments,
    })
}

/// The thread of an object and its comments (none before the first comment).
fn discussion_of(
    conn: &mut DbConn,
    s: &Scope,
    kind: SubjectKind,
    id: &str,
) -> Result<(Option<ThreadView>, Vec<CommentView>), AppError> {
    Ok(match store::thread_of_subject(conn, kind, id)? {
        Some(t) => {
            let d = thread_detail(conn, s, &t)?;
            (Some(d.thread), d.comments)
        }
        None => (None, Vec::new()),
    })
}

/// The discussion of a decision, a project or a determination.
pub fn subject_discussion(
    conn: &mut DbConn,
    s: &Scope,
    subject: &Subject,
) -> Result<SubjectDiscussion, AppError> {
    let (thread, comments) = discussion_of(conn, s, subject.kind, &subject.id)?;
    Ok(SubjectDiscussion {
        scope: s.kind.as_str().to_string(),
        handle: s.handle.clone(),
        subject: subject.kind.as_str().to_string(),
        id: subject.id.clone(),
        thread,
        comments,
    })
}

pub fn history(conn: &mut DbConn, l: &Located) -> Result<CommentHistory, AppError> {
    let versions = store::edits(conn, &l.comment.id)?
        .into_iter()
        .map(|e: EditRow| CommentVersion {
            body: e.body,
            written_at: e.written_at,
            replaced_at: e.replaced_at,
        })
        .collect();
    Ok(CommentHistory {
        comment: located_view(l),
        versions,
    })
}

/// Threads of a scope, most recently active first (the first `limit`, for a panel).
pub fn threads(conn: &mut DbConn, s: &Scope, limit: i64) -> Result<Vec<ThreadView>, AppError> {
    Ok(store::threads(conn, &s.id, None, limit)?
        .iter()
        .map(|(t, author)| thread_view(s, t, author))
        .collect())
}

/// One page of a scope's threads, most recently active first.
pub fn threads_page(
    conn: &mut DbConn,
    s: &Scope,
    paging: &Paging,
) -> Result<Page<ThreadView>, AppError> {
    let after = paging.after::<(i64, i64)>()?;
    let rows = store::threads(conn, &s.id, after, paging.fetch())?;
    Ok(paging
        .page(rows, |(t, _)| (t.updated_at, t.number))
        .map(|(t, author)| thread_view(s, &t, &author)))
}
