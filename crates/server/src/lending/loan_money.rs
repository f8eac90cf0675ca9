//! The money of a loan, inside the booking, check-out and return flows (and in their
//! transaction): the quote kept with a reservation when its resource asks for money,
//! the late fee recorded at the return, and — where the resource's steward (person,
//! organization or commons) keeps a treasury — their ledger entries:
//!
//! - the fee becomes owed at check-out, the late fee at the return: income of category
//!   `lending_fee` from the borrower's external account (`borrowers:<handle>`) into the
//!   receivable `receivable:lending`, as the ledger books what another domain's rule
//!   makes owed (settled later by a steward when it is paid);
//! - the deposit is booked at check-out as money held for the borrower — the asset
//!   `deposits-held` against the liability `deposits:<handle>` — and the exact reverse
//!   at the return. Not a ledger hold (`ledger/holds.rs`): a hold sets aside money the
//!   treasury already has, between two of its accounts, until a steward posts or voids
//!   it or it expires; a deposit is the borrower's money that comes in and must go back
//!   whole, owed to them all the while, which is what a liability says. Nor income:
//!   it never was the treasury's.
//!
//! Without a treasury the amounts stay recorded on the loan only.

use super::events::LoanMoney;
use super::fees;
use super::model::LendingError;
use super::store::money::{self as store, LoanMoneyRow};
use super::store::{ReservationRow, ResourceRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::actor::Actor;
use commonfare_value::money::Money;

/// The receivable the fees are owed in.
const RECEIVABLE: &str = "receivable:lending";
/// The asset that keeps the deposits held.
const DEPOSITS_HELD: &str = "deposits-held";

/// What a borrower chose to pay (`pay`, decimal text) on a pay-what-you-can resource,
/// read in its currency: 0 or more. `None` when not given or when the resource asks no
/// such thing (where it is ignored).
pub fn pay_of(r: &ResourceRow, pay: Option<&str>) -> Result<Option<i64>, LendingError> {
    match pay.map(str::trim) {
        Some(p) if !p.is_empty() && r.money.mode == fees::FeeMode::PayWhatYouCan => {
            Ok(Some(fees::amount("pay", p, r.money.unit())?))
        }
        _ => Ok(None),
    }
}

/// Keeps the quote of reservation `k` of `r` (booked just now), when `r` asks for money.
pub fn quote(
    conn: &mut DbConn,
    r: &ResourceRow,
    k: &ReservationRow,
    pay: Option<i64>,
) -> Result<Option<LoanMoneyRow>, AppError> {
    let t = &r.money;
    if t.all_free() {
        return Ok(None);
    }
    let fee = fees::quote(t, k.starts_at, k.ends_at, k.quantity, pay).ok_or_else(|| {
        LendingError::Money {
            field: "fee",
            given: t.number(t.fee),
            why: "large",
        }
    })?;
    let row = LoanMoneyRow {
        reservation_id: k.id.clone(),
        currency: t.currency.clone(),
        fee,
        deposit: t.deposit.saturating_mul(k.quantity),
        late_fee_per_day: t.late_fee_per_day,
        late_fee: None,
        treasury: None,
        fee_entry: None,
        deposit_entry: None,
        deposit_back_entry: None,
        late_fee_entry: None,
    };
    store::insert(conn, &row)?;
    Ok(Some(row))
}

fn terms_of(row: &LoanMoneyRow) -> fees::Terms {
    fees::Terms {
        currency: row.currency.clone(),
        ..fees::Terms::default()
    }
}

/// A loan's money as its journal events carry it.
pub fn payload(row: &LoanMoneyRow) -> LoanMoney {
    let t = terms_of(row);
    LoanMoney {
        fee: t.shown(row.fee),
        deposit: t.shown(row.deposit),
        late_fee_per_day: t.shown(row.late_fee_per_day),
        late_fee: row.late_fee.map(|l| t.shown(l)),
        treasury: row.treasury.clone(),
    }
}

/// The borrower's name in a ledger account (`borrowers:bob`): their handle when it is a
/// valid segment, written with hyphens for underscores; else the root alone.
fn account(root: &str, handle: &str) -> String {
    let segment = handle.to_ascii_lowercase().replace(['_', '.'], "-");
    let ok = segment.len() <= 40
        && segment.starts_with(|c: char| c.is_ascii_lowercase())
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        format!("{root}:{segment}")
    } else {
        root.to_string()
    }
}

fn memo(r: &ResourceRow, k: &ReservationRow, borrower: &str, what: &str) -> String {
    let name: String = r.name.chars().take(80).collect();
    format!("{what}: {name} × {} lent to @{borrower}", k.quantity)
}

