//! The one error type of the commons model: every rule that can refuse input
//! refuses it with a variant here, carrying a stable snake_case `code` (the
//! server maps it to a 4xx problem+json) and a message that says what to fix.

use crate::error::{Detail, detail};
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
    /// Cannot be extracted on every common system (Windows in practice). `reason` is
    /// `characters` (one of `< > : " | ? *`), `trailing` (a space or a dot at the end) or
    /// `device` (a reserved device name).
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

impl PathProblem {
    /// What is wrong, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::Empty => detail!("problem-path-empty"),
            Self::Absolute => detail!("problem-path-absolute"),
            Self::Backslash => detail!("problem-path-backslash"),
            Self::EmptySegment => detail!("problem-path-empty-segment"),
            Self::DotSegment => detail!("problem-path-dot-segment"),
            Self::ParentSegment => detail!("problem-path-parent-segment"),
            Self::ControlCharacter { position } => {
                detail!(
                    "problem-path-control-character",
                    position = position.to_string()
                )
            }
            Self::Invisible { position } => {
                detail!(
                    "problem-path-invisible-character",
                    position = position.to_string()
                )
            }
            Self::TooLong { bytes, limit } => {
                detail!("problem-path-too-long", bytes = *bytes, limit = *limit)
            }
            Self::SegmentTooLong { bytes, limit } => {
                detail!(
                    "problem-path-segment-too-long",
                    bytes = *bytes,
                    limit = *limit
                )
            }
            Self::NotPortable { segment, reason } => detail!(
                "problem-path-not-portable",
                segment = segment,
                reason = *reason
            ),
            Self::TooDeep { segments, limit } => detail!(
                "problem-path-too-deep",
                segments = *segments,
                limit = *limit
            ),
        }
    }
}

/// In English (logs, and serde's messages for a field that does not parse).
impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.detail().fmt(f)
    }
}

/// Why a fork has nothing to offer its parent (revision numbers count from 1 along the
/// fork's history, inherited revisions included, as everywhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NothingNew {
    /// The fork has made no revision of its own: its history ends at the fork point.
    OnlyInherited { fork_point: usize },
    /// The parent has accepted everything the fork made, up to the fork's head.
    AllOffered { head: usize },
    /// The `count` revisions made since the last sync undo each other.
    CancelOut { count: usize },
    /// The parent's head already has every file as the `count` new revisions leave it.
    UpstreamHasThem { count: usize },
}

impl NothingNew {
    /// Its name in the catalogue's select expression.
    pub fn as_str(self) -> &'static str {
        match self {
            NothingNew::OnlyInherited { .. } => "inherited",
            NothingNew::AllOffered { .. } => "offered",
            NothingNew::CancelOut { .. } => "cancel_out",
            NothingNew::UpstreamHasThem { .. } => "upstream_has",
        }
    }
}

/// Every refusal of the commons model. Its words are messages of the problems catalogue
/// (`detail`); the fields that choose among their variants (`reason` of a path that is
/// not portable, `state` and `verb` of a transition, `action` and `needed` of a refusal)
/// hold ids, not English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommonsError {
    InvalidHandle {
        handle: String,
        /// What the handle rule says of it (`ids::handle_problem`).
        reason: Detail,
    },
    InvalidText {
        field: &'static str,
        reason: Detail,
    },
    UnknownKind {
        kind: String,
    },
    InvalidLicence {
        expression: String,
        reason: Detail,
    },
    InvalidPath {
        path: String,
        problem: PathProblem,
    },
    DuplicatePath {
        path: String,
    },
    FileTooLarge {
        path: String,
        size: u64,
        limit: u64,
    },
    NotUtf8 {
        path: String,
        offset: usize,
    },
    EmptyChange,
    TooManyFiles {
        count: usize,
        limit: usize,
    },
    FileExists {
        path: String,
    },
    FileMissing {
        path: String,
    },
    FileFolderClash {
        path: String,
        other: String,
    },
    InvalidHash {
        value: String,
    },
    BlobMismatch {
        path: String,
    },
    BlobMissing {
        path: String,
    },
    ForeignRevision {
        revision: String,
    },
    Conflicting {
        paths: Vec<String>,
    },
    /// `state` is the contribution's (`ContributionState::as_str`), or `first_revision`
    /// for reverting the first revision; `verb` the move's (`Transition::id`), or
    /// `accept_unchecked` for accepting a change not rebased on the head.
    IllegalTransition {
        state: &'static str,
        verb: &'static str,
    },
    /// `action` is an `Action::id`; `needed` one of `signed_in`, `author`, `maintainer`.
    NotAllowed {
        action: &'static str,
        needed: &'static str,
    },
    InvalidWorkRecord {
        reason: Detail,
    },
    LastMaintainer {
        person: String,
    },
    AlreadyMaintainer {
        person: String,
    },
    NotMaintainer {
        person: String,
    },
    NothingToOffer {
        why: NothingNew,
    },
    UnknownRevision {
        revision: String,
    },
    StaleHead {
        expected: String,
        actual: String,
    },
    DuplicateRevision {
        revision: String,
    },
    TreeMismatch {
        revision: String,
    },
    /// Never shown to a client (a server error): its reason is for the log.
    Archive {
        reason: String,
    },
}

