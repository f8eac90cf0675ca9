//! Trees as the store keeps them: most revisions hold only the entries they changed, with a
//! whole tree every `treestore::SNAPSHOT_EVERY` revisions. Through many acceptances (adds,
//! edits, deletions, a change touching every file, a rebased change), a revert, and a fork
//! that works on past a whole-tree boundary, the tree rebuilt from the store alone at every
//! revision equals the one made by applying the same changes in memory, on either engine.

use super::get;
use crate::support::TestApp;
use commonfare::commons::blob::{BlobHash, FileKind, FileLimits};
use commonfare::commons::contribution::Transition;
use commonfare::commons::service::{self, FileInput, OpKind};
use commonfare::commons::treestore::SNAPSHOT_EVERY;
use commonfare::commons::{forks, revert, revisions, store};
use commonfare::web::actor::Actor as Person;
use std::collections::BTreeMap;

/// Path → content: a tree as the test expects it.
type Files = BTreeMap<String, String>;
/// Path → new content, or None to delete.
type Edits = Vec<(String, Option<String>)>;

async fn person(app: &TestApp, handle: &str) -> Person {
    let handle = handle.to_string();
    app.state
        .db
        .write(move |c| {
            commonfare::accounts::register_hashed(c, &handle, &handle, "never used to sign in")
        })
        .await
        .expect("person")
}

/// Proposes `edits` to the head of `handle` (whose files are `now`); returns its number.
async fn propose(app: &TestApp, who: &Person, handle: &str, edits: &Edits, now: &Files) -> i64 {
    let files = edits
        .iter()
        .map(|(path, content)| FileInput {
            path: path.clone(),
            op: match (content, now.contains_key(path)) {
                (None, _) => OpKind::Delete,
                (Some(_), true) => OpKind::Modify,
                (Some(_), false) => OpKind::Add,
            },
            kind: FileKind::Text,
            bytes: content.clone().map(String::into_bytes),
        })
        .collect();
    let (who, handle) = (who.clone(), handle.to_string());
    app.state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            let k = service::propose_change(
                c,
                &who,
                &row,
                None,
                "an edit",
                files,
                &FileLimits::default(),
            )?;
            Ok(k.number)
        })
        .await
        .expect("propose")
}

async fn accept(app: &TestApp, who: &Person, handle: &str, number: i64) {
    let (who, handle) = (who.clone(), handle.to_string());
    app.state
        .db
        .write(move |c| {
            let row = store::require_commons(c, &handle)?;
            service::review(c, &who, &row, number, Transition::Accept, "")
        })
        .await
        .expect("accept");
}

fn apply(files: &Files, edits: &Edits) -> Files {
    let mut next = files.clone();
    for (path, content) in edits {
        match content {
            Some(c) => next.insert(path.clone(), c.clone()),
            None => next.remove(path),
        };
    }
    next
}

/// A small deterministic generator, so a failure always replays the same history.
struct Steps(u64);

impl Steps {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }

    /// One to three edits of `files` at step `i`: an add, often an edit, sometimes a
    /// deletion; every 45th step edits every file.
    fn edits(&mut self, i: usize, files: &Files) -> Edits {
        if i % 45 == 44 {
            return files
                .keys()
                .map(|p| (p.clone(), Some(format!("all files, step {i}"))))
                .collect();
        }
        let mut edits: Edits = vec![(
            format!("dir{}/f{i}.md", self.next(5)),
            Some(format!("new at {i}")),
        )];
        let paths: Vec<&String> = files.keys().collect();
        if paths.len() > 2 {
            let p = paths[self.next(paths.len())].clone();
            edits.push((p, Some(format!("edited at {i}"))));
        }
        if paths.len() > 6 && self.next(3) == 0 {
            let p = paths[self.next(paths.len())].clone();
            if edits.iter().all(|(q, _)| *q != p) {
                edits.push((p, None));
            }
        }
        edits
    }
}

/// Accepts `steps` generated changes to `handle`; `expected[n]` is the tree of revision n.
async fn grow(
    app: &TestApp,
    handle: &str,
    (author, maintainer): (&Person, &Person),
    expected: &mut Vec<Files>,
    steps: std::ops::Range<usize>,
    rng: &mut Steps,
) {
    for i in steps {
        let now = expected.last().expect("a head").clone();
        let edits = rng.edits(i, &now);
        let k = propose(app, author, handle, &edits, &now).await;
        accept(app, maintainer, handle, k).await;
        expected.push(apply(&now, &edits));
    }
}

