//! What the coalition brings back to the commons, as flows inside the caller's
//! transaction, each with its journal event: a party accepts the fee its determination
//! named (the fee becomes owed to the commons and is booked in its treasury as a
//! receivable); a phyle's admin sets the shares of its surplus it pledges to commons and
//! declares its surplus for a period (each pledged share becomes owed the same way); a
//! steward of the commons' treasury records a due paid (the receivable is settled into
//! one of its assets and a distribution of the amount to the commons' contributors is
//! previewed, which the stewards post on its page). Each commons' dues are numbered and
//! serialized by a lock on the commons; a phyle's pledges and surpluses by one on it.

use super::events;
use super::model::{OrgKind, amounts, dues as rules, paid};
use super::service::{DAY_MS, require_determination};
use super::store::{self, DueRow, PaymentRow, PledgeRow, SurplusRow};
use crate::commons::CommonsRow;
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail};
use crate::ids::OrgId;
use crate::journal::{self, Context, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use commonfare_value::money::{Money, Unit};
use serde::Deserialize;
use utoipa::ToSchema;

/// Where licence fees and pledges are booked in a commons' treasury.
pub const FEES_RECEIVABLE: &str = "receivable:licence-fees";
pub const PLEDGES_RECEIVABLE: &str = "receivable:pledges";

pub fn due_url(c: &CommonsRow, number: i64) -> String {
    format!("/commons/{}/dues/{number}", c.handle)
}

pub fn due_ref(c: &CommonsRow, d: &DueRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Due,
        id: d.id.clone(),
        url: due_url(c, d.number),
        context: Some(Context::of(ObjectKind::Commons, &c.id)),
    }
}

fn org_ref(id: &str, handle: &str) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Organization,
        id: id.to_string(),
        url: format!("/orgs/{handle}"),
        context: None,
    }
}

/// The handle of the party that owes a due.
pub fn party_handle(conn: &mut DbConn, d: &DueRow) -> Result<String, AppError> {
    match (&d.organization_id, &d.person_id) {
        (Some(o), _) => crate::accounts::org_handle(conn, &OrgId(o.clone())),
        (None, Some(p)) => crate::accounts::handle_of(conn, p),
        (None, None) => Err(AppError::internal(anyhow::anyhow!(
            "due {} has no party",
            d.id
        ))),
    }
}

pub fn money_of(d: &DueRow) -> Result<Money, AppError> {
    let unit: Unit = d
        .unit
        .parse()
        .map_err(|_| AppError::internal(anyhow::anyhow!("unit {}", d.unit)))?;
    Ok(Money::from_minor(d.amount, unit))
}

/// The party's external account in the commons' treasury: `<root>:<handle>` when the
/// handle makes a valid account name, else `<root>`.
fn party_account(root: &str, handle: &str) -> String {
    let named = format!("{root}:{handle}");
    let ok = handle.len() <= 40
        && handle.starts_with(|c: char| c.is_ascii_lowercase())
        && handle
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok { named } else { root.to_string() }
}

fn day_of(ms: i64) -> Result<jiff::civil::Date, AppError> {
    Ok(jiff::Timestamp::from_millisecond(ms)
        .map_err(AppError::internal)?
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date())
}

fn no_treasury(c: &CommonsRow) -> AppError {
    AppError::conflict(
        "commons_without_treasury",
        detail!("problem-coalition-no-treasury", commons = c.handle.as_str()),
    )
}

/// Books a due in the commons' treasury, numbers it, keeps it and journals it.
fn owe(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
    mut due: DueRow,
    party: &str,
    category: &str,
    memo: &str,
) -> Result<DueRow, AppError> {
    let amount = money_of(&due)?;
    let (root, receivable) = match due.kind.as_str() {
        "pledge" => ("phyles", PLEDGES_RECEIVABLE),
        _ => ("licensees", FEES_RECEIVABLE),
    };
    let account = party_account(root, party);
    due.number = store::next_due_number(conn, &c.id)?;
    let reference = format!("{} #{}", c.handle, due.number);
    let (treasury, number) = crate::ledger::book_owed(
        conn,
        actor,
        &c.id,
        &crate::ledger::Owed {
            category,
            amount,
            party: &account,
            receivable,
            memo,
            reference: &reference,
        },
    )?
    .ok_or_else(|| no_treasury(c))?;
    due.owed_number = number;
    store::insert_due(conn, &due)?;
    let payload = events::DueOwed {
        due: due.id.clone(),
        number: due.number,
        commons: c.handle.clone(),
        kind: due.kind.clone(),
        party: party.to_string(),
        amount: amount.to_string(),
        from: due.period_from.clone(),
        until: due.period_until.clone(),
        treasury,
        transaction: number,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DUE_OWED,
        &due_ref(c, &due),
        &events::summary(&events::DUE_OWED, &actor.handle, &payload),
        &payload,
    )?;
    Ok(due)
}

