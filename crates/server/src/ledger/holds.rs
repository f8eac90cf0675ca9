//! Pending holds, in the way of TigerBeetle's two-phase transfers: a steward sets an
//! amount aside from one account for another — a pledge, a deposit, escrow, an approved
//! expense not yet paid — until a steward posts it (all of it or a part, as one ledger
//! transfer; the rest is released), voids it, or its time runs out and the expiry sweep
//! marks it expired. While pending and not expired, a hold counts against an account that
//! must not go negative: neither another hold nor any transaction may take what it set
//! aside. Each hold is resolved once (a guarded write under the treasury's lock), and a
//! hold whose time has passed stops counting at once, swept or not, so a server that was
//! down at the moment changes nothing.

use super::events;
use super::model::{self, LedgerError};
use super::service::{self, Draft, LegInput, owner_record, steward_of};
use super::store::{self, HoldRow, TreasuryRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use commonfare_value::money::Money;

/// The longest a hold may be set for: a year.
pub const MAX_HOLD_MS: i64 = 366 * 24 * 3_600_000;

pub fn hold_url(t: &TreasuryRow, number: i64) -> String {
    format!("/treasuries/{}#hold-{number}", t.handle)
}

fn hold_ref(t: &TreasuryRow, h: &HoldRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Hold,
        id: h.id.clone(),
        url: hold_url(t, h.number),
        context: Some(owner_record(t)),
    }
}

fn invalid(why: &'static str) -> AppError {
    AppError::invalid("invalid_hold", detail!("problem-hold-invalid", why = why))
}

/// A hold as a steward asks for it.
pub struct NewHold<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub amount: &'a str,
    pub unit: &'a str,
    /// When it expires, in Unix milliseconds.
    pub expires_at: i64,
    pub memo: &'a str,
}

fn money_of(minor: i64, unit: &str) -> Result<Money, AppError> {
    Ok(Money::from_minor(minor, model::parse_unit(unit)?))
}

/// Sets an amount aside (a steward). An account that must not go negative refuses it
/// when what it holds, less what pending holds set aside, would not cover it.
pub fn place(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewHold<'_>,
) -> Result<HoldRow, AppError> {
    steward_of(conn, actor, t)?;
    let from = service::require_account(conn, t, new.from)?;
    let to = service::require_account(conn, t, new.to)?;
    if from.id == to.id {
        return Err(invalid("same_account"));
    }
    let amount = model::parse_amount(new.amount, new.unit)?;
    if amount.minor() <= 0 {
        return Err(LedgerError::ZeroLeg { position: 1 }.into());
    }
    for a in [&from, &to] {
        if a.unit != amount.unit().code() {
            return Err(LedgerError::MixedUnits {
                account: a.name.clone(),
                account_unit: a.unit.clone(),
                leg_unit: amount.unit().code().to_string(),
            }
            .into());
        }
    }
    let now = now_ms();
    if new.expires_at <= now {
        return Err(invalid("past"));
    }
    if new.expires_at - now > MAX_HOLD_MS {
        return Err(invalid("too_far"));
    }
    let memo = model::text("memo", new.memo)?;
    if from.no_negative {
        let balance = store::balances_of(conn, std::slice::from_ref(&from.id))?
            .get(&from.id)
            .copied()
            .unwrap_or(0);
        let available = balance.saturating_sub(store::held(conn, &from.id, now)?);
        if available < amount.minor() {
            return Err(LedgerError::Overdraft {
                account: from.name.clone(),
                balance: money_of(available.saturating_sub(amount.minor()), &from.unit)?
                    .to_string(),
            }
            .into());
        }
    }
    let row = HoldRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: store::next_hold_number(conn, &t.id)?,
        from_account_id: from.id.clone(),
        to_account_id: to.id.clone(),
        amount: amount.minor(),
        posted_amount: None,
        state: "pending".into(),
        memo,
        expires_at: new.expires_at,
        created_by: actor.id.as_str().to_string(),
        created_at: now,
        resolved_by: None,
        resolved_at: None,
        transaction_id: None,
    };
    store::insert_hold(conn, &row)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::HOLD_PLACED,
        &hold_ref(t, &row),
        &format!(
            "@{} set {} aside from {} for {} in the treasury of {} (hold #{})",
            actor.handle, amount, from.name, to.name, t.handle, row.number
        ),
        &events::HoldPlaced {
            treasury: t.handle.clone(),
            number: row.number,
            from: from.name.clone(),
            to: to.name.clone(),
            amount: amount.to_string(),
            expires_at: row.expires_at,
        },
    )?;
    Ok(row)
}

/// The hold `number` of a treasury, or a 404 that names it.
pub fn require_hold(conn: &mut DbConn, t: &TreasuryRow, number: i64) -> Result<HoldRow, AppError> {
    store::hold_by_number(conn, &t.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-hold-none",
            treasury = t.handle.as_str(),
            number = number.to_string()
        ))
    })
}

