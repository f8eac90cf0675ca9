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
//!
//! The rest of the flow: an author may save a draft (shown to everyone, marked as a
//! draft; nobody decides it until its author submits it), a steward may ask for more
//! (incomplete, with a reason; the author edits it and submits it again, and it is
//! decided afresh), schedule an approved expense for payment on a day (paid as an
//! approved one is), or mark it spam (it leaves the lists; nobody submits it again).
//! Every move is a step kept with its person and reason. A treasury may approve by
//! consent: an expense is approved once its consent period passed with no steward's
//! objection standing — by the consent sweep, under the treasury's lock, so an objection
//! and the sweep racing end one way or the other, never both.

use super::events;
use super::model::{self, AccountKind};
use super::service::{self, Draft, LegInput, NewAccount, owner_record, steward_of};
use super::store::{self, ExpenseRow, ObjectionRow, ReceiptRow, StepRow, TreasuryRow, VoteRow};
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
    /// Saved as a draft, submitted later by its author.
    pub draft: bool,
}

/// Moves an expense from `from` to `to` (a guarded write: false when it was no longer in
/// `from`) and keeps the step with its person and reason.
fn step(
    conn: &mut DbConn,
    e: &ExpenseRow,
    (from, to): (&str, &str),
    who: Option<&Actor>,
    reason: &str,
    extra: (Option<String>, Option<i64>),
) -> Result<bool, AppError> {
    let now = now_ms();
    let transaction = if to == "paid" {
        None
    } else {
        e.transaction_id.clone()
    };
    if !store::move_expense(conn, &e.id, from, to, now, transaction.as_deref())? {
        return Ok(false);
    }
    store::insert_step(
        conn,
        &StepRow {
            id: new_id(),
            expense_id: e.id.clone(),
            from_state: from.into(),
            to_state: to.into(),
            person_id: who.map(|a| a.id.as_str().to_string()),
            reason: reason.into(),
            at: now,
            pay_on: extra.0,
            consent_ends_at: extra.1,
        },
    )?;
    Ok(true)
}

/// When the consent period of an expense submitted now ends, if its treasury approves by
/// consent.
fn consent_end(conn: &mut DbConn, t: &TreasuryRow) -> Result<Option<i64>, AppError> {
    Ok(store::consent_days(conn, &t.id)?.map(|d| now_ms() + d * DAY_MS))
}

/// A day in milliseconds.
pub const DAY_MS: i64 = 24 * 3_600_000;

