//! Event types: every kind of journal event, named (`commons.forked`), with its verb, the
//! kind of object it is about and the payload type it carries. A domain declares its
//! types in its `events.rs` and writes events only through them, so every payload in the
//! journal reads back as its declared type; the assembly gathers the lists
//! (`ops::EVENT_TYPES`) for the catalogue and its tests. Each payload type gives the
//! values its events' line places (`Payload`), so the line is written in the reader's
//! language from the message `event-<kind>` (see `lines`).

use super::{ObjectKind, Verb};
use fluent_bundle::FluentValue;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

/// One kind of event whose payload is a `P`.
pub struct EventType<P> {
    /// Stable name, `object.what_happened`, stored with each event as its `kind`.
    pub name: &'static str,
    pub verb: Verb,
    pub object: ObjectKind,
    /// One line for the catalogue: when the event is written.
    pub about: &'static str,
    payload: PhantomData<fn() -> P>,
}

impl<P: Serialize + DeserializeOwned> EventType<P> {
    pub const fn new(
        name: &'static str,
        verb: Verb,
        object: ObjectKind,
        about: &'static str,
    ) -> Self {
        EventType {
            name,
            verb,
            object,
            about,
            payload: PhantomData,
        }
    }
}

impl<P: Payload> EventType<P> {
    /// The type as an entry of a catalogue, its payload type kept as a reader.
    pub const fn entry(&self) -> Entry {
        Entry {
            name: self.name,
            verb: self.verb,
            object: self.object,
            about: self.about,
            payload: std::any::type_name::<P>,
            reads: reads::<P>,
            args: P::ARGS,
            line: line_args::<P>,
        }
    }
}

/// A payload as its events' line reads it: the values the line's message places, each
/// under a name of `ARGS`. Every line may also place `actor`, the person who acted
/// (`@handle`), when the event has one.
pub trait Payload: Serialize + DeserializeOwned {
    /// The names of the values `args` gives.
    const ARGS: &'static [&'static str];
    /// Gives the values. One it cannot give (a field that events written before it
    /// existed lack) is left out, and a line that needs it falls back to the stored
    /// summary.
    fn args(&self, args: &mut Args);
}

/// The values placed in an event's line.
pub struct Args {
    actor: Option<String>,
    values: Vec<(&'static str, FluentValue<'static>)>,
}

impl Args {
    /// The values of an event by `actor` (a handle, without `@`).
    pub fn new(actor: Option<&str>) -> Args {
        let mut args = Args {
            actor: actor.map(str::to_string),
            values: Vec::new(),
        };
        if let Some(a) = actor {
            args.handle("actor", a);
        }
        args
    }

    /// The handle of the person who acted, without `@`.
    pub fn actor(&self) -> Option<&str> {
        self.actor.as_deref()
    }

    /// A person's or an organization's handle, written `@handle`.
    pub fn handle(&mut self, name: &'static str, handle: &str) {
        self.text(name, format!("@{handle}"));
    }

    /// Words placed as they are: a name, a title, a commons' handle, a revision's number
    /// (an identifier, not written as an amount), or the key a message selects on.
    pub fn text(&mut self, name: &'static str, text: impl Into<String>) {
        self.values.push((name, FluentValue::from(text.into())));
    }

    /// A count, written as the language writes numbers and selecting plural forms.
    pub fn count(&mut self, name: &'static str, n: i64) {
        self.values.push((name, FluentValue::from(n)));
    }

    /// Whether a value named `name` was given.
    pub fn has(&self, name: &str) -> bool {
        self.values.iter().any(|(n, _)| *n == name)
    }

    /// The values, for `i18n::text`.
    pub fn values(&self) -> &[(&'static str, FluentValue<'static>)] {
        &self.values
    }

    /// The names given.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.values.iter().map(|(n, _)| *n)
    }
}

/// Reads a stored payload as `P` and gives its line's values; `None` when it does not
/// read, or gives a value `ARGS` does not name (a slip the tests catch).
fn line_args<P: Payload>(text: &str, actor: Option<&str>) -> Option<Args> {
    let payload: P = serde_json::from_str(text).ok()?;
    let mut args = Args::new(actor);
    payload.args(&mut args);
    let stray = args.names().find(|n| *n != "actor" && !P::ARGS.contains(n));
    debug_assert!(
        stray.is_none(),
        "{} gives {stray:?}, which its ARGS do not name",
        std::any::type_name::<P>()
    );
    stray.is_none().then_some(args)
}

/// An event type with its payload type erased, for catalogues.
#[derive(Clone, Copy)]
pub struct Entry {
    pub name: &'static str,
    pub verb: Verb,
    pub object: ObjectKind,
    pub about: &'static str,
    /// The Rust name of the payload type.
    pub payload: fn() -> &'static str,
    /// Reads a stored payload as the declared type.
    pub reads: fn(&str) -> Result<(), serde_json::Error>,
    /// The names of the values its line may place besides `actor` (`Payload::ARGS`).
    pub args: &'static [&'static str],
    /// Reads a stored payload (and the event's actor) as its line's values; `None` when
    /// the payload does not read as the declared type.
    pub line: fn(&str, Option<&str>) -> Option<Args>,
}

fn reads<P: DeserializeOwned>(text: &str) -> Result<(), serde_json::Error> {
    serde_json::from_str::<P>(text).map(|_| ())
}

/// The entry named `name` among `catalogue`'s lists.
pub fn find<'a>(catalogue: &'a [&'a [Entry]], name: &str) -> Option<&'a Entry> {
    catalogue
        .iter()
        .flat_map(|l| l.iter())
        .find(|e| e.name == name)
}
