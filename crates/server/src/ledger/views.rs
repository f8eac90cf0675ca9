//! What the API and the pages show of the ledger: a treasury with its stewards and
//! accounts, each account's balance, transactions with their legs (amounts as decimal
//! text in their unit, never a float), and the monthly income and expenses of a
//! treasury. Income is what came in from external accounts in income, expenses what
//! went out to them in spending; a reversal counts against the flow of its original.

use super::model::{self, number};
use super::store::{self, AccountRow, LegRow, TransactionRow, TreasuryRow};
use crate::db::DbConn;
use crate::error::AppError;
use crate::web::paging::{Page, Paging};
use commonfare_value::money::Money;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AccountView {
    /// Its name in the treasury (`bank`, `donors:acme`).
    pub name: String,
    /// asset, liability, income, expense, equity or external.
    pub kind: String,
    /// An ISO 4217 currency, `hours` or `credits`.
    pub unit: String,
    pub must_not_go_negative: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TreasuryView {
    pub handle: String,
    /// `organization`, `commons` or `person`.
    pub owner: String,
    /// Handles of the people who may record in it.
    pub stewards: Vec<String>,
    pub accounts: Vec<AccountView>,
    /// Unix milliseconds.
    pub created_at: i64,
    /// The hash of its latest transaction, the head of its chain (64 zeros before the
    /// first); `GET …/chain` recomputes it.
    pub head: String,
    /// The public ledger page.
    pub url: String,
}

/// One account's balance.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct BalanceView {
    pub account: String,
    pub kind: String,
    pub unit: String,
    /// Decimal text in the unit (`"40.00"`).
    pub balance: String,
    /// The same in minor units (cents for EUR).
    pub minor: i64,
    /// What pending holds set aside from it, decimal text; absent when nothing is held.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held: Option<String>,
    /// The balance less what is held, what may still be spent or held; absent when
    /// nothing is held (it is the balance).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub available: Option<String>,
    pub must_not_go_negative: bool,
}

