//! Census and districts, the flows: an admin imports a process's census (ids kept only
//! under a keyed hash with the process's own random salt; the journal says how many) and
//! sets the age and district rules, until balloting opens; a person claims the entry of
//! their id, once (one person per entry, one entry per person); a ballot for a district
//! heading is taken only within the district rule. Each change is journaled.

use super::events;
use super::model::{BudgetError, CensusFault, Phase};
use super::service::{self, Located};
use super::store::{self, CensusRow, HeadingRow, VoterRulesRow};
use super::views::BudgetHeadingStanding;
use super::voters::{self, DistrictRule, Standing};
use crate::db::{DbConn, new_id};
use crate::error::AppError;
use crate::journal;
use crate::web::actor::Actor;

/// The phases before balloting, when the census and its rules may change.
fn open_phases() -> Vec<&'static str> {
    Phase::ALL
        .iter()
        .filter(|p| p.before_balloting())
        .map(|p| p.as_str())
        .collect()
}

/// A census imported.
#[derive(Debug, Clone, Copy)]
pub struct Imported {
    pub entries: i64,
    pub with_birth_date: i64,
    pub with_district: i64,
    /// Entries claimed before whose id is in the new census: they stay claimed.
    pub kept_claims: i64,
}

/// Imports (or replaces) the census of a process from a file (see `voters::read_census`):
/// an admin, before balloting opens. All or nothing; a district must name a heading.
pub fn import(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    text: &str,
    now: i64,
) -> Result<Imported, AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    let lines = voters::read_census(text)?;
    let headings = store::headings(conn, &loc.p.id)?;
    // Holds the process's row: balloting cannot open under the import, nor a claim race it.
    if !store::touch_in(conn, &loc.p.id, &open_phases(), now)? || loc.p.rules_locked_at.is_some() {
        return Err(BudgetError::RulesLocked.into());
    }
    let mut rules = store::voter_rules(conn, &loc.p.id)?;
    let salt_hex = rules.census_salt.clone().unwrap_or_else(voters::new_salt);
    let salt = voters::salt_bytes(&salt_hex);
    let before: std::collections::HashMap<String, (String, Option<i64>)> =
        store::census(conn, &loc.p.id)?
            .into_iter()
            .filter_map(|r| Some((r.id_hash, (r.claimed_by?, r.claimed_at))))
            .collect();
    let mut rows = Vec::with_capacity(lines.len());
    let (mut born, mut placed, mut kept) = (0, 0, 0);
    for l in lines {
        let district = match &l.district {
            None => None,
            Some(name) => Some(
                headings
                    .iter()
                    .find(|h| h.name.eq_ignore_ascii_case(name))
                    .map(|h| h.id.clone())
                    .ok_or_else(|| BudgetError::Census {
                        line: l.line,
                        fault: CensusFault::UnknownDistrict(name.clone()),
                    })?,
            ),
        };
        let id_hash = voters::keyed_hash(&salt, &l.id);
        let claim = before.get(&id_hash).cloned();
        born += i64::from(l.birth_date.is_some());
        placed += i64::from(district.is_some());
        kept += i64::from(claim.is_some());
        rows.push(CensusRow {
            id: new_id(),
            process_id: loc.p.id.clone(),
            id_hash,
            line: l.line as i64,
            birth_date: l.birth_date,
            district_heading_id: district,
            claimed_by: claim.as_ref().map(|c| c.0.clone()),
            claimed_at: claim.and_then(|c| c.1),
        });
    }
    store::replace_census(conn, &loc.p.id, &rows)?;
    let entries = rows.len() as i64;
    rules.census_salt = Some(salt_hex);
    rules.census_entries = entries;
    rules.census_imported_at = Some(now);
    store::put_voter_rules(conn, &rules)?;
    journal::record(
        conn,
        Some(&p.handle),
        &events::CENSUS_IMPORTED,
        &loc.object(),
        &format!(
            "@{} imported the census of “{}”: {}",
            p.handle,
            loc.p.title,
            super::model::counted(entries, "entry", "entries")
        ),
        &events::CensusImported {
            process: loc.payload(),
            entries,
            kept_claims: kept,
        },
    )?;
    Ok(Imported {
        entries,
        with_birth_date: born,
        with_district: placed,
        kept_claims: kept,
    })
}

