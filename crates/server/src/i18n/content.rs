//! Content people write in several languages: a name and a description given in the
//! language they were first written in, and translations of both into other languages.
//! Which version a viewer reads, and what the page says when their language has none.
//! Pure: each domain keeps its versions in its own table.

use super::Lang;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A name and a description in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Version {
    /// `en`, `fr`, `it` or `es`.
    pub lang: String,
    pub name: String,
    pub description: String,
}

impl Version {
    /// The catalogue message naming its language (see `Lang::name_key`).
    pub fn lang_name_key(&self) -> &'static str {
        Lang::parse(&self.lang).map_or("language-name-en", Lang::name_key)
    }
}

/// The version a viewer reads, and how it relates to their language.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub name: String,
    pub description: String,
    /// The language the shown text is written in.
    pub lang: Lang,
    pub kind: ShownKind,
}

impl Shown {
    pub fn is_missing(&self) -> bool {
        self.kind == ShownKind::Missing
    }
    pub fn is_translated(&self) -> bool {
        self.kind == ShownKind::Translated
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ShownKind {
    /// As first written, in the viewer's language.
    Original,
    /// A translation into the viewer's language.
    Translated,
    /// The viewer's language has no version: the original is shown.
    Missing,
}

/// What `viewer` reads of a text first written in `original` (as `name`, `description`)
/// and translated as `translations`.
pub fn choose(
    original: Lang,
    name: &str,
    description: &str,
    translations: &[Version],
    viewer: Lang,
) -> Shown {
    if viewer != original
        && let Some(t) = translations
            .iter()
            .find(|t| Lang::parse(&t.lang) == Some(viewer))
    {
        return Shown {
            name: t.name.clone(),
            description: t.description.clone(),
            lang: viewer,
            kind: ShownKind::Translated,
        };
    }
    Shown {
        name: name.to_string(),
        description: description.to_string(),
        lang: original,
        kind: if viewer == original {
            ShownKind::Original
        } else {
            ShownKind::Missing
        },
    }
}

/// The language a text says it was first written in, or the instance's default when it
/// says none (texts written before languages were recorded).
pub fn original(stored: Option<&str>, default: Lang) -> Lang {
    stored.and_then(Lang::parse).unwrap_or(default)
}

/// Why a language given for a text was refused (each a 422 with its own code).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LanguageError {
    /// Not one the pages are written in (`invalid_language`).
    Unknown,
    /// A translation into the language it was first written in (`original_language`).
    Original(Lang),
}

/// The language a new text says it is written in, checked; absent or empty: `default`.
pub fn written_in(code: Option<&str>, default: Lang) -> Result<Lang, LanguageError> {
    match code.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(default),
        Some(c) => Lang::of_field(c).ok_or(LanguageError::Unknown),
    }
}

/// The language of a translation, checked: one the pages are written in and not the
/// original's (which is edited as the text itself).
pub fn translation_lang(code: &str, original: Lang) -> Result<Lang, LanguageError> {
    let lang = Lang::of_field(code).ok_or(LanguageError::Unknown)?;
    if lang == original {
        return Err(LanguageError::Original(lang));
    }
    Ok(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr() -> Vec<Version> {
        vec![Version {
            lang: "fr".into(),
            name: "Manuels de réparation".into(),
            description: "Guides écrits au Repair Café.".into(),
        }]
    }

    #[test]
    fn a_viewer_reads_their_language_else_the_original_and_is_told() {
        let en = Lang::En;
        let s = choose(en, "Repair manuals", "Guides.", &fr(), Lang::Fr);
        assert_eq!(
            (s.name.as_str(), s.lang, s.kind),
            ("Manuels de réparation", Lang::Fr, ShownKind::Translated)
        );
        let s = choose(en, "Repair manuals", "Guides.", &fr(), Lang::It);
        assert_eq!(
            (s.name.as_str(), s.lang, s.kind),
            ("Repair manuals", Lang::En, ShownKind::Missing)
        );
        let s = choose(en, "Repair manuals", "Guides.", &fr(), Lang::En);
        assert_eq!(s.kind, ShownKind::Original);
        // A translation into the original's language (written before a change of the
        // original) never hides the text itself.
        let s = choose(Lang::Fr, "Manuels", "…", &fr(), Lang::Fr);
        assert_eq!((s.name.as_str(), s.kind), ("Manuels", ShownKind::Original));
    }

    #[test]
    fn translations_are_into_another_language_the_pages_speak() {
        assert_eq!(translation_lang("it", Lang::En).unwrap(), Lang::It);
        assert_eq!(
            translation_lang("de", Lang::En).unwrap_err(),
            LanguageError::Unknown
        );
        assert_eq!(
            translation_lang("en", Lang::En).unwrap_err(),
            LanguageError::Original(Lang::En)
        );
        assert_eq!(original(Some("es"), Lang::En), Lang::Es);
        assert_eq!(original(None, Lang::It), Lang::It);
        assert_eq!(original(Some("xx"), Lang::It), Lang::It);
    }
}