/// Each account's balance, per unit (an account holds one unit).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Balances {
    pub treasury: String,
    pub accounts: Vec<BalanceView>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LegView {
    pub account: String,
    /// Decimal text, positive into the account, negative out of it.
    pub amount: String,
    pub unit: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TransactionView {
    /// Its number in the treasury.
    pub number: i64,
    /// `income`, `spending` or `transfer` (a reversal keeps its original's).
    pub flow: String,
    /// For income: donation, sponsorship, membership_fee, sale, licence_fee, grant or lending_fee.
    pub category: Option<String>,
    /// `YYYY-MM-DD`.
    pub booked_on: String,
    pub memo: String,
    /// The outside reference (bank transfer, receipt).
    pub reference: String,
    /// The commons the income is earmarked for, by handle.
    pub earmark: Option<String>,
    /// The number of the transaction this one reverses.
    pub reverses: Option<i64>,
    /// The number of the transaction that reversed this one.
    pub reversed_by: Option<i64>,
    /// Handle of the steward who recorded it.
    pub author: String,
    pub legs: Vec<LegView>,
    /// Unix milliseconds.
    pub created_at: i64,
    /// SHA-256 of the previous transaction's hash and this one: the treasury's chain.
    pub hash: String,
    pub url: String,
}

pub fn account_view(a: &AccountRow) -> AccountView {
    AccountView {
        name: a.name.clone(),
        kind: a.kind.clone(),
        unit: a.unit.clone(),
        must_not_go_negative: a.no_negative,
    }
}

pub fn treasury_view(conn: &mut DbConn, t: &TreasuryRow) -> Result<TreasuryView, AppError> {
    let rows = store::stewards(conn, &t.id)?;
    let stewards = crate::accounts::with_handles(conn, rows, |s| &s.0)?
        .into_iter()
        .map(|(_, h)| h)
        .collect();
    Ok(TreasuryView {
        handle: t.handle.clone(),
        owner: t.owner_kind.clone(),
        stewards,
        accounts: store::accounts(conn, &t.id)?
            .iter()
            .map(account_view)
            .collect(),
        created_at: t.created_at,
        head: {
            let next = store::next_number(conn, &t.id)?;
            store::hash_before(conn, &t.id, next)?
        },
        url: format!("/treasuries/{}", t.handle),
    })
}

/// An amount of minor units in a unit's text, as Money (hours and credits included).
pub fn money(minor: i64, unit: &str) -> Result<Money, AppError> {
    Ok(Money::from_minor(minor, model::parse_unit(unit)?))
}

pub fn balances(conn: &mut DbConn, t: &TreasuryRow) -> Result<Balances, AppError> {
    let sums = store::balances(conn, &t.id)?;
    let held = store::held_by_account(conn, &t.id, crate::db::now_ms())?;
    let accounts = store::accounts(conn, &t.id)?
        .into_iter()
        .map(|a| {
            let minor = sums.get(&a.id).copied().unwrap_or(0);
            let on_hold = held.get(&a.id).copied().unwrap_or(0);
            Ok(BalanceView {
                balance: number(&money(minor, &a.unit)?),
                held: (on_hold != 0)
                    .then(|| money(on_hold, &a.unit).map(|m| number(&m)))
                    .transpose()?,
                available: (on_hold != 0)
                    .then(|| money(minor.saturating_sub(on_hold), &a.unit).map(|m| number(&m)))
                    .transpose()?,
                minor,
                account: a.name,
                kind: a.kind,
                unit: a.unit,
                must_not_go_negative: a.no_negative,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(Balances {
        treasury: t.handle.clone(),
        accounts,
    })
}

/// What turns rows into views: account names, authors, earmarks and reversal numbers,
/// loaded once for a batch of transactions.
pub struct Names {
    accounts: BTreeMap<String, String>,
    authors: BTreeMap<String, String>,
    commons: BTreeMap<String, String>,
    numbers: BTreeMap<String, i64>,
    reversed_by: BTreeMap<String, i64>,
}

impl Names {
    pub fn load(conn: &mut DbConn, rows: &[TransactionRow]) -> Result<Names, AppError> {
        let accounts = store::all_accounts(conn)?
            .into_iter()
            .map(|a| (a.id, a.name))
            .collect();
        let authors =
            crate::accounts::handles_by_id(conn, rows.iter().map(|r| r.author_id.clone()))?
                .into_iter()
                .collect();
        let mut commons = BTreeMap::new();
        for id in rows.iter().filter_map(|r| r.earmark_commons_id.clone()) {
            if let std::collections::btree_map::Entry::Vacant(e) = commons.entry(id) {
                let c = crate::commons::require_by_id(conn, e.key())?;
                e.insert(c.handle);
            }
        }
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let originals: Vec<String> = rows.iter().filter_map(|r| r.reverses.clone()).collect();
        let numbers = store::numbers_of(conn, &originals)?.into_iter().collect();
        let reversed_by = store::reversals_of(conn, &ids)?.into_iter().collect();
        Ok(Names {
            accounts,
            authors,
            commons,
            numbers,
            reversed_by,
        })
    }

    pub fn account(&self, id: &str) -> String {
        self.accounts.get(id).cloned().unwrap_or_default()
    }
}

pub fn transaction_view(
    t: &TreasuryRow,
    row: &TransactionRow,
    legs: &[LegRow],
    names: &Names,
) -> Result<TransactionView, AppError> {
    let legs = legs
        .iter()
        .map(|l| {
            Ok(LegView {
                account: names.account(&l.account_id),
                amount: number(&money(l.amount, &l.unit)?),
                unit: l.unit.clone(),
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(TransactionView {
        number: row.number,
        flow: row.flow.clone(),
        category: row.category.clone(),
        booked_on: row.booked_on.clone(),
        memo: row.memo.clone(),
        reference: row.reference.clone(),
        earmark: row
            .earmark_commons_id
            .as_ref()
            .and_then(|id| names.commons.get(id).cloned()),
        reverses: row
            .reverses
            .as_ref()
            .and_then(|id| names.numbers.get(id).copied()),
        reversed_by: names.reversed_by.get(&row.id).copied(),
        author: names
            .authors
            .get(&row.author_id)
            .cloned()
            .unwrap_or_default(),
        legs,
        created_at: row.created_at,
        hash: row.hash.clone(),
        url: format!("/treasuries/{}#transaction-{}", t.handle, row.number),
    })
}

/// Views of these rows of one treasury, in their order.
pub fn transaction_views(
    conn: &mut DbConn,
    t: &TreasuryRow,
    rows: &[TransactionRow],
) -> Result<Vec<TransactionView>, AppError> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut legs = store::legs_of(conn, &ids)?;
    let names = Names::load(conn, rows)?;
    rows.iter()
        .map(|r| transaction_view(t, r, &legs.remove(&r.id).unwrap_or_default(), &names))
        .collect()
}

/// A treasury's transactions, newest first, a page at a time.
pub fn transactions_page(
    conn: &mut DbConn,
    t: &TreasuryRow,
    paging: &Paging,
) -> Result<Page<TransactionView>, AppError> {
    let before = paging.after::<i64>()?;
    let rows = store::transactions(conn, &t.id, before, paging.fetch())?;
    let page = paging.page(rows, |r| r.number);
    let views = transaction_views(conn, t, &page.items)?;
    let mut views = views.into_iter();
    page.try_map(|_| {
        views
            .next()
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("view")))
    })
}

pub fn transaction_detail(
    conn: &mut DbConn,
    t: &TreasuryRow,
    row: &TransactionRow,
) -> Result<TransactionView, AppError> {
    transaction_views(conn, t, std::slice::from_ref(row))?
        .pop()
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("no view of #{}", row.number)))
}

/// One month's income and expenses in one unit, in minor units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    /// `YYYY-MM`.
    pub month: String,
    pub unit: String,
    pub income: i64,
    pub expenses: i64,
}

/// Income and expenses per month and unit, oldest month first.
pub fn monthly(conn: &mut DbConn, t: &TreasuryRow) -> Result<Vec<Month>, AppError> {
    let mut months: BTreeMap<(String, String), (i128, i128)> = BTreeMap::new();
    for (booked_on, flow, unit, amount) in store::external_flows(conn, &t.id)? {
        let month = booked_on.get(..7).unwrap_or(&booked_on).to_string();
        let entry = months.entry((unit, month)).or_default();
        // An external account gives (negative leg) in income and receives in spending.
        match flow.as_str() {
            "income" => entry.0 -= i128::from(amount),
            "spending" => entry.1 += i128::from(amount),
            _ if amount < 0 => entry.0 -= i128::from(amount),
            _ => entry.1 += i128::from(amount),
        }
    }
    Ok(months
        .into_iter()
        .map(|((unit, month), (income, expenses))| Month {
            month,
            unit,
            income: clamp(income),
            expenses: clamp(expenses),
        })
        .collect())
}

fn clamp(n: i128) -> i64 {
    i64::try_from(n).unwrap_or(if n < 0 { i64::MIN } else { i64::MAX })
}

/// One recipient's share of a distribution.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ShareView {
    /// The recipient's handle.
    pub person: String,
    /// Decimal text in the distribution's unit.
    pub amount: String,
    /// The policy's weight for them, in its own words (`1`, `90 min`, `3.52 cred`).
    pub weight: String,
    /// The numbers of the commons' contributions behind the share.
    pub contributions: Vec<i64>,
}

/// A distribution back to contributors with every share.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DistributionView {
    pub treasury: String,
    pub number: i64,
    /// equal, hours, credrank or equation.
    pub policy: String,
    /// The policy's parameters it was made with (absent for distributions made before
    /// they were kept).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub parameters: Option<serde_json::Value>,
    /// What a value equation left with the treasury, decimal text in `unit` (absent when
    /// it shared everything).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undistributed: Option<String>,
    /// Decimal text in `unit`.
    pub amount: String,
    pub unit: String,
    /// The expense account the amount is booked to.
    pub account: String,
    /// First and last day counted (`YYYY-MM-DD`, UTC).
    pub since: String,
    pub until: String,
    pub memo: String,
    /// previewed, posted or discarded.
    pub state: String,
    pub previewed_by: String,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    /// The ledger transaction that holds it, once posted.
    pub transaction: Option<i64>,
    pub created_at: i64,
    pub shares: Vec<ShareView>,
    pub url: String,
    /// How many stewards' approvals the treasury's rule asks now for a distribution of
    /// this amount (as for an expense of it).
    pub approvals_needed: i64,
    /// The stewards' approvals, oldest first; the one that reached the rule posted it.
    pub approvals: Vec<ApprovalView>,
    /// The stewards' objections, standing or withdrawn, oldest first: it does not post
    /// while one stands.
    pub objections: Vec<ObjectionView>,
}

/// A steward's approval of a distribution, with what they said (empty when nothing).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ApprovalView {
    pub person: String,
    pub reason: String,
    pub at: i64,
}

