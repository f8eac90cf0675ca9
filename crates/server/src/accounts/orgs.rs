//! Organizations and memberships: the membership rules (who may invite, accept, leave,
//! remove; the last admin cannot leave), over the queries of `store::orgs`. API and pages
//! both call these, so the rules live in one place. Each change journals itself in the
//! caller's transaction.

use super::events;
use super::model::{ACTIVE, INVITED, OrgKind, Organization, Role};
use super::store::handles::Owner;
use super::store::orgs as store;
pub use super::store::orgs::{
    active_member_ids, handle_of, handles_of, list_orgs, members, membership, org_by_handle,
    org_by_id, orgs_of, orgs_page, translations,
};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::ObjectKind;
use crate::journal::{self, ObjectRef};
use crate::web::actor::Actor;

pub fn org_ref(o: &Organization) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Organization,
        id: o.id.clone(),
        url: format!("/orgs/{}", o.handle),
        context: None,
    }
}

/// An organization named by the `{handle}` of the address (404 when there is none).
impl crate::web::extract::FromPath for Organization {
    type Key = crate::web::extract::ByHandle;
    fn load(conn: &mut DbConn, key: Self::Key) -> Result<Self, AppError> {
        require_org(conn, &key.handle)
    }
}

pub fn require_org(conn: &mut DbConn, handle: &str) -> Result<Organization, AppError> {
    org_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-organization",
            handle = shown(handle, 40)
        ))
    })
}

fn is_admin(conn: &mut DbConn, org: &Organization, person: &Actor) -> Result<bool, AppError> {
    Ok(store::membership(conn, &org.id, person.id.as_str())?
        .is_some_and(|m| m.role == "admin" && m.state == ACTIVE))
}

pub(super) fn require_admin(
    conn: &mut DbConn,
    org: &Organization,
    person: &Actor,
) -> Result<(), AppError> {
    if is_admin(conn, org, person)? {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!(
            "problem-admins-only",
            org = &org.handle
        )))
    }
}

/// Validated organization fields.
pub struct OrgFields {
    pub name: String,
    pub kind: OrgKind,
    pub description: String,
    pub website: String,
    /// The language name and description are written in; `None` keeps what there was
    /// (on creation: the instance's default).
    pub language: Option<crate::i18n::Lang>,
}

/// Creates an organization with its creator as the first admin.
pub fn create(
    conn: &mut DbConn,
    creator: &Actor,
    handle: &str,
    f: OrgFields,
) -> Result<Organization, AppError> {
    super::joining::may_join(
        conn,
        f.kind.as_str(),
        creator.id.as_str(),
        &creator.handle,
        handle,
    )?;
    let now = now_ms();
    let org = Organization {
        id: new_id(),
        handle: handle.to_string(),
        name: f.name,
        kind: f.kind.as_str().to_string(),
        description: f.description,
        website: f.website,
        created_at: now,
        updated_at: now,
        language: f.language.map(|l| l.code().to_string()),
    };
    super::store::handles::claim(conn, &org.handle, Owner::Organization, &org.id)?;
    store::insert_org(conn, &org)?;
    store::insert_membership(conn, &org.id, creator.id.as_str(), Role::Admin, ACTIVE)?;
    journal::record(
        conn,
        Some(&creator.handle),
        &events::ORGANIZATION_CREATED,
        &org_ref(&org),
        &format!(
            "@{} created {} @{} ({})",
            creator.handle,
            org.name,
            org.handle,
            org.kind_label()
        ),
        &events::OrganizationNow {
            organization: org.clone(),
        },
    )?;
    Ok(org)
}

/// Edits name, kind, description and website (admins only).
pub fn update(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    f: OrgFields,
) -> Result<Organization, AppError> {
    require_admin(conn, org, actor)?;
    if f.kind.as_str() != org.kind {
        lock_members(conn, org)?;
        for (person_id, _) in store::active_member_ids(conn, &org.id)? {
            let handle = super::store::handle_of(conn, &person_id)?;
            super::joining::may_join(conn, f.kind.as_str(), &person_id, &handle, &org.handle)?;
        }
    }
    let now = now_ms();
    store::update_org(
        conn,
        &org.id,
        &f.name,
        f.kind.as_str(),
        &f.description,
        &f.website,
        now,
    )?;
    let language = f
        .language
        .map(|l| l.code().to_string())
        .or_else(|| org.language.clone());
    store::set_language(conn, &org.id, language.as_deref())?;
    let updated = Organization {
        name: f.name,
        kind: f.kind.as_str().to_string(),
        description: f.description,
        website: f.website,
        updated_at: now,
        language,
        ..org.clone()
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::ORGANIZATION_UPDATED,
        &org_ref(org),
        &format!("@{} updated @{}", actor.handle, org.handle),
        &events::OrganizationNow {
            organization: updated.clone(),
        },
    )?;
    Ok(updated)
}

