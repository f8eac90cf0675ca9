//! Queries for the coalition: each commons' licence policy (one row, replaced when its
//! maintainers set another) and the determinations asked of it (written once, never
//! changed). Another domain's rows come through its face.

use crate::db::DbConn;
use crate::db::schema::{
    coalition_affiliations, coalition_breaches, coalition_determinations, coalition_policies,
};
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
    /// What the instance knew of the asker (`service::Snapshot`), as JSON.
    pub known: String,
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

/// Rights ended for a breach.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = coalition_breaches)]
pub struct BreachRow {
    pub id: String,
    pub commons_id: String,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    pub determination_id: String,
    pub reason: String,
    pub recorded_by: String,
    pub recorded_at: i64,
}

/// Serializes the writers that end one party's rights under one commons.
pub fn lock_party(conn: &mut DbConn, commons_id: &str, party: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("breach:{commons_id}:{party}"))
}

pub fn insert_breach(conn: &mut DbConn, row: &BreachRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_breaches::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// The breach that ended the rights of the organization `organization_id` (or, when it
/// is `None`, of the person `person_id`) under the commons, if any.
pub fn breach_of_party(
    conn: &mut DbConn,
    commons_id: &str,
    organization_id: Option<&str>,
    person_id: &str,
) -> Result<Option<BreachRow>, AppError> {
    let q = coalition_breaches::table
        .filter(coalition_breaches::commons_id.eq(commons_id))
        .select(BreachRow::as_select())
        .into_boxed();
    let q = match organization_id {
        Some(o) => q.filter(coalition_breaches::organization_id.eq(o)),
        None => q.filter(coalition_breaches::person_id.eq(person_id)),
    };
    Ok(q.first(conn).optional()?)
}

/// The breach recorded against a determination, if any.
pub fn breach_of_determination(
    conn: &mut DbConn,
    determination_id: &str,
) -> Result<Option<BreachRow>, AppError> {
    Ok(coalition_breaches::table
        .filter(coalition_breaches::determination_id.eq(determination_id))
        .select(BreachRow::as_select())
        .first(conn)
        .optional()?)
}

/// Every breach, for the export.
pub fn breaches(conn: &mut DbConn) -> Result<Vec<BreachRow>, AppError> {
    Ok(coalition_breaches::table
        .select(BreachRow::as_select())
        .order((
            coalition_breaches::recorded_at.asc(),
            coalition_breaches::id.asc(),
        ))
        .load(conn)?)
}

/// A person's declared affiliation.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = coalition_affiliations)]
pub struct AffiliationRow {
    pub id: String,
    pub person_id: String,
    pub organization_id: String,
    pub commons_id: Option<String>,
    pub from_day: String,
    pub until_day: Option<String>,
    pub paid: bool,
    pub declared_at: i64,
}

pub fn insert_affiliation(conn: &mut DbConn, row: &AffiliationRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_affiliations::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn affiliation(conn: &mut DbConn, id: &str) -> Result<Option<AffiliationRow>, AppError> {
    Ok(coalition_affiliations::table
        .filter(coalition_affiliations::id.eq(id))
        .select(AffiliationRow::as_select())
        .first(conn)
        .optional()?)
}

/// Removes an affiliation of `person_id`; false when there was none (another took it
/// back first).
pub fn delete_affiliation(conn: &mut DbConn, id: &str, person_id: &str) -> Result<bool, AppError> {
    Ok(diesel::delete(
        coalition_affiliations::table
            .filter(coalition_affiliations::id.eq(id))
            .filter(coalition_affiliations::person_id.eq(person_id)),
    )
    .execute(conn)?
        == 1)
}

/// The affiliations of these people, by first day.
pub fn affiliations_of(
    conn: &mut DbConn,
    people: &[String],
) -> Result<Vec<AffiliationRow>, AppError> {
    let mut out = Vec::new();
    for chunk in people.chunks(500) {
        out.extend(
            coalition_affiliations::table
                .filter(coalition_affiliations::person_id.eq_any(chunk))
                .select(AffiliationRow::as_select())
                .order((
                    coalition_affiliations::from_day.asc(),
                    coalition_affiliations::id.asc(),
                ))
                .load::<AffiliationRow>(conn)?,
        );
    }
    Ok(out)
}

/// Every affiliation, for the export.
pub fn affiliations(conn: &mut DbConn) -> Result<Vec<AffiliationRow>, AppError> {
    Ok(coalition_affiliations::table
        .select(AffiliationRow::as_select())
        .order((
            coalition_affiliations::declared_at.asc(),
            coalition_affiliations::id.asc(),
        ))
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

/// What an employer map said of an author's email, for a commons' imported history.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::coalition_employer_lines)]
pub struct EmployerLineRow {
    pub id: String,
    pub commons_id: String,
    pub email: String,
    /// The organization of the instance the employer's name stands for, if one does.
    pub organization_id: Option<String>,
    /// The employer's name as the map wrote it.
    pub employer: String,
    pub from_day: String,
    pub until_day: Option<String>,
    pub paid: bool,
    /// `FILE:LINE`.
    pub source: String,
}

/// Replaces what the maps said for a commons' history with `rows`.
pub fn replace_employer_lines(
    conn: &mut DbConn,
    commons_id: &str,
    rows: &[EmployerLineRow],
) -> Result<(), AppError> {
    use crate::db::schema::coalition_employer_lines as l;
    diesel::delete(l::table.filter(l::commons_id.eq(commons_id))).execute(conn)?;
    // One row a statement: diesel would wrap a multi-row insert on SQLite in a
    // transaction of its own, inside the caller's.
    for row in rows {
        diesel::insert_into(l::table)
            .values(row.clone())
            .execute(conn)?;
    }
    Ok(())
}

/// What the maps said for a commons' history, by email then first day.
pub fn employer_lines(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<EmployerLineRow>, AppError> {
    use crate::db::schema::coalition_employer_lines as l;
    Ok(l::table
        .filter(l::commons_id.eq(commons_id))
        .select(EmployerLineRow::as_select())
        .order((l::email.asc(), l::from_day.asc()))
        .load(conn)?)
}

/// The commons whose imported history names `organization_id` as an employer.
pub fn commons_employing(
    conn: &mut DbConn,
    organization_id: &str,
) -> Result<Vec<String>, AppError> {
    use crate::db::schema::coalition_employer_lines as l;
    Ok(l::table
        .filter(l::organization_id.eq(organization_id))
        .select(l::commons_id)
        .distinct()
        .load(conn)?)
}

/// The people who declared an affiliation with `organization_id`, and the commons it is
/// about (`None`: any).
pub fn affiliated_with(
    conn: &mut DbConn,
    organization_id: &str,
) -> Result<Vec<(String, Option<String>)>, AppError> {
    Ok(coalition_affiliations::table
        .filter(coalition_affiliations::organization_id.eq(organization_id))
        .select((
            coalition_affiliations::person_id,
            coalition_affiliations::commons_id,
        ))
        .distinct()
        .load(conn)?)
}
