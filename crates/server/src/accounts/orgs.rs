//! Organizations and memberships: queries plus the membership rules (who may invite,
//! accept, leave, remove; the last admin cannot leave). API and pages both call these, so
//! the rules live in one place. Each change journals itself in the caller's transaction.

use super::events;
use super::handles::Owner;
use super::model::{ACTIVE, INVITED, Member, Membership, OrgFilter, OrgKind, Organization, Role};
use crate::db::schema::{memberships, organizations, people};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::AppError;
use crate::journal::ObjectKind;
use crate::journal::{self, ObjectRef};
use crate::web::actor::Actor;
use crate::web::paging::{Page, Paging};
use diesel::prelude::*;

pub fn org_ref(o: &Organization) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Organization,
        id: o.id.clone(),
        url: format!("/orgs/{}", o.handle),
    }
}

pub fn org_by_handle(conn: &mut DbConn, handle: &str) -> Result<Option<Organization>, AppError> {
    Ok(organizations::table
        .filter(organizations::handle.eq(handle))
        .select(Organization::as_select())
        .first(conn)
        .optional()?)
}

/// The handle of an organization id.
pub fn handle_of(conn: &mut DbConn, org_id: &str) -> Result<String, AppError> {
    Ok(organizations::table
        .filter(organizations::id.eq(org_id))
        .select(organizations::handle)
        .first(conn)?)
}

pub fn org_by_id(conn: &mut DbConn, id: &str) -> Result<Organization, AppError> {
    Ok(organizations::table
        .filter(organizations::id.eq(id))
        .select(Organization::as_select())
        .first(conn)?)
}

/// The handles of the organizations `ids`, by id, in one query.
pub fn handles_of(
    conn: &mut DbConn,
    ids: &[String],
) -> Result<std::collections::HashMap<String, String>, AppError> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(String, String)> = organizations::table
        .filter(organizations::id.eq_any(ids))
        .select((organizations::id, organizations::handle))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

pub fn require_org(conn: &mut DbConn, handle: &str) -> Result<Organization, AppError> {
    org_by_handle(conn, handle)?.ok_or_else(|| {
        AppError::not_found(&format!(
            "organization @{}",
            handle.chars().take(40).collect::<String>()
        ))
    })
}

/// Every organization by name (for the export).
pub fn list_orgs(conn: &mut DbConn, limit: i64) -> Result<Vec<Organization>, AppError> {
    Ok(organizations::table
        .select(Organization::as_select())
        .order((organizations::name.asc(), organizations::handle.asc()))
        .limit(limit)
        .load(conn)?)
}

/// One page of organizations by name (then handle), narrowed by kind and by text in the
/// name or handle.
pub fn orgs_page(
    conn: &mut DbConn,
    filter: &OrgFilter,
    paging: &Paging,
) -> Result<Page<Organization>, AppError> {
    use crate::db::lower;
    let mut query = organizations::table
        .select(Organization::as_select())
        .into_boxed();
    if let Some(kind) = filter.kind.as_deref().filter(|k| !k.is_empty()) {
        query = query.filter(organizations::kind.eq(OrgKind::parse(kind)?.as_str()));
    }
    if let Some(q) = filter.q.as_deref().filter(|q| !q.trim().is_empty()) {
        let p = crate::db::contains(q);
        query = query.filter(
            lower(organizations::name)
                .like(p.clone())
                .escape('\\')
                .or(lower(organizations::handle).like(p).escape('\\')),
        );
    }
    if let Some((name, handle)) = paging.after::<(String, String)>()? {
        query = query.filter(
            organizations::name.gt(name.clone()).or(organizations::name
                .eq(name)
                .and(organizations::handle.gt(handle))),
        );
    }
    let rows = query
        .order((organizations::name.asc(), organizations::handle.asc()))
        .limit(paging.fetch())
        .load(conn)?;
    Ok(paging.page(rows, |o: &Organization| (o.name.clone(), o.handle.clone())))
}

