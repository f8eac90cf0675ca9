//! Queries for lending: resources and their reservations. The rule that spans rows — a
//! pool is never booked past its size — is held by the flows in `service` under
//! `lock_resource`, taken before the holds are read; state moves are guarded writes that
//! touch no row when the reservation moved meanwhile.

pub mod kits;
pub mod money;
pub mod offers;
pub mod photos;

use crate::db::schema::{
    lending_blocks, lending_class_trainings, lending_feed_tokens, lending_maintenance_plans,
    lending_notices, lending_policies, lending_policy_terms, lending_reservations,
    lending_resources, lending_rules, lending_trainings,
};
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
    pub training_required: bool,
    pub created_by: String,
    pub created_at: i64,
    pub retired_at: Option<i64>,
    /// Opening hours, limits per person and pickup time (defaults without a row).
    pub rules: super::model::Rules,
    /// Minutes of notice a booking needs (0: none; no row: 0).
    pub lead_minutes: i64,
    /// Its money terms (no row: free).
    pub money: super::fees::Terms,
}

/// A resource's terms beyond the policy as stored (a row only once a steward set some).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_policy_terms)]
pub struct TermsRow {
    pub resource_id: String,
    pub lead_minutes: i64,
    /// The money terms' ISO 4217 currency; amounts in its minor units.
    pub currency: String,
    pub deposit: i64,
    /// `free`, `per_loan`, `per_day` or `pay_what_you_can`.
    pub fee_mode: String,
    pub fee: i64,
    pub late_fee_per_day: i64,
}

impl TermsRow {
    /// The row that keeps `lead_minutes` and `money` for resource `resource_id`.
    pub fn of(resource_id: &str, lead_minutes: i64, money: &super::fees::Terms) -> TermsRow {
        TermsRow {
            resource_id: resource_id.to_string(),
            lead_minutes,
            currency: money.currency.clone(),
            deposit: money.deposit,
            fee_mode: money.mode.as_str().to_string(),
            fee: money.fee,
            late_fee_per_day: money.late_fee_per_day,
        }
    }

    pub fn money(&self) -> super::fees::Terms {
        super::fees::Terms {
            currency: self.currency.clone(),
            deposit: self.deposit,
            mode: super::fees::FeeMode::parse(&self.fee_mode).unwrap_or_default(),
            fee: self.fee,
            late_fee_per_day: self.late_fee_per_day,
        }
    }
}

/// Every resource's terms that were set, by resource (for the export).
pub fn all_terms(conn: &mut DbConn) -> Result<Vec<TermsRow>, AppError> {
    use lending_policy_terms as t;
    Ok(t::table
        .select(TermsRow::as_select())
        .order(t::resource_id.asc())
        .load(conn)?)
}

/// Writes a resource's terms, replacing those it had.
pub fn put_terms(conn: &mut DbConn, r: &TermsRow) -> Result<(), AppError> {
    use lending_policy_terms as t;
    diesel::delete(t::table.filter(t::resource_id.eq(&r.resource_id))).execute(conn)?;
    diesel::insert_into(t::table)
        .values(r.clone())
        .execute(conn)?;
    Ok(())
}

/// A resource's rules as stored (a row only once a steward set some).
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_rules)]
pub struct RulesRow {
    pub resource_id: String,
    pub opening_hours: String,
    pub hours_zone: String,
    pub max_items: Option<i64>,
    pub max_days_month: Option<i64>,
    pub max_unconfirmed: Option<i64>,
    pub pickup_hours: i64,
    pub desk_hours: String,
}

impl RulesRow {
    pub fn rules(&self) -> super::model::Rules {
        super::model::Rules {
            hours: super::model::Hours::parse(&self.opening_hours).unwrap_or_default(),
            desk: super::model::Hours::parse(&self.desk_hours).unwrap_or_default(),
            zone: self.hours_zone.clone(),
            max_items: self.max_items,
            max_days_month: self.max_days_month,
            max_unconfirmed: self.max_unconfirmed,
            pickup_hours: self.pickup_hours,
        }
    }
}

