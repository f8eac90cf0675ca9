//! The commons' journal events: each type with the payload it carries (see
//! `journal::types`). Payloads name commons and people by handle, never by secret.

use super::model::tree::FileOp;
use crate::journal::{Args, Entry, EventType, ObjectKind::*, Payload, Verb::*};
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
    /// Its name (absent from events written before it was carried).
    #[serde(default)]
    pub name: Option<String>,
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

// What each payload gives its events' lines (`locales/*/events.ftl`). Commons' handles are
// written bare, as the commons' pages write them; people's with their `@`.

impl Payload for Created {
    const ARGS: &'static [&'static str] = &["handle", "name"];
    fn args(&self, a: &mut Args) {
        a.text("handle", &self.handle);
        a.text("name", &self.name);
    }
}

impl Payload for Forked {
    const ARGS: &'static [&'static str] = &["handle", "name", "from", "fork_point"];
    fn args(&self, a: &mut Args) {
        a.text("handle", &self.handle);
        a.text("name", &self.name);
        a.text("from", &self.forked_from);
        a.text("fork_point", self.fork_point.to_string());
    }
}

impl Payload for Deleted {
    /// `forks` is a count, for plural forms.
    const ARGS: &'static [&'static str] = &["handle", "name", "forks"];
    fn args(&self, a: &mut Args) {
        a.text("handle", &self.handle);
        if let Some(name) = &self.name {
            a.text("name", name);
        }
        a.count("forks", self.forks);
    }
}

impl Payload for Maintainer {
    /// `who` is `self` when the maintainer removed is the one who acted (stepping down).
    const ARGS: &'static [&'static str] = &["commons", "maintainer", "who"];
    fn args(&self, a: &mut Args) {
        let who = if a.actor() == Some(self.maintainer.as_str()) {
            "self"
        } else {
            "other"
        };
        a.text("who", who);
        a.text("commons", &self.commons);
        a.handle("maintainer", &self.maintainer);
    }
}

impl Payload for Translated {
    /// `lang` is the translation's language code; each message names it in its own words.
    const ARGS: &'static [&'static str] = &["commons", "lang"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("lang", &self.lang);
    }
}

impl Payload for TranslationRemoved {
    const ARGS: &'static [&'static str] = &["commons", "lang"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("lang", &self.lang);
    }
}

impl Payload for Reverted {
    const ARGS: &'static [&'static str] = &["commons", "reverted", "revision"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("reverted", self.reverted.to_string());
        a.text("revision", self.revision.to_string());
    }
}

impl Payload for Proposed {
    /// `what` is `change` or `work_record`; `title` the first line of its message.
    const ARGS: &'static [&'static str] = &["commons", "number", "what", "title"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("number", self.number.to_string());
        let (what, text) = match &self.contribution {
            Offered::Change { message, .. } => ("change", message),
            Offered::WorkRecord { description, .. } => ("work_record", description),
        };
        a.text("what", what);
        let title: String = text
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(120)
            .collect();
        a.text("title", title);
    }
}

impl Payload for Decided {
    const ARGS: &'static [&'static str] = &["commons", "number"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.text("number", self.number.to_string());
    }
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

/// A commons' history was imported from a git repository (one event per import).
#[derive(Debug, Serialize, Deserialize)]
pub struct HistoryImported {
    pub commons: String,
    /// Commits added.
    pub commits: i64,
    /// Distinct authors of the commits read.
    pub authors: i64,
    /// Placeholder authors made (authors no person's email matched).
    pub placeholders: i64,
}

impl Payload for HistoryImported {
    /// `commits` and `authors` are counts, for plural forms.
    const ARGS: &'static [&'static str] = &["commons", "commits", "authors"];
    fn args(&self, a: &mut Args) {
        a.text("commons", &self.commons);
        a.count("commits", self.commits);
        a.count("authors", self.authors);
    }
}

