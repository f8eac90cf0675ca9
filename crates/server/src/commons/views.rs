//! What the API and the pages show of a commons: stored rows turned into public views that
//! name people by handle (ids stay internal) and files by path.

use super::blob::FileKind;
use super::contribution::ContributionKind;
use super::service::{body_of, head, tree_of};
use super::store::{self, CommonsRow, ContributionRow, RevisionRow};
use super::tree::FileOp;
use crate::db::DbConn;
use crate::db::schema::organizations;
use crate::error::AppError;
use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Maintainer {
    pub handle: String,
    /// Unix milliseconds.
    pub since: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Licence {
    /// `spdx` for now; a reciprocity licence policy comes later.
    pub policy: String,
    pub expression: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommonsView {
    pub handle: String,
    pub name: String,
    pub summary: String,
    /// software, knowledge, design, data or other.
    pub kind: String,
    pub licence: Licence,
    /// Handle of the home organization.
    pub home_org: Option<String>,
    pub created_by: String,
    pub head: RevisionView,
    pub maintainers: Vec<Maintainer>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RevisionView {
    pub id: String,
    /// 1 for the first revision, then one more per accepted change.
    pub number: i64,
    pub parent: Option<String>,
    pub message: String,
    pub author: String,
    pub accepted_by: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileInfo {
    pub path: String,
    pub size: u64,
    /// `text` or `binary`.
    pub kind: String,
    /// sha256 of the content, lowercase hex.
    pub hash: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileContent {
    #[serde(flatten)]
    pub info: FileInfo,
    pub revision: String,
    /// The content of a text file (binary files are not inlined).
    pub text: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FileChange {
    pub path: String,
    /// add, modify or delete.
    pub op: String,
    pub size: Option<u64>,
    pub hash: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Review {
    pub reviewer: String,
    /// The state the review moved the contribution to.
    pub verdict: String,
    pub comment: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ContributionView {
    pub number: i64,
    /// `change` or `work_record`.
    #[serde(rename = "type")]
    pub kind: String,
    /// proposed, changes_requested, accepted, rejected, withdrawn or reverted.
    pub state: String,
    pub author: String,
    pub message: String,
    pub base_revision: Option<String>,
    /// The revision its acceptance made.
    pub revision: Option<String>,
    pub files: Vec<FileChange>,
    pub minutes: Option<u32>,
    pub evidence: Option<String>,
    pub reviews: Vec<Review>,
    pub created_at: i64,
    pub updated_at: i64,
}

pub fn commons_view(conn: &mut DbConn, c: &CommonsRow) -> Result<CommonsView, AppError> {
    let home_org = match &c.home_org_id {
        None => None,
        Some(id) => Some(
            organizations::table
                .filter(organizations::id.eq(id))
                .select(organizations::handle)
                .first(conn)?,
        ),
    };
    let maintainers = store::maintainers(conn, &c.id)?
        .into_iter()
        .map(|(_, handle, since)| Maintainer { handle, since })
        .collect();
    let head = head(conn, c)?;
    Ok(CommonsView {
        handle: c.handle.clone(),
        name: c.name.clone(),
        summary: c.summary.clone(),
        kind: c.kind.clone(),
        licence: Licence {
            policy: c.licence_policy.clone(),
            expression: c.licence.clone(),
        },
        home_org,
        created_by: store::handle_of(conn, &c.created_by)?,
        head: revision_view(conn, &head)?,
        maintainers,
        created_at: c.created_at,
    })
}

pub fn revision_view(conn: &mut DbConn, r: &RevisionRow) -> Result<RevisionView, AppError> {
    Ok(RevisionView {
        id: r.id.clone(),
        number: r.number,
        parent: r.parent_id.clone(),
        message: r.message.clone(),
        author: store::handle_of(conn, &r.author_id)?,
        accepted_by: store::handle_of(conn, &r.accepted_by)?,
        created_at: r.created_at,
    })
}

fn kind_name(k: FileKind) -> String {
    match k {
        FileKind::Text => "text",
        FileKind::Binary => "binary",
    }
    .into()
}

/// Every file of a revision, by path.
pub fn files(r: &RevisionRow) -> Result<Vec<FileInfo>, AppError> {
    Ok(tree_of(r)?
        .iter()
        .map(|(path, e)| FileInfo {
            path: path.to_string(),
            size: e.size,
            kind: kind_name(e.kind),
            hash: e.hash.to_hex(),
        })
        .collect())
}

/// One file of a revision with its text, or a 404 naming the path.
pub fn file(conn: &mut DbConn, r: &RevisionRow, path: &str) -> Result<FileContent, AppError> {
    let tree = tree_of(r)?;
    let (p, e) = tree
        .iter()
        .find(|(p, _)| p.as_str() == path)
        .ok_or_else(|| {
            AppError::not_found(&format!(
                "file `{}` at revision {}",
                path.chars().take(200).collect::<String>(),
                r.number
            ))
        })?;
    let text = match e.kind {
        FileKind::Binary => None,
        FileKind::Text => {
            let bytes = store::get_blob(conn, &e.hash.to_hex())?
                .ok_or_else(|| AppError::internal(anyhow::anyhow!("blob of {p} is missing")))?;
            Some(String::from_utf8(bytes).map_err(AppError::internal)?)
        }
    };
    Ok(FileContent {
        info: FileInfo {
            path: p.to_string(),
            size: e.size,
            kind: kind_name(e.kind),
            hash: e.hash.to_hex(),
        },
        revision: r.id.clone(),
        text,
    })
}

pub fn contribution_view(
    conn: &mut DbConn,
    k: &ContributionRow,
) -> Result<ContributionView, AppError> {
    let (mut files, mut minutes, mut evidence) = (Vec::new(), None, None);
    match body_of(k)? {
        ContributionKind::Change(change) => {
            for (path, op) in change.ops.iter() {
                let (name, entry) = match op {
                    FileOp::Add(e) => ("add", Some(e)),
                    FileOp::Modify(e) => ("modify", Some(e)),
                    FileOp::Delete => ("delete", None),
                };
                files.push(FileChange {
                    path: path.to_string(),
                    op: name.into(),
                    size: entry.map(|e| e.size),
                    hash: entry.map(|e| e.hash.to_hex()),
                });
            }
        }
        ContributionKind::WorkRecord(w) => {
            minutes = Some(w.minutes);
            evidence = w.evidence;
        }
    }
    let reviews = store::reviews(conn, &k.id)?
        .into_iter()
        .map(|(r, reviewer)| Review {
            reviewer,
            verdict: r.verdict,
            comment: r.comment,
            created_at: r.created_at,
        })
        .collect();
    Ok(ContributionView {
        number: k.number,
        kind: k.kind.clone(),
        state: k.state.clone(),
        author: store::handle_of(conn, &k.author_id)?,
        message: k.message.clone(),
        base_revision: k.base_revision_id.clone(),
        revision: k.revision_id.clone(),
        files,
        minutes,
        evidence,
        reviews,
        created_at: k.created_at,
        updated_at: k.updated_at,
    })
}
