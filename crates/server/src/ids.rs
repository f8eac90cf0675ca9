//! Identifiers shared by every domain: typed ids (a `PersonId` cannot be passed where a
//! `CommonsId` is expected; each is the store's UUIDv7 string, serialised as that string)
//! and the one rule for handles.

use crate::error::{Detail, detail};
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! ids {
    ($($(#[$doc:meta])* $t:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $t(pub String);

        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl $t {
            /// The id as the store spells it.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<String> for $t {
            fn from(s: String) -> Self {
                $t(s)
            }
        }

        impl From<&str> for $t {
            fn from(s: &str) -> Self {
                $t(s.to_string())
            }
        }
    )*};
}

ids!(
    /// A person.
    PersonId,
    /// An organization.
    OrgId,
    /// A commons.
    CommonsId,
    /// A revision. Revisions are shared by a commons and its forks, so the id is global.
    RevisionId,
    /// A contribution to a commons.
    ContributionId,
    /// A discussion thread.
    ThreadId,
    /// A comment in a thread.
    CommentId,
);

/// Words that cannot be handles because they name pages or would mislead.
pub const RESERVED_HANDLES: &[&str] = &[
    "activity", "admin", "api", "assets", "edit", "feed", "fork", "me", "new", "search",
    "settings", "static", "system",
];

/// The one rule for handles — people's, organizations' and commons': 2 to 40 characters,
/// lowercase letters `a-z`, digits, `-` and `_`, starting with a letter and ending with a
/// letter or digit, never two of `-` and `_` in a row, and not a reserved word. Handles
/// appear in URLs and after `@`, so two of them never differ by case, accent or a
/// doubled dash. Returns what is wrong, words to be said after the handle.
pub fn handle_problem(h: &str) -> Option<Detail> {
    let sep = |b: u8| b == b'-' || b == b'_';
    let n = h.chars().count();
    if !(2..=40).contains(&n) {
        return Some(detail!("problem-handle-length"));
    }
    if !h
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || sep(b))
    {
        return Some(detail!("problem-handle-characters"));
    }
    let bytes = h.as_bytes();
    if !bytes[0].is_ascii_lowercase() {
        return Some(detail!("problem-handle-start"));
    }
    if sep(bytes[bytes.len() - 1]) {
        return Some(detail!("problem-handle-end"));
    }
    if bytes.windows(2).any(|w| sep(w[0]) && sep(w[1])) {
        return Some(detail!("problem-handle-separators"));
    }
    if RESERVED_HANDLES.contains(&h) {
        return Some(detail!("problem-handle-reserved"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::handle_problem;

    #[test]
    fn one_rule_for_every_handle() {
        for ok in ["ada", "a-b_c9", "bread-recipes", "x9", &"a".repeat(40)] {
            assert_eq!(handle_problem(ok), None, "{ok}");
        }
        for bad in [
            "a",
            "",
            "Ada",
            "ada lovelace",
            "9ada",
            "new",
            "ädä",
            "a--b",
            "a-_b",
            "abc-",
            "abc_",
            "ça-va",
            &"a".repeat(41),
        ] {
            assert!(handle_problem(bad).is_some(), "{bad}");
        }
    }
}
