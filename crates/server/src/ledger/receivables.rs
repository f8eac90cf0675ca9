//! Money owed to a treasury because another domain's rule says so — a licence fee its
//! licensee accepted, a share of surplus a phyle pledged — booked when it becomes owed
//! (income from the party's external account into a receivable, so the treasury's
//! income shows it in the month it was owed) and settled when a steward records the
//! payment (a transfer from the receivable into one of its assets). Both go through the
//! ledger's one write path; the first without the steward's check, in the name of the
//! person who made it owed, since that domain's rule is the authority for it.
//!
//! Money held for someone and given back — a loan's deposit — is booked the same way:
//! a transfer into an asset (`deposits-held`) against a liability to that person
//! (`deposits:<handle>`), and its exact reverse when it is given back; the treasury's
//! income never shows it, since it was never the treasury's.

use super::model::{self, AccountKind};
use super::service::{self, Draft, LegInput};
use super::store::TreasuryRow;
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::actor::Actor;
use commonfare_value::money::Money;

/// What becomes owed, and where it is booked.
pub struct Owed<'a> {
    /// The income's category (`licence_fee`, `donation`, …).
    pub category: &'a str,
    pub amount: Money,
    /// The party's external account (`licensees:opengrow`), opened when missing.
    pub party: &'a str,
    /// The receivable (an asset, `receivable:licence-fees`), opened when missing.
    pub receivable: &'a str,
    pub memo: &'a str,
    pub reference: &'a str,
}

/// Books `owed` in the treasury; returns the transaction's number.
pub fn owe(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    owed: &Owed<'_>,
) -> Result<i64, AppError> {
    let unit = owed.amount.unit().code().to_string();
    service::ensure_account(conn, actor, t, owed.receivable, AccountKind::Asset, &unit)?;
    service::ensure_account(conn, actor, t, owed.party, AccountKind::External, &unit)?;
    let mut d = Draft::income(
        owed.category,
        &model::number(&owed.amount),
        &unit,
        owed.receivable,
        owed.party,
    )?;
    d.memo = owed.memo.to_string();
    d.reference = owed.reference.to_string();
    Ok(service::record_owed(conn, actor, t, d)?.transaction.number)
}

/// Money held for someone until it is given back, and where it is booked.
pub struct Held<'a> {
    pub amount: Money,
    /// The asset that keeps it (`deposits-held`), opened when missing.
    pub asset: &'a str,
    /// The liability to the person it is held for (`deposits:bob`), opened when missing.
    pub liability: &'a str,
    pub memo: &'a str,
    pub reference: &'a str,
}

/// Books `held` in the treasury (in, when `back` is false; given back, when true);
/// returns the transaction's number.
pub fn hold(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    held: &Held<'_>,
    back: bool,
) -> Result<i64, AppError> {
    let unit = held.amount.unit().code().to_string();
    service::ensure_account(conn, actor, t, held.asset, AccountKind::Asset, &unit)?;
    service::ensure_account(
        conn,
        actor,
        t,
        held.liability,
        AccountKind::Liability,
        &unit,
    )?;
    let amount = model::number(&held.amount);
    let (into_asset, into_liability) = if back {
        (format!("-{amount}"), amount)
    } else {
        (amount.clone(), format!("-{amount}"))
    };
    let mut d = Draft::transfer(vec![
        LegInput {
            account: held.asset.to_string(),
            amount: into_asset,
            unit: unit.clone(),
        },
        LegInput {
            account: held.liability.to_string(),
            amount: into_liability,
            unit,
        },
    ]);
    d.kinds = vec![
        (held.asset.to_string(), AccountKind::Asset),
        (held.liability.to_string(), AccountKind::Liability),
    ];
    d.memo = held.memo.to_string();
    d.reference = held.reference.to_string();
    Ok(service::record_owed(conn, actor, t, d)?.transaction.number)
}

/// A payment of what was owed, as a steward records it.
pub struct Settlement<'a> {
    pub amount: Money,
    /// The receivable it settles.
    pub receivable: &'a str,
    /// The asset it was paid into (`bank`).
    pub into: &'a str,
    pub memo: &'a str,
    pub reference: &'a str,
    /// The day it was paid (`YYYY-MM-DD`; default today).
    pub date: Option<&'a str>,
}

/// A steward records the payment; returns the transaction's number.
pub fn settle(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    s: &Settlement<'_>,
) -> Result<i64, AppError> {
    let unit = s.amount.unit().code().to_string();
    let amount = model::number(&s.amount);
    let mut d = Draft::transfer(vec![
        LegInput {
            account: s.into.to_string(),
            amount: amount.clone(),
            unit: unit.clone(),
        },
        LegInput {
            account: s.receivable.to_string(),
            amount: format!("-{amount}"),
            unit,
        },
    ]);
    d.kinds = vec![
        (s.into.to_string(), AccountKind::Asset),
        (s.receivable.to_string(), AccountKind::Asset),
    ];
    d.memo = s.memo.to_string();
    d.reference = s.reference.to_string();
    d.date = s.date.map(str::to_string);
    Ok(service::record(conn, actor, t, d)?.transaction.number)
}
