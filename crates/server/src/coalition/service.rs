//! The coalition's flows, shared by the API, the pages and the demo, each inside the
//! caller's transaction with its journal event: setting a commons' licence policy (its
//! maintainers), and asking for a determination (anyone signed in, for themselves or for
//! an organization they are a member of). The decision itself is the model's.

use super::events;
use super::model::{
    self, Ask, CoalitionError, Declared, Given, Known, OrgKind, Policy, PolicyInput, Use,
};
use super::store::{self, BreachRow, DeterminationRow, PolicyRow};
use crate::commons::CommonsRow;
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail, shown};
use crate::ids::OrgId;
use crate::journal::{self, Context, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use axum::http::StatusCode;

/// A day, in ms.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

impl From<CoalitionError> for AppError {
    #[track_caller]
    fn from(e: CoalitionError) -> Self {
        let status = match e {
            CoalitionError::NothingToTerminate { .. } => StatusCode::CONFLICT,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        AppError::new(status, e.code(), e.detail())
    }
}

/// The policy a commons is under: the one its maintainers set, else the one its licence
/// expression implies.
pub fn policy_of(conn: &mut DbConn, c: &CommonsRow) -> Result<Policy, AppError> {
    match store::policy_of(conn, &c.id)? {
        Some(row) => serde_json::from_str(&row.terms).map_err(AppError::internal),
        None => Ok(Policy::of_licence(&c.licence)),
    }
}

/// Who set a commons' policy and when, if its maintainers set one.
pub fn policy_row(conn: &mut DbConn, c: &CommonsRow) -> Result<Option<PolicyRow>, AppError> {
    store::policy_of(conn, &c.id)
}

/// A 403 unless `actor` maintains the commons.
pub fn require_maintainer(
    conn: &mut DbConn,
    actor: &Actor,
    c: &CommonsRow,
) -> Result<(), AppError> {
    let maintains = crate::commons::maintainers_of(conn, &c.id)?
        .iter()
        .any(|(id, ..)| id == actor.id.as_str());
    if maintains {
        Ok(())
    } else {
        Err(AppError::forbidden(detail!(
            "problem-coalition-maintainers-only",
            commons = c.handle.as_str()
        )))
    }
}

/// A maintainer sets the commons' licence policy; the commons shows the licence it
/// implies (its SPDX expression, `LicenseRef-PPL` or `LicenseRef-CopyFair`; a custom
/// policy leaves the expression as it was). Journaled on the commons.
pub fn set_policy(
    conn: &mut DbConn,
    actor: &Actor,
    handle: &str,
    input: &PolicyInput,
    now: i64,
) -> Result<(CommonsRow, Policy), AppError> {
    let c = crate::commons::require_commons(conn, handle)?;
    crate::commons::ensure_open(conn, &c)?;
    require_maintainer(conn, actor, &c)?;
    let policy = input.parse()?;
    crate::db::lock_key(conn, &format!("licence-policy:{}", c.id))?;
    let licence = policy.licence_expression().map(str::to_string);
    if let Some(expression) = &licence {
        crate::commons::set_licence(conn, &c.id, expression)?;
    }
    store::put_policy(
        conn,
        &PolicyRow {
            commons_id: c.id.clone(),
            kind: policy.kind().to_string(),
            terms: serde_json::to_string(&policy).map_err(AppError::internal)?,
            set_by: actor.id.as_str().to_string(),
            set_at: now,
        },
    )?;
    let payload = events::PolicySet {
        commons: c.handle.clone(),
        policy: policy.kind().to_string(),
        licence: licence.clone(),
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::POLICY_SET,
        &ObjectRef {
            kind: ObjectKind::Commons,
            id: c.id.clone(),
            url: format!("/commons/{}", c.handle),
            context: None,
        },
        &events::summary(&events::POLICY_SET, &actor.handle, &payload),
        &payload,
    )?;
    let c = crate::commons::require_commons(conn, handle)?;
    Ok((c, policy))
}

/// The facts a question declares, as sent: each optional.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct FactsInput {
    pub worker_owned: Option<bool>,
    pub surplus_to_workers: Option<bool>,
    pub waged_labour: Option<bool>,
    /// `"AMOUNT CUR"`.
    pub revenue: Option<String>,
    pub units: Option<i64>,
}

impl FactsInput {
    /// The declared facts, read: a revenue that does not read as money of a currency,
    /// zero or more, within 64-bit minor units, or a negative count of units, is refused.
    pub fn read(&self) -> Result<Declared, AppError> {
        let revenue = match self.revenue.as_deref() {
            Some(r) => Some(model::amounts::money("revenue", r)?),
            None => None,
        };
        if let Some(u) = self.units
            && u < 0
        {
            return Err(CoalitionError::InvalidUnits { given: u }.into());
        }
        Ok(Declared {
            worker_owned: self.worker_owned,
            surplus_to_workers: self.surplus_to_workers,
            waged_labour: self.waged_labour,
            revenue,
            units: self.units,
        })
    }
}

/// A question: may the asker (or the organization named) use the commons for this use?
#[derive(Debug, Clone)]
pub struct Question {
    pub commons: String,
    pub usage: String,
    pub organization: Option<String>,
    pub facts: FactsInput,
}

/// What the instance knew of the asker when it answered: the organization's kind and its
/// active members (the person alone when they asked for themselves). When either changes,
/// the answer no longer says what would be answered: ask again.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Snapshot {
    pub organization_kind: Option<String>,
    pub members: Vec<String>,
}

