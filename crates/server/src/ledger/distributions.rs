//! Distributions back to contributors, the feedback loop: a steward of a commons' treasury
//! previews how an amount would be shared among the people whose contributions the commons
//! accepted in a period (by one of the policies of `shares`, each share with the
//! contributions behind it); the stewards then approve it by the treasury's approval rule
//! — as many as the rule asks for an expense of the distribution's amount, each approval
//! kept with its person and reason — and the approval that reaches the count posts it in
//! the same transaction: one ledger transaction, the amount booked to an expense account
//! and one leg per recipient into a liability account that holds what the treasury owes
//! them. A steward may object, saying why: the distribution does not post while an
//! objection stands, and when its objector withdraws it (the approvals being there) the
//! withdrawal posts it. A steward may discard a preview. Every move takes the treasury's
//! lock first and the change of state is a guarded write, so two stewards approving at
//! once post it once, and count once each. Distributions do not follow approval by consent:
//! silence never pays the commons' money out.

use super::events;
use super::model::{self, AccountKind};
use super::policies;
use super::service::{self, Draft, LegInput, NewAccount, owner_record, steward_of};
use super::shares::{self, Paid, Record, Rule, ShareError};
use super::store::{
    self, AccountRow, DistributionApprovalRow, DistributionObjectionRow, DistributionRow, ShareRow,
    TransactionRow, TreasuryRow,
};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use commonfare_value::money::Money;

/// The expense account a distribution is booked to unless the steward names another.
pub const DEFAULT_ACCOUNT: &str = "contributors";

/// A distribution as a steward asks for it, before anything is checked.
pub struct NewDistribution<'a> {
    /// The policy; the treasury's standing one when absent or empty.
    pub policy: Option<&'a str>,
    /// Its parameters; the standing ones (or the defaults) when absent.
    pub parameters: Option<&'a serde_json::Value>,
    pub amount: &'a str,
    pub unit: &'a str,
    /// The expense account (default [`DEFAULT_ACCOUNT`]).
    pub account: Option<&'a str>,
    /// First day counted (`YYYY-MM-DD`); default: the commons' beginning.
    pub since: Option<&'a str>,
    /// Last day counted; default: today.
    pub until: Option<&'a str>,
    pub memo: &'a str,
}

pub fn distribution_ref(t: &TreasuryRow, d: &DistributionRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Distribution,
        id: d.id.clone(),
        url: distribution_url(t, d.number),
        context: Some(owner_record(t)),
    }
}

pub fn distribution_url(t: &TreasuryRow, number: i64) -> String {
    format!("/treasuries/{}/distributions/{number}", t.handle)
}

fn day(field: &'static str, given: &str) -> Result<jiff::civil::Date, AppError> {
    given.trim().parse().map_err(|_| {
        AppError::invalid(
            "invalid_period",
            detail!(
                "problem-distribution-day",
                field = field,
                given = shown(given, 40)
            ),
        )
    })
}

/// Milliseconds at the start of a day, UTC.
fn start_ms(d: jiff::civil::Date) -> Result<i64, AppError> {
    let t = jiff::tz::TimeZone::UTC
        .to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
        .map_err(AppError::internal)?;
    Ok(t.as_millisecond())
}

/// `[since, until]` as milliseconds `[start of since, start of the day after until)`.
fn period(since: Option<&str>, until: Option<&str>) -> Result<(i64, i64), AppError> {
    let from = match since {
        Some(s) if !s.trim().is_empty() => start_ms(day("since", s)?)?,
        _ => 0,
    };
    let last = match until {
        Some(s) if !s.trim().is_empty() => day("until", s)?,
        _ => service::today(),
    };
    let to = start_ms(last.tomorrow().map_err(AppError::internal)?)?;
    if from >= to {
        return Err(AppError::invalid(
            "invalid_period",
            detail!("problem-distribution-period"),
        ));
    }
    Ok((from, to))
}

