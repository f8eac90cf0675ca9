//! Trees: a revision's tree maps each path to a file entry (see `blob`).
//! Owns the file operations of a change and the rule for applying them: an
//! add needs an absent path, a modify or delete a present one, and no path
//! may be both a file and a folder.

use super::blob::{BlobHash, Entry, FileLimits};
use super::error::{CommonsError, Result};
use super::path::RepoPath;
use super::treehash::LtHash;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Bound;

/// What a change does to one path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum FileOp {
    /// The path must not exist yet.
    Add(Entry),
    /// The path must exist.
    Modify(Entry),
    /// The path must exist.
    Delete,
}

/// The file operations of one change, at most one per path (the map makes a
/// duplicate unrepresentable once built; [`FileOps::new`] reports it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FileOps(BTreeMap<RepoPath, FileOp>);

impl FileOps {
    pub fn new(
        ops: impl IntoIterator<Item = (RepoPath, FileOp)>,
        limits: &FileLimits,
    ) -> Result<Self> {
        let mut map = BTreeMap::new();
        for (path, op) in ops {
            if map.contains_key(&path) {
                return Err(CommonsError::DuplicatePath {
                    path: path.to_string(),
                });
            }
            map.insert(path, op);
        }
        if map.is_empty() {
            return Err(CommonsError::EmptyChange);
        }
        if map.len() > limits.max_files_per_change {
            return Err(CommonsError::TooManyFiles {
                count: map.len(),
                limit: limits.max_files_per_change,
            });
        }
        Ok(Self(map))
    }

    pub fn iter(&self) -> impl Iterator<Item = (&RepoPath, &FileOp)> {
        self.0.iter()
    }

    pub fn paths(&self) -> impl Iterator<Item = &RepoPath> {
        self.0.keys()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Every file of a commons at one revision. A recorded revision's tree
/// never changes; `apply` makes a new tree, and `apply_in_place` exists
/// only for callers that own a working copy.
///
/// Serialised as its path → entry map; deserialising re-validates it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(
    try_from = "BTreeMap<RepoPath, Entry>",
    into = "BTreeMap<RepoPath, Entry>"
)]
pub struct Tree {
    files: BTreeMap<RepoPath, Entry>,
    /// Always the LtHash of `files`, updated with every change.
    state: LtHash,
}

impl Tree {
    /// Builds a tree from entries, refusing duplicates and file/folder clashes.
    pub fn from_entries(entries: impl IntoIterator<Item = (RepoPath, Entry)>) -> Result<Self> {
        let mut map = BTreeMap::new();
        for (path, entry) in entries {
            if map.contains_key(&path) {
                return Err(CommonsError::DuplicatePath {
                    path: path.to_string(),
                });
            }
            map.insert(path, entry);
        }
        let mut state = LtHash::default();
        for (path, entry) in &map {
            state.add(path, entry);
        }
        let tree = Self { files: map, state };
        tree.check_clashes(tree.files.keys())?;
        Ok(tree)
    }

