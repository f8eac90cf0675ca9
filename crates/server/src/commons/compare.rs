//! Diffs between two revisions and archive downloads of one revision, for the API and the
//! pages. The model does the work (`diff` for trees and lines, `archive` for deterministic
//! tar and zip); this module loads the revisions and blobs, names bad revision numbers, and
//! turns the model's output into public views.

use super::archive::{self, ArchiveSpec};
use super::model::blob::{BlobHash, FileKind};
use super::model::diff::{self, FileStatus, LineTag, TextFileDiff};
use super::revisions::{head, tree_of};
use super::store::{self, CommonsRow, RevisionRow};
use crate::db::DbConn;
use crate::error::{ApiError, AppError, PageError, Problem, detail, shown};
use crate::state::AppState;
use crate::web::actor::MaybeViewer;
use crate::web::csrf::CsrfToken;
use crate::web::extract::{Path, Query};
use crate::web::{Chrome, render};
use askama::Template;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use std::io;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// The older revision number; the one before `to` when absent.
    pub from: Option<i64>,
    /// The newer revision number; the head when absent.
    pub to: Option<i64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DiffLineView {
    /// context, deleted or inserted.
    pub tag: String,
    pub old_number: Option<usize>,
    pub new_number: Option<usize>,
    pub text: String,
    pub no_newline_at_end: bool,
    /// For a changed line paired with its counterpart (a removed line followed by the line
    /// that replaces it): the line cut into words, those that changed marked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<WordView>,
}

/// A piece of a changed line: `changed` when this side alone has it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct WordView {
    pub text: String,
    pub changed: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HunkView {
    pub old_start: usize,
    pub old_lines: usize,
    pub new_start: usize,
    pub new_lines: usize,
    pub lines: Vec<DiffLineView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileDiffView {
    pub path: String,
    /// added, deleted or modified.
    pub status: String,
    /// text when both sides are text (or absent), else binary: binary files are not line-diffed.
    pub kind: String,
    pub old_hash: Option<String>,
    pub new_hash: Option<String>,
    pub inserted: usize,
    pub deleted: usize,
    /// One side is over 1 MiB, so only sizes are compared.
    pub too_large: bool,
    pub hunks: Vec<HunkView>,
    /// The same diff as unified text, for text files.
    pub unified: Option<String>,
    /// Size in bytes of the new side (absent for a deleted file).
    pub new_size: Option<u64>,
    /// The new side is a picture a browser shows (PNG, JPEG, GIF, WebP).
    pub image: bool,
    /// Where the new side's bytes can be read (a contribution's proposed files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_url: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DiffView {
    pub from: i64,
    pub to: i64,
    pub files: Vec<FileDiffView>,
}

fn revision(conn: &mut DbConn, c: &CommonsRow, n: i64) -> Result<RevisionRow, AppError> {
    if n < 1 {
        return Err(AppError::invalid(
            "invalid_revision",
            detail!("problem-invalid-revision-number", number = n.to_string()),
        ));
    }
    store::revision_by_number(conn, &c.id, n)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-revision",
            number = n.to_string(),
            commons = &c.handle
        ))
    })
}

fn text_of(conn: &mut DbConn, hash: &BlobHash, path: &str) -> Result<String, AppError> {
    let bytes = store::get_blob(conn, &hash.to_hex())?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("blob of {path} is missing")))?;
    String::from_utf8(bytes).map_err(AppError::internal)
}

/// The diff between two revisions of a commons (defaults as in [`DiffQuery`]).
pub fn diff_view(conn: &mut DbConn, handle: &str, q: &DiffQuery) -> Result<DiffView, AppError> {
    let c = store::require_commons(conn, handle)?;
    let to = match q.to {
        Some(n) => revision(conn, &c, n)?,
        None => head(conn, &c)?,
    };
    let from = revision(conn, &c, q.from.unwrap_or((to.number - 1).max(1)))?;
    let (old, new) = (tree_of(conn, &from)?, tree_of(conn, &to)?);
    Ok(DiffView {
        from: from.number,
        to: to.number,
        files: files_between(conn, &old, &new)?,
    })
}

