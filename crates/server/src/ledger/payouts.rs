//! Payouts, the last step of the feedback loop: a person a treasury owes (a distribution
//! credited their liability account, `owed:<handle>`) asks for the money as an expense
//! of their own, which goes through the treasury's approval rule like any other and, when
//! paid, debits that account instead of a supplier's. Under the treasury's lock, what
//! payouts still in the flow claim never exceeds what is owed, so two requests at once
//! cannot claim the same money twice; paying checks it again.

use super::expenses::{self, NewExpense, above_owed, owed_on};
use super::model;
use super::store::{self, ExpenseRow, TreasuryRow};
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::web::actor::Actor;

/// A person's request to be paid what a treasury owes them.
pub struct PayoutRequest<'a> {
    /// The amount, in the account's unit; all that is owed and not yet claimed if none.
    pub amount: Option<&'a str>,
    /// How to pay them (a bank account, say): seen by the stewards and themselves only.
    pub payout: &'a str,
    pub description: &'a str,
}

/// `actor` asks treasury `t` for what it owes them: an expense submitted for approval,
/// marked as the payout of their account. A 409 when nothing is owed to them, or when the
/// amount goes beyond what is owed less what their payouts in the flow already claim.
pub fn claim(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    r: &PayoutRequest,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let Some(account) = store::payee_account(conn, &t.id, actor.id.as_str())? else {
        return Err(nothing_owed(t));
    };
    let owed = owed_on(conn, &account.id)?;
    let claimed = store::claimed(conn, &account.id)?;
    let left = owed - claimed;
    if owed <= 0 {
        return Err(nothing_owed(t));
    }
    let asked = match r.amount.map(str::trim).filter(|a| !a.is_empty()) {
        Some(a) => {
            let m = model::parse_amount(a, &account.unit)?;
            if m.minor() <= 0 {
                return Err(model::LedgerError::ZeroLeg { position: 1 }.into());
            }
            m.minor()
        }
        None => left,
    };
    if asked > left || left <= 0 {
        return Err(above_owed(&account.unit, owed, claimed, asked));
    }
    let unit = model::parse_unit(&account.unit)?;
    let amount = model::number(&commonfare_value::money::Money::from_minor(asked, unit));
    let title = format!("Payout to @{} of what the treasury owes", actor.handle);
    let payee = format!("@{}", actor.handle);
    let e = expenses::submit(
        conn,
        actor,
        t,
        NewExpense {
            title: &title,
            description: r.description,
            amount: &amount,
            unit: &account.unit,
            payee: &payee,
            payout: r.payout,
            receipt: None,
            receipt_private_reason: None,
            budget_line: None,
            draft: false,
        },
    )?;
    store::insert_payout(conn, &e.id, &account.id)?;
    Ok(e)
}

fn nothing_owed(t: &TreasuryRow) -> AppError {
    AppError::conflict(
        "nothing_owed",
        detail!("problem-ledger-nothing-owed", treasury = t.handle.clone()),
    )
}