fn day_of(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .date()
                .to_string()
        })
        .unwrap_or_default()
}

pub fn distribution_view(
    conn: &mut DbConn,
    t: &TreasuryRow,
    d: &store::DistributionRow,
) -> Result<DistributionView, AppError> {
    let shares = store::shares_of(conn, &d.id)?;
    let approvals = store::distribution_approvals(conn, &d.id)?;
    let objections = store::distribution_objections(conn, &d.id)?;
    let mut ids: Vec<String> = shares.iter().map(|s| s.person_id.clone()).collect();
    ids.push(d.previewed_by.clone());
    ids.extend(d.decided_by.clone());
    ids.extend(approvals.iter().map(|a| a.person_id.clone()));
    ids.extend(objections.iter().map(|o| o.person_id.clone()));
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_default();
    let transaction = match &d.transaction_id {
        Some(id) => store::numbers_of(conn, std::slice::from_ref(id))?
            .first()
            .map(|(_, n)| *n),
        None => None,
    };
    let kept = store::distribution_parameters(conn, &d.id)?;
    let undistributed = match &kept {
        Some((_, left)) if *left != 0 => Some(number(&money(*left, &d.unit)?)),
        _ => None,
    };
    Ok(DistributionView {
        treasury: t.handle.clone(),
        number: d.number,
        policy: d.policy.clone(),
        parameters: kept.and_then(|(p, _)| serde_json::from_str(&p).ok()),
        undistributed,
        amount: number(&money(d.amount, &d.unit)?),
        unit: d.unit.clone(),
        account: d.account.clone(),
        since: day_of(d.since_ms),
        // until_ms is the start of the day after the last one counted.
        until: day_of(d.until_ms - 1),
        memo: d.memo.clone(),
        state: d.state.clone(),
        previewed_by: handle(&d.previewed_by),
        decided_by: d.decided_by.as_deref().map(handle),
        decided_at: d.decided_at,
        transaction,
        created_at: d.created_at,
        shares: shares
            .iter()
            .map(|s| {
                Ok(ShareView {
                    person: handle(&s.person_id),
                    amount: number(&money(s.amount, &d.unit)?),
                    weight: s.weight.clone(),
                    contributions: serde_json::from_str(&s.basis).unwrap_or_default(),
                })
            })
            .collect::<Result<_, AppError>>()?,
        url: format!("/treasuries/{}/distributions/{}", t.handle, d.number),
        approvals_needed: super::distributions::approvals_needed(conn, t, d)?,
        approvals: approvals
            .iter()
            .map(|a| ApprovalView {
                person: handle(&a.person_id),
                reason: a.reason.clone(),
                at: a.created_at,
            })
            .collect(),
        objections: objections
            .iter()
            .map(|o| ObjectionView {
                person: handle(&o.person_id),
                reason: o.reason.clone(),
                at: o.created_at,
                withdrawn_at: o.withdrawn_at,
            })
            .collect(),
    })
}

