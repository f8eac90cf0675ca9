//! How a revision's tree is stored. Writing the whole tree with every revision makes each
//! acceptance cost as much as the commons is large, so most revisions store only the paths
//! that changed against their parent (the new entry, or `null` for a deleted file). A
//! revision stores its tree in full when it has no parent, when its number is a multiple
//! of [`SNAPSHOT_EVERY`], and when the changes would be at least half as many entries as the
//! tree, so reading any tree replays at most `SNAPSHOT_EVERY - 1` stored changes (the
//! reader is `revisions::tree_of`, which also stops at any tree it keeps in memory).

use super::model::blob::Entry;
use super::model::error::Result;
use super::model::path::RepoPath;
use super::model::tree::{FileOps, Tree};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Every revision numbered a multiple of this stores its tree in full.
pub const SNAPSHOT_EVERY: i64 = 64;

/// A tree ready for the `tree` and `tree_delta` columns of a revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTree {
    /// True when `json` holds [`Changes`] against the parent, false for the whole tree.
    pub delta: bool,
    pub json: String,
}

/// The entries a revision changed against its parent: the new entry, or None for a path
/// it deleted.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Changes(BTreeMap<RepoPath, Option<Entry>>);

impl Changes {
    /// What differs between `parent` and `tree` among `paths` (all other paths are known to
    /// be equal, e.g. because `tree` is `parent` with a change's operations applied).
    pub fn among<'a>(
        parent: &Tree,
        tree: &Tree,
        paths: impl Iterator<Item = &'a RepoPath>,
    ) -> Self {
        Self(
            paths
                .filter(|p| parent.get(p) != tree.get(p))
                .map(|p| (p.clone(), tree.get(p).copied()))
                .collect(),
        )
    }

    /// Everything that differs between `parent` and `tree` (O(size of the trees)).
    pub fn between(parent: &Tree, tree: &Tree) -> Self {
        Self::among(parent, tree, parent.changed_paths(tree).iter())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Replays the changes on the parent's tree, giving the revision's.
    pub fn replay(&self, tree: &mut Tree) -> Result<()> {
        tree.set_entries(self.0.iter().map(|(p, e)| (p, e.as_ref())))
    }
}

/// How revision `number` stores `tree`, given its parent's tree (None for a first
/// revision) and, when known, the paths its change touched (None: compare whole trees).
pub fn encode(
    number: i64,
    parent: Option<&Tree>,
    tree: &Tree,
    touched: Option<&FileOps>,
) -> serde_json::Result<StoredTree> {
    let changes = match parent {
        Some(parent) if number % SNAPSHOT_EVERY != 0 => Some(match touched {
            Some(ops) => Changes::among(parent, tree, ops.paths()),
            None => Changes::between(parent, tree),
        }),
        _ => None,
    };
    Ok(match changes {
        Some(c) if c.len() * 2 < tree.len().max(2) => StoredTree {
            delta: true,
            json: serde_json::to_string(&c)?,
        },
        _ => StoredTree {
            delta: false,
            json: serde_json::to_string(tree)?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::testkit::{file_ops as ops, p, text};
    use crate::commons::model::tree::FileOp;

    fn decode(parent: &Tree, stored: &StoredTree) -> Tree {
        if stored.delta {
            let changes: Changes = serde_json::from_str(&stored.json).unwrap();
            let mut tree = parent.clone();
            changes.replay(&mut tree).unwrap();
            tree
        } else {
            serde_json::from_str(&stored.json).unwrap()
        }
    }

    fn ten_files() -> Tree {
        Tree::from_entries((0..10).map(|i| (p(&format!("f{i}")), text(&i.to_string())))).unwrap()
    }

    #[test]
    fn small_changes_are_stored_as_changes_and_replay_to_the_tree() {
        let parent = ten_files();
        let change = ops(vec![
            ("f1", FileOp::Modify(text("one"))),
            ("f2", FileOp::Delete),
            ("g/new.md", FileOp::Add(text("new"))),
        ]);
        let tree = parent.apply(&change).unwrap();
        for touched in [Some(&change), None] {
            let stored = encode(5, Some(&parent), &tree, touched).unwrap();
            assert!(stored.delta);
            let changes: Changes = serde_json::from_str(&stored.json).unwrap();
            assert_eq!(changes.len(), 3);
            let back = decode(&parent, &stored);
            assert_eq!(back, tree);
            assert_eq!(back.hash(), tree.hash());
        }
    }

    #[test]
    fn first_periodic_and_large_revisions_are_stored_in_full() {
        let parent = ten_files();
        let small = parent
            .apply(&ops(vec![("f1", FileOp::Modify(text("one")))]))
            .unwrap();
        let first = encode(1, None, &parent, None).unwrap();
        assert!(!first.delta);
        assert_eq!(decode(&Tree::default(), &first), parent);
        let periodic = encode(SNAPSHOT_EVERY * 3, Some(&parent), &small, None).unwrap();
        assert!(!periodic.delta);
        assert_eq!(decode(&Tree::default(), &periodic), small);
        let large = ops((0..5)
            .map(|i| (["f0", "f1", "f2", "f3", "f4"][i], FileOp::Delete))
            .collect());
        let halved = parent.apply(&large).unwrap();
        let stored = encode(7, Some(&parent), &halved, Some(&large)).unwrap();
        assert!(
            !stored.delta,
            "5 changes of a 5-file tree are stored in full"
        );
        assert_eq!(decode(&Tree::default(), &stored), halved);
    }

    #[test]
    fn replay_refuses_a_file_folder_clash() {
        let mut tree = ten_files();
        let clash: Changes = serde_json::from_str(&format!(
            r#"{{"f1/inside": {}}}"#,
            serde_json::to_string(&text("x")).unwrap()
        ))
        .unwrap();
        assert_eq!(
            clash.replay(&mut tree).unwrap_err().code(),
            "file_folder_clash"
        );
    }
}
