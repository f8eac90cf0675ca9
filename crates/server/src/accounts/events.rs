//! The journal events of people and organizations: each type with the payload it
//! carries (see `journal::types`). No payload holds an email, a password or a token.

use super::model::{Organization, PublicPerson};
use crate::journal::{Entry, EventType, ObjectKind, Verb::*};
use serde::{Deserialize, Serialize};

/// Someone signed up.
#[derive(Debug, Serialize, Deserialize)]
pub struct SignedUp {
    pub person: PublicPerson,
}

/// Someone changed the public part of their profile.
#[derive(Debug, Serialize, Deserialize)]
pub struct ProfileUpdated {
    pub display_name: String,
    pub bio: String,
}

/// Someone was made an instance administrator.
#[derive(Debug, Serialize, Deserialize)]
pub struct MadeAdmin {
    pub is_admin: bool,
}

/// A handle was given up for another (when two owners had it before one namespace).
#[derive(Debug, Serialize, Deserialize)]
pub struct Renamed {
    pub old_handle: String,
    pub new_handle: String,
}

/// An organization as created or after an edit.
#[derive(Debug, Serialize, Deserialize)]
pub struct OrganizationNow {
    pub organization: Organization,
}

/// Someone was invited to an organization with a role.
#[derive(Debug, Serialize, Deserialize)]
pub struct Invited {
    pub invitee: String,
    pub role: String,
}

/// A member joined (with a role), declined, left or was removed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Member {
    pub member: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

pub const SIGNED_UP: EventType<SignedUp> = EventType::new(
    "person.signed_up",
    Create,
    ObjectKind::Person,
    "someone joined the instance",
);
pub const PROFILE_UPDATED: EventType<ProfileUpdated> = EventType::new(
    "person.updated",
    Update,
    ObjectKind::Person,
    "someone changed their display name or bio",
);
pub const MADE_ADMIN: EventType<MadeAdmin> = EventType::new(
    "person.made_admin",
    Update,
    ObjectKind::Person,
    "the operator made someone an instance administrator",
);
pub const PERSON_RENAMED: EventType<Renamed> = EventType::new(
    "person.renamed",
    Update,
    ObjectKind::Person,
    "a person's handle went to the organization that had it first",
);
pub const ORGANIZATION_CREATED: EventType<OrganizationNow> = EventType::new(
    "organization.created",
    Create,
    ObjectKind::Organization,
    "someone created an organization and is its first admin",
);
pub const ORGANIZATION_UPDATED: EventType<OrganizationNow> = EventType::new(
    "organization.updated",
    Update,
    ObjectKind::Organization,
    "an admin edited an organization",
);
pub const ORGANIZATION_RENAMED: EventType<Renamed> = EventType::new(
    "organization.renamed",
    Update,
    ObjectKind::Organization,
    "an organization's handle went to the person who had it first",
);
pub const INVITED: EventType<Invited> = EventType::new(
    "organization.invited",
    Invite,
    ObjectKind::Organization,
    "an admin invited someone",
);
pub const JOINED: EventType<Member> = EventType::new(
    "organization.joined",
    Join,
    ObjectKind::Organization,
    "someone accepted an invitation",
);
pub const DECLINED: EventType<Member> = EventType::new(
    "organization.declined",
    Reject,
    ObjectKind::Organization,
    "someone declined an invitation",
);
pub const LEFT: EventType<Member> = EventType::new(
    "organization.left",
    Leave,
    ObjectKind::Organization,
    "a member left",
);
pub const REMOVED: EventType<Member> = EventType::new(
    "organization.removed",
    Remove,
    ObjectKind::Organization,
    "an admin removed a member",
);

/// Every event type of accounts.
/// An organization's name and description were written in another language, or that
/// translation changed.
#[derive(Debug, Serialize, Deserialize)]
pub struct OrgTranslated {
    pub organization: String,
    pub lang: String,
    pub name: String,
    pub description: String,
}

/// A translation of an organization's name and description was removed.
#[derive(Debug, Serialize, Deserialize)]
pub struct OrgTranslationRemoved {
    pub organization: String,
    pub lang: String,
}

pub const ORGANIZATION_TRANSLATED: EventType<OrgTranslated> = EventType::new(
    "organization.translated",
    Update,
    ObjectKind::Organization,
    "an admin wrote the organization's name and description in another language",
);

pub const ORGANIZATION_TRANSLATION_REMOVED: EventType<OrgTranslationRemoved> = EventType::new(
    "organization.translation_removed",
    Update,
    ObjectKind::Organization,
    "an admin removed a translation of the organization's name and description",
);

pub static EVENTS: &[Entry] = &[
    ORGANIZATION_TRANSLATED.entry(),
    ORGANIZATION_TRANSLATION_REMOVED.entry(),
    SIGNED_UP.entry(),
    PROFILE_UPDATED.entry(),
    MADE_ADMIN.entry(),
    PERSON_RENAMED.entry(),
    ORGANIZATION_CREATED.entry(),
    ORGANIZATION_UPDATED.entry(),
    ORGANIZATION_RENAMED.entry(),
    INVITED.entry(),
    JOINED.entry(),
    DECLINED.entry(),
    LEFT.entry(),
    REMOVED.entry(),
];
