//! Fork lineage as data: which commons a fork came from and where it
//! branched off, the chain of ancestors, and the offer of a fork's later
//! revisions back upstream as one change against the parent.

use super::blob::FileLimits;
use super::contribution::{Change, MAX_MESSAGE_CHARS};
use super::error::{CommonsError, NothingNew, Result};
pub use super::history::ForkLink;
use super::history::{History, RevisionMeta};
use super::tree::{FileOps, Tree};
use super::{PersonId, RevisionId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where a fork and its parent last agreed. At first both sides are the
/// fork point; once the parent accepts an offer, the store records the fork
/// revision that was offered and the parent revision that accepted it, so
/// the next offer carries only what came after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncPoint {
    pub fork_revision: RevisionId,
    pub parent_revision: RevisionId,
}

impl ForkLink {
    /// The sync point of a fork that has offered nothing yet.
    pub fn initial_sync(&self) -> SyncPoint {
        SyncPoint {
            fork_revision: self.fork_point.clone(),
            parent_revision: self.fork_point.clone(),
        }
    }
}

/// What [`offer_upstream`] reads: both histories, the sync point, and the
/// trees of the sync point (on each side) and of both heads. Every tree is
/// checked against the hash its revision recorded.
#[derive(Debug, Clone, Copy)]
pub struct OfferInput<'a> {
    pub fork: &'a History,
    pub parent: &'a History,
    pub link: &'a ForkLink,
    pub since: &'a SyncPoint,
    pub fork_since_tree: &'a Tree,
    pub parent_since_tree: &'a Tree,
    pub fork_head_tree: &'a Tree,
    pub parent_head_tree: &'a Tree,
}

/// A fork's work offered back to its parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpstreamOffer {
    /// Based on the parent side of the sync point; the parent moves it onto
    /// its own head with [`super::rebase::rebase`] against that revision's tree.
    pub change: Change,
    /// The fork's revisions after the sync point, oldest first; the last one
    /// becomes the fork side of the next sync point once this is accepted.
    pub revisions: Vec<RevisionId>,
    /// Their authors, in order of first appearance, for attribution.
    pub authors: Vec<PersonId>,
}

