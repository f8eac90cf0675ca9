//! One decision on a contribution, checked in the order a person would
//! want to hear about problems: may you do this at all, is the contribution
//! in a state that allows it, and (to accept a change) does it still apply
//! to the head. The store calls this inside the transaction that records the
//! decision, with the head it has locked.

use super::access::{Action, Standing, authorize};
use super::contribution::{ContributionKind, ContributionState, Transition, transition};
use super::error::{CommonsError, Result};
use super::rebase::RebaseOutcome;
use super::tree::Tree;

/// What the store must record after a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Only the state changes (reject, withdraw, request changes, update,
    /// or accepting a work record, which makes no revision).
    State(ContributionState),
    /// The state becomes accepted and `tree` becomes the new head revision.
    NewRevision {
        state: ContributionState,
        tree: Tree,
    },
}

impl Decision {
    pub fn state(&self) -> ContributionState {
        match self {
            Self::State(s) | Self::NewRevision { state: s, .. } => *s,
        }
    }
}

fn action_of(by: Transition) -> Action {
    match by {
        Transition::Accept => Action::Accept,
        Transition::Reject => Action::Reject,
        Transition::RequestChanges => Action::RequestChanges,
        Transition::Withdraw => Action::WithdrawContribution,
        Transition::Update => Action::UpdateContribution,
        Transition::Revert => Action::Revert,
    }
}

/// Decides `by` on a contribution of `kind` now in `state`. For accepting a
/// change, `rebased` is [`super::rebase::rebase`] of it against the head;
/// a conflicting change cannot be accepted until its author updates it.
/// Reverts go through [`super::history::History::revert`], which makes the
/// revision; here they only check permission and state.
pub fn decide(
    standing: Standing,
    state: ContributionState,
    kind: &ContributionKind,
    by: Transition,
    rebased: Option<RebaseOutcome>,
) -> Result<Decision> {
    authorize(standing, action_of(by))?;
    let next = transition(state, by)?;
    match (by, kind) {
        (Transition::Accept, ContributionKind::Change(_)) => {
            let outcome = rebased.ok_or(CommonsError::IllegalTransition {
                state: state.as_str(),
                verb: "accept_unchecked",
            })?;
            Ok(Decision::NewRevision {
                state: next,
                tree: outcome.into_tree()?,
            })
        }
        _ => Ok(Decision::State(next)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commons::model::contribution::WorkRecord;

    const MAINTAINER: Standing = Standing {
        signed_in: true,
        maintainer: true,
        author: false,
    };
    const AUTHOR: Standing = Standing {
        signed_in: true,
        maintainer: false,
        author: true,
    };

    fn work() -> ContributionKind {
        ContributionKind::WorkRecord(WorkRecord::new(60, "tested the recipe", None).unwrap())
    }

    #[test]
    fn permission_is_checked_before_state() {
        // The cases: the author cannot accept; nobody reviews a withdrawn one.
        let err = decide(
            AUTHOR,
            ContributionState::Withdrawn,
            &work(),
            Transition::Accept,
            None,
        )
        .unwrap_err();
        assert_eq!(err.code(), "not_allowed");
        let err = decide(
            MAINTAINER,
            ContributionState::Withdrawn,
            &work(),
            Transition::Reject,
            None,
        )
        .unwrap_err();
        assert_eq!(err.code(), "illegal_transition");
        let ok = decide(
            MAINTAINER,
            ContributionState::Proposed,
            &work(),
            Transition::Accept,
            None,
        )
        .unwrap();
        assert_eq!(ok, Decision::State(ContributionState::Accepted));
        let ok = decide(
            AUTHOR,
            ContributionState::ChangesRequested,
            &work(),
            Transition::Update,
            None,
        )
        .unwrap();
        assert_eq!(ok.state(), ContributionState::Proposed);
    }

    #[test]
    fn a_conflicting_change_cannot_be_accepted() {
        use crate::commons::model::RevisionId;
        use crate::commons::model::blob::FileLimits;
        use crate::commons::model::contribution::Change;
        use crate::commons::model::path::RepoPath;
        use crate::commons::model::tree::{FileOp, FileOps};
        let ops = FileOps::new(
            [(RepoPath::parse("a").unwrap(), FileOp::Delete)],
            &FileLimits::default(),
        )
        .unwrap();
        let change =
            ContributionKind::Change(Change::new(RevisionId("r1".into()), "drop a", ops).unwrap());
        let conflict = RebaseOutcome::Conflicting {
            paths: vec!["a".into()],
        };
        let err = decide(
            MAINTAINER,
            ContributionState::Proposed,
            &change,
            Transition::Accept,
            Some(conflict),
        );
        assert_eq!(err.unwrap_err().code(), "conflicting");
        let missing = decide(
            MAINTAINER,
            ContributionState::Proposed,
            &change,
            Transition::Accept,
            None,
        );
        assert_eq!(missing.unwrap_err().code(), "illegal_transition");
        let fine = RebaseOutcome::UpToDate {
            tree: Tree::default(),
        };
        let ok = decide(
            MAINTAINER,
            ContributionState::Proposed,
            &change,
            Transition::Accept,
            Some(fine),
        )
        .unwrap();
        assert_eq!(
            ok,
            Decision::NewRevision {
                state: ContributionState::Accepted,
                tree: Tree::default()
            }
        );
    }
}