/// The party of a determination accepts the fee it named: the person who asked, or an
/// active member of the organization it was asked for. The fee covers the determination's
/// period; a party owes one fee per period under a commons (a second determination in the
/// same period is answered, but its fee cannot be accepted again).
pub fn accept_fee(
    conn: &mut DbConn,
    actor: &Actor,
    determination: &str,
    now: i64,
) -> Result<(CommonsRow, DueRow), AppError> {
    let row = require_determination(conn, determination)?;
    let c = crate::commons::require_by_id(conn, &row.commons_id)?;
    crate::commons::ensure_open(conn, &c)?;
    let party = match &row.organization_id {
        Some(o) => {
            let org = OrgId(o.clone());
            if !crate::accounts::is_org_member(conn, &org, &actor.id)? {
                return Err(AppError::forbidden(detail!("problem-coalition-not-party")));
            }
            crate::accounts::org_handle(conn, &org)?
        }
        None if row.asked_by == actor.id.as_str() => actor.handle.clone(),
        None => return Err(AppError::forbidden(detail!("problem-coalition-not-party"))),
    };
    let Some(fee) = row
        .fee
        .as_deref()
        .filter(|_| row.outcome == "permitted_with_fee")
    else {
        return Err(AppError::conflict(
            "no_fee_to_accept",
            detail!("problem-coalition-no-fee", outcome = row.outcome.as_str()),
        ));
    };
    if now >= row.expires_at {
        return Err(AppError::conflict(
            "determination_expired",
            detail!("problem-coalition-expired", commons = c.handle.as_str()),
        ));
    }
    store::lock_dues(conn, &c.id)?;
    if store::breach_of_party(conn, &c.id, row.organization_id.as_deref(), &row.asked_by)?.is_some()
    {
        return Err(AppError::conflict(
            "rights_ended",
            detail!(
                "problem-coalition-rights-ended",
                commons = c.handle.as_str()
            ),
        ));
    }
    if let Some(d) = store::due_of_determination(conn, &row.id)? {
        return Err(AppError::conflict(
            "fee_already_accepted",
            detail!(
                "problem-coalition-fee-accepted",
                number = d.number.to_string(),
                commons = c.handle.as_str()
            ),
        ));
    }
    let from = day_of(row.decided_at)?.to_string();
    let until = day_of(row.expires_at - DAY_MS)?.to_string();
    for d in store::fees_of_party(conn, &c.id, row.organization_id.as_deref(), &row.asked_by)? {
        if d.period_from <= until && from <= d.period_until {
            return Err(AppError::conflict(
                "fee_period_taken",
                detail!(
                    "problem-coalition-fee-period",
                    number = d.number.to_string(),
                    from = d.period_from.as_str(),
                    until = d.period_until.as_str()
                ),
            ));
        }
    }
    let amount = amounts::money("fee", fee)?;
    let due = DueRow {
        id: new_id(),
        commons_id: c.id.clone(),
        number: 0,
        kind: "licence_fee".into(),
        organization_id: row.organization_id.clone(),
        person_id: match row.organization_id {
            Some(_) => None,
            None => Some(row.asked_by.clone()),
        },
        determination_id: Some(row.id.clone()),
        surplus_id: None,
        amount: amount.minor(),
        unit: amount.unit().code().to_string(),
        period_from: from.clone(),
        period_until: until.clone(),
        owed_number: 0,
        owed_by: actor.id.as_str().to_string(),
        owed_at: now,
    };
    let memo = format!("Licence fee of @{party} for {from} to {until}");
    let due = owe(conn, actor, &c, due, &party, "licence_fee", &memo)?;
    Ok((c, due))
}

/// A payment as a steward records it.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentInput {
    /// The treasury's asset account it was paid into (default `bank`).
    #[serde(default)]
    pub into: Option<String>,
    /// The bank's or the payer's reference.
    #[serde(default)]
    pub reference: String,
    /// The day it was paid, `YYYY-MM-DD` (default today).
    #[serde(default)]
    pub date: Option<String>,
    /// How the amount is shared among the commons' contributors: `equal`, `hours`,
    /// `credrank` or `equation`; when absent, by the standing policy of the commons'
    /// treasury (equal when it set none).
    #[serde(default)]
    pub distribute_by: Option<String>,
}

/// The due `number` of a commons, or a 404 that names it.
pub fn require_due(conn: &mut DbConn, c: &CommonsRow, number: i64) -> Result<DueRow, AppError> {
    store::due_by_number(conn, &c.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-coalition-no-due",
            number = number.to_string(),
            commons = c.handle.as_str()
        ))
    })
}

