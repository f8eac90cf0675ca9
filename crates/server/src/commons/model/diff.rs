//! Differences between revisions: which files changed between two trees,
//! and line diffs of text files, both as a unified diff (for download and
//! the API) and as a structured form that pages render line by line.

use super::blob::{Entry, FileKind};
use super::path::RepoPath;
use super::tree::Tree;
use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

/// Lines of unchanged context around each hunk.
pub const CONTEXT_LINES: usize = 3;
/// Text larger than this (either side) is not line-diffed: the diff
/// algorithm is superlinear and a page cannot show it usefully anyway.
pub const MAX_DIFF_BYTES: usize = 1024 * 1024;

/// How a path differs between two trees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    Added,
    Deleted,
    Modified,
}

/// One changed path between two trees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeChange {
    pub path: RepoPath,
    pub status: FileStatus,
    pub old: Option<Entry>,
    pub new: Option<Entry>,
}

impl TreeChange {
    /// Both sides are text (or absent), so a line diff makes sense.
    pub fn is_text(&self) -> bool {
        [self.old, self.new]
            .iter()
            .flatten()
            .all(|e| e.kind == FileKind::Text)
    }
}

/// The changed paths from `old` to `new`, in path order.
pub fn diff_trees(old: &Tree, new: &Tree) -> Vec<TreeChange> {
    old.changed_paths(new)
        .into_iter()
        .map(|path| {
            let (o, n) = (old.get(&path).copied(), new.get(&path).copied());
            let status = match (o, n) {
                (None, _) => FileStatus::Added,
                (_, None) => FileStatus::Deleted,
                _ => FileStatus::Modified,
            };
            TreeChange {
                path,
                status,
                old: o,
                new: n,
            }
        })
        .collect()
}

/// Whether a diff line is shared, removed or added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineTag {
    Context,
    Deleted,
    Inserted,
}

/// One line of a hunk, with its 1-based number on each side it exists on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffLine {
    pub tag: LineTag,
    pub old_number: Option<usize>,
    pub new_number: Option<usize>,
    /// The line without its line ending.
    pub text: String,
    /// The file ends on this line without a final newline.
    pub no_newline_at_end: bool,
}

/// A run of changes with its context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hunk {
    /// 1-based first line on the old side (as in a unified diff header).
    pub old_start: usize,
    pub old_lines: usize,
    pub new_start: usize,
    pub new_lines: usize,
    pub lines: Vec<DiffLine>,
}

/// The line diff of one text file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum TextFileDiff {
    Lines {
        hunks: Vec<Hunk>,
        inserted: usize,
        deleted: usize,
        /// The same diff as unified text (`--- a/path`, `+++ b/path`).
        unified: String,
    },
    /// One side is over [`MAX_DIFF_BYTES`]; only sizes are compared.
    TooLarge { old_bytes: usize, new_bytes: usize },
}

/// Line-diffs two versions of a text file (an absent side is empty, as in
/// an added or deleted file). Myers' algorithm, no time limit, so the same
/// inputs always give the same diff.
pub fn diff_text(path: &RepoPath, old: &str, new: &str) -> TextFileDiff {
    if old.len() > MAX_DIFF_BYTES || new.len() > MAX_DIFF_BYTES {
        return TextFileDiff::TooLarge {
            old_bytes: old.len(),
            new_bytes: new.len(),
        };
    }
    let diff = TextDiff::from_lines(old, new);
    let unified = diff
        .unified_diff()
        .context_radius(CONTEXT_LINES)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string();
    let (mut inserted, mut deleted) = (0, 0);
    let hunks = diff
        .grouped_ops(CONTEXT_LINES)
        .iter()
        .map(|group| {
            let (first, last) = (&group[0], &group[group.len() - 1]);
            let old_range = first.old_range().start..last.old_range().end;
            let new_range = first.new_range().start..last.new_range().end;
            let lines = group
                .iter()
                .flat_map(|op| diff.iter_changes(op))
                .map(|change| {
                    let tag = match change.tag() {
                        ChangeTag::Equal => LineTag::Context,
                        ChangeTag::Delete => {
                            deleted += 1;
                            LineTag::Deleted
                        }
                        ChangeTag::Insert => {
                            inserted += 1;
                            LineTag::Inserted
                        }
                    };
                    let value = change.value();
                    let text = value
                        .strip_suffix('\n')
                        .map(|t| t.strip_suffix('\r').unwrap_or(t));
                    DiffLine {
                        tag,
                        old_number: change.old_index().map(|i| i + 1),
                        new_number: change.new_index().map(|i| i + 1),
                        text: text.unwrap_or(value).to_owned(),
                        no_newline_at_end: change.missing_newline(),
                    }
                })
                .collect();
            Hunk {
                old_start: header_start(&old_range),
                old_lines: old_range.len(),
                new_start: header_start(&new_range),
                new_lines: new_range.len(),
                lines,
            }
        })
        .collect();
    TextFileDiff::Lines {
        hunks,
        inserted,
        deleted,
        unified,
    }
}

