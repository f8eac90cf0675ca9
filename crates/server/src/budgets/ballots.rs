//! Ballots: cast online by a member while the process is balloting (changed as often as
//! they like until it closes; one per voter and heading, however many requests race), and
//! ballots cast on paper recorded by an admin from a ballot-level list. An online ballot
//! is journaled without its voter and without its choice.

use super::census;
use super::events;
use super::model::{self, BallotStyle, BudgetError, Marks, OnBallot, Phase, ReadBallot};
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
fn read(
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
fn points_text(points: &Option<Vec<i64>>) -> Option<String> {
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

/// Reads a ballot-level list of paper ballots: one ballot per line, the numbers of the
/// projects it approves separated by commas (`1,4,7`; best first when ranked; each with
/// its points after a colon on a points ballot, `1:5,4:3`); blank lines are skipped and a
/// first line `vote` is a header. Returns each ballot with its line.
pub fn read_paper(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim().trim_matches('"').trim();
        if line.is_empty() || (out.is_empty() && line.eq_ignore_ascii_case("vote")) {
            continue;
        }
        let chosen: Vec<String> = line
            .split([',', ';'])
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        out.push((i + 1, chosen));
    }
    out
}

/// Records ballots cast on paper under a heading (an admin, while balloting or reviewing
/// the ballots): each read under the process's rules, all or none; journaled once.
pub fn record_paper(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    heading_id: &str,
    ballots: &[(usize, Vec<String>)],
    now: i64,
) -> Result<i64, AppError> {
    let loc = service::require_process(conn, id)?;
    let heading = service::require_heading(conn, &loc, heading_id)?;
    service::require_admin(conn, p, &loc)?;
    let phases = [Phase::Balloting.as_str(), Phase::ReviewingBallots.as_str()];
    if !store::touch_in(conn, &loc.p.id, &phases, now)? {
        return Err(BudgetError::WrongPhase {
            action: "record-paper",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    if ballots.is_empty() {
        return Err(BudgetError::Missing { field: "ballots" }.into());
    }
    let start = store::last_position(conn, &heading.id)? + 1;
    let batch = pabulib::batch_ids();
    let mut rows = Vec::with_capacity(ballots.len());
    let points_style = loc.rules().style == BallotStyle::Points;
    for (n, (line, chosen)) in ballots.iter().enumerate() {
        let on_line = |e: AppError| {
            AppError::new(
                e.status,
                e.code,
                detail!(
                    "problem-budgets-paper-line",
                    line = line.to_string(),
                    why = e.detail
                ),
            )
        };
        let split;
        let marks = if points_style {
            split = model::split_points(chosen).map_err(|e| on_line(e.into()))?;
            Marks {
                projects: &split.0,
                points: Some(&split.1),
                ranks: None,
            }
        } else {
            Marks {
                projects: chosen,
                ..Marks::default()
            }
        };
        let ballot = read(conn, &loc, &heading, marks).map_err(on_line)?;
        rows.push(BallotRow {
            id: batch(start + n as i64),
            process_id: loc.p.id.clone(),
            heading_id: heading.id.clone(),
            voter_id: None,
            origin: "paper".into(),
            position: Some(start + n as i64),
            vote: ballot.vote.join(","),
            points: points_text(&ballot.points),
            extra: None,
            cast_at: now,
        });
    }
    store::insert_ballots(conn, &rows)?;
    let count = rows.len() as i64;
    journal::record(
        conn,
        Some(&p.handle),
        &events::PAPER_BALLOTS,
        &loc.object(),
        &format!(
            "@{} recorded {} in “{}” ({})",
            p.handle,
            model::counted(count, "paper ballot", "paper ballots"),
            loc.p.title,
            heading.name
        ),
        &events::PaperBallots {
            process: loc.payload(),
            heading: heading.name.clone(),
            count,
        },
    )?;
    Ok(count)
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
