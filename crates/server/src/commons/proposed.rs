//! What a contribution proposes, shown before anyone decides on it: its change as a diff
//! against the revision it was proposed on, what accepting it would do to the head when the
//! head has moved since (or which paths would conflict), the revision it became once
//! accepted, and each proposed file readable as it would be.

use super::compare::{FileDiffView, files_between};
use super::model::contribution::ContributionKind;
use super::model::path::RepoPath;
use super::model::rebase::{RebaseOutcome, rebase};
use super::model::tree::Tree;
use super::revisions::{head, tree_of};
use super::service::body_of;
use super::store::{self, CommonsRow, ContributionRow};
use crate::db::DbConn;
use crate::error::{ApiError, AppError, PageError, Problem, detail, shown};
use crate::ids::RevisionId;
use crate::state::AppState;
use crate::web::extract::Path;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// A contribution's change as a reviewer reads it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContributionDiff {
    pub number: i64,
    pub state: String,
    /// The revision the change was proposed on.
    pub base: i64,
    /// The change against its base, file by file.
    pub files: Vec<FileDiffView>,
    /// For an open change whose base is no longer the head: what accepting it now would do
    /// to the head.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_head: Option<OnHead>,
    /// Once accepted: the revision it became (`GET …/diff?to=` that number shows it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
}

/// An open change replayed on a head that moved on.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OnHead {
    pub head: i64,
    /// Paths changed both by the contribution and on the head since its base: accepting
    /// is refused until the author updates the change.
    pub conflicts: Vec<String>,
    /// The change as it would land on the head (empty when it conflicts).
    pub files: Vec<FileDiffView>,
}

/// The contribution `number` of `c` with its change and the trees either side of it.
struct Loaded {
    row: ContributionRow,
    base_number: i64,
    base_tree: std::sync::Arc<Tree>,
    proposed: Tree,
    change: super::model::contribution::Change,
}

fn load(conn: &mut DbConn, c: &CommonsRow, number: i64) -> Result<Loaded, AppError> {
    let row = store::contribution_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-contribution",
            number = number.to_string(),
            commons = &c.handle
        ))
    })?;
    let ContributionKind::Change(change) = body_of(&row)? else {
        return Err(AppError::invalid(
            "not_a_change",
            detail!("problem-not-a-change", number = number.to_string()),
        ));
    };
    let base = store::revision_by_id(conn, &change.base.0)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("missing base revision")))?;
    let base_tree = tree_of(conn, &base)?;
    let proposed = base_tree.apply(&change.ops)?;
    Ok(Loaded {
        row,
        base_number: base.number,
        base_tree,
        proposed,
        change,
    })
}

/// The diff of contribution `number`, with links to its proposed files.
pub fn contribution_diff(
    conn: &mut DbConn,
    c: &CommonsRow,
    number: i64,
) -> Result<ContributionDiff, AppError> {
    let l = load(conn, c, number)?;
    let mut files = files_between(conn, &l.base_tree, &l.proposed)?;
    for f in &mut files {
        if f.new_hash.is_some() {
            f.new_url = Some(format!(
                "/commons/{}/contributions/{number}/files/{}",
                c.handle, f.path
            ));
        }
    }
    let open = matches!(l.row.state.as_str(), "proposed" | "changes_requested");
    let head_rev = head(conn, c)?;
    let on_head = if open && head_rev.id != l.change.base.0 {
        let head_tree = tree_of(conn, &head_rev)?;
        let outcome = rebase(
            &l.change,
            &l.base_tree,
            &RevisionId(head_rev.id.clone()),
            &head_tree,
        )?;
        Some(match outcome {
            RebaseOutcome::Conflicting { paths } => OnHead {
                head: head_rev.number,
                conflicts: paths,
                files: Vec::new(),
            },
            RebaseOutcome::UpToDate { tree } | RebaseOutcome::Rebased { tree, .. } => OnHead {
                head: head_rev.number,
                conflicts: Vec::new(),
                files: files_between(conn, &head_tree, &tree)?,
            },
        })
    } else {
        None
    };
    let revision = match &l.row.revision_id {
        Some(id) => store::revision_by_id(conn, id)?.map(|r| r.number),
        None => None,
    };
    Ok(ContributionDiff {
        number,
        state: l.row.state.clone(),
        base: l.base_number,
        files,
        on_head,
        revision,
    })
}