impl CommonsError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::InvalidHandle { handle, reason } => detail!(
                "problem-invalid-commons-handle",
                handle = handle,
                rule = reason.clone()
            ),
            Self::InvalidText { field, reason } => {
                detail!(
                    "problem-invalid-text",
                    field = *field,
                    reason = reason.clone()
                )
            }
            Self::UnknownKind { kind } => detail!("problem-unknown-commons-kind", kind = kind),
            Self::InvalidLicence { expression, reason } => detail!(
                "problem-invalid-licence",
                expression = expression,
                reason = reason.clone()
            ),
            Self::InvalidPath { path, problem } => detail!(
                "problem-invalid-file-path",
                path = path,
                problem = problem.detail()
            ),
            Self::DuplicatePath { path } => detail!("problem-duplicate-path", path = path),
            Self::FileTooLarge { path, size, limit } => detail!(
                "problem-file-too-large",
                path = path,
                size = *size,
                limit = *limit
            ),
            Self::NotUtf8 { path, offset } => {
                detail!("problem-not-utf8", path = path, offset = offset.to_string())
            }
            Self::EmptyChange => detail!("problem-empty-change"),
            Self::TooManyFiles { count, limit } => {
                detail!("problem-too-many-files", count = *count, limit = *limit)
            }
            Self::FileExists { path } => detail!("problem-file-exists", path = path),
            Self::FileMissing { path } => detail!("problem-file-missing", path = path),
            Self::FileFolderClash { path, other } => {
                detail!("problem-file-folder-clash", path = path, other = other)
            }
            Self::InvalidHash { value } => detail!("problem-invalid-hash", value = value),
            Self::BlobMismatch { path } => detail!("problem-blob-mismatch", path = path),
            Self::BlobMissing { path } => detail!("problem-blob-missing", path = path),
            Self::ForeignRevision { revision } => {
                detail!("problem-foreign-revision", revision = revision)
            }
            Self::Conflicting { paths } => detail!("problem-conflicting", paths = paths.join(", ")),
            Self::IllegalTransition {
                state: "first_revision",
                ..
            } => detail!("problem-revert-first-revision"),
            Self::IllegalTransition {
                state,
                verb: "accept_unchecked",
            } => detail!("problem-accept-unchecked", state = *state),
            Self::IllegalTransition { state, verb } => {
                detail!("problem-illegal-transition", state = *state, verb = *verb)
            }
            Self::NotAllowed { action, needed } => {
                detail!("problem-not-allowed", action = *action, needed = *needed)
            }
            Self::InvalidWorkRecord { reason } => {
                detail!("problem-invalid-work-record", reason = reason.clone())
            }
            Self::LastMaintainer { person } => detail!("problem-last-maintainer", person = person),
            Self::AlreadyMaintainer { person } => {
                detail!("problem-already-maintainer", person = person)
            }
            Self::NotMaintainer { person } => detail!("problem-not-maintainer", person = person),
            Self::NothingToOffer { why } => {
                // Every variable goes with every reason, so each language's message places
                // what its sentence for that reason needs.
                let (revision, count) = match *why {
                    NothingNew::OnlyInherited { fork_point } => (fork_point, 0),
                    NothingNew::AllOffered { head } => (head, 0),
                    NothingNew::CancelOut { count } | NothingNew::UpstreamHasThem { count } => {
                        (0, count)
                    }
                };
                detail!(
                    "problem-nothing-to-offer",
                    why = why.as_str(),
                    revision = revision.to_string(),
                    count = count
                )
            }
            Self::UnknownRevision { revision } => {
                detail!("problem-unknown-revision", revision = revision)
            }
            Self::StaleHead { expected, actual } => {
                detail!("problem-stale-head", expected = expected, actual = actual)
            }
            Self::DuplicateRevision { revision } => {
                detail!("problem-duplicate-revision", revision = revision)
            }
            Self::TreeMismatch { revision } => {
                detail!("problem-tree-mismatch", revision = revision)
            }
            Self::Archive { reason } => detail!("problem-archive-failed", reason = reason),
        }
    }

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
            Self::NothingToOffer { .. } => "nothing_to_offer",
            Self::UnknownRevision { .. } => "unknown_revision",
            Self::StaleHead { .. } => "stale_head",
            Self::DuplicateRevision { .. } => "duplicate_revision",
            Self::TreeMismatch { .. } => "tree_mismatch",
            Self::Archive { .. } => "archive_failed",
        }
    }
}

