//! Discussion's share of the public export: threads, comments (a deleted one as its
//! tombstone, without text) and the earlier versions of edited comments, as their pages
//! show them.

use super::store::{CommentRow, EditRow, ThreadRow};
use crate::db::DbConn;
use crate::db::schema::{discussion_comment_edits, discussion_comments, discussion_threads};
use crate::error::AppError;
use crate::export::{Exporter, Sink, Table};
use diesel::prelude::*;
use serde::Serialize;

pub static EXPORT: Exporter = Exporter {
    domain: "discussion",
    tables: &[
        Table::Public {
            table: "discussion_threads",
            line: "thread",
        },
        Table::Public {
            table: "discussion_comments",
            line: "comment",
        },
        Table::Public {
            table: "discussion_comment_edits",
            line: "comment_version",
        },
    ],
    write,
};

#[derive(Serialize)]
struct ThreadLine {
    id: String,
    scope_kind: String,
    scope_id: String,
    number: i64,
    subject_kind: String,
    subject_id: String,
    subject_number: Option<i64>,
    title: String,
    author_id: String,
    comment_count: i64,
    created_at: i64,
    updated_at: i64,
}

#[derive(Serialize)]
struct CommentLine {
    id: String,
    thread_id: String,
    author_id: String,
    body: String,
    created_at: i64,
    edited_at: Option<i64>,
    deleted_at: Option<i64>,
}

#[derive(Serialize)]
struct VersionLine {
    id: String,
    comment_id: String,
    body: String,
    written_at: i64,
    replaced_at: i64,
}

fn write(conn: &mut DbConn, sink: &mut Sink<'_>) -> Result<(), AppError> {
    let threads: Vec<ThreadRow> = discussion_threads::table
        .select(ThreadRow::as_select())
        .order(discussion_threads::id.asc())
        .load(conn)?;
    for t in threads {
        sink.line(
            "thread",
            &ThreadLine {
                id: t.id,
                scope_kind: t.scope_kind,
                scope_id: t.scope_id,
                number: t.number,
                subject_kind: t.subject_kind,
                subject_id: t.subject_id,
                subject_number: t.subject_number,
                title: t.title,
                author_id: t.author_id,
                comment_count: t.comment_count,
                created_at: t.created_at,
                updated_at: t.updated_at,
            },
        )?;
    }
    let comments: Vec<CommentRow> = discussion_comments::table
        .select(CommentRow::as_select())
        .order(discussion_comments::id.asc())
        .load(conn)?;
    for c in comments {
        sink.line(
            "comment",
            &CommentLine {
                id: c.id,
                thread_id: c.thread_id,
                author_id: c.author_id,
                body: c.body,
                created_at: c.created_at,
                edited_at: c.edited_at,
                deleted_at: c.deleted_at,
            },
        )?;
    }
    let edits: Vec<EditRow> = discussion_comment_edits::table
        .select(EditRow::as_select())
        .order(discussion_comment_edits::id.asc())
        .load(conn)?;
    for e in edits {
        sink.line(
            "comment_version",
            &VersionLine {
                id: e.id,
                comment_id: e.comment_id,
                body: e.body,
                written_at: e.written_at,
                replaced_at: e.replaced_at,
            },
        )?;
    }
    Ok(())
}
