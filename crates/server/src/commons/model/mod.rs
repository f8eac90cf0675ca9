//! The commons' model: pure types and rules, no I/O. This file holds a commons itself
//! (its handle, kind, licence policy and descriptive text, each validated on construction
//! so that a `Commons` value is always valid); the files beside it hold the rest — paths
//! and blobs, trees and their hashes, contributions and their review, the history with
//! forks, rebase and diff, who may do what, maintainer candidates, and the error enum.

pub mod access;
pub mod blob;
pub mod candidates;
pub mod contribution;
pub mod diff;
pub mod error;
pub mod fork;
pub mod history;
pub mod path;
pub mod rebase;
pub mod review;
pub mod tree;
pub mod treehash;

/// A commons' name (required, one line) and summary, checked and tidied: the rule for the
/// text itself and for each of its translations.
pub fn texts(name: &str, summary: &str) -> Result<(String, String)> {
    check_text("name", name, true, MAX_NAME_CHARS)?;
    if name.contains(['\n', '\r']) {
        return Err(CommonsError::InvalidText {
            field: "name",
            reason: detail!("problem-text-one-line"),
        });
    }
    check_text("summary", summary, false, MAX_SUMMARY_CHARS)?;
    Ok((
        crate::text::neutralised(name).trim().to_owned(),
        crate::text::neutralised(summary).trim().to_owned(),
    ))
}

/// The identifiers of the SPDX list the server takes on their own, in the list's order,
/// then the reciprocity licences: what the new-commons form offers and the API's schema
/// enumerates.
pub fn licence_ids() -> &'static [&'static str] {
    static IDS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        spdx::identifiers::LICENSES
            .iter()
            .map(|(id, ..)| *id)
            .filter(|id| spdx::Expression::parse_mode(id, spdx::ParseMode::STRICT).is_ok())
            .chain(RECIPROCITY_LICENCES)
            .collect()
    });
    &IDS
}

/// The licences outside the SPDX list that the server knows the terms of: the Peer
/// Production License and CopyFair, whose terms the coalition's determinations apply.
pub const RECIPROCITY_LICENCES: [&str; 2] = ["LicenseRef-PPL", "LicenseRef-CopyFair"];

#[cfg(test)]
mod properties;
#[cfg(test)]
pub(crate) mod testkit;

use crate::error::{Detail, detail};
use error::{CommonsError, Result, check_text};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

pub use crate::ids::{CommonsId, ContributionId, PersonId, RevisionId};

/// Words that name pages under `/commons/`, so cannot be handles.
/// The URL name of a commons, by the one rule for handles (`ids::handle_problem`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Handle(String);