/// A treasury's standing distribution policy.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DistributionPolicyView {
    pub treasury: String,
    /// equal, hours, credrank, equation or peer.
    pub policy: String,
    /// Its parameters, the defaults written out.
    #[schema(value_type = Object)]
    pub parameters: serde_json::Value,
    /// The steward who set it; absent when none was set (the default, equal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_by: Option<String>,
    /// Since when it holds (milliseconds); absent when none was set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub set_at: Option<i64>,
}

pub fn distribution_policy(
    conn: &mut DbConn,
    t: &TreasuryRow,
) -> Result<DistributionPolicyView, AppError> {
    let (rule, row) = super::policies::standing(conn, t)?;
    let set_by = match &row {
        Some(r) => Some(crate::accounts::handle_of(conn, &r.set_by)?),
        None => None,
    };
    Ok(DistributionPolicyView {
        treasury: t.handle.clone(),
        policy: rule.policy().as_str().to_string(),
        parameters: rule.parameters(),
        set_by,
        set_at: row.map(|r| r.set_at),
    })
}

/// What a person was given back and is owed: each posted share, and each treasury's
/// balance of what it still owes them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PaidBackView {
    pub person: String,
    pub shares: Vec<ReceivedView>,
    pub owed: Vec<OwedView>,
}