/// An admin invites a person; the membership waits in `invited` until accepted.
pub fn invite(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    invitee: &Actor,
    role: Role,
) -> Result<(), AppError> {
    lock_members(conn, org)?;
    require_admin(conn, org, actor)?;
    if let Some(m) = store::membership(conn, &org.id, invitee.id.as_str())? {
        let detail = if m.state == INVITED {
            detail!(
                "problem-already-invited",
                person = &invitee.handle,
                org = &org.handle
            )
        } else {
            detail!(
                "problem-already-member",
                person = &invitee.handle,
                org = &org.handle
            )
        };
        return Err(AppError::conflict("already_member", detail));
    }
    super::joining::may_join(
        conn,
        &org.kind,
        invitee.id.as_str(),
        &invitee.handle,
        &org.handle,
    )?;
    store::insert_membership(conn, &org.id, invitee.id.as_str(), role, INVITED)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::INVITED,
        &org_ref(org),
        &format!(
            "@{} invited @{} to @{} as {}",
            actor.handle,
            invitee.handle,
            org.handle,
            role.as_str()
        ),
        &events::Invited {
            invitee: invitee.handle.clone(),
            role: role.as_str().into(),
            organization: Some(org.handle.clone()),
        },
    )?;
    Ok(())
}

/// Serializes the membership changes of one organization, taken before memberships are
/// read: two admins leaving at once must not both see the other one staying, and twelve
/// acceptances of one invitation make one member and one Join event.
fn lock_members(conn: &mut DbConn, org: &Organization) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("org-members:{}", org.id))
}

/// The invited person accepts and becomes an active member.
pub fn accept(conn: &mut DbConn, person: &Actor, org: &Organization) -> Result<(), AppError> {
    lock_members(conn, org)?;
    match store::membership(conn, &org.id, person.id.as_str())? {
        Some(m) if m.state == INVITED => {
            super::joining::may_join(
                conn,
                &org.kind,
                person.id.as_str(),
                &person.handle,
                &org.handle,
            )?;
            // Guarded by the state it leaves, as well as by the lock: an acceptance that
            // finds it accepted already changes nothing.
            let changed = store::activate_membership(conn, &org.id, person.id.as_str())?;
            if changed == 0 {
                return Err(AppError::conflict(
                    "already_member",
                    detail!("problem-already-your-org", org = &org.handle),
                ));
            }
            journal::record(
                conn,
                Some(&person.handle),
                &events::JOINED,
                &org_ref(org),
                &format!("@{} joined @{} as {}", person.handle, org.handle, m.role),
                &events::Member {
                    member: person.handle.clone(),
                    role: Some(m.role.clone()),
                    organization: Some(org.handle.clone()),
                },
            )?;
            Ok(())
        }
        Some(_) => Err(AppError::conflict(
            "already_member",
            detail!("problem-already-your-org", org = &org.handle),
        )),
        None => Err(
            AppError::forbidden(detail!("problem-not-invited", org = &org.handle))
                .with_code("not_invited"),
        ),
    }
}

/// A member leaves (or an invitee declines). The last active admin cannot leave: the
/// organization would have nobody able to manage it.
pub fn leave(conn: &mut DbConn, person: &Actor, org: &Organization) -> Result<(), AppError> {
    lock_members(conn, org)?;
    let m = store::membership(conn, &org.id, person.id.as_str())?.ok_or_else(|| {
        AppError::conflict(
            "not_member",
            detail!("problem-not-your-org", org = &org.handle),
        )
    })?;
    if m.role == "admin" && m.state == ACTIVE && store::active_admins(conn, &org.id)? <= 1 {
        return Err(AppError::conflict(
            "last_admin",
            detail!("problem-last-admin-leaving", org = &org.handle),
        ));
    }
    store::delete_membership(conn, &org.id, person.id.as_str())?;
    let (kind, summary) = if m.state == INVITED {
        (
            &events::DECLINED,
            format!(
                "@{} declined the invitation to @{}",
                person.handle, org.handle
            ),
        )
    } else {
        (
            &events::LEFT,
            format!("@{} left @{}", person.handle, org.handle),
        )
    };
    journal::record(
        conn,
        Some(&person.handle),
        kind,
        &org_ref(org),
        &summary,
        &events::Member {
            member: person.handle.clone(),
            role: None,
            organization: Some(org.handle.clone()),
        },
    )?;
    Ok(())
}

/// An admin removes a member or withdraws an invitation; not the last admin.
pub fn remove(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    member: &Actor,
) -> Result<(), AppError> {
    lock_members(conn, org)?;
    require_admin(conn, org, actor)?;
    let m = store::membership(conn, &org.id, member.id.as_str())?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-no-membership",
            person = &member.handle,
            org = &org.handle
        ))
    })?;
    if m.role == "admin" && m.state == ACTIVE && store::active_admins(conn, &org.id)? <= 1 {
        return Err(AppError::conflict(
            "last_admin",
            detail!(
                "problem-last-admin-removed",
                person = &member.handle,
                org = &org.handle
            ),
        ));
    }
    store::delete_membership(conn, &org.id, member.id.as_str())?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::REMOVED,
        &org_ref(org),
        &format!(
            "@{} removed @{} from @{}",
            actor.handle, member.handle, org.handle
        ),
        &events::Member {
            member: member.handle.clone(),
            role: None,
            organization: Some(org.handle.clone()),
        },
    )?;
    Ok(())
}
