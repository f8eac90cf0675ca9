//! Ballots cast online by a member while the process is balloting (changed as often as
//! they like until it closes; one per voter and heading, however many requests race; none
//! from someone whose paper ballot is counted under the heading). An online ballot is
//! journaled without its voter and without its choice. Paper ballots are `paper`'s.

use super::census;
use super::events;
use super::model::{self, BudgetError, Marks, OnBallot, Phase, ReadBallot};
use super::pabulib;
use super::service::{self, Located};
use super::store::{self, BallotRow, HeadingRow};
use crate::db::DbConn;
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;

fn closed(loc: &Located) -> AppError {
    BudgetError::WrongPhase {
        action: "vote",
        phase: loc.phase().as_str(),
    }
    .into()
}

/// Reads a ballot for `heading` of `loc` under the process's rules.
pub(super) fn read(
    conn: &mut DbConn,
    loc: &Located,
    heading: &HeadingRow,
    marks: Marks<'_>,
) -> Result<ReadBallot, AppError> {
    let projects = store::projects(conn, &loc.p.id)?;
    let on: Vec<OnBallot<'_>> = projects
        .iter()
        .filter(|p| p.heading_id == heading.id && pabulib::on_ballot(p))
        .filter_map(|p| {
            Some(OnBallot {
                number: &p.number,
                cost: model::exact(&p.cost)?,
            })
        })
        .collect();
    let amount = model::exact(&heading.amount).unwrap_or_else(commonfare_decide::pb::Q::zero);
    Ok(model::read_ballot(&loc.rules(), &amount, &on, marks)?)
}

/// Points as a ballot row keeps them: parallel to its projects, comma-separated.
pub(super) fn points_text(points: &Option<Vec<i64>>) -> Option<String> {
    points
        .as_ref()
        .map(|ps| ps.iter().map(i64::to_string).collect::<Vec<_>>().join(","))
}

/// Casts `p`'s ballot for a heading, or replaces the one they cast: the projects chosen,
/// with their points on a points ballot, or their ranks on a ranked one. True when it
/// replaced one.
pub fn cast(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    heading_id: &str,
    marks: Marks<'_>,
    now: i64,
) -> Result<bool, AppError> {
    let loc = service::require_process(conn, id)?;
    let heading = service::require_heading(conn, &loc, heading_id)?;
    service::require_eligible(conn, p, &loc)?;
    // The guarded write: only while balloting, and holding the process's row until this
    // ballot commits, so that a close waits for it (and it sees the close).
    if !store::touch_in(conn, &loc.p.id, &[Phase::Balloting.as_str()], now)? {
        return Err(closed(&service::require_process(conn, id)?));
    }
    let ends = service::plan_of(conn, &loc.p.id)?
        .into_iter()
        .find(|s| s.phase == Phase::Balloting)
        .and_then(|s| s.ends_at);
    if ends.is_some_and(|t| t <= now) {
        return Err(AppError::conflict(
            "budget_phase",
            detail!("problem-budgets-balloting-over"),
        ));
    }
    // After the process's row is held: racing ballots of one voter for two districts see
    // each other here, so no more districts are taken than the rule allows.
    census::require_heading_open(conn, p, &loc, &heading)?;
    // Under the same row: a paper ballot of this voter counted under the heading is
    // recorded before this one or waits for it (and then sets itself aside).
    let keys = census::voter_keys(conn, p, &loc)?;
    if !store::paper::counted_voters(conn, &heading.id, &keys)?.is_empty() {
        return Err(BudgetError::VotedOnPaper {
            heading: heading.name.clone(),
        }
        .into());
    }
    let ballot = read(conn, &loc, &heading, marks)?;
    let row = BallotRow {
        id: pabulib::ballot_id(),
        process_id: loc.p.id.clone(),
        heading_id: heading.id.clone(),
        voter_id: Some(p.id.as_str().into()),
        origin: "online".into(),
        position: None,
        vote: ballot.vote.join(","),
        points: points_text(&ballot.points),
        extra: None,
        cast_at: now,
    };
    let changed = store::put_ballot(conn, &row)?;
    let summary = format!(
        "A ballot was {} in “{}” ({})",
        if changed { "changed" } else { "cast" },
        loc.p.title,
        heading.name
    );
    journal::record(
        conn,
        None,
        &events::BALLOT_CAST,
        &loc.object(),
        &summary,
        &events::BallotCast {
            process: loc.payload(),
            heading: heading.name.clone(),
            changed,
        },
    )?;
    Ok(changed)
}

/// One of a voter's online ballots: its heading, the project numbers chosen (best first
/// when ranked), and their points on a points ballot.
#[derive(Debug, Clone)]
pub struct Mine {
    pub heading_id: String,
    pub projects: Vec<String>,
    pub points: Option<Vec<i64>>,
}

/// `p`'s online ballots in a process.
pub fn mine(conn: &mut DbConn, p: &Actor, process_id: &str) -> Result<Vec<Mine>, AppError> {
    let list = |t: &str| -> Vec<String> {
        if t.is_empty() {
            Vec::new()
        } else {
            t.split(',').map(str::to_string).collect()
        }
    };
    Ok(store::ballots_of_voter(conn, process_id, p.id.as_str())?
        .into_iter()
        .map(|b| Mine {
            projects: list(&b.vote),
            points: b
                .points
                .as_deref()
                .map(|t| list(t).iter().filter_map(|v| v.parse().ok()).collect()),
            heading_id: b.heading_id,
        })
        .collect())
}