/// In English (logs, and serde's messages for a field that does not parse).
impl fmt::Display for CommonsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for CommonsError {}

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
    let bad = |reason: Detail| CommonsError::InvalidText { field, reason };
    if required && value.trim().is_empty() {
        return Err(bad(detail!("problem-text-empty")));
    }
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(bad(detail!(
            "problem-text-too-long",
            chars = chars,
            limit = max_chars
        )));
    }
    if let Some(pos) = value
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .map(|(i, _)| i)
    {
        return Err(bad(detail!(
            "problem-text-control-character",
            position = pos.to_string()
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
            PathProblem::NotPortable {
                segment: s(),
                reason: "characters",
            },
        ];
        let mut all: Vec<CommonsError> = problems
            .into_iter()
            .map(|problem| CommonsError::InvalidPath { path: s(), problem })
            .collect();
        all.extend([
            CommonsError::InvalidHandle {
                handle: s(),
                reason: detail!("problem-handle-start"),
            },
            CommonsError::InvalidText {
                field: "f",
                reason: detail!("problem-text-empty"),
            },
            CommonsError::UnknownKind { kind: s() },
            CommonsError::InvalidLicence {
                expression: s(),
                reason: detail!("problem-licence-spaces"),
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
                state: "proposed",
                verb: "revert",
            },
            CommonsError::NotAllowed {
                action: "accept",
                needed: "maintainer",
            },
            CommonsError::InvalidWorkRecord {
                reason: detail!("problem-work-zero"),
            },
            CommonsError::LastMaintainer { person: s() },
            CommonsError::AlreadyMaintainer { person: s() },
            CommonsError::NotMaintainer { person: s() },
            CommonsError::NothingToOffer {
                why: NothingNew::OnlyInherited { fork_point: 3 },
            },
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
    fn each_reason_for_nothing_to_offer_has_its_own_words() {
        for lang in crate::i18n::Lang::ALL {
            let words: BTreeSet<String> = [
                NothingNew::OnlyInherited { fork_point: 3 },
                NothingNew::AllOffered { head: 5 },
                NothingNew::CancelOut { count: 2 },
                NothingNew::UpstreamHasThem { count: 1 },
                NothingNew::UpstreamHasThem { count: 4 },
            ]
            .into_iter()
            .map(|why| CommonsError::NothingToOffer { why }.detail().render(lang))
            .collect();
            assert_eq!(words.len(), 5, "{lang:?}: {words:?}");
            assert!(words.iter().all(|w| !w.contains('{')), "{words:?}");
        }
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
            // Every message, with its inner ones, is in every language's catalogue.
            for lang in crate::i18n::Lang::ALL {
                let text = e.detail().render(lang);
                assert!(!text.contains("problem-"), "{lang:?}: {text}");
            }
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
