//! Queries for valuation by a panel: a process's panel (one row per process, replaced when
//! named again) and its projects' valuations (one row per project, an upsert, so two
//! valuators racing leave one), published together when the process leaves valuating.

use crate::db::DbConn;
use crate::db::schema::{budget_projects, budget_valuation_panels, budget_valuations};
use crate::error::AppError;
use diesel::prelude::*;

/// A process's valuation panel: a body of the owner, or none (the owner's admins).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_valuation_panels)]
pub struct PanelRow {
    pub process_id: String,
    pub body_id: Option<String>,
    pub named_by: String,
    pub named_at: i64,
}

/// A project's valuation, the latest one recorded.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = budget_valuations)]
pub struct ValuationRow {
    pub project_id: String,
    pub process_id: String,
    pub feasible: bool,
    pub price: Option<String>,
    pub estimate: String,
    pub explanation: String,
    pub valuated_by: String,
    pub valuated_at: i64,
    pub revision: i64,
    pub published_at: Option<i64>,
}

/// The panel of a process, if one was ever named.
pub fn panel(conn: &mut DbConn, process_id: &str) -> Result<Option<PanelRow>, AppError> {
    Ok(budget_valuation_panels::table
        .filter(budget_valuation_panels::process_id.eq(process_id))
        .select(PanelRow::as_select())
        .first(conn)
        .optional()?)
}

/// Names (or names again) the panel of a process.
pub fn put_panel(conn: &mut DbConn, row: &PanelRow) -> Result<(), AppError> {
    use budget_valuation_panels as t;
    crate::db::native!(conn, |c| diesel::insert_into(t::table)
        .values(row.clone())
        .on_conflict(t::process_id)
        .do_update()
        .set((
            t::body_id.eq(&row.body_id),
            t::named_by.eq(&row.named_by),
            t::named_at.eq(row.named_at),
        ))
        .execute(c))?;
    Ok(())
}

/// Every panel (the export).
pub fn all_panels(conn: &mut DbConn) -> Result<Vec<PanelRow>, AppError> {
    Ok(budget_valuation_panels::table
        .select(PanelRow::as_select())
        .order(budget_valuation_panels::process_id.asc())
        .load(conn)?)
}

/// Records a project's valuation, replacing the one before (its revision one more).
pub fn put_valuation(conn: &mut DbConn, row: &ValuationRow) -> Result<(), AppError> {
    use budget_valuations as t;
    crate::db::native!(conn, |c| diesel::insert_into(t::table)
        .values(row.clone())
        .on_conflict(t::project_id)
        .do_update()
        .set((
            t::feasible.eq(row.feasible),
            t::price.eq(&row.price),
            t::estimate.eq(&row.estimate),
            t::explanation.eq(&row.explanation),
            t::valuated_by.eq(&row.valuated_by),
            t::valuated_at.eq(row.valuated_at),
            t::revision.eq(t::revision + 1),
        ))
        .execute(c))?;
    Ok(())
}

/// The valuations of a process's projects.
pub fn valuations(conn: &mut DbConn, process_id: &str) -> Result<Vec<ValuationRow>, AppError> {
    Ok(budget_valuations::table
        .filter(budget_valuations::process_id.eq(process_id))
        .select(ValuationRow::as_select())
        .order(budget_valuations::valuated_at.asc())
        .load(conn)?)
}

/// The valuation of one project, if any.
pub fn valuation(conn: &mut DbConn, project_id: &str) -> Result<Option<ValuationRow>, AppError> {
    Ok(budget_valuations::table
        .filter(budget_valuations::project_id.eq(project_id))
        .select(ValuationRow::as_select())
        .first(conn)
        .optional()?)
}

/// Every valuation (the export).
pub fn all_valuations(conn: &mut DbConn) -> Result<Vec<ValuationRow>, AppError> {
    Ok(budget_valuations::table
        .select(ValuationRow::as_select())
        .order(budget_valuations::project_id.asc())
        .load(conn)?)
}

/// Marks a process's unpublished valuations published at `now`.
pub fn publish(conn: &mut DbConn, process_id: &str, now: i64) -> Result<usize, AppError> {
    use budget_valuations as t;
    Ok(diesel::update(
        t::table
            .filter(t::process_id.eq(process_id))
            .filter(t::published_at.is_null()),
    )
    .set(t::published_at.eq(now))
    .execute(conn)?)
}

/// A project's cost on the ballot becomes its price.
pub fn set_cost(conn: &mut DbConn, project_id: &str, cost: &str) -> Result<(), AppError> {
    diesel::update(budget_projects::table.filter(budget_projects::id.eq(project_id)))
        .set(budget_projects::cost.eq(cost))
        .execute(conn)?;
    Ok(())
}
