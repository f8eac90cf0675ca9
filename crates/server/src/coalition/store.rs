//! Queries for the coalition: each commons' licence policy (one row, replaced when its
//! maintainers set another) and the determinations asked of it (written once, never
//! changed). Another domain's rows come through its face.

use crate::db::DbConn;
use crate::db::schema::{coalition_determinations, coalition_policies};
use crate::error::AppError;
use diesel::prelude::*;

/// A commons' licence policy as its maintainers set it.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = coalition_policies)]
pub struct PolicyRow {
    pub commons_id: String,
    pub kind: String,
    /// The model's `Policy` as JSON.
    pub terms: String,
    pub set_by: String,
    pub set_at: i64,
}

/// A determination as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = coalition_determinations)]
pub struct DeterminationRow {
    pub id: String,
    pub commons_id: String,
    pub asked_by: String,
    pub organization_id: Option<String>,
    pub usage: String,
    pub outcome: String,
    pub fee: Option<String>,
    /// The model's `Policy` it was decided under, as JSON.
    pub policy: String,
    /// The facts as declared, as JSON.
    pub declared: String,
    /// The model's `Determination`, as JSON.
    pub answer: String,
    pub period_from: i64,
    pub decided_at: i64,
    pub expires_at: i64,
}

pub fn policy_of(conn: &mut DbConn, commons_id: &str) -> Result<Option<PolicyRow>, AppError> {
    Ok(coalition_policies::table
        .filter(coalition_policies::commons_id.eq(commons_id))
        .select(PolicyRow::as_select())
        .first(conn)
        .optional()?)
}

/// Sets a commons' policy, replacing the one it had: one row per commons, by its key, so
/// that two maintainers setting it at once leave one of theirs, whole.
pub fn put_policy(conn: &mut DbConn, row: &PolicyRow) -> Result<(), AppError> {
    let updated = diesel::update(
        coalition_policies::table.filter(coalition_policies::commons_id.eq(&row.commons_id)),
    )
    .set(row)
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(coalition_policies::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn insert_determination(conn: &mut DbConn, row: &DeterminationRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_determinations::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn determination(conn: &mut DbConn, id: &str) -> Result<Option<DeterminationRow>, AppError> {
    Ok(coalition_determinations::table
        .filter(coalition_determinations::id.eq(id))
        .select(DeterminationRow::as_select())
        .first(conn)
        .optional()?)
}

/// A commons' determinations, latest first, after the cursor `(decided_at, id)`.
pub fn determinations_of(
    conn: &mut DbConn,
    commons_id: &str,
    before: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<DeterminationRow>, AppError> {
    let mut q = coalition_determinations::table
        .filter(coalition_determinations::commons_id.eq(commons_id))
        .select(DeterminationRow::as_select())
        .into_boxed();
    if let Some((at, id)) = before {
        q = q.filter(
            coalition_determinations::decided_at
                .lt(at)
                .or(coalition_determinations::decided_at
                    .eq(at)
                    .and(coalition_determinations::id.lt(id))),
        );
    }
    Ok(q.order((
        coalition_determinations::decided_at.desc(),
        coalition_determinations::id.desc(),
    ))
    .limit(limit)
    .load(conn)?)
}

/// Every policy and every determination, for the export.
pub fn all(conn: &mut DbConn) -> Result<(Vec<PolicyRow>, Vec<DeterminationRow>), AppError> {
    let policies = coalition_policies::table
        .select(PolicyRow::as_select())
        .order(coalition_policies::commons_id.asc())
        .load(conn)?;
    let determinations = coalition_determinations::table
        .select(DeterminationRow::as_select())
        .order((
            coalition_determinations::decided_at.asc(),
            coalition_determinations::id.asc(),
        ))
        .load(conn)?;
    Ok((policies, determinations))
}
