//! Paper ballots, recorded and reconciled: reading the ballot-level list a polling station
//! sends (a CSV with `vote` and optionally `voter`, `station`, `ballot` and `declared`
//! columns, or today's one ballot per line), recording it all or none against each
//! station's tally sheet (a count that differs is refused unless accepted with a reason),
//! setting aside the paper ballot of someone who voted online (the online one stands),
//! twice on paper, or past the district rule, and the reconciliation report per heading and station. One journal
//! event per upload, carrying the counts.

use super::ballots;
use super::census;
use super::events;
use super::model::{self, BallotStyle, BudgetError, Eligibility, Marks, PaperFault, Phase};
use super::pabulib;
use super::service::{self, Located};
use super::store::paper::{PaperBatchRow, PaperSheetRow};
use super::store::{self, BallotRow};
use super::views::{
    BudgetPaperHeading, BudgetPaperMismatch, BudgetPaperReport, BudgetPaperStation,
};
use super::voters;
use crate::db::{DbConn, new_id};
use crate::error::{AppError, detail};
use crate::journal;
use crate::web::actor::Actor;
use axum::http::StatusCode;
use std::collections::{HashMap, HashSet};

/// Longest station label and serial number, in characters.
pub const MAX_STATION_CHARS: usize = 80;
pub const MAX_SERIAL_CHARS: usize = 40;
/// Longest reason for accepting a count that differs from its tally sheet.
pub const MAX_REASON_CHARS: usize = 500;

/// Why a paper ballot is not counted.
pub const VOTED_ONLINE: &str = "voted_online";
pub const TWICE_ON_PAPER: &str = "twice_on_paper";
/// The district rule leaves the heading out for this voter, counting the headings where
/// they hold a ballot, online or on paper. Set aside rather than refused, as a count does:
/// the voter may take part and the station took the ballot in good faith; which of their
/// ballots is past the rule depends on what was recorded first (the one already held
/// stands, as with `voted_online`), which no station can know when it writes its list, and
/// refusing the whole list would hold back every other voter's ballot on it.
pub const DISTRICT_RULE: &str = "district_rule";

/// A paper ballot as read from the list: its line, the projects chosen (with `n:p` points
/// on a points ballot), and what the station recorded with it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaperLine {
    pub line: usize,
    pub chosen: Vec<String>,
    /// The census id or the member handle of who cast it.
    pub voter: Option<String>,
    pub station: Option<String>,
    /// The sheet's serial number.
    pub serial: Option<String>,
    /// The station's tally sheet count, when the list carries it.
    pub declared: Option<i64>,
}

/// The tally sheet an upload declares (query or form fields), and whether a count that
/// differs from it is accepted, and why.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// The station of the lines that name none.
    pub station: Option<String>,
    /// The count on that station's tally sheet (or on the only station's).
    pub declared: Option<i64>,
    pub accept_mismatch: bool,
    pub reason: Option<String>,
}

/// What one station's batch of an upload came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StationCount {
    pub station: String,
    pub declared: Option<i64>,
    pub read: i64,
    pub recorded: i64,
    pub set_aside: i64,
    pub mismatch_reason: Option<String>,
}

/// What an upload came to.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub read: i64,
    pub recorded: i64,
    pub set_aside: i64,
    pub stations: Vec<StationCount>,
}

/// A problem on a line of the list: its detail says which line.
fn at_line(line: usize, e: AppError) -> AppError {
    AppError::new(
        e.status,
        e.code,
        detail!(
            "problem-budgets-paper-line",
            line = line.to_string(),
            why = e.detail
        ),
    )
}

/// The fields of one CSV line, split on commas; a field may be quoted (`""` inside for a
/// quote), so a vote of several projects may keep its commas: `"1,4,7"`.
fn cells(line: &str) -> Result<Vec<String>, PaperFault> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (false, '"') if cur.trim().is_empty() => {
                cur.clear();
                quoted = true;
            }
            (false, ',') => out.push(std::mem::take(&mut cur).trim().to_string()),
            (_, c) => cur.push(c),
        }
    }
    if quoted {
        return Err(PaperFault::Unclosed);
    }
    out.push(cur.trim().to_string());
    Ok(out)
}

