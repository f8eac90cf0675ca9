//! The journal events of discussion: each type with the payload it carries (see
//! `journal::types`). Every payload names the object its thread is on, by handle.

use super::scope::{Scope, ScopeKind};
use crate::journal::{Entry, EventType, ObjectKind::*, Verb::*};
use serde::{Deserialize, Serialize};

/// The object a thread is on, written as `"commons": handle` or `"organization": handle`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum On {
    Commons(String),
    Organization(String),
}

impl From<&Scope> for On {
    fn from(s: &Scope) -> On {
        match s.kind {
            ScopeKind::Commons => On::Commons(s.handle.clone()),
            ScopeKind::Organization => On::Organization(s.handle.clone()),
        }
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
}

/// A comment's author replaced its text.
#[derive(Debug, Serialize, Deserialize)]
pub struct Edited {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub comment: String,
    pub earlier_versions: i64,
}

/// A comment's author deleted it; a tombstone keeps its place.
#[derive(Debug, Serialize, Deserialize)]
pub struct Deleted {
    #[serde(flatten)]
    pub on: On,
    pub thread: i64,
    pub comment: String,
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
