//! Property tests of the commons model: path validation never lets an
//! unsafe path through, and rebasing a non-conflicting change gives exactly
//! the tree that applying it on the head gives, keeping both sides' work.

use super::RevisionId;
use super::blob::{Entry, FileKind, FileLimits, prepare_file};
use super::contribution::Change;
use super::path::{MAX_DEPTH, MAX_PATH_BYTES, MAX_SEGMENT_BYTES, RepoPath};
use super::rebase::{RebaseOutcome, rebase};
use super::tree::{FileOp, FileOps, Tree};
use proptest::prelude::*;

proptest! {
    #[test]
    fn any_accepted_path_is_safe(raw in "[a./\\\\\u{0}\n é:?-]{0,12}|\\PC{0,40}") {
        if let Ok(path) = RepoPath::parse(&raw) {
            let s = path.as_str();
            prop_assert!(!s.is_empty() && !s.starts_with('/') && !s.contains('\\'));
            prop_assert!(s.len() <= MAX_PATH_BYTES);
            prop_assert!(!s.chars().any(char::is_control));
            let segments: Vec<&str> = s.split('/').collect();
            prop_assert!(segments.len() <= MAX_DEPTH);
            for seg in segments {
                prop_assert!(!seg.is_empty() && seg != "." && seg != "..");
                prop_assert!(seg.len() <= MAX_SEGMENT_BYTES);
                prop_assert!(!seg.contains(['<', '>', ':', '"', '|', '?', '*']));
                prop_assert!(!seg.ends_with([' ', '.']));
            }
            prop_assert_eq!(s, raw.as_str());
        }
    }

    #[test]
    fn well_formed_paths_are_accepted(segments in prop::collection::vec("x[a-zA-Z0-9_. é-]{0,19}[a-zA-Z0-9_é-]", 1..8)) {
        // Starting with `x` and ending with neither space nor dot keeps each
        // segment portable (no device name, no trailing dot) by construction.
        let raw = segments.join("/");
        let path = RepoPath::parse(&raw).unwrap();
        prop_assert_eq!(path.as_str(), raw.as_str());
        let back: RepoPath = serde_json::from_str(&serde_json::to_string(&path).unwrap()).unwrap();
        prop_assert_eq!(back, path);
    }

    #[test]
    fn inserting_a_dotdot_segment_is_always_refused(
        // Starting with `x` keeps the other segments portable (`prn`, `aux` … are device
        // names, refused with their own code before the `..` is reached).
        before in prop::collection::vec("x[a-z]{0,4}", 0..4),
        after in prop::collection::vec("x[a-z]{0,4}", 0..4),
    ) {
        let raw = before.iter().map(String::as_str).chain([".."]).chain(after.iter().map(String::as_str))
            .collect::<Vec<_>>().join("/");
        prop_assert_eq!(RepoPath::parse(&raw).unwrap_err().code(), "path_parent_segment");
    }

    #[test]
    fn rebase_of_a_non_conflicting_change_equals_applying_it_on_the_head(
        base_plan in plan(), head_plan in plan(), change_plan in plan(),
    ) {
        let base = build(&Tree::default(), &base_plan).unwrap_or_default();
        let head = build(&base, &head_plan).unwrap_or_else(|| base.clone());
        let Some(ops) = ops_for(&base, &change_plan) else { return Ok(()) };
        let change = Change::new(RevisionId("base".into()), "edit", ops.clone()).unwrap();
        match rebase(&change, &base, &RevisionId("head".into()), &head).unwrap() {
            RebaseOutcome::Rebased { change: moved, tree } => {
                prop_assert_eq!(&moved.base, &RevisionId("head".into()));
                prop_assert_eq!(&tree, &head.apply(&ops).unwrap());
                // Both sides' work survives: the change's paths as on the
                // change's own result, every other path as on the head.
                let mine = base.apply(&ops).unwrap();
                for path in UNIVERSE.iter().map(|p| RepoPath::parse(p).unwrap()) {
                    let touched = ops.paths().any(|q| *q == path);
                    let want = if touched { mine.get(&path) } else { head.get(&path) };
                    prop_assert_eq!(tree.get(&path), want);
                }
            }
            RebaseOutcome::Conflicting { paths } => {
                prop_assert!(!paths.is_empty());
                let moved = base.changed_paths(&head);
                for p in &paths {
                    let p = RepoPath::parse(p).unwrap();
                    prop_assert!(ops.paths().any(|q| *q == p));
                    prop_assert!(moved.contains(&p));
                }
            }
            RebaseOutcome::UpToDate { .. } => prop_assert!(false, "base differs from head id"),
        }
    }

    #[test]
    fn applying_then_diffing_round_trips(base_plan in plan(), change_plan in plan()) {
        let base = build(&Tree::default(), &base_plan).unwrap_or_default();
        let Some(ops) = ops_for(&base, &change_plan) else { return Ok(()) };
        let next = base.apply(&ops).unwrap();
        let back = FileOps::new(base.ops_to(&next), &FileLimits::default());
        match back {
            Ok(back) => prop_assert_eq!(base.apply(&back).unwrap(), next),
            // Only when the change rewrote files with their own content.
            Err(e) => prop_assert_eq!((e.code(), base.hash()), ("empty_change", next.hash())),
        }
    }
}