/// The projects of a vote's cell: numbers separated by `;` or `,`.
fn chosen(cell: &str) -> Vec<String> {
    cell.trim()
        .trim_matches('"')
        .split([',', ';'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

const COLUMNS: [&str; 5] = ["vote", "voter", "station", "ballot", "declared"];

/// An optional text cell: trimmed, its direction controls removed, `None` when empty;
/// longer than `most` is refused.
fn text_cell(cell: &str, field: &'static str, most: usize) -> Result<Option<String>, AppError> {
    let t = crate::text::neutralised(cell).trim().to_string();
    if t.chars().count() > most {
        return Err(BudgetError::TooLong { field, limit: most }.into());
    }
    if t.chars().any(char::is_control) {
        return Err(BudgetError::ControlCharacter { field }.into());
    }
    Ok(Some(t).filter(|t| !t.is_empty()))
}

/// Reads a list of paper ballots. With a header naming columns (`vote`, and optionally
/// `voter`, `station`, `ballot` and `declared`, in any order, separated by commas), each
/// line is one ballot: its vote the project numbers separated by `;` (or by commas inside
/// a quoted cell), with `n:p` points on a points ballot. Without one, or with a lone `vote`
/// header, each line is a ballot's numbers separated by commas, as before. Blank lines
/// are skipped. The first fault met is refused with its line.
pub fn read_paper(text: &str) -> Result<Vec<PaperLine>, AppError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .peekable();
    let fault =
        |line: usize, fault: PaperFault| AppError::from(BudgetError::PaperCsv { line, fault });
    let Some(&(hline, header)) = lines.peek() else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = cells(header)
        .map_err(|f| fault(hline, f))?
        .iter()
        .map(|c| c.to_lowercase())
        .collect();
    let lone_vote = names.len() == 1 && names[0] == "vote";
    if lone_vote || !names.iter().any(|n| COLUMNS.contains(&n.as_str())) {
        if lone_vote {
            lines.next();
        }
        return Ok(lines
            .map(|(line, l)| PaperLine {
                line,
                chosen: chosen(l),
                ..PaperLine::default()
            })
            .collect());
    }
    lines.next();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (i, n) in names.iter().enumerate() {
        match COLUMNS.iter().find(|c| **c == n.as_str()) {
            Some(c) if !at.contains_key(c) => {
                at.insert(c, i);
            }
            _ => return Err(fault(hline, PaperFault::UnknownColumn(n.clone()))),
        }
    }
    let Some(&vote_at) = at.get("vote") else {
        return Err(fault(hline, PaperFault::NoVoteColumn));
    };
    let mut out = Vec::new();
    for (line, l) in lines {
        let f = cells(l).map_err(|e| fault(line, e))?;
        if f.len() != names.len() {
            return Err(fault(
                line,
                PaperFault::Fields {
                    expected: names.len(),
                    given: f.len(),
                },
            ));
        }
        let cell = |name: &str| at.get(name).map(|&i| f[i].as_str()).unwrap_or("");
        let declared = match cell("declared") {
            "" => None,
            d => match d.parse::<i64>() {
                Ok(n) if n >= 0 => Some(n),
                _ => return Err(fault(line, PaperFault::Declared(d.into()))),
            },
        };
        out.push(PaperLine {
            line,
            chosen: chosen(&f[vote_at]),
            voter: text_cell(cell("voter"), "voter", model::MAX_CENSUS_ID_CHARS + 40)
                .map_err(|e| at_line(line, e))?,
            station: text_cell(cell("station"), "station", MAX_STATION_CHARS)
                .map_err(|e| at_line(line, e))?,
            serial: text_cell(cell("ballot"), "ballot", MAX_SERIAL_CHARS)
                .map_err(|e| at_line(line, e))?,
            declared,
        });
    }
    Ok(out)
}

/// A declared count typed in a form field: empty is none.
pub fn declared_field(given: &str) -> Result<Option<i64>, AppError> {
    match given.trim() {
        "" => Ok(None),
        d => match d.parse::<i64>() {
            Ok(n) if n >= 0 => Ok(Some(n)),
            _ => Err(AppError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "malformed_paper_ballots",
                detail!(
                    "problem-budgets-paper-declared-field",
                    given = d.to_string()
                ),
            )),
        },
    }
}

/// Who cast a paper ballot, as the store keys them: the keys it may be recorded under (the
/// first is the one written) and the person, when they are a member.
struct PaperVoter {
    keys: Vec<String>,
    person: Option<String>,
    /// Their district heading, from the census.
    own: Option<String>,
}

/// The voter a line names: a census id (on a census process, unless written `@handle`)
/// or a member's handle. Anyone the process's eligibility leaves out is refused.
fn paper_voter(conn: &mut DbConn, loc: &Located, raw: &str) -> Result<PaperVoter, AppError> {
    let refused = || AppError::from(BudgetError::PaperVoterNotEligible);
    if loc.rules().eligibility == Eligibility::Census && !raw.starts_with('@') {
        let rules = store::voter_rules(conn, &loc.p.id)?;
        let Some(salt) = rules.census_salt.as_deref() else {
            return Err(refused());
        };
        let Ok(normal) = voters::census_id(raw) else {
            return Err(refused());
        };
        let hash = voters::keyed_hash(&voters::salt_bytes(salt), &normal);
        let Some(entry) = store::census_entry(conn, &loc.p.id, &hash)? else {
            return Err(refused());
        };
        let at = service::age_counted_at(conn, loc)?;
        if voters::old_enough(rules.min_age, entry.birth_date.as_deref(), at).is_err() {
            return Err(refused());
        }
        return Ok(match entry.claimed_by {
            Some(pid) => PaperVoter {
                keys: vec![census::member_key(&pid), census::census_key(&hash)],
                person: Some(pid),
                own: entry.district_heading_id,
            },
            None => PaperVoter {
                keys: vec![census::census_key(&hash)],
                person: None,
                own: entry.district_heading_id,
            },
        });
    }
    let Some(person) = crate::accounts::find_person(conn, raw.trim_start_matches('@'))? else {
        return Err(refused());
    };
    match service::require_eligible(conn, &person, loc) {
        Ok(()) => {}
        Err(e) if e.status.is_client_error() => return Err(refused()),
        Err(e) => return Err(e),
    }
    Ok(PaperVoter {
        keys: census::voter_keys(conn, &person, loc)?,
        person: Some(person.id.as_str().to_string()),
        own: census::own_district(conn, &person, loc)?,
    })
}

/// Whether the district rule lets `v` hold a ballot under `heading`, counting the
/// headings where they hold one already, online or on paper.
fn district_allows(
    conn: &mut DbConn,
    loc: &Located,
    v: &PaperVoter,
    heading: &str,
) -> Result<bool, AppError> {
    let s = census::standings_of(conn, loc, v.person.as_deref(), &v.keys, v.own.as_deref())?;
    Ok(s.all
        .iter()
        .find(|(h, _)| h.id == heading)
        .is_none_or(|(_, s)| s.allowed()))
}

/// A station's running count while an upload is read.
struct Station {
    name: String,
    declared: Option<i64>,
    batch_id: String,
    read: i64,
    recorded: i64,
    set_aside: i64,
}

/// Records the paper ballots of a list under a heading (an admin, while balloting or
/// reviewing the ballots), one batch per station: each ballot read under the process's
/// rules, its voter (when named) checked against eligibility; a voter who voted online,
/// or is on paper twice, has this paper ballot set aside (the online one, or the first,
/// stands), and so has one the district rule leaves out (`DISTRICT_RULE` says why). A station whose count differs from its tally sheet is refused unless the
/// mismatch is accepted with a reason; a serial number met before is refused. All or
/// none; journaled once with the counts.
pub fn record_paper(
    conn: &mut DbConn,
    p: &Actor,
    id: &str,
    heading_id: &str,
    lines: &[PaperLine],
    tally: &Tally,
    now: i64,
) -> Result<Recorded, AppError> {
    let loc = service::require_process(conn, id)?;
    let heading = service::require_heading(conn, &loc, heading_id)?;
    service::require_admin(conn, p, &loc)?;
    // Holds the process's row until this commits: an online ballot of one of these voters
    // waits for it (and then sees the paper one), or this waits for it.
    let phases = [Phase::Balloting.as_str(), Phase::ReviewingBallots.as_str()];
    if !store::touch_in(conn, &loc.p.id, &phases, now)? {
        return Err(BudgetError::WrongPhase {
            action: "record-paper",
            phase: loc.phase().as_str(),
        }
        .into());
    }
    if lines.is_empty() {
        return Err(BudgetError::Missing { field: "ballots" }.into());
    }
    let tally_station = match &tally.station {
        Some(s) => text_cell(s, "station", MAX_STATION_CHARS)?,
        None => None,
    };
    let mut stations: Vec<Station> = Vec::new();
    let mut station_of = Vec::with_capacity(lines.len());
    for l in lines {
        let name = l
            .station
            .clone()
            .or_else(|| tally_station.clone())
            .unwrap_or_default();
        let i = match stations.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                stations.push(Station {
                    name,
                    declared: None,
                    batch_id: new_id(),
                    read: 0,
                    recorded: 0,
                    set_aside: 0,
                });
                stations.len() - 1
            }
        };
        let s = &mut stations[i];
        if let Some(d) = l.declared {
            if s.declared.is_some_and(|e| e != d) {
                return Err(BudgetError::PaperCsv {
                    line: l.line,
                    fault: PaperFault::Declared(d.to_string()),
                }
                .into());
            }
            s.declared = Some(d);
        }
        s.read += 1;
        station_of.push(i);
    }
    // The tally sheet the form declares: its station's, or the only station's.
    if let Some(d) = tally.declared {
        let name = match (&tally_station, stations.len()) {
            (Some(n), _) => n.clone(),
            (None, 1) => stations[0].name.clone(),
            (None, _) => return Err(BudgetError::Missing { field: "station" }.into()),
        };
        match stations.iter_mut().find(|s| s.name == name) {
            Some(s) if s.declared.is_none() => s.declared = Some(d),
            Some(_) => {}
            None => stations.push(Station {
                name,
                declared: Some(d),
                batch_id: new_id(),
                read: 0,
                recorded: 0,
                set_aside: 0,
            }),
        }
    }
    // Every ballot read under the rules, each voter checked, before any count is compared.
    let points_style = loc.rules().style == BallotStyle::Points;
    let mut read = Vec::with_capacity(lines.len());
    for l in lines {
        let split;
        let marks = if points_style {
            split = model::split_points(&l.chosen).map_err(|e| at_line(l.line, e.into()))?;
            Marks {
                projects: &split.0,
                points: Some(&split.1),
                ranks: None,
            }
        } else {
            Marks {
                projects: &l.chosen,
                ..Marks::default()
            }
        };
        let ballot = ballots::read(conn, &loc, &heading, marks).map_err(|e| at_line(l.line, e))?;
        let voter = match &l.voter {
            Some(v) => Some(paper_voter(conn, &loc, v).map_err(|e| at_line(l.line, e))?),
            None => None,
        };
        read.push((ballot, voter));
    }
    let mut mismatch_reason = None;
    for s in &stations {
        let Some(d) = s.declared.filter(|d| *d != s.read) else {
            continue;
        };
        if !tally.accept_mismatch {
            return Err(BudgetError::PaperCountMismatch {
                station: s.name.clone(),
                declared: d,
                read: s.read,
            }
            .into());
        }
        let reason = tally.reason.as_deref().map(str::trim).unwrap_or("");
        if reason.is_empty() {
            return Err(BudgetError::Missing { field: "reason" }.into());
        }
        let reason = text_cell(reason, "reason", MAX_REASON_CHARS)?;
        mismatch_reason = reason;
    }
    // Serial numbers: once in the upload, and never one the process holds.
    let mut serials = HashSet::new();
    for l in lines {
        if let Some(s) = &l.serial
            && !serials.insert(s.clone())
        {
            return Err(BudgetError::PaperSerialRepeated { serial: s.clone() }.into());
        }
    }
    let serials: Vec<String> = serials.into_iter().collect();
    if let Some(s) = store::paper::serials_taken(conn, &loc.p.id, &serials)?
        .into_iter()
        .min()
    {
        return Err(BudgetError::PaperSerialRepeated { serial: s }.into());
    }
    let start = store::last_position(conn, &heading.id)? + 1;
    let ballot_id = pabulib::batch_ids();
    let mut seen: HashSet<String> = HashSet::new();
    let districts = store::voter_rules(conn, &loc.p.id)?
        .other_districts
        .is_some();
    let (mut rows, mut sheets) = (Vec::new(), Vec::with_capacity(lines.len()));
    for ((l, (ballot, voter)), &si) in lines.iter().zip(read).zip(&station_of) {
        let aside = match &voter {
            None => None,
            Some(v) if v.keys.iter().any(|k| seen.contains(k)) => Some(TWICE_ON_PAPER),
            Some(v) if !store::paper::counted_voters(conn, &heading.id, &v.keys)?.is_empty() => {
                Some(TWICE_ON_PAPER)
            }
            Some(PaperVoter {
                person: Some(pid), ..
            }) if store::ballot_of(conn, &heading.id, pid)?.is_some() => Some(VOTED_ONLINE),
            Some(v) if districts && !district_allows(conn, &loc, v, &heading.id)? => {
                Some(DISTRICT_RULE)
            }
            Some(_) => None,
        };
        let (vote, points) = (ballot.vote.join(","), ballots::points_text(&ballot.points));
        let counted = match aside {
            Some(_) => {
                stations[si].set_aside += 1;
                None
            }
            None => {
                stations[si].recorded += 1;
                seen.extend(voter.iter().flat_map(|v| v.keys.iter().cloned()));
                let position = start + rows.len() as i64;
                rows.push(BallotRow {
                    id: ballot_id(position),
                    process_id: loc.p.id.clone(),
                    heading_id: heading.id.clone(),
                    voter_id: None,
                    origin: "paper".into(),
                    position: Some(position),
                    vote: vote.clone(),
                    points: points.clone(),
                    extra: None,
                    cast_at: now,
                });
                Some(ballot_id(position))
            }
        };
        sheets.push(PaperSheetRow {
            id: new_id(),
            batch_id: stations[si].batch_id.clone(),
            process_id: loc.p.id.clone(),
            heading_id: heading.id.clone(),
            line: l.line as i64,
            serial: l.serial.clone(),
            voter_key: voter.and_then(|v| v.keys.into_iter().next()),
            ballot_id: counted,
            set_aside: aside.map(str::to_string),
            vote,
            points,
        });
    }
    let counts: Vec<StationCount> = stations
        .iter()
        .map(|s| StationCount {
            station: s.name.clone(),
            declared: s.declared,
            read: s.read,
            recorded: s.recorded,
            set_aside: s.set_aside,
            mismatch_reason: s
                .declared
                .filter(|d| *d != s.read)
                .and(mismatch_reason.clone()),
        })
        .collect();
    let batches: Vec<PaperBatchRow> = stations
        .iter()
        .zip(&counts)
        .map(|(s, c)| PaperBatchRow {
            id: s.batch_id.clone(),
            process_id: loc.p.id.clone(),
            heading_id: heading.id.clone(),
            station: c.station.clone(),
            declared: c.declared,
            read_count: c.read,
            recorded: c.recorded,
            set_aside: c.set_aside,
            mismatch_reason: c.mismatch_reason.clone(),
            recorded_by: p.id.as_str().to_string(),
            recorded_at: now,
        })
        .collect();
    store::insert_ballots(conn, &rows)?;
    store::paper::insert_batches(conn, &batches)?;
    store::paper::insert_sheets(conn, &sheets)?;
    let done = Recorded {
        read: lines.len() as i64,
        recorded: rows.len() as i64,
        set_aside: (lines.len() - rows.len()) as i64,
        stations: counts,
    };
    let mut summary = format!(
        "@{} recorded {} in “{}” ({}): {} read, {} set aside",
        p.handle,
        model::counted(done.recorded, "paper ballot", "paper ballots"),
        loc.p.title,
        heading.name,
        done.read,
        done.set_aside,
    );
    if let Some(r) = &mismatch_reason {
        summary.push_str(&format!(
            "; a count differing from its tally sheet accepted: {r}"
        ));
    }
    journal::record(
        conn,
        Some(&p.handle),
        &events::PAPER_BALLOTS,
        &loc.object(),
        &summary,
        &events::PaperBallots {
            process: loc.payload(),
            heading: heading.name.clone(),
            count: done.recorded,
            read: Some(done.read),
            set_aside: Some(done.set_aside),
            stations: done
                .stations
                .iter()
                .map(|s| events::PaperStation {
                    station: s.station.clone(),
                    declared: s.declared,
                    read: s.read,
                    recorded: s.recorded,
                    set_aside: s.set_aside,
                    mismatch_reason: s.mismatch_reason.clone(),
                })
                .collect(),
        },
    )?;
    Ok(done)
}

