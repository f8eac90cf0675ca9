//! Queries for who a project is proposed for (an organization or an informal group, one
//! row per project at most) and for the commons holding a funded project's documentation
//! (one per project, an upsert; unlinking deletes the row).

use crate::db::DbConn;
use crate::db::schema::{budget_project_commons, budget_project_proposers};
use crate::error::AppError;
use diesel::prelude::*;

/// Who a project is proposed for, as stored: exactly one of the two is set.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_project_proposers, treat_none_as_default_value = false)]
pub struct ProposerRow {
    pub project_id: String,
    pub organization_id: Option<String>,
    pub group_name: Option<String>,
}

/// The commons linked to a project, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_project_commons)]
pub struct ProjectCommonsRow {
    pub project_id: String,
    pub commons_id: String,
    pub linked_by: String,
    pub linked_at: i64,
}

pub fn insert_proposer(conn: &mut DbConn, row: &ProposerRow) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(
        budget_project_proposers::table
    )
    .values(row.clone())
    .execute(c))?;
    Ok(())
}

/// Who the projects of a list are proposed for.
pub fn proposers(conn: &mut DbConn, project_ids: &[String]) -> Result<Vec<ProposerRow>, AppError> {
    Ok(budget_project_proposers::table
        .filter(budget_project_proposers::project_id.eq_any(project_ids))
        .select(ProposerRow::as_select())
        .load(conn)?)
}

/// Every row, for the export.
pub fn all_proposers(conn: &mut DbConn) -> Result<Vec<ProposerRow>, AppError> {
    Ok(budget_project_proposers::table
        .select(ProposerRow::as_select())
        .order(budget_project_proposers::project_id.asc())
        .load(conn)?)
}

/// The commons linked to a project, if any.
pub fn commons_of(
    conn: &mut DbConn,
    project_id: &str,
) -> Result<Option<ProjectCommonsRow>, AppError> {
    Ok(budget_project_commons::table
        .filter(budget_project_commons::project_id.eq(project_id))
        .select(ProjectCommonsRow::as_select())
        .first(conn)
        .optional()?)
}

/// The commons linked to the projects of a list.
pub fn commons_of_projects(
    conn: &mut DbConn,
    project_ids: &[String],
) -> Result<Vec<ProjectCommonsRow>, AppError> {
    Ok(budget_project_commons::table
        .filter(budget_project_commons::project_id.eq_any(project_ids))
        .select(ProjectCommonsRow::as_select())
        .load(conn)?)
}

/// Every link, for the export.
pub fn all_commons(conn: &mut DbConn) -> Result<Vec<ProjectCommonsRow>, AppError> {
    Ok(budget_project_commons::table
        .select(ProjectCommonsRow::as_select())
        .order(budget_project_commons::project_id.asc())
        .load(conn)?)
}

/// Links (or links again) a project to a commons.
pub fn put_commons(conn: &mut DbConn, row: &ProjectCommonsRow) -> Result<(), AppError> {
    use budget_project_commons as t;
    crate::db::native!(conn, |c| diesel::insert_into(t::table)
        .values(row.clone())
        .on_conflict(t::project_id)
        .do_update()
        .set((
            t::commons_id.eq(&row.commons_id),
            t::linked_by.eq(&row.linked_by),
            t::linked_at.eq(row.linked_at),
        ))
        .execute(c))?;
    Ok(())
}

/// Unlinks a project from its commons; whether there was a link.
pub fn delete_commons(conn: &mut DbConn, project_id: &str) -> Result<bool, AppError> {
    Ok(diesel::delete(
        budget_project_commons::table.filter(budget_project_commons::project_id.eq(project_id)),
    )
    .execute(conn)?
        > 0)
}