/// A steward of the commons' treasury records that a due was paid: the receivable is
/// settled into an asset, and a distribution of the amount to the commons' contributors
/// is previewed (none when nobody contributed yet). A due is paid once.
pub fn record_payment(
    conn: &mut DbConn,
    actor: &Actor,
    commons: &str,
    number: i64,
    input: &PaymentInput,
    now: i64,
) -> Result<(CommonsRow, DueRow, PaymentRow), AppError> {
    let c = crate::commons::require_commons(conn, commons)?;
    store::lock_dues(conn, &c.id)?;
    let due = require_due(conn, &c, number)?;
    if let Some(p) = store::payment_of(conn, &due.id)? {
        return Err(AppError::conflict(
            "due_already_paid",
            detail!(
                "problem-coalition-due-paid",
                number = due.number.to_string(),
                transaction = p.paid_number.to_string()
            ),
        ));
    }
    let treasury =
        crate::ledger::treasury_of(conn, "commons", &c.id)?.ok_or_else(|| no_treasury(&c))?;
    let amount = money_of(&due)?;
    let party = party_handle(conn, &due)?;
    let receivable = match due.kind.as_str() {
        "pledge" => PLEDGES_RECEIVABLE,
        _ => FEES_RECEIVABLE,
    };
    let into = input
        .into
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("bank");
    let memo = format!("Paid by @{party}: {} #{}", c.handle, due.number);
    let paid_number = crate::ledger::book_settled(
        conn,
        actor,
        &treasury,
        &crate::ledger::Settlement {
            amount,
            receivable,
            into,
            memo: &memo,
            reference: &input.reference,
            date: input.date.as_deref().filter(|d| !d.trim().is_empty()),
        },
    )?;
    let policy = input
        .distribute_by
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let share_memo = match due.kind.as_str() {
        "pledge" => format!("@{party}'s pledge shared with the contributors"),
        _ => format!("@{party}'s licence fee shared with the contributors"),
    };
    let distribution =
        crate::ledger::preview_distribution(conn, actor, &treasury, &amount, policy, &share_memo)?;
    let payment = PaymentRow {
        due_id: due.id.clone(),
        paid_number,
        paid_by: actor.id.as_str().to_string(),
        paid_at: now,
        distribution,
    };
    store::insert_payment(conn, &payment)?;
    let payload = events::DuePaid {
        due: due.id.clone(),
        number: due.number,
        commons: c.handle.clone(),
        party,
        amount: amount.to_string(),
        treasury,
        transaction: paid_number,
        distribution,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DUE_PAID,
        &due_ref(&c, &due),
        &events::summary(&events::DUE_PAID, &actor.handle, &payload),
        &payload,
    )?;
    Ok((c, due, payment))
}

/// A phyle named by its handle, for one of its admins: 404 when there is none, 422 when
/// the organization is not a phyle, 403 for anyone but its admins.
fn phyle_for_admin(
    conn: &mut DbConn,
    actor: &Actor,
    handle: &str,
) -> Result<(OrgId, String), AppError> {
    let (id, handle, _, kind) = crate::accounts::org_profile(conn, handle.trim())?;
    if kind != OrgKind::Phyle {
        return Err(AppError::invalid(
            "not_a_phyle",
            detail!(
                "problem-coalition-not-a-phyle",
                organization = handle.as_str()
            ),
        ));
    }
    if !crate::accounts::is_org_admin(conn, &id, &actor.id)? {
        return Err(AppError::forbidden(detail!(
            "problem-coalition-phyle-admins",
            organization = handle.as_str()
        )));
    }
    Ok((id, handle))
}

/// One pledge as given.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PledgeInput {
    /// The commons' handle.
    pub commons: String,
    /// The share of the phyle's surplus, a percentage with at most two decimals
    /// (`"10%"`, `"12.5"`).
    pub share: String,
}

/// A phyle's pledges, all of them (they replace the ones it had).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PledgesInput {
    pub pledges: Vec<PledgeInput>,
}