/// One share a person received.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReceivedView {
    pub treasury: String,
    pub distribution: i64,
    pub policy: String,
    pub amount: String,
    pub unit: String,
    pub weight: String,
    pub contributions: Vec<i64>,
    pub posted_at: Option<i64>,
    pub url: String,
}

/// What one treasury owes a person (a liability account's balance, as a positive
/// amount: shares posted less what was paid out).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OwedView {
    pub treasury: String,
    pub account: String,
    pub amount: String,
    pub unit: String,
}

pub fn paid_back(
    conn: &mut DbConn,
    person_id: &str,
    handle: &str,
) -> Result<PaidBackView, AppError> {
    let mut treasuries: BTreeMap<String, String> = BTreeMap::new();
    let mut treasury = |conn: &mut DbConn, id: &str| -> Result<String, AppError> {
        if let Some(h) = treasuries.get(id) {
            return Ok(h.clone());
        }
        let h = store::treasury_by_id(conn, id)?
            .map(|t| t.handle)
            .unwrap_or_default();
        treasuries.insert(id.to_string(), h.clone());
        Ok(h)
    };
    let mut shares = Vec::new();
    for (s, d) in store::shares_received(conn, person_id)? {
        let t = treasury(conn, &d.treasury_id)?;
        shares.push(ReceivedView {
            url: format!("/treasuries/{t}/distributions/{}", d.number),
            treasury: t,
            distribution: d.number,
            policy: d.policy.clone(),
            amount: number(&money(s.amount, &d.unit)?),
            unit: d.unit.clone(),
            weight: s.weight.clone(),
            contributions: serde_json::from_str(&s.basis).unwrap_or_default(),
            posted_at: d.decided_at,
        });
    }
    let accounts = store::accounts_owing(conn, person_id)?;
    let ids: Vec<String> = accounts.iter().map(|a| a.id.clone()).collect();
    let sums = store::balances_of(conn, &ids)?;
    let mut owed = Vec::new();
    for a in &accounts {
        let owes = -sums.get(&a.id).copied().unwrap_or(0);
        owed.push(OwedView {
            treasury: treasury(conn, &a.treasury_id)?,
            account: a.name.clone(),
            amount: number(&money(owes, &a.unit)?),
            unit: a.unit.clone(),
        });
    }
    Ok(PaidBackView {
        person: handle.to_string(),
        shares,
        owed,
    })
}

/// One steward's approval or rejection of an expense.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VoteView {
    pub person: String,
    /// approve or reject.
    pub verdict: String,
    pub reason: String,
    pub at: i64,
}

/// One move of an expense between states, with its person (none when the consent sweep
/// approved it) and reason.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StepView {
    /// The state before (`new` when it was written) and after.
    pub from: String,
    pub to: String,
    pub person: Option<String>,
    pub reason: String,
    pub at: i64,
    /// The day of payment (`YYYY-MM-DD`), on a move into `scheduled`.
    pub pay_on: Option<String>,
}

/// A steward's objection to an expense under consent, or to a previewed distribution;
/// `withdrawn_at` once its objector withdrew it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ObjectionView {
    pub person: String,
    pub reason: String,
    pub at: i64,
    pub withdrawn_at: Option<i64>,
}

