//! Queries for lending: resources and their reservations. The rule that spans rows — a
//! pool is never booked past its size — is held by the flows in `service` under
//! `lock_resource`, taken before the holds are read; state moves are guarded writes that
//! touch no row when the reservation moved meanwhile.

use crate::db::schema::{lending_policies, lending_reservations, lending_resources};
use crate::db::{DbConn, lower};
use crate::error::AppError;
use diesel::prelude::*;

/// A resource as stored, with its policy (a row of each table).
#[derive(Debug, Clone)]
pub struct ResourceRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub place: String,
    pub condition: String,
    pub quantity: i64,
    /// `organization` or `person`.
    pub steward_kind: String,
    pub steward_id: String,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: String,
    pub approval_required: bool,
    pub created_by: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_resources)]
pub struct ThingRow {
    pub id: String,
    pub kind: String,
    pub name: String,
    pub description: String,
    pub place: String,
    pub condition: String,
    pub quantity: i64,
    pub steward_kind: String,
    pub steward_id: String,
    pub created_by: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_policies)]
pub struct PolicyRow {
    pub resource_id: String,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub horizon_days: i64,
    pub buffer_minutes: i64,
    pub borrowers: String,
    pub approval_required: bool,
}

fn joined((t, p): (ThingRow, PolicyRow)) -> ResourceRow {
    ResourceRow {
        id: t.id,
        kind: t.kind,
        name: t.name,
        description: t.description,
        place: t.place,
        condition: t.condition,
        quantity: t.quantity,
        steward_kind: t.steward_kind,
        steward_id: t.steward_id,
        min_minutes: p.min_minutes,
        max_minutes: p.max_minutes,
        horizon_days: p.horizon_days,
        buffer_minutes: p.buffer_minutes,
        borrowers: p.borrowers,
        approval_required: p.approval_required,
        created_by: t.created_by,
        created_at: t.created_at,
        retired_at: t.retired_at,
    }
}

/// A reservation as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_reservations)]
pub struct ReservationRow {
    pub id: String,
    pub resource_id: String,
    pub borrower_id: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    /// `ends_at` plus the buffer the resource had when it was booked.
    pub held_until: i64,
    pub state: String,
    pub created_at: i64,
    pub checked_out_at: Option<i64>,
    pub out_note: String,
    pub returned_at: Option<i64>,
    pub return_note: String,
    pub cancelled_at: Option<i64>,
}

/// Serializes the writers that book one resource until the transaction ends.
pub fn lock_resource(conn: &mut DbConn, id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("resource:{id}"))
}

pub fn insert_resource(conn: &mut DbConn, r: &ResourceRow) -> Result<(), AppError> {
    let r = r.clone();
    diesel::insert_into(lending_resources::table)
        .values(ThingRow {
            id: r.id.clone(),
            kind: r.kind,
            name: r.name,
            description: r.description,
            place: r.place,
            condition: r.condition,
            quantity: r.quantity,
            steward_kind: r.steward_kind,
            steward_id: r.steward_id,
            created_by: r.created_by,
            created_at: r.created_at,
            retired_at: r.retired_at,
        })
        .execute(conn)?;
    diesel::insert_into(lending_policies::table)
        .values(PolicyRow {
            resource_id: r.id,
            min_minutes: r.min_minutes,
            max_minutes: r.max_minutes,
            horizon_days: r.horizon_days,
            buffer_minutes: r.buffer_minutes,
            borrowers: r.borrowers,
            approval_required: r.approval_required,
        })
        .execute(conn)?;
    Ok(())
}

pub fn resource(conn: &mut DbConn, id: &str) -> Result<Option<ResourceRow>, AppError> {
    Ok(lending_resources::table
        .inner_join(lending_policies::table)
        .filter(lending_resources::id.eq(id))
        .select((ThingRow::as_select(), PolicyRow::as_select()))
        .first(conn)
        .optional()?
        .map(joined))
}

/// Marks a resource retired; false when it was already.
pub fn retire(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let n = diesel::update(
        lending_resources::table
            .filter(lending_resources::id.eq(id))
            .filter(lending_resources::retired_at.is_null()),
    )
    .set(lending_resources::retired_at.eq(now))
    .execute(conn)?;
    Ok(n == 1)
}

