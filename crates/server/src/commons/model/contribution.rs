//! Contributions: what someone offers a commons (a change to its files or a
//! record of work done), and the life cycle a contribution goes through as
//! maintainers review it after the fact.

use super::RevisionId;
use super::error::{CommonsError, Result, check_text};
use super::tree::FileOps;
use crate::error::{Detail, detail};
use serde::{Deserialize, Serialize};

/// Longest change message or work description, in characters.
pub const MAX_MESSAGE_CHARS: usize = 10_000;
/// Most minutes one work record may claim (1,000 hours): a larger claim is
/// almost certainly a typo, and can be split into several records.
pub const MAX_WORK_MINUTES: u32 = 60_000;
/// Longest evidence link.
pub const MAX_LINK_BYTES: usize = 2048;

/// A change to the files of a commons, against the revision the author saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub base: RevisionId,
    pub message: String,
    pub ops: FileOps,
}

impl Change {
    /// `ops` is already checked for duplicates, emptiness and size by
    /// [`FileOps::new`]; here the message is checked.
    pub fn new(base: RevisionId, message: &str, ops: FileOps) -> Result<Self> {
        check_text("message", message, true, MAX_MESSAGE_CHARS)?;
        Ok(Self {
            base,
            message: message.trim().to_owned(),
            ops,
        })
    }
}

/// Work that is not a file change (translation, testing, a workshop, a
/// design review). Time is whole minutes: exact, and enough precision for
/// the value module to credit it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkRecord {
    pub minutes: u32,
    pub description: String,
    pub evidence: Option<String>,
}

impl WorkRecord {
    pub fn new(minutes: u32, description: &str, evidence: Option<&str>) -> Result<Self> {
        let bad = |reason: Detail| CommonsError::InvalidWorkRecord { reason };
        if minutes == 0 {
            return Err(bad(detail!("problem-work-zero")));
        }
        if minutes > MAX_WORK_MINUTES {
            return Err(bad(detail!(
                "problem-work-too-long",
                minutes = minutes,
                most = MAX_WORK_MINUTES
            )));
        }
        check_text("description", description, true, MAX_MESSAGE_CHARS)?;
        let evidence = match evidence.map(str::trim).filter(|e| !e.is_empty()) {
            None => None,
            Some(link) => Some(check_link(link).map_err(bad)?.to_owned()),
        };
        Ok(Self {
            minutes,
            description: description.trim().to_owned(),
            evidence,
        })
    }
}

/// Evidence links are shown to everyone, so only plain web links are taken:
/// no `javascript:`, `data:` or other schemes that act when clicked.
fn check_link(link: &str) -> std::result::Result<&str, Detail> {
    if link.len() > MAX_LINK_BYTES {
        return Err(detail!(
            "problem-evidence-too-long",
            bytes = link.len(),
            limit = MAX_LINK_BYTES
        ));
    }
    let lower = link.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .ok_or_else(|| detail!("problem-evidence-scheme"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() {
        return Err(detail!("problem-evidence-host"));
    }
    if link.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(detail!("problem-evidence-spaces"));
    }
    Ok(link)
}

/// What a contribution offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ContributionKind {
    Change(Change),
    WorkRecord(WorkRecord),
}

/// Where a contribution is in its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContributionState {
    Proposed,
    ChangesRequested,
    Accepted,
    Rejected,
    Withdrawn,
    /// Accepted, then undone by a revert revision. Kept apart from
    /// `Accepted` because the maintainer-candidate rule counts reverts.
    Reverted,
}

impl ContributionState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::ChangesRequested => "changes_requested",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Reverted => "reverted",
        }
    }

    /// Every state.
    pub const ALL: [Self; 6] = [
        Self::Proposed,
        Self::ChangesRequested,
        Self::Accepted,
        Self::Rejected,
        Self::Withdrawn,
        Self::Reverted,
    ];

    /// The state a stored name (`as_str`) stands for.
    pub fn from_stored(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }

    /// Open contributions still await a decision.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Proposed | Self::ChangesRequested)
    }
}

/// Something that moves a contribution from one state to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    Accept,
    Reject,
    Withdraw,
    RequestChanges,
    /// The author sends a new version.
    Update,
    Revert,
}

impl Transition {
    /// Its id, for messages (`problem-illegal-transition` words each one).
    pub fn id(self) -> &'static str {
        match self {
            Self::Accept => "accept",
            Self::Reject => "reject",
            Self::Withdraw => "withdraw",
            Self::RequestChanges => "request_changes",
            Self::Update => "update",
            Self::Revert => "revert",
        }
    }
}