/// Whether a file is a picture browsers show, by its name.
fn is_image(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".webp"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// Each file that differs between two trees, with line hunks for text files.
pub fn files_between(
    conn: &mut DbConn,
    old: &super::model::tree::Tree,
    new: &super::model::tree::Tree,
) -> Result<Vec<FileDiffView>, AppError> {
    let mut files = Vec::new();
    for change in diff::diff_trees(old, new) {
        let path = change.path.to_string();
        let mut view = FileDiffView {
            path: path.clone(),
            status: match change.status {
                FileStatus::Added => "added",
                FileStatus::Deleted => "deleted",
                FileStatus::Modified => "modified",
            }
            .into(),
            kind: if change.is_text() { "text" } else { "binary" }.into(),
            old_hash: change.old.map(|e| e.hash.to_hex()),
            new_hash: change.new.map(|e| e.hash.to_hex()),
            inserted: 0,
            deleted: 0,
            too_large: false,
            hunks: Vec::new(),
            unified: None,
            new_size: change.new.map(|e| e.size),
            image: change.new.is_some() && is_image(&path),
            new_url: None,
        };
        if change.is_text() {
            let mut side = |e: Option<super::model::blob::Entry>| match e {
                Some(e) if e.kind == FileKind::Text => text_of(conn, &e.hash, &path),
                _ => Ok(String::new()),
            };
            let (a, b) = (side(change.old)?, side(change.new)?);
            match diff::diff_text(&change.path, &a, &b) {
                TextFileDiff::TooLarge { .. } => view.too_large = true,
                TextFileDiff::Lines {
                    hunks,
                    inserted,
                    deleted,
                    unified,
                } => {
                    view.inserted = inserted;
                    view.deleted = deleted;
                    view.unified = Some(unified);
                    view.hunks = hunks.into_iter().map(hunk_view).collect();
                }
            }
        }
        files.push(view);
    }
    Ok(files)
}

fn hunk_view(h: diff::Hunk) -> HunkView {
    let mut view = hunk_lines(h);
    mark_words(&mut view.lines);
    view
}

/// Pairs each run of removed lines with the run of inserted lines right after it, line by
/// line, and marks the words that differ within each pair.
fn mark_words(lines: &mut [DiffLineView]) {
    let mut i = 0;
    while i < lines.len() {
        let deleted = lines[i..].iter().take_while(|l| l.tag == "deleted").count();
        if deleted == 0 {
            i += 1;
            continue;
        }
        let inserted = lines[i + deleted..]
            .iter()
            .take_while(|l| l.tag == "inserted")
            .count();
        for k in 0..deleted.min(inserted) {
            let (old, new) = (i + k, i + deleted + k);
            let (o, n) = word_diff(&lines[old].text, &lines[new].text);
            lines[old].words = o;
            lines[new].words = n;
        }
        i += deleted + inserted;
    }
}

/// The two lines cut into words, each side's own words marked changed.
fn word_diff(old: &str, new: &str) -> (Vec<WordView>, Vec<WordView>) {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let (mut o, mut n): (Vec<WordView>, Vec<WordView>) = (Vec::new(), Vec::new());
    let push = |side: &mut Vec<WordView>, text: &str, changed: bool| match side.last_mut() {
        Some(last) if last.changed == changed => last.text.push_str(text),
        _ => side.push(WordView {
            text: text.to_string(),
            changed,
        }),
    };
    for c in diff.iter_all_changes() {
        match c.tag() {
            ChangeTag::Equal => {
                push(&mut o, c.value(), false);
                push(&mut n, c.value(), false);
            }
            ChangeTag::Delete => push(&mut o, c.value(), true),
            ChangeTag::Insert => push(&mut n, c.value(), true),
        }
    }
    (o, n)
}

fn hunk_lines(h: diff::Hunk) -> HunkView {
    HunkView {
        old_start: h.old_start,
        old_lines: h.old_lines,
        new_start: h.new_start,
        new_lines: h.new_lines,
        lines: h
            .lines
            .into_iter()
            .map(|l| DiffLineView {
                tag: match l.tag {
                    LineTag::Context => "context",
                    LineTag::Deleted => "deleted",
                    LineTag::Inserted => "inserted",
                }
                .into(),
                old_number: l.old_number,
                new_number: l.new_number,
                text: l.text,
                no_newline_at_end: l.no_newline_at_end,
                words: Vec::new(),
            })
            .collect(),
    }
}

/// The files that changed between two revisions, with line hunks for text files.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/diff", tag = "commons",
    params(("handle" = String, Path), DiffQuery),
    responses((status = 200, body = DiffView), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn api_diff(
    State(state): State<AppState>,
    Path(handle): Path<String>,
    Query(q): Query<DiffQuery>,
) -> Result<Json<DiffView>, ApiError> {
    let view = state.db.read(move |c| diff_view(c, &handle, &q)).await?;
    Ok(Json(view))
}

#[derive(Template)]
#[template(path = "commons/diff.html")]
struct DiffPage {
    chrome: Chrome,
    handle: String,
    diff: DiffView,
}

/// The diff as a page: each file's hunks line by line (escaped by the template).
pub async fn page_diff(
    State(state): State<AppState>,
    MaybeViewer(v): MaybeViewer,
    csrf: CsrfToken,
    Path(handle): Path<String>,
    Query(q): Query<DiffQuery>,
) -> Result<Response, PageError> {
    let h = handle.clone();
    let diff = state.db.read(move |c| diff_view(c, &h, &q)).await?;
    Ok(render(&DiffPage {
        chrome: state.chrome(v.as_ref(), &csrf),
        handle,
        diff,
    }))
}

/// Which archive a download names: `{number}.tar`, `head.zip`, ...
fn parse_archive_name(name: &str) -> Result<(Option<i64>, bool), AppError> {
    let bad = || AppError::not_found(detail!("problem-no-archive", name = shown(name, 60)));
    let (stem, zip) = match (name.strip_suffix(".tar"), name.strip_suffix(".zip")) {
        (Some(s), _) => (s, false),
        (_, Some(s)) => (s, true),
        _ => return Err(bad()),
    };
    if stem == "head" {
        return Ok((None, zip));
    }
    let n = stem.parse::<i64>().map_err(|_| bad())?;
    Ok((Some(n), zip))
}

/// Builds the archive bytes and its file name.
fn build_archive(
    conn: &mut DbConn,
    handle: &str,
    number: Option<i64>,
    zip: bool,
) -> Result<(Vec<u8>, String), AppError> {
    let c = store::require_commons(conn, handle)?;
    let rev = match number {
        Some(n) => revision(conn, &c, n)?,
        None => head(conn, &c)?,
    };
    let tree = tree_of(conn, &rev)?;
    let root = format!("{}-r{}", c.handle, rev.number);
    let spec = ArchiveSpec::new(&root, u64::try_from(rev.created_at / 1000).unwrap_or(0))?;
    let blobs = |h: &BlobHash| -> io::Result<Vec<u8>> {
        store::get_blob(conn, &h.to_hex())
            .map_err(|e| io::Error::other(e.to_string()))?
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
    };
    let bytes = if zip {
        archive::write_zip(&tree, &spec, blobs, io::Cursor::new(Vec::new()))?.into_inner()
    } else {
        archive::write_tar(&tree, &spec, blobs, Vec::new())?
    };
    let ext = if zip { "zip" } else { "tar" };
    Ok((bytes, format!("{root}.{ext}")))
}

/// Downloads a revision (or the head) as a tar or zip; the same revision always gives the
/// same bytes.
pub async fn download(
    State(state): State<AppState>,
    Path((handle, name)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let (number, zip) = parse_archive_name(&name)?;
    let (bytes, file) = state
        .db
        .read(move |c| build_archive(c, &handle, number, zip))
        .await?;
    let ctype = if zip {
        "application/zip"
    } else {
        "application/x-tar"
    };
    Ok((
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file}\""),
            ),
        ],
        bytes,
    )
        .into_response())
}