/// An expense's receipt: its name, type and SHA-256; where to read it, unless it is kept
/// for the stewards and the submitter (then `private_reason` says why).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReceiptView {
    pub name: String,
    pub media_type: String,
    pub sha256: String,
    pub private_reason: Option<String>,
    /// The receipt's address, for those who may read it.
    pub url: Option<String>,
}

/// An expense with every approval and rejection.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExpenseView {
    pub treasury: String,
    pub number: i64,
    /// draft, submitted, incomplete, approved, scheduled, paid, rejected, canceled or spam.
    pub state: String,
    pub title: String,
    pub description: String,
    /// Decimal text in `unit`.
    pub amount: String,
    pub unit: String,
    pub payee: String,
    /// How to pay the payee: for the stewards and the submitter only (null for others).
    pub payout: Option<String>,
    pub approvals_needed: i64,
    pub approvals: i64,
    pub votes: Vec<VoteView>,
    pub receipt: Option<ReceiptView>,
    pub submitted_by: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
    /// The spending transaction, once paid.
    pub transaction: Option<i64>,
    /// The spending limits of the organization's bodies that the expense passes: it is
    /// paid only once a decision of each body authorises it.
    pub limits: Vec<LimitView>,
    /// The budget line it is on, if any.
    pub budget_line: Option<ExpenseLineView>,
    /// Every move between states, oldest first.
    pub steps: Vec<StepView>,
    /// When its consent period ends (Unix ms), when its treasury approves by consent.
    pub consent_ends_at: Option<i64>,
    /// Objections raised under consent, standing or withdrawn.
    pub objections: Vec<ObjectionView>,
    /// The day it is scheduled to be paid (`YYYY-MM-DD`), while scheduled.
    pub pay_on: Option<String>,
    /// When it is a payout: the account of what the treasury owes its submitter
    /// (`owed:<handle>`), which paying it debits.
    pub pays_out: Option<String>,
    pub url: String,
}

/// The budget line an expense is on.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExpenseLineView {
    pub number: i64,
    pub name: String,
    /// By how much its approval took the line over its plan (decimal text), when it did.
    pub over_by: Option<String>,
}

/// A body's spending limit that an expense passes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LimitView {
    pub body: String,
    pub body_url: String,
    /// Decimal text in the expense's unit.
    pub limit: String,
    /// The address of the body's decision that authorises paying it, once passed.
    pub authorised_by: Option<String>,
}

