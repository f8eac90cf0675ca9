//! The journal events of discussion: each type with the payload it carries (see
//! `journal::types`). Every payload names the object its thread is on, by handle.

use super::scope::{Scope, ScopeKind};
use super::store::ThreadRow;
use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
use serde::{Deserialize, Serialize};

/// The object a thread is on, written as `"commons": handle`, `"organization": handle`,
/// `"body": "org/slug"` or `"budget": title`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum On {
    Commons(String),
    Organization(String),
    Body(String),
    Budget(String),
}

impl From<&Scope> for On {
    fn from(s: &Scope) -> On {
        match s.kind {
            ScopeKind::Commons => On::Commons(s.handle.clone()),
            ScopeKind::Organization => On::Organization(s.handle.clone()),
            ScopeKind::Body => On::Body(s.handle.clone()),
            ScopeKind::Budget => On::Budget(s.name.clone()),
        }
    }
}

/// The object inside the scope whose discussion a comment is in, other than a
/// contribution (which `contribution` names by number): a decision, a project or a
/// determination, by kind and id.
#[derive(Debug, Serialize, Deserialize)]
pub struct About {
    pub subject: String,
    pub id: String,
}

impl About {
    pub fn of(t: &ThreadRow) -> Option<About> {
        matches!(
            t.subject_kind.as_str(),
            "decision" | "project" | "determination"
        )
        .then(|| About {
            subject: t.subject_kind.clone(),
            id: t.subject_id.clone(),
        })
    }
}

/// A thread was started with its first comment.
#[derive(Debug, Serialize, Deserialize)]
pub struct Started {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub title: String,
    /// What the thread is about: its object itself, or one of its contributions.
    pub subject: String,
    pub comment: String,
}

/// A comment was written.
#[derive(Debug, Serialize, Deserialize)]
pub struct Written {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub comment: String,
    /// The number of the contribution the thread discusses, if it does.
    pub contribution: Option<i64>,
    /// Whether this comment opened the thread of a contribution.
    pub opened_thread: bool,
    /// The thread's title (absent from events written before it was carried).
    #[serde(default)]
    pub title: Option<String>,
    /// The decision, project or determination the thread discusses, if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<About>,
}

/// A comment's author replaced its text.
#[derive(Debug, Serialize, Deserialize)]
pub struct Edited {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub comment: String,
    pub earlier_versions: i64,
    /// The thread's title (absent from events written before it was carried).
    #[serde(default)]
    pub title: Option<String>,
}

/// A comment's author deleted it; a tombstone keeps its place.
#[derive(Debug, Serialize, Deserialize)]
pub struct Deleted {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub comment: String,
    /// The thread's title (absent from events written before it was carried).
    #[serde(default)]
    pub title: Option<String>,
}

// What each payload gives its events' lines (`locales/*/events.ftl`): `on` is the object
// the thread is on, an organization as `@handle`, a commons by its bare handle.

impl On {
    fn arg(&self, a: &mut Args) {
        match self {
            On::Organization(h) => a.handle("on", h),
            On::Commons(h) | On::Body(h) | On::Budget(h) => a.text("on", h),
        }
    }
}

/// The values of a comment's line: its thread's title, when the payload has it, and where.
fn comment_args(on: &On, title: Option<&String>, a: &mut Args) {
    on.arg(a);
    if let Some(t) = title {
        a.text("title", t);
    }
}

impl Payload for Started {
    const ARGS: &'static [&'static str] = &["on", "title"];
    fn args(&self, a: &mut Args) {
        comment_args(&self.on, Some(&self.title), a);
    }
}

impl Payload for Written {
    const ARGS: &'static [&'static str] = &["on", "title"];
    fn args(&self, a: &mut Args) {
        comment_args(&self.on, self.title.as_ref(), a);
    }
}

impl Payload for Edited {
    const ARGS: &'static [&'static str] = &["on", "title"];
    fn args(&self, a: &mut Args) {
        comment_args(&self.on, self.title.as_ref(), a);
    }
}

impl Payload for Deleted {
    const ARGS: &'static [&'static str] = &["on", "title"];
    fn args(&self, a: &mut Args) {
        comment_args(&self.on, self.title.as_ref(), a);
    }
}

pub const STARTED: EventType<Started> =
    EventType::new("thread.started", Create, Thread, "someone started a thread");
pub const WRITTEN: EventType<Written> =
    EventType::new("comment.written", Create, Comment, "someone commented");
pub const EDITED: EventType<Edited> = EventType::new(
    "comment.edited",
    Update,
    Comment,
    "an author edited their comment; the earlier text is kept",
);
pub const DELETED: EventType<Deleted> = EventType::new(
    "comment.deleted",
    Delete,
    Comment,
    "an author deleted their comment",
);

/// Every event type of discussion.
pub static EVENTS: &[Entry] = &[
    STARTED.entry(),
    WRITTEN.entry(),
    EDITED.entry(),
    DELETED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    /// Every type has a line in every language; the English one says what the stored
    /// summary says.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let title = || Some("Rye or wheat?".to_string());
        let mut t = Tried::new(EVENTS);
        let started = Started {
            on: On::Organization("city".into()),
            thread: 1,
            title: "Rye or wheat?".into(),
            subject: "organization".into(),
            comment: "c".into(),
        };
        t.line(
            "thread.started",
            ada,
            started,
            "@ada started the thread “Rye or wheat?” on @city",
        );
        let written = Written {
            on: On::Commons("bread".into()),
            thread: 1,
            comment: "c".into(),
            contribution: None,
            opened_thread: false,
            title: title(),
            about: None,
        };
        t.line(
            "comment.written",
            ada,
            written,
            "@ada commented on “Rye or wheat?” (bread)",
        );
        let on_decision = Written {
            on: On::Body("makers/assembly".into()),
            thread: 2,
            comment: "c".into(),
            contribution: None,
            opened_thread: true,
            title: Some("Decision #1: Saturdays".into()),
            about: Some(About {
                subject: "decision".into(),
                id: "d".into(),
            }),
        };
        t.line(
            "comment.written",
            ada,
            on_decision,
            "@ada commented on “Decision #1: Saturdays” (makers/assembly)",
        );
        let edited = Edited {
            on: On::Commons("bread".into()),
            thread: 1,
            comment: "c".into(),
            earlier_versions: 1,
            title: title(),
        };
        t.line(
            "comment.edited",
            ada,
            edited,
            "@ada edited a comment on “Rye or wheat?” (bread)",
        );
        let deleted = Deleted {
            on: On::Organization("city".into()),
            thread: 1,
            comment: "c".into(),
            title: title(),
        };
        t.line(
            "comment.deleted",
            ada,
            deleted,
            "@ada deleted a comment on “Rye or wheat?” (@city)",
        );
        t.all_tried();
    }
}
