//! The rebase decision: a change made against an older revision is moved
//! onto the head automatically when nobody touched its files in between;
//! otherwise it is conflicting and must be updated by its author before a
//! maintainer can accept it.

use super::RevisionId;
use super::contribution::Change;
use super::error::{CommonsError, Result};
use super::tree::Tree;
use serde::{Deserialize, Serialize};

/// What becomes of a change when it is checked against the head.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RebaseOutcome {
    /// Based on the head already; `tree` is the result of accepting it.
    UpToDate { tree: Tree },
    /// Moved onto the head; `tree` is the result of accepting it.
    Rebased { change: Change, tree: Tree },
    /// These paths changed on both sides (or clash as file and folder).
    Conflicting { paths: Vec<String> },
}

impl RebaseOutcome {
    /// The tree to record on acceptance, or the conflict as an error.
    pub fn into_tree(self) -> Result<Tree> {
        match self {
            Self::UpToDate { tree } | Self::Rebased { tree, .. } => Ok(tree),
            Self::Conflicting { paths } => Err(CommonsError::Conflicting { paths }),
        }
    }
}

/// Decides what happens to `change` given the tree of its base and the head.
///
/// Rule: if no path the change touches differs between base and head, the
/// change applies to the head as it did to the base (the same operations on
/// the same prior entries), so it is rebased. A path touched on both sides is
/// a conflict even when both sides made the same edit: the author checks.
/// Applying can still fail on the head when a new file and a new folder of
/// the same name meet; that is reported as a conflict on that path too.
///
/// An error (not a conflict) means the change itself is wrong against its
/// own base, e.g. it modifies a file that did not exist there.
pub fn rebase(
    change: &Change,
    base_tree: &Tree,
    head: &RevisionId,
    head_tree: &Tree,
) -> Result<RebaseOutcome> {
    let on_base = base_tree.apply(&change.ops)?;
    if &change.base == head {
        return Ok(RebaseOutcome::UpToDate { tree: on_base });
    }
    let moved = base_tree.changed_paths(head_tree);
    let paths: Vec<String> = change
        .ops
        .paths()
        .filter(|p| moved.contains(*p))
        .map(|p| p.to_string())
        .collect();
    if !paths.is_empty() {
        return Ok(RebaseOutcome::Conflicting { paths });
    }
    match head_tree.apply(&change.ops) {
        Ok(tree) => {
            let mut rebased = change.clone();
            rebased.base = head.clone();
            Ok(RebaseOutcome::Rebased {
                change: rebased,
                tree,
            })
        }
        Err(CommonsError::FileFolderClash { path, .. }) => {
            Ok(RebaseOutcome::Conflicting { paths: vec![path] })
        }
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::blob::{FileKind, FileLimits, prepare_file};
    use crate::commons::model::path::RepoPath;
    use crate::commons::model::tree::{FileOp, FileOps};

    fn p(s: &str) -> RepoPath {
        RepoPath::parse(s).unwrap()
    }
    fn put(path: &str, body: &str) -> (RepoPath, crate::commons::model::blob::Entry) {
        (
            p(path),
            prepare_file(
                &p(path),
                body.as_bytes(),
                FileKind::Text,
                &FileLimits::default(),
            )
            .unwrap(),
        )
    }
    fn change(base: &str, ops: Vec<(RepoPath, FileOp)>) -> Change {
        Change::new(
            RevisionId(base.into()),
            "edit",
            FileOps::new(ops, &FileLimits::default()).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn up_to_date_rebased_and_conflicting() {
        let base = Tree::from_entries([put("a.md", "a"), put("b.md", "b")]).unwrap();
        let head = Tree::from_entries([put("a.md", "a2"), put("b.md", "b")]).unwrap();
        let (b, e) = put("b.md", "b-mine");
        let mine = change("r1", vec![(b.clone(), FileOp::Modify(e))]);

        let same = rebase(&mine, &base, &RevisionId("r1".into()), &base).unwrap();
        assert!(matches!(same, RebaseOutcome::UpToDate { .. }));

        match rebase(&mine, &base, &RevisionId("r2".into()), &head).unwrap() {
            RebaseOutcome::Rebased { change, tree } => {
                assert_eq!(change.base, RevisionId("r2".into()));
                assert_eq!(tree.get(&p("a.md")), head.get(&p("a.md")));
                assert_eq!(tree.get(&b), Some(&e));
            }
            other => panic!("{other:?}"),
        }

        let (a, e) = put("a.md", "a-mine");
        let theirs = change("r1", vec![(a, FileOp::Modify(e))]);
        let out = rebase(&theirs, &base, &RevisionId("r2".into()), &head).unwrap();
        assert_eq!(
            out,
            RebaseOutcome::Conflicting {
                paths: vec!["a.md".into()]
            }
        );
        assert_eq!(out.into_tree().unwrap_err().code(), "conflicting");
    }

    #[test]
    fn file_folder_clash_after_base_is_a_conflict() {
        let base = Tree::default();
        let head = Tree::from_entries([put("docs", "file")]).unwrap();
        let (path, e) = put("docs/a.md", "x");
        let mine = change("r1", vec![(path, FileOp::Add(e))]);
        let out = rebase(&mine, &base, &RevisionId("r2".into()), &head).unwrap();
        assert_eq!(
            out,
            RebaseOutcome::Conflicting {
                paths: vec!["docs/a.md".into()]
            }
        );
    }

    #[test]
    fn a_change_invalid_on_its_own_base_is_an_error() {
        let (path, _) = put("gone.md", "");
        let bad = change("r1", vec![(path, FileOp::Delete)]);
        let err = rebase(
            &bad,
            &Tree::default(),
            &RevisionId("r1".into()),
            &Tree::default(),
        )
        .unwrap_err();
        assert_eq!(err.code(), "file_missing");
    }
}