/// A phyle's admin sets its pledges: each commons once, each with a treasury to be paid
/// into, the shares adding up to at most the whole surplus.
pub fn set_pledges(
    conn: &mut DbConn,
    actor: &Actor,
    organization: &str,
    input: &PledgesInput,
    now: i64,
) -> Result<Vec<PledgeRow>, AppError> {
    let (org, handle) = phyle_for_admin(conn, actor, organization)?;
    store::lock_pledges(conn, org.as_str())?;
    let mut rows: Vec<PledgeRow> = Vec::with_capacity(input.pledges.len());
    let mut lines = Vec::with_capacity(input.pledges.len());
    for p in &input.pledges {
        let c = crate::commons::require_commons(conn, p.commons.trim())?;
        if rows.iter().any(|r| r.commons_id == c.id) {
            return Err(AppError::invalid(
                "duplicate_pledge",
                detail!(
                    "problem-coalition-duplicate-pledge",
                    commons = c.handle.as_str()
                ),
            ));
        }
        if crate::ledger::treasury_of(conn, "commons", &c.id)?.is_none() {
            return Err(no_treasury(&c));
        }
        let bp = rules::share(&p.share)?;
        lines.push(events::PledgeLine {
            commons: c.handle.clone(),
            share: rules::share_text(bp),
        });
        rows.push(PledgeRow {
            organization_id: org.0.clone(),
            commons_id: c.id,
            share_bp: bp,
            set_by: actor.id.as_str().to_string(),
            set_at: now,
        });
    }
    rules::check_total(&rows.iter().map(|r| r.share_bp).collect::<Vec<_>>())?;
    store::put_pledges(conn, org.as_str(), &rows)?;
    let payload = events::PledgesSet {
        organization: handle.clone(),
        pledges: lines,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PLEDGES_SET,
        &org_ref(org.as_str(), &handle),
        &events::summary(&events::PLEDGES_SET, &actor.handle, &payload),
        &payload,
    )?;
    Ok(rows)
}

/// A phyle's surplus for a period, as its admin declares it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SurplusInput {
    /// First day of the period, `YYYY-MM-DD`.
    pub from: String,
    /// Last day of the period, `YYYY-MM-DD`.
    pub until: String,
    /// The surplus, `"AMOUNT CUR"` (zero or more).
    pub amount: String,
}

/// A phyle's admin declares its surplus for a period that overlaps no other declared:
/// each pledged share of it becomes owed to its commons, booked in the commons' treasury.
pub fn declare_surplus(
    conn: &mut DbConn,
    actor: &Actor,
    organization: &str,
    input: &SurplusInput,
    now: i64,
) -> Result<(SurplusRow, Vec<DueRow>), AppError> {
    let (org, handle) = phyle_for_admin(conn, actor, organization)?;
    let (from, until) = paid::span(&input.from, Some(&input.until))?;
    let until = until.unwrap_or(from);
    let amount = amounts::money("amount", &input.amount)?;
    store::lock_pledges(conn, org.as_str())?;
    let (from, until) = (from.to_string(), until.to_string());
    for s in store::surpluses_of(conn, org.as_str())? {
        if s.period_from <= until && from <= s.period_until {
            return Err(AppError::conflict(
                "surplus_period_taken",
                detail!(
                    "problem-coalition-surplus-period",
                    from = s.period_from.as_str(),
                    until = s.period_until.as_str()
                ),
            ));
        }
    }
    let surplus = SurplusRow {
        id: new_id(),
        organization_id: org.0.clone(),
        period_from: from.clone(),
        period_until: until.clone(),
        amount: amount.minor(),
        unit: amount.unit().code().to_string(),
        declared_by: actor.id.as_str().to_string(),
        declared_at: now,
    };
    store::insert_surplus(conn, &surplus)?;
    let mut dues = Vec::new();
    let mut total = Money::from_minor(0, amount.unit());
    for p in store::pledges_of(conn, org.as_str())? {
        let owed = rules::pledged(amount, p.share_bp)?;
        if owed.minor() == 0 {
            continue;
        }
        total = amounts::plus(total, owed)?;
        let c = crate::commons::require_by_id(conn, &p.commons_id)?;
        store::lock_dues(conn, &c.id)?;
        let due = DueRow {
            id: new_id(),
            commons_id: c.id.clone(),
            number: 0,
            kind: "pledge".into(),
            organization_id: Some(org.0.clone()),
            person_id: None,
            determination_id: None,
            surplus_id: Some(surplus.id.clone()),
            amount: owed.minor(),
            unit: owed.unit().code().to_string(),
            period_from: from.clone(),
            period_until: until.clone(),
            owed_number: 0,
            owed_by: actor.id.as_str().to_string(),
            owed_at: now,
        };
        let memo = format!(
            "@{handle} pledged {} of its surplus for {from} to {until}",
            rules::share_text(p.share_bp)
        );
        dues.push(owe(conn, actor, &c, due, &handle, "donation", &memo)?);
    }
    let payload = events::SurplusDeclared {
        surplus: surplus.id.clone(),
        organization: handle.clone(),
        from,
        until,
        amount: amount.to_string(),
        pledged: total.to_string(),
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::SURPLUS_DECLARED,
        &org_ref(org.as_str(), &handle),
        &events::summary(&events::SURPLUS_DECLARED, &actor.handle, &payload),
        &payload,
    )?;
    Ok((surplus, dues))
}
