//! A commons treasury's standing distribution policy: the policy (with its parameters)
//! that a preview follows when it names none, and that a paid due is shared by. A
//! steward sets it (one journal event per change); anyone reads it. A treasury that never
//! set one shares equally. Parameters are checked by the policy's own engine before
//! anything is stored, and written out with their defaults.

use super::events;
use super::service::steward_of;
use super::shares::{Policy, Rule};
use super::store::{self, StandingRow, TreasuryRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;

/// The policy named `given`, or a 422 that lists the known ones.
pub fn the_policy(given: &str) -> Result<Policy, AppError> {
    Policy::parse(given.trim()).ok_or_else(|| {
        let known: Vec<&str> = Policy::ALL.iter().map(|p| p.as_str()).collect();
        AppError::invalid(
            "invalid_distribution_policy",
            detail!(
                "problem-distribution-policy",
                given = shown(given, 40),
                known = known.join(", ")
            ),
        )
    })
}

/// A 422 saying what is wrong with a policy's parameters.
pub fn bad_parameters(policy: Policy, reason: &str) -> AppError {
    AppError::invalid(
        "invalid_policy_parameters",
        detail!(
            "problem-distribution-parameters",
            policy = policy.as_str(),
            reason = shown(reason, 300)
        ),
    )
}

/// The policy with its parameters, checked: by the engine, and every fixed agent of a
/// value equation must be a person here.
pub fn checked(
    conn: &mut DbConn,
    policy: Policy,
    parameters: Option<&serde_json::Value>,
) -> Result<Rule, AppError> {
    let rule = Rule::parse(policy, parameters).map_err(|why| bad_parameters(policy, &why))?;
    for agent in rule.agents() {
        if crate::accounts::find_person(conn, agent)?.is_none() {
            return Err(bad_parameters(
                policy,
                &format!("the agent {agent} of a bucket is nobody here: name a person by handle"),
            ));
        }
    }
    Ok(rule)
}

/// The treasury's standing rule and the row it was read from (`None`: never set, equal).
pub fn standing(
    conn: &mut DbConn,
    t: &TreasuryRow,
) -> Result<(Rule, Option<StandingRow>), AppError> {
    let Some(row) = store::standing_policy(conn, &t.id)? else {
        return Ok((Rule::Equal, None));
    };
    let policy = the_policy(&row.policy)?;
    let parameters: serde_json::Value =
        serde_json::from_str(&row.parameters).map_err(AppError::internal)?;
    // Stored parameters were checked when set; read them again the same way.
    let rule = Rule::parse(policy, Some(&parameters)).map_err(|why| {
        AppError::internal(anyhow::anyhow!(
            "the standing policy of {} no longer reads: {why}",
            t.handle
        ))
    })?;
    Ok((rule, Some(row)))
}

/// The rule a preview follows: the one it names (with the standing parameters when it
/// names the standing policy without parameters of its own), else the standing one.
pub fn resolve(
    conn: &mut DbConn,
    t: &TreasuryRow,
    policy: Option<&str>,
    parameters: Option<&serde_json::Value>,
) -> Result<Rule, AppError> {
    let named = policy.map(str::trim).filter(|p| !p.is_empty());
    let (rule, _) = standing(conn, t)?;
    match named {
        None => Ok(rule),
        Some(p) => {
            let p = the_policy(p)?;
            if p == rule.policy() && parameters.is_none_or(serde_json::Value::is_null) {
                Ok(rule)
            } else {
                checked(conn, p, parameters)
            }
        }
    }
}

fn policy_ref(t: &TreasuryRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Distribution,
        id: t.id.clone(),
        url: format!("/treasuries/{}/distributions", t.handle),
        context: Some(super::service::owner_record(t)),
    }
}

/// A steward sets the commons treasury's standing policy (the one it already stands by,
/// with the same parameters, changes nothing: no event, the same setter and date); nothing
/// is stored when the policy or its parameters do not hold.
pub fn set(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    policy: &str,
    parameters: Option<&serde_json::Value>,
) -> Result<StandingRow, AppError> {
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
    let policy = the_policy(policy)?;
    let rule = checked(conn, policy, parameters)?;
    let parameters = rule.parameters();
    // Under the treasury's lock, so that two stewards setting the same policy at once
    // journal it once.
    store::lock(conn, &t.id)?;
    if let Some(current) = store::standing_policy(conn, &t.id)? {
        let same_parameters = serde_json::from_str::<serde_json::Value>(&current.parameters)
            .is_ok_and(|p| p == parameters);
        if current.policy == policy.as_str() && same_parameters {
            return Ok(current);
        }
    }
    let row = StandingRow {
        treasury_id: t.id.clone(),
        policy: policy.as_str().to_string(),
        parameters: parameters.to_string(),
        set_by: actor.id.as_str().to_string(),
        set_at: now_ms(),
    };
    store::set_standing_policy(conn, &row)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::DISTRIBUTION_POLICY_SET,
        &policy_ref(t),
        &format!(
            "@{} set the distribution policy of the treasury of {} to {}",
            actor.handle,
            t.handle,
            policy.as_str()
        ),
        &events::DistributionPolicySet {
            treasury: t.handle.clone(),
            policy: row.policy.clone(),
            parameters,
        },
    )?;
    Ok(row)
}
