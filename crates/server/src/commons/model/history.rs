//! The revision history of a commons, as data. A history is a linear list of immutable revisions; accepting appends only on
//! top of the current head (so two acceptances racing from the same head
//! cannot both land). A fork copies the list's metadata up to the fork point,
//! keeping who did what and where; blobs are shared, never copied. From the
//! same data come reverts and the offer of a fork's work back upstream.

use super::blob::{BlobHash, FileLimits};
use super::contribution::Change;
use super::error::{CommonsError, Result};
use super::rebase::{RebaseOutcome, rebase};
use super::tree::{FileOps, Tree};
use super::{CommonsId, ContributionId, PersonId, RevisionId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A fork and where it branched off. Defined with the history it branches (a history's
/// `fork` makes one); the rules of forks and offers are in `fork`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForkLink {
    pub parent: CommonsId,
    pub child: CommonsId,
    /// The last revision the two share.
    pub fork_point: RevisionId,
}

/// Why a revision exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "origin", rename_all = "snake_case")]
pub enum RevisionOrigin {
    /// The first revision, made when the commons was created.
    Created,
    /// A contribution was accepted.
    Accepted { contribution: ContributionId },
    /// An earlier revision was undone by a maintainer.
    Revert {
        reverted: RevisionId,
        contribution: Option<ContributionId>,
    },
}

/// One immutable revision's metadata (its tree is stored by hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionMeta {
    pub id: RevisionId,
    pub parent: Option<RevisionId>,
    /// The commons where it was accepted: stays true in every fork.
    pub made_in: CommonsId,
    /// [`Tree::hash`] of the revision's tree.
    pub tree: BlobHash,
    pub author: PersonId,
    /// The maintainer who accepted it (the author, for the first revision).
    pub accepted_by: PersonId,
    pub message: String,
    pub created_at_ms: i64,
    pub origin: RevisionOrigin,
}

/// The revisions of one commons, oldest first, each the parent of the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    commons: CommonsId,
    revisions: Vec<RevisionMeta>,
    index: HashMap<RevisionId, usize>,
}

impl History {
    /// Starts a history with its first revision, which has no parent.
    pub fn new(commons: CommonsId, first: RevisionMeta) -> Result<Self> {
        if let Some(parent) = &first.parent {
            return Err(CommonsError::UnknownRevision {
                revision: parent.to_string(),
            });
        }
        let index = HashMap::from([(first.id.clone(), 0)]);
        Ok(Self {
            commons,
            revisions: vec![first],
            index,
        })
    }

    /// Rebuilds a history loaded from the store, checking that it is linear.
    pub fn from_revisions(commons: CommonsId, revisions: Vec<RevisionMeta>) -> Result<Self> {
        let mut iter = revisions.into_iter();
        let first = iter.next().ok_or(CommonsError::UnknownRevision {
            revision: "(none)".into(),
        })?;
        let mut history = Self::new(commons, first)?;
        for rev in iter {
            history.append(rev)?;
        }
        Ok(history)
    }

    pub fn commons(&self) -> &CommonsId {
        &self.commons
    }

    pub fn head(&self) -> &RevisionMeta {
        // Never empty: built from a first revision and only ever appended to.
        &self.revisions[self.revisions.len() - 1]
    }

    pub fn revisions(&self) -> &[RevisionMeta] {
        &self.revisions
    }

    pub fn get(&self, id: &RevisionId) -> Option<&RevisionMeta> {
        self.index.get(id).map(|&i| &self.revisions[i])
    }

    /// A contribution's base must be a revision of this commons (forks
    /// share their parent's early revisions, so those count too).
    pub fn check_base(&self, id: &RevisionId) -> Result<&RevisionMeta> {
        self.get(id).ok_or_else(|| CommonsError::ForeignRevision {
            revision: id.to_string(),
        })
    }

    /// Appends a revision made on top of the head. A revision whose parent
    /// is no longer the head was decided on a stale view: refused, so the
    /// second of two racing acceptances fails cleanly and can re-check.
    pub fn append(&mut self, rev: RevisionMeta) -> Result<()> {
        let head = &self.head().id;
        if rev.parent.as_ref() != Some(head) {
            return Err(CommonsError::StaleHead {
                expected: rev
                    .parent
                    .as_ref()
                    .map_or_else(|| "(none)".into(), ToString::to_string),
                actual: head.to_string(),
            });
        }
        if self.index.contains_key(&rev.id) {
            return Err(CommonsError::DuplicateRevision {
                revision: rev.id.to_string(),
            });
        }
        self.index.insert(rev.id.clone(), self.revisions.len());
        self.revisions.push(rev);
        Ok(())
    }

    /// How many revisions each person authored, for attribution lists.
    pub fn authors(&self) -> BTreeMap<&PersonId, usize> {
        let mut out = BTreeMap::new();
        for r in &self.revisions {
            *out.entry(&r.author).or_insert(0) += 1;
        }
        out
    }