    pub fn get(&self, path: &RepoPath) -> Option<&Entry> {
        self.files.get(path)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&RepoPath, &Entry)> {
        self.files.iter()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    pub fn total_bytes(&self) -> u64 {
        self.files.values().map(|e| e.size).sum()
    }

    /// A content address for the whole tree: equal trees have equal hashes,
    /// whatever history produced them. O(1): an incremental LtHash kept up
    /// to date as files change (see `treehash.rs`).
    pub fn hash(&self) -> BlobHash {
        self.state.digest()
    }

    /// Applies `ops` and returns the new tree; `self` is untouched, so a
    /// refused change leaves nothing half-applied.
    pub fn apply(&self, ops: &FileOps) -> Result<Tree> {
        let mut next = self.clone();
        next.apply_in_place(ops)?;
        Ok(next)
    }

    /// Applies `ops` to `self` in O(change × log n), for callers that keep
    /// one working tree across many acceptances instead of cloning it. On
    /// error every step already taken is undone, so `self` is unchanged.
    pub fn apply_in_place(&mut self, ops: &FileOps) -> Result<()> {
        let mut undo: Vec<(&RepoPath, Option<Entry>)> = Vec::with_capacity(ops.len());
        let result = self.apply_steps(ops, &mut undo).and_then(|()| {
            let added = ops.iter().filter(|(_, op)| matches!(op, FileOp::Add(_)));
            self.check_clashes(added.map(|(p, _)| p))
        });
        if result.is_ok() {
            for (path, previous) in &undo {
                if let Some(old) = previous {
                    self.state.remove(path, old);
                }
                if let Some(new) = self.files.get(*path) {
                    self.state.add(path, new);
                }
            }
        } else {
            for (path, previous) in undo.into_iter().rev() {
                match previous {
                    Some(entry) => self.files.insert(path.clone(), entry),
                    None => self.files.remove(path),
                };
            }
        }
        result
    }

    fn apply_steps<'a>(
        &mut self,
        ops: &'a FileOps,
        undo: &mut Vec<(&'a RepoPath, Option<Entry>)>,
    ) -> Result<()> {
        for (path, op) in ops.iter() {
            let previous = match (op, self.files.contains_key(path)) {
                (FileOp::Add(_), true) => {
                    return Err(CommonsError::FileExists {
                        path: path.to_string(),
                    });
                }
                (FileOp::Modify(_) | FileOp::Delete, false) => {
                    return Err(CommonsError::FileMissing {
                        path: path.to_string(),
                    });
                }
                (FileOp::Add(e) | FileOp::Modify(e), _) => self.files.insert(path.clone(), *e),
                (FileOp::Delete, true) => self.files.remove(path),
            };
            undo.push((path, previous));
        }
        Ok(())
    }

    /// A path may not be both a file and a folder: `docs` as a file and
    /// `docs/a.md` cannot coexist in an archive or on disk. Only the given
    /// (new) paths are checked, so applying a small change to a big tree
    /// costs O(change × depth × log n), not O(n).
    fn check_clashes<'a>(&self, paths: impl Iterator<Item = &'a RepoPath>) -> Result<()> {
        for path in paths {
            if let Some(folder) = path
                .ancestors()
                .find(|folder| self.files.contains_key(*folder))
            {
                return Err(CommonsError::FileFolderClash {
                    path: path.to_string(),
                    other: folder.to_owned(),
                });
            }
            // Everything inside `path/` sorts contiguously from `path/` on.
            let prefix = format!("{}/", path.as_str());
            let mut after = self
                .files
                .range::<str, _>((Bound::Included(prefix.as_str()), Bound::Unbounded));
            if let Some((inside, _)) = after
                .next()
                .filter(|(p, _)| p.as_str().starts_with(&prefix))
            {
                return Err(CommonsError::FileFolderClash {
                    path: path.to_string(),
                    other: inside.to_string(),
                });
            }
        }
        Ok(())
    }

    /// Sets each path to its entry, or removes it for `None`: how a stored
    /// revision's changes against its parent are replayed (see `treestore`).
    /// Unlike [`Tree::apply`] nothing is required of the prior state, but new
    /// paths are still checked for file/folder clashes. On error `self` may be
    /// partly changed: callers replay onto a working copy they own.
    pub fn set_entries<'a>(
        &mut self,
        changes: impl IntoIterator<Item = (&'a RepoPath, Option<&'a Entry>)>,
    ) -> Result<()> {
        let mut added = Vec::new();
        for (path, entry) in changes {
            let old = match entry {
                Some(e) => self.files.insert(path.clone(), *e),
                None => self.files.remove(path),
            };
            if let Some(old) = &old {
                self.state.remove(path, old);
            }
            if let Some(e) = entry {
                self.state.add(path, e);
                if old.is_none() {
                    added.push(path);
                }
            }
        }
        self.check_clashes(added.into_iter())
    }

    /// The paths whose entry differs between `self` and `other` (added,
    /// deleted or with other content/kind), in path order.
    pub fn changed_paths(&self, other: &Tree) -> BTreeSet<RepoPath> {
        let mut out = BTreeSet::new();
        for (p, e) in &self.files {
            if other.files.get(p) != Some(e) {
                out.insert(p.clone());
            }
        }
        for p in other.files.keys() {
            if !self.files.contains_key(p) {
                out.insert(p.clone());
            }
        }
        out
    }

    /// The operations that turn `self` into `target`: used to offer a fork's
    /// work upstream and to record a revert as an ordinary change.
    pub fn ops_to(&self, target: &Tree) -> BTreeMap<RepoPath, FileOp> {
        self.changed_paths(target)
            .into_iter()
            .map(|p| {
                let op = match (self.files.get(&p), target.files.get(&p)) {
                    (None, Some(e)) => FileOp::Add(*e),
                    (Some(_), Some(e)) => FileOp::Modify(*e),
                    _ => FileOp::Delete,
                };
                (p, op)
            })
            .collect()
    }
}

impl TryFrom<BTreeMap<RepoPath, Entry>> for Tree {
    type Error = CommonsError;
    fn try_from(files: BTreeMap<RepoPath, Entry>) -> Result<Self> {
        Self::from_entries(files)
    }
}