/// Previews a distribution: the shares are worked out and kept, nothing is booked.
pub fn preview(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    new: NewDistribution<'_>,
) -> Result<DistributionRow, AppError> {
    steward_of(conn, actor, t)?;
    if t.owner_kind != "commons" {
        return Err(AppError::invalid(
            "not_a_commons_treasury",
            detail!(
                "problem-distribution-commons-only",
                treasury = t.handle.as_str()
            ),
        ));
    }
    let rule = policies::resolve(conn, t, new.policy, new.parameters)?;
    let policy = rule.policy();
    let amount = model::parse_amount(new.amount, new.unit)?;
    if amount.minor() <= 0 {
        return Err(model::LedgerError::ZeroLeg { position: 1 }.into());
    }
    let account = model::account_name(new.account.unwrap_or(DEFAULT_ACCOUNT).trim())?;
    let memo = model::text("memo", new.memo)?;
    let (since_ms, until_ms) = period(new.since, new.until)?;
    // `balanced` weighs lifetime cred against what was paid before: the whole history.
    let from = if rule.is_balanced() { 0 } else { since_ms };
    let work = crate::commons::accepted_contributions(conn, &t.owner_id, from, until_ms)?;
    let record = record(
        conn,
        t,
        &rule,
        &work,
        (from, until_ms),
        amount.unit().code(),
    )?;
    let made = shares::shares(&rule, amount, &record).map_err(|e| match e {
        ShareError::NoContributors => AppError::invalid(
            "no_contributors",
            detail!("problem-distribution-nobody", policy = policy.as_str()),
        ),
        ShareError::Equation(why) => policies::bad_parameters(policy, &why),
        ShareError::Engine(why) => AppError::internal(anyhow::anyhow!(why)),
    })?;
    // A value equation may leave part of the amount with the treasury (buckets under
    // 100 %, settled claims): the distribution is what it shares.
    let shared = Money::checked_sum(amount.unit(), made.iter().map(|s| s.amount))
        .map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
    let undistributed = amount
        .checked_sub(shared)
        .map_err(|e| AppError::internal(anyhow::anyhow!(e)))?;
    if shared.is_zero() {
        return Err(AppError::invalid(
            "no_contributors",
            detail!("problem-distribution-nobody", policy = policy.as_str()),
        ));
    }
    let amount = shared;
    let row = DistributionRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: store::next_distribution_number(conn, &t.id)?,
        policy: policy.as_str().to_string(),
        amount: amount.minor(),
        unit: amount.unit().code().to_string(),
        account,
        since_ms,
        until_ms,
        memo,
        state: "previewed".into(),
        previewed_by: actor.id.as_str().to_string(),
        created_at: now_ms(),
        decided_by: None,
        decided_at: None,
        transaction_id: None,
    };
    let share_rows: Vec<ShareRow> = made
        .iter()
        .filter(|s| !s.amount.is_zero())
        .map(|s| ShareRow {
            distribution_id: row.id.clone(),
            person_id: s.person_id.clone(),
            amount: s.amount.minor(),
            weight: s.weight.clone(),
            basis: serde_json::to_string(&s.basis).unwrap_or_else(|_| "[]".into()),
        })
        .collect();
    store::insert_distribution(conn, &row, &share_rows)?;
    store::insert_distribution_parameters(
        conn,
        &row.id,
        &rule.parameters().to_string(),
        undistributed.minor(),
    )?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_PREVIEWED,
        &distribution_ref(t, &row),
        &format!(
            "@{} previewed distribution #{} of {} from the treasury of {} to its contributors by {}",
            actor.handle, row.number, amount, t.handle, row.policy
        ),
        &events::DistributionPreviewed {
            treasury: t.handle.clone(),
            number: row.number,
            policy: row.policy.clone(),
            amount: amount.to_string(),
            recipients: share_rows.len(),
        },
    )?;
    Ok(row)
}

