//! Queries for the supporting phase's rules: one row per process (an upsert), and how many
//! projects of a heading one person supports, read under the process's row that the
//! support's own write holds, so that racing supports cannot pass the limit together.

use crate::db::DbConn;
use crate::db::schema::{budget_projects, budget_support_rules, budget_supports};
use crate::error::AppError;
use diesel::prelude::*;

/// A process's supporting rules as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_support_rules)]
pub struct SupportRulesRow {
    pub process_id: String,
    pub max_per_person: Option<i64>,
    /// `all`, `threshold` or `top`.
    pub advance: String,
    pub advance_count: Option<i64>,
    pub set_by: String,
    pub set_at: i64,
}

pub fn rules(conn: &mut DbConn, process_id: &str) -> Result<Option<SupportRulesRow>, AppError> {
    Ok(budget_support_rules::table
        .filter(budget_support_rules::process_id.eq(process_id))
        .select(SupportRulesRow::as_select())
        .first(conn)
        .optional()?)
}

/// Every process's supporting rules, for the export.
pub fn all_rules(conn: &mut DbConn) -> Result<Vec<SupportRulesRow>, AppError> {
    Ok(budget_support_rules::table
        .select(SupportRulesRow::as_select())
        .order(budget_support_rules::process_id.asc())
        .load(conn)?)
}

/// Sets (or sets again) a process's supporting rules.
pub fn put_rules(conn: &mut DbConn, row: &SupportRulesRow) -> Result<(), AppError> {
    use budget_support_rules as t;
    crate::db::native!(conn, |c| diesel::insert_into(t::table)
        .values(row.clone())
        .on_conflict(t::process_id)
        .do_update()
        .set((
            t::max_per_person.eq(row.max_per_person),
            t::advance.eq(&row.advance),
            t::advance_count.eq(row.advance_count),
            t::set_by.eq(&row.set_by),
            t::set_at.eq(row.set_at),
        ))
        .execute(c))?;
    Ok(())
}

/// How many projects of heading `heading_id` person `person_id` supports.
pub fn supported_in_heading(
    conn: &mut DbConn,
    heading_id: &str,
    person_id: &str,
) -> Result<i64, AppError> {
    Ok(budget_supports::table
        .inner_join(budget_projects::table.on(budget_projects::id.eq(budget_supports::project_id)))
        .filter(budget_projects::heading_id.eq(heading_id))
        .filter(budget_supports::person_id.eq(person_id))
        .count()
        .get_result(conn)?)
}
