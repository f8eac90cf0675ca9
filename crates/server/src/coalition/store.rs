//! Queries for the coalition: each commons' licence policy (one row, replaced when its
//! maintainers set another) and the determinations asked of it (written once, never
//! changed). Another domain's rows come through its face.

use crate::db::DbConn;
use crate::db::schema::{
    coalition_affiliations, coalition_breaches, coalition_determinations, coalition_due_payments,
    coalition_dues, coalition_pledges, coalition_policies, coalition_surpluses,
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
    pub lifted_by: Option<String>,
    pub lifted_at: Option<i64>,
    pub lift_reason: Option<String>,
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
        .filter(coalition_breaches::lifted_at.is_null())
        .select(BreachRow::as_select())
        .into_boxed();
    let q = match organization_id {
        Some(o) => q.filter(coalition_breaches::organization_id.eq(o)),
        None => q.filter(coalition_breaches::person_id.eq(person_id)),
    };
    Ok(q.first(conn).optional()?)
}

/// The breach standing against a determination (recorded and not lifted), if any.
pub fn breach_of_determination(
    conn: &mut DbConn,
    determination_id: &str,
) -> Result<Option<BreachRow>, AppError> {
    Ok(coalition_breaches::table
        .filter(coalition_breaches::determination_id.eq(determination_id))
        .filter(coalition_breaches::lifted_at.is_null())
        .select(BreachRow::as_select())
        .first(conn)
        .optional()?)
}

/// Lifts the standing breach `id`; false when it was lifted already (another maintainer
/// first).
pub fn lift_breach(
    conn: &mut DbConn,
    id: &str,
    by: &str,
    at: i64,
    reason: &str,
) -> Result<bool, AppError> {
    Ok(diesel::update(
        coalition_breaches::table
            .filter(coalition_breaches::id.eq(id))
            .filter(coalition_breaches::lifted_at.is_null()),
    )
    .set((
        coalition_breaches::lifted_by.eq(by),
        coalition_breaches::lifted_at.eq(at),
        coalition_breaches::lift_reason.eq(reason),
    ))
    .execute(conn)?
        == 1)
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

/// Something owed to a commons.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = coalition_dues)]
pub struct DueRow {
    pub id: String,
    pub commons_id: String,
    pub number: i64,
    pub kind: String,
    pub organization_id: Option<String>,
    pub person_id: Option<String>,
    pub determination_id: Option<String>,
    pub surplus_id: Option<String>,
    pub amount: i64,
    pub unit: String,
    pub period_from: String,
    pub period_until: String,
    pub owed_number: i64,
    pub owed_by: String,
    pub owed_at: i64,
}

/// A due's payment.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = coalition_due_payments)]
pub struct PaymentRow {
    pub due_id: String,
    pub paid_number: i64,
    pub paid_by: String,
    pub paid_at: i64,
    pub distribution: Option<i64>,
}

/// One pledge of a phyle.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = coalition_pledges)]
pub struct PledgeRow {
    pub organization_id: String,
    pub commons_id: String,
    pub share_bp: i64,
    pub set_by: String,
    pub set_at: i64,
}

/// A phyle's declared surplus.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = coalition_surpluses)]
pub struct SurplusRow {
    pub id: String,
    pub organization_id: String,
    pub period_from: String,
    pub period_until: String,
    pub amount: i64,
    pub unit: String,
    pub declared_by: String,
    pub declared_at: i64,
}

/// Serializes the writers of one commons' dues (numbers, fee periods, payments).
pub fn lock_dues(conn: &mut DbConn, commons_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("dues:{commons_id}"))
}

/// Serializes the writers of one phyle's pledges and surpluses.
pub fn lock_pledges(conn: &mut DbConn, organization_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("pledges:{organization_id}"))
}

pub fn next_due_number(conn: &mut DbConn, commons_id: &str) -> Result<i64, AppError> {
    let max: Option<i64> = coalition_dues::table
        .filter(coalition_dues::commons_id.eq(commons_id))
        .select(diesel::dsl::max(coalition_dues::number))
        .first(conn)?;
    Ok(max.unwrap_or(0) + 1)
}

