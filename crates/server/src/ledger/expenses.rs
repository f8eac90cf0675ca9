//! Expenses, in the way of Open Collective: anyone signed in submits an expense to a
//! treasury — what it was for, how much, who is to be paid and how, a receipt (its SHA-256
//! in the journal; shown to everyone unless the submitter says why it must stay with the
//! stewards) — and the stewards decide it. The treasury's rule says how many stewards must
//! approve (one, or M of its N stewards); nobody approves, rejects or pays their own
//! expense; a rejection says why; every approval and rejection stays on the expense with
//! its person and reason. A steward pays an approved expense, which records the spending
//! from an asset account (an account that must not go negative refuses it when the money
//! is not there). States move by guarded writes under the treasury's lock, so racing
//! approvals count each steward once and pay an expense once.

use super::events;
use super::model::{self, AccountKind};
use super::service::{self, Draft, NewAccount, owner_record, steward_of};
use super::store::{self, ExpenseRow, ReceiptRow, TreasuryRow, VoteRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use commonfare_value::money::Money;
use sha2::{Digest, Sha256};

/// Largest receipt, in bytes.
pub const MAX_RECEIPT_BYTES: usize = 5 * 1024 * 1024;
/// The external account payments go to unless the steward names another.
pub const DEFAULT_PAYEES: &str = "payees";

/// A receipt as submitted.
pub struct Receipt {
    pub name: String,
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// An expense as submitted, before anything is checked.
pub struct NewExpense<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub amount: &'a str,
    pub unit: &'a str,
    pub payee: &'a str,
    pub payout: &'a str,
    pub receipt: Option<Receipt>,
    /// Why the receipt must be seen by the stewards and the submitter only.
    pub receipt_private_reason: Option<&'a str>,
    /// The budget line it is put on, by number.
    pub budget_line: Option<i64>,
}

pub fn expense_url(t: &TreasuryRow, number: i64) -> String {
    format!("/treasuries/{}/expenses/{number}", t.handle)
}

fn expense_ref(t: &TreasuryRow, e: &ExpenseRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Expense,
        id: e.id.clone(),
        url: expense_url(t, e.number),
        context: Some(owner_record(t)),
    }
}

fn invalid(field: &'static str, why: &'static str) -> AppError {
    AppError::invalid(
        "invalid_expense",
        detail!("problem-expense-invalid", field = field, why = why),
    )
}

/// A one-line text of at most `limit` characters, required or not.
fn line(
    field: &'static str,
    given: &str,
    required: bool,
    limit: usize,
) -> Result<String, AppError> {
    let t = model::text(field, given)?;
    if required && t.is_empty() {
        return Err(invalid(field, "empty"));
    }
    if t.chars().count() > limit {
        return Err(invalid(field, "long"));
    }
    Ok(t)
}

/// Sets how many stewards must approve each expense submitted from now on.
pub fn set_rule(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    approvals: i64,
    above: &[Tier],
) -> Result<(i64, Vec<Tier>), AppError> {
    steward_of(conn, actor, t)?;
    let stewards = store::stewards(conn, &t.id)?.len() as i64;
    let count = |n: i64| {
        if n < 1 || n > stewards {
            Err(AppError::invalid(
                "invalid_approvals",
                detail!(
                    "problem-expense-approvals",
                    given = n.to_string(),
                    stewards = stewards.to_string()
                ),
            ))
        } else {
            Ok(n)
        }
    };
    count(approvals)?;
    let mut tiers: Vec<(String, i64, i64)> = Vec::with_capacity(above.len());
    for tier in above {
        let amount = model::parse_amount(&tier.amount, &tier.unit)?;
        if amount.minor() <= 0 {
            return Err(model::LedgerError::ZeroLeg { position: 1 }.into());
        }
        let unit = amount.unit().code().to_string();
        if tiers
            .iter()
            .any(|(u, a, _)| *u == unit && *a == amount.minor())
        {
            return Err(AppError::invalid(
                "invalid_approvals",
                detail!("problem-expense-tier-twice", amount = amount.to_string()),
            ));
        }
        tiers.push((unit, amount.minor(), count(tier.approvals)?));
    }
    tiers.sort();
    store::set_approvals(conn, &t.id, approvals, actor.id.as_str(), now_ms())?;
    store::set_approval_tiers(conn, &t.id, &tiers)?;
    let shown = tiers
        .iter()
        .map(|(u, a, n)| {
            let m = Money::from_minor(*a, model::parse_unit(u)?);
            Ok(Tier {
                amount: model::number(&m),
                unit: u.clone(),
                approvals: *n,
            })
        })
        .collect::<Result<Vec<_>, model::LedgerError>>()?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::APPROVAL_RULE_SET,
        &service::treasury_ref(t),
        &format!(
            "@{} asked {} of the stewards of {} to approve each expense",
            actor.handle, approvals, t.handle
        ),
        &events::ApprovalRuleSet {
            treasury: t.handle.clone(),
            approvals,
            stewards,
            above: shown
                .iter()
                .map(|t| (format!("{} {}", t.amount, t.unit), t.approvals))
                .collect(),
        },
    )?;
    Ok((approvals, shown))
}

