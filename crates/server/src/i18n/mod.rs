//! The languages of the pages: English, French, Italian and Spanish, each a catalogue of
//! Project Fluent messages (`locales/<code>/*.ftl`, built into the binary), the choice of a
//! request's language (the visitor's choice, then `Accept-Language`, then the instance's
//! default), and that choice held for the request while its page is made.

pub mod content;
pub mod formats;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// A language the pages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Fr,
    It,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::It, Lang::Es];

    /// Its place in [`Lang::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 code, as in `<html lang>` and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::It => "it",
            Lang::Es => "es",
        }
    }

    /// Its name in itself, for the language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::It => "Italiano",
            Lang::Es => "Español",
        }
    }

    /// The catalogue message that names this language in the page's language
    /// (`language-name-fr`: "French", "français", "francese", "francés").
    pub fn name_key(self) -> &'static str {
        match self {
            Lang::En => "language-name-en",
            Lang::Fr => "language-name-fr",
            Lang::It => "language-name-it",
            Lang::Es => "language-name-es",
        }
    }

    /// Its name in English, for the English summaries the journal stores.
    pub fn english_name(self) -> String {
        text(Lang::En, self.name_key(), &[])
    }

    /// The language a field or an address names (`fr`, `es`), if the pages are written in
    /// it; a code longer than a language tag is none.
    pub fn of_field(code: &str) -> Option<Lang> {
        Lang::parse(code).filter(|_| code.len() <= 16)
    }

    /// The language of a code (`fr`, `fr-BE`, `FR`), if the pages are written in it.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The catalogue's source files.
    fn sources(self) -> &'static [&'static str] {
        match self {
            Lang::En => &[
                include_str!("../../locales/en/main.ftl"),
                include_str!("../../locales/en/problems.ftl"),
                include_str!("../../locales/en/events.ftl"),
            ],
            Lang::Fr => &[
                include_str!("../../locales/fr/main.ftl"),
                include_str!("../../locales/fr/problems.ftl"),
                include_str!("../../locales/fr/events.ftl"),
            ],
            Lang::It => &[
                include_str!("../../locales/it/main.ftl"),
                include_str!("../../locales/it/problems.ftl"),
                include_str!("../../locales/it/events.ftl"),
            ],
            Lang::Es => &[
                include_str!("../../locales/es/main.ftl"),
                include_str!("../../locales/es/problems.ftl"),
                include_str!("../../locales/es/events.ftl"),
            ],
        }
    }
}

struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

static CATALOGUES: LazyLock<Vec<(Lang, Catalogue)>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let id: LanguageIdentifier = lang.code().parse().expect("a language code");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Pages are HTML: no Unicode isolation marks around placed values.
            bundle.set_use_isolating(false);
            // Counts are written with the language's grouping (`1 234` in French).
            bundle.set_formatter(Some(match lang {
                Lang::En => grouped::<_, 0>,
                Lang::Fr => grouped::<_, 1>,
                Lang::It => grouped::<_, 2>,
                Lang::Es => grouped::<_, 3>,
            }));
            for source in lang.sources() {
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("{} catalogue: {errors:?}", lang.code()));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("{} catalogue: {errors:?}", lang.code()));
            }
            (lang, Catalogue { bundle })
        })
        .collect()
});

/// A whole number placed in a message, written by the `I`th language's rule; other values
/// as Fluent writes them.
fn grouped<M, const I: usize>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.value.fract() == 0.0
                && n.value.abs() < 9.0e15
                && n.options.minimum_fraction_digits.is_none() =>
        {
            Some(formats::number(Lang::ALL[I], n.value as i64))
        }
        _ => None,
    }
}

fn catalogue(lang: Lang) -> &'static Catalogue {
    &CATALOGUES
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("every language has a catalogue")
        .1
}

/// The message `key` in `lang`, with its arguments. A key missing from the catalogue shows
/// as itself (the catalogue check in the tests keeps that from shipping).
pub fn text(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let c = catalogue(lang);
    let Some(pattern) = c.bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let out = c
        .bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            key,
            lang = lang.code(),
            ?errors,
            "message formatted with errors"
        );
    }
    out.into_owned()
}