/// The allowed moves, and nothing else:
///
/// - `proposed` → `accepted | rejected | withdrawn | changes_requested`, and
///   `proposed` → `proposed` on update (the author may refine before review);
/// - `changes_requested` → `proposed` on update, or `withdrawn`, or
///   `rejected` (a maintainer may give up waiting);
/// - `accepted` → `reverted` (a revert revision);
/// - `rejected`, `withdrawn`, `reverted` are final: a new attempt is a new
///   contribution, so the history of the old one stays true.
pub fn transition(from: ContributionState, by: Transition) -> Result<ContributionState> {
    use ContributionState as S;
    use Transition as T;
    let to = match (from, by) {
        (S::Proposed, T::Accept) => S::Accepted,
        (S::Proposed | S::ChangesRequested, T::Reject) => S::Rejected,
        (S::Proposed | S::ChangesRequested, T::Withdraw) => S::Withdrawn,
        (S::Proposed, T::RequestChanges) => S::ChangesRequested,
        (S::Proposed | S::ChangesRequested, T::Update) => S::Proposed,
        (S::Accepted, T::Revert) => S::Reverted,
        _ => {
            return Err(CommonsError::IllegalTransition {
                state: from.as_str(),
                verb: by.id(),
            });
        }
    };
    Ok(to)
}

/// A work record has no files; updating a contribution must keep its type.
pub fn check_update_kind(current: &ContributionKind, new: &ContributionKind) -> Result<()> {
    match (current, new) {
        (ContributionKind::Change(_), ContributionKind::Change(_))
        | (ContributionKind::WorkRecord(_), ContributionKind::WorkRecord(_)) => Ok(()),
        _ => Err(CommonsError::InvalidText {
            field: "contribution",
            reason: detail!("problem-text-same-kind"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContributionState as S;
    use Transition as T;

    const ALL_STATES: [S; 6] = S::ALL;
    #[test]
    fn stored_state_names_read_back_and_unknown_ones_do_not() {
        for state in ALL_STATES {
            assert_eq!(S::from_stored(state.as_str()), Some(state));
            let serde_name = serde_json::to_value(state).unwrap();
            assert_eq!(serde_name, state.as_str(), "the API and the store agree");
        }
        assert_eq!(S::from_stored("Accepted"), None);
        assert_eq!(S::from_stored(""), None);
    }

    const ALL_MOVES: [T; 6] = [
        T::Accept,
        T::Reject,
        T::Withdraw,
        T::RequestChanges,
        T::Update,
        T::Revert,
    ];

    #[test]
    fn the_transition_table_is_exactly_the_documented_one() {
        let allowed = [
            (S::Proposed, T::Accept, S::Accepted),
            (S::Proposed, T::Reject, S::Rejected),
            (S::Proposed, T::Withdraw, S::Withdrawn),
            (S::Proposed, T::RequestChanges, S::ChangesRequested),
            (S::Proposed, T::Update, S::Proposed),
            (S::ChangesRequested, T::Update, S::Proposed),
            (S::ChangesRequested, T::Withdraw, S::Withdrawn),
            (S::ChangesRequested, T::Reject, S::Rejected),
            (S::Accepted, T::Revert, S::Reverted),
        ];
        for from in ALL_STATES {
            for by in ALL_MOVES {
                let expected = allowed
                    .iter()
                    .find(|(f, b, _)| *f == from && *b == by)
                    .map(|(_, _, to)| *to);
                match (transition(from, by), expected) {
                    (Ok(to), Some(want)) => assert_eq!(to, want),
                    (Err(e), None) => assert_eq!(e.code(), "illegal_transition"),
                    (got, want) => panic!("{from:?} --{by:?}--> got {got:?}, want {want:?}"),
                }
            }
        }
        let err = transition(S::Withdrawn, T::Accept).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a withdrawn contribution cannot be accepted"
        );
        // Accepting needs a review first when changes were requested.
        assert!(transition(S::ChangesRequested, T::Accept).is_err());
    }

    #[test]
    fn work_records() {
        let ok = WorkRecord::new(
            90,
            " Translated the guide to Catalan ",
            Some("https://example.org/pr/1"),
        )
        .unwrap();
        assert_eq!(ok.description, "Translated the guide to Catalan");
        assert_eq!(WorkRecord::new(60, "x", Some("  ")).unwrap().evidence, None);
        for (minutes, desc, link) in [
            (0, "x", None),
            (MAX_WORK_MINUTES + 1, "x", None),
            (10, "x", Some("javascript:alert(1)")),
            (10, "x", Some("https://")),
            (10, "x", Some("https://a.org/with space")),
            (10, "x", Some("ftp://a.org/")),
        ] {
            assert_eq!(
                WorkRecord::new(minutes, desc, link).unwrap_err().code(),
                "invalid_work_record"
            );
        }
        assert_eq!(
            WorkRecord::new(10, " ", None).unwrap_err().code(),
            "invalid_text"
        );
    }

    #[test]
    fn updates_keep_the_type() {
        let w = ContributionKind::WorkRecord(WorkRecord::new(5, "review", None).unwrap());
        check_update_kind(&w, &w).unwrap();
        let path = crate::commons::model::path::RepoPath::parse("a").unwrap();
        let ops = FileOps::new(
            [(path, crate::commons::model::tree::FileOp::Delete)],
            &Default::default(),
        )
        .unwrap();
        let c = ContributionKind::Change(Change::new(RevisionId("r1".into()), "m", ops).unwrap());
        assert_eq!(
            check_update_kind(&w, &c).unwrap_err().code(),
            "invalid_text"
        );
        assert_eq!(
            Change::new(RevisionId("r".into()), "", FileOps::default())
                .unwrap_err()
                .code(),
            "invalid_text"
        );
    }
}
