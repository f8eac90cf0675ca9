//! Stored revisions read as the model's types: a revision's tree (kept by hash, since trees
//! are immutable and reading one re-validates it), the head of a commons, and its whole
//! history through the fork lineage.

use super::blob::BlobHash;
use super::history::{History, RevisionMeta, RevisionOrigin};
use super::model::{CommonsId, PersonId, RevisionId};
use super::store::{self, CommonsRow, RevisionRow};
use super::tree::Tree;
use crate::db::DbConn;
use crate::error::AppError;

/// Trees recently read, by tree hash. Trees are immutable and content-addressed, and reading
/// one re-validates it and rebuilds its incremental hash (a few sha256 blocks per file), so
/// the head's tree, read by every proposal and acceptance, is parsed once, not every time.
static TREES: std::sync::Mutex<Option<std::collections::HashMap<String, Tree>>> =
    std::sync::Mutex::new(None);
const TREES_KEPT: usize = 64;
const TREE_FILES_KEPT: usize = 5_000;

/// The tree of a stored revision (re-validated by the model as it is read, and checked
/// against the hash the revision recorded).
pub fn tree_of(rev: &RevisionRow) -> Result<Tree, AppError> {
    let cached = TREES
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .and_then(|m| m.get(&rev.tree_hash).cloned());
    if let Some(t) = cached {
        return Ok(t);
    }
    let tree: Tree = serde_json::from_str(&rev.tree).map_err(AppError::internal)?;
    if tree.hash().to_hex() != rev.tree_hash {
        return Err(AppError::internal(anyhow::anyhow!(
            "revision {} does not match its recorded tree hash",
            rev.id
        )));
    }
    remember_tree(&rev.tree_hash, &tree);
    Ok(tree)
}

/// Keeps a tree that was just read or made (an accepted change's tree is read again by the
/// next proposal and acceptance).
pub(super) fn remember_tree(hash: &str, tree: &Tree) {
    if tree.len() <= TREE_FILES_KEPT {
        let mut guard = TREES.lock().unwrap_or_else(|p| p.into_inner());
        let map = guard.get_or_insert_with(Default::default);
        if map.len() >= TREES_KEPT {
            map.clear();
        }
        map.insert(hash.to_string(), tree.clone());
    }
}

/// The head revision of a commons.
pub fn head(conn: &mut DbConn, c: &CommonsRow) -> Result<RevisionRow, AppError> {
    let id = c.head_revision_id.as_deref().unwrap_or_default();
    store::revision_by_id(conn, id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("commons {} has no head", c.handle)))
}

/// The stored revisions as the model's linear history (oldest first).
pub fn history_of(conn: &mut DbConn, c: &CommonsRow) -> Result<History, AppError> {
    let mut rows = store::revisions(conn, &c.id, i64::MAX)?;
    rows.reverse();
    let metas = rows
        .iter()
        .map(|r| {
            Ok(RevisionMeta {
                id: RevisionId(r.id.clone()),
                parent: r.parent_id.clone().map(RevisionId),
                made_in: CommonsId(r.commons_id.clone()),
                tree: BlobHash::parse(&r.tree_hash)?,
                author: PersonId(r.author_id.clone()),
                accepted_by: PersonId(r.accepted_by.clone()),
                message: r.message.clone(),
                created_at_ms: r.created_at,
                // Only the chain, the authors and the trees matter to reverts and offers.
                origin: RevisionOrigin::Created,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(History::from_revisions(CommonsId(c.id.clone()), metas)?)
}
