//! Moving a process through its phases: by hand by an admin of its organization, or by
//! the sweep when its dates say so (a sweep that reads the dates from the store, so a
//! restart loses nothing). A move is guarded by the phase it was read in, so two sweeps,
//! or a sweep and an admin, move a process once; moving into balloting or beyond locks the
//! ballot rules. Each move is journaled.

use super::events;
use super::model::{self, BudgetError, Phase};
use super::service::{self, Located};
use super::store;
use crate::db::DbConn;
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;

/// Moves process `id` to `to`: an admin (`actor`), or the sweep (`None`).
pub fn move_to(
    conn: &mut DbConn,
    actor: Option<&Actor>,
    id: &str,
    to: Phase,
    now: i64,
) -> Result<Located, AppError> {
    let loc = service::require_process(conn, id)?;
    if let Some(a) = actor {
        service::require_admin(conn, a, &loc)?;
    }
    let from = loc.phase();
    let plan = service::plan_of(conn, &loc.p.id)?;
    model::may_move(&plan, from, to)?;
    if !store::move_phase(conn, &loc.p.id, from.as_str(), to.as_str(), now)? {
        let now_in = service::require_process(conn, id)?.phase();
        return Err(BudgetError::WrongPhase {
            action: "move",
            phase: now_in.as_str(),
        }
        .into());
    }
    let lock = to >= Phase::Balloting && loc.p.rules_locked_at.is_none();
    if lock {
        store::lock_rules(conn, &loc.p.id, now)?;
    }
    let summary = match actor {
        Some(a) => format!(
            "@{} moved “{}” to its phase: {}",
            a.handle,
            loc.p.title,
            to.english()
        ),
        None => format!(
            "“{}” moved to its phase by date: {}",
            loc.p.title,
            to.english()
        ),
    };
    journal::record(
        conn,
        actor.map(|a| a.handle.as_str()),
        &events::PHASE_CHANGED,
        &loc.object(),
        &summary,
        &events::PhaseChanged {
            process: loc.payload(),
            from: from.as_str().into(),
            to: to.as_str().into(),
            by_date: actor.is_none(),
            rules_locked: lock,
        },
    )?;
    // Supporting ends: the projects without enough supports leave the ballot.
    if from == Phase::Supporting {
        super::supporting::advance(conn, &loc, actor)?;
    }
    // Valuation ends: every valuation is published, under the row this move holds.
    if from == Phase::Valuating {
        super::valuation::publish(conn, &loc, actor, now)?;
    }
    service::require_process(conn, id)
}

/// Moves process `id` where its dates take it at `now`, if anywhere; false when they take
/// it nowhere or another sweep moved it first. Safe to run again and again.
pub fn move_due(conn: &mut DbConn, id: &str, now: i64) -> Result<bool, AppError> {
    let loc = service::require_process(conn, id)?;
    let plan = service::plan_of(conn, &loc.p.id)?;
    let Some(to) = model::due_move(&plan, loc.phase(), now) else {
        return Ok(false);
    };
    match move_to(conn, None, id, to, now) {
        Ok(_) => Ok(true),
        Err(e) if e.code == "budget_phase" => Ok(false),
        Err(e) => Err(e),
    }
}

/// Processes whose dates move them at `now`.
pub fn due(conn: &mut DbConn, now: i64) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for id in store::maybe_due(conn, now)? {
        let loc = service::require_process(conn, &id)?;
        let plan = service::plan_of(conn, &id)?;
        if model::due_move(&plan, loc.phase(), now).is_some() {
            out.push(id);
        }
    }
    Ok(out)
}