/// Builds the offer of everything the fork did after the sync point as one
/// change against the parent, said in `message` or, when it is empty, in the
/// fork's own words (see [`fork_words`]). Conflicting when a path the fork
/// changed differs between the two sides of the sync point (the parent had
/// changed it before accepting the previous offer): the fork must take the
/// parent's version first. Nothing to offer, with the reason, when the fork
/// made nothing yet, the parent accepted all it made, its new revisions undo
/// each other, or the parent already has what they do.
pub fn offer_upstream(
    input: OfferInput<'_>,
    message: &str,
    limits: &FileLimits,
) -> Result<UpstreamOffer> {
    let OfferInput {
        fork,
        parent,
        link,
        since,
        ..
    } = input;
    if &link.child != fork.commons() || &link.parent != parent.commons() {
        return Err(CommonsError::ForeignRevision {
            revision: link.fork_point.to_string(),
        });
    }
    let pos = fork.position(&since.fork_revision)?;
    parent.check_base(&since.parent_revision)?;
    fork.check_tree(&since.fork_revision, input.fork_since_tree)?;
    parent.check_tree(&since.parent_revision, input.parent_since_tree)?;
    fork.check_tree(&fork.head().id, input.fork_head_tree)?;
    parent.check_tree(&parent.head().id, input.parent_head_tree)?;
    let after = &fork.revisions()[pos + 1..];
    let nothing = |why| CommonsError::NothingToOffer { why };
    if after.is_empty() {
        // Numbers count from 1 along the history: the sync revision is number pos + 1.
        return Err(nothing(if since.fork_revision == link.fork_point {
            NothingNew::OnlyInherited {
                fork_point: pos + 1,
            }
        } else {
            NothingNew::AllOffered { head: pos + 1 }
        }));
    }
    let count = after.len();
    let ops =
        FileOps::new(input.fork_since_tree.ops_to(input.fork_head_tree), limits).map_err(|e| {
            match e {
                // New revisions that cancel out (e.g. a change and its revert).
                CommonsError::EmptyChange => nothing(NothingNew::CancelOut { count }),
                other => other,
            }
        })?;
    if ops
        .paths()
        .all(|p| input.fork_head_tree.get(p) == input.parent_head_tree.get(p))
    {
        return Err(nothing(NothingNew::UpstreamHasThem { count }));
    }
    let stale: Vec<String> = ops
        .paths()
        .filter(|p| input.fork_since_tree.get(p) != input.parent_since_tree.get(p))
        .map(ToString::to_string)
        .collect();
    if !stale.is_empty() {
        return Err(CommonsError::Conflicting { paths: stale });
    }
    let message = match message.trim() {
        "" => fork_words(after),
        given => given.to_string(),
    };
    let change = Change::new(since.parent_revision.clone(), &message, ops)?;
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

/// What an offer says when its proposer wrote nothing: the offered revisions' own
/// messages, oldest first — one revision's as it is; for several, their titles (first
/// lines) joined by `; ` as the title, then each message in full. Cut to the longest
/// message a change may have.
pub fn fork_words(offered: &[RevisionMeta]) -> String {
    let messages: Vec<&str> = offered.iter().map(|r| r.message.trim()).collect();
    let words = match messages.as_slice() {
        [one] => one.to_string(),
        many => {
            let titles: Vec<&str> = many
                .iter()
                .map(|m| m.lines().next().unwrap_or_default().trim())
                .collect();
            format!("{}\n\n{}", titles.join("; "), many.join("\n\n"))
        }
    };
    words.chars().take(MAX_MESSAGE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::path::RepoPath;
    use crate::commons::model::rebase::rebase;
    use crate::commons::model::testkit::*;
    use std::collections::BTreeMap;

    fn get(t: &Tree, p: &str) -> Option<crate::commons::model::blob::Entry> {
        t.get(&RepoPath::parse(p).unwrap()).copied()
    }

    /// Offers `fork`'s work since `since` to `parent`.
    fn offer(
        fork: &Sim,
        parent: &Sim,
        link: &ForkLink,
        since: &SyncPoint,
    ) -> Result<UpstreamOffer> {
        let input = OfferInput {
            fork: &fork.history,
            parent: &parent.history,
            link,
            since,
            fork_since_tree: &fork.trees[&since.fork_revision],
            parent_since_tree: &parent.trees[&since.parent_revision],
            fork_head_tree: fork.head_tree(),
            parent_head_tree: parent.head_tree(),
        };
        offer_upstream(input, "From the fork", &FileLimits::default())
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

        let since = link.initial_sync();
        assert_eq!(
            offer(&fork, &bread, &link, &since).unwrap_err().code(),
            "nothing_to_offer"
        );

        fork.accept("f2", "cy", vec![put("a.md", "a by cy")]);
        fork.accept("f3", "di", vec![put("b.md", "b")]);
        bread.accept("r2", "ana", vec![put("README.md", "hello again")]);

        let first = offer(&fork, &bread, &link, &since).unwrap();
        assert_eq!(first.revisions, [rid("f2"), rid("f3")]);
        assert_eq!(first.authors, [pid("cy"), pid("di")]);
        assert_eq!(first.change.base, rid("r1"));
        let merged = rebase(
            &first.change,
            &bread.trees[&rid("r1")],
            &rid("r2"),
            bread.head_tree(),
        )
        .unwrap()
        .into_tree()
        .unwrap();
        assert_eq!(
            get(&merged, "README.md"),
            get(bread.head_tree(), "README.md")
        );
        assert_eq!(get(&merged, "a.md"), get(fork.head_tree(), "a.md"));
        assert_eq!(get(&merged, "b.md"), get(fork.head_tree(), "b.md"));

        // Wrong trees are caught rather than turned into a wrong change.
        let mut wrong = OfferInput {
            fork: &fork.history,
            parent: &bread.history,
            link: &link,
            since: &since,
            fork_since_tree: fork.head_tree(),
            parent_since_tree: &bread.trees[&rid("r1")],
            fork_head_tree: fork.head_tree(),
            parent_head_tree: bread.head_tree(),
        };
        let err = offer_upstream(wrong, "m", &FileLimits::default()).unwrap_err();
        assert_eq!(err.code(), "tree_mismatch");
        // The parent must be the link's parent.
        wrong.parent = &fork.history;
        wrong.fork_since_tree = &fork.trees[&rid("r1")];
        let err = offer_upstream(wrong, "m", &FileLimits::default()).unwrap_err();
        assert_eq!(err.code(), "foreign_revision");
    }

    #[test]
    fn nothing_to_offer_says_why() {
        let mut bread = Sim::create("bread", "ana");
        bread.accept("r1", "bo", vec![put("a.md", "a")]);
        let (mut fork, link) = bread.fork("bread-cy");
        let why =
            |fork: &Sim, bread: &Sim, since: &SyncPoint| match offer(fork, bread, &link, since)
                .unwrap_err()
            {
                CommonsError::NothingToOffer { why } => why,
                other => panic!("{other:?}"),
            };
        let start = link.initial_sync();
        // r0 and r1, both bread's: the fork point is revision 2.
        assert_eq!(
            why(&fork, &bread, &start),
            NothingNew::OnlyInherited { fork_point: 2 }
        );
        fork.accept("f1", "cy", vec![put("a.md", "b")]);
        fork.accept("f2", "cy", vec![put("a.md", "a")]);
        assert_eq!(
            why(&fork, &bread, &start),
            NothingNew::CancelOut { count: 2 }
        );
        fork.accept("f3", "cy", vec![put("c.md", "c")]);
        bread.accept("r2", "ana", vec![put("c.md", "c")]);
        assert_eq!(
            why(&fork, &bread, &start),
            NothingNew::UpstreamHasThem { count: 3 }
        );
        let synced = SyncPoint {
            fork_revision: rid("f3"),
            parent_revision: rid("r2"),
        };
        assert_eq!(
            why(&fork, &bread, &synced),
            NothingNew::AllOffered { head: 5 }
        );
    }

    #[test]
    fn an_offer_without_words_keeps_the_fork_s() {
        let bread = Sim::create("bread", "ana");
        let (mut fork, link) = bread.fork("bread-cy");
        fork.accept("f1", "cy", vec![put("a.md", "a")]);
        let input = |fork: &'_ Sim| {
            offer_upstream(
                OfferInput {
                    fork: &fork.history,
                    parent: &bread.history,
                    link: &link,
                    since: &link.initial_sync(),
                    fork_since_tree: &fork.trees[&rid("r0")],
                    parent_since_tree: &bread.trees[&rid("r0")],
                    fork_head_tree: fork.head_tree(),
                    parent_head_tree: bread.head_tree(),
                },
                "  ",
                &FileLimits::default(),
            )
            .unwrap()
        };
        assert_eq!(input(&fork).change.message, "revision f1\n\ndetails");
        fork.accept("f2", "di", vec![put("b.md", "b")]);
        assert_eq!(
            input(&fork).change.message,
            "revision f1; revision f2\n\nrevision f1\n\ndetails\n\nrevision f2\n\ndetails"
        );
    }

    #[test]
    fn later_offers_carry_only_new_work_and_catch_stale_paths() {
        let mut bread = Sim::create("bread", "ana");
        let (mut fork, link) = bread.fork("bread-cy");
        fork.accept("f1", "cy", vec![put("a.md", "a by cy")]);
        bread.accept("r1", "ana", vec![put("README.md", "hello again")]);
        let first = offer(&fork, &bread, &link, &link.initial_sync()).unwrap();
        let tree = rebase(
            &first.change,
            &bread.trees[&rid("r0")],
            &rid("r1"),
            bread.head_tree(),
        )
        .unwrap()
        .into_tree()
        .unwrap();
        bread.accept_tree("r2", "cy", tree);
        let since = SyncPoint {
            fork_revision: rid("f1"),
            parent_revision: rid("r2"),
        };

        // New work on a path both sides agree on: only it is offered.
        fork.accept("f2", "cy", vec![put("b.md", "b")]);
        let second = offer(&fork, &bread, &link, &since).unwrap();
        assert_eq!(second.revisions, [rid("f2")]);
        assert_eq!(second.change.base, rid("r2"));
        assert_eq!(
            second
                .change
                .ops
                .paths()
                .map(|p| p.as_str())
                .collect::<Vec<_>>(),
            ["b.md"]
        );
        rebase(
            &second.change,
            &bread.trees[&rid("r2")],
            &rid("r2"),
            bread.head_tree(),
        )
        .unwrap()
        .into_tree()
        .unwrap();

        // The fork edits README.md, which the parent had changed before the
        // sync: the fork has an old version of it, so the offer conflicts.
        fork.accept("f3", "cy", vec![put("README.md", "hello from cy")]);
        let err = offer(&fork, &bread, &link, &since).unwrap_err();
        assert_eq!(
            err,
            CommonsError::Conflicting {
                paths: vec!["README.md".into()]
            }
        );
    }

    #[test]
    fn forks_of_forks_offer_to_their_own_parent() {
        let bread = Sim::create("bread", "ana");
        let (mut fork, _) = bread.fork("bread-cy");
        fork.accept("f1", "cy", vec![put("x.md", "x")]);
        let (mut grandchild, l2) = fork.fork("bread-di");
        assert_eq!(grandchild.history.revisions().len(), 2);
        grandchild.accept("g1", "di", vec![put("y.md", "y")]);
        let up = offer(&grandchild, &fork, &l2, &l2.initial_sync()).unwrap();
        assert_eq!((up.revisions, up.change.base), (vec![rid("g1")], rid("f1")));
    }
}
