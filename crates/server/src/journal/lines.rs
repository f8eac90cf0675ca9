//! An event's line in the reader's language: the message `event-<kind>` of the catalogue
//! (`locales/<code>/events.ftl`), with the values its type's payload gives (see
//! `types::Payload`). The stored `summary`, written in English when the event happened,
//! stays what the API serves, and is the line of an event whose type is unknown (written
//! before types were named), whose payload does not read, or whose message needs a value
//! the payload cannot give.

use super::model::Event;
use super::types::{Entry, find};
use crate::i18n::{self, Lang};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, OnceLock, RwLock};

/// The event types of the assembly, set once by `journal::install`.
static EVENT_TYPES: OnceLock<&'static [&'static [Entry]]> = OnceLock::new();

/// Keeps the event types the lines are written from.
pub(super) fn install(event_types: &'static [&'static [Entry]]) {
    // Every state of a process is made from the same list.
    let _ = EVENT_TYPES.set(event_types);
}

/// The event types installed (none before `journal::install`).
pub(super) fn event_types() -> &'static [&'static [Entry]] {
    EVENT_TYPES.get().copied().unwrap_or(&[])
}

/// The message of the events of `kind`: `commons.maintainer_added` is
/// `event-commons-maintainer-added`.
pub fn message_key(kind: &str) -> String {
    format!("event-{}", kind.replace(['.', '_'], "-"))
}

/// The variables each message uses, by language.
static VARIABLES: LazyLock<HashMap<(Lang, String), Vec<String>>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            i18n::messages(lang)
                .into_iter()
                .map(move |(key, vars)| ((lang, key), vars))
        })
        .collect()
});

/// The line of `e` in `lang`, its type read from `event_types`; `None` when only the stored
/// summary can say it.
pub fn line_of(event_types: &[&[Entry]], e: &Event, lang: Lang) -> Option<String> {
    if e.kind.is_empty() {
        return None;
    }
    let entry = find(event_types, &e.kind)?;
    let args = (entry.line)(&e.payload, e.actor.as_deref())?;
    let key = message_key(&e.kind);
    let needs = VARIABLES.get(&(lang, key.clone()))?;
    if !needs.iter().all(|v| args.has(v)) {
        return None;
    }
    Some(i18n::text(lang, &key, args.values()))
}

impl Event {
    /// The line for pages and feeds, in the language of the page being made.
    pub fn line(&self) -> Arc<str> {
        self.line_kept(i18n::with_current(|p| p.lang))
    }

    /// The line in `lang`, or the stored summary when the event cannot be read for it.
    pub fn line_in(&self, lang: Lang) -> String {
        self.line_kept(lang).to_string()
    }

    /// An event never changes, so its line in a language is written once and kept.
    fn line_kept(&self, lang: Lang) -> Arc<str> {
        if let Some(line) = LINES.read().ok().and_then(|m| {
            m.get(self.id.as_str())
                .and_then(|l| l[lang.index()].clone())
        }) {
            return line;
        }
        let line: Arc<str> =
            Arc::from(line_of(event_types(), self, lang).unwrap_or_else(|| self.summary.clone()));
        if let Ok(mut m) = LINES.write() {
            if m.len() >= KEPT {
                m.clear();
            }
            m.entry(self.id.clone()).or_default()[lang.index()] = Some(line.clone());
        }
        line
    }

    /// What it did, as a word of the page's language (`commented`, `accepted`), kept once
    /// made.
    pub fn verb_text(&self) -> Arc<str> {
        self.verb_text_in(i18n::with_current(|p| p.lang))
    }

    /// What it did as a word of `lang`: its verb, told apart by the kind of object where
    /// the word differs (a comment created is "commented").
    pub fn verb_text_in(&self, lang: Lang) -> Arc<str> {
        if let Some(w) = VERBS.read().ok().and_then(|m| {
            m.iter()
                .find(|(l, v, o, _)| *l == lang && *v == self.verb && *o == self.object_type)
                .map(|(.., w)| w.clone())
        }) {
            return w;
        }
        let word: Arc<str> = Arc::from(i18n::text(
            lang,
            "event-verb",
            &[
                ("verb", self.verb.clone().into()),
                ("object", self.object_type.clone().into()),
            ],
        ));
        if let Ok(mut m) = VERBS.write() {
            m.push((
                lang,
                self.verb.clone(),
                self.object_type.clone(),
                word.clone(),
            ));
        }
        word
    }
}

/// Lines written, by event id, one slot per language. Every page of the journal shows the
/// newest events first, so the same lines come back; past `KEPT` events the memo starts
/// over rather than grow.
/// Each event's line in each language, by event id.
type Lines = HashMap<String, [Option<Arc<str>>; 4]>;
static LINES: LazyLock<RwLock<Lines>> = LazyLock::new(Default::default);
const KEPT: usize = 50_000;

/// Verbs as words, by language and kind of object (a few dozen).
type Verbs = Vec<(Lang, String, String, Arc<str>)>;
static VERBS: LazyLock<RwLock<Verbs>> = LazyLock::new(Default::default);