pub fn insert_due(conn: &mut DbConn, row: &DueRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_dues::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

pub fn due_by_number(
    conn: &mut DbConn,
    commons_id: &str,
    number: i64,
) -> Result<Option<DueRow>, AppError> {
    Ok(coalition_dues::table
        .filter(coalition_dues::commons_id.eq(commons_id))
        .filter(coalition_dues::number.eq(number))
        .select(DueRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn due_of_determination(
    conn: &mut DbConn,
    determination_id: &str,
) -> Result<Option<DueRow>, AppError> {
    Ok(coalition_dues::table
        .filter(coalition_dues::determination_id.eq(determination_id))
        .select(DueRow::as_select())
        .first(conn)
        .optional()?)
}

/// The licence fees of one party (an organization, else a person) under a commons.
pub fn fees_of_party(
    conn: &mut DbConn,
    commons_id: &str,
    organization_id: Option<&str>,
    person_id: &str,
) -> Result<Vec<DueRow>, AppError> {
    let q = coalition_dues::table
        .filter(coalition_dues::commons_id.eq(commons_id))
        .filter(coalition_dues::kind.eq("licence_fee"))
        .select(DueRow::as_select())
        .into_boxed();
    let q = match organization_id {
        Some(o) => q.filter(coalition_dues::organization_id.eq(o)),
        None => q.filter(coalition_dues::person_id.eq(person_id)),
    };
    Ok(q.load(conn)?)
}

/// A commons' dues with their payments, by number.
pub fn dues_of_commons(
    conn: &mut DbConn,
    commons_id: &str,
) -> Result<Vec<(DueRow, Option<PaymentRow>)>, AppError> {
    Ok(coalition_dues::table
        .left_join(coalition_due_payments::table)
        .filter(coalition_dues::commons_id.eq(commons_id))
        .order(coalition_dues::number.asc())
        .select((DueRow::as_select(), Option::<PaymentRow>::as_select()))
        .load(conn)?)
}

/// An organization's dues with their payments, by period.
pub fn dues_of_organization(
    conn: &mut DbConn,
    organization_id: &str,
) -> Result<Vec<(DueRow, Option<PaymentRow>)>, AppError> {
    Ok(coalition_dues::table
        .left_join(coalition_due_payments::table)
        .filter(coalition_dues::organization_id.eq(organization_id))
        .order((
            coalition_dues::period_from.asc(),
            coalition_dues::number.asc(),
        ))
        .select((DueRow::as_select(), Option::<PaymentRow>::as_select()))
        .load(conn)?)
}

pub fn payment_of(conn: &mut DbConn, due_id: &str) -> Result<Option<PaymentRow>, AppError> {
    Ok(coalition_due_payments::table
        .filter(coalition_due_payments::due_id.eq(due_id))
        .select(PaymentRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn insert_payment(conn: &mut DbConn, row: &PaymentRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_due_payments::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// What the organization paid the commons in pledges between two days (both included),
/// in minor units by unit: money paid in, for its reciprocity credit.
pub fn pledges_paid(
    conn: &mut DbConn,
    commons_id: &str,
    organization_id: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<(String, i64)>, AppError> {
    Ok(coalition_dues::table
        .inner_join(coalition_due_payments::table)
        .filter(coalition_dues::commons_id.eq(commons_id))
        .filter(coalition_dues::organization_id.eq(organization_id))
        .filter(coalition_dues::kind.eq("pledge"))
        .filter(coalition_due_payments::paid_at.ge(from_ms))
        .filter(coalition_due_payments::paid_at.le(to_ms))
        .select((coalition_dues::unit, coalition_dues::amount))
        .load(conn)?)
}

pub fn pledges_of(conn: &mut DbConn, organization_id: &str) -> Result<Vec<PledgeRow>, AppError> {
    Ok(coalition_pledges::table
        .filter(coalition_pledges::organization_id.eq(organization_id))
        .order(coalition_pledges::share_bp.desc())
        .select(PledgeRow::as_select())
        .load(conn)?)
}

/// Replaces a phyle's pledges with `rows`.
pub fn put_pledges(
    conn: &mut DbConn,
    organization_id: &str,
    rows: &[PledgeRow],
) -> Result<(), AppError> {
    diesel::delete(
        coalition_pledges::table.filter(coalition_pledges::organization_id.eq(organization_id)),
    )
    .execute(conn)?;
    for row in rows {
        diesel::insert_into(coalition_pledges::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(())
}

pub fn surpluses_of(conn: &mut DbConn, organization_id: &str) -> Result<Vec<SurplusRow>, AppError> {
    Ok(coalition_surpluses::table
        .filter(coalition_surpluses::organization_id.eq(organization_id))
        .order(coalition_surpluses::period_from.asc())
        .select(SurplusRow::as_select())
        .load(conn)?)
}

pub fn insert_surplus(conn: &mut DbConn, row: &SurplusRow) -> Result<(), AppError> {
    diesel::insert_into(coalition_surpluses::table)
        .values(row)
        .execute(conn)?;
    Ok(())
}

/// Every due, payment, pledge and surplus, for the export.
#[allow(clippy::type_complexity)]
pub fn all_dues(
    conn: &mut DbConn,
) -> Result<
    (
        Vec<DueRow>,
        Vec<PaymentRow>,
        Vec<PledgeRow>,
        Vec<SurplusRow>,
    ),
    AppError,
> {
    let dues = coalition_dues::table
        .order((coalition_dues::owed_at.asc(), coalition_dues::id.asc()))
        .select(DueRow::as_select())
        .load(conn)?;
    let payments = coalition_due_payments::table
        .order(coalition_due_payments::due_id.asc())
        .select(PaymentRow::as_select())
        .load(conn)?;
    let pledges = coalition_pledges::table
        .order((
            coalition_pledges::organization_id.asc(),
            coalition_pledges::commons_id.asc(),
        ))
        .select(PledgeRow::as_select())
        .load(conn)?;
    let surpluses = coalition_surpluses::table
        .order((
            coalition_surpluses::declared_at.asc(),
            coalition_surpluses::id.asc(),
        ))
        .select(SurplusRow::as_select())
        .load(conn)?;
    Ok((dues, payments, pledges, surpluses))
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
