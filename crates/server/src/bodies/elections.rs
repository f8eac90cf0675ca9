//! Elections that fill elected seats: members nominate themselves or other members with a
//! statement until the nominations close (at their time, or when the election opens);
//! a nominee accepts or declines; the election opens with the accepted candidates as its
//! options; when it is decided, the winners take their seats for the term the filled
//! body's rulebook sets, and the terms they replace end. Each change is journaled.

use super::count::Outcome;
use super::events;
use super::model::{self, DecisionState, OptionItem, SeatRule};
use super::service::{self, BodyCtx, Located};
use super::store::{self, CandidateRow, ElectionRow, SeatRow};
use crate::db::{DbConn, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal;
use crate::web::actor::Actor;

/// Longest candidate statement, in characters.
pub const MAX_STATEMENT_CHARS: usize = 2_000;

/// The body an election of `ctx`'s organization fills, by its address; it must have
/// elected seats, at least as many as the election fills.
pub fn filled_body(
    conn: &mut DbConn,
    ctx: &BodyCtx,
    slug: &str,
    seats: i64,
) -> Result<BodyCtx, AppError> {
    let fills = service::require_body(conn, &ctx.org_handle, slug)?;
    let rules = service::current_rules(conn, &fills.body)?;
    let count = match (rules.seats, rules.elected) {
        (SeatRule::Elected, Some(e)) => i64::from(e.count),
        _ => {
            return Err(AppError::invalid(
                "invalid_seats",
                detail!("problem-bodies-not-elected", body = shown(slug, 40)),
            ));
        }
    };
    if seats > count {
        return Err(AppError::invalid(
            "invalid_seats",
            detail!(
                "problem-bodies-seats",
                seats = seats.to_string(),
                most = count.to_string()
            ),
        ));
    }
    Ok(fills)
}

/// Writes (or drops) the election a draft holds.
pub fn set_election(
    conn: &mut DbConn,
    loc_ctx: &BodyCtx,
    decision_id: &str,
    seats: i64,
    election: Option<&(String, i64)>,
) -> Result<(), AppError> {
    let row = match election {
        Some((slug, close)) => Some(ElectionRow {
            decision_id: decision_id.to_string(),
            fills_body_id: filled_body(conn, loc_ctx, slug, seats)?.body.id,
            nominations_close_at: *close,
        }),
        None => None,
    };
    store::set_election(conn, decision_id, row.as_ref())
}

fn closed_nominations() -> AppError {
    AppError::conflict(
        "nominations_closed",
        detail!("problem-bodies-nominations-closed"),
    )
}

/// The election, under the decision's lock, while its nominations are open, once the
/// actor is a member of the organization.
fn nominating(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
) -> Result<(Located, ElectionRow), AppError> {
    let loc = service::require_decision(conn, id)?;
    store::lock_decision(conn, &loc.d.id)?;
    let loc = service::require_decision(conn, id)?;
    if !crate::accounts::is_org_member(conn, &loc.ctx.org, &actor.id)? {
        return Err(AppError::forbidden(detail!("problem-bodies-members-only")));
    }
    let election = store::election(conn, &loc.d.id)?.ok_or_else(closed_nominations)?;
    if loc.state()? != DecisionState::Draft || now_ms() >= election.nominations_close_at {
        return Err(closed_nominations());
    }
    Ok((loc, election))
}

/// A member nominates a member of the organization (themselves: accepted at once;
/// another: pending until they answer), with a statement.
pub fn nominate(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    candidate: &str,
    statement: &str,
) -> Result<Located, AppError> {
    let (loc, _) = nominating(conn, actor, id)?;
    let statement = model::text("statement", statement, MAX_STATEMENT_CHARS)?;
    let nominee = crate::accounts::require_person(conn, candidate.trim_start_matches('@'))?;
    if !crate::accounts::is_org_member(conn, &loc.ctx.org, &nominee.id)? {
        return Err(AppError::invalid(
            "nominee_not_member",
            detail!(
                "problem-bodies-nominee-not-member",
                handle = nominee.handle.as_str(),
                org = loc.ctx.org_handle.as_str()
            ),
        ));
    }
    let own = nominee.id == actor.id;
    let now = now_ms();
    let row = CandidateRow {
        decision_id: loc.d.id.clone(),
        person_id: nominee.id.0.clone(),
        nominated_by: actor.id.0.clone(),
        statement,
        state: if own { "accepted" } else { "pending" }.into(),
        option_id: None,
        created_at: now,
        answered_at: own.then_some(now),
    };
    if !store::insert_candidate(conn, &row)? {
        return Err(AppError::conflict(
            "already_nominated",
            detail!(
                "problem-bodies-already-nominated",
                handle = nominee.handle.as_str()
            ),
        ));
    }
    journal::record(
        conn,
        Some(&actor.handle),
        &events::NOMINATED,
        &loc.object(),
        &format!(
            "@{} nominated @{} for “{}”",
            actor.handle, nominee.handle, loc.d.title
        ),
        &events::Nominated {
            decision: loc.payload(),
            candidate: nominee.handle.clone(),
            accepted: own,
        },
    )?;
    Ok(loc)
}

/// A nominee accepts (optionally with their own statement) or declines their pending
/// nomination.
pub fn answer(
    conn: &mut DbConn,
    actor: &Actor,
    id: &str,
    accept: bool,
    statement: Option<&str>,
) -> Result<Located, AppError> {
    let (loc, _) = nominating(conn, actor, id)?;
    let statement = match statement.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) if accept => Some(model::text("statement", s, MAX_STATEMENT_CHARS)?),
        _ => None,
    };
    let state = if accept { "accepted" } else { "declined" };
    let answered = store::answer_candidate(
        conn,
        &loc.d.id,
        actor.id.as_str(),
        state,
        statement.as_deref(),
        now_ms(),
    )?;
    if !answered {
        return Err(AppError::conflict(
            "nomination_answered",
            detail!("problem-bodies-no-pending-nomination"),
        ));
    }
    let (kind, verb) = if accept {
        (&events::NOMINATION_ACCEPTED, "accepted")
    } else {
        (&events::NOMINATION_DECLINED, "declined")
    };
    journal::record(
        conn,
        Some(&actor.handle),
        kind,
        &loc.object(),
        &format!(
            "@{} {verb} their nomination for “{}”",
            actor.handle, loc.d.title
        ),
        &loc.payload(),
    )?;
    Ok(loc)
}

