//! The journal events of people and organizations: each type with the payload it
//! carries (see `journal::types`). No payload holds an email, a password or a token.

use super::model::{Organization, PublicPerson};
use crate::journal::{Args, Entry, EventType, ObjectKind, Payload, Verb::*};
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
    /// Their handle (absent from events written before it was carried).
    #[serde(default)]
    pub handle: Option<String>,
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
    /// The organization's handle (absent from events written before it was carried).
    #[serde(default)]
    pub organization: Option<String>,
}

/// A member joined (with a role), declined, left or was removed.
#[derive(Debug, Serialize, Deserialize)]
pub struct Member {
    pub member: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The organization's handle (absent from events written before it was carried).
    #[serde(default)]
    pub organization: Option<String>,
}

// What each payload gives its events' lines (`locales/*/events.ftl`).

impl Payload for SignedUp {
    const ARGS: &'static [&'static str] = &["admin"];
    fn args(&self, a: &mut Args) {
        a.text("admin", if self.person.is_admin { "yes" } else { "no" });
    }
}

impl Payload for ProfileUpdated {
    const ARGS: &'static [&'static str] = &[];
    fn args(&self, _: &mut Args) {}
}

impl Payload for MadeAdmin {
    const ARGS: &'static [&'static str] = &["person"];
    fn args(&self, a: &mut Args) {
        if let Some(h) = &self.handle {
            a.handle("person", h);
        }
    }
}

impl Payload for Renamed {
    const ARGS: &'static [&'static str] = &["old", "new"];
    fn args(&self, a: &mut Args) {
        a.handle("old", &self.old_handle);
        a.handle("new", &self.new_handle);
    }
}

impl Payload for OrganizationNow {
    /// `kind` is the organization's kind, for the catalogue's `org-kind`.
    const ARGS: &'static [&'static str] = &["organization", "name", "kind"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization.handle);
        a.text("name", &self.organization.name);
        a.text("kind", &self.organization.kind);
    }
}

impl Payload for OrgTranslated {
    /// `lang` is the translation's language code; each message names it in its own words.
    const ARGS: &'static [&'static str] = &["organization", "lang"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
        a.text("lang", &self.lang);
    }
}

impl Payload for OrgTranslationRemoved {
    const ARGS: &'static [&'static str] = &["organization", "lang"];
    fn args(&self, a: &mut Args) {
        a.handle("organization", &self.organization);
        a.text("lang", &self.lang);
    }
}

impl Payload for Invited {
    const ARGS: &'static [&'static str] = &["invitee", "role", "organization"];
    fn args(&self, a: &mut Args) {
        a.handle("invitee", &self.invitee);
        a.text("role", &self.role);
        if let Some(o) = &self.organization {
            a.handle("organization", o);
        }
    }
}

impl Payload for Member {
    const ARGS: &'static [&'static str] = &["member", "role", "organization"];
    fn args(&self, a: &mut Args) {
        a.handle("member", &self.member);
        if let Some(r) = &self.role {
            a.text("role", r);
        }
        if let Some(o) = &self.organization {
            a.handle("organization", o);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::lines::Tried;

    fn org(kind: &str) -> OrganizationNow {
        OrganizationNow {
            organization: Organization {
                id: "o".into(),
                handle: "city".into(),
                name: "City of Lagomar".into(),
                kind: kind.into(),
                description: String::new(),
                website: String::new(),
                created_at: 0,
                updated_at: 0,
                language: None,
            },
        }
    }

    fn member(role: Option<&str>) -> Member {
        Member {
            member: "bob".into(),
            role: role.map(str::to_string),
            organization: Some("city".into()),
        }
    }

    fn signed_up(is_admin: bool) -> SignedUp {
        SignedUp {
            person: PublicPerson {
                handle: "ada".into(),
                display_name: "Ada".into(),
                bio: String::new(),
                is_admin,
                created_at: 0,
            },
        }
    }

    /// Every type has a line in every language; the English one says what the stored
    /// summary says.
    #[test]
    fn every_type_has_its_line() {
        let (ada, bob) = (Some("ada"), Some("bob"));
        let renamed = || Renamed {
            old_handle: "lagomar".into(),
            new_handle: "lagomar-2".into(),
        };
        let mut t = Tried::new(EVENTS);
        let translated = OrgTranslated {
            organization: "city".into(),
            lang: "it".into(),
            name: "Comune".into(),
            description: String::new(),
        };
        t.line(
            "organization.translated",
            ada,
            translated,
            "@ada wrote the name and description of @city in Italian",
        );
        let removed = OrgTranslationRemoved {
            organization: "city".into(),
            lang: "fr".into(),
        };
        t.line(
            "organization.translation_removed",
            bob,
            removed,
            "@bob removed the French name and description of @city",
        );
        t.line(
            "person.signed_up",
            ada,
            signed_up(false),
            "@ada joined the instance",
        );
        t.line(
            "person.signed_up",
            ada,
            signed_up(true),
            "@ada joined the instance as instance administrator",
        );
        let profile = ProfileUpdated {
            display_name: "Ada".into(),
            bio: String::new(),
        };
        t.line("person.updated", ada, profile, "@ada updated their profile");
        let made = MadeAdmin {
            is_admin: true,
            handle: Some("ada".into()),
        };
        t.line(
            "person.made_admin",
            None,
            made,
            "@ada became an instance administrator",
        );
        t.line(
            "person.renamed",
            None,
            renamed(),
            "@lagomar is now @lagomar-2: the organization @lagomar had this handle first",
        );
        t.line(
            "organization.created",
            ada,
            org("cooperative"),
            "@ada created City of Lagomar @city (Cooperative)",
        );
        t.line(
            "organization.updated",
            ada,
            org("phyle"),
            "@ada updated @city",
        );
        t.line(
            "organization.renamed",
            None,
            renamed(),
            "The organization @lagomar is now @lagomar-2: the person @lagomar had this handle \
             first",
        );
        let invited = Invited {
            invitee: "bob".into(),
            role: "admin".into(),
            organization: Some("city".into()),
        };
        t.line(
            "organization.invited",
            ada,
            invited,
            "@ada invited @bob to @city as admin",
        );
        t.line(
            "organization.joined",
            bob,
            member(Some("member")),
            "@bob joined @city as member",
        );
        t.line(
            "organization.declined",
            bob,
            member(None),
            "@bob declined the invitation to @city",
        );
        t.line("organization.left", bob, member(None), "@bob left @city");
        t.line(
            "organization.removed",
            ada,
            member(None),
            "@ada removed @bob from @city",
        );
        t.all_tried();
    }
}
