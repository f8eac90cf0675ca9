//! The revision history of a commons and its fork lineage, as data. A
//! history is a linear list of immutable revisions; accepting appends only on
//! top of the current head (so two acceptances racing from the same head
//! cannot both land). A fork copies the list's metadata up to the fork point,
//! keeping who did what and where; blobs are shared, never copied. From the
//! same data come reverts and the offer of a fork's work back upstream.

use super::contribution::Change;
use super::error::{CommonsError, Result};
use super::model::{CommonsId, ContributionId, PersonId, RevisionId};
use super::rebase::{RebaseOutcome, rebase};
use super::tree::{BlobHash, FileLimits, FileOps, Tree};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
                state: "first revision",
                verb: "reverted (it has nothing before it)",
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

    fn position(&self, id: &RevisionId) -> Result<usize> {
        self.index
            .get(id)
            .copied()
            .ok_or_else(|| CommonsError::UnknownRevision {
                revision: id.to_string(),
            })
    }

    /// Trees are passed in by the caller; a tree that is not the one the
    /// revision recorded would silently produce a wrong change.
    fn check_tree(&self, id: &RevisionId, tree: &Tree) -> Result<()> {
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

/// A fork and where it branched off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForkLink {
    pub parent: CommonsId,
    pub child: CommonsId,
    /// The last revision the two share.
    pub fork_point: RevisionId,
}

/// The chain of parents of `commons`, nearest first, from the fork links
/// the store holds. Stops (without error) at a commons with no parent link;
/// a cycle, which the store should never hold, is cut at the repeat.
pub fn ancestry<'a>(links: &'a [ForkLink], commons: &CommonsId) -> Vec<&'a ForkLink> {
    let by_child: HashMap<&CommonsId, &ForkLink> = links.iter().map(|l| (&l.child, l)).collect();
    let mut seen = BTreeSet::from([commons]);
    let mut out = Vec::new();
    let mut current = commons;
    while let Some(link) = by_child.get(current) {
        if !seen.insert(&link.parent) {
            break;
        }
        out.push(*link);
        current = &link.parent;
    }
    out
}

/// A fork's work offered back to its parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpstreamOffer {
    /// Based on the fork point, which the parent has; the parent moves it
    /// onto its own head with [`rebase`].
    pub change: Change,
    /// The fork's revisions after the fork point, oldest first.
    pub revisions: Vec<RevisionId>,
    /// Their authors, in order of first appearance, for attribution.
    pub authors: Vec<PersonId>,
}