/// Writes a resource's rules, replacing those it had.
pub fn put_rules(conn: &mut DbConn, r: &RulesRow) -> Result<(), AppError> {
    use lending_rules as t;
    diesel::delete(t::table.filter(t::resource_id.eq(&r.resource_id))).execute(conn)?;
    diesel::insert_into(t::table)
        .values(r.clone())
        .execute(conn)?;
    Ok(())
}

/// What a person holds or held at a steward's library, for the limits: their
/// reservations not cancelled at any of its resources that end after `from`.
pub fn held_at_steward(
    conn: &mut DbConn,
    steward_id: &str,
    borrower_id: &str,
    from: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    use lending_reservations as r;
    let ids: Vec<String> = lending_resources::table
        .filter(lending_resources::steward_id.eq(steward_id))
        .select(lending_resources::id)
        .load(conn)?;
    by_chunks(&ids, |chunk| {
        Ok(r::table
            .filter(r::borrower_id.eq(borrower_id))
            .filter(r::resource_id.eq_any(chunk))
            .filter(r::ends_at.gt(from).or(r::state.eq("out")))
            .filter(r::state.ne("cancelled"))
            .select(ReservationRow::as_select())
            .load(conn)?)
    })
}

/// `load` run over `ids` 500 at a time (what an engine binds at once in one `IN`
/// list), the rows gathered.
fn by_chunks<T>(
    ids: &[String],
    mut load: impl FnMut(&[String]) -> Result<Vec<T>, AppError>,
) -> Result<Vec<T>, AppError> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(load(chunk)?);
    }
    Ok(out)
}

/// Serializes the writers that book for one person (whose limits span resources) until
/// the transaction ends. Taken after the resource's lock, never before.
pub fn lock_borrower(conn: &mut DbConn, person_id: &str) -> Result<(), AppError> {
    crate::db::lock_key(conn, &format!("borrower:{person_id}"))
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
    pub training_required: bool,
}

type Joined = (ThingRow, PolicyRow, Option<RulesRow>, Option<TermsRow>);

fn joined((t, p, rules, terms): Joined) -> ResourceRow {
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
        training_required: p.training_required,
        created_by: t.created_by,
        created_at: t.created_at,
        retired_at: t.retired_at,
        rules: rules.map(|r| r.rules()).unwrap_or_default(),
        lead_minutes: terms.as_ref().map_or(0, |x| x.lead_minutes),
        money: terms.map(|x| x.money()).unwrap_or_default(),
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
            training_required: r.training_required,
        })
        .execute(conn)?;
    Ok(())
}

