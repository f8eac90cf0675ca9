//! Queries for the money of loans, a room of lending's store: the quote each reservation
//! was booked with (when its resource asked for money), its late fee once returned, and
//! the numbers of the ledger transactions that booked them. Written only inside the
//! booking, check-out and return flows, under the resource's lock.

use crate::db::DbConn;
use crate::db::schema::lending_reservation_money;
use crate::error::AppError;
use diesel::prelude::*;

/// A reservation's money, as stored (amounts in the currency's minor units).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable, serde::Serialize)]
#[diesel(table_name = lending_reservation_money)]
pub struct LoanMoneyRow {
    pub reservation_id: String,
    pub currency: String,
    pub fee: i64,
    pub deposit: i64,
    pub late_fee_per_day: i64,
    /// Filled at the return (0 when on time).
    pub late_fee: Option<i64>,
    /// The handle of the steward's treasury the entries went to, if any.
    pub treasury: Option<String>,
    pub fee_entry: Option<i64>,
    pub deposit_entry: Option<i64>,
    pub deposit_back_entry: Option<i64>,
    pub late_fee_entry: Option<i64>,
}

pub fn insert(conn: &mut DbConn, row: &LoanMoneyRow) -> Result<(), AppError> {
    diesel::insert_into(lending_reservation_money::table)
        .values(row.clone())
        .execute(conn)?;
    Ok(())
}

pub fn of(conn: &mut DbConn, reservation_id: &str) -> Result<Option<LoanMoneyRow>, AppError> {
    Ok(lending_reservation_money::table
        .find(reservation_id)
        .select(LoanMoneyRow::as_select())
        .first(conn)
        .optional()?)
}

/// Writes what changed on a reservation's money (the entries, the late fee).
pub fn update(conn: &mut DbConn, row: &LoanMoneyRow) -> Result<(), AppError> {
    use lending_reservation_money as t;
    diesel::update(t::table.find(&row.reservation_id))
        .set((
            t::late_fee.eq(row.late_fee),
            t::treasury.eq(&row.treasury),
            t::fee_entry.eq(row.fee_entry),
            t::deposit_entry.eq(row.deposit_entry),
            t::deposit_back_entry.eq(row.deposit_back_entry),
            t::late_fee_entry.eq(row.late_fee_entry),
        ))
        .execute(conn)?;
    Ok(())
}

/// Every reservation's money, by reservation (for the export).
pub fn all(conn: &mut DbConn) -> Result<Vec<LoanMoneyRow>, AppError> {
    Ok(lending_reservation_money::table
        .order(lending_reservation_money::reservation_id.asc())
        .select(LoanMoneyRow::as_select())
        .load(conn)?)
}