/// A pending hold that has not expired, or a 409 saying what it is.
fn still_pending(h: &HoldRow, now: i64) -> Result<(), AppError> {
    let state = if h.state == "pending" && h.expires_at <= now {
        "expired"
    } else {
        h.state.as_str()
    };
    if state == "pending" {
        return Ok(());
    }
    Err(AppError::conflict(
        "hold_state",
        detail!(
            "problem-hold-state",
            number = h.number.to_string(),
            state = state
        ),
    ))
}

/// Posts a pending hold (a steward): `amount` of it (all when absent) moves from its
/// account to the other in one transaction; the rest is released.
pub fn post(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    amount: Option<&str>,
) -> Result<HoldRow, AppError> {
    steward_of(conn, actor, t)?;
    let h = require_hold(conn, t, number)?;
    let now = now_ms();
    still_pending(&h, now)?;
    let from = store::account_by_id(conn, &h.from_account_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no account {}", h.from_account_id)))?;
    let to = store::account_by_id(conn, &h.to_account_id)?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no account {}", h.to_account_id)))?;
    let posted = match amount {
        Some(a) if !a.trim().is_empty() => model::parse_amount(a, &from.unit)?.minor(),
        _ => h.amount,
    };
    if posted <= 0 {
        return Err(LedgerError::ZeroLeg { position: 1 }.into());
    }
    if posted > h.amount {
        return Err(invalid("more_than_held"));
    }
    // Resolved first, so the transfer below is not refused for the amount it releases.
    if !store::resolve_hold(
        conn,
        &h.id,
        "posted",
        Some(actor.id.as_str()),
        now,
        Some(posted),
    )? {
        return Err(still_pending(&h, now).err().unwrap_or_else(|| {
            AppError::conflict(
                "hold_state",
                detail!(
                    "problem-hold-state",
                    number = h.number.to_string(),
                    state = "posted"
                ),
            )
        }));
    }
    let m = money_of(posted, &from.unit)?;
    let mut draft = Draft::transfer(vec![
        LegInput {
            account: from.name.clone(),
            amount: model::number(&money_of(-posted, &from.unit)?),
            unit: from.unit.clone(),
        },
        LegInput {
            account: to.name.clone(),
            amount: model::number(&m),
            unit: to.unit.clone(),
        },
    ]);
    draft.memo = if h.memo.is_empty() {
        format!("Hold #{} posted", h.number)
    } else {
        h.memo.clone()
    };
    draft.reference = format!("hold #{}", h.number);
    let recorded = service::record(conn, actor, t, draft)?;
    store::set_hold_transaction(conn, &h.id, &recorded.transaction.id)?;
    let after = require_hold(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::HOLD_POSTED,
        &hold_ref(t, &after),
        &format!(
            "@{} posted {} of hold #{} of the treasury of {} (transaction #{})",
            actor.handle, m, h.number, t.handle, recorded.transaction.number
        ),
        &events::HoldPosted {
            treasury: t.handle.clone(),
            number: h.number,
            amount: m.to_string(),
            transaction: recorded.transaction.number,
        },
    )?;
    Ok(after)
}

/// Voids a pending hold (a steward): what it set aside is free again.
pub fn void(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<HoldRow, AppError> {
    steward_of(conn, actor, t)?;
    let h = require_hold(conn, t, number)?;
    let now = now_ms();
    still_pending(&h, now)?;
    if !store::resolve_hold(conn, &h.id, "voided", Some(actor.id.as_str()), now, None)? {
        return Err(still_pending(&require_hold(conn, t, number)?, now)
            .err()
            .unwrap_or_else(|| AppError::internal(anyhow::anyhow!("hold #{number} moved"))));
    }
    let after = require_hold(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::HOLD_VOIDED,
        &hold_ref(t, &after),
        &format!(
            "@{} voided hold #{} of the treasury of {}",
            actor.handle, h.number, t.handle
        ),
        &events::HoldEnded {
            treasury: t.handle.clone(),
            number: h.number,
        },
    )?;
    Ok(after)
}

/// Marks one hold whose time has come expired (the sweep): false when it was resolved
/// meanwhile.
pub fn expire_due(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let Some(h) = store::hold_by_id(conn, id)? else {
        return Ok(false);
    };
    store::lock(conn, &h.treasury_id)?;
    if h.expires_at > now || !store::resolve_hold(conn, id, "expired", None, now, None)? {
        return Ok(false);
    }
    let t = service::treasury_by_id(conn, &h.treasury_id)?;
    journal::record(
        conn,
        None,
        &events::HOLD_EXPIRED,
        &hold_ref(&t, &h),
        &format!("Hold #{} of the treasury of {} expired", h.number, t.handle),
        &events::HoldEnded {
            treasury: t.handle.clone(),
            number: h.number,
        },
    )?;
    Ok(true)
}