/// Unified diff convention: an empty range names the line before it.
fn header_start(range: &std::ops::Range<usize>) -> usize {
    if range.is_empty() {
        range.start
    } else {
        range.start + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::blob::{FileLimits, prepare_file};

    fn p(s: &str) -> RepoPath {
        RepoPath::parse(s).unwrap()
    }

    #[test]
    fn tree_changes_are_classified() {
        let e = |s: &str| {
            prepare_file(
                &p("x"),
                s.as_bytes(),
                FileKind::Text,
                &FileLimits::default(),
            )
            .unwrap()
        };
        let old =
            Tree::from_entries([(p("a"), e("1")), (p("b"), e("2")), (p("c"), e("3"))]).unwrap();
        let new =
            Tree::from_entries([(p("a"), e("1")), (p("b"), e("22")), (p("d"), e("4"))]).unwrap();
        let got: Vec<_> = diff_trees(&old, &new)
            .into_iter()
            .map(|c| (c.path.to_string(), c.status))
            .collect();
        assert_eq!(
            got,
            [
                ("b".into(), FileStatus::Modified),
                ("c".into(), FileStatus::Deleted),
                ("d".into(), FileStatus::Added)
            ]
        );
        assert!(diff_trees(&old, &old).is_empty());
    }

    #[test]
    fn unified_and_structured_forms_agree() {
        let old = "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n";
        let new = "one\ntwo\nTHREE\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven";
        let TextFileDiff::Lines {
            hunks,
            inserted,
            deleted,
            unified,
        } = diff_text(&p("n.txt"), old, new)
        else {
            panic!("small texts are diffed")
        };
        assert_eq!((inserted, deleted), (2, 1));
        let expected = "--- a/n.txt\n+++ b/n.txt\n@@ -1,6 +1,6 @@\n one\n two\n-three\n+THREE\n four\n five\n six\n\
                        @@ -8,3 +8,4 @@\n eight\n nine\n ten\n+eleven\n\\ No newline at end of file\n";
        assert_eq!(unified, expected);
        assert_eq!(hunks.len(), 2);
        let h = &hunks[0];
        assert_eq!(
            (h.old_start, h.old_lines, h.new_start, h.new_lines),
            (1, 6, 1, 6)
        );
        assert_eq!(
            h.lines[2],
            DiffLine {
                tag: LineTag::Deleted,
                old_number: Some(3),
                new_number: None,
                text: "three".into(),
                no_newline_at_end: false
            }
        );
        let last = hunks[1].lines.last().unwrap();
        assert_eq!(
            (last.text.as_str(), last.new_number, last.no_newline_at_end),
            ("eleven", Some(11), true)
        );
        // Every structured line appears in the unified text with its sign.
        for line in hunks.iter().flat_map(|h| &h.lines) {
            let sign = match line.tag {
                LineTag::Context => ' ',
                LineTag::Deleted => '-',
                LineTag::Inserted => '+',
            };
            assert!(
                unified.contains(&format!("{sign}{}\n", line.text)),
                "{line:?}"
            );
        }
    }

    /// Rebuilds the new text from the old one and the structured hunks, as
    /// a page or a patch tool would, using only line numbers and tags.
    fn patch(old: &str, hunks: &[Hunk]) -> String {
        let old_lines: Vec<&str> = old.lines().collect();
        let (mut out, mut next_old) = (Vec::new(), 0);
        let mut missing_newline = old.is_empty() || !old.ends_with('\n');
        for h in hunks {
            let first_old = h
                .lines
                .iter()
                .find_map(|l| l.old_number)
                .map_or(h.old_start, |n| n - 1);
            out.extend(old_lines[next_old..first_old].iter().map(|s| s.to_string()));
            next_old = first_old;
            for l in &h.lines {
                match l.tag {
                    LineTag::Context => {
                        out.push(old_lines[next_old].to_string());
                        next_old += 1;
                    }
                    LineTag::Deleted => next_old += 1,
                    LineTag::Inserted => out.push(l.text.clone()),
                }
                if l.tag != LineTag::Deleted {
                    missing_newline = l.no_newline_at_end;
                }
            }
        }
        if next_old < old_lines.len() {
            out.extend(old_lines[next_old..].iter().map(|s| s.to_string()));
            missing_newline = !old.ends_with('\n');
        }
        let mut text = out.join("\n");
        if !out.is_empty() && !missing_newline {
            text.push('\n');
        }
        text
    }

    proptest::proptest! {
        #[test]
        fn structured_hunks_rebuild_the_new_text(
            old in proptest::collection::vec("[abc]{0,2}", 0..30),
            new in proptest::collection::vec("[abc]{0,2}", 0..30),
            old_nl: bool,
            new_nl: bool,
        ) {
            let join = |lines: &[String], nl: bool| {
                let mut t = lines.join("\n");
                if nl && !lines.is_empty() { t.push('\n'); }
                t
            };
            let (old, new) = (join(&old, old_nl), join(&new, new_nl));
            let TextFileDiff::Lines { hunks, .. } = diff_text(&p("f"), &old, &new) else { unreachable!() };
            proptest::prop_assert_eq!(patch(&old, &hunks), new);
        }
    }

    #[test]
    fn added_file_and_size_guard() {
        let TextFileDiff::Lines { hunks, .. } = diff_text(&p("new.md"), "", "a\nb\n") else {
            panic!()
        };
        assert_eq!(
            (hunks[0].old_start, hunks[0].old_lines, hunks[0].new_start),
            (0, 0, 1)
        );
        let big = "x".repeat(MAX_DIFF_BYTES + 1);
        assert_eq!(
            diff_text(&p("big"), "", &big),
            TextFileDiff::TooLarge {
                old_bytes: 0,
                new_bytes: big.len()
            }
        );
    }
}
