//! Stored revisions read as the model's types: a revision's tree (rebuilt from what the
//! store keeps, see `treestore`, and kept by hash, since trees are immutable and reading one
//! re-validates it), the head of a commons, and its whole history through the fork lineage.

use super::model::blob::BlobHash;
use super::model::history::{History, RevisionMeta, RevisionOrigin};
use super::model::tree::Tree;
use super::model::{CommonsId, PersonId, RevisionId};
use super::store::{self, CommonsRow, RevisionRow};
use super::treestore::{self, Changes};
use crate::db::DbConn;
use crate::error::AppError;
use std::sync::Arc;

/// Trees recently read, by tree hash. Trees are immutable and content-addressed, and reading
/// one re-validates it and rebuilds its incremental hash (a few sha256 blocks per file), so
/// the head's tree, read by every proposal and acceptance, is parsed once, not every time.
/// Shared, so that reading one costs no copy.
static TREES: std::sync::Mutex<Option<std::collections::HashMap<String, Arc<Tree>>>> =
    std::sync::Mutex::new(None);
const TREES_KEPT: usize = 64;
const TREE_FILES_KEPT: usize = 5_000;

/// Longest chain of stored changes followed back to a full tree. Writers store a full tree
/// every `treestore::SNAPSHOT_EVERY` revisions; a longer chain means a corrupt store, not
/// a slow read.
const MAX_REPLAY: usize = 4 * treestore::SNAPSHOT_EVERY as usize;

fn cached(hash: &str) -> Option<Arc<Tree>> {
    TREES
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .and_then(|m| m.get(hash).cloned())
}

fn corrupt(rev: &RevisionRow, what: &str) -> AppError {
    AppError::internal(anyhow::anyhow!("revision {}: {what}", rev.id))
}

/// The tree of a stored revision. A revision stores its tree in full or as changes against
/// its parent (see `treestore`); the changes are replayed onto the nearest tree that is
/// kept in memory or stored in full, and every tree on the way is checked against the hash
/// its revision recorded (the model re-validates each as it is read).
pub fn tree_of(conn: &mut DbConn, rev: &RevisionRow) -> Result<Arc<Tree>, AppError> {
    read_tree(conn, rev, true)
}

/// The tree of a stored revision rebuilt from the store alone, ignoring the trees kept in
/// memory: to check what the store holds.
pub fn stored_tree_of(conn: &mut DbConn, rev: &RevisionRow) -> Result<Arc<Tree>, AppError> {
    read_tree(conn, rev, false)
}

fn read_tree(conn: &mut DbConn, rev: &RevisionRow, memory: bool) -> Result<Arc<Tree>, AppError> {
    let cached = |hash: &str| if memory { cached(hash) } else { None };
    if let Some(t) = cached(&rev.tree_hash) {
        return Ok(t);
    }
    // Newest first: the revisions whose changes are replayed onto `tree`.
    let mut replay: Vec<RevisionRow> = Vec::new();
    let mut row = rev.clone();
    let mut tree = loop {
        if !replay.is_empty()
            && let Some(t) = cached(&row.tree_hash)
        {
            break Arc::unwrap_or_clone(t);
        }
        if !row.tree_delta {
            let tree: Tree = serde_json::from_str(&row.tree).map_err(AppError::internal)?;
            check(&row, &tree)?;
            break tree;
        }
        if replay.len() >= MAX_REPLAY {
            return Err(corrupt(rev, "too many stored changes without a full tree"));
        }
        let parent = row
            .parent_id
            .as_deref()
            .ok_or_else(|| corrupt(&row, "changes stored without a parent"))?;
        let parent = store::revision_by_id(conn, parent)?
            .ok_or_else(|| corrupt(&row, "parent revision is missing"))?;
        replay.push(std::mem::replace(&mut row, parent));
    };
    for r in replay.iter().rev() {
        let changes: Changes = serde_json::from_str(&r.tree).map_err(AppError::internal)?;
        changes
            .replay(&mut tree)
            .map_err(|e| corrupt(r, &e.to_string()))?;
        check(r, &tree)?;
    }
    let tree = Arc::new(tree);
    if memory {
        keep(&rev.tree_hash, tree.clone());
    }
    Ok(tree)
}

fn check(rev: &RevisionRow, tree: &Tree) -> Result<(), AppError> {
    if tree.hash().to_hex() != rev.tree_hash {
        return Err(corrupt(rev, "tree does not match its recorded hash"));
    }
    Ok(())
}

/// Keeps a tree that was just read or made (an accepted change's tree is read again by the
/// next proposal and acceptance).
pub(super) fn remember_tree(hash: &str, tree: Tree) {
    keep(hash, Arc::new(tree));
}

fn keep(hash: &str, tree: Arc<Tree>) {
    if tree.len() <= TREE_FILES_KEPT {
        let mut guard = TREES.lock().unwrap_or_else(|p| p.into_inner());
        let map = guard.get_or_insert_with(Default::default);
        if map.len() >= TREES_KEPT {
            map.clear();
        }
        map.insert(hash.to_string(), tree);
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
