//! The rules of discussion, with no I/O: what a title and a comment may be, what a
//! thread may hold, who may edit or delete a comment, and what state a comment is in.
//! Every refusal is a `DiscussionError` with a stable snake_case code.

use crate::error::{Detail, detail};

/// Longest thread title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest comment, in characters (Markdown source).
pub const MAX_BODY_CHARS: usize = 20_000;
/// Comments a thread holds at most (tombstones count); past it, start a new thread. Keeps
/// every thread readable as one page and one JSON answer.
pub const MAX_COMMENTS_PER_THREAD: i64 = 1_000;

/// Every refusal of the discussion model. `field` is `title` or `body`; `action` is
/// `edit`, `delete` or `comment`: ids that the messages of the problems catalogue word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiscussionError {
    Empty {
        field: &'static str,
    },
    TooLong {
        field: &'static str,
        chars: usize,
        limit: usize,
    },
    ControlCharacter {
        field: &'static str,
        position: usize,
    },
    NotSignedIn {
        action: &'static str,
    },
    NotAuthor {
        action: &'static str,
    },
    CommentDeleted {
        action: &'static str,
    },
    ThreadFull {
        limit: i64,
    },
}

/// In English, for logs.
impl std::fmt::Display for DiscussionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.detail().fmt(f)
    }
}

impl std::error::Error for DiscussionError {}

impl DiscussionError {
    /// What is wrong and what to fix, in words of the problems catalogue.
    pub fn detail(&self) -> Detail {
        match self {
            Self::Empty { field } => detail!("problem-discussion-empty", field = *field),
            Self::TooLong {
                field,
                chars,
                limit,
            } => detail!(
                "problem-discussion-too-long",
                field = *field,
                chars = *chars,
                limit = *limit
            ),
            Self::ControlCharacter { field, position } => detail!(
                "problem-discussion-control-character",
                field = *field,
                position = position.to_string()
            ),
            Self::NotSignedIn { action } => {
                detail!("problem-discussion-not-signed-in", action = *action)
            }
            Self::NotAuthor { action } => detail!("problem-not-author", action = *action),
            Self::CommentDeleted { action } => {
                detail!("problem-comment-deleted", action = *action)
            }
            Self::ThreadFull { limit } => detail!("problem-thread-full", limit = *limit),
        }
    }

    /// Stable code for the API's problem+json `code` field.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { field: "title" } => "title_empty",
            Self::Empty { .. } => "body_empty",
            Self::TooLong { field: "title", .. } => "title_too_long",
            Self::TooLong { .. } => "body_too_long",
            Self::ControlCharacter { .. } => "control_character",
            Self::NotSignedIn { .. } => "unauthorized",
            Self::NotAuthor { .. } => "not_author",
            Self::CommentDeleted { .. } => "comment_deleted",
            Self::ThreadFull { .. } => "thread_full",
        }
    }
}

pub type Result<T, E = DiscussionError> = std::result::Result<T, E>;

fn check(field: &'static str, value: &str, limit: usize, newlines: bool) -> Result<()> {
    if value.is_empty() {
        return Err(DiscussionError::Empty { field });
    }
    let chars = value.chars().count();
    if chars > limit {
        return Err(DiscussionError::TooLong {
            field,
            chars,
            limit,
        });
    }
    let allowed = |c: char| newlines && matches!(c, '\n' | '\t');
    if let Some((position, _)) = value
        .char_indices()
        .find(|(_, c)| c.is_control() && !allowed(*c))
    {
        return Err(DiscussionError::ControlCharacter { field, position });
    }
    Ok(())
}

/// A thread title: one line, trimmed, 1 to [`MAX_TITLE_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);