/// Paths for arbitrary (often invalid) operations: many pairs clash as file
/// and folder with each other or with the base below.
const CLASHY: [&str; 9] = [
    "a", "a/b", "a/b/c", "d.md", "d.md/x", "a-b", "e", "e/f", "x/y",
];
const CLASHY_BASE: [&str; 5] = ["a", "d.md", "e/f", "a-b", "x/y"];

proptest! {
    #[test]
    fn apply_in_place_matches_a_naive_full_check_and_is_all_or_nothing(
        base_mask in prop::collection::vec(any::<bool>(), CLASHY_BASE.len()),
        raw in prop::collection::vec((0..CLASHY.len(), prop::option::of(0u8..3), any::<bool>()), 1..6),
    ) {
        let base = Tree::from_entries(CLASHY_BASE.iter().zip(&base_mask).filter(|(_, keep)| **keep).map(|(p, _)| {
            let path = RepoPath::parse(p).unwrap();
            (path.clone(), entry(&path, 0))
        })).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        let ops: Vec<(RepoPath, FileOp)> = raw.into_iter().filter(|(i, _, _)| seen.insert(*i)).map(|(i, content, add)| {
            let path = RepoPath::parse(CLASHY[i]).unwrap();
            let op = match content {
                None => FileOp::Delete,
                Some(n) if add => FileOp::Add(entry(&path, n)),
                Some(n) => FileOp::Modify(entry(&path, n)),
            };
            (path, op)
        }).collect();
        // The naive model: copy everything, apply, then check the whole tree.
        let mut naive: std::collections::BTreeMap<RepoPath, Entry> = base.iter().map(|(p, e)| (p.clone(), *e)).collect();
        let mut valid = true;
        for (path, op) in &ops {
            match (op, naive.contains_key(path)) {
                (FileOp::Add(_), true) | (FileOp::Modify(_) | FileOp::Delete, false) => valid = false,
                (FileOp::Add(e) | FileOp::Modify(e), _) => { naive.insert(path.clone(), *e); }
                (FileOp::Delete, true) => { naive.remove(path); }
            }
        }
        let expected = if valid { Tree::from_entries(naive).ok() } else { None };
        let file_ops = FileOps::new(ops, &FileLimits::default()).unwrap();
        let mut working = base.clone();
        match (working.apply_in_place(&file_ops), expected) {
            (Ok(()), Some(want)) => {
                // The incrementally kept hash equals the from-scratch one.
                prop_assert_eq!(working.hash(), want.hash());
                prop_assert_eq!(working, want);
            }
            (Err(_), None) => {
                prop_assert_eq!(working.hash(), base.hash());
                prop_assert_eq!(working, base);
            }
            (got, want) => prop_assert!(false, "got {:?}, naive model says {:?}", got, want),
        }
    }
}