/// The reconciliation of a process's paper ballots, per heading and station: declared,
/// read, recorded and set aside (and why), and each accepted mismatch with its reason and
/// who accepted it. Counts only: no voter is named.
pub fn report(conn: &mut DbConn, id: &str) -> Result<BudgetPaperReport, AppError> {
    let loc = service::require_process(conn, id)?;
    let headings = store::headings(conn, &loc.p.id)?;
    let batches = store::paper::batches(conn, &loc.p.id)?;
    let why: HashMap<(String, String), i64> = store::paper::set_aside_counts(conn, &loc.p.id)?
        .into_iter()
        .map(|(b, w, n)| ((b, w), n))
        .collect();
    let handles = crate::accounts::handles_by_id(
        conn,
        batches
            .iter()
            .filter(|b| b.mismatch_reason.is_some())
            .map(|b| b.recorded_by.clone()),
    )?;
    let mut out = Vec::new();
    for h in &headings {
        let mut stations: Vec<BudgetPaperStation> = Vec::new();
        for b in batches.iter().filter(|b| b.heading_id == h.id) {
            let i = match stations.iter().position(|s| s.station == b.station) {
                Some(i) => i,
                None => {
                    stations.push(BudgetPaperStation {
                        station: b.station.clone(),
                        ..BudgetPaperStation::default()
                    });
                    stations.len() - 1
                }
            };
            let s = &mut stations[i];
            if let Some(d) = b.declared {
                s.declared = Some(s.declared.unwrap_or(0) + d);
            }
            s.read += b.read_count;
            s.recorded += b.recorded;
            s.set_aside += b.set_aside;
            let n = |w: &str| {
                why.get(&(b.id.clone(), w.to_string()))
                    .copied()
                    .unwrap_or(0)
            };
            s.voted_online += n(VOTED_ONLINE);
            s.twice_on_paper += n(TWICE_ON_PAPER);
            s.district_rule += n(DISTRICT_RULE);
            if let Some(reason) = &b.mismatch_reason {
                s.mismatches.push(BudgetPaperMismatch {
                    declared: b.declared.unwrap_or(0),
                    read: b.read_count,
                    reason: reason.clone(),
                    accepted_by: handles
                        .get(&b.recorded_by)
                        .map(|x| format!("@{x}"))
                        .unwrap_or_default(),
                    accepted_at: model::rfc3339(b.recorded_at),
                });
            }
        }
        if stations.is_empty() {
            continue;
        }
        out.push(BudgetPaperHeading {
            heading_id: h.id.clone(),
            heading: h.name.clone(),
            read: stations.iter().map(|s| s.read).sum(),
            recorded: stations.iter().map(|s| s.recorded).sum(),
            set_aside: stations.iter().map(|s| s.set_aside).sum(),
            stations,
        });
    }
    Ok(BudgetPaperReport {
        process_id: loc.p.id.clone(),
        headings: out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(e: AppError) -> (&'static str, String) {
        (e.code, format!("{:?}", e.detail))
    }

    #[test]
    fn todays_forms_still_read() {
        let l = read_paper("1,2\n\n\"2,3\"\n").unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].chosen, ["1", "2"]);
        assert_eq!(
            (l[1].line, l[1].chosen.clone()),
            (3, vec!["2".into(), "3".into()])
        );
        let l = read_paper("vote\n1,2\n3\n").unwrap();
        assert_eq!(l.iter().map(|x| x.line).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(l[0].voter, None);
    }

    #[test]
    fn a_csv_names_its_columns_in_any_order() {
        let l = read_paper(
            "ballot,station,voter,vote,declared\nA-1,Library,@bob,1;4,2\nA-2,Library,,\"2,3\",2\n",
        )
        .unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].serial.as_deref(), Some("A-1"));
        assert_eq!(l[0].station.as_deref(), Some("Library"));
        assert_eq!(l[0].voter.as_deref(), Some("@bob"));
        assert_eq!(l[0].chosen, ["1", "4"]);
        assert_eq!(l[0].declared, Some(2));
        assert_eq!(l[1].voter, None);
        assert_eq!(l[1].chosen, ["2", "3"]);
    }

    #[test]
    fn a_bad_csv_is_refused_with_its_line() {
        let (c, d) = code(read_paper("vote,colour\n1,red\n").unwrap_err());
        assert_eq!(c, "malformed_paper_ballots");
        assert!(d.contains("colour"), "{d}");
        let (c, _) = code(read_paper("voter,station\n@bob,A\n").unwrap_err());
        assert_eq!(c, "malformed_paper_ballots");
        let (c, d) = code(read_paper("vote,voter\n1,@a\n2\n").unwrap_err());
        assert_eq!(c, "malformed_paper_ballots");
        assert!(d.contains('3'), "{d}");
        let (c, _) = code(read_paper("vote,declared\n1,many\n").unwrap_err());
        assert_eq!(c, "malformed_paper_ballots");
        let (c, _) = code(read_paper("vote,voter\n\"1;2,@a\n").unwrap_err());
        assert_eq!(c, "malformed_paper_ballots");
    }

    #[test]
    fn a_declared_field_is_a_count() {
        assert_eq!(declared_field(" ").unwrap(), None);
        assert_eq!(declared_field("12").unwrap(), Some(12));
        assert_eq!(
            declared_field("-1").unwrap_err().code,
            "malformed_paper_ballots"
        );
    }
}