pub const HISTORY_IMPORTED: EventType<HistoryImported> = EventType::new(
    "commons.history_imported",
    Add,
    Commons,
    "the instance imported a commons' history from a git repository",
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
    HISTORY_IMPORTED.entry(),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    fn decided() -> Decided {
        Decided {
            commons: "bread".into(),
            number: 4,
            from: "proposed".into(),
            to: "accepted".into(),
            revision: None,
            comment: String::new(),
        }
    }

    fn proposed(contribution: Offered) -> Proposed {
        Proposed {
            commons: "bread".into(),
            number: 4,
            from: None,
            to: None,
            contribution,
        }
    }

    fn deleted(forks: i64) -> Deleted {
        Deleted {
            handle: "bread".into(),
            forks,
            name: Some("Bread".into()),
        }
    }

    /// Every type has a line in every language; the English one says what the stored
    /// summary says.
    #[test]
    fn every_type_has_its_line() {
        let ada = Some("ada");
        let mut t = Tried::new(EVENTS);
        let translated = Translated {
            commons: "bread".into(),
            lang: "fr".into(),
            name: "Pain".into(),
            summary: String::new(),
        };
        t.line(
            "commons.translated",
            ada,
            translated,
            "@ada wrote the name and summary of bread in French",
        );
        let removed = TranslationRemoved {
            commons: "bread".into(),
            lang: "es".into(),
        };
        t.line(
            "commons.translation_removed",
            ada,
            removed,
            "@ada removed the Spanish name and summary of bread",
        );
        let created = Created {
            handle: "bread".into(),
            name: "Bread".into(),
            kind: "knowledge".into(),
            licence: "CC0-1.0".into(),
            summary: String::new(),
        };
        t.line(
            "commons.created",
            ada,
            created,
            "@ada created the commons Bread (bread)",
        );
        let forked = Forked {
            handle: "bread-2".into(),
            name: "Bread".into(),
            forked_from: "bread".into(),
            fork_point: 1234,
        };
        t.line(
            "commons.forked",
            ada,
            forked,
            "@ada forked bread at revision 1234 as bread-2",
        );
        let readable = "@ada deleted the commons Bread (bread); its history stays readable";
        t.line("commons.deleted", ada, deleted(0), readable);
        t.line(
            "commons.deleted",
            ada,
            deleted(1),
            &format!("{readable} and goes on in 1 fork"),
        );
        t.line(
            "commons.deleted",
            ada,
            deleted(1200),
            &format!("{readable} and goes on in 1,200 forks"),
        );
        let maintainer = |who: &str| Maintainer {
            commons: "bread".into(),
            maintainer: who.into(),
        };
        t.line(
            "commons.maintainer_added",
            ada,
            maintainer("bob"),
            "@ada made @bob a maintainer of bread",
        );
        t.line(
            "commons.maintainer_removed",
            ada,
            maintainer("bob"),
            "@ada removed @bob as a maintainer of bread",
        );
        t.line(
            "commons.maintainer_removed",
            ada,
            maintainer("ada"),
            "@ada stepped down as a maintainer of bread",
        );
        let reverted = Reverted {
            commons: "bread".into(),
            reverted: 3,
            revision: 5,
            revert: true,
        };
        t.line(
            "commons.revision_reverted",
            ada,
            reverted,
            "@ada reverted revision 3 of bread as revision 5",
        );
        let change = || {
            proposed(Offered::Change {
                base: "r".into(),
                message: "Rye notes\n\nWhy rye.".into(),
                files: Vec::new(),
            })
        };
        t.line(
            "contribution.proposed",
            ada,
            change(),
            "@ada proposed a change to bread: Rye notes",
        );
        let work = proposed(Offered::WorkRecord {
            minutes: 90,
            description: "Ran the Saturday workshop".into(),
            evidence: None,
        });
        t.line(
            "contribution.proposed",
            ada,
            work,
            "@ada proposed a work record to bread: Ran the Saturday workshop",
        );
        t.line(
            "contribution.updated",
            ada,
            change(),
            "@ada updated contribution #4 to bread",
        );
        for (kind, did) in [
            ("contribution.accepted", "accepted"),
            ("contribution.rejected", "rejected"),
            ("contribution.changes_requested", "asked for changes to"),
            ("contribution.withdrawn", "withdrew"),
        ] {
            let want = format!("@ada {did} contribution #4 to bread");
            t.line(kind, ada, decided(), &want);
        }
        let imported = HistoryImported {
            commons: "bread".into(),
            commits: 12,
            authors: 3,
            placeholders: 2,
        };
        t.line(
            "commons.history_imported",
            None,
            imported,
            "The history of bread was imported from git: 12 commits by 3 authors",
        );
        t.all_tried();
    }
}
