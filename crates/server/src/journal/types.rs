//! Event types: every kind of journal event, named (`commons.forked`), with its verb, the
//! kind of object it is about and the payload type it carries. A domain declares its
//! types in its `events.rs` and writes events only through them, so every payload in the
//! journal reads back as its declared type; the assembly gathers the lists
//! (`ops::EVENT_TYPES`) for the catalogue and its tests.

use super::{ObjectKind, Verb};
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

    /// The type as an entry of a catalogue, its payload type kept as a reader.
    pub const fn entry(&self) -> Entry {
        Entry {
            name: self.name,
            verb: self.verb,
            object: self.object,
            about: self.about,
            payload: std::any::type_name::<P>,
            reads: reads::<P>,
        }
    }
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
