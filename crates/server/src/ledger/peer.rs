//! Peer allocation rounds of a commons treasury (Coordinape's epochs): a steward opens a
//! round with an allowance of points and a length in days; its members are the commons'
//! contributors when it opens (authors and reviewers of accepted work). Until it closes
//! (at its end, or earlier by a steward) each member hands their points to other members,
//! replacing their earlier gifts as a whole; nobody gives to themselves or more than the
//! allowance. While a round is open only each member's total is public (so gifts are not
//! steered by others'); once it closes every gift is. A distribution by the policy `peer`
//! pays in proportion to the points received in a closed round (`shares`).

use super::events;
use super::service::{owner_record, steward_of};
use super::shares::PeerRecord;
use super::store::{self, PeerRoundRow, TreasuryRow};
use crate::db::{DbConn, new_id, now_ms};
use crate::error::{AppError, detail, shown};
use crate::journal::{self, ObjectKind, ObjectRef};
use crate::web::actor::Actor;
use std::collections::BTreeMap;

/// Most points a member may have to give in a round.
pub const MAX_ALLOWANCE: i64 = 10_000;
/// Longest round, in days.
pub const MAX_DAYS: i64 = 90;
const DAY_MS: i64 = 86_400_000;

/// Where a round is shown.
pub fn round_url(t: &TreasuryRow, number: i64) -> String {
    format!("/treasuries/{}/peer-rounds/{number}", t.handle)
}

fn round_ref(t: &TreasuryRow, r: &PeerRoundRow) -> ObjectRef {
    ObjectRef {
        kind: ObjectKind::Distribution,
        id: r.id.clone(),
        url: round_url(t, r.number),
        context: Some(owner_record(t)),
    }
}

fn invalid_round(reason: &str) -> AppError {
    AppError::invalid(
        "invalid_peer_round",
        detail!("problem-peer-round", reason = shown(reason, 200)),
    )
}

fn invalid_gifts(reason: &str) -> AppError {
    AppError::invalid(
        "invalid_peer_gifts",
        detail!("problem-peer-gifts", reason = shown(reason, 200)),
    )
}

fn commons_only(t: &TreasuryRow) -> Result<(), AppError> {
    if t.owner_kind == "commons" {
        Ok(())
    } else {
        Err(AppError::invalid(
            "not_a_commons_treasury",
            detail!(
                "problem-distribution-commons-only",
                treasury = t.handle.as_str()
            ),
        ))
    }
}

/// The round `number` of the treasury, or a 404 naming it.
pub fn require_round(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: i64,
) -> Result<PeerRoundRow, AppError> {
    store::peer_round(conn, &t.id, number)?.ok_or_else(|| {
        AppError::not_found(detail!(
            "problem-peer-round-missing",
            treasury = t.handle.as_str(),
            number = number
        ))
    })
}

/// The commons' contributors: authors and reviewers of its accepted work, ever.
fn contributors(conn: &mut DbConn, t: &TreasuryRow, now: i64) -> Result<Vec<String>, AppError> {
    let work = crate::commons::accepted_contributions(conn, &t.owner_id, 0, now)?;
    let mut people: Vec<String> = work
        .iter()
        .flat_map(|w| std::iter::once(w.author_id.clone()).chain(w.reviewer_ids.iter().cloned()))
        .collect();
    people.sort();
    people.dedup();
    Ok(people)
}

/// A steward opens a round: `allowance` points each, gifts taken for `days` days. One
/// round of a treasury is open at a time.
pub fn open(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    allowance: i64,
    days: i64,
) -> Result<PeerRoundRow, AppError> {
    steward_of(conn, actor, t)?;
    commons_only(t)?;
    if !(1..=MAX_ALLOWANCE).contains(&allowance) {
        return Err(invalid_round(&format!(
            "the allowance is {allowance} points: give each member from 1 to {MAX_ALLOWANCE}"
        )));
    }
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(invalid_round(&format!(
            "a round lasts from 1 to {MAX_DAYS} days, not {days}"
        )));
    }
    let now = now_ms();
    let rounds = store::peer_rounds(conn, &t.id)?;
    if let Some(open) = rounds.iter().find(|r| r.is_open(now)) {
        return Err(AppError::conflict(
            "peer_round_open",
            detail!(
                "problem-peer-round-open",
                number = open.number,
                until = crate::web::rfc3339(open.closes_at)
            ),
        ));
    }
    let members = contributors(conn, t, now)?;
    if members.len() < 2 {
        return Err(invalid_round(
            "a round needs at least two contributors to give to each other; the commons has fewer accepted contributors",
        ));
    }
    let row = PeerRoundRow {
        id: new_id(),
        treasury_id: t.id.clone(),
        number: rounds.first().map_or(1, |r| r.number + 1),
        allowance,
        closes_at: now + days * DAY_MS,
        closed_at: None,
        opened_by: actor.id.as_str().to_string(),
        opened_at: now,
    };
    store::insert_peer_round(conn, &row, &members)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PEER_ROUND_OPENED,
        &round_ref(t, &row),
        &format!(
            "@{} opened peer allocation round {} of the treasury of {}: {} points each for {} members",
            actor.handle,
            row.number,
            t.handle,
            allowance,
            members.len()
        ),
        &events::PeerRoundOpened {
            treasury: t.handle.clone(),
            number: row.number,
            allowance,
            members: members.len(),
            closes_at: crate::web::rfc3339(row.closes_at),
        },
    )?;
    Ok(row)
}