/// What a contribution changes, before anyone decides: per file, the diff against the
/// revision it was proposed on (hunks, lines with their kind and numbers, changed words
/// marked); for an open change on a head that moved, the diff it would make there or the
/// paths in conflict; once accepted, the revision it became. A work record is 422
/// `not_a_change`.
#[utoipa::path(get, path = "/api/v1/commons/{handle}/contributions/{number}/diff", tag = "commons",
    params(("handle" = String, Path), ("number" = i64, Path, minimum = 1)),
    responses((status = 200, body = ContributionDiff), (status = 404, body = Problem), (status = 422, body = Problem)))]
pub async fn api_contribution_diff(
    State(state): State<AppState>,
    Path((handle, number)): Path<(String, i64)>,
) -> Result<Json<ContributionDiff>, ApiError> {
    let view = state
        .db
        .read(move |conn| {
            let c = store::require_commons(conn, &handle)?;
            contribution_diff(conn, &c, number)
        })
        .await?;
    Ok(Json(view))
}

/// The bytes of a file as contribution `number` proposes it: text and pictures shown in
/// the browser, anything else downloaded.
pub async fn proposed_file(
    State(state): State<AppState>,
    Path((handle, number, path)): Path<(String, i64, String)>,
) -> Result<Response, PageError> {
    let name = path.clone();
    let (bytes, text) = state
        .db
        .read(move |conn| {
            let c = store::require_commons(conn, &handle)?;
            let l = load(conn, &c, number)?;
            let missing = || {
                AppError::not_found(detail!(
                    "problem-no-proposed-file",
                    path = shown(&path, 200),
                    number = number.to_string()
                ))
            };
            let repo_path = RepoPath::parse(&path).map_err(|_| missing())?;
            let entry = l.proposed.get(&repo_path).ok_or_else(missing)?;
            let bytes = store::get_blob(conn, &entry.hash.to_hex())?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("blob of {path} is missing")))?;
            Ok((bytes, entry.kind == super::model::blob::FileKind::Text))
        })
        .await?;
    let lower = name.to_ascii_lowercase();
    let image = [
        (".png", "image/png"),
        (".jpg", "image/jpeg"),
        (".jpeg", "image/jpeg"),
        (".gif", "image/gif"),
        (".webp", "image/webp"),
    ]
    .iter()
    .find(|(ext, _)| lower.ends_with(ext))
    .map(|(_, t)| *t);
    let file = name.rsplit('/').next().unwrap_or("file").replace('"', "");
    let (ctype, disposition) = match (text, image) {
        (true, _) => ("text/plain; charset=utf-8", "inline".to_string()),
        (false, Some(t)) => (t, "inline".to_string()),
        (false, None) => (
            "application/octet-stream",
            format!("attachment; filename=\"{file}\""),
        ),
    };
    Ok((
        [
            (header::CONTENT_TYPE, ctype.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            // Proposed content is anyone's: it runs no script here.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
                    .to_string(),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// Each text file of `diff` as its contribution proposes it, by path (for its author's
/// update form); deleted, binary and over-large files are left out.
pub fn proposed_texts(
    conn: &mut DbConn,
    diff: &ContributionDiff,
) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    for f in &diff.files {
        let (Some(hash), "text", false) = (&f.new_hash, f.kind.as_str(), f.too_large) else {
            continue;
        };
        if let Some(bytes) = store::get_blob(conn, hash)?
            && let Ok(text) = String::from_utf8(bytes)
        {
            out.push((f.path.clone(), text));
        }
    }
    Ok(out)
}
