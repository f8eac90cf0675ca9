//! The one error type of the commons model: every rule that can refuse input
//! refuses it with a variant here, carrying a stable snake_case `code` (the
//! server maps it to a 4xx problem+json) and a message that says what to fix.

use std::fmt;

/// What is wrong with a file path, as found by [`super::path::RepoPath::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathProblem {
    Empty,
    Absolute,
    Backslash,
    EmptySegment,
    DotSegment,
    ParentSegment,
    ControlCharacter {
        position: usize,
    },
    /// A character that shows nothing or reorders what is shown (see `text::is_invisible`).
    Invisible {
        position: usize,
    },
    TooLong {
        bytes: usize,
        limit: usize,
    },
    SegmentTooLong {
        bytes: usize,
        limit: usize,
    },
    TooDeep {
        segments: usize,
        limit: usize,
    },
    /// Cannot be extracted on every common system (Windows in practice).
    NotPortable {
        segment: String,
        reason: &'static str,
    },
}

impl PathProblem {
    /// Stable code, one per problem, so clients can react without parsing text.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "path_empty",
            Self::Absolute => "path_absolute",
            Self::Backslash => "path_backslash",
            Self::EmptySegment => "path_empty_segment",
            Self::DotSegment => "path_dot_segment",
            Self::ParentSegment => "path_parent_segment",
            Self::ControlCharacter { .. } => "path_control_character",
            Self::Invisible { .. } => "path_invisible_character",
            Self::TooLong { .. } => "path_too_long",
            Self::SegmentTooLong { .. } => "path_segment_too_long",
            Self::TooDeep { .. } => "path_too_deep",
            Self::NotPortable { .. } => "path_not_portable",
        }
    }
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "the path is empty; give a file name such as `README.md`"),
            Self::Absolute => write!(
                f,
                "the path starts with `/`; write it relative to the commons root"
            ),
            Self::Backslash => write!(f, "the path contains `\\`; separate folders with `/`"),
            Self::EmptySegment => write!(
                f,
                "the path has an empty segment (`//` or a trailing `/`); remove it"
            ),
            Self::DotSegment => write!(f, "the path has a `.` segment; remove it"),
            Self::ParentSegment => write!(
                f,
                "the path has a `..` segment; paths may not leave the commons"
            ),
            Self::ControlCharacter { position } => write!(
                f,
                "the path has a control character at byte {position}; use printable characters only"
            ),
            Self::Invisible { position } => write!(
                f,
                "the path has an invisible character at byte {position} (a direction control, a \
                 direction mark or a zero-width space), which could make it read as another \
                 path; remove it"
            ),
            Self::TooLong { bytes, limit } => {
                write!(f, "the path is {bytes} bytes long; the limit is {limit}")
            }
            Self::SegmentTooLong { bytes, limit } => write!(
                f,
                "a name in the path is {bytes} bytes long; the limit is {limit} per name"
            ),
            Self::NotPortable { segment, reason } => write!(
                f,
                "the name `{segment}` {reason}, so the commons could not be unpacked on every system; rename it"
            ),
            Self::TooDeep { segments, limit } => write!(
                f,
                "the path has {segments} levels of folders; the limit is {limit}"
            ),
        }
    }
}

