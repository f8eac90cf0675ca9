//! Fork lineage as data: which commons a fork came from and where it
//! branched off, the chain of ancestors, and the offer of a fork's later
//! revisions back upstream as one change against the parent.

use super::contribution::Change;
use super::error::{CommonsError, Result};
use super::history::History;
use super::model::{CommonsId, PersonId, RevisionId};
use super::tree::{FileLimits, FileOps, Tree};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

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
    /// onto its own head with [`super::rebase::rebase`].
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
    use crate::commons::rebase::rebase;
    use crate::commons::testkit::*;
    use std::collections::BTreeMap;

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
}