/// Every revision of `handle`, rebuilt from the store alone, against `expected`.
async fn check_every_revision(app: &TestApp, handle: &str, expected: &[Files]) {
    let handle_ = handle.to_string();
    let (trees, forms) = app
        .state
        .db
        .read(move |c| {
            let row = store::require_commons(c, &handle_)?;
            let (mut trees, mut forms) = (Vec::new(), Vec::new());
            for rev in store::revisions(c, &row.id, i64::MAX)?.into_iter().rev() {
                let stored = revisions::stored_tree_of(c, &rev)?;
                assert_eq!(
                    revisions::tree_of(c, &rev)?,
                    stored,
                    "revision {}",
                    rev.number
                );
                assert_eq!(stored.hash().to_hex(), rev.tree_hash);
                let files: BTreeMap<String, BlobHash> = stored
                    .iter()
                    .map(|(p, e)| (p.to_string(), e.hash))
                    .collect();
                trees.push((rev.number, files));
                forms.push((rev.number, rev.tree_delta));
            }
            Ok((trees, forms))
        })
        .await
        .expect("read every revision");
    assert_eq!(
        trees.len(),
        expected.len() - 1,
        "{handle}: one row per revision"
    );
    for (number, files) in trees {
        let want: BTreeMap<String, BlobHash> = expected[number as usize]
            .iter()
            .map(|(p, body)| (p.clone(), BlobHash::of(body.as_bytes())))
            .collect();
        assert_eq!(files, want, "{handle}: tree of revision {number}");
    }
    for (number, delta) in &forms {
        if *number == 1 || number % SNAPSHOT_EVERY == 0 {
            assert!(!delta, "{handle}: revision {number} stores its whole tree");
        }
    }
    let deltas = forms.iter().filter(|(_, d)| *d).count();
    assert!(
        deltas * 2 > forms.len(),
        "{handle}: most revisions store changes only"
    );
}

#[tokio::test]
async fn every_revision_reads_back_its_tree() {
    let app = TestApp::spawn().await;
    let ada = person(&app, "ada").await;
    let bob = person(&app, "bob").await;
    let a = ada.clone();
    app.state
        .db
        .write(move |c| {
            let new = service::new_commons("loaf", "Loaf", "", "knowledge", "CC0-1.0", None)?;
            service::create(c, &a, new)
        })
        .await
        .expect("create");
    // expected[0] is unused: revisions are numbered from 1.
    let mut expected = vec![Files::new(), Files::new()];
    let mut rng = Steps(0x5eed_1234_abcd_0001);
    grow(&app, "loaf", (&bob, &ada), &mut expected, 0..140, &mut rng).await;

    // Two changes proposed on the same head: the second accepted is rebased.
    let head = expected.last().unwrap().clone();
    let late: Edits = vec![("late/added.md".into(), Some("late".into()))];
    let first = propose(&app, &bob, "loaf", &late, &head).await;
    let path = head.keys().next().unwrap().clone();
    let edit: Edits = vec![(path, Some("edited meanwhile".into()))];
    let second = propose(&app, &bob, "loaf", &edit, &head).await;
    accept(&app, &ada, "loaf", second).await;
    accept(&app, &ada, "loaf", first).await;
    let after_edit = apply(&head, &edit);
    expected.push(after_edit.clone());
    expected.push(apply(&after_edit, &late));

    // Reverting the head gives back the tree before it.
    let number = (expected.len() - 1) as i64;
    let a = ada.clone();
    app.state
        .db
        .write(move |c| {
            let row = store::require_commons(c, "loaf")?;
            revert::revert(c, &a, &row, number)
        })
        .await
        .expect("revert");
    expected.push(expected[expected.len() - 2].clone());

    // A fork at revision 100 works on past revision 128 (a whole tree) in its own rows.
    let b = bob.clone();
    app.state
        .db
        .write(move |c| {
            let parent = store::require_commons(c, "loaf")?;
            forks::fork(c, &b, &parent, "loaf-fork", None, Some(100))
        })
        .await
        .expect("fork");
    let mut fork_expected = expected[..=100].to_vec();
    grow(
        &app,
        "loaf-fork",
        (&ada, &bob),
        &mut fork_expected,
        200..240,
        &mut rng,
    )
    .await;

    check_every_revision(&app, "loaf", &expected).await;
    check_every_revision(&app, "loaf-fork", &fork_expected).await;

    // And through the API, as people read them.
    for (handle, n, want) in [
        ("loaf", 65, &expected[65]),
        ("loaf-fork", 130, &fork_expected[130]),
    ] {
        let files = get(
            &app,
            &format!("/api/v1/commons/{handle}/files?revision={n}"),
        )
        .await;
        let paths: Vec<&str> = files
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths, want.keys().map(String::as_str).collect::<Vec<_>>());
    }
}