/// `p` claims the census entry of the id they type, until balloting is over: the entry
/// must exist and be unclaimed, and `p` must hold no other entry of the process. Claiming
/// one's own entry again changes nothing. Returns the entry.
pub fn claim(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    typed: &str,
    now: i64,
) -> Result<CensusRow, AppError> {
    let loc = service::require_process(conn, id)?;
    let normal = voters::census_id(typed).map_err(|f| match f {
        CensusFault::EmptyId => BudgetError::Missing { field: "id" },
        _ => BudgetError::UnknownCensusId,
    })?;
    let phases: Vec<&str> = Phase::ALL
        .iter()
        .filter(|ph| **ph <= Phase::Balloting)
        .map(|ph| ph.as_str())
        .collect();
    // Holds the process's row: claims of one process, and an import, go one at a time.
    if !store::touch_in(conn, &loc.p.id, &phases, now)? {
        return Err(BudgetError::WrongPhase {
            action: "claim",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    let rules = store::voter_rules(conn, &loc.p.id)?;
    let Some(salt) = rules.census_salt.as_deref() else {
        return Err(BudgetError::UnknownCensusId.into());
    };
    let hash = voters::keyed_hash(&voters::salt_bytes(salt), &normal);
    let entry = store::census_entry(conn, &loc.p.id, &hash)?.ok_or(BudgetError::UnknownCensusId)?;
    match entry.claimed_by.as_deref() {
        Some(who) if who == p.id.as_str() => return Ok(entry),
        Some(_) => return Err(BudgetError::CensusEntryTaken.into()),
        None => {}
    }
    if store::claimed_entry(conn, &loc.p.id, p.id.as_str())?.is_some() {
        return Err(BudgetError::CensusAlreadyClaimed.into());
    }
    if !store::claim(conn, &entry.id, p.id.as_str(), now)? {
        return Err(BudgetError::CensusEntryTaken.into());
    }
    journal::record(
        conn,
        None,
        &events::CENSUS_CLAIMED,
        &loc.object(),
        &format!(
            "Someone claimed their entry in the census of “{}”",
            loc.p.title
        ),
        &events::CensusClaimed {
            process: loc.payload(),
        },
    )?;
    Ok(CensusRow {
        claimed_by: Some(p.id.as_str().into()),
        claimed_at: Some(now),
        ..entry
    })
}

/// The age rule and the district rule as entered.
pub struct NewVoterRules {
    pub min_age: Option<i64>,
    /// District headings besides one's own; `None`: unlimited.
    pub other_districts: Option<i64>,
    /// The city-wide heading's id.
    pub citywide: Option<String>,
}

/// Sets the age rule and the district rule of a process before balloting opens (an
/// admin).
pub fn set_rules(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    i: &NewVoterRules,
    now: i64,
) -> Result<Located, AppError> {
    let loc = service::require_process(conn, id)?;
    service::require_admin(conn, p, &loc)?;
    if let Some(a) = i.min_age
        && !(0..=voters::MAX_AGE).contains(&a)
    {
        return Err(BudgetError::Limits {
            field: "min_age",
            most: voters::MAX_AGE,
        }
        .into());
    }
    let headings = store::headings(conn, &loc.p.id)?;
    if let Some(n) = i.other_districts
        && !(0..=headings.len() as i64).contains(&n)
    {
        return Err(BudgetError::Limits {
            field: "other_districts",
            most: headings.len() as i64,
        }
        .into());
    }
    let citywide = match i.citywide.as_deref().filter(|s| !s.trim().is_empty()) {
        None => None,
        Some(h) => Some(service::require_heading(conn, &loc, h.trim())?),
    };
    if !store::touch_in(conn, &loc.p.id, &open_phases(), now)? || loc.p.rules_locked_at.is_some() {
        return Err(BudgetError::RulesLocked.into());
    }
    let mut rules = store::voter_rules(conn, &loc.p.id)?;
    rules.min_age = i.min_age;
    rules.other_districts = i.other_districts;
    rules.citywide_heading_id = citywide.as_ref().map(|h| h.id.clone());
    store::put_voter_rules(conn, &rules)?;
    let age = i
        .min_age
        .map_or("at any age".to_string(), |a| format!("from age {a}"));
    let districts = match i.other_districts {
        None => "in every district".to_string(),
        Some(0) => "in one's own district only".to_string(),
        Some(1) => "in one's own district and one other".to_string(),
        Some(n) => format!("in one's own district and {n} others"),
    };
    journal::record(
        conn,
        Some(&p.handle),
        &events::VOTER_RULES_SET,
        &loc.object(),
        &format!(
            "@{} set who may vote where in “{}”: {age}; {districts}",
            p.handle, loc.p.title
        ),
        &events::VoterRulesSet {
            process: loc.payload(),
            min_age: i.min_age,
            other_districts: i.other_districts,
            citywide: citywide.map(|h| h.name),
        },
    )?;
    service::require_process(conn, id)
}

/// Where `p` may vote in a process, heading by heading, and why (the district rule; who
/// may take part at all is `service::require_eligible`). Read inside the ballot's
/// transaction after the process's row is held, it sees every ballot committed before,
/// online or on paper.
pub fn standings(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
) -> Result<Vec<(HeadingRow, Standing)>, AppError> {
    let own = own_district(conn, p, loc)?;
    let keys = voter_keys(conn, p, loc)?;
    Ok(standings_of(conn, loc, Some(p.id.as_str()), &keys, own.as_deref())?.all)
}

/// `p`'s own district heading, from the census entry they claimed (census processes).
pub(super) fn own_district(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
) -> Result<Option<String>, AppError> {
    Ok(match loc.rules().eligibility {
        super::model::Eligibility::Census => store::claimed_entry(conn, &loc.p.id, p.id.as_str())?
            .and_then(|e| e.district_heading_id),
        _ => None,
    })
}

/// A voter's standing in each heading, and the headings where a paper ballot of theirs is
/// counted.
pub(super) struct Standings {
    pub all: Vec<(HeadingRow, Standing)>,
    pub on_paper: Vec<String>,
}

/// Where a voter may vote, heading by heading, under the district rule, and the headings
/// where a paper ballot of theirs is counted: `person` is the member (whose online ballots
/// count), `keys` the keys their paper ballots are recorded under, `own` their district
/// heading from the census. A heading counts as taken whether its ballot was cast online
/// or on paper, so the rule holds across both (each path holds the process's row first).
pub(super) fn standings_of(
    conn: &mut DbConn,
    loc: &Located,
    person: Option<&str>,
    keys: &[String],
    own: Option<&str>,
) -> Result<Standings, AppError> {
    let rules: VoterRulesRow = store::voter_rules(conn, &loc.p.id)?;
    let headings = store::headings(conn, &loc.p.id)?;
    let own = own.and_then(|d| headings.iter().find(|h| h.id == d).cloned());
    let mut voted: Vec<String> = match person {
        Some(pid) => store::ballots_of_voter(conn, &loc.p.id, pid)?
            .into_iter()
            .map(|b| b.heading_id)
            .collect(),
        None => Vec::new(),
    };
    let on_paper = store::paper::counted_headings(conn, &loc.p.id, keys)?;
    voted.extend(on_paper.iter().cloned());
    let voted: Vec<&str> = voted.iter().map(String::as_str).collect();
    let rule = DistrictRule {
        other_districts: rules.other_districts,
        citywide: rules.citywide_heading_id.as_deref(),
    };
    let own = own.as_ref().map(|h| (h.id.as_str(), h.name.as_str()));
    let all = headings
        .iter()
        .map(|h| (h.clone(), voters::standing(rule, &h.id, own, &voted)))
        .collect();
    Ok(Standings { all, on_paper })
}

/// The keys under which a paper ballot of `p` would be recorded in a process: as a
/// member, and as the census entry they claimed (a paper ballot may name either).
pub(super) fn voter_keys(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
) -> Result<Vec<String>, AppError> {
    let mut keys = vec![member_key(p.id.as_str())];
    if let Some(e) = store::claimed_entry(conn, &loc.p.id, p.id.as_str())? {
        keys.push(census_key(&e.id_hash));
    }
    Ok(keys)
}

/// A paper voter's key as a member.
pub(super) fn member_key(person_id: &str) -> String {
    format!("member:{person_id}")
}

/// A paper voter's key as an unclaimed census entry (its keyed hash).
pub(super) fn census_key(id_hash: &str) -> String {
    format!("census:{id_hash}")
}

/// Refuses a ballot for `heading` that the district rule leaves out (`district_rule`).
pub fn require_heading_open(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
    heading: &HeadingRow,
) -> Result<(), AppError> {
    let all = standings(conn, p, loc)?;
    match all.into_iter().find(|(h, _)| h.id == heading.id) {
        Some((_, Standing::Refused(e))) => Err(e.into()),
        _ => Ok(()),
    }
}

/// Why a heading is closed to `p` online because their paper ballot counts there.
pub const VOTED_ON_PAPER: &str = "voted_on_paper";

/// Where `p` may vote, heading by heading, as shown: refused everywhere with the code of
/// the refusal when they may not take part at all; `voted_on_paper` (not allowed) where a
/// paper ballot of theirs is counted, so they are told it counts rather than offered a
/// form that would be refused.
pub fn shown_standings(
    conn: &mut DbConn,
    p: &Actor,
    loc: &Located,
) -> Result<Vec<BudgetHeadingStanding>, AppError> {
    let refusal = match service::require_eligible(conn, p, loc) {
        Ok(()) => None,
        Err(e) if e.status.is_client_error() => Some(e.code),
        Err(e) => return Err(e),
    };
    let own = own_district(conn, p, loc)?;
    let keys = voter_keys(conn, p, loc)?;
    let Standings { all, on_paper } =
        standings_of(conn, loc, Some(p.id.as_str()), &keys, own.as_deref())?;
    Ok(all
        .into_iter()
        .map(|(h, s)| {
            // Counted on paper: it stands, and an online ballot would be refused.
            let paper = on_paper.contains(&h.id);
            let (why, used, allowed_others) = match (&refusal, &s) {
                (Some(code), _) => (code.to_string(), None, None),
                (None, _) if paper => (VOTED_ON_PAPER.to_string(), None, None),
                (None, Standing::Open) => ("open".into(), None, None),
                (None, Standing::Citywide) => ("citywide".into(), None, None),
                (None, Standing::Own) => ("own".into(), None, None),
                (None, Standing::First) => ("first".into(), None, None),
                (None, Standing::Other { used, allowed }) => {
                    ("other".into(), Some(*used), Some(*allowed))
                }
                (None, Standing::Refused(e)) => (e.code().to_string(), None, None),
            };
            BudgetHeadingStanding {
                heading_id: h.id,
                heading: h.name,
                allowed: refusal.is_none() && !paper && s.allowed(),
                why,
                used,
                allowed_others,
            }
        })
        .collect())
}