/// Paths that never clash as file and folder, so every plan is applicable.
const UNIVERSE: [&str; 6] = ["a.md", "b.md", "c.bin", "d/e.md", "d/f.md", "g/h/i.md"];

/// Per path of the universe: leave it (None), delete it (Some(None)) or
/// write one of a few contents (Some(Some(n))).
fn plan() -> impl Strategy<Value = Vec<Option<Option<u8>>>> {
    prop::collection::vec(prop::option::of(prop::option::of(0u8..3)), UNIVERSE.len())
}

fn entry(path: &RepoPath, n: u8) -> Entry {
    let kind = if path.as_str().ends_with(".bin") {
        FileKind::Binary
    } else {
        FileKind::Text
    };
    prepare_file(
        path,
        format!("{path} v{n}").as_bytes(),
        kind,
        &FileLimits::default(),
    )
    .unwrap()
}

/// Turns a plan into operations valid against `tree`: a write is an add
/// when the path is absent and a modify otherwise; a delete of an absent
/// path is skipped. None when the plan does nothing.
fn ops_for(tree: &Tree, plan: &[Option<Option<u8>>]) -> Option<FileOps> {
    let ops = UNIVERSE.iter().zip(plan).filter_map(|(raw, step)| {
        let path = RepoPath::parse(raw).unwrap();
        let exists = tree.get(&path).is_some();
        let op = match step.as_ref()? {
            None if exists => FileOp::Delete,
            None => return None,
            Some(n) if exists => FileOp::Modify(entry(&path, *n)),
            Some(n) => FileOp::Add(entry(&path, *n)),
        };
        Some((path, op))
    });
    FileOps::new(ops, &FileLimits::default()).ok()
}

fn build(tree: &Tree, plan: &[Option<Option<u8>>]) -> Option<Tree> {
    Some(tree.apply(&ops_for(tree, plan)?).unwrap())
}

/// Not a timed test (nothing asserts a duration): prints how the model's
/// share of an acceptance scales, for the benchmark notes. Run with
/// `cargo test -p commonfare --release --lib commons::tests::measure -- --ignored --nocapture`.
#[test]
#[ignore = "measurement; run on demand in --release"]
fn measure_sequential_acceptances_and_tree_loading() {
    use std::time::Instant;
    let limits = FileLimits::default();
    let n = 10_000;
    let files: Vec<(RepoPath, Entry)> = (0..n)
        .map(|i| {
            let path = RepoPath::parse(&format!("docs/part-{}/file-{i}.md", i % 100)).unwrap();
            let e = prepare_file(
                &path,
                format!("content {i}\n").as_bytes(),
                FileKind::Text,
                &limits,
            )
            .unwrap();
            (path, e)
        })
        .collect();
    let start = Instant::now();
    let mut tree = Tree::default();
    let mut last = tree.hash();
    for (path, e) in &files {
        let ops = FileOps::new([(path.clone(), FileOp::Add(*e))], &limits).unwrap();
        let change = Change::new(RevisionId("head".into()), "add", ops).unwrap();
        tree.apply_in_place(&change.ops).unwrap();
        let h = tree.hash();
        assert_ne!(h, last);
        last = h;
    }
    let accept = start.elapsed();
    let start = Instant::now();
    let loaded = Tree::from_entries(files.iter().cloned()).unwrap();
    let load = start.elapsed();
    assert_eq!(loaded.hash(), tree.hash());
    println!(
        "{n} sequential in-place acceptances with tree hash: {:.1} ms ({:.0}/s); loading a {n}-file tree: {:.1} ms",
        accept.as_secs_f64() * 1e3,
        n as f64 / accept.as_secs_f64(),
        load.as_secs_f64() * 1e3
    );
}
