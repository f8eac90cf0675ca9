//! Who may do what in a commons. Contribution is permissionless (any
//! signed-in person), validation is a posteriori and belongs to maintainers
//! alone, and each author controls their own proposal. No votes here: the
//! fork, open to everyone, is the counterpower.

use super::PersonId;
use super::error::{CommonsError, Result};
use std::collections::BTreeSet;

/// How the acting person stands towards one commons and, when the action is
/// about a contribution, towards that contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub signed_in: bool,
    pub maintainer: bool,
    pub author: bool,
}

impl Standing {
    /// Works out the standing of `actor` (None when anonymous).
    pub fn of(
        actor: Option<&PersonId>,
        maintainers: &BTreeSet<PersonId>,
        author: Option<&PersonId>,
    ) -> Self {
        match actor {
            None => Self {
                signed_in: false,
                maintainer: false,
                author: false,
            },
            Some(person) => Self {
                signed_in: true,
                maintainer: maintainers.contains(person),
                author: author == Some(person),
            },
        }
    }
}

/// Everything that changes a commons or its contributions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    CreateCommons,
    Propose,
    Fork,
    UpdateContribution,
    WithdrawContribution,
    Accept,
    Reject,
    RequestChanges,
    Revert,
    AddMaintainer,
    RemoveMaintainer,
    DeleteCommons,
    /// Offering a fork's revisions to its parent speaks for the fork.
    OfferUpstream,
    /// Writing or removing a translation of the name and summary.
    Translate,
}

impl Action {
    /// Its id, for messages (`problem-not-allowed` words each one).
    fn id(self) -> &'static str {
        match self {
            Self::CreateCommons => "create_commons",
            Self::Propose => "propose",
            Self::Fork => "fork",
            Self::UpdateContribution => "update_contribution",
            Self::WithdrawContribution => "withdraw_contribution",
            Self::Accept => "accept",
            Self::Reject => "reject",
            Self::RequestChanges => "request_changes",
            Self::Revert => "revert",
            Self::AddMaintainer => "add_maintainer",
            Self::RemoveMaintainer => "remove_maintainer",
            Self::OfferUpstream => "offer_upstream",
            Self::DeleteCommons => "delete_commons",
            Self::Translate => "translate",
        }
    }
}

/// What a refused action needed (ids for `problem-not-allowed`).
pub const NEEDS_SIGN_IN: &str = "signed_in";
const NEEDS_AUTHOR: &str = "author";
const NEEDS_MAINTAINER: &str = "maintainer";

/// Allows or refuses `action` for `standing`. Reading is never checked:
/// everything in a commons is public.
///
/// A maintainer may review their own contribution (a lone creator must be
/// able to work); a non-maintainer author never can.
pub fn authorize(standing: Standing, action: Action) -> Result<()> {
    use Action as A;
    let (ok, needed) = match action {
        A::CreateCommons | A::Propose | A::Fork => (standing.signed_in, NEEDS_SIGN_IN),
        A::UpdateContribution | A::WithdrawContribution => (standing.author, NEEDS_AUTHOR),
        A::Accept
        | A::Reject
        | A::RequestChanges
        | A::Revert
        | A::AddMaintainer
        | A::RemoveMaintainer
        | A::DeleteCommons
        | A::OfferUpstream
        | A::Translate => (standing.maintainer, NEEDS_MAINTAINER),
    };
    if ok {
        Ok(())
    } else if !standing.signed_in {
        Err(CommonsError::NotAllowed {
            action: action.id(),
            needed: NEEDS_SIGN_IN,
        })
    } else {
        Err(CommonsError::NotAllowed {
            action: action.id(),
            needed,
        })
    }
}

/// Adds `person` to the maintainers.
pub fn add_maintainer(
    maintainers: &BTreeSet<PersonId>,
    person: &PersonId,
) -> Result<BTreeSet<PersonId>> {
    if maintainers.contains(person) {
        return Err(CommonsError::AlreadyMaintainer {
            person: person.to_string(),
        });
    }
    let mut next = maintainers.clone();
    next.insert(person.clone());
    Ok(next)
}

/// Removes `person` (who may be leaving on their own); a commons always
/// keeps at least one maintainer, or nobody could ever accept again.
pub fn remove_maintainer(
    maintainers: &BTreeSet<PersonId>,
    person: &PersonId,
) -> Result<BTreeSet<PersonId>> {
    if !maintainers.contains(person) {
        return Err(CommonsError::NotMaintainer {
            person: person.to_string(),
        });
    }
    if maintainers.len() == 1 {
        return Err(CommonsError::LastMaintainer {
            person: person.to_string(),
        });
    }
    let mut next = maintainers.clone();
    next.remove(person);
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> PersonId {
        PersonId(s.into())
    }

    #[test]
    fn roles_against_actions() {
        let maintainers: BTreeSet<_> = [id("ana")].into();
        let anon = Standing::of(None, &maintainers, Some(&id("bo")));
        let author = Standing::of(Some(&id("bo")), &maintainers, Some(&id("bo")));
        let stranger = Standing::of(Some(&id("cy")), &maintainers, Some(&id("bo")));
        let maintainer = Standing::of(Some(&id("ana")), &maintainers, Some(&id("bo")));
        let own = Standing::of(Some(&id("ana")), &maintainers, Some(&id("ana")));

        for a in [Action::Propose, Action::Fork, Action::CreateCommons] {
            assert!(authorize(anon, a).is_err());
            assert!(authorize(stranger, a).is_ok());
        }
        // The case: the author, not a maintainer, cannot accept their own.
        let err = authorize(author, Action::Accept).unwrap_err();
        assert_eq!(err.code(), "not_allowed");
        assert_eq!(
            err.to_string(),
            "accepting a contribution needs being a maintainer of this commons"
        );
        assert!(authorize(stranger, Action::Reject).is_err());
        assert!(authorize(maintainer, Action::Accept).is_ok());
        assert!(authorize(own, Action::Accept).is_ok());
        assert!(authorize(author, Action::WithdrawContribution).is_ok());
        assert!(authorize(maintainer, Action::WithdrawContribution).is_err());
        assert!(authorize(stranger, Action::UpdateContribution).is_err());
        let err = authorize(anon, Action::Accept).unwrap_err();
        assert!(err.to_string().contains("signed in"));
        assert!(authorize(stranger, Action::AddMaintainer).is_err());
        assert!(authorize(maintainer, Action::RemoveMaintainer).is_ok());
    }

    #[test]
    fn the_last_maintainer_cannot_leave() {
        let one: BTreeSet<_> = [id("ana")].into();
        assert_eq!(
            remove_maintainer(&one, &id("ana")).unwrap_err().code(),
            "last_maintainer"
        );
        assert_eq!(
            remove_maintainer(&one, &id("bo")).unwrap_err().code(),
            "not_maintainer"
        );
        let two = add_maintainer(&one, &id("bo")).unwrap();
        assert_eq!(
            add_maintainer(&two, &id("bo")).unwrap_err().code(),
            "already_maintainer"
        );
        let left = remove_maintainer(&two, &id("ana")).unwrap();
        assert_eq!(left, [id("bo")].into());
    }
}
