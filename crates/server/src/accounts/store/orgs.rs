//! Queries on organizations and memberships. The rules over them are `orgs`'.

use super::super::model::{
    ACTIVE, INVITED, Member, Membership, OrgFilter, OrgKind, Organization, Role,
};
use crate::db::schema::{memberships, organization_translations, organizations, people};
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::i18n::content::Version;
use crate::web::paging::{Page, Paging};
use diesel::prelude::*;

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

/// The ids of an organization's active members with their roles, by id (for another
/// domain that freezes a list of people, such as a body's electorate).
pub fn active_member_ids(
    conn: &mut DbConn,
    org_id: &str,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(memberships::table
        .filter(memberships::org_id.eq(org_id))
        .filter(memberships::state.eq(ACTIVE))
        .select((memberships::person_id, memberships::role))
        .order(memberships::person_id.asc())
        .load(conn)?)
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

pub fn active_admins(conn: &mut DbConn, org_id: &str) -> Result<i64, AppError> {
    Ok(memberships::table
        .filter(memberships::org_id.eq(org_id))
        .filter(memberships::role.eq("admin"))
        .filter(memberships::state.eq(ACTIVE))
        .count()
        .get_result(conn)?)
}

pub fn insert_org(conn: &mut DbConn, org: &Organization) -> Result<(), AppError> {
    diesel::insert_into(organizations::table)
        .values((
            organizations::id.eq(&org.id),
            organizations::handle.eq(&org.handle),
            organizations::name.eq(&org.name),
            organizations::kind.eq(&org.kind),
            organizations::description.eq(&org.description),
            organizations::website.eq(&org.website),
            organizations::created_at.eq(org.created_at),
            organizations::updated_at.eq(org.updated_at),
            organizations::language.eq(&org.language),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets an organization's editable fields.
pub fn update_org(
    conn: &mut DbConn,
    org_id: &str,
    name: &str,
    kind: &str,
    description: &str,
    website: &str,
    now: i64,
) -> Result<(), AppError> {
    diesel::update(organizations::table.filter(organizations::id.eq(org_id)))
        .set((
            organizations::name.eq(name),
            organizations::kind.eq(kind),
            organizations::description.eq(description),
            organizations::website.eq(website),
            organizations::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Makes an invitation an active membership, guarded by the state it leaves: 0 when it was
/// accepted already.
pub fn activate_membership(
    conn: &mut DbConn,
    org_id: &str,
    person_id: &str,
) -> Result<usize, AppError> {
    Ok(diesel::update(
        memberships::table
            .filter(memberships::org_id.eq(org_id))
            .filter(memberships::person_id.eq(person_id))
            .filter(memberships::state.eq(INVITED)),
    )
    .set((
        memberships::state.eq(ACTIVE),
        memberships::updated_at.eq(now_ms()),
    ))
    .execute(conn)?)
}

pub fn insert_membership(
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

pub fn delete_membership(conn: &mut DbConn, org_id: &str, person_id: &str) -> Result<(), AppError> {
    diesel::delete(
        memberships::table
            .filter(memberships::org_id.eq(org_id))
            .filter(memberships::person_id.eq(person_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// Records the language an organization's name and description are written in.
pub fn set_language(conn: &mut DbConn, org_id: &str, lang: Option<&str>) -> Result<(), AppError> {
    diesel::update(organizations::table.filter(organizations::id.eq(org_id)))
        .set(organizations::language.eq(lang))
        .execute(conn)?;
    Ok(())
}

/// The translations of an organization's name and description, by language.
pub fn translations(conn: &mut DbConn, org_id: &str) -> Result<Vec<Version>, AppError> {
    let rows: Vec<(String, String, String)> = organization_translations::table
        .filter(organization_translations::org_id.eq(org_id))
        .select((
            organization_translations::lang,
            organization_translations::name,
            organization_translations::description,
        ))
        .order(organization_translations::lang.asc())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(lang, name, description)| Version {
            lang,
            name,
            description,
        })
        .collect())
}

/// Writes the translation into `v.lang` over the one there was (one row per language).
pub fn put_translation(
    conn: &mut DbConn,
    org_id: &str,
    v: &Version,
    now: i64,
) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(
        organization_translations::table
    )
    .values((
        organization_translations::org_id.eq(org_id),
        organization_translations::lang.eq(&v.lang),
        organization_translations::name.eq(&v.name),
        organization_translations::description.eq(&v.description),
        organization_translations::updated_at.eq(now),
    ))
    .on_conflict((
        organization_translations::org_id,
        organization_translations::lang
    ))
    .do_update()
    .set((
        organization_translations::name.eq(&v.name),
        organization_translations::description.eq(&v.description),
        organization_translations::updated_at.eq(now),
    ))
    .execute(c))?;
    Ok(())
}

/// Removes the translation into `lang`; false when there was none.
pub fn delete_translation(conn: &mut DbConn, org_id: &str, lang: &str) -> Result<bool, AppError> {
    let n = diesel::delete(
        organization_translations::table
            .filter(organization_translations::org_id.eq(org_id))
            .filter(organization_translations::lang.eq(lang)),
    )
    .execute(conn)?;
    Ok(n > 0)
}

/// The organizations whose handle is `name` (lowercased, spaces as `-`) or whose name is
/// `name` (compared lowercased), at most two: (id, handle).
pub fn orgs_named(conn: &mut DbConn, name: &str) -> Result<Vec<(String, String)>, AppError> {
    use diesel::dsl::sql;
    use diesel::sql_types::{Bool, Text};
    let lowered = name.trim().to_lowercase();
    let as_handle = lowered.split_whitespace().collect::<Vec<_>>().join("-");
    Ok(organizations::table
        .filter(
            organizations::handle
                .eq(as_handle)
                .or(sql::<Bool>("LOWER(organizations.name) = ").bind::<Text, _>(lowered)),
        )
        .select((organizations::id, organizations::handle))
        .order(organizations::id.asc())
        .limit(2)
        .load(conn)?)
}
