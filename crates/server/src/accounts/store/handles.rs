//! The one namespace of handles that people and organizations share: a handle one holds
//! is taken for the other, since both are written `@handle`. A claim is a row in
//! `handles`, whose primary key decides between concurrent sign-ups on both engines.
//! The pairs from before the namespace are settled in `settle`; a renamed one's page says
//! so (`renames_of`).

use crate::db::DbConn;
use crate::db::schema::{handle_renames, handles, organizations, people};
use crate::error::{AppError, detail};
use diesel::prelude::*;
use serde::Serialize;

/// Who holds a handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Person,
    Organization,
}

impl Owner {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Owner::Person => "person",
            Owner::Organization => "organization",
        }
    }
}

/// Claims `handle` for `owner_id` inside the caller's transaction (holding it already is
/// fine); a 409 `handle_taken` that says whether a person or an organization holds it.
pub fn claim(
    conn: &mut DbConn,
    handle: &str,
    owner: Owner,
    owner_id: &str,
) -> Result<(), AppError> {
    let row = (
        handles::handle.eq(handle),
        handles::owner_kind.eq(owner.as_str()),
        handles::owner_id.eq(owner_id),
    );
    let inserted = crate::db::native!(conn, |c| diesel::insert_into(handles::table)
        .values(row)
        .on_conflict_do_nothing()
        .execute(c))?;
    if inserted == 1 {
        return Ok(());
    }
    let holder: Option<(String, String)> = handles::table
        .filter(handles::handle.eq(handle))
        .select((handles::owner_kind, handles::owner_id))
        .first(conn)
        .optional()?;
    if holder
        .as_ref()
        .is_some_and(|(kind, id)| kind == owner.as_str() && id == owner_id)
    {
        return Ok(());
    }
    let by = match holder.as_ref().map(|(kind, _)| kind.as_str()) {
        Some("organization") => Owner::Organization,
        _ => Owner::Person,
    };
    Err(AppError::conflict(
        "handle_taken",
        detail!("problem-handle-taken", handle = handle, by = by.as_str()),
    ))
}

/// A handle that was changed, as the renamed one's page tells it.
#[derive(Debug, Clone, Serialize, diesel::Queryable)]
pub struct Rename {
    pub old_handle: String,
    pub new_handle: String,
    pub renamed_at: i64,
    pub reason: String,
}

impl Rename {
    pub fn when(&self) -> String {
        crate::web::human_time(self.renamed_at)
    }
}

/// The handles a person or organization had before, newest first.
pub fn renames_of(
    conn: &mut DbConn,
    owner: Owner,
    owner_id: &str,
) -> Result<Vec<Rename>, AppError> {
    Ok(handle_renames::table
        .filter(handle_renames::owner_kind.eq(owner.as_str()))
        .filter(handle_renames::owner_id.eq(owner_id))
        .select((
            handle_renames::old_handle,
            handle_renames::new_handle,
            handle_renames::renamed_at,
            handle_renames::reason,
        ))
        .order(handle_renames::renamed_at.desc())
        .load(conn)?)
}

/// The handle that `old` became for an owner of this kind, if it was renamed.
pub fn renamed_to(conn: &mut DbConn, owner: Owner, old: &str) -> Result<Option<String>, AppError> {
    Ok(handle_renames::table
        .filter(handle_renames::owner_kind.eq(owner.as_str()))
        .filter(handle_renames::old_handle.eq(old))
        .select(handle_renames::new_handle)
        .order(handle_renames::renamed_at.desc())
        .first(conn)
        .optional()?)
}

/// A handle a person and an organization both hold: (handle, person id, person created
/// at, organization id, organization created at).
pub type Collision = (String, String, i64, String, i64);

/// Every handle a person and an organization both hold, by handle.
pub fn collisions(conn: &mut DbConn) -> Result<Vec<Collision>, AppError> {
    Ok(people::table
        .inner_join(organizations::table.on(organizations::handle.eq(people::handle)))
        .select((
            people::handle,
            people::id,
            people::created_at,
            organizations::id,
            organizations::created_at,
        ))
        .order(people::handle.asc())
        .load(conn)?)
}

/// Gives an organization a new handle.
pub fn rename_org(conn: &mut DbConn, org_id: &str, new: &str, now: i64) -> Result<(), AppError> {
    diesel::update(organizations::table.filter(organizations::id.eq(org_id)))
        .set((
            organizations::handle.eq(new),
            organizations::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Gives a person a new handle.
pub fn rename_person(
    conn: &mut DbConn,
    person_id: &str,
    new: &str,
    now: i64,
) -> Result<(), AppError> {
    diesel::update(people::table.filter(people::id.eq(person_id)))
        .set((people::handle.eq(new), people::updated_at.eq(now)))
        .execute(conn)?;
    Ok(())
}

/// Notes that `old` became `new` for an owner, and why, for its page.
pub fn insert_rename(
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
            handle_renames::id.eq(crate::db::new_id()),
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

/// Whether no one holds `handle`: no claim, and no person or organization using it.
pub fn is_free(conn: &mut DbConn, handle: &str) -> Result<bool, AppError> {
    let held: i64 = handles::table
        .filter(handles::handle.eq(handle))
        .count()
        .get_result(conn)?;
    let person: i64 = people::table
        .filter(people::handle.eq(handle))
        .count()
        .get_result(conn)?;
    let org: i64 = organizations::table
        .filter(organizations::handle.eq(handle))
        .count()
        .get_result(conn)?;
    Ok(held + person + org == 0)
}
