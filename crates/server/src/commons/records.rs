//! People's records in a commons, read from the store: the contributors list (ranked by
//! accepted contributions), the maintainer candidates, a reviewer's record beside each
//! review and a person's records on their profile. The rules are the model's
//! (`candidates`); this file loads the facts they need. A fork's records include the
//! contributions its inherited revisions came from: who did what stays true in the fork.

use super::candidates::{
    CandidateRule, ContributionRecord, PersonRecord, maintainer_candidates, person_records,
};
use super::model::PersonId;
use super::service::parse_state;
use super::store::{self, CommonsRow};
use crate::db::DbConn;
use crate::db::schema::{
    commons, commons_contributions, commons_maintainers, commons_reviews, commons_revisions, people,
};
use crate::error::AppError;
use diesel::prelude::*;
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
        let rows: Vec<(String, String, String, i64)> = if i == 0 {
            commons_contributions::table
                .filter(commons_contributions::commons_id.eq(&seg.commons_id))
                .select((
                    commons_contributions::id,
                    commons_contributions::author_id,
                    commons_contributions::state,
                    commons_contributions::created_at,
                ))
                .load(conn)?
        } else {
            commons_contributions::table
                .inner_join(
                    commons_revisions::table.on(commons_revisions::id
                        .nullable()
                        .eq(commons_contributions::revision_id)),
                )
                .filter(commons_contributions::commons_id.eq(&seg.commons_id))
                .filter(commons_revisions::number.le(seg.upto))
                .select((
                    commons_contributions::id,
                    commons_contributions::author_id,
                    commons_contributions::state,
                    commons_contributions::created_at,
                ))
                .load(conn)?
        };
        // The latest decision on each contribution: who made it and when.
        let decisions: Vec<(String, String, i64)> = commons_reviews::table
            .inner_join(
                commons_contributions::table
                    .on(commons_contributions::id.eq(commons_reviews::contribution_id)),
            )
            .filter(commons_contributions::commons_id.eq(&seg.commons_id))
            .select((
                commons_reviews::contribution_id,
                commons_reviews::reviewer_id,
                commons_reviews::created_at,
            ))
            .order(commons_reviews::created_at.asc())
            .load(conn)?;
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

/// Handles of person ids, in one query.
fn handles(
    conn: &mut DbConn,
    ids: impl IntoIterator<Item = String>,
) -> Result<HashMap<String, String>, AppError> {
    let ids: Vec<String> = ids.into_iter().collect();
    let mut out = HashMap::with_capacity(ids.len());
    // Bounded IN lists: SQLite limits the number of bound parameters.
    for chunk in ids.chunks(500) {
        let rows: Vec<(String, String)> = people::table
            .filter(people::id.eq_any(chunk))
            .select((people::id, people::handle))
            .load(conn)?;
        out.extend(rows);
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
    let names = handles(
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
    let names = handles(conn, ranked.iter().map(|r| r.person.0.clone()))?;
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
    let mut ids: BTreeSet<String> = commons_contributions::table
        .filter(commons_contributions::author_id.eq(person_id))
        .select(commons_contributions::commons_id)
        .distinct()
        .load::<String>(conn)?
        .into_iter()
        .collect();
    ids.extend(
        commons_reviews::table
            .inner_join(
                commons_contributions::table
                    .on(commons_contributions::id.eq(commons_reviews::contribution_id)),
            )
            .filter(commons_reviews::reviewer_id.eq(person_id))
            .select(commons_contributions::commons_id)
            .distinct()
            .load::<String>(conn)?,
    );
    let maintains: BTreeSet<String> = commons_maintainers::table
        .filter(commons_maintainers::person_id.eq(person_id))
        .select(commons_maintainers::commons_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    ids.extend(maintains.iter().cloned());
    let me = PersonId(person_id.to_string());
    let handle = store::handle_of(conn, person_id)?;
    let mut out = Vec::new();
    for id in ids {
        let row: CommonsRow = commons::table
            .filter(commons::id.eq(&id))
            .select(CommonsRow::as_select())
            .first(conn)?;
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
