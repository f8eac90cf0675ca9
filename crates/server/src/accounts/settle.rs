//! Settling the handles that a person and an organization both held from before they
//! shared one list (see `handles`): the one that had it first keeps it; the other is
//! renamed, journaled, and noted so that its page says so.

use super::handles::{Owner, claim};
use super::model::Organization;
use super::orgs::org_ref;
use super::store::person_ref;
use crate::db::schema::{handle_renames, handles, organizations, people};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::AppError;
use crate::journal::{self};
use diesel::prelude::*;

/// Settles every handle that a person and an organization both held before the shared
/// namespace: the one that had it first keeps it; the other becomes `handle-2` (or the
/// next free number), with a journal event and a note on its page. Returns how many were
/// renamed; running it again renames nothing.
pub fn settle(conn: &mut DbConn) -> Result<usize, AppError> {
    let pairs: Vec<(String, String, i64, String, i64)> = people::table
        .inner_join(organizations::table.on(organizations::handle.eq(people::handle)))
        .select((
            people::handle,
            people::id,
            people::created_at,
            organizations::id,
            organizations::created_at,
        ))
        .order(people::handle.asc())
        .load(conn)?;
    for (handle, person_id, person_at, org_id, org_at) in &pairs {
        let new = free_handle(conn, handle)?;
        let now = now_ms();
        // The earlier keeps the handle; a tie goes to the person.
        if org_at >= person_at {
            let org: Organization = organizations::table
                .filter(organizations::id.eq(org_id))
                .select(Organization::as_select())
                .first(conn)?;
            diesel::update(organizations::table.filter(organizations::id.eq(org_id)))
                .set((
                    organizations::handle.eq(&new),
                    organizations::updated_at.eq(now),
                ))
                .execute(conn)?;
            claim(conn, handle, Owner::Person, person_id)?;
            claim(conn, &new, Owner::Organization, org_id)?;
            let reason = format!("the person @{handle} had this handle first");
            note(
                conn,
                Owner::Organization,
                org_id,
                handle,
                &new,
                &reason,
                now,
            )?;
            let renamed = Organization {
                handle: new.clone(),
                ..org
            };
            journal::record(
                conn,
                None,
                &super::events::ORGANIZATION_RENAMED,
                &org_ref(&renamed),
                &format!("the organization @{handle} is now @{new}: {reason}"),
                &super::events::Renamed {
                    old_handle: handle.clone(),
                    new_handle: new.clone(),
                },
            )?;
        } else {
            let person = super::store::require_person(conn, handle)?;
            diesel::update(people::table.filter(people::id.eq(person_id)))
                .set((people::handle.eq(&new), people::updated_at.eq(now)))
                .execute(conn)?;
            claim(conn, handle, Owner::Organization, org_id)?;
            claim(conn, &new, Owner::Person, person_id)?;
            let reason = format!("the organization @{handle} had this handle first");
            note(conn, Owner::Person, person_id, handle, &new, &reason, now)?;
            let renamed = super::model::Person {
                handle: new.clone(),
                ..person
            };
            journal::record(
                conn,
                None,
                &super::events::PERSON_RENAMED,
                &person_ref(&renamed),
                &format!("@{handle} is now @{new}: {reason}"),
                &super::events::Renamed {
                    old_handle: handle.clone(),
                    new_handle: new.clone(),
                },
            )?;
        }
    }
    Ok(pairs.len())
}

fn note(
    conn: &mut DbConn,
    owner: Owner,
    owner_id: &str,
    old: &str,
    new: &str,
    reason: &str,
    at: i64,
) -> Result<(), AppError> {
    diesel::insert_into(handle_renames::table)
        .values((
            handle_renames::id.eq(new_id()),
            handle_renames::owner_kind.eq(owner.as_str()),
            handle_renames::owner_id.eq(owner_id),
            handle_renames::old_handle.eq(old),
            handle_renames::new_handle.eq(new),
            handle_renames::renamed_at.eq(at),
            handle_renames::reason.eq(reason),
        ))
        .execute(conn)?;
    Ok(())
}

/// The first of `base-2`, `base-3`, … that no one holds and that the handle rule allows.
fn free_handle(conn: &mut DbConn, base: &str) -> Result<String, AppError> {
    for n in 2..10_000 {
        let suffix = format!("-{n}");
        let mut stem: String = base.chars().take(40 - suffix.len()).collect();
        while stem.ends_with(['-', '_']) {
            stem.pop();
        }
        let candidate = format!("{stem}{suffix}");
        if crate::ids::handle_problem(&candidate).is_some() {
            continue;
        }
        let held: i64 = handles::table
            .filter(handles::handle.eq(&candidate))
            .count()
            .get_result(conn)?;
        let person: i64 = people::table
            .filter(people::handle.eq(&candidate))
            .count()
            .get_result(conn)?;
        let org: i64 = organizations::table
            .filter(organizations::handle.eq(&candidate))
            .count()
            .get_result(conn)?;
        if held + person + org == 0 {
            return Ok(candidate);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free handle after @{base}-2 … @{base}-9999"
    )))
}