/// Expenses above an amount that need more approvals than the base rule.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// Decimal text above zero: expenses above it (in `unit`) need `approvals`.
    pub amount: String,
    pub unit: String,
    /// From 1 to the number of stewards.
    pub approvals: i64,
}

/// The approvals an expense of `amount` needs: the base rule's, or the most any tier it
/// is above asks in its unit.
fn approvals_for(conn: &mut DbConn, t: &TreasuryRow, amount: &Money) -> Result<i64, AppError> {
    let base = store::approvals_needed(conn, &t.id)?;
    Ok(store::approval_tiers(conn, &t.id)?
        .into_iter()
        .filter(|(u, above, _)| u == amount.unit().code() && amount.minor() > *above)
        .map(|(_, _, n)| n)
        .fold(base, i64::max))
}

/// The treasury's approval rule: the base count and its tiers by amount.
pub fn rule_of(conn: &mut DbConn, t: &TreasuryRow) -> Result<(i64, Vec<Tier>), AppError> {
    let approvals = store::approvals_needed(conn, &t.id)?;
    let tiers = store::approval_tiers(conn, &t.id)?
        .into_iter()
        .map(|(u, a, n)| {
            let m = Money::from_minor(a, model::parse_unit(&u)?);
            Ok(Tier {
                amount: model::number(&m),
                unit: u,
                approvals: n,
            })
        })
        .collect::<Result<Vec<_>, model::LedgerError>>()?;
    Ok((approvals, tiers))
}

/// Submits an expense (anyone signed in).
pub fn submit(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewExpense,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let title = line("title", new.title, true, 200)?;
    let payee = line("payee", new.payee, true, 200)?;
    let payout = line("payout", new.payout, false, 200)?;
    let description = crate::text::neutralised(new.description).trim().to_string();
    if description.chars().count() > 5000 {
        return Err(invalid("description", "long"));
    }
    let amount = model::parse_amount(new.amount, new.unit)?;
    if amount.minor() <= 0 {
        return Err(model::LedgerError::ZeroLeg { position: 1 }.into());
    }
    let budget_line = match new.budget_line {
        Some(n) => Some(super::lines::for_expense(conn, t, n, amount.unit().code())?),
        None => None,
    };
    let private = match new.receipt_private_reason {
        Some(r) if !r.trim().is_empty() => Some(line("receipt_private_reason", r, true, 300)?),
        _ => None,
    };
    let receipt = match new.receipt {
        Some(r) if r.bytes.len() > MAX_RECEIPT_BYTES => return Err(invalid("receipt", "large")),
        Some(r) if r.bytes.is_empty() => None,
        other => other,
    };
    if receipt.is_none() && private.is_some() {
        return Err(invalid("receipt_private_reason", "no_receipt"));
    }
    let receipt_name = match &receipt {
        Some(r) => Some(line("receipt_name", &r.name, true, 200)?),
        None => None,
    };
    let id = new_id();
    let kept = match (&receipt, receipt_name) {
        (Some(r), Some(name)) => Some(ReceiptRow {
            expense_id: id.clone(),
            name,
            media_type: line("receipt_type", &r.media_type, true, 100)?,
            sha256: format!("{:x}", Sha256::digest(&r.bytes)),
            private_reason: private,
        }),
        _ => None,
    };
    let row = ExpenseRow {
        id,
        treasury_id: t.id.clone(),
        number: store::next_expense_number(conn, &t.id)?,
        state: "submitted".into(),
        title,
        description,
        amount: amount.minor(),
        unit: amount.unit().code().to_string(),
        payee,
        payout,
        approvals_needed: approvals_for(conn, t, &amount)?,
        submitted_by: actor.id.as_str().to_string(),
        created_at: now_ms(),
        decided_at: None,
        transaction_id: None,
    };
    store::insert_expense(
        conn,
        &row,
        kept.as_ref()
            .zip(receipt.as_ref())
            .map(|(k, r)| (k, r.bytes.as_slice())),
    )?;
    if let Some(l) = &budget_line {
        store::assign_line(conn, &row.id, &l.id)?;
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_SUBMITTED,
        &expense_ref(t, &row),
        &format!(
            "@{} submitted expense #{} of {} to the treasury of {}: {}",
            actor.handle, row.number, amount, t.handle, row.title
        ),
        &events::ExpenseSubmitted {
            treasury: t.handle.clone(),
            number: row.number,
            title: row.title.clone(),
            amount: amount.to_string(),
            payee: row.payee.clone(),
            receipt_sha256: kept.as_ref().map(|k| k.sha256.clone()),
            receipt_private: kept.as_ref().is_some_and(|k| k.private_reason.is_some()),
        },
    )?;
    Ok(row)
}