    /// Forks this commons at revision `at` (usually the head) into `child`.
    /// The fork's history is this one's up to `at`, attribution unchanged.
    pub fn fork(&self, child: CommonsId, at: &RevisionId) -> Result<(History, ForkLink)> {
        let pos = self.position(at)?;
        let revisions = self.revisions[..=pos].to_vec();
        let index = self.revisions[..=pos]
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
        let link = ForkLink {
            parent: self.commons.clone(),
            child: child.clone(),
            fork_point: at.clone(),
        };
        Ok((
            History {
                commons: child,
                revisions,
                index,
            },
            link,
        ))
    }

    /// Prepares the revert of revision `target`: the inverse of what it
    /// did, moved onto the head by the ordinary rebase rule (conflicting
    /// when later revisions touched the same files). `before` and `after`
    /// are the trees of `target`'s parent and of `target`.
    pub fn revert(
        &self,
        target: &RevisionId,
        before: &Tree,
        after: &Tree,
        head_tree: &Tree,
        limits: &FileLimits,
    ) -> Result<RebaseOutcome> {
        let meta = &self.revisions[self.position(target)?];
        let parent = meta
            .parent
            .as_ref()
            .ok_or(CommonsError::IllegalTransition {
                state: "first_revision",
                verb: "revert",
            })?;
        self.check_tree(parent, before)?;
        self.check_tree(target, after)?;
        self.check_tree(&self.head().id, head_tree)?;
        let ops = FileOps::new(after.ops_to(before), limits)?;
        let change = Change::new(
            target.clone(),
            &format!("Revert \"{}\"", first_line(&meta.message)),
            ops,
        )?;
        rebase(&change, after, &self.head().id, head_tree)
    }

    pub(super) fn position(&self, id: &RevisionId) -> Result<usize> {
        self.index
            .get(id)
            .copied()
            .ok_or_else(|| CommonsError::UnknownRevision {
                revision: id.to_string(),
            })
    }

    /// Trees are passed in by the caller; a tree that is not the one the
    /// revision recorded would silently produce a wrong change.
    pub(super) fn check_tree(&self, id: &RevisionId, tree: &Tree) -> Result<()> {
        let meta = &self.revisions[self.position(id)?];
        if meta.tree != tree.hash() {
            return Err(CommonsError::TreeMismatch {
                revision: id.to_string(),
            });
        }
        Ok(())
    }
}

fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::testkit::*;

    #[test]
    fn append_refuses_a_stale_parent_and_foreign_bases() {
        let mut bread = Sim::create("bread", "ana");
        bread.accept("r1", "bo", vec![put("a.md", "a")]);
        let tree = bread.head_tree().clone();
        // A second acceptance decided while r0 was the head.
        let late = meta(
            "r1b",
            Some(&rid("r0")),
            "bread",
            &tree,
            "cy",
            RevisionOrigin::Created,
        );
        let err = bread.history.append(late).unwrap_err();
        assert_eq!(err.code(), "stale_head");
        let dup = meta(
            "r1",
            Some(&rid("r1")),
            "bread",
            &tree,
            "cy",
            RevisionOrigin::Created,
        );
        assert_eq!(
            bread.history.append(dup).unwrap_err().code(),
            "duplicate_revision"
        );
        assert_eq!(
            bread
                .history
                .check_base(&rid("other-r9"))
                .unwrap_err()
                .code(),
            "foreign_revision"
        );
        let again =
            History::from_revisions(cid("bread"), bread.history.revisions().to_vec()).unwrap();
        assert_eq!(again, bread.history);
    }

    #[test]
    fn reverts_use_the_rebase_rule() {
        let mut bread = Sim::create("bread", "ana");
        bread.accept("r1", "bo", vec![put("a.md", "a")]);
        bread.accept("r2", "cy", vec![put("README.md", "v2")]);
        let t = |id: &str| bread.trees[&rid(id)].clone();
        let limits = FileLimits::default();
        // r1 touched only a.md, untouched since: the revert removes it on the head.
        let undone = bread
            .history
            .revert(&rid("r1"), &t("r0"), &t("r1"), &t("r2"), &limits)
            .unwrap()
            .into_tree()
            .unwrap();
        assert_eq!(
            undone,
            t("r0")
                .apply(&ops(&t("r0"), vec![put("README.md", "v2")]))
                .unwrap()
        );
        bread.accept("r3", "di", vec![put("README.md", "v3")]);
        let t = |id: &str| bread.trees[&rid(id)].clone();
        let out = bread
            .history
            .revert(
                &rid("r2"),
                &t("r1"),
                &t("r2"),
                &bread.trees[&rid("r3")],
                &limits,
            )
            .unwrap();
        assert_eq!(
            out,
            RebaseOutcome::Conflicting {
                paths: vec!["README.md".into()]
            }
        );
        let first = bread.history.revert(
            &rid("r0"),
            &t("r0"),
            &t("r0"),
            &bread.trees[&rid("r3")],
            &limits,
        );
        assert_eq!(first.unwrap_err().code(), "illegal_transition");
        let wrong = bread.history.revert(
            &rid("r1"),
            &t("r1"),
            &t("r1"),
            &bread.trees[&rid("r3")],
            &limits,
        );
        assert_eq!(wrong.unwrap_err().code(), "tree_mismatch");
    }
}