/// An expense as `sees_private` (a steward or the submitter) may see it.
pub fn expense_view(
    conn: &mut DbConn,
    t: &TreasuryRow,
    e: &store::ExpenseRow,
    sees_private: bool,
) -> Result<ExpenseView, AppError> {
    let votes = store::votes_of(conn, &e.id)?;
    let steps = store::steps_of(conn, &e.id)?;
    let objections = store::objections_of(conn, &e.id)?;
    let mut ids: Vec<String> = votes.iter().map(|v| v.person_id.clone()).collect();
    ids.extend(steps.iter().filter_map(|s| s.person_id.clone()));
    ids.extend(objections.iter().map(|o| o.person_id.clone()));
    ids.push(e.submitted_by.clone());
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_default();
    let transaction = match &e.transaction_id {
        Some(id) => store::numbers_of(conn, std::slice::from_ref(id))?
            .first()
            .map(|(_, n)| *n),
        None => None,
    };
    let url = format!("/treasuries/{}/expenses/{}", t.handle, e.number);
    let limits = super::expenses::limits_passed(conn, t, e)?
        .into_iter()
        .map(|l| LimitView {
            body: l.body_name,
            body_url: l.body_url,
            limit: number(&l.limit),
            authorised_by: l.authorised_by,
        })
        .collect();
    let budget_line = match store::line_of_expense(conn, &e.id)? {
        Some((l, over)) => Some(ExpenseLineView {
            over_by: match over {
                Some(m) => Some(number(&money(m, &l.unit)?)),
                None => None,
            },
            number: l.number,
            name: l.name,
        }),
        None => None,
    };
    let receipt = store::receipt_meta(conn, &e.id)?.map(|r| ReceiptView {
        url: (r.private_reason.is_none() || sees_private).then(|| format!("/api/v1{url}/receipt")),
        name: r.name,
        media_type: r.media_type,
        sha256: r.sha256,
        private_reason: r.private_reason,
    });
    Ok(ExpenseView {
        treasury: t.handle.clone(),
        number: e.number,
        state: e.state.clone(),
        title: e.title.clone(),
        description: e.description.clone(),
        amount: number(&money(e.amount, &e.unit)?),
        unit: e.unit.clone(),
        payee: e.payee.clone(),
        payout: sees_private.then(|| e.payout.clone()),
        approvals_needed: e.approvals_needed,
        approvals: votes.iter().filter(|v| v.verdict == "approve").count() as i64,
        votes: votes
            .iter()
            .map(|v| VoteView {
                person: handle(&v.person_id),
                verdict: v.verdict.clone(),
                reason: v.reason.clone(),
                at: v.created_at,
            })
            .collect(),
        receipt,
        submitted_by: handle(&e.submitted_by),
        limits,
        budget_line,
        created_at: e.created_at,
        decided_at: e.decided_at,
        transaction,
        consent_ends_at: if e.state == "submitted" {
            steps
                .iter()
                .rfind(|s| s.to_state == "submitted")
                .and_then(|s| s.consent_ends_at)
        } else {
            None
        },
        pays_out: store::payout_account(conn, &e.id)?.map(|a| a.name),
        pay_on: if e.state == "scheduled" {
            steps
                .iter()
                .rfind(|s| s.to_state == "scheduled")
                .and_then(|s| s.pay_on.clone())
        } else {
            None
        },
        steps: steps
            .into_iter()
            .map(|s| StepView {
                person: s.person_id.as_deref().map(handle),
                from: s.from_state,
                to: s.to_state,
                reason: s.reason,
                at: s.at,
                pay_on: s.pay_on,
            })
            .collect(),
        objections: objections
            .into_iter()
            .map(|o| ObjectionView {
                person: handle(&o.person_id),
                reason: o.reason,
                at: o.created_at,
                withdrawn_at: o.withdrawn_at,
            })
            .collect(),
        url,
    })
}

/// A hold, with its state as of now (a pending hold whose time has passed is `expired`,
/// swept or not).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HoldView {
    pub treasury: String,
    pub number: i64,
    /// The account it sets money aside from, and the one it is for.
    pub from: String,
    pub to: String,
    /// Decimal text in `unit`.
    pub amount: String,
    pub unit: String,
    /// What was posted, when it was.
    pub posted: Option<String>,
    /// pending, posted, voided or expired.
    pub state: String,
    pub memo: String,
    /// Unix milliseconds.
    pub expires_at: i64,
    pub placed_by: String,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<i64>,
    /// The transaction that posted it.
    pub transaction: Option<i64>,
}

pub fn hold_view(
    conn: &mut DbConn,
    t: &TreasuryRow,
    h: &store::HoldRow,
) -> Result<HoldView, AppError> {
    let account = |conn: &mut DbConn, id: &str| -> Result<store::AccountRow, AppError> {
        store::account_by_id(conn, id)?
            .ok_or_else(|| AppError::internal(anyhow::anyhow!("no account {id}")))
    };
    let from = account(conn, &h.from_account_id)?;
    let to = account(conn, &h.to_account_id)?;
    let mut ids = vec![h.created_by.clone()];
    ids.extend(h.resolved_by.clone());
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_default();
    let transaction = match &h.transaction_id {
        Some(id) => store::numbers_of(conn, std::slice::from_ref(id))?
            .first()
            .map(|(_, n)| *n),
        None => None,
    };
    let state = if h.state == "pending" && h.expires_at <= crate::db::now_ms() {
        "expired".to_string()
    } else {
        h.state.clone()
    };
    Ok(HoldView {
        treasury: t.handle.clone(),
        number: h.number,
        amount: number(&money(h.amount, &from.unit)?),
        posted: h
            .posted_amount
            .map(|p| money(p, &from.unit).map(|m| number(&m)))
            .transpose()?,
        unit: from.unit.clone(),
        from: from.name,
        to: to.name,
        state,
        memo: h.memo.clone(),
        expires_at: h.expires_at,
        placed_by: handle(&h.created_by),
        resolved_by: h.resolved_by.as_deref().map(handle),
        resolved_at: h.resolved_at,
        transaction,
    })
}