impl Snapshot {
    /// What the instance knows now of a determination's asker.
    pub fn now_of(conn: &mut DbConn, row: &DeterminationRow) -> Result<Snapshot, AppError> {
        match &row.organization_id {
            None => Ok(Snapshot {
                organization_kind: None,
                members: vec![row.asked_by.clone()],
            }),
            Some(id) => {
                let org = OrgId(id.clone());
                let (handle, _) = crate::accounts::org_card_by_id(conn, &org)?;
                let (.., kind) = crate::accounts::org_profile(conn, &handle)?;
                let mut members: Vec<String> = crate::accounts::active_members(conn, &org)?
                    .into_iter()
                    .map(|(id, _)| id)
                    .collect();
                members.sort();
                Ok(Snapshot {
                    organization_kind: Some(kind.as_str().to_string()),
                    members,
                })
            }
        }
    }

    /// What changed from `then` to `self`: `organization_kind`, `members`.
    pub fn changed_since(&self, then: &Snapshot) -> Vec<String> {
        let mut changed = Vec::new();
        if self.organization_kind != then.organization_kind {
            changed.push("organization_kind".to_string());
        }
        if self.members != then.members {
            changed.push("members".to_string());
        }
        changed
    }
}

/// What the instance knows of the one asking: the organization's kind and members, or the
/// person; and the people whose contributions count for them.
struct Asker {
    organization: Option<(OrgId, String, OrgKind)>,
    people: Vec<String>,
}

fn asker(conn: &mut DbConn, actor: &Actor, organization: Option<&str>) -> Result<Asker, AppError> {
    let Some(handle) = organization.map(str::trim).filter(|h| !h.is_empty()) else {
        return Ok(Asker {
            organization: None,
            people: vec![actor.id.as_str().to_string()],
        });
    };
    let org = crate::accounts::member_org(
        conn,
        handle,
        &actor.id,
        detail!("problem-why-coalition-ask"),
    )?;
    let (_, handle, _, kind) = crate::accounts::org_profile(conn, handle)?;
    let people = crate::accounts::active_members(conn, &org)?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    Ok(Asker {
        organization: Some((org, handle, kind)),
        people,
    })
}