/// Every refusal of the commons model.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommonsError {
    #[error("invalid handle `{handle}`: {reason}")]
    InvalidHandle {
        handle: String,
        reason: &'static str,
    },
    #[error("invalid {field}: {reason}")]
    InvalidText { field: &'static str, reason: String },
    #[error("unknown kind `{kind}`; use one of software, knowledge, design, data, other")]
    UnknownKind { kind: String },
    #[error("invalid licence `{expression}`: {reason}")]
    InvalidLicence { expression: String, reason: String },
    #[error("invalid path `{path}`: {problem}")]
    InvalidPath { path: String, problem: PathProblem },
    #[error("`{path}` appears more than once in this change; touch each path once")]
    DuplicatePath { path: String },
    #[error("`{path}` is {size} bytes; the limit per file is {limit} bytes")]
    FileTooLarge { path: String, size: u64, limit: u64 },
    #[error("`{path}` is not valid UTF-8 (first bad byte at {offset}); upload it as a binary file")]
    NotUtf8 { path: String, offset: usize },
    #[error("the change touches no file; add, modify or delete at least one")]
    EmptyChange,
    #[error("the change touches {count} files; the limit is {limit} per change")]
    TooManyFiles { count: usize, limit: usize },
    #[error("`{path}` already exists at the base revision; modify it instead of adding it")]
    FileExists { path: String },
    #[error("`{path}` does not exist at the base revision; add it instead")]
    FileMissing { path: String },
    #[error("`{path}` and `{other}` clash: one is a file and the other needs it to be a folder")]
    FileFolderClash { path: String, other: String },
    #[error("invalid content hash `{value}`: expected 64 lowercase hexadecimal digits")]
    InvalidHash { value: String },
    #[error("the content given for `{path}` does not match its recorded hash")]
    BlobMismatch { path: String },
    #[error("no content is stored for `{path}`")]
    BlobMissing { path: String },
    #[error(
        "revision `{revision}` does not belong to this commons; base the change on one of its revisions"
    )]
    ForeignRevision { revision: String },
    #[error("the change conflicts with the head on {}; update it against the head", .paths.join(", "))]
    Conflicting { paths: Vec<String> },
    #[error("a {state} contribution cannot be {verb}")]
    IllegalTransition {
        state: &'static str,
        verb: &'static str,
    },
    #[error("{action} needs {needed}")]
    NotAllowed {
        action: &'static str,
        needed: &'static str,
    },
    #[error("invalid work record: {reason}")]
    InvalidWorkRecord { reason: String },
    #[error("{person} is the last maintainer; add another maintainer first")]
    LastMaintainer { person: String },
    #[error("{person} is already a maintainer")]
    AlreadyMaintainer { person: String },
    #[error("{person} is not a maintainer")]
    NotMaintainer { person: String },
    #[error("the fork has no revisions after its fork point; change something first")]
    NothingToOffer,
    #[error("revision `{revision}` is not in this history")]
    UnknownRevision { revision: String },
    #[error(
        "the commons moved to revision `{actual}` while this was based on `{expected}`; reload and try again"
    )]
    StaleHead { expected: String, actual: String },
    #[error("revision `{revision}` is already in this history")]
    DuplicateRevision { revision: String },
    #[error("the tree given for revision `{revision}` is not the one it recorded")]
    TreeMismatch { revision: String },
    #[error("could not write the archive: {reason}")]
    Archive { reason: String },
}

impl CommonsError {
    /// Stable snake_case code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidHandle { .. } => "invalid_handle",
            Self::InvalidText { .. } => "invalid_text",
            Self::UnknownKind { .. } => "unknown_kind",
            Self::InvalidLicence { .. } => "invalid_licence",
            Self::InvalidPath { problem, .. } => problem.code(),
            Self::DuplicatePath { .. } => "duplicate_path",
            Self::FileTooLarge { .. } => "file_too_large",
            Self::NotUtf8 { .. } => "not_utf8",
            Self::EmptyChange => "empty_change",
            Self::TooManyFiles { .. } => "too_many_files",
            Self::FileExists { .. } => "file_exists",
            Self::FileMissing { .. } => "file_missing",
            Self::FileFolderClash { .. } => "file_folder_clash",
            Self::InvalidHash { .. } => "invalid_hash",
            Self::BlobMismatch { .. } => "blob_mismatch",
            Self::BlobMissing { .. } => "blob_missing",
            Self::ForeignRevision { .. } => "foreign_revision",
            Self::Conflicting { .. } => "conflicting",
            Self::IllegalTransition { .. } => "illegal_transition",
            Self::NotAllowed { .. } => "not_allowed",
            Self::InvalidWorkRecord { .. } => "invalid_work_record",
            Self::LastMaintainer { .. } => "last_maintainer",
            Self::AlreadyMaintainer { .. } => "already_maintainer",
            Self::NotMaintainer { .. } => "not_maintainer",
            Self::NothingToOffer => "nothing_to_offer",
            Self::UnknownRevision { .. } => "unknown_revision",
            Self::StaleHead { .. } => "stale_head",
            Self::DuplicateRevision { .. } => "duplicate_revision",
            Self::TreeMismatch { .. } => "tree_mismatch",
            Self::Archive { .. } => "archive_failed",
        }
    }
}

/// Shorthand used across the model.
pub type Result<T, E = CommonsError> = std::result::Result<T, E>;