/// When an election opens: its accepted candidates become its options (by handle), and
/// there must be more of them than seats (at least two for one seat).
pub fn candidates_to_options(conn: &mut DbConn, loc: &Located) -> Result<(), AppError> {
    if store::election(conn, &loc.d.id)?.is_none() {
        return Ok(());
    }
    let accepted: Vec<CandidateRow> = store::candidates(conn, &loc.d.id)?
        .into_iter()
        .filter(|c| c.state == "accepted")
        .collect();
    let handles =
        crate::accounts::handles_by_id(conn, accepted.iter().map(|c| c.person_id.clone()))?;
    let mut named: Vec<(String, String)> = accepted
        .iter()
        .filter_map(|c| Some((handles.get(&c.person_id)?.clone(), c.person_id.clone())))
        .collect();
    named.sort();
    let need = (loc.d.seats + 1).max(2);
    if (named.len() as i64) < need {
        return Err(AppError::conflict(
            "too_few_candidates",
            detail!(
                "problem-bodies-too-few-candidates",
                count = named.len(),
                need = need
            ),
        ));
    }
    let mut options = Vec::new();
    for (i, (handle, person)) in named.iter().enumerate() {
        let id = (i + 1).to_string();
        store::set_option_id(conn, &loc.d.id, person, &id)?;
        options.push(OptionItem {
            id,
            name: handle.clone(),
        });
    }
    let text = serde_json::to_string(&options).map_err(AppError::internal)?;
    if !store::set_options(conn, &loc.d.id, &text)? {
        return Err(model::wrong_state(loc.state()?, "open"));
    }
    Ok(())
}

/// When an election is decided: its winners take seats in the body it fills, for the
/// term that body's rulebook sets. A re-elected holder's old term ends; then, if more
/// terms run than seats, those ending first end now.
pub fn seat_winners(
    conn: &mut DbConn,
    actor: Option<&Actor>,
    loc: &Located,
    outcome: &Outcome,
) -> Result<(), AppError> {
    if outcome.result != "decided" {
        return Ok(());
    }
    let Some(election) = store::election(conn, &loc.d.id)? else {
        return Ok(());
    };
    let Some(body) = store::body_by_id(conn, &election.fills_body_id)? else {
        return Ok(());
    };
    let fills = service::require_body(conn, &loc.ctx.org_handle, &body.slug)?;
    let rules = service::current_rules(conn, &fills.body)?;
    let Some(elected) = rules.elected.filter(|_| rules.seats == SeatRule::Elected) else {
        return Ok(());
    };
    let candidates = store::candidates(conn, &loc.d.id)?;
    let winners: Vec<String> = outcome
        .winners
        .iter()
        .filter_map(|o| {
            candidates
                .iter()
                .find(|c| c.option_id.as_deref() == Some(o.as_str()))
                .map(|c| c.person_id.clone())
        })
        .collect();
    store::lock_seats(conn, &fills.body.id)?;
    let now = now_ms();
    let ends_at = now + i64::from(elected.term_days) * 24 * 3_600_000;
    let held = store::seat_holders(conn, &fills.body.id, now)?;
    let (again, others): (Vec<SeatRow>, Vec<SeatRow>) = held
        .into_iter()
        .partition(|s| winners.contains(&s.person_id));
    let room = (elected.count as usize).saturating_sub(winners.len());
    let excess = others.len().saturating_sub(room);
    let ids = again
        .iter()
        .chain(others.iter())
        .map(|s| s.person_id.clone())
        .chain(winners.iter().cloned());
    let handles = crate::accounts::handles_by_id(conn, ids)?;
    let handle = |id: &str| handles.get(id).cloned().unwrap_or_else(|| id.to_string());
    for s in again.iter().chain(others.iter().take(excess)) {
        store::end_seat(conn, s, now)?;
        let h = handle(&s.person_id);
        journal::record(
            conn,
            actor.map(|a| a.handle.as_str()),
            &events::SEAT_RELEASED,
            &fills.object(),
            &format!("The term of @{h} on “{}” ended", fills.body.name),
            &events::Seat {
                org: fills.org_handle.clone(),
                body: fills.body.slug.clone(),
                name: fills.body.name.clone(),
                holder: h,
                decision: loc.d.id.clone(),
                ends_at: now,
            },
        )?;
    }
    for w in &winners {
        store::insert_seat(
            conn,
            &SeatRow {
                body_id: fills.body.id.clone(),
                person_id: w.clone(),
                decision_id: loc.d.id.clone(),
                starts_at: now,
                ends_at,
            },
        )?;
        let h = handle(w);
        journal::record(
            conn,
            actor.map(|a| a.handle.as_str()),
            &events::SEAT_TAKEN,
            &fills.object(),
            &format!("@{h} took a seat on “{}”", fills.body.name),
            &events::Seat {
                org: fills.org_handle.clone(),
                body: fills.body.slug.clone(),
                name: fills.body.name.clone(),
                holder: h,
                decision: loc.d.id.clone(),
                ends_at,
            },
        )?;
    }
    Ok(())
}