/// The expense `number` of a treasury, or a 404 that names it.
pub fn require_expense(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: i64,
) -> Result<ExpenseRow, AppError> {
    store::expense_by_number(conn, &t.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-expense-none",
            treasury = t.handle.as_str(),
            number = number.to_string()
        ))
    })
}

fn wrong_state(e: &ExpenseRow, want: &'static str) -> AppError {
    AppError::conflict(
        "expense_state",
        detail!(
            "problem-expense-state",
            number = e.number.to_string(),
            state = e.state.as_str(),
            want = want
        ),
    )
}

/// A steward who did not submit it, with the treasury's lock held.
fn deciding_steward(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<(), AppError> {
    steward_of(conn, actor, t)?;
    if e.submitted_by == actor.id.as_str() {
        return Err(AppError::new(
            axum::http::StatusCode::FORBIDDEN,
            "own_expense",
            detail!("problem-expense-own", number = e.number.to_string()),
        ));
    }
    Ok(())
}

/// A body's spending limit that an expense passes, and the passed decision of that body
/// that authorises paying it, if one does.
#[derive(Debug, Clone)]
pub struct LimitPassed {
    pub body_name: String,
    pub body_url: String,
    pub limit: Money,
    /// The address of the decision that authorises the payment.
    pub authorised_by: Option<String>,
}

/// The spending limits of the treasury's organization that `e` passes (in its currency),
/// each with the decision that authorises paying it, if any: a payment waits for every
/// one of them (Occupy's "over $100 needs the General Assembly").
pub fn limits_passed(
    conn: &mut DbConn,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<Vec<LimitPassed>, AppError> {
    if t.owner_kind != "organization" {
        return Ok(Vec::new());
    }
    let limits: Vec<_> = crate::bodies::spending_limits_of(conn, &t.owner_id)?
        .into_iter()
        .filter(|l| l.currency == e.unit && e.amount > l.amount_minor)
        .collect();
    if limits.is_empty() {
        return Ok(Vec::new());
    }
    let authorisations =
        crate::bodies::payment_authorisations(conn, &t.owner_id, &t.handle, e.number)?;
    let unit = model::parse_unit(&e.unit)?;
    Ok(limits
        .into_iter()
        .map(|l| LimitPassed {
            authorised_by: authorisations
                .iter()
                .find(|a| {
                    a.body_id == l.body_id && a.currency == e.unit && a.amount_minor >= e.amount
                })
                .map(|a| a.decision_url.clone()),
            limit: Money::from_minor(l.amount_minor, unit),
            body_name: l.body_name,
            body_url: l.body_url,
        })
        .collect())
}

fn money_of(e: &ExpenseRow) -> Result<Money, AppError> {
    Ok(Money::from_minor(e.amount, model::parse_unit(&e.unit)?))
}

/// A steward approves (`approve`) or rejects (`reject`, with a reason) a submitted
/// expense. It is approved once as many stewards as its rule asked have approved.
pub fn vote(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    approve: bool,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "submitted" {
        return Err(wrong_state(&e, "submitted"));
    }
    let reason = line("reason", reason, !approve, 500).map_err(|err| {
        if err.code == "invalid_expense" {
            AppError::invalid("reason_required", detail!("problem-expense-reason"))
        } else {
            err
        }
    })?;
    let verdict = if approve { "approve" } else { "reject" };
    let now = now_ms();
    if !store::insert_vote(
        conn,
        &VoteRow {
            expense_id: e.id.clone(),
            person_id: actor.id.as_str().to_string(),
            verdict: verdict.into(),
            reason: reason.clone(),
            created_at: now,
        },
    )? {
        return Err(AppError::conflict(
            "already_voted",
            detail!("problem-expense-voted", number = e.number.to_string()),
        ));
    }
    let approvals = store::votes_of(conn, &e.id)?
        .iter()
        .filter(|v| v.verdict == "approve")
        .count() as i64;
    if !approve {
        store::move_expense(conn, &e.id, "submitted", "rejected", now, None)?;
    } else if approvals >= e.approvals_needed {
        super::lines::on_approval(conn, t, &e)?;
        store::move_expense(conn, &e.id, "submitted", "approved", now, None)?;
    }
    let after = require_expense(conn, t, number)?;
    if approve {
        journal::record(
            conn,
            Some(&actor.handle),
            &events::EXPENSE_APPROVED,
            &expense_ref(t, &after),
            &format!(
                "@{} approved expense #{} of the treasury of {} ({} of {})",
                actor.handle, e.number, t.handle, approvals, e.approvals_needed
            ),
            &events::ExpenseApproved {
                treasury: t.handle.clone(),
                number: e.number,
                reason,
                approvals,
                needed: e.approvals_needed,
            },
        )?;
    } else {
        journal::record(
            conn,
            Some(&actor.handle),
            &events::EXPENSE_REJECTED,
            &expense_ref(t, &after),
            &format!(
                "@{} rejected expense #{} of the treasury of {}: {}",
                actor.handle, e.number, t.handle, reason
            ),
            &events::ExpenseRejected {
                treasury: t.handle.clone(),
                number: e.number,
                reason,
            },
        )?;
    }
    Ok(after)
}

/// A steward pays an approved expense from the asset account `from` to the external
/// account `to` (`payees` when absent, opened when missing): the spending is recorded
/// and the expense is paid.
pub fn pay(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    from: &str,
    to: Option<&str>,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "approved" {
        return Err(wrong_state(&e, "approved"));
    }
    let limits = limits_passed(conn, t, &e)?;
    if let Some(l) = limits.iter().find(|l| l.authorised_by.is_none()) {
        return Err(AppError::conflict(
            "spending_limit",
            detail!(
                "problem-expense-spending-limit",
                number = e.number.to_string(),
                amount = money_of(&e)?.to_string(),
                limit = l.limit.to_string(),
                body = l.body_name.as_str(),
                url = l.body_url.as_str()
            ),
        ));
    }
    let authorised_by: Vec<String> = limits.into_iter().filter_map(|l| l.authorised_by).collect();
    let to = model::account_name(to.unwrap_or(DEFAULT_PAYEES).trim())?;
    if store::account_by_name(conn, &t.id, &to)?.is_none() {
        service::open_account(
            conn,
            actor,
            t,
            NewAccount {
                name: &to,
                kind: AccountKind::External.as_str(),
                unit: &e.unit,
                must_not_go_negative: false,
            },
        )?;
    }
    let amount = money_of(&e)?;
    let mut draft = Draft::spending(&model::number(&amount), &e.unit, from, &to)?;
    draft.memo = format!("Expense #{}: {}", e.number, e.title);
    draft.reference = format!("expense #{}", e.number);
    let recorded = service::record(conn, actor, t, draft)?;
    if !store::move_expense(
        conn,
        &e.id,
        "approved",
        "paid",
        now_ms(),
        Some(&recorded.transaction.id),
    )? {
        return Err(wrong_state(&e, "approved"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_PAID,
        &expense_ref(t, &after),
        &format!(
            "@{} paid expense #{} of {} from the treasury of {} (transaction #{})",
            actor.handle, e.number, amount, t.handle, recorded.transaction.number
        ),
        &events::ExpensePaid {
            treasury: t.handle.clone(),
            number: e.number,
            amount: amount.to_string(),
            transaction: recorded.transaction.number,
            authorised_by,
        },
    )?;
    Ok(after)
}

/// The submitter withdraws their expense while it is not paid.
pub fn cancel(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    if e.submitted_by != actor.id.as_str() {
        return Err(AppError::forbidden(detail!(
            "problem-expense-not-yours",
            number = e.number.to_string()
        )));
    }
    let moved = ["submitted", "approved"]
        .into_iter()
        .find(|from| *from == e.state)
        .map(|from| store::move_expense(conn, &e.id, from, "canceled", now_ms(), None))
        .transpose()?
        .unwrap_or(false);
    if !moved {
        return Err(wrong_state(&e, "submitted"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_CANCELED,
        &expense_ref(t, &after),
        &format!(
            "@{} withdrew expense #{} of the treasury of {}",
            actor.handle, e.number, t.handle
        ),
        &events::ExpenseCanceled {
            treasury: t.handle.clone(),
            number: e.number,
        },
    )?;
    Ok(after)
}

/// Whether `viewer` sees an expense's payout details and a private receipt: its stewards
/// and its submitter.
pub fn sees_private(
    conn: &mut DbConn,
    viewer: Option<&Actor>,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<bool, AppError> {
    match viewer {
        None => Ok(false),
        Some(v) if v.id.as_str() == e.submitted_by => Ok(true),
        Some(v) => store::is_steward(conn, &t.id, v.id.as_str()),
    }
}

/// The reason given for a hidden receipt, shown in words on the expense.
pub fn hidden(reason: &str) -> AppError {
    AppError::forbidden(detail!(
        "problem-expense-receipt-private",
        reason = shown(reason, 300)
    ))
}