/// What a policy is run over besides the accepted work: for CredRank the comments on the
/// commons' threads and its forks in the period, the people's handles both ways (and a
/// value equation's fixed agents), and for `balanced` what the treasury's posted
/// distributions in `unit` already paid.
fn record<'a>(
    conn: &mut DbConn,
    t: &TreasuryRow,
    rule: &Rule,
    work: &'a [crate::commons::AcceptedWork],
    (since, until): (i64, i64),
    unit: &str,
) -> Result<Record<'a>, AppError> {
    let ids = work
        .iter()
        .flat_map(|w| std::iter::once(w.author_id.clone()).chain(w.reviewer_ids.iter().cloned()));
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let mut by_handle: std::collections::BTreeMap<String, String> = handles
        .iter()
        .map(|(id, h)| (h.clone(), id.clone()))
        .collect();
    for agent in rule.agents() {
        if let Some(p) = crate::accounts::find_person(conn, agent)? {
            by_handle.insert(agent.to_string(), p.id.as_str().to_string());
        }
    }
    let paid: Vec<Paid> = if rule.is_balanced() {
        store::posted_shares(conn, &t.id, unit)?
            .into_iter()
            .map(|(person_id, amount, at_ms)| Paid {
                person_id,
                amount,
                at_ms,
            })
            .collect()
    } else {
        Vec::new()
    };
    // CredRank's graph also counts the comments on the commons' threads and its forks.
    let (comments, forks) = if rule.policy() == shares::Policy::CredRank {
        (
            super::comments_in_period(conn, &t.owner_id, since, until)?,
            crate::commons::forks_in_period(conn, &t.owner_id, since, until)?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let peer = match rule {
        Rule::Peer(p) => Some(super::peer::closed_round(conn, t, p.round)?),
        _ => None,
    };
    Ok(Record {
        work,
        comments,
        forks,
        peer,
        handles: handles.into_iter().collect(),
        ids: by_handle,
        paid,
    })
}

/// The distribution `number` of a treasury, or a 404 that names it.
pub fn require_distribution(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: i64,
) -> Result<DistributionRow, AppError> {
    store::distribution_by_number(conn, &t.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-distribution-none",
            treasury = t.handle.as_str(),
            number = number.to_string()
        ))
    })
}

fn decided(d: &DistributionRow) -> AppError {
    AppError::conflict(
        "distribution_decided",
        detail!(
            "problem-distribution-decided",
            number = d.number.to_string(),
            state = d.state.as_str()
        ),
    )
}

/// A liability account name for what the treasury owes `handle`: `owed:<handle>`
/// with the handle's underscores as hyphens, numbered when that name is taken.
fn payee_name(conn: &mut DbConn, t: &TreasuryRow, handle: &str) -> Result<String, AppError> {
    let base = format!("owed:{}", handle.replace('_', "-"));
    let mut name = base.clone();
    let mut n = 2;
    while store::account_by_name(conn, &t.id, &name)?.is_some() {
        name = format!("{base}-{n}");
        n += 1;
    }
    Ok(name)
}

/// The account that holds what the treasury owes a person in `unit`, opened when missing.
fn payee_account(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    person_id: &str,
    handle: &str,
    unit: &str,
) -> Result<AccountRow, AppError> {
    if let Some(a) = store::payee_account(conn, &t.id, person_id)?
        && a.unit == unit
    {
        return Ok(a);
    }
    let name = payee_name(conn, t, handle)?;
    let a = service::open_account(
        conn,
        actor,
        t,
        NewAccount {
            name: &name,
            kind: AccountKind::Liability.as_str(),
            unit,
            must_not_go_negative: false,
        },
    )?;
    store::insert_payee(conn, &a.id, person_id)?;
    Ok(a)
}

/// What came of a steward's move on a distribution: the distribution after it, and the
/// transaction that holds it when the move posted it.
pub type Decided = (DistributionRow, Option<TransactionRow>);

/// The approvals a distribution needs now: what the treasury's rule asks for an expense of
/// its amount.
pub fn approvals_needed(
    conn: &mut DbConn,
    t: &TreasuryRow,
    d: &DistributionRow,
) -> Result<i64, AppError> {
    let amount = Money::from_minor(d.amount, model::parse_unit(&d.unit)?);
    super::expenses::approvals_for(conn, t, &amount)
}