/// Asks for a determination and keeps it: read the question, gather what the instance
/// knows (the organization's kind and members, what they gave the commons in the
/// period), let the model decide, store the answer and journal it in the commons'
/// record.
pub fn ask(
    conn: &mut DbConn,
    actor: &Actor,
    q: &Question,
    now: i64,
) -> Result<DeterminationRow, AppError> {
    let usage = Use::parse(q.usage.trim())?;
    let declared = q.facts.read()?;
    let c = crate::commons::require_commons(conn, &q.commons)?;
    crate::commons::ensure_open(conn, &c)?;
    let who = asker(conn, actor, q.organization.as_deref())?;
    let policy = policy_of(conn, &c)?;
    let period_from = now - policy.period_days() * DAY_MS;
    let given_by = crate::commons::accepted_in_period(conn, &c.id, &who.people, period_from, now)?;
    // Work records count by their hours, the other accepted contributions one by one.
    let org_id = who.organization.as_ref().map(|(id, ..)| id.0.clone());
    // Money paid in: what the organization paid the commons in pledges in the period,
    // in the currency fees are asked in.
    let paid_in = match (&policy, &org_id) {
        (Policy::Copyfair(terms), Some(org)) => match &terms.fee {
            Some(fee) => paid_in(conn, &c.id, org, period_from, now, fee.currency())?,
            None => None,
        },
        _ => None,
    };
    let given = Given {
        contributions: given_by.values().map(|g| g.accepted - g.work_records).sum(),
        minutes: given_by.values().map(|g| g.minutes).sum(),
        paid_in,
    };
    let breached =
        store::breach_of_party(conn, &c.id, org_id.as_deref(), actor.id.as_str())?.is_some();
    let answer = model::determine(
        &policy,
        &Ask {
            use_: usage,
            declared,
            known: Known {
                organization: who.organization.as_ref().map(|(.., k)| *k),
                given,
                breached,
            },
        },
    )?;
    let row = DeterminationRow {
        id: new_id(),
        commons_id: c.id.clone(),
        asked_by: actor.id.as_str().to_string(),
        organization_id: org_id,
        usage: usage.as_str().to_string(),
        outcome: answer.outcome.as_str().to_string(),
        fee: answer.fee_owed().map(|m| m.to_string()),
        policy: serde_json::to_string(&policy).map_err(AppError::internal)?,
        declared: serde_json::to_string(&q.facts).map_err(AppError::internal)?,
        known: serde_json::to_string(&Snapshot {
            organization_kind: who
                .organization
                .as_ref()
                .map(|(.., k)| k.as_str().to_string()),
            members: {
                let mut m = who.people.clone();
                m.sort();
                m
            },
        })
        .map_err(AppError::internal)?,
        answer: serde_json::to_string(&answer).map_err(AppError::internal)?,
        period_from,
        decided_at: now,
        expires_at: now + policy.period_days() * DAY_MS,
    };
    store::insert_determination(conn, &row)?;
    let payload = events::Made {
        determination: row.id.clone(),
        commons: c.handle.clone(),
        usage: row.usage.clone(),
        organization: who.organization.as_ref().map(|(_, h, _)| h.clone()),
        outcome: row.outcome.clone(),
        clauses: answer
            .clauses
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        fee: row.fee.clone(),
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::MADE,
        &determination_ref(&row, &c),
        &events::summary(&events::MADE, &actor.handle, &payload),
        &payload,
    )?;
    Ok(row)
}

/// What an organization paid a commons in pledges in `[from, to]` (ms), in `unit`: the
/// money it paid in, for the reciprocity credit of its determinations.
fn paid_in(
    conn: &mut DbConn,
    commons_id: &str,
    organization_id: &str,
    from: i64,
    to: i64,
    unit: commonfare_value::money::Unit,
) -> Result<Option<commonfare_value::money::Money>, AppError> {
    let mut sum = commonfare_value::money::Money::from_minor(0, unit);
    for (u, minor) in store::pledges_paid(conn, commons_id, organization_id, from, to)? {
        if u == unit.code() {
            sum =
                model::amounts::plus(sum, commonfare_value::money::Money::from_minor(minor, unit))?;
        }
    }
    Ok((sum.minor() > 0).then_some(sum))
}

/// A determination as a journal object, in its commons' record.
pub fn determination_ref(row: &DeterminationRow, c: &CommonsRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Determination,
        id: row.id.clone(),
        url: format!("/determinations/{}", row.id),
        context: Some(Context::of(ObjectKind::Commons, &c.id)),
    }
}

/// A determination by id, or a 404 that names it.
pub fn require_determination(conn: &mut DbConn, id: &str) -> Result<DeterminationRow, AppError> {
    store::determination(conn, id)?
        .ok_or_else(|| AppError::not_found(detail!("problem-no-determination", id = shown(id, 60))))
}