/// The message ids of a language's catalogue, with the names of the variables each uses
/// (for the catalogue check).
pub fn messages(lang: Lang) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let mut out = Vec::new();
    for source in lang.sources() {
        let resource = fluent_syntax::parser::parse(*source).expect("a valid catalogue");
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vec::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                vars.sort();
                vars.dedup();
                out.push((m.id.name.to_string(), vars));
            }
        }
    }
    out
}

fn variables(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        if let InlineExpression::VariableReference { id } = e {
            out.push(id.name.to_string());
        }
    }
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            match expression {
                Expression::Inline(e) => inline(e, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    for v in variants {
                        variables(&v.value, out);
                    }
                }
            }
        }
    }
}

/// The language of a request: the visitor's own choice (`chosen`, the language cookie),
/// then the first of `Accept-Language` the pages are written in, then `default`.
pub fn negotiate(chosen: Option<&str>, accept_language: Option<&str>, default: Lang) -> Lang {
    if let Some(lang) = chosen.and_then(Lang::parse) {
        return lang;
    }
    // The browser's languages, best first; the first the pages are written in wins
    // (`fr-BE` is French).
    fluent_langneg::accepted_languages::parse(accept_language.unwrap_or(""))
        .iter()
        .find_map(|id| Lang::parse(id.language.as_str()))
        .unwrap_or(default)
}

/// What a page being made needs to know of its request: its language, the viewer's time
/// zone and its address.
#[derive(Debug, Clone)]
pub struct PageRequest {
    pub lang: Lang,
    /// Where times are shown: the viewer's own zone, else the instance's.
    pub zone: formats::Zone,
    /// The path and query, for links back to the same page (the language switch).
    pub path: String,
}

tokio::task_local! {
    static PAGE: PageRequest;
}

/// Runs `f` (a page's handler) with `page` as the request's language and address.
pub async fn scope<F: std::future::Future>(page: PageRequest, f: F) -> F::Output {
    PAGE.scope(page, f).await
}

/// The language, zone and address of the page being made; English, UTC and `/` outside a
/// page.
pub fn current() -> PageRequest {
    with_current(Clone::clone)
}

/// `f` of the page being made (or of English, UTC and `/` outside a page), without copying
/// it.
pub fn with_current<T>(f: impl FnOnce(&PageRequest) -> T) -> T {
    if PAGE.try_with(|_| ()).is_ok() {
        PAGE.with(f)
    } else {
        f(&PageRequest {
            lang: Lang::En,
            zone: formats::Zone::utc(),
            path: "/".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_chosen_by_the_visitor_then_the_browser_then_the_instance() {
        assert_eq!(negotiate(Some("it"), Some("fr"), Lang::En), Lang::It);
        assert_eq!(
            negotiate(Some("xx"), Some("fr-BE, en;q=0.5"), Lang::En),
            Lang::Fr
        );
        assert_eq!(
            negotiate(None, Some("de-DE, es;q=0.8, en;q=0.5"), Lang::En),
            Lang::Es
        );
        assert_eq!(negotiate(None, Some("de"), Lang::It), Lang::It);
        assert_eq!(negotiate(None, None, Lang::Fr), Lang::Fr);
        assert_eq!(negotiate(None, Some(";;garbage,,"), Lang::En), Lang::En);
    }

    #[test]
    fn messages_take_their_arguments_and_select_by_number() {
        let t = |lang, status: i64| text(lang, "error-title", &[("status", status.into())]);
        assert_eq!(t(Lang::En, 404), "Not found");
        assert_eq!(t(Lang::Fr, 404), "Introuvable");
        assert_eq!(t(Lang::It, 999), "Qualcosa è andato storto");
        let feed = text(Lang::Es, "feed-title", &[("instance", "Lagomar".into())]);
        assert_eq!(feed, "Diario de Lagomar");
        assert_eq!(text(Lang::En, "no-such-key", &[]), "no-such-key");
        let many = |lang| text(lang, "home-people", &[("count", 12_345.into())]);
        assert!(many(Lang::En).contains("12,345"), "{}", many(Lang::En));
        assert!(many(Lang::It).contains("12.345"), "{}", many(Lang::It));
    }
}