impl Handle {
    pub fn parse(raw: &str) -> Result<Self> {
        let bad = |reason| CommonsError::InvalidHandle {
            handle: raw.chars().take(60).collect(),
            reason,
        };
        if let Some(rule) = crate::ids::handle_problem(raw) {
            return Err(bad(rule));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Handle {
    type Error = CommonsError;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<Handle> for String {
    fn from(value: Handle) -> Self {
        value.0
    }
}

impl fmt::Display for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What kind of work a commons holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommonsKind {
    Software,
    Knowledge,
    Design,
    Data,
    Other,
}

impl CommonsKind {
    pub const ALL: [Self; 5] = [
        Self::Software,
        Self::Knowledge,
        Self::Design,
        Self::Data,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Software => "software",
            Self::Knowledge => "knowledge",
            Self::Design => "design",
            Self::Data => "data",
            Self::Other => "other",
        }
    }
}

impl FromStr for CommonsKind {
    type Err = CommonsError;
    fn from_str(s: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| CommonsError::UnknownKind {
                kind: s.chars().take(40).collect(),
            })
    }
}

/// A licence expression checked against the SPDX licence list (strict
/// syntax: case-sensitive ids, upper-case `AND`/`OR`/`WITH`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SpdxExpression(String);

impl SpdxExpression {
    pub fn parse(raw: &str) -> Result<Self> {
        let bad = |reason: Detail| CommonsError::InvalidLicence {
            expression: raw.chars().take(200).collect(),
            reason,
        };
        if raw.trim() != raw || raw.is_empty() {
            return Err(bad(detail!("problem-licence-spaces")));
        }
        // The SPDX library's reason stays in its English, inside a translated sentence.
        let expr = spdx::Expression::parse_mode(raw, spdx::ParseMode::STRICT).map_err(|e| {
            bad(detail!(
                "problem-licence-syntax",
                reason = e.reason.to_string()
            ))
        })?;
        // `LicenseRef-…` names a licence outside the list, which nobody can check, but for
        // the reciprocity licences whose terms the server knows; other custom licences
        // arrive as the coalition's custom policy instead.
        if let Some(other) = expr.requirements().find(|r| {
            r.req.license.id().is_none()
                && !RECIPROCITY_LICENCES.contains(&r.req.license.to_string().as_str())
        }) {
            return Err(bad(detail!(
                "problem-licence-unlisted",
                licence = other.req.license.to_string()
            )));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when every licence in the expression is OSI-approved or FSF
    /// free/libre; pages show a notice when it is not.
    pub fn is_free(&self) -> bool {
        spdx::Expression::parse_mode(&self.0, spdx::ParseMode::STRICT).is_ok_and(|expr| {
            expr.requirements().all(|r| {
                r.req
                    .license
                    .id()
                    .is_some_and(|id| id.is_osi_approved() || id.is_fsf_free_libre())
            })
        })
    }
}

impl TryFrom<String> for SpdxExpression {
    type Error = CommonsError;
    fn try_from(value: String) -> Result<Self> {
        Self::parse(&value)
    }
}

impl From<SpdxExpression> for String {
    fn from(value: SpdxExpression) -> Self {
        value.0
    }
}

/// How a commons may be used. A policy, not a bare string, because a
/// reciprocity (peer production) licence variant arrives later with terms
/// of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "policy", content = "expression", rename_all = "snake_case")]
pub enum LicencePolicy {
    Spdx(SpdxExpression),
}

/// Longest commons name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest summary, in characters.
pub const MAX_SUMMARY_CHARS: usize = 1000;

/// The descriptive record of a commons (its files and people live elsewhere).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commons {
    pub handle: Handle,
    pub name: String,
    pub summary: String,
    pub kind: CommonsKind,
    pub licence: LicencePolicy,
    /// The organization that hosts it, if any.
    pub home_organization: Option<String>,
}

impl Commons {
    /// Validates the free-text fields; handle, kind and licence are already
    /// valid by their types.
    pub fn new(
        handle: Handle,
        name: &str,
        summary: &str,
        kind: CommonsKind,
        licence: LicencePolicy,
        home_organization: Option<String>,
    ) -> Result<Self> {
        let (name, summary) = texts(name, summary)?;
        Ok(Self {
            handle,
            name,
            summary,
            kind,
            licence,
            home_organization,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles() {
        for ok in ["bread-recipes", "abc", "a1-b2", "x9y"] {
            Handle::parse(ok).unwrap();
        }
        for bad in [
            "a",
            "Bread",
            "1abc",
            "a--b",
            "abc-",
            "new",
            "ça-va",
            &"a".repeat(41),
        ] {
            assert_eq!(
                Handle::parse(bad).unwrap_err().code(),
                "invalid_handle",
                "{bad}"
            );
        }
    }

    #[test]
    fn kinds_round_trip() {
        for k in CommonsKind::ALL {
            assert_eq!(k.as_str().parse::<CommonsKind>().unwrap(), k);
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
        assert_eq!(
            "Software".parse::<CommonsKind>().unwrap_err().code(),
            "unknown_kind"
        );
    }

    #[test]
    fn licences_are_checked_against_the_spdx_list() {
        for ok in [
            "CC-BY-SA-4.0",
            "AGPL-3.0-or-later",
            "MIT OR Apache-2.0",
            "GPL-2.0-only WITH Classpath-exception-2.0",
        ] {
            SpdxExpression::parse(ok).unwrap();
        }
        for bad in [
            "",
            "MIT/Apache-2.0",
            "mit",
            "Made-Up-1.0",
            "MIT and Apache-2.0",
            " MIT",
            "LicenseRef-mine",
            "LicenseRef-ppl",
            "DocumentRef-x:LicenseRef-PPL",
        ] {
            let err = SpdxExpression::parse(bad).unwrap_err();
            assert_eq!(err.code(), "invalid_licence", "{bad}");
        }
        // The reciprocity licences are taken, alone or with others, and are not free
        // licences in the OSI's or the FSF's sense.
        for ok in [
            "LicenseRef-PPL",
            "LicenseRef-CopyFair",
            "LicenseRef-PPL OR CC-BY-SA-4.0",
        ] {
            assert!(!SpdxExpression::parse(ok).unwrap().is_free(), "{ok}");
        }
        assert!(licence_ids().ends_with(&RECIPROCITY_LICENCES));
        assert!(SpdxExpression::parse("CC-BY-SA-4.0").unwrap().is_free());
        assert!(!SpdxExpression::parse("CC-BY-NC-4.0").unwrap().is_free());
        let policy = LicencePolicy::Spdx(SpdxExpression::parse("MIT").unwrap());
        let json = serde_json::to_string(&policy).unwrap();
        assert_eq!(json, r#"{"policy":"spdx","expression":"MIT"}"#);
        assert!(
            serde_json::from_str::<LicencePolicy>(r#"{"policy":"spdx","expression":"nope"}"#)
                .is_err()
        );
    }

    #[test]
    fn commons_text_fields() {
        let mk = |name: &str, summary: &str| {
            Commons::new(
                Handle::parse("bread").unwrap(),
                name,
                summary,
                CommonsKind::Knowledge,
                LicencePolicy::Spdx(SpdxExpression::parse("CC0-1.0").unwrap()),
                None,
            )
        };
        assert_eq!(mk(" Bread ", "").unwrap().name, "Bread");
        assert_eq!(mk("  ", "").unwrap_err().code(), "invalid_text");
        assert_eq!(mk("a\nb", "").unwrap_err().code(), "invalid_text");
        assert_eq!(
            mk("ok", &"s".repeat(1001)).unwrap_err().code(),
            "invalid_text"
        );
        assert_eq!(mk("ok", "bell\u{7}").unwrap_err().code(), "invalid_text");
    }
}
