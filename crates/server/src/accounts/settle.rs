//! Settling the handles that a person and an organization both held from before they
//! shared one list (see `handles`): the one that had it first keeps it; the other is
//! renamed, journaled, and noted so that its page says so.

use super::model::Organization;
use super::orgs::org_ref;
use super::store::handles::{self, Owner, claim};
use super::store::person_ref;
use crate::db::{DbConn, now_ms};
use crate::error::AppError;
use crate::journal::{self};

/// Settles every handle that a person and an organization both held before the shared
/// namespace: the one that had it first keeps it; the other becomes `handle-2` (or the
/// next free number), with a journal event and a note on its page. Returns how many were
/// renamed; running it again renames nothing.
pub fn settle(conn: &mut DbConn) -> Result<usize, AppError> {
    let pairs = handles::collisions(conn)?;
    for (handle, person_id, person_at, org_id, org_at) in &pairs {
        let new = free_handle(conn, handle)?;
        let now = now_ms();
        // The earlier keeps the handle; a tie goes to the person.
        if org_at >= person_at {
            let org = super::store::orgs::org_by_id(conn, org_id)?;
            handles::rename_org(conn, org_id, &new, now)?;
            claim(conn, handle, Owner::Person, person_id)?;
            claim(conn, &new, Owner::Organization, org_id)?;
            let reason = format!("the person @{handle} had this handle first");
            handles::insert_rename(
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
                &format!("The organization @{handle} is now @{new}: {reason}"),
                &super::events::Renamed {
                    old_handle: handle.clone(),
                    new_handle: new.clone(),
                },
            )?;
        } else {
            let person = super::store::require_person(conn, handle)?;
            handles::rename_person(conn, person_id, &new, now)?;
            claim(conn, handle, Owner::Organization, org_id)?;
            claim(conn, &new, Owner::Person, person_id)?;
            let reason = format!("the organization @{handle} had this handle first");
            handles::insert_rename(conn, Owner::Person, person_id, handle, &new, &reason, now)?;
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
        if handles::is_free(conn, &candidate)? {
            return Ok(candidate);
        }
    }
    Err(AppError::internal(anyhow::anyhow!(
        "no free handle after @{base}-2 … @{base}-9999"
    )))
}
