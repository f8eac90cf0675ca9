//! Test helpers shared by the commons' model and store tests: a commons kept in memory
//! with the tree of every revision, and short constructors (paths, text entries, file
//! operations).

use super::blob::{FileKind, FileLimits, prepare_file};
use super::fork::ForkLink;
use super::history::{History, RevisionMeta, RevisionOrigin};
use super::path::RepoPath;
use super::tree::{FileOp, FileOps, Tree};
use super::{CommonsId, ContributionId, PersonId, RevisionId};
use std::collections::HashMap;

/// A path, checked.
pub fn p(s: &str) -> RepoPath {
    RepoPath::parse(s).unwrap()
}

/// A text file's entry.
pub fn text(s: &str) -> super::blob::Entry {
    prepare_file(
        &p("x"),
        s.as_bytes(),
        FileKind::Text,
        &FileLimits::default(),
    )
    .unwrap()
}

/// File operations by path.
pub fn file_ops(list: Vec<(&str, FileOp)>) -> FileOps {
    FileOps::new(
        list.into_iter().map(|(k, v)| (p(k), v)),
        &FileLimits::default(),
    )
    .unwrap()
}

/// A commons in memory: its history and the tree of every revision.
pub struct Sim {
    pub history: History,
    pub trees: HashMap<RevisionId, Tree>,
}

pub fn rid(s: &str) -> RevisionId {
    RevisionId(s.into())
}
pub fn pid(s: &str) -> PersonId {
    PersonId(s.into())
}
pub fn cid(s: &str) -> CommonsId {
    CommonsId(s.into())
}
pub fn put(path: &str, body: &str) -> (RepoPath, FileOp) {
    let p = RepoPath::parse(path).unwrap();
    let e = prepare_file(&p, body.as_bytes(), FileKind::Text, &FileLimits::default()).unwrap();
    (p, FileOp::Add(e))
}

impl Sim {
    pub fn create(commons: &str, author: &str) -> Self {
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

    pub fn head_tree(&self) -> &Tree {
        &self.trees[&self.history.head().id]
    }

    /// Accepts `edits` (path, content) by `author` as revision `id`.
    pub fn accept(&mut self, id: &str, author: &str, edits: Vec<(RepoPath, FileOp)>) {
        let tree = self
            .head_tree()
            .apply(&ops(self.head_tree(), edits))
            .unwrap();
        self.accept_tree(id, author, tree);
    }

    /// Records `tree` (e.g. an accepted upstream offer) as revision `id`.
    pub fn accept_tree(&mut self, id: &str, author: &str, tree: Tree) {
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

    pub fn fork(&self, child: &str) -> (Sim, ForkLink) {
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
pub fn ops(tree: &Tree, edits: Vec<(RepoPath, FileOp)>) -> FileOps {
    let list = edits.into_iter().map(|(p, op)| match op {
        FileOp::Add(e) if tree.get(&p).is_some() => (p, FileOp::Modify(e)),
        other => (p, other),
    });
    FileOps::new(list, &FileLimits::default()).unwrap()
}

pub fn meta(
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