fn money(row: &LoanMoneyRow, minor: i64) -> Money {
    Money::from_minor(minor, terms_of(row).unit())
}

/// At check-out: the fee becomes owed and the deposit is held, in the steward's
/// treasury when there is one. Gives the loan's money back (`None`: it asks none).
pub fn at_check_out(
    conn: &mut DbConn,
    actor: &Actor,
    r: &ResourceRow,
    k: &ReservationRow,
    borrower: &str,
) -> Result<Option<LoanMoneyRow>, AppError> {
    let Some(mut row) = store::of(conn, &k.id)? else {
        return Ok(None);
    };
    if row.fee == 0 && row.deposit == 0 {
        return Ok(Some(row));
    }
    let Some(handle) = crate::ledger::treasury_of(conn, &r.steward_kind, &r.steward_id)? else {
        return Ok(Some(row));
    };
    let reference = format!("reservation {}", k.id);
    if row.fee > 0 {
        let party = account("borrowers", borrower);
        let memo = memo(r, k, borrower, "Fee");
        let booked = crate::ledger::book_owed_to(
            conn,
            actor,
            &r.steward_kind,
            &r.steward_id,
            &crate::ledger::Owed {
                category: "lending_fee",
                amount: money(&row, row.fee),
                party: &party,
                receivable: RECEIVABLE,
                memo: &memo,
                reference: &reference,
            },
        )?;
        row.fee_entry = booked.map(|(_, n)| n);
    }
    if row.deposit > 0 {
        let liability = account("deposits", borrower);
        let memo = memo(r, k, borrower, "Deposit");
        let n = crate::ledger::book_held(
            conn,
            actor,
            &handle,
            &crate::ledger::Held {
                amount: money(&row, row.deposit),
                asset: DEPOSITS_HELD,
                liability: &liability,
                memo: &memo,
                reference: &reference,
            },
            false,
        )?;
        row.deposit_entry = Some(n);
    }
    row.treasury = Some(handle);
    store::update(conn, &row)?;
    Ok(Some(row))
}

/// At the return: the late fee (days begun past the end × the late fee per day × the
/// quantity) is recorded and, in the steward's treasury when there is one, becomes
/// owed; the deposit held there is given back.
pub fn at_return(
    conn: &mut DbConn,
    actor: &Actor,
    r: &ResourceRow,
    k: &ReservationRow,
    borrower: &str,
    now: i64,
) -> Result<Option<LoanMoneyRow>, AppError> {
    let Some(mut row) = store::of(conn, &k.id)? else {
        return Ok(None);
    };
    let returned_at = k.returned_at.unwrap_or(now);
    let late = fees::late_fee(row.late_fee_per_day, k.quantity, k.ends_at, returned_at);
    row.late_fee = Some(late);
    let reference = format!("reservation {}", k.id);
    if let (Some(handle), Some(_)) = (row.treasury.clone(), row.deposit_entry) {
        let liability = account("deposits", borrower);
        let memo = memo(r, k, borrower, "Deposit back");
        let n = crate::ledger::book_held(
            conn,
            actor,
            &handle,
            &crate::ledger::Held {
                amount: money(&row, row.deposit),
                asset: DEPOSITS_HELD,
                liability: &liability,
                memo: &memo,
                reference: &reference,
            },
            true,
        )?;
        row.deposit_back_entry = Some(n);
    }
    if late > 0 {
        let party = account("borrowers", borrower);
        let memo = memo(r, k, borrower, "Late fee");
        let booked = crate::ledger::book_owed_to(
            conn,
            actor,
            &r.steward_kind,
            &r.steward_id,
            &crate::ledger::Owed {
                category: "lending_fee",
                amount: money(&row, late),
                party: &party,
                receivable: RECEIVABLE,
                memo: &memo,
                reference: &reference,
            },
        )?;
        if let Some((handle, n)) = booked {
            row.late_fee_entry = Some(n);
            row.treasury.get_or_insert(handle);
        }
    }
    store::update(conn, &row)?;
    Ok(Some(row))
}

#[cfg(test)]
mod tests {
    use super::account;

    #[test]
    fn borrowers_name_ledger_accounts_when_they_can() {
        assert_eq!(account("borrowers", "bob"), "borrowers:bob");
        assert_eq!(account("deposits", "Ada_Lovelace"), "deposits:ada-lovelace");
        assert_eq!(account("borrowers", "9lives"), "borrowers");
    }
}