/// One member of a peer allocation round.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeerMemberView {
    pub handle: String,
    /// Points they gave in all (public while the round is open too).
    pub given: i64,
    /// Points they received; absent while the round is open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received: Option<i64>,
}

/// One gift of a closed round.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeerGiftView {
    pub from: String,
    pub to: String,
    pub points: i64,
}

/// A round of peer allocation: who is in it, and once it is closed who gave whom what.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PeerRoundView {
    pub treasury: String,
    pub number: i64,
    /// Points each member has to give.
    pub allowance: i64,
    pub open: bool,
    pub opened_by: String,
    /// RFC 3339.
    pub opened_at: String,
    /// When it stops (or stopped) taking gifts, RFC 3339.
    pub ends_at: String,
    pub members: Vec<PeerMemberView>,
    /// Every gift, once the round is closed (empty while it is open).
    pub gifts: Vec<PeerGiftView>,
}

/// The round as anyone sees it at `now`.
pub fn peer_round(
    conn: &mut DbConn,
    t: &TreasuryRow,
    r: &store::PeerRoundRow,
    now: i64,
) -> Result<PeerRoundView, AppError> {
    let members = store::peer_members(conn, &r.id)?;
    let gifts = store::peer_gifts(conn, &r.id)?;
    let ids = members
        .iter()
        .cloned()
        .chain(std::iter::once(r.opened_by.clone()));
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_else(|| id.to_string());
    let open = r.is_open(now);
    let mut given: BTreeMap<&str, i64> = BTreeMap::new();
    let mut received: BTreeMap<&str, i64> = BTreeMap::new();
    for (from, to, points) in &gifts {
        *given.entry(from).or_default() += points;
        *received.entry(to).or_default() += points;
    }
    let mut members: Vec<PeerMemberView> = members
        .iter()
        .map(|m| PeerMemberView {
            handle: handle(m),
            given: given.get(m.as_str()).copied().unwrap_or(0),
            received: (!open).then(|| received.get(m.as_str()).copied().unwrap_or(0)),
        })
        .collect();
    members.sort_by(|a, b| a.handle.cmp(&b.handle));
    let gifts = if open {
        Vec::new()
    } else {
        let mut g: Vec<PeerGiftView> = gifts
            .iter()
            .map(|(from, to, points)| PeerGiftView {
                from: handle(from),
                to: handle(to),
                points: *points,
            })
            .collect();
        g.sort_by(|a, b| (&a.from, &a.to).cmp(&(&b.from, &b.to)));
        g
    };
    Ok(PeerRoundView {
        treasury: t.handle.clone(),
        number: r.number,
        allowance: r.allowance,
        open,
        opened_by: handle(&r.opened_by),
        opened_at: crate::web::rfc3339(r.opened_at),
        ends_at: crate::web::rfc3339(r.ends_at()),
        members,
        gifts,
    })
}

/// What one member gave in a round, by handle.
pub fn peer_gifts_of(
    conn: &mut DbConn,
    r: &store::PeerRoundRow,
    giver_id: &str,
) -> Result<BTreeMap<String, i64>, AppError> {
    let mine: Vec<(String, i64)> = store::peer_gifts(conn, &r.id)?
        .into_iter()
        .filter(|(g, _, _)| g == giver_id)
        .map(|(_, to, p)| (to, p))
        .collect();
    let handles = crate::accounts::handles_by_id(conn, mine.iter().map(|(to, _)| to.clone()))?;
    Ok(mine
        .into_iter()
        .map(|(to, p)| (handles.get(&to).cloned().unwrap_or(to), p))
        .collect())
}