impl Title {
    /// Direction controls are removed (see `text::neutralised`).
    pub fn parse(raw: &str) -> Result<Title> {
        let t = crate::text::neutralised(raw);
        let t = t.trim();
        check("title", t, MAX_TITLE_CHARS, false)?;
        Ok(Title(t.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A comment's Markdown source: line ends normalised to `\n` (a browser's textarea sends
/// `\r\n`), blank lines and spaces around it removed, 1 to [`MAX_BODY_CHARS`] characters.
/// Leading spaces of the first line are kept: in Markdown they can mean code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body(String);

impl Body {
    pub fn parse(raw: &str) -> Result<Body> {
        let normalised = raw.replace("\r\n", "\n");
        let mut start = 0;
        for line in normalised.split_inclusive('\n') {
            if !line.trim().is_empty() {
                break;
            }
            start += line.len();
        }
        let b = normalised[start..].trim_end();
        check("body", b, MAX_BODY_CHARS, true)?;
        Ok(Body(b.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a thread is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectKind {
    /// A conversation on the commons as a whole, started by anyone with a title.
    Commons,
    /// The one discussion of a contribution, opened by its first comment.
    Contribution,
    /// A conversation on an organization as a whole.
    Organization,
    /// A conversation on a body of an organization as a whole.
    Body,
    /// A conversation on a budget process as a whole.
    Budget,
    /// The one discussion of a body's decision, opened by its first comment.
    Decision,
    /// The one discussion of a budget's project, opened by its first comment.
    Project,
    /// The one discussion of a determination of a commons, opened by its first comment.
    Determination,
}

impl SubjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Commons => "commons",
            Self::Contribution => "contribution",
            Self::Organization => "organization",
            Self::Body => "body",
            Self::Budget => "budget",
            Self::Decision => "decision",
            Self::Project => "project",
            Self::Determination => "determination",
        }
    }
}

/// The title of a contribution's discussion, made from the contribution.
pub fn contribution_title(number: i64, message: &str) -> Title {
    object_title(&format!("Contribution #{number}"), message)
}

/// The title of an object's discussion: `label: the first line of its text`, within
/// [`MAX_TITLE_CHARS`], without control characters (`Decision #3: Open on Saturdays`).
pub fn object_title(label: &str, text: &str) -> Title {
    let first: String = text
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE_CHARS.saturating_sub(label.chars().count() + 2))
        .collect();
    let text = format!("{label}: {}", first.trim());
    let text: String = text
        .trim_end_matches([' ', ':'])
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE_CHARS)
        .collect();
    Title(text)
}

/// Where a comment stands, read from its timestamps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentState {
    Published,
    Edited,
    /// A tombstone: the text is gone, the place in the thread remains.
    Deleted,
}

impl CommentState {
    pub fn of(edited_at: Option<i64>, deleted_at: Option<i64>) -> CommentState {
        match (edited_at, deleted_at) {
            (_, Some(_)) => Self::Deleted,
            (Some(_), None) => Self::Edited,
            (None, None) => Self::Published,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Edited => "edited",
            Self::Deleted => "deleted",
        }
    }
}

/// What one may do to an existing comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentAction {
    Edit,
    Delete,
}

/// Only the author edits or deletes a comment, and only while it is not deleted.
/// Permission is checked before state, so a stranger learns nothing from the answer.
pub fn authorize(
    actor: Option<&str>,
    author: &str,
    state: CommentState,
    action: CommentAction,
) -> Result<()> {
    let name = match action {
        CommentAction::Edit => "edit",
        CommentAction::Delete => "delete",
    };
    match actor {
        None => Err(DiscussionError::NotSignedIn { action: name }),
        Some(a) if a != author => Err(DiscussionError::NotAuthor { action: name }),
        Some(_) if state == CommentState::Deleted => {
            Err(DiscussionError::CommentDeleted { action: name })
        }
        Some(_) => Ok(()),
    }
}

/// Anyone signed in may comment on any thread that still has room.
pub fn may_comment(actor: Option<&str>, comments_so_far: i64) -> Result<()> {
    if actor.is_none() {
        return Err(DiscussionError::NotSignedIn { action: "comment" });
    }
    if comments_so_far >= MAX_COMMENTS_PER_THREAD {
        return Err(DiscussionError::ThreadFull {
            limit: MAX_COMMENTS_PER_THREAD,
        });
    }
    Ok(())
}

/// Whether an edit changes anything; an unchanged text records no new version.
pub fn is_change(current: &str, new: &Body) -> bool {
    current != new.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_one_trimmed_line_within_the_limit() {
        assert_eq!(
            Title::parse("  Oven times \t").unwrap().as_str(),
            "Oven times"
        );
        assert_eq!(Title::parse("   ").unwrap_err().code(), "title_empty");
        assert_eq!(
            Title::parse("a\nb").unwrap_err().code(),
            "control_character"
        );
        let long = "é".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(Title::parse(&long).unwrap_err().code(), "title_too_long");
        Title::parse(&"é".repeat(MAX_TITLE_CHARS)).unwrap();
    }

    #[test]
    fn bodies_keep_markdown_and_normalise_line_ends() {
        let b = Body::parse("\r\n\r\n    code\r\nline two  \r\n\r\n").unwrap();
        assert_eq!(b.as_str(), "    code\nline two");
        assert_eq!(Body::parse(" \n\t ").unwrap_err().code(), "body_empty");
        assert_eq!(
            Body::parse("bell\u{7}").unwrap_err().code(),
            "control_character"
        );
        Body::parse("tab\tand\nnewline").unwrap();
        let long = "x".repeat(MAX_BODY_CHARS + 1);
        assert_eq!(Body::parse(&long).unwrap_err().code(), "body_too_long");
    }

    #[test]
    fn only_the_author_edits_or_deletes_a_live_comment() {
        use CommentAction::{Delete, Edit};
        use CommentState::{Deleted, Edited, Published};
        for action in [Edit, Delete] {
            let code = |actor, state| {
                authorize(actor, "ada", state, action)
                    .err()
                    .map(|e| e.code())
            };
            assert_eq!(code(None, Published), Some("unauthorized"));
            assert_eq!(code(Some("bob"), Published), Some("not_author"));
            // A stranger is refused as a stranger even when the comment is gone.
            assert_eq!(code(Some("bob"), Deleted), Some("not_author"));
            assert_eq!(code(Some("ada"), Deleted), Some("comment_deleted"));
            assert_eq!(code(Some("ada"), Edited), None);
            assert_eq!(code(Some("ada"), Published), None);
        }
    }

    #[test]
    fn comments_need_a_signed_in_person_and_room() {
        assert_eq!(may_comment(None, 0).unwrap_err().code(), "unauthorized");
        may_comment(Some("ada"), MAX_COMMENTS_PER_THREAD - 1).unwrap();
        assert_eq!(
            may_comment(Some("ada"), MAX_COMMENTS_PER_THREAD)
                .unwrap_err()
                .code(),
            "thread_full"
        );
    }

    #[test]
    fn every_refusal_is_worded_in_every_language() {
        let mut all = vec![DiscussionError::ThreadFull { limit: 1_000 }];
        for field in ["title", "body"] {
            all.push(DiscussionError::Empty { field });
            all.push(DiscussionError::TooLong {
                field,
                chars: 201,
                limit: 200,
            });
            all.push(DiscussionError::ControlCharacter { field, position: 3 });
        }
        for action in ["edit", "delete", "comment"] {
            all.push(DiscussionError::NotSignedIn { action });
        }
        for action in ["edit", "delete"] {
            all.push(DiscussionError::NotAuthor { action });
            all.push(DiscussionError::CommentDeleted { action });
        }
        for e in &all {
            for lang in crate::i18n::Lang::ALL {
                let text = e.detail().render(lang);
                assert!(!text.contains("problem-"), "{lang:?}: {text}");
            }
        }
        let deleted = DiscussionError::CommentDeleted { action: "delete" };
        assert_eq!(
            deleted.to_string(),
            "this comment was deleted; it can no longer be deleted again"
        );
    }

    #[test]
    fn comment_states_follow_their_times() {
        assert_eq!(CommentState::of(None, None), CommentState::Published);
        assert_eq!(CommentState::of(Some(1), None), CommentState::Edited);
        assert_eq!(CommentState::of(Some(1), Some(2)), CommentState::Deleted);
    }

    #[test]
    fn contribution_titles_fit_and_read_well() {
        assert_eq!(
            contribution_title(3, "Oven schedule\n\nmore").as_str(),
            "Contribution #3: Oven schedule"
        );
        assert_eq!(contribution_title(4, "").as_str(), "Contribution #4");
        let t = contribution_title(5, &"x".repeat(500));
        Title::parse(t.as_str()).unwrap();
        assert_eq!(
            object_title("Decision #2", "Open on Saturdays?\nmore").as_str(),
            "Decision #2: Open on Saturdays?"
        );
        let long = object_title(&"l".repeat(300), "text");
        assert_eq!(long.as_str().chars().count(), MAX_TITLE_CHARS);
        Title::parse(long.as_str()).unwrap();
        assert!(!is_change("same", &Body::parse("same").unwrap()));
        assert!(is_change("old", &Body::parse("new").unwrap()));
    }
}