pub fn resource(conn: &mut DbConn, id: &str) -> Result<Option<ResourceRow>, AppError> {
    Ok(lending_resources::table
        .inner_join(lending_policies::table)
        .left_join(lending_rules::table)
        .left_join(lending_policy_terms::table)
        .filter(lending_resources::id.eq(id))
        .select((
            ThingRow::as_select(),
            PolicyRow::as_select(),
            Option::<RulesRow>::as_select(),
            Option::<TermsRow>::as_select(),
        ))
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
        .left_join(lending_rules::table)
        .left_join(lending_policy_terms::table)
        .filter(lending_resources::retired_at.is_null())
        .select((
            ThingRow::as_select(),
            PolicyRow::as_select(),
            Option::<RulesRow>::as_select(),
            Option::<TermsRow>::as_select(),
        ))
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
    let rows: Vec<Joined> = q
        .order((lending_resources::name.asc(), lending_resources::id.asc()))
        .limit(limit)
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

/// Resources a steward (a person's id, or the ids of their organizations) keeps.
pub fn resources_of(conn: &mut DbConn, stewards: &[String]) -> Result<Vec<ResourceRow>, AppError> {
    let rows: Vec<Joined> = lending_resources::table
        .inner_join(lending_policies::table)
        .left_join(lending_rules::table)
        .left_join(lending_policy_terms::table)
        .filter(lending_resources::steward_id.eq_any(stewards))
        .filter(lending_resources::retired_at.is_null())
        .select((
            ThingRow::as_select(),
            PolicyRow::as_select(),
            Option::<RulesRow>::as_select(),
            Option::<TermsRow>::as_select(),
        ))
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

/// A person's reservations for their own calendar: every one, cancelled ones included (a
/// reader then takes them off), that ends after `from` or is still out, by start.
pub fn calendar_of_borrower(
    conn: &mut DbConn,
    borrower_id: &str,
    from: i64,
    limit: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    Ok(lending_reservations::table
        .filter(lending_reservations::borrower_id.eq(borrower_id))
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
        .limit(limit)
        .load(conn)?)
}

/// Makes or replaces a person's calendar token by the one whose SHA-256 is `hash`, in one
/// statement, so that two replacements at once leave one of them and no error.
pub fn set_feed_token(
    conn: &mut DbConn,
    person_id: &str,
    hash: &str,
    now: i64,
) -> Result<(), AppError> {
    crate::db::native!(conn, |c| diesel::insert_into(lending_feed_tokens::table)
        .values((
            lending_feed_tokens::person_id.eq(person_id),
            lending_feed_tokens::token_hash.eq(hash),
            lending_feed_tokens::created_at.eq(now),
        ))
        .on_conflict(lending_feed_tokens::person_id)
        .do_update()
        .set((
            lending_feed_tokens::token_hash.eq(hash),
            lending_feed_tokens::created_at.eq(now),
        ))
        .execute(c))?;
    Ok(())
}

/// Forgets a person's calendar token; whether there was one.
pub fn drop_feed_token(conn: &mut DbConn, person_id: &str) -> Result<bool, AppError> {
    Ok(diesel::delete(
        lending_feed_tokens::table.filter(lending_feed_tokens::person_id.eq(person_id)),
    )
    .execute(conn)?
        > 0)
}

/// When a person's calendar token was made, if they have one.
pub fn feed_token_made(conn: &mut DbConn, person_id: &str) -> Result<Option<i64>, AppError> {
    Ok(lending_feed_tokens::table
        .filter(lending_feed_tokens::person_id.eq(person_id))
        .select(lending_feed_tokens::created_at)
        .first(conn)
        .optional()?)
}

/// The person whose calendar token hashes to `hash`.
pub fn feed_owner(conn: &mut DbConn, hash: &str) -> Result<Option<String>, AppError> {
    Ok(lending_feed_tokens::table
        .filter(lending_feed_tokens::token_hash.eq(hash))
        .select(lending_feed_tokens::person_id)
        .first(conn)
        .optional()?)
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
    let res: Vec<Joined> = lending_resources::table
        .inner_join(lending_policies::table)
        .left_join(lending_rules::table)
        .left_join(lending_policy_terms::table)
        .select((
            ThingRow::as_select(),
            PolicyRow::as_select(),
            Option::<RulesRow>::as_select(),
            Option::<TermsRow>::as_select(),
        ))
        .order(lending_resources::id.asc())
        .load(conn)?;
    let res = res.into_iter().map(joined).collect();
    let rsv = lending_reservations::table
        .select(ReservationRow::as_select())
        .order(lending_reservations::id.asc())
        .load(conn)?;
    Ok((res, rsv))
}

/// A maintenance block or a breakdown, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_blocks)]
pub struct BlockRow {
    pub id: String,
    pub resource_id: String,
    /// `maintenance` or `breakdown`.
    pub kind: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub reason: String,
    pub created_by: String,
    pub created_at: i64,
    pub ended_at: Option<i64>,
}

pub fn insert_block(conn: &mut DbConn, b: &BlockRow) -> Result<(), AppError> {
    diesel::insert_into(lending_blocks::table)
        .values(b.clone())
        .execute(conn)?;
    Ok(())
}

pub fn block(conn: &mut DbConn, id: &str) -> Result<Option<BlockRow>, AppError> {
    Ok(lending_blocks::table
        .filter(lending_blocks::id.eq(id))
        .select(BlockRow::as_select())
        .first(conn)
        .optional()?)
}

/// The blocks of a resource that hold items at some instant after `from`, by start.
pub fn blocks_after(
    conn: &mut DbConn,
    resource_id: &str,
    from: i64,
) -> Result<Vec<BlockRow>, AppError> {
    use lending_blocks as b;
    Ok(b::table
        .filter(b::resource_id.eq(resource_id))
        .filter(b::ends_at.gt(from))
        .filter(b::ends_at.gt(b::starts_at))
        .select(BlockRow::as_select())
        .order((b::starts_at.asc(), b::id.asc()))
        .load(conn)?)
}

/// Ends a block at `now` (cut to its start when it had not begun); false when it had
/// ended already.
pub fn end_block(conn: &mut DbConn, b: &BlockRow, now: i64) -> Result<bool, AppError> {
    use lending_blocks as t;
    let end = now.clamp(b.starts_at, b.ends_at);
    let n = diesel::update(
        t::table
            .filter(t::id.eq(&b.id))
            .filter(t::ended_at.is_null()),
    )
    .set((t::ends_at.eq(end), t::ended_at.eq(now)))
    .execute(conn)?;
    Ok(n == 1)
}

/// Moves a reservation still in `state` to a new interval; false when it moved meanwhile.
pub fn reschedule(
    conn: &mut DbConn,
    id: &str,
    state: &str,
    (starts_at, ends_at, held_until): (i64, i64, i64),
) -> Result<bool, AppError> {
    use lending_reservations as r;
    let n = diesel::update(r::table.filter(r::id.eq(id)).filter(r::state.eq(state)))
        .set((
            r::starts_at.eq(starts_at),
            r::ends_at.eq(ends_at),
            r::held_until.eq(held_until),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

/// A resource's maintenance plan, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_maintenance_plans)]
pub struct PlanRow {
    pub resource_id: String,
    pub every_days: Option<i64>,
    pub every_uses: Option<i64>,
    pub minutes: i64,
    pub uses: i64,
    pub last_at: i64,
}

pub fn plan(conn: &mut DbConn, resource_id: &str) -> Result<Option<PlanRow>, AppError> {
    Ok(lending_maintenance_plans::table
        .filter(lending_maintenance_plans::resource_id.eq(resource_id))
        .select(PlanRow::as_select())
        .first(conn)
        .optional()?)
}

/// Sets (or replaces) a resource's plan, counting from `p.last_at`.
pub fn put_plan(conn: &mut DbConn, p: &PlanRow) -> Result<(), AppError> {
    use lending_maintenance_plans as t;
    diesel::delete(t::table.filter(t::resource_id.eq(&p.resource_id))).execute(conn)?;
    diesel::insert_into(t::table)
        .values(p.clone())
        .execute(conn)?;
    Ok(())
}

/// Stores a plan's count of uses and when its last block was placed.
pub fn plan_counted(
    conn: &mut DbConn,
    resource_id: &str,
    uses: i64,
    last_at: i64,
) -> Result<(), AppError> {
    use lending_maintenance_plans as t;
    diesel::update(t::table.filter(t::resource_id.eq(resource_id)))
        .set((t::uses.eq(uses), t::last_at.eq(last_at)))
        .execute(conn)?;
    Ok(())
}

/// A person's training on a resource, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_trainings)]
pub struct TrainingRow {
    pub resource_id: String,
    pub person_id: String,
    pub trained_by: String,
    pub trained_at: i64,
    pub expires_at: i64,
}

/// Records a training, replacing an earlier one of the same person on the resource.
pub fn put_training(conn: &mut DbConn, t: &TrainingRow) -> Result<(), AppError> {
    use lending_trainings as x;
    diesel::delete(
        x::table
            .filter(x::resource_id.eq(&t.resource_id))
            .filter(x::person_id.eq(&t.person_id)),
    )
    .execute(conn)?;
    diesel::insert_into(x::table)
        .values(t.clone())
        .execute(conn)?;
    Ok(())
}

pub fn training(
    conn: &mut DbConn,
    resource_id: &str,
    person_id: &str,
) -> Result<Option<TrainingRow>, AppError> {
    use lending_trainings as x;
    Ok(x::table
        .filter(x::resource_id.eq(resource_id))
        .filter(x::person_id.eq(person_id))
        .select(TrainingRow::as_select())
        .first(conn)
        .optional()?)
}

/// The trainings on a resource still valid at `now`, latest expiry first.
pub fn trainings_of(
    conn: &mut DbConn,
    resource_id: &str,
    now: i64,
) -> Result<Vec<TrainingRow>, AppError> {
    use lending_trainings as x;
    Ok(x::table
        .filter(x::resource_id.eq(resource_id))
        .filter(x::expires_at.gt(now))
        .select(TrainingRow::as_select())
        .order((x::expires_at.desc(), x::person_id.asc()))
        .load(conn)?)
}

/// What a breakdown did to a reservation, told to its borrower.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_notices)]
pub struct NoticeRow {
    pub id: String,
    pub reservation_id: String,
    pub borrower_id: String,
    pub block_id: String,
    /// `moved` or `cancelled`.
    pub kind: String,
    pub was_starts_at: i64,
    pub was_ends_at: i64,
    pub created_at: i64,
}

pub fn insert_notice(conn: &mut DbConn, n: &NoticeRow) -> Result<(), AppError> {
    diesel::insert_into(lending_notices::table)
        .values(n.clone())
        .execute(conn)?;
    Ok(())
}

/// A person's notices, latest first.
pub fn notices_of(
    conn: &mut DbConn,
    borrower_id: &str,
    limit: i64,
) -> Result<Vec<NoticeRow>, AppError> {
    use lending_notices as n;
    Ok(n::table
        .filter(n::borrower_id.eq(borrower_id))
        .select(NoticeRow::as_select())
        .order((n::created_at.desc(), n::id.desc()))
        .limit(limit)
        .load(conn)?)
}

/// Resources not retired that hold at least `quantity` items, matching a text, a kind and
/// a place when given, by name: the candidates of an availability search, and what a
/// place's feed covers.
pub fn candidates(
    conn: &mut DbConn,
    search: Option<&str>,
    kind: Option<&str>,
    quantity: i64,
    place: Option<&str>,
) -> Result<Vec<ResourceRow>, AppError> {
    let mut q = lending_resources::table
        .inner_join(lending_policies::table)
        .left_join(lending_rules::table)
        .left_join(lending_policy_terms::table)
        .filter(lending_resources::retired_at.is_null())
        .filter(lending_resources::quantity.ge(quantity))
        .select((
            ThingRow::as_select(),
            PolicyRow::as_select(),
            Option::<RulesRow>::as_select(),
            Option::<TermsRow>::as_select(),
        ))
        .into_boxed();
    if let Some(k) = kind {
        q = q.filter(lending_resources::kind.eq(k.to_string()));
    }
    if let Some(place) = place {
        // The place as resources write it, ignoring case and the spaces around it.
        q = q.filter(lower(lending_resources::place).eq(place.trim().to_lowercase()));
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
    let rows: Vec<Joined> = q
        .order((lending_resources::name.asc(), lending_resources::id.asc()))
        .load(conn)?;
    Ok(rows.into_iter().map(joined).collect())
}

/// For an availability search over `[from, until)`: the holding reservations of these
/// resources that overlap it, and the loans still out however late, in two queries per
/// 500 resources. The first walks the `(resource_id, held_until, starts_at, state)` index
/// from `from` on and keeps only the rows starting before `until` without reading the
/// table for the others; the second reads the small index of loans out.
pub fn holding_over(
    conn: &mut DbConn,
    ids: &[String],
    from: i64,
    until: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    use lending_reservations as r;
    by_chunks(ids, |chunk| {
        let mut rows: Vec<ReservationRow> = r::table
            .filter(r::resource_id.eq_any(chunk))
            .filter(r::held_until.gt(from))
            .filter(r::starts_at.lt(until))
            .filter(r::state.eq_any(super::model::HOLDING))
            .select(ReservationRow::as_select())
            .load(conn)?;
        // Loans out past their due time hold on until returned: those not read above.
        rows.extend(
            r::table
                .filter(r::resource_id.eq_any(chunk))
                .filter(r::state.eq("out"))
                .filter(r::held_until.le(from))
                .filter(r::starts_at.lt(until))
                .select(ReservationRow::as_select())
                .load::<ReservationRow>(conn)?,
        );
        Ok(rows)
    })
}

/// The blocks of these resources that overlap `[from, until)`.
pub fn blocks_over(
    conn: &mut DbConn,
    ids: &[String],
    from: i64,
    until: i64,
) -> Result<Vec<BlockRow>, AppError> {
    use lending_blocks as b;
    by_chunks(ids, |chunk| {
        Ok(b::table
            .filter(b::resource_id.eq_any(chunk))
            .filter(b::ends_at.gt(from))
            .filter(b::starts_at.lt(until))
            .filter(b::ends_at.gt(b::starts_at))
            .select(BlockRow::as_select())
            .load(conn)?)
    })
}

/// Every block, by id, for the export.
pub fn all_blocks(conn: &mut DbConn) -> Result<Vec<BlockRow>, AppError> {
    Ok(lending_blocks::table
        .select(BlockRow::as_select())
        .order(lending_blocks::id.asc())
        .load(conn)?)
}

/// Sets what a resource is called and says, and where it is.
pub fn describe_resource(
    conn: &mut DbConn,
    id: &str,
    name: &str,
    description: &str,
    place: &str,
) -> Result<(), AppError> {
    use lending_resources as t;
    diesel::update(t::table.filter(t::id.eq(id)))
        .set((
            t::name.eq(name),
            t::description.eq(description),
            t::place.eq(place),
        ))
        .execute(conn)?;
    Ok(())
}

/// Replaces a resource's policy.
pub fn update_policy(conn: &mut DbConn, p: &PolicyRow) -> Result<(), AppError> {
    use lending_policies as t;
    diesel::update(t::table.filter(t::resource_id.eq(&p.resource_id)))
        .set((
            t::min_minutes.eq(p.min_minutes),
            t::max_minutes.eq(p.max_minutes),
            t::horizon_days.eq(p.horizon_days),
            t::buffer_minutes.eq(p.buffer_minutes),
            t::borrowers.eq(&p.borrowers),
            t::approval_required.eq(p.approval_required),
            t::training_required.eq(p.training_required),
        ))
        .execute(conn)?;
    Ok(())
}

/// A person's training on a class of resources: every resource of a kind a steward lends.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = lending_class_trainings)]
pub struct ClassTrainingRow {
    pub steward_id: String,
    pub kind: String,
    pub person_id: String,
    pub trained_by: String,
    pub trained_at: i64,
    pub expires_at: i64,
}

/// Records a class training, replacing an earlier one of the same person.
pub fn put_class_training(conn: &mut DbConn, t: &ClassTrainingRow) -> Result<(), AppError> {
    use lending_class_trainings as x;
    diesel::delete(
        x::table
            .filter(x::steward_id.eq(&t.steward_id))
            .filter(x::kind.eq(&t.kind))
            .filter(x::person_id.eq(&t.person_id)),
    )
    .execute(conn)?;
    diesel::insert_into(x::table)
        .values(t.clone())
        .execute(conn)?;
    Ok(())
}

/// A person's class training on the resources of `kind` that `steward_id` lends.
pub fn class_training(
    conn: &mut DbConn,
    steward_id: &str,
    kind: &str,
    person_id: &str,
) -> Result<Option<ClassTrainingRow>, AppError> {
    use lending_class_trainings as x;
    Ok(x::table
        .filter(x::steward_id.eq(steward_id))
        .filter(x::kind.eq(kind))
        .filter(x::person_id.eq(person_id))
        .select(ClassTrainingRow::as_select())
        .first(conn)
        .optional()?)
}

/// The class trainings on the resources of `kind` that `steward_id` lends, still valid.
pub fn class_trainings_of(
    conn: &mut DbConn,
    steward_id: &str,
    kind: &str,
    now: i64,
) -> Result<Vec<ClassTrainingRow>, AppError> {
    use lending_class_trainings as x;
    Ok(x::table
        .filter(x::steward_id.eq(steward_id))
        .filter(x::kind.eq(kind))
        .filter(x::expires_at.gt(now))
        .select(ClassTrainingRow::as_select())
        .order((x::expires_at.desc(), x::person_id.asc()))
        .load(conn)?)
}

/// A place on a resource's waiting list, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::lending_waits)]
pub struct WaitRow {
    pub id: String,
    pub resource_id: String,
    pub person_id: String,
    pub quantity: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub created_at: i64,
    /// `waiting`, `offered`, `taken`, `lapsed` or `left`.
    pub state: String,
    /// The hold offered (a reservation in state `offered`, then taken or cancelled).
    pub reservation_id: Option<String>,
    pub offered_at: Option<i64>,
    pub pickup_by: Option<i64>,
    pub ended_at: Option<i64>,
}

pub fn insert_wait(conn: &mut DbConn, w: &WaitRow) -> Result<(), AppError> {
    diesel::insert_into(crate::db::schema::lending_waits::table)
        .values(w.clone())
        .execute(conn)?;
    Ok(())
}

pub fn wait(conn: &mut DbConn, id: &str) -> Result<Option<WaitRow>, AppError> {
    use crate::db::schema::lending_waits as w;
    Ok(w::table
        .filter(w::id.eq(id))
        .select(WaitRow::as_select())
        .first(conn)
        .optional()?)
}

/// A resource's waiting list: those still waiting, first come first.
pub fn waiting(conn: &mut DbConn, resource_id: &str) -> Result<Vec<WaitRow>, AppError> {
    use crate::db::schema::lending_waits as w;
    Ok(w::table
        .filter(w::resource_id.eq(resource_id))
        .filter(w::state.eq("waiting"))
        .select(WaitRow::as_select())
        .order((w::created_at.asc(), w::id.asc()))
        .load(conn)?)
}

/// A person's places on waiting lists, latest first.
pub fn waits_of(conn: &mut DbConn, person_id: &str, limit: i64) -> Result<Vec<WaitRow>, AppError> {
    use crate::db::schema::lending_waits as w;
    Ok(w::table
        .filter(w::person_id.eq(person_id))
        .select(WaitRow::as_select())
        .order((w::created_at.desc(), w::id.desc()))
        .limit(limit)
        .load(conn)?)
}

/// Offers whose pickup time has passed, oldest first, at most `limit`.
pub fn lapsed_offers(conn: &mut DbConn, now: i64, limit: i64) -> Result<Vec<WaitRow>, AppError> {
    use crate::db::schema::lending_waits as w;
    Ok(w::table
        .filter(w::state.eq("offered"))
        .filter(w::pickup_by.le(now))
        .select(WaitRow::as_select())
        .order((w::pickup_by.asc(), w::id.asc()))
        .limit(limit)
        .load(conn)?)
}

/// Moves a place on a waiting list from `from` to `to` (an offer with its hold and
/// pickup time; an end with its time); false when it moved meanwhile.
pub fn move_wait(
    conn: &mut DbConn,
    id: &str,
    from: &str,
    to: &str,
    offer: Option<(&str, i64)>,
    now: i64,
) -> Result<bool, AppError> {
    use crate::db::schema::lending_waits as w;
    let target = w::table.filter(w::id.eq(id)).filter(w::state.eq(from));
    let n = match offer {
        Some((reservation, pickup_by)) => diesel::update(target)
            .set((
                w::state.eq(to),
                w::reservation_id.eq(reservation),
                w::offered_at.eq(now),
                w::pickup_by.eq(pickup_by),
            ))
            .execute(conn)?,
        None => diesel::update(target)
            .set((w::state.eq(to), w::ended_at.eq(now)))
            .execute(conn)?,
    };
    Ok(n == 1)
}

/// A library's savings factor for one class, as stored.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = crate::db::schema::lending_savings_factors)]
pub struct FactorRow {
    pub steward_id: String,
    pub kind: String,
    /// Purchases a hundred loans of the class stand for; absent on a vehicle row that sets
    /// the cars shed alone.
    pub purchases_per_100: Option<i64>,
    /// Private cars one shared vehicle sheds (the `vehicle` row only; absent when not set).
    pub cars_shed: Option<i64>,
    pub set_by: String,
    pub set_at: i64,
}

/// The factors the libraries `stewards` set (every library's when `None`, and the
/// territory's defaults under the id `territory`), by library then class.
pub fn factors(conn: &mut DbConn, stewards: Option<&[String]>) -> Result<Vec<FactorRow>, AppError> {
    use crate::db::schema::lending_savings_factors as f;
    let mut q = f::table.select(FactorRow::as_select()).into_boxed();
    if let Some(ids) = stewards {
        q = q.filter(f::steward_id.eq_any(ids.to_vec()));
    }
    Ok(q.order((f::steward_id.asc(), f::kind.asc())).load(conn)?)
}

/// Replaces a library's factors with `rows`.
pub fn put_factors(
    conn: &mut DbConn,
    steward_id: &str,
    rows: &[FactorRow],
) -> Result<(), AppError> {
    use crate::db::schema::lending_savings_factors as f;
    diesel::delete(f::table.filter(f::steward_id.eq(steward_id))).execute(conn)?;
    for r in rows {
        diesel::insert_into(f::table)
            .values(r.clone())
            .execute(conn)?;
    }
    Ok(())
}

/// Every resource, retired ones too, of the library `steward_id` (of every library when
/// `None`) that existed before `until` and was not retired before `from`: what a savings
/// period counts.
pub fn things_over(
    conn: &mut DbConn,
    steward_id: Option<&str>,
    from: i64,
    until: i64,
) -> Result<Vec<ThingRow>, AppError> {
    use lending_resources as r;
    let mut q = r::table
        .filter(r::created_at.lt(until))
        .filter(r::retired_at.is_null().or(r::retired_at.gt(from)))
        .select(ThingRow::as_select())
        .into_boxed();
    if let Some(s) = steward_id {
        q = q.filter(r::steward_id.eq(s.to_string()));
    }
    Ok(q.order((r::steward_id.asc(), r::id.asc())).load(conn)?)
}

/// The loans (reservations handed over: out or returned) of these resources that were
/// out at some instant of `[from, until)`.
pub fn loans_over(
    conn: &mut DbConn,
    ids: &[String],
    from: i64,
    until: i64,
) -> Result<Vec<ReservationRow>, AppError> {
    use lending_reservations as r;
    by_chunks(ids, |chunk| {
        Ok(r::table
            .filter(r::resource_id.eq_any(chunk))
            .filter(r::state.eq_any(["out", "returned"]))
            .filter(r::checked_out_at.lt(until))
            .filter(r::returned_at.is_null().or(r::returned_at.gt(from)))
            .select(ReservationRow::as_select())
            .load(conn)?)
    })
}

/// The places on these resources' waiting lists joined before `until` that were offered
/// at or after `from`, or never.
pub fn waits_over(
    conn: &mut DbConn,
    ids: &[String],
    from: i64,
    until: i64,
) -> Result<Vec<WaitRow>, AppError> {
    use crate::db::schema::lending_waits as w;
    by_chunks(ids, |chunk| {
        Ok(w::table
            .filter(w::resource_id.eq_any(chunk))
            .filter(w::created_at.lt(until))
            .filter(w::offered_at.is_null().or(w::offered_at.ge(from)))
            .select(WaitRow::as_select())
            .load(conn)?)
    })
}