/// A domain's tests of its event types' lines: each type tried has a line in every
/// language, the English one as given (what the stored summary says).
#[cfg(test)]
pub(crate) struct Tried {
    types: &'static [Entry],
    kinds: std::collections::BTreeSet<&'static str>,
}

#[cfg(test)]
impl Tried {
    pub fn new(types: &'static [Entry]) -> Tried {
        Tried {
            types,
            kinds: Default::default(),
        }
    }

    /// Tries an event of `kind` by `actor` carrying `payload`: its English line is
    /// `english`, and every other language has its own.
    pub fn line<P: serde::Serialize>(
        &mut self,
        kind: &'static str,
        actor: Option<&str>,
        payload: P,
        english: &str,
    ) {
        let e = Event {
            seq: 1,
            id: "e".into(),
            at: 0,
            actor: actor.map(str::to_string),
            verb: String::new(),
            kind: kind.into(),
            object_type: String::new(),
            object_id: String::new(),
            object_url: String::new(),
            context: String::new(),
            summary: "(the stored summary)".into(),
            payload: serde_json::to_string(&payload).expect("a payload"),
            hash: None,
        };
        for lang in Lang::ALL {
            let line = line_of(&[self.types], &e, lang)
                .unwrap_or_else(|| panic!("{kind} has no line in {}", lang.code()));
            assert!(!line.contains(['{', '$']), "{kind}: {line}");
            if lang == Lang::En {
                assert_eq!(line, english, "{kind}");
            } else {
                assert_ne!(line, english, "{kind} in {}", lang.code());
            }
        }
        self.kinds.insert(kind);
    }

    /// Every type of the list was tried.
    pub fn all_tried(&self) {
        let all: std::collections::BTreeSet<&str> = self.types.iter().map(|e| e.name).collect();
        assert_eq!(self.kinds, all);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::types::{Args, EventType, Payload};
    use crate::journal::{ObjectKind, Verb};

    /// A payload for trying lines: a commons forked, as `commons.forked` carries it.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Forked {
        handle: String,
        forked_from: String,
        fork_point: i64,
    }

    impl Payload for Forked {
        const ARGS: &'static [&'static str] = &["handle", "from", "fork_point"];
        fn args(&self, a: &mut Args) {
            a.text("handle", &self.handle);
            a.text("from", &self.forked_from);
            a.text("fork_point", self.fork_point.to_string());
        }
    }

    /// Like `Forked`, but gives no fork point: a payload that cannot fill its message.
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Short {
        handle: String,
        forked_from: String,
    }

    impl Payload for Short {
        const ARGS: &'static [&'static str] = &["handle", "from"];
        fn args(&self, a: &mut Args) {
            a.text("handle", &self.handle);
            a.text("from", &self.forked_from);
        }
    }

    const FORKED: EventType<Forked> =
        EventType::new("commons.forked", Verb::Create, ObjectKind::Commons, "a try");
    const SHORT: EventType<Short> =
        EventType::new("commons.forked", Verb::Create, ObjectKind::Commons, "a try");
    static FULL: &[Entry] = &[FORKED.entry()];
    static LACKING: &[Entry] = &[SHORT.entry()];

    fn event(kind: &str, payload: &str) -> Event {
        Event {
            seq: 1,
            id: "e".into(),
            at: 0,
            actor: Some("ada".into()),
            verb: "Create".into(),
            kind: kind.into(),
            object_type: "commons".into(),
            object_id: "c".into(),
            object_url: "/commons/rye-2".into(),
            context: "commons:c".into(),
            summary: "@ada forked rye at revision 3 as rye-2".into(),
            payload: payload.into(),
            hash: None,
        }
    }

    const PAYLOAD: &str = r#"{"handle":"rye-2","forked_from":"rye","fork_point":1234}"#;

    #[test]
    fn a_line_is_its_message_with_the_payload_s_values() {
        let e = event("commons.forked", PAYLOAD);
        let en = line_of(&[FULL], &e, Lang::En).expect("a line");
        assert_eq!(en, "@ada forked rye at revision 1234 as rye-2");
        let fr = line_of(&[FULL], &e, Lang::Fr).expect("a line");
        assert!(fr.starts_with("@ada ") && fr.contains("1234"), "{fr}");
        assert_ne!(fr, en);
    }

    #[test]
    fn what_cannot_be_read_is_said_by_the_stored_summary() {
        for e in [
            event("", PAYLOAD),
            event("commons.forked", r#"{"handle": 3}"#),
            event("commons.forked", "not json"),
            event("commons.unheard_of", PAYLOAD),
        ] {
            assert_eq!(line_of(&[FULL], &e, Lang::It), None, "{}", e.payload);
        }
        // A message that needs a value the payload does not give is not written with a
        // hole in it.
        let e = event("commons.forked", PAYLOAD);
        assert_eq!(line_of(&[LACKING], &e, Lang::Es), None);
        // Outside any installed catalogue the line is the summary itself.
        assert_eq!(
            event("commons.forked", "{}").line_in(Lang::Fr),
            "@ada forked rye at revision 3 as rye-2"
        );
    }

    #[test]
    fn keys_come_from_kinds() {
        assert_eq!(
            message_key("commons.maintainer_added"),
            "event-commons-maintainer-added"
        );
    }
}
