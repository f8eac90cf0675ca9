//! File paths inside a commons: the only way to build one is
//! [`RepoPath::parse`], so every path held by a tree is known to be relative,
//! normalised and safe to write into a tar or zip archive on any system.

use super::error::{CommonsError, PathProblem, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest path in bytes. Long enough for deep documentation trees, short
/// enough to stay inside every archive format and filesystem we write to.
pub const MAX_PATH_BYTES: usize = 1024;
/// Longest single name in bytes (the common filesystem limit).
pub const MAX_SEGMENT_BYTES: usize = 255;
/// Deepest nesting of folders.
pub const MAX_DEPTH: usize = 32;

/// A validated, `/`-separated path relative to the root of a commons.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RepoPath(String);

impl RepoPath {
    /// Validates `raw` exactly as given: nothing is silently trimmed or fixed,
    /// because a path the author did not write would surprise them later.
    pub fn parse(raw: &str) -> Result<Self> {
        check(raw).map_err(|problem| CommonsError::InvalidPath {
            path: printable(raw),
            problem,
        })?;
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The folders that must exist for this path: `a/b/c` gives `a`, `a/b`.
    pub fn ancestors(&self) -> impl Iterator<Item = &str> {
        self.0.match_indices('/').map(move |(i, _)| &self.0[..i])
    }

    /// The file's own name (the last segment).
    pub fn file_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }
}

fn check(raw: &str) -> std::result::Result<(), PathProblem> {
    if raw.is_empty() {
        return Err(PathProblem::Empty);
    }
    if let Some(position) = raw
        .char_indices()
        .find(|(_, c)| c.is_control())
        .map(|(i, _)| i)
    {
        return Err(PathProblem::ControlCharacter { position });
    }
    if let Some(position) = raw
        .char_indices()
        .find(|(_, c)| crate::text::is_invisible(*c))
        .map(|(i, _)| i)
    {
        return Err(PathProblem::Invisible { position });
    }
    if raw.len() > MAX_PATH_BYTES {
        return Err(PathProblem::TooLong {
            bytes: raw.len(),
            limit: MAX_PATH_BYTES,
        });
    }
    if raw.starts_with('/') {
        return Err(PathProblem::Absolute);
    }
    // A backslash is a separator on Windows: `a\..\b` would escape on extraction there.
    if raw.contains('\\') {
        return Err(PathProblem::Backslash);
    }
    let mut segments = 0;
    for segment in raw.split('/') {
        segments += 1;
        match segment {
            "" => return Err(PathProblem::EmptySegment),
            "." => return Err(PathProblem::DotSegment),
            ".." => return Err(PathProblem::ParentSegment),
            s if s.len() > MAX_SEGMENT_BYTES => {
                return Err(PathProblem::SegmentTooLong {
                    bytes: s.len(),
                    limit: MAX_SEGMENT_BYTES,
                });
            }
            s => portable(s)?,
        }
    }
    if segments > MAX_DEPTH {
        return Err(PathProblem::TooDeep {
            segments,
            limit: MAX_DEPTH,
        });
    }
    Ok(())
}

/// Windows refuses these characters in names and these device names (with
/// any extension); a commons must unpack on its contributors' machines.
const NOT_PORTABLE_CHARS: &[char] = &['<', '>', ':', '"', '|', '?', '*'];
const DEVICE_NAMES: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

fn portable(segment: &str) -> std::result::Result<(), PathProblem> {
    let problem = |reason| PathProblem::NotPortable {
        segment: printable(segment),
        reason,
    };
    if segment.contains(NOT_PORTABLE_CHARS) {
        return Err(problem("characters"));
    }
    if segment.ends_with([' ', '.']) {
        return Err(problem("trailing"));
    }
    let stem = segment.split('.').next().unwrap_or(segment).trim_end();
    if DEVICE_NAMES.iter().any(|d| stem.eq_ignore_ascii_case(d)) {
        return Err(problem("device"));
    }
    Ok(())
}

/// Error messages echo the path back; escape control characters so that a
/// hostile path cannot forge log lines or terminal output.
fn printable(raw: &str) -> String {
    let cut: String = raw.chars().take(200).collect();
    let mut out = cut.escape_debug().to_string();
    if cut.len() < raw.len() {
        out.push('…');
    }
    out
}

impl TryFrom<String> for RepoPath {
    type Error = CommonsError;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<RepoPath> for String {
    fn from(value: RepoPath) -> Self {
        value.0
    }
}

// Lets maps keyed by path be searched by `&str` (e.g. folder prefixes, which
// are not valid paths themselves). Consistent because `Ord` is `String`'s.
impl std::borrow::Borrow<str> for RepoPath {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RepoPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(raw: &str) -> &'static str {
        RepoPath::parse(raw).unwrap_err().code()
    }

    #[test]
    fn accepts_ordinary_paths() {
        for ok in [
            "README.md",
            "docs/guide/intro.md",
            "a b/ç.txt",
            ".gitignore",
            "x/..y/z..w",
            "console.md",
            "docs/aux-notes.txt",
            "日本/語",
        ] {
            assert_eq!(RepoPath::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn refuses_each_bad_shape_with_its_code() {
        assert_eq!(code(""), "path_empty");
        assert_eq!(code("/etc/passwd"), "path_absolute");
        assert_eq!(code("a\\b"), "path_backslash");
        assert_eq!(code("a//b"), "path_empty_segment");
        assert_eq!(code("a/"), "path_empty_segment");
        assert_eq!(code("./a"), "path_dot_segment");
        assert_eq!(code("a/../../b"), "path_parent_segment");
        assert_eq!(code(".."), "path_parent_segment");
        assert_eq!(code("a\0b"), "path_control_character");
        assert_eq!(code("a\nb"), "path_control_character");
        assert_eq!(code("a\u{7f}"), "path_control_character");
        assert_eq!(code(&"a/".repeat(600)), "path_too_long");
        assert_eq!(code(&"n".repeat(256)), "path_segment_too_long");
        assert_eq!(code(&vec!["d"; 33].join("/")), "path_too_deep");
        for not_portable in [
            "a:b",
            "docs/what?.md",
            "x/y.",
            "trailing ",
            "AUX",
            "docs/nul.txt",
            "Com1.tar.gz",
        ] {
            assert_eq!(code(not_portable), "path_not_portable", "{not_portable}");
        }
    }

    #[test]
    fn error_message_escapes_control_characters() {
        let err = RepoPath::parse("evil\nline").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("evil\\nline"), "{msg}");
        assert!(!msg.contains('\n'));
    }

    #[test]
    fn ancestors_and_name() {
        let p = RepoPath::parse("a/b/c.txt").unwrap();
        assert_eq!(p.ancestors().collect::<Vec<_>>(), ["a", "a/b"]);
        assert_eq!(p.file_name(), "c.txt");
    }

    #[test]
    fn deserialising_validates() {
        assert!(serde_json::from_str::<RepoPath>("\"../x\"").is_err());
        let p: RepoPath = serde_json::from_str("\"x/y\"").unwrap();
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"x/y\"");
    }
}