pub fn membership(
    conn: &mut DbConn,
    org_id: &str,
    person_id: &str,
) -> Result<Option<Membership>, AppError> {
    Ok(memberships::table
        .filter(memberships::org_id.eq(org_id))
        .filter(memberships::person_id.eq(person_id))
        .select(Membership::as_select())
        .first(conn)
        .optional()?)
}

/// Members and pending invitations, admins first.
pub fn members(conn: &mut DbConn, org_id: &str) -> Result<Vec<Member>, AppError> {
    let rows: Vec<(String, String, String, String, i64)> = memberships::table
        .inner_join(people::table)
        .filter(memberships::org_id.eq(org_id))
        .select((
            people::handle,
            people::display_name,
            memberships::role,
            memberships::state,
            memberships::created_at,
        ))
        .order((memberships::role.asc(), people::handle.asc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(handle, display_name, role, state, since)| Member {
            handle,
            display_name,
            role,
            state,
            since,
        })
        .collect())
}

/// The organizations a person belongs to or is invited to, with role and state.
pub fn orgs_of(
    conn: &mut DbConn,
    person_id: &str,
) -> Result<Vec<(Organization, String, String)>, AppError> {
    let rows: Vec<(Organization, (String, String))> = memberships::table
        .inner_join(organizations::table)
        .filter(memberships::person_id.eq(person_id))
        .select((
            Organization::as_select(),
            (memberships::role, memberships::state),
        ))
        .order(organizations::name.asc())
        .load(conn)?;
    Ok(rows.into_iter().map(|(o, (r, s))| (o, r, s)).collect())
}

fn is_admin(conn: &mut DbConn, org: &Organization, person: &Actor) -> Result<bool, AppError> {
    Ok(membership(conn, &org.id, person.id.as_str())?
        .is_some_and(|m| m.role == "admin" && m.state == ACTIVE))
}

fn require_admin(conn: &mut DbConn, org: &Organization, person: &Actor) -> Result<(), AppError> {
    if is_admin(conn, org, person)? {
        Ok(())
    } else {
        Err(AppError::forbidden(format!(
            "only admins of @{} may do this",
            org.handle
        )))
    }
}

fn active_admins(conn: &mut DbConn, org_id: &str) -> Result<i64, AppError> {
    Ok(memberships::table
        .filter(memberships::org_id.eq(org_id))
        .filter(memberships::role.eq("admin"))
        .filter(memberships::state.eq(ACTIVE))
        .count()
        .get_result(conn)?)
}

/// Validated organization fields.
pub struct OrgFields {
    pub name: String,
    pub kind: OrgKind,
    pub description: String,
    pub website: String,
}

/// Creates an organization with its creator as the first admin.
pub fn create(
    conn: &mut DbConn,
    creator: &Actor,
    handle: &str,
    f: OrgFields,
) -> Result<Organization, AppError> {
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
    };
    super::handles::claim(conn, &org.handle, Owner::Organization, &org.id)?;
    diesel::insert_into(organizations::table)
        .values((
            organizations::id.eq(&org.id),
            organizations::handle.eq(&org.handle),
            organizations::name.eq(&org.name),
            organizations::kind.eq(&org.kind),
            organizations::description.eq(&org.description),
            organizations::website.eq(&org.website),
            organizations::created_at.eq(now),
            organizations::updated_at.eq(now),
        ))
        .execute(conn)?;
    insert_membership(conn, &org.id, creator.id.as_str(), Role::Admin, ACTIVE)?;
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