/// When the consent period of `e` (as last submitted) ends, if it is under consent.
pub fn consent_ends_at(conn: &mut DbConn, e: &ExpenseRow) -> Result<Option<i64>, AppError> {
    Ok(store::steps_of(conn, &e.id)?
        .into_iter()
        .rfind(|s| s.to_state == "submitted")
        .and_then(|s| s.consent_ends_at))
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
    consent_days: Option<i64>,
) -> Result<(i64, Vec<Tier>), AppError> {
    steward_of(conn, actor, t)?;
    if let Some(d) = consent_days
        && !(1..=90).contains(&d)
    {
        return Err(AppError::invalid(
            "invalid_approvals",
            detail!("problem-expense-consent-days", given = d.to_string()),
        ));
    }
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
    store::set_consent_days(conn, &t.id, consent_days, actor.id.as_str(), now_ms())?;
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
            consent_days,
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
/// is above asks in its unit (a distribution of `amount` needs as many).
pub(super) fn approvals_for(
    conn: &mut DbConn,
    t: &TreasuryRow,
    amount: &Money,
) -> Result<i64, AppError> {
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
    let state = if new.draft { "draft" } else { "submitted" };
    let row = ExpenseRow {
        id,
        treasury_id: t.id.clone(),
        number: store::next_expense_number(conn, &t.id)?,
        state: state.into(),
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
    let ends = if new.draft {
        None
    } else {
        consent_end(conn, t)?
    };
    store::insert_step(
        conn,
        &StepRow {
            id: new_id(),
            expense_id: row.id.clone(),
            from_state: "new".into(),
            to_state: state.into(),
            person_id: Some(actor.id.as_str().to_string()),
            reason: String::new(),
            at: row.created_at,
            pay_on: None,
            consent_ends_at: ends,
        },
    )?;
    journal::record(
        conn,
        Some(&actor.handle),
        if new.draft {
            &events::EXPENSE_DRAFTED
        } else {
            &events::EXPENSE_SUBMITTED
        },
        &expense_ref(t, &row),
        &format!(
            "@{} {} expense #{} of {} to the treasury of {}: {}",
            actor.handle,
            if new.draft { "drafted" } else { "submitted" },
            row.number,
            amount,
            t.handle,
            row.title
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
/// one of them (Occupy's "over $100 needs the General Assembly"). A body's treasury
/// answers to its own body's limit only (the smallest, 0.01, makes every payment the
/// body's decision).
pub fn limits_passed(
    conn: &mut DbConn,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<Vec<LimitPassed>, AppError> {
    let (org_id, only_body) = match t.owner_kind.as_str() {
        "organization" => (t.owner_id.clone(), None),
        "body" => (
            crate::bodies::body_card_by_id(conn, &t.owner_id)?.org_id,
            Some(t.owner_id.as_str()),
        ),
        _ => return Ok(Vec::new()),
    };
    let limits: Vec<_> = crate::bodies::spending_limits_of(conn, &org_id)?
        .into_iter()
        .filter(|l| only_body.is_none_or(|b| l.body_id == b))
        .filter(|l| l.currency == e.unit && e.amount > l.amount_minor)
        .collect();
    if limits.is_empty() {
        return Ok(Vec::new());
    }
    let authorisations = crate::bodies::payment_authorisations(conn, &org_id, &t.handle, e.number)?;
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
        step(
            conn,
            &e,
            ("submitted", "rejected"),
            Some(actor),
            &reason,
            (None, None),
        )?;
    } else if approvals >= e.approvals_needed && standing_objections(conn, &e)? == 0 {
        super::lines::on_approval(conn, t, &e)?;
        step(
            conn,
            &e,
            ("submitted", "approved"),
            Some(actor),
            &reason,
            (None, None),
        )?;
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
    if e.state != "approved" && e.state != "scheduled" {
        return Err(wrong_state(&e, "approved"));
    }
    let authorised_by = within_limits(conn, t, &e)?;
    let amount = money_of(&e)?;
    let mut draft = match store::payout_account(conn, &e.id)? {
        // A payout pays the person's own account: what is owed falls as the money leaves,
        // and never below nothing (checked under the treasury's lock).
        Some(owed) => {
            let owes = owed_on(conn, &owed.id)?;
            if owes < e.amount {
                return Err(above_owed(&e.unit, owes, 0, e.amount));
            }
            let n = model::number(&amount);
            let mut d = Draft::transfer(vec![
                LegInput {
                    account: from.to_string(),
                    amount: format!("-{n}"),
                    unit: e.unit.clone(),
                },
                LegInput {
                    account: owed.name.clone(),
                    amount: n,
                    unit: e.unit.clone(),
                },
            ]);
            d.kinds = vec![
                (from.to_string(), AccountKind::Asset),
                (owed.name, AccountKind::Liability),
            ];
            d
        }
        None => {
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
            Draft::spending(&model::number(&amount), &e.unit, from, &to)?
        }
    };
    draft.memo = format!("Expense #{}: {}", e.number, e.title);
    draft.reference = format!("expense #{}", e.number);
    let recorded = service::record(conn, actor, t, draft)?;
    let paying = ExpenseRow {
        transaction_id: Some(recorded.transaction.id.clone()),
        ..e.clone()
    };
    if !store::move_expense(
        conn,
        &e.id,
        &e.state,
        "paid",
        now_ms(),
        Some(&recorded.transaction.id),
    )? {
        return Err(wrong_state(&e, "approved"));
    }
    store::insert_step(
        conn,
        &StepRow {
            id: new_id(),
            expense_id: paying.id.clone(),
            from_state: e.state.clone(),
            to_state: "paid".into(),
            person_id: Some(actor.id.as_str().to_string()),
            reason: format!("transaction #{}", recorded.transaction.number),
            at: now_ms(),
            pay_on: None,
            consent_ends_at: None,
        },
    )?;
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

/// What liability account `account_id` owes its person now, in minor units.
pub fn owed_on(conn: &mut DbConn, account_id: &str) -> Result<i64, AppError> {
    let sums = store::balances_of(conn, &[account_id.to_string()])?;
    Ok(-sums.get(account_id).copied().unwrap_or(0))
}

/// A payout asked beyond what is owed: the amounts owed, already claimed and asked.
pub fn above_owed(unit: &str, owed: i64, claimed: i64, asked: i64) -> AppError {
    let shown = |minor: i64| {
        model::parse_unit(unit)
            .map(|u| Money::from_minor(minor, u).to_string())
            .unwrap_or_else(|_| minor.to_string())
    };
    AppError::conflict(
        "payout_above_owed",
        detail!(
            "problem-ledger-payout-above-owed",
            owed = shown(owed),
            claimed = shown(claimed),
            asked = shown(asked)
        ),
    )
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
    let moved = ["draft", "submitted", "incomplete", "approved", "scheduled"]
        .into_iter()
        .find(|from| *from == e.state)
        .map(|from| step(conn, &e, (from, "canceled"), Some(actor), "", (None, None)))
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

/// The decisions of bodies that authorise paying `e` above their spending limits, or a
/// 409 naming the first limit no decision lifts yet.
fn within_limits(
    conn: &mut DbConn,
    t: &TreasuryRow,
    e: &ExpenseRow,
) -> Result<Vec<String>, AppError> {
    let limits = limits_passed(conn, t, e)?;
    if let Some(l) = limits.iter().find(|l| l.authorised_by.is_none()) {
        return Err(AppError::conflict(
            "spending_limit",
            detail!(
                "problem-expense-spending-limit",
                number = e.number.to_string(),
                amount = money_of(e)?.to_string(),
                limit = l.limit.to_string(),
                body = l.body_name.as_str(),
                url = l.body_url.as_str()
            ),
        ));
    }
    Ok(limits.into_iter().filter_map(|l| l.authorised_by).collect())
}

/// How many stewards' objections to `e` stand.
fn standing_objections(conn: &mut DbConn, e: &ExpenseRow) -> Result<usize, AppError> {
    Ok(store::objections_of(conn, &e.id)?
        .iter()
        .filter(|o| o.withdrawn_at.is_none())
        .count())
}

/// The expense's author, or a 403.
fn authored(actor: &Actor, e: &ExpenseRow) -> Result<(), AppError> {
    if e.submitted_by != actor.id.as_str() {
        return Err(AppError::forbidden(detail!(
            "problem-expense-not-yours",
            number = e.number.to_string()
        )));
    }
    Ok(())
}

/// A reason that must be given (`reason_required` otherwise).
fn required_reason(given: &str) -> Result<String, AppError> {
    line("reason", given, true, 500).map_err(|err| {
        if err.code == "invalid_expense" {
            AppError::invalid("reason_required", detail!("problem-expense-reason"))
        } else {
            err
        }
    })
}

fn moved_event(t: &TreasuryRow, e: &ExpenseRow, from: &str, reason: &str) -> events::ExpenseMoved {
    events::ExpenseMoved {
        treasury: t.handle.clone(),
        number: e.number,
        from: from.to_string(),
        reason: reason.to_string(),
    }
}

/// The author submits their draft, or their incomplete expense again: it needs the
/// approvals the treasury's rule asks now, and starts a consent period under consent.
pub fn send(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    authored(actor, &e)?;
    if e.state != "draft" && e.state != "incomplete" {
        return Err(wrong_state(&e, "draft"));
    }
    let needed = approvals_for(conn, t, &money_of(&e)?)?;
    store::set_approvals_needed(conn, &e.id, needed)?;
    store::clear_votes(conn, &e.id)?;
    let ends = consent_end(conn, t)?;
    if !step(
        conn,
        &e,
        (&e.state, "submitted"),
        Some(actor),
        "",
        (None, ends),
    )? {
        return Err(wrong_state(&e, "draft"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_SENT,
        &expense_ref(t, &after),
        &format!(
            "@{} submitted expense #{} of the treasury of {}",
            actor.handle, e.number, t.handle
        ),
        &moved_event(t, &e, &e.state, ""),
    )?;
    Ok(after)
}

/// What the author changes on a draft or an incomplete expense: every text whole, the
/// amount in the expense's unit, and a receipt to replace the one it has (when given).
pub struct ExpenseEdit<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub amount: &'a str,
    pub payee: &'a str,
    pub payout: &'a str,
    pub receipt: Option<Receipt>,
    pub receipt_private_reason: Option<&'a str>,
}

/// The author edits their draft or incomplete expense.
pub fn edit(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    change: ExpenseEdit,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    authored(actor, &e)?;
    if e.state != "draft" && e.state != "incomplete" {
        return Err(wrong_state(&e, "draft"));
    }
    let description = crate::text::neutralised(change.description)
        .trim()
        .to_string();
    if description.chars().count() > 5000 {
        return Err(invalid("description", "long"));
    }
    let amount = model::parse_amount(change.amount, &e.unit)?;
    if amount.minor() <= 0 {
        return Err(model::LedgerError::ZeroLeg { position: 1 }.into());
    }
    let edited = ExpenseRow {
        title: line("title", change.title, true, 200)?,
        payee: line("payee", change.payee, true, 200)?,
        payout: line("payout", change.payout, false, 200)?,
        description,
        amount: amount.minor(),
        ..e.clone()
    };
    let private = match change.receipt_private_reason {
        Some(r) if !r.trim().is_empty() => Some(line("receipt_private_reason", r, true, 300)?),
        _ => None,
    };
    let receipt = match change.receipt {
        Some(r) if r.bytes.len() > MAX_RECEIPT_BYTES => return Err(invalid("receipt", "large")),
        Some(r) if r.bytes.is_empty() => None,
        other => other,
    };
    if receipt.is_none() && private.is_some() {
        return Err(invalid("receipt_private_reason", "no_receipt"));
    }
    let kept = match &receipt {
        Some(r) => Some(ReceiptRow {
            expense_id: e.id.clone(),
            name: line("receipt_name", &r.name, true, 200)?,
            media_type: line("receipt_type", &r.media_type, true, 100)?,
            sha256: format!("{:x}", Sha256::digest(&r.bytes)),
            private_reason: private,
        }),
        None => None,
    };
    store::edit_expense(
        conn,
        &edited,
        kept.as_ref()
            .zip(receipt.as_ref())
            .map(|(k, r)| (k, r.bytes.as_slice())),
    )?;
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_EDITED,
        &expense_ref(t, &after),
        &format!(
            "@{} edited expense #{} of the treasury of {}: {}, {}",
            actor.handle, e.number, t.handle, after.title, amount
        ),
        &events::ExpenseEdited {
            treasury: t.handle.clone(),
            number: e.number,
            title: after.title.clone(),
            amount: amount.to_string(),
            receipt_sha256: kept.as_ref().map(|k| k.sha256.clone()),
        },
    )?;
    Ok(after)
}

/// A steward (not its author) asks for more on a submitted expense, saying what: it is
/// incomplete until its author submits it again, and its approvals so far are set aside
/// (the steps keep them).
pub fn ask_more(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "submitted" {
        return Err(wrong_state(&e, "submitted"));
    }
    let reason = required_reason(reason)?;
    store::clear_votes(conn, &e.id)?;
    if !step(
        conn,
        &e,
        ("submitted", "incomplete"),
        Some(actor),
        &reason,
        (None, None),
    )? {
        return Err(wrong_state(&e, "submitted"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_INCOMPLETE,
        &expense_ref(t, &after),
        &format!(
            "@{} asked for more on expense #{} of the treasury of {}: {}",
            actor.handle, e.number, t.handle, reason
        ),
        &moved_event(t, &e, "submitted", &reason),
    )?;
    Ok(after)
}

/// A steward (not its author) queues an approved expense for payment on `pay_on`
/// (YYYY-MM-DD, from today to a year ahead); it is paid as an approved one is.
pub fn schedule(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    pay_on: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "approved" {
        return Err(wrong_state(&e, "approved"));
    }
    let today = service::today();
    let day: jiff::civil::Date = pay_on
        .trim()
        .parse()
        .map_err(|_| invalid("pay_on", "day"))?;
    if day < today || (day - today).get_days() > 366 {
        return Err(invalid("pay_on", "day"));
    }
    within_limits(conn, t, &e)?;
    let day = day.to_string();
    if !step(
        conn,
        &e,
        ("approved", "scheduled"),
        Some(actor),
        "",
        (Some(day.clone()), None),
    )? {
        return Err(wrong_state(&e, "approved"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_SCHEDULED,
        &expense_ref(t, &after),
        &format!(
            "@{} scheduled expense #{} of the treasury of {} for payment on {}",
            actor.handle, e.number, t.handle, day
        ),
        &events::ExpenseScheduled {
            treasury: t.handle.clone(),
            number: e.number,
            pay_on: day,
        },
    )?;
    Ok(after)
}

/// A steward (not its author) takes a scheduled expense off its day, saying why if they
/// will: it is approved again, to be paid or scheduled anew.
pub fn unschedule(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "scheduled" {
        return Err(wrong_state(&e, "scheduled"));
    }
    let reason = line("reason", reason, false, 500)?;
    if !step(
        conn,
        &e,
        ("scheduled", "approved"),
        Some(actor),
        &reason,
        (None, None),
    )? {
        return Err(wrong_state(&e, "scheduled"));
    }
    let after = require_expense(conn, t, number)?;
    let why = if reason.is_empty() {
        String::new()
    } else {
        format!(": {reason}")
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_UNSCHEDULED,
        &expense_ref(t, &after),
        &format!(
            "@{} took expense #{} of the treasury of {} off its day of payment{why}",
            actor.handle, e.number, t.handle
        ),
        &moved_event(t, &e, "scheduled", &reason),
    )?;
    Ok(after)
}

/// A steward (not its author) marks an expense spam, saying why: it leaves the lists and
/// nobody submits it again.
pub fn mark_spam(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    let reason = required_reason(reason)?;
    let moved = ["draft", "submitted", "incomplete", "rejected"]
        .into_iter()
        .find(|from| *from == e.state)
        .map(|from| step(conn, &e, (from, "spam"), Some(actor), &reason, (None, None)))
        .transpose()?
        .unwrap_or(false);
    if !moved {
        return Err(wrong_state(&e, "submitted"));
    }
    let after = require_expense(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_SPAM,
        &expense_ref(t, &after),
        &format!(
            "@{} marked expense #{} of the treasury of {} as spam: {}",
            actor.handle, e.number, t.handle, reason
        ),
        &moved_event(t, &e, &e.state, &reason),
    )?;
    Ok(after)
}

/// A steward (not its author) objects to a submitted expense under consent, saying why:
/// it is not approved while the objection stands.
pub fn object(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    deciding_steward(conn, actor, t, &e)?;
    if e.state != "submitted" {
        return Err(wrong_state(&e, "submitted"));
    }
    if consent_ends_at(conn, &e)?.is_none() {
        return Err(AppError::conflict(
            "not_by_consent",
            detail!(
                "problem-expense-not-by-consent",
                number = e.number.to_string()
            ),
        ));
    }
    let reason = required_reason(reason)?;
    if !store::raise_objection(
        conn,
        &ObjectionRow {
            expense_id: e.id.clone(),
            person_id: actor.id.as_str().to_string(),
            reason: reason.clone(),
            created_at: now_ms(),
            withdrawn_at: None,
        },
    )? {
        return Err(AppError::conflict(
            "objection_stands",
            detail!(
                "problem-expense-objection-stands",
                number = e.number.to_string()
            ),
        ));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_OBJECTED,
        &expense_ref(t, &e),
        &format!(
            "@{} objected to expense #{} of the treasury of {}: {}",
            actor.handle, e.number, t.handle, reason
        ),
        &moved_event(t, &e, &e.state, &reason),
    )?;
    Ok(e)
}

/// The objector withdraws their standing objection (while the expense is submitted or
/// incomplete); the expense is approved by consent once its period passed and none stands.
pub fn withdraw_objection(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<ExpenseRow, AppError> {
    store::lock(conn, &t.id)?;
    let e = require_expense(conn, t, number)?;
    steward_of(conn, actor, t)?;
    if e.state != "submitted" && e.state != "incomplete" {
        return Err(wrong_state(&e, "submitted"));
    }
    let reason = line("reason", reason, false, 500)?;
    if !store::withdraw_objection(conn, &e.id, actor.id.as_str(), now_ms())? {
        return Err(AppError::conflict(
            "no_objection",
            detail!(
                "problem-expense-no-objection",
                number = e.number.to_string()
            ),
        ));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::EXPENSE_OBJECTION_WITHDRAWN,
        &expense_ref(t, &e),
        &format!(
            "@{} withdrew their objection to expense #{} of the treasury of {}",
            actor.handle, e.number, t.handle
        ),
        &moved_event(t, &e, &e.state, &reason),
    )?;
    Ok(e)
}

/// Approves one submitted expense whose consent period ended by `now` with no objection
/// standing (the consent sweep, under the treasury's lock): false when it was decided,
/// withdrawn, objected to or resubmitted meanwhile, or when approving it would take its
/// budget line over a plan the treasury blocks at (the stewards decide it then).
pub fn approve_by_consent(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let Some(e) = store::expense_by_id(conn, id)? else {
        return Ok(false);
    };
    store::lock(conn, &e.treasury_id)?;
    let Some(e) = store::expense_by_id(conn, id)? else {
        return Ok(false);
    };
    if e.state != "submitted" || standing_objections(conn, &e)? > 0 {
        return Ok(false);
    }
    match consent_ends_at(conn, &e)? {
        Some(ends) if ends <= now => {}
        _ => return Ok(false),
    }
    let t = service::treasury_by_id(conn, &e.treasury_id)?;
    match super::lines::on_approval(conn, &t, &e) {
        Ok(_) => {}
        Err(err) if err.code == "over_budget_line" => return Ok(false),
        Err(err) => return Err(err),
    }
    if !step(
        conn,
        &e,
        ("submitted", "approved"),
        None,
        "consent",
        (None, None),
    )? {
        return Ok(false);
    }
    let after = require_expense(conn, &t, e.number)?;
    journal::record(
        conn,
        None,
        &events::EXPENSE_CONSENTED,
        &expense_ref(&t, &after),
        &format!(
            "Expense #{} of the treasury of {} was approved by consent: no objection stood",
            e.number, t.handle
        ),
        &events::ExpenseCanceled {
            treasury: t.handle.clone(),
            number: e.number,
        },
    )?;
    Ok(true)
}

/// Whether an expense in `state` shows in a treasury's lists (spam leaves them).
pub fn listed(state: &str) -> bool {
    state != "spam"
}