/// Checks a free-text field: trimmed non-empty when required, a character
/// limit, and no control characters except newlines and tabs (which a
/// textarea legitimately sends).
pub fn check_text(
    field: &'static str,
    value: &str,
    required: bool,
    max_chars: usize,
) -> Result<()> {
    let bad = |reason: String| CommonsError::InvalidText { field, reason };
    if required && value.trim().is_empty() {
        return Err(bad("it is empty; write something".into()));
    }
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(bad(format!(
            "it has {chars} characters; the limit is {max_chars}"
        )));
    }
    if let Some(pos) = value
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .map(|(i, _)| i)
    {
        return Err(bad(format!(
            "it has a control character at byte {pos}; remove it"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// One of each variant (and each path problem): codes are what API
    /// clients match on, so they must stay distinct snake_case words.
    fn one_of_each() -> Vec<CommonsError> {
        let s = || "x".to_string();
        let problems = [
            PathProblem::Empty,
            PathProblem::Absolute,
            PathProblem::Backslash,
            PathProblem::EmptySegment,
            PathProblem::DotSegment,
            PathProblem::ParentSegment,
            PathProblem::ControlCharacter { position: 0 },
            PathProblem::Invisible { position: 0 },
            PathProblem::TooLong { bytes: 2, limit: 1 },
            PathProblem::SegmentTooLong { bytes: 2, limit: 1 },
            PathProblem::TooDeep {
                segments: 2,
                limit: 1,
            },
        ];
        let mut all: Vec<CommonsError> = problems
            .into_iter()
            .map(|problem| CommonsError::InvalidPath { path: s(), problem })
            .collect();
        all.extend([
            CommonsError::InvalidHandle {
                handle: s(),
                reason: "r",
            },
            CommonsError::InvalidText {
                field: "f",
                reason: s(),
            },
            CommonsError::UnknownKind { kind: s() },
            CommonsError::InvalidLicence {
                expression: s(),
                reason: s(),
            },
            CommonsError::DuplicatePath { path: s() },
            CommonsError::FileTooLarge {
                path: s(),
                size: 2,
                limit: 1,
            },
            CommonsError::NotUtf8 {
                path: s(),
                offset: 0,
            },
            CommonsError::EmptyChange,
            CommonsError::TooManyFiles { count: 2, limit: 1 },
            CommonsError::FileExists { path: s() },
            CommonsError::FileMissing { path: s() },
            CommonsError::FileFolderClash {
                path: s(),
                other: s(),
            },
            CommonsError::InvalidHash { value: s() },
            CommonsError::BlobMismatch { path: s() },
            CommonsError::BlobMissing { path: s() },
            CommonsError::ForeignRevision { revision: s() },
            CommonsError::Conflicting {
                paths: vec![s(), s()],
            },
            CommonsError::IllegalTransition {
                state: "s",
                verb: "v",
            },
            CommonsError::NotAllowed {
                action: "a",
                needed: "n",
            },
            CommonsError::InvalidWorkRecord { reason: s() },
            CommonsError::LastMaintainer { person: s() },
            CommonsError::AlreadyMaintainer { person: s() },
            CommonsError::NotMaintainer { person: s() },
            CommonsError::NothingToOffer,
            CommonsError::UnknownRevision { revision: s() },
            CommonsError::StaleHead {
                expected: s(),
                actual: s(),
            },
            CommonsError::DuplicateRevision { revision: s() },
            CommonsError::TreeMismatch { revision: s() },
            CommonsError::Archive { reason: s() },
        ]);
        all
    }

    #[test]
    fn codes_are_distinct_snake_case_and_messages_non_empty() {
        let all = one_of_each();
        let codes: BTreeSet<&str> = all.iter().map(CommonsError::code).collect();
        assert_eq!(codes.len(), all.len(), "two variants share a code");
        for e in &all {
            let code = e.code();
            assert!(
                code.starts_with(|c: char| c.is_ascii_lowercase())
                    && code
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
                "{code}"
            );
            assert!(e.to_string().len() > 5, "{e:?}");
        }
    }

    #[test]
    fn free_text_checks() {
        check_text("f", "line one\nline two\ttab", true, 100).unwrap();
        assert!(check_text("f", "", true, 10).is_err());
        check_text("f", "", false, 10).unwrap();
        assert!(check_text("f", "ééé", true, 2).is_err());
        assert!(check_text("f", "a\u{0}b", true, 10).is_err());
    }
}