impl From<Tree> for BTreeMap<RepoPath, Entry> {
    fn from(tree: Tree) -> Self {
        tree.files
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::testkit::{file_ops as ops, p, text};

    #[test]
    fn duplicates_and_empty_changes_are_refused() {
        let dup = FileOps::new(
            [(p("a"), FileOp::Delete), (p("a"), FileOp::Delete)],
            &FileLimits::default(),
        );
        assert_eq!(dup.unwrap_err().code(), "duplicate_path");
        assert_eq!(
            FileOps::new([], &FileLimits::default()).unwrap_err().code(),
            "empty_change"
        );
        let limits = FileLimits {
            max_files_per_change: 1,
            ..FileLimits::default()
        };
        let many = FileOps::new(
            [(p("a"), FileOp::Delete), (p("b"), FileOp::Delete)],
            &limits,
        );
        assert_eq!(many.unwrap_err().code(), "too_many_files");
    }

    #[test]
    fn apply_checks_existence_and_is_atomic() {
        let base = Tree::default()
            .apply(&ops(vec![("a.md", FileOp::Add(text("a")))]))
            .unwrap();
        assert_eq!(
            base.apply(&ops(vec![("a.md", FileOp::Add(text("b")))]))
                .unwrap_err()
                .code(),
            "file_exists"
        );
        assert_eq!(
            base.apply(&ops(vec![("b.md", FileOp::Delete)]))
                .unwrap_err()
                .code(),
            "file_missing"
        );
        // The second op fails: the first must not leak into `base`.
        let bad = ops(vec![
            ("c.md", FileOp::Add(text("c"))),
            ("z.md", FileOp::Modify(text("z"))),
        ]);
        assert!(base.apply(&bad).is_err());
        assert_eq!(base.len(), 1);
        let mut working = base.clone();
        let clash = ops(vec![
            ("a.md", FileOp::Delete),
            ("b", FileOp::Add(text("b"))),
            ("b/c", FileOp::Add(text("c"))),
        ]);
        assert_eq!(
            working.apply_in_place(&clash).unwrap_err().code(),
            "file_folder_clash"
        );
        assert_eq!(working, base, "a failed in-place apply is rolled back");
        let next = base
            .apply(&ops(vec![
                ("a.md", FileOp::Modify(text("a2"))),
                ("b/c.md", FileOp::Add(text("c"))),
            ]))
            .unwrap();
        assert_eq!(next.get(&p("a.md")), Some(&text("a2")));
        assert_eq!(base.changed_paths(&next).len(), 2);
        assert_eq!(base.apply(&FileOps(base.ops_to(&next))).unwrap(), next);
        assert_ne!(base.hash(), next.hash());
    }

    #[test]
    fn a_path_cannot_be_file_and_folder() {
        let t = Tree::default()
            .apply(&ops(vec![("docs", FileOp::Add(text("x")))]))
            .unwrap();
        let err = t
            .apply(&ops(vec![("docs/a.md", FileOp::Add(text("y")))]))
            .unwrap_err();
        assert_eq!(err.code(), "file_folder_clash");
        let t = Tree::default()
            .apply(&ops(vec![("docs/a/b.md", FileOp::Add(text("x")))]))
            .unwrap();
        let err = t
            .apply(&ops(vec![("docs/a", FileOp::Add(text("y")))]))
            .unwrap_err();
        assert_eq!(err.code(), "file_folder_clash");
        // Siblings sharing a prefix are fine: `docs-old` is not inside `docs`.
        let t = Tree::default()
            .apply(&ops(vec![("docs-old/x", FileOp::Add(text("x")))]))
            .unwrap();
        t.apply(&ops(vec![("docs", FileOp::Add(text("y")))]))
            .unwrap();
        // Deleting the file and adding the folder in one change is fine.
        let t = Tree::default()
            .apply(&ops(vec![("docs", FileOp::Add(text("x")))]))
            .unwrap();
        t.apply(&ops(vec![
            ("docs", FileOp::Delete),
            ("docs/a.md", FileOp::Add(text("y"))),
        ]))
        .unwrap();
    }

    #[test]
    fn tree_hash_ignores_history() {
        let a = Tree::from_entries([(p("x"), text("1")), (p("y"), text("2"))]).unwrap();
        let b = Tree::default()
            .apply(&ops(vec![("y", FileOp::Add(text("2")))]))
            .unwrap()
            .apply(&ops(vec![("x", FileOp::Add(text("1")))]))
            .unwrap();
        assert_eq!(a.hash(), b.hash());
        assert!(Tree::from_entries([(p("x"), text("1")), (p("x/y"), text("2"))]).is_err());
    }
}
