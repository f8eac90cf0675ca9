//! People's records in a commons, read from the store: the contributors list (ranked by
//! accepted contributions), the maintainer candidates, a reviewer's record beside each
//! review and a person's records on their profile. The rules are the model's
//! (`candidates`); this file loads the facts they need. A fork's records include the
//! contributions its inherited revisions came from: who did what stays true in the fork.

use super::model::PersonId;
use super::model::candidates::{
    CandidateRule, ContributionRecord, PersonRecord, maintainer_candidates, person_records,
};
use super::service::parse_state;
use super::store::{self, CommonsRow};
use crate::db::DbConn;
use crate::error::AppError;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use utoipa::ToSchema;

/// One person's record in one commons.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RecordView {
    pub handle: String,
    /// Contributions accepted and not reverted.
    pub accepted: u32,
    pub reverted: u32,
    pub rejected: u32,
    /// Proposed or sent back for changes, not yet decided.
    pub open: u32,
    /// Decisions made as a maintainer.
    pub reviews: u32,
    /// Unix milliseconds of their first contribution or review here.
    pub since: i64,
    pub first_accepted: Option<i64>,
    pub last_accepted: Option<i64>,
}

/// The contributors of a commons and the maintainer candidates among them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Contributors {
    /// Everyone with a contribution or a review, most accepted first (ties: the earlier
    /// first acceptance, then the person).
    pub contributors: Vec<RecordView>,
    /// How many contributors there are in all (the list may be cut short on pages).
    pub total: usize,
    /// Not yet maintainers, with a sustained record: suggestions for the maintainers.
    pub candidates: Vec<RecordView>,
    /// The candidate rule in words.
    pub rule: String,
}

/// A person's record in one commons, for their profile.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommonsRecord {
    pub commons: String,
    pub name: String,
    pub maintainer: bool,
    #[serde(flatten)]
    pub record: RecordView,
}

/// The rule's words, from the same numbers the rule applies.
pub fn rule_text(rule: &CandidateRule) -> String {
    format!(
        "at least {} accepted contributions spanning at least {} days, {} reverted at most",
        rule.min_accepted, rule.min_span_days, rule.max_reverted
    )
}

/// Every contribution that counts towards records in `c`: its own, and for a fork the
/// accepted ones behind its inherited revisions.
pub fn contribution_records(
    conn: &mut DbConn,
    c: &CommonsRow,
) -> Result<Vec<ContributionRecord>, AppError> {
    let mut out = Vec::new();
    for (i, seg) in store::lineage(conn, &c.id)?.0.into_iter().enumerate() {
        let rows = if i == 0 {
            store::contribution_facts(conn, &seg.commons_id, None)?
        } else {
            store::contribution_facts(conn, &seg.commons_id, Some(seg.upto))?
        };
        // The latest decision on each contribution: who made it and when.
        let decisions = store::decisions(conn, &seg.commons_id)?;
        let latest: HashMap<String, (String, i64)> = decisions
            .into_iter()
            .map(|(k, who, at)| (k, (who, at)))
            .collect();
        for (id, author, state, created_at) in rows {
            let decided = latest.get(&id);
            out.push(ContributionRecord {
                author: PersonId(author),
                state: parse_state(&state)?,
                proposed_at_ms: created_at,
                decided_at_ms: decided.map(|(_, at)| *at),
                reviewer: decided.map(|(who, _)| PersonId(who.clone())),
            });
        }
    }
    Ok(out)
}

fn view(r: &PersonRecord, handles: &HashMap<String, String>) -> RecordView {
    RecordView {
        handle: handles
            .get(&r.person.0)
            .cloned()
            .unwrap_or_else(|| r.person.0.clone()),
        accepted: r.accepted,
        reverted: r.reverted,
        rejected: r.rejected,
        open: r.open,
        reviews: r.reviews,
        since: r.since_ms,
        first_accepted: r.first_accepted_ms,
        last_accepted: r.last_accepted_ms,
    }
}

/// The contributors of `c` (the first `limit`, ranked) and its maintainer candidates.
pub fn contributors(
    conn: &mut DbConn,
    c: &CommonsRow,
    limit: usize,
) -> Result<Contributors, AppError> {
    let records = contribution_records(conn, c)?;
    let maintainers = store::maintainer_ids(conn, &c.id)?;
    let rule = CandidateRule::default();
    let mut ranked = person_records(&records);
    let total = ranked.len();
    ranked.truncate(limit);
    let candidates = maintainer_candidates(&records, &maintainers, &rule);
    let names = crate::accounts::handles_by_id(
        conn,
        ranked
            .iter()
            .chain(&candidates)
            .map(|r| r.person.0.clone())
            .collect::<BTreeSet<_>>(),
    )?;
    Ok(Contributors {
        contributors: ranked.iter().map(|r| view(r, &names)).collect(),
        total,
        candidates: candidates.iter().map(|r| view(r, &names)).collect(),
        rule: rule_text(&rule),
    })
}

/// Everyone's record in `c` by handle (for the reviewers beside each review).
pub fn by_handle(
    conn: &mut DbConn,
    c: &CommonsRow,
) -> Result<HashMap<String, RecordView>, AppError> {
    let ranked = person_records(&contribution_records(conn, c)?);
    let names = crate::accounts::handles_by_id(conn, ranked.iter().map(|r| r.person.0.clone()))?;
    Ok(ranked
        .iter()
        .map(|r| {
            let v = view(r, &names);
            (v.handle.clone(), v)
        })
        .collect())
}

/// A person's records in every commons they contributed to, reviewed in or maintain
/// (at most `limit` commons, most accepted first).
pub fn of_person(
    conn: &mut DbConn,
    person_id: &str,
    limit: usize,
) -> Result<Vec<CommonsRecord>, AppError> {
    let mut ids = store::commons_touched_by(conn, person_id)?;
    let maintains = store::commons_maintained_by(conn, person_id)?;
    ids.extend(maintains.iter().cloned());
    let me = PersonId(person_id.to_string());
    let handle = store::handle_of(conn, person_id)?;
    let mut out = Vec::new();
    for id in ids {
        let row = store::commons_by_id(conn, &id)?;
        let mine = person_records(&contribution_records(conn, &row)?)
            .into_iter()
            .find(|r| r.person == me);
        let record = match mine {
            Some(r) => view(
                &r,
                &HashMap::from([(person_id.to_string(), handle.clone())]),
            ),
            // A maintainer with no contribution or review here yet (a new fork, say).
            None => RecordView {
                handle: handle.clone(),
                accepted: 0,
                reverted: 0,
                rejected: 0,
                open: 0,
                reviews: 0,
                since: row.created_at,
                first_accepted: None,
                last_accepted: None,
            },
        };
        out.push(CommonsRecord {
            commons: row.handle,
            name: row.name,
            maintainer: maintains.contains(&id),
            record,
        });
    }
    out.sort_by(|a, b| {
        b.record
            .accepted
            .cmp(&a.record.accepted)
            .then(a.commons.cmp(&b.commons))
    });
    out.truncate(limit);
    Ok(out)
}