fn insert_membership(
    conn: &mut DbConn,
    org_id: &str,
    person_id: &str,
    role: Role,
    state: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    diesel::insert_into(memberships::table)
        .values((
            memberships::org_id.eq(org_id),
            memberships::person_id.eq(person_id),
            memberships::role.eq(role.as_str()),
            memberships::state.eq(state),
            memberships::created_at.eq(now),
            memberships::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Edits name, kind, description and website (admins only).
pub fn update(
    conn: &mut DbConn,
    actor: &Actor,
    org: &Organization,
    f: OrgFields,
) -> Result<Organization, AppError> {
    require_admin(conn, org, actor)?;
    let now = now_ms();
    diesel::update(organizations::table.filter(organizations::id.eq(&org.id)))
        .set((
            organizations::name.eq(&f.name),
            organizations::kind.eq(f.kind.as_str()),
            organizations::description.eq(&f.description),
            organizations::website.eq(&f.website),
            organizations::updated_at.eq(now),
        ))
        .execute(conn)?;
    let updated = Organization {
        name: f.name,
        kind: f.kind.as_str().to_string(),
        description: f.description,
        website: f.website,
        updated_at: now,
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
    if let Some(m) = membership(conn, &org.id, invitee.id.as_str())? {
        let what = if m.state == INVITED {
            "is already invited to"
        } else {
            "is already a member of"
        };
        return Err(AppError::conflict(
            "already_member",
            format!("@{} {what} @{}", invitee.handle, org.handle),
        ));
    }
    insert_membership(conn, &org.id, invitee.id.as_str(), role, INVITED)?;
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
    match membership(conn, &org.id, person.id.as_str())? {
        Some(m) if m.state == INVITED => {
            // Guarded by the state it leaves, as well as by the lock: an acceptance that
            // finds it accepted already changes nothing.
            let changed = diesel::update(
                memberships::table
                    .filter(memberships::org_id.eq(&org.id))
                    .filter(memberships::person_id.eq(person.id.as_str()))
                    .filter(memberships::state.eq(INVITED)),
            )
            .set((
                memberships::state.eq(ACTIVE),
                memberships::updated_at.eq(now_ms()),
            ))
            .execute(conn)?;
            if changed == 0 {
                return Err(AppError::conflict(
                    "already_member",
                    format!("you are already a member of @{}", org.handle),
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
                },
            )?;
            Ok(())
        }
        Some(_) => Err(AppError::conflict(
            "already_member",
            format!("you are already a member of @{}", org.handle),
        )),
        None => Err(AppError::forbidden(format!(
            "you have no invitation to @{}; ask one of its admins",
            org.handle
        ))
        .with_code("not_invited")),
    }
}

/// A member leaves (or an invitee declines). The last active admin cannot leave: the
/// organization would have nobody able to manage it.
pub fn leave(conn: &mut DbConn, person: &Actor, org: &Organization) -> Result<(), AppError> {
    lock_members(conn, org)?;
    let m = membership(conn, &org.id, person.id.as_str())?.ok_or_else(|| {
        AppError::conflict(
            "not_member",
            format!("you are not a member of @{}", org.handle),
        )
    })?;
    if m.role == "admin" && m.state == ACTIVE && active_admins(conn, &org.id)? <= 1 {
        return Err(AppError::conflict(
            "last_admin",
            format!(
                "you are the last admin of @{}: invite another admin first, then leave",
                org.handle
            ),
        ));
    }
    delete_membership(conn, &org.id, person.id.as_str())?;
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
    let m = membership(conn, &org.id, member.id.as_str())?.ok_or_else(|| {
        AppError::not_found(&format!(
            "a membership of @{} in @{}",
            member.handle, org.handle
        ))
    })?;
    if m.role == "admin" && m.state == ACTIVE && active_admins(conn, &org.id)? <= 1 {
        return Err(AppError::conflict(
            "last_admin",
            format!(
                "@{} is the last admin of @{} and cannot be removed",
                member.handle, org.handle
            ),
        ));
    }
    delete_membership(conn, &org.id, member.id.as_str())?;
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
        },
    )?;
    Ok(())
}

fn delete_membership(conn: &mut DbConn, org_id: &str, person_id: &str) -> Result<(), AppError> {
    diesel::delete(
        memberships::table
            .filter(memberships::org_id.eq(org_id))
            .filter(memberships::person_id.eq(person_id)),
    )
    .execute(conn)?;
    Ok(())
}