/// A member sets their gifts in an open round, by handle, replacing earlier ones. The
/// journal says how many points they gave in all, not to whom (public once it closes).
pub fn give(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
    gifts: &BTreeMap<String, i64>,
) -> Result<PeerRoundRow, AppError> {
    let round = require_round(conn, t, number)?;
    // Serialises the round's writers: a close and gifts, or one member's two forms.
    crate::db::lock_key(conn, &format!("peer-round:{}", round.id))?;
    let round = require_round(conn, t, number)?;
    let now = now_ms();
    if !round.is_open(now) {
        return Err(closed(&round));
    }
    let members = store::peer_members(conn, &round.id)?;
    let me = actor.id.as_str();
    if !members.iter().any(|m| m == me) {
        return Err(
            AppError::forbidden(detail!("problem-peer-not-member", number = round.number))
                .with_code("not_a_peer_member"),
        );
    }
    let mut rows: Vec<(String, i64)> = Vec::new();
    let mut total: i64 = 0;
    for (handle, &points) in gifts {
        let handle = handle.trim().trim_start_matches('@');
        if points == 0 {
            continue;
        }
        if points < 0 {
            return Err(invalid_gifts(&format!(
                "{points} points to @{handle}: points are whole numbers above 0"
            )));
        }
        let Some(person) = crate::accounts::find_person(conn, handle)? else {
            return Err(invalid_gifts(&format!("@{handle} is nobody here")));
        };
        let id = person.id.as_str().to_string();
        if id == me {
            return Err(invalid_gifts("members cannot give points to themselves"));
        }
        if !members.contains(&id) {
            return Err(invalid_gifts(&format!(
                "@{handle} is not a member of round {}",
                round.number
            )));
        }
        total = total.saturating_add(points);
        rows.push((id, points));
    }
    if total > round.allowance {
        return Err(invalid_gifts(&format!(
            "{total} points in all, more than the allowance of {}",
            round.allowance
        )));
    }
    store::replace_peer_gifts(conn, &round.id, me, &rows)?;
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PEER_GIFTS_SET,
        &round_ref(t, &round),
        &format!(
            "@{} gave {} of their {} points in round {} of the treasury of {}",
            actor.handle, total, round.allowance, round.number, t.handle
        ),
        &events::PeerGiftsSet {
            treasury: t.handle.clone(),
            number: round.number,
            given: total,
            allowance: round.allowance,
        },
    )?;
    Ok(round)
}

fn closed(round: &PeerRoundRow) -> AppError {
    AppError::conflict(
        "peer_round_closed",
        detail!(
            "problem-peer-round-closed",
            number = round.number,
            at = crate::web::rfc3339(round.ends_at())
        ),
    )
}

/// A steward closes an open round before its end.
pub fn close(
    conn: &mut DbConn,
    actor: &Actor,
    t: &TreasuryRow,
    number: i64,
) -> Result<PeerRoundRow, AppError> {
    steward_of(conn, actor, t)?;
    let round = require_round(conn, t, number)?;
    crate::db::lock_key(conn, &format!("peer-round:{}", round.id))?;
    if !store::close_peer_round(conn, &round.id, now_ms())? {
        let round = require_round(conn, t, number)?;
        return Err(closed(&round));
    }
    let round = require_round(conn, t, number)?;
    let gifts = store::peer_gifts(conn, &round.id)?;
    let givers = {
        let mut g: Vec<&str> = gifts.iter().map(|(g, _, _)| g.as_str()).collect();
        g.dedup();
        g.len()
    };
    journal::record(
        conn,
        Some(&actor.handle),
        &events::PEER_ROUND_CLOSED,
        &round_ref(t, &round),
        &format!(
            "@{} closed peer allocation round {} of the treasury of {}: {} members gave",
            actor.handle, round.number, t.handle, givers
        ),
        &events::PeerRoundClosed {
            treasury: t.handle.clone(),
            number: round.number,
            givers,
        },
    )?;
    Ok(round)
}

/// The closed round a distribution by `peer` pays by: `number`, else the last closed.
pub fn closed_round(
    conn: &mut DbConn,
    t: &TreasuryRow,
    number: Option<i64>,
) -> Result<PeerRecord, AppError> {
    let now = now_ms();
    let round = match number {
        Some(n) => {
            let r = store::peer_round(conn, &t.id, n)?.ok_or_else(|| no_round(t))?;
            if r.is_open(now) {
                return Err(AppError::conflict(
                    "peer_round_open",
                    detail!(
                        "problem-peer-round-open",
                        number = r.number,
                        until = crate::web::rfc3339(r.closes_at)
                    ),
                ));
            }
            r
        }
        None => store::peer_rounds(conn, &t.id)?
            .into_iter()
            .find(|r| !r.is_open(now))
            .ok_or_else(|| no_round(t))?,
    };
    Ok(PeerRecord {
        allowance: round.allowance.max(0) as u64,
        members: store::peer_members(conn, &round.id)?,
        gifts: store::peer_gifts(conn, &round.id)?
            .into_iter()
            .map(|(g, r, p)| (g, r, p.max(0) as u64))
            .collect(),
    })
}

fn no_round(t: &TreasuryRow) -> AppError {
    AppError::invalid(
        "no_peer_round",
        detail!("problem-peer-no-round", treasury = t.handle.as_str()),
    )
}