/// Builds the offer of everything `fork` did after `link.fork_point` as one
/// change against the parent. `fork_point_tree` and `fork_head_tree` are the
/// trees of the fork point and of the fork's head.
pub fn offer_upstream(
    fork: &History,
    link: &ForkLink,
    fork_point_tree: &Tree,
    fork_head_tree: &Tree,
    message: &str,
    limits: &FileLimits,
) -> Result<UpstreamOffer> {
    if &link.child != fork.commons() {
        return Err(CommonsError::ForeignRevision {
            revision: link.fork_point.to_string(),
        });
    }
    let pos = fork.position(&link.fork_point)?;
    fork.check_tree(&link.fork_point, fork_point_tree)?;
    fork.check_tree(&fork.head().id, fork_head_tree)?;
    let after = &fork.revisions()[pos + 1..];
    if after.is_empty() {
        return Err(CommonsError::NothingToOffer);
    }
    let ops =
        FileOps::new(fork_point_tree.ops_to(fork_head_tree), limits).map_err(|e| match e {
            // New revisions that cancel out (e.g. a change and its revert).
            CommonsError::EmptyChange => CommonsError::NothingToOffer,
            other => other,
        })?;
    let change = Change::new(link.fork_point.clone(), message, ops)?;
    let mut seen = BTreeSet::new();
    let authors = after
        .iter()
        .filter(|r| seen.insert(&r.author))
        .map(|r| r.author.clone())
        .collect();
    Ok(UpstreamOffer {
        change,
        revisions: after.iter().map(|r| r.id.clone()).collect(),
        authors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::path::RepoPath;
    use crate::commons::tree::{FileKind, FileOp, prepare_file};

    /// A commons in memory: its history and the tree of every revision.
    struct Sim {
        history: History,
        trees: HashMap<RevisionId, Tree>,
    }

    fn rid(s: &str) -> RevisionId {
        RevisionId(s.into())
    }
    fn pid(s: &str) -> PersonId {
        PersonId(s.into())
    }
    fn cid(s: &str) -> CommonsId {
        CommonsId(s.into())
    }
    fn put(path: &str, body: &str) -> (RepoPath, FileOp) {
        let p = RepoPath::parse(path).unwrap();
        let e = prepare_file(&p, body.as_bytes(), FileKind::Text, &FileLimits::default()).unwrap();
        (p, FileOp::Add(e))
    }

    impl Sim {
        fn create(commons: &str, author: &str) -> Self {
            let tree = Tree::default()
                .apply(&ops(&Tree::default(), vec![put("README.md", "hello")]))
                .unwrap();
            let first = meta("r0", None, commons, &tree, author, RevisionOrigin::Created);
            let history = History::new(cid(commons), first).unwrap();
            Self {
                history,
                trees: HashMap::from([(rid("r0"), tree)]),
            }
        }

        fn head_tree(&self) -> &Tree {
            &self.trees[&self.history.head().id]
        }

        /// Accepts `edits` (path, content) by `author` as revision `id`.
        fn accept(&mut self, id: &str, author: &str, edits: Vec<(RepoPath, FileOp)>) {
            let tree = self
                .head_tree()
                .apply(&ops(self.head_tree(), edits))
                .unwrap();
            let origin = RevisionOrigin::Accepted {
                contribution: ContributionId(format!("c-{id}")),
            };
            let rev = meta(
                id,
                Some(&self.history.head().id),
                &self.history.commons().0,
                &tree,
                author,
                origin,
            );
            self.history.append(rev).unwrap();
            self.trees.insert(rid(id), tree);
        }

        fn fork(&self, child: &str) -> (Sim, ForkLink) {
            let (history, link) = self
                .history
                .fork(cid(child), &self.history.head().id)
                .unwrap();
            (
                Sim {
                    history,
                    trees: self.trees.clone(),
                },
                link,
            )
        }
    }

    /// Turns adds into modifies where the file exists, so tests can say "put".
    fn ops(tree: &Tree, edits: Vec<(RepoPath, FileOp)>) -> FileOps {
        let list = edits.into_iter().map(|(p, op)| match op {
            FileOp::Add(e) if tree.get(&p).is_some() => (p, FileOp::Modify(e)),
            other => (p, other),
        });
        FileOps::new(list, &FileLimits::default()).unwrap()
    }

    fn meta(
        id: &str,
        parent: Option<&RevisionId>,
        made_in: &str,
        tree: &Tree,
        author: &str,
        origin: RevisionOrigin,
    ) -> RevisionMeta {
        RevisionMeta {
            id: rid(id),
            parent: parent.cloned(),
            made_in: cid(made_in),
            tree: tree.hash(),
            author: pid(author),
            accepted_by: pid("ana"),
            message: format!("revision {id}\n\ndetails"),
            created_at_ms: 0,
            origin,
        }
    }

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
    fn fork_keeps_attribution_and_offers_its_work_upstream() {
        let mut bread = Sim::create("bread", "ana");
        bread.accept("r1", "bo", vec![put("a.md", "a")]);
        let (mut fork, link) = bread.fork("bread-cy");
        assert_eq!(
            link,
            ForkLink {
                parent: cid("bread"),
                child: cid("bread-cy"),
                fork_point: rid("r1")
            }
        );
        // Attribution stays true in the fork: bo's revision, made in bread.
        let r1 = fork.history.get(&rid("r1")).unwrap();
        assert_eq!((&r1.author, &r1.made_in), (&pid("bo"), &cid("bread")));
        assert_eq!(
            fork.history.authors(),
            BTreeMap::from([(&pid("ana"), 1), (&pid("bo"), 1)])
        );

        let nothing = offer_upstream(
            &fork.history,
            &link,
            &fork.trees[&rid("r1")],
            fork.head_tree(),
            "m",
            &FileLimits::default(),
        );
        assert_eq!(nothing.unwrap_err().code(), "nothing_to_offer");

        fork.accept("f2", "cy", vec![put("a.md", "a by cy")]);
        fork.accept("f3", "di", vec![put("b.md", "b")]);
        bread.accept("r2", "ana", vec![put("README.md", "hello again")]);

        let point = &fork.trees[&rid("r1")];
        let offer = offer_upstream(
            &fork.history,
            &link,
            point,
            fork.head_tree(),
            "From the fork",
            &FileLimits::default(),
        )
        .unwrap();
        assert_eq!(offer.revisions, [rid("f2"), rid("f3")]);
        assert_eq!(offer.authors, [pid("cy"), pid("di")]);
        assert_eq!(offer.change.base, rid("r1"));
        bread.history.check_base(&offer.change.base).unwrap();
        let merged = rebase(&offer.change, point, &rid("r2"), bread.head_tree())
            .unwrap()
            .into_tree()
            .unwrap();
        let get = |t: &Tree, p: &str| t.get(&RepoPath::parse(p).unwrap()).copied();
        assert_eq!(
            get(&merged, "README.md"),
            get(bread.head_tree(), "README.md")
        );
        assert_eq!(get(&merged, "a.md"), get(fork.head_tree(), "a.md"));
        assert_eq!(get(&merged, "b.md"), get(fork.head_tree(), "b.md"));

        // Wrong trees are caught rather than turned into a wrong change.
        let wrong = offer_upstream(
            &fork.history,
            &link,
            fork.head_tree(),
            fork.head_tree(),
            "m",
            &FileLimits::default(),
        );
        assert_eq!(wrong.unwrap_err().code(), "tree_mismatch");
    }

    #[test]
    fn forks_of_forks_and_ancestry() {
        let bread = Sim::create("bread", "ana");
        let (mut fork, l1) = bread.fork("bread-cy");
        fork.accept("f1", "cy", vec![put("x.md", "x")]);
        let (mut grandchild, l2) = fork.fork("bread-di");
        assert_eq!(grandchild.history.revisions().len(), 2);
        grandchild.accept("g1", "di", vec![put("y.md", "y")]);
        let offer = offer_upstream(
            &grandchild.history,
            &l2,
            &grandchild.trees[&rid("f1")],
            grandchild.head_tree(),
            "up",
            &FileLimits::default(),
        )
        .unwrap();
        assert_eq!(offer.revisions, [rid("g1")]);
        let links = vec![l1.clone(), l2.clone()];
        assert_eq!(ancestry(&links, &cid("bread-di")), [&l2, &l1]);
        assert!(ancestry(&links, &cid("bread")).is_empty());
        // A cycle (never written by the store) does not loop forever.
        let cyclic = vec![
            ForkLink {
                parent: cid("a"),
                child: cid("b"),
                fork_point: rid("r"),
            },
            ForkLink {
                parent: cid("b"),
                child: cid("a"),
                fork_point: rid("r"),
            },
        ];
        assert_eq!(ancestry(&cyclic, &cid("a")).len(), 1);
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
