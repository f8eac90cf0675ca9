//! The commons' journal events: each type with the payload it carries (see
//! `journal::types`). Payloads name commons and people by handle, never by secret.

use super::model::tree::FileOp;
use crate::journal::{Entry, EventType, ObjectKind::*, Verb::*};
use serde::{Deserialize, Serialize};

/// A commons was created.
#[derive(Debug, Serialize, Deserialize)]
pub struct Created {
    pub handle: String,
    pub name: String,
    pub kind: String,
    pub licence: String,
    pub summary: String,
}

/// A commons was forked from another at one of its revisions.
#[derive(Debug, Serialize, Deserialize)]
pub struct Forked {
    pub handle: String,
    pub name: String,
    pub forked_from: String,
    pub fork_point: i64,
}

/// A commons was deleted; its forks go on.
#[derive(Debug, Serialize, Deserialize)]
pub struct Deleted {
    pub handle: String,
    pub forks: i64,
}

/// A maintainer was added or removed (or stepped down).
#[derive(Debug, Serialize, Deserialize)]
pub struct Maintainer {
    pub commons: String,
    pub maintainer: String,
}

/// A revision was undone by a new one.
#[derive(Debug, Serialize, Deserialize)]
pub struct Reverted {
    pub commons: String,
    /// The number of the revision undone.
    pub reverted: i64,
    /// The number of the revision that undoes it.
    pub revision: i64,
    pub revert: bool,
}

/// What a contribution offers, as the journal shows it: file paths are values, never keys.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Offered {
    Change {
        base: String,
        message: String,
        files: Vec<FileChange>,
    },
    WorkRecord {
        minutes: u32,
        description: String,
        evidence: Option<String>,
    },
}

/// One path of a change and what it does there.
#[derive(Debug, Serialize, Deserialize)]
pub struct FileChange {
    pub path: String,
    #[serde(flatten)]
    pub op: FileOp,
}

/// A contribution was proposed, or its author updated it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Proposed {
    pub commons: String,
    pub number: i64,
    /// The state it leaves and the one it enters (absent on proposal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    pub contribution: Offered,
}

/// A maintainer decided on a contribution, or its author withdrew it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Decided {
    pub commons: String,
    pub number: i64,
    pub from: String,
    pub to: String,
    /// The revision an acceptance made.
    pub revision: Option<String>,
    /// The reviewer's words.
    pub comment: String,
}

pub const CREATED: EventType<Created> = EventType::new(
    "commons.created",
    Create,
    Commons,
    "someone created a commons",
);
pub const FORKED: EventType<Forked> = EventType::new(
    "commons.forked",
    Create,
    Commons,
    "someone forked a commons, with its history up to a revision",
);
pub const DELETED: EventType<Deleted> = EventType::new(
    "commons.deleted",
    Delete,
    Commons,
    "a maintainer deleted a commons; its history stays readable",
);
pub const MAINTAINER_ADDED: EventType<Maintainer> = EventType::new(
    "commons.maintainer_added",
    Add,
    Commons,
    "a maintainer made someone a maintainer",
);
pub const MAINTAINER_REMOVED: EventType<Maintainer> = EventType::new(
    "commons.maintainer_removed",
    Remove,
    Commons,
    "a maintainer removed another, or stepped down",
);
pub const REVISION_REVERTED: EventType<Reverted> = EventType::new(
    "commons.revision_reverted",
    Undo,
    Commons,
    "a maintainer undid a revision with a new one",
);
pub const PROPOSED: EventType<Proposed> = EventType::new(
    "contribution.proposed",
    Offer,
    Contribution,
    "someone proposed a change or a work record",
);
pub const UPDATED: EventType<Proposed> = EventType::new(
    "contribution.updated",
    Update,
    Contribution,
    "the author updated a contribution after a request for changes",
);
pub const ACCEPTED: EventType<Decided> = EventType::new(
    "contribution.accepted",
    Accept,
    Contribution,
    "a maintainer accepted a contribution",
);
pub const REJECTED: EventType<Decided> = EventType::new(
    "contribution.rejected",
    Reject,
    Contribution,
    "a maintainer rejected a contribution",
);
pub const CHANGES_REQUESTED: EventType<Decided> = EventType::new(
    "contribution.changes_requested",
    Update,
    Contribution,
    "a maintainer asked for changes to a contribution",
);
pub const WITHDRAWN: EventType<Decided> = EventType::new(
    "contribution.withdrawn",
    Undo,
    Contribution,
    "the author withdrew a contribution",
);

/// Every event type of the commons.
/// A commons' name and summary were translated into a language, or the translation was
/// changed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Translated {
    pub commons: String,
    pub lang: String,
    pub name: String,
    pub summary: String,
}

/// A translation of a commons' name and summary was removed.
#[derive(Debug, Serialize, Deserialize)]
pub struct TranslationRemoved {
    pub commons: String,
    pub lang: String,
}

pub const TRANSLATED: EventType<Translated> = EventType::new(
    "commons.translated",
    Update,
    Commons,
    "a maintainer wrote the commons' name and summary in another language",
);

pub const TRANSLATION_REMOVED: EventType<TranslationRemoved> = EventType::new(
    "commons.translation_removed",
    Update,
    Commons,
    "a maintainer removed a translation of the commons' name and summary",
);

pub static EVENTS: &[Entry] = &[
    CREATED.entry(),
    TRANSLATED.entry(),
    TRANSLATION_REMOVED.entry(),
    FORKED.entry(),
    DELETED.entry(),
    MAINTAINER_ADDED.entry(),
    MAINTAINER_REMOVED.entry(),
    REVISION_REVERTED.entry(),
    PROPOSED.entry(),
    UPDATED.entry(),
    ACCEPTED.entry(),
    REJECTED.entry(),
    CHANGES_REQUESTED.entry(),
    WITHDRAWN.entry(),
];