/// A maintainer ends the rights a determination gave, for a breach: its party (the
/// organization it was asked for, else the person who asked) is answered `terminated`
/// under this commons from then on. Only a determination that permitted can be
/// breached, and a party's rights end once.
pub fn terminate(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    reason: &str,
    now: i64,
) -> Result<(DeterminationRow, BreachRow), AppError> {
    let row = require_determination(conn, id)?;
    let c = crate::commons::require_by_id(conn, &row.commons_id)?;
    crate::commons::ensure_open(conn, &c)?;
    require_maintainer(conn, actor, &c)?;
    let reason = model::breach_reason(reason)?;
    let answer: model::Determination =
        serde_json::from_str(&row.answer).map_err(AppError::internal)?;
    let nothing = || {
        AppError::from(CoalitionError::NothingToTerminate {
            outcome: answer.outcome.as_str().to_string(),
        })
    };
    if !answer.outcome.permits() {
        return Err(nothing());
    }
    let party = row
        .organization_id
        .clone()
        .unwrap_or_else(|| row.asked_by.clone());
    store::lock_party(conn, &c.id, &party)?;
    if store::breach_of_party(conn, &c.id, row.organization_id.as_deref(), &row.asked_by)?.is_some()
    {
        return Err(nothing());
    }
    let breach = BreachRow {
        id: new_id(),
        commons_id: c.id.clone(),
        organization_id: row.organization_id.clone(),
        person_id: match row.organization_id {
            Some(_) => None,
            None => Some(row.asked_by.clone()),
        },
        determination_id: row.id.clone(),
        reason,
        recorded_by: actor.id.as_str().to_string(),
        recorded_at: now,
        lifted_by: None,
        lifted_at: None,
        lift_reason: None,
    };
    store::insert_breach(conn, &breach)?;
    let party_handle = match &row.organization_id {
        Some(o) => crate::accounts::org_handle(conn, &OrgId(o.clone()))?,
        None => crate::accounts::handle_of(conn, &row.asked_by)?,
    };
    let payload = events::Terminated {
        determination: row.id.clone(),
        commons: c.handle.clone(),
        party: party_handle,
        reason: breach.reason.clone(),
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::TERMINATED,
        &determination_ref(&row, &c),
        &events::summary(&events::TERMINATED, &actor.handle, &payload),
        &payload,
    )?;
    Ok((row, breach))
}

/// A maintainer lifts the breach standing against a determination's party: the party is
/// answered as before (and may be found in breach again later).
pub fn lift(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    reason: &str,
    now: i64,
) -> Result<DeterminationRow, AppError> {
    let row = require_determination(conn, id)?;
    let c = crate::commons::require_by_id(conn, &row.commons_id)?;
    crate::commons::ensure_open(conn, &c)?;
    require_maintainer(conn, actor, &c)?;
    let reason = model::breach_reason(reason)?;
    let party = row
        .organization_id
        .clone()
        .unwrap_or_else(|| row.asked_by.clone());
    store::lock_party(conn, &c.id, &party)?;
    let none = || {
        AppError::conflict(
            "no_breach",
            detail!("problem-coalition-no-breach", commons = c.handle.as_str()),
        )
    };
    let breach =
        store::breach_of_party(conn, &c.id, row.organization_id.as_deref(), &row.asked_by)?
            .ok_or_else(none)?;
    if !store::lift_breach(conn, &breach.id, actor.id.as_str(), now, &reason)? {
        return Err(none());
    }
    let party_handle = match &row.organization_id {
        Some(o) => crate::accounts::org_handle(conn, &OrgId(o.clone()))?,
        None => crate::accounts::handle_of(conn, &row.asked_by)?,
    };
    let payload = events::BreachLifted {
        determination: row.id.clone(),
        commons: c.handle.clone(),
        party: party_handle,
        reason,
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::BREACH_LIFTED,
        &determination_ref(&row, &c),
        &events::summary(&events::BREACH_LIFTED, &actor.handle, &payload),
        &payload,
    )?;
    Ok(row)
}
