//! Typed identifiers shared by every domain: a `PersonId` cannot be passed where a
//! `CommonsId` is expected. Each is the store's UUIDv7 string, serialised as that string.

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