/// A previewed distribution of the treasury, under its lock, for a steward to decide.
fn open_for(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<DistributionRow, AppError> {
    steward_of(conn, actor, t)?;
    let d = require_distribution(conn, t, number)?;
    if d.state != "previewed" {
        return Err(decided(&d));
    }
    Ok(d)
}

/// A steward's second approval of `d`, or an objection after approving it.
fn approved_already(d: &DistributionRow) -> AppError {
    AppError::conflict(
        "distribution_already_approved",
        detail!(
            "problem-distribution-approved-already",
            number = d.number.to_string()
        ),
    )
}

/// A steward's move on `d` while their objection to it stands.
fn objection_stands(d: &DistributionRow) -> AppError {
    AppError::conflict(
        "distribution_objection_stands",
        detail!(
            "problem-distribution-objection-stands",
            number = d.number.to_string()
        ),
    )
}

/// The distribution's approvals, and whether any objection to it stands.
fn tally(conn: &mut DbConn, d: &DistributionRow) -> Result<(i64, bool), AppError> {
    let approvals = store::distribution_approvals(conn, &d.id)?.len() as i64;
    let objected = store::distribution_objections(conn, &d.id)?
        .iter()
        .any(|o| o.withdrawn_at.is_none());
    Ok((approvals, objected))
}

/// Posts `d` when it has the approvals the rule asks and no objection stands (the caller
/// holds the treasury's lock); `None` when it waits still.
fn post_when_ready(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    d: &DistributionRow,
) -> Result<Option<TransactionRow>, AppError> {
    let (approvals, objected) = tally(conn, d)?;
    if objected || approvals < approvals_needed(conn, t, d)? {
        return Ok(None);
    }
    post(conn, actor, t, d).map(|(_, tx)| Some(tx))
}

/// A steward approves a previewed distribution, saying why if they will; the approval
/// that reaches what the treasury's rule asks posts it (unless an objection stands). The
/// same steward approving again is a 409 `distribution_already_approved`: each counts
/// once.
pub fn approve(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<Decided, AppError> {
    let d = open_for(conn, actor, t, number)?;
    let reason = model::text("reason", reason)?;
    let standing = store::distribution_objections(conn, &d.id)?
        .into_iter()
        .any(|o| o.person_id == actor.id.as_str() && o.withdrawn_at.is_none());
    if standing {
        return Err(objection_stands(&d));
    }
    if !store::insert_distribution_approval(
        conn,
        &DistributionApprovalRow {
            distribution_id: d.id.clone(),
            person_id: actor.id.as_str().to_string(),
            reason: reason.clone(),
            created_at: now_ms(),
        },
    )? {
        return Err(approved_already(&d));
    }
    let (approvals, _) = tally(conn, &d)?;
    let needed = approvals_needed(conn, t, &d)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_APPROVED,
        &distribution_ref(t, &d),
        &format!(
            "@{} approved distribution #{} of the treasury of {} ({} of {})",
            actor.handle, d.number, t.handle, approvals, needed
        ),
        &events::DistributionApproved {
            treasury: t.handle.clone(),
            number: d.number,
            reason,
            approvals,
            needed,
        },
    )?;
    let posted = post_when_ready(conn, actor, t, &d)?;
    Ok((require_distribution(conn, t, number)?, posted))
}

/// A steward objects to a previewed distribution, saying why: it does not post while the
/// objection stands. One who approved it may not object (409
/// `distribution_already_approved`); objecting again while one's objection stands is a
/// 409 `distribution_objection_stands`.
pub fn object(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    reason: &str,
) -> Result<DistributionRow, AppError> {
    let d = open_for(conn, actor, t, number)?;
    let reason = model::text("reason", reason)?;
    if reason.is_empty() {
        return Err(AppError::invalid(
            "reason_required",
            detail!("problem-distribution-reason"),
        ));
    }
    let approved = store::distribution_approvals(conn, &d.id)?
        .iter()
        .any(|a| a.person_id == actor.id.as_str());
    if approved {
        return Err(approved_already(&d));
    }
    if !store::raise_distribution_objection(
        conn,
        &DistributionObjectionRow {
            distribution_id: d.id.clone(),
            person_id: actor.id.as_str().to_string(),
            reason: reason.clone(),
            created_at: now_ms(),
            withdrawn_at: None,
        },
    )? {
        return Err(objection_stands(&d));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_OBJECTED,
        &distribution_ref(t, &d),
        &format!(
            "@{} objected to distribution #{} of the treasury of {}: {}",
            actor.handle, d.number, t.handle, reason
        ),
        &events::DistributionObjected {
            treasury: t.handle.clone(),
            number: d.number,
            reason,
        },
    )?;
    Ok(d)
}

/// The objector withdraws their standing objection to a previewed distribution; when the
/// approvals the rule asks are there and no other objection stands, it posts now.
pub fn withdraw_objection(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<Decided, AppError> {
    let d = open_for(conn, actor, t, number)?;
    if !store::withdraw_distribution_objection(conn, &d.id, actor.id.as_str(), now_ms())? {
        return Err(AppError::conflict(
            "distribution_no_objection",
            detail!(
                "problem-distribution-no-objection",
                number = d.number.to_string()
            ),
        ));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_OBJECTION_WITHDRAWN,
        &distribution_ref(t, &d),
        &format!(
            "@{} withdrew their objection to distribution #{} of the treasury of {}",
            actor.handle, d.number, t.handle
        ),
        &events::DistributionObjected {
            treasury: t.handle.clone(),
            number: d.number,
            reason: String::new(),
        },
    )?;
    let posted = post_when_ready(conn, actor, t, &d)?;
    Ok((require_distribution(conn, t, number)?, posted))
}

/// Posts a previewed distribution as one transaction: the expense account takes the
/// amount, each recipient's liability account is credited with their share. Reached only
/// from [`post_when_ready`], under the treasury's lock, once the rule's approvals are in.
fn post(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    d: &DistributionRow,
) -> Result<(DistributionRow, TransactionRow), AppError> {
    let number = d.number;
    let shares = store::shares_of(conn, &d.id)?;
    let total = Money::from_minor(d.amount, model::parse_unit(&d.unit)?);
    let number_text = |m: i64| -> Result<String, AppError> {
        Ok(model::number(&Money::from_minor(m, total.unit())))
    };
    if store::account_by_name(conn, &t.id, &d.account)?.is_none() {
        service::open_account(
            conn,
            actor,
            t,
            NewAccount {
                name: &d.account,
                kind: AccountKind::Expense.as_str(),
                unit: &d.unit,
                must_not_go_negative: false,
            },
        )?;
    }
    let mut legs = vec![LegInput {
        account: d.account.clone(),
        amount: number_text(d.amount)?,
        unit: d.unit.clone(),
    }];
    let mut lines = Vec::with_capacity(shares.len());
    let handles = crate::accounts::handles_by_id(conn, shares.iter().map(|s| s.person_id.clone()))?;
    for s in &shares {
        let handle = handles.get(&s.person_id).cloned().unwrap_or_default();
        let a = payee_account(conn, actor, t, &s.person_id, &handle, &d.unit)?;
        legs.push(LegInput {
            account: a.name,
            amount: number_text(-s.amount)?,
            unit: d.unit.clone(),
        });
        lines.push(events::ShareLine {
            person: handle,
            amount: Money::from_minor(s.amount, total.unit()).to_string(),
        });
    }
    let mut draft = Draft::transfer(legs);
    draft.memo = if d.memo.is_empty() {
        format!("Distribution #{} to contributors ({})", d.number, d.policy)
    } else {
        d.memo.clone()
    };
    draft.reference = format!("distribution #{}", d.number);
    let recorded = service::record(conn, actor, t, draft)?;
    let now = now_ms();
    if !store::decide_distribution(
        conn,
        &d.id,
        "posted",
        actor.id.as_str(),
        now,
        Some(&recorded.transaction.id),
    )? {
        return Err(decided(d));
    }
    let posted = require_distribution(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_POSTED,
        &distribution_ref(t, &posted),
        &format!(
            "@{} posted distribution #{} of {} from the treasury of {} to {} contributors",
            actor.handle,
            d.number,
            total,
            t.handle,
            lines.len()
        ),
        &events::DistributionPosted {
            treasury: t.handle.clone(),
            number: d.number,
            amount: total.to_string(),
            transaction: recorded.transaction.number,
            shares: lines,
        },
    )?;
    Ok((posted, recorded.transaction))
}

/// Discards a previewed distribution; nothing was booked and nothing is.
pub fn discard(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<DistributionRow, AppError> {
    steward_of(conn, actor, t)?;
    let d = require_distribution(conn, t, number)?;
    if !store::decide_distribution(conn, &d.id, "discarded", actor.id.as_str(), now_ms(), None)? {
        return Err(decided(&d));
    }
    let gone = require_distribution(conn, t, number)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_DISCARDED,
        &distribution_ref(t, &gone),
        &format!(
            "@{} discarded distribution #{} of the treasury of {}",
            actor.handle, d.number, t.handle
        ),
        &events::DistributionDiscarded {
            treasury: t.handle.clone(),
            number: d.number,
        },
    )?;
    Ok(gone)
}