/// Resources by name then id, after `(name, id)` when given; a text matched in name,
/// description or place, and a kind, when given. Retired ones are left out.
pub fn resources(
    conn: &mut DbConn,
    search: Option<&str>,
    kind: Option<&str>,
    after: Option<(String, String)>,
    limit: i64,
) -> Result<Vec<ResourceRow>, AppError> {
    let mut q = lending_resources::table
        .inner_join(lending_policies::table)
        .filter(lending_resources::retired_at.is_null())
        .select((ThingRow::as_select(), PolicyRow::as_select()))
        .into_boxed();
    if let Some(k) = kind {
        q = q.filter(lending_resources::kind.eq(k.to_string()));
    }
    if let Some(s) = search {
        let p = crate::db::contains(s);
        q = q.filter(
            lower(lending_resources::name)
                .like(p.clone())
                .escape('\\')
                .or(lower(lending_resources::description)
                    .like(p.clone())
                    .escape('\\'))
                .or(lower(lending_resources::place).like(p).escape('\\')),
        );
    }
    if let Some((name, id)) = after {
        q = q.filter(
            lending_resources::name
                .gt(name.clone())
                .or(lending_resources::name
                    .eq(name)
                    .and(lending_resources::id.gt(id))),
        );
    }
    let rows: Vec<(ThingRow, PolicyRow)> = q
        .order((lending_resources::name.asc(), lending_resources::id.asc()))
        .limit(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

/// Resources a steward (a person's id, or the ids of their organizations) keeps.
pub fn resources_of(conn: &mut DbConn, stewards: &[String]) -> Result<Vec<ResourceRow>, AppError> {
    let rows: Vec<(ThingRow, PolicyRow)> = lending_resources::table
        .inner_join(lending_policies::table)
        .filter(lending_resources::steward_id.eq_any(stewards))
        .filter(lending_resources::retired_at.is_null())
        .select((ThingRow::as_select(), PolicyRow::as_select()))
        .order(lending_resources::name.asc())
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

pub fn insert_reservation(conn: &mut DbConn, row: &ReservationRow) -> Result<(), AppError> {
    diesel::insert_into(lending_reservations::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn reservation(conn: &mut DbConn, id: &str) -> Result<Option<ReservationRow>, AppError> {
    Ok(lending_reservations::table
        .filter(lending_reservations::id.eq(id))
        .select(ReservationRow::as_select())
        .first(conn)
        .optional()?)
}

/// The reservations of a resource that hold items at some instant after `from`, and every
/// loan still out however late, oldest start first: what a new booking must fit beside.
pub fn holding_after(
    conn: &mut DbConn,
    resource_id: &str,
    from: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    Ok(lending_reservations::table
        .filter(lending_reservations::resource_id.eq(resource_id))
        .filter(lending_reservations::state.eq_any(super::model::HOLDING))
        .filter(
            lending_reservations::held_until
                .gt(from)
                .or(lending_reservations::state.eq("out")),
        )
        .select(ReservationRow::as_select())
        .order((
            lending_reservations::starts_at.asc(),
            lending_reservations::id.asc(),
        ))
        .load(conn)?)
}

/// Every reservation of a resource that is not cancelled and ends after `from` (or is
/// still out), by start: its calendar.
pub fn calendar(
    conn: &mut DbConn,
    resource_id: &str,
    from: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    Ok(lending_reservations::table
        .filter(lending_reservations::resource_id.eq(resource_id))
        .filter(lending_reservations::state.ne("cancelled"))
        .filter(
            lending_reservations::ends_at
                .gt(from)
                .or(lending_reservations::state.eq("out")),
        )
        .select(ReservationRow::as_select())
        .order((
            lending_reservations::starts_at.asc(),
            lending_reservations::id.asc(),
        ))
        .load(conn)?)
}

/// A person's reservations, latest start first.
pub fn of_borrower(
    conn: &mut DbConn,
    borrower_id: &str,
    limit: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    Ok(lending_reservations::table
        .filter(lending_reservations::borrower_id.eq(borrower_id))
        .select(ReservationRow::as_select())
        .order((
            lending_reservations::starts_at.desc(),
            lending_reservations::id.desc(),
        ))
        .limit(limit)
        .load(conn)?)
}

/// Reservations of these resources a steward's day `[from, until)` needs, by start:
/// confirmed ones under way that day (to hand over), pending ones not yet over (to
/// approve), and loans out that end before the day does (to take back, or overdue).
pub fn desk(
    conn: &mut DbConn,
    resource_ids: &[String],
    from: i64,
    until: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    use lending_reservations as r;
    Ok(r::table
        .filter(r::resource_id.eq_any(resource_ids))
        .filter(
            r::state
                .eq("confirmed")
                .and(r::starts_at.lt(until))
                .and(r::ends_at.gt(from))
                .or(r::state.eq("pending").and(r::ends_at.gt(from)))
                .or(r::state.eq("out").and(r::ends_at.lt(until))),
        )
        .select(ReservationRow::as_select())
        .order((r::starts_at.asc(), r::id.asc()))
        .load(conn)?)
}

/// Moves a reservation from `from` to `to` with the fields of the move; false when it is
/// no longer in `from`.
pub fn move_state(
    conn: &mut DbConn,
    id: &str,
    from: &str,
    to: &str,
    now: i64,
    note: &str,
) -> Result<bool, AppError> {
    use lending_reservations as r;
    let target = r::table.filter(r::id.eq(id)).filter(r::state.eq(from));
    let n = match to {
        "out" => diesel::update(target)
            .set((
                r::state.eq(to),
                r::checked_out_at.eq(now),
                r::out_note.eq(note),
            ))
            .execute(conn)?,
        "returned" => diesel::update(target)
            .set((
                r::state.eq(to),
                r::returned_at.eq(now),
                r::return_note.eq(note),
            ))
            .execute(conn)?,
        "cancelled" => diesel::update(target)
            .set((r::state.eq(to), r::cancelled_at.eq(now)))
            .execute(conn)?,
        _ => diesel::update(target).set(r::state.eq(to)).execute(conn)?,
    };
    Ok(n == 1)
}

/// Every resource (with its policy) and every reservation, by id, for the export.
pub fn all(conn: &mut DbConn) -> Result<(Vec<ResourceRow>, Vec<ReservationRow>), AppError> {
    let res: Vec<(ThingRow, PolicyRow)> = lending_resources::table
        .inner_join(lending_policies::table)
        .select((ThingRow::as_select(), PolicyRow::as_select()))
        .order(lending_resources::id.asc())
        .load(conn)?;
    let res = res.into_iter().map(joined).collect();
    let rsv = lending_reservations::table
        .select(ReservationRow::as_select())
        .order(lending_reservations::id.asc())
        .load(conn)?;
    Ok((res, rsv))
}
