//! People's records in a commons (accepted contributions, reviews, since
//! when) and the maintainer-candidate rule. Maintainers are recognised for a
//! sustained record of accepted work, never voted in; the page only
//! *suggests* candidates, and a maintainer still decides to add them.

use super::PersonId;
use super::contribution::ContributionState;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

const DAY_MS: i64 = 86_400_000;

/// What the rule needs to know about one contribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContributionRecord {
    pub author: PersonId,
    pub state: ContributionState,
    pub proposed_at_ms: i64,
    /// When it was accepted, rejected or sent back, if it was.
    pub decided_at_ms: Option<i64>,
    /// The maintainer who made the latest decision.
    pub reviewer: Option<PersonId>,
}

/// One person's record in one commons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRecord {
    pub person: PersonId,
    /// Still accepted (reverted ones are counted apart).
    pub accepted: u32,
    pub reverted: u32,
    pub rejected: u32,
    pub open: u32,
    /// Decisions made as a maintainer on others' and own contributions.
    pub reviews: u32,
    pub first_accepted_ms: Option<i64>,
    pub last_accepted_ms: Option<i64>,
    /// Their first contribution or review here.
    pub since_ms: i64,
}

impl PersonRecord {
    fn new(person: PersonId, at: i64) -> Self {
        Self {
            person,
            accepted: 0,
            reverted: 0,
            rejected: 0,
            open: 0,
            reviews: 0,
            first_accepted_ms: None,
            last_accepted_ms: None,
            since_ms: at,
        }
    }

    /// Days between the first and the latest accepted contribution.
    pub fn accepted_span_days(&self) -> i64 {
        match (self.first_accepted_ms, self.last_accepted_ms) {
            (Some(first), Some(last)) => (last - first) / DAY_MS,
            _ => 0,
        }
    }
}

/// Everyone's record, ranked for the "contributors" list: most accepted
/// first; ties go to the earlier first acceptance (the longer record), then
/// to the person id, so the order is total and reproducible.
pub fn person_records(records: &[ContributionRecord]) -> Vec<PersonRecord> {
    let mut by_person: BTreeMap<&PersonId, PersonRecord> = BTreeMap::new();
    for r in records {
        let rec = by_person
            .entry(&r.author)
            .or_insert_with(|| PersonRecord::new(r.author.clone(), r.proposed_at_ms));
        rec.since_ms = rec.since_ms.min(r.proposed_at_ms);
        match r.state {
            ContributionState::Accepted => {
                rec.accepted += 1;
                let at = r.decided_at_ms.unwrap_or(r.proposed_at_ms);
                rec.first_accepted_ms = Some(rec.first_accepted_ms.map_or(at, |f| f.min(at)));
                rec.last_accepted_ms = Some(rec.last_accepted_ms.map_or(at, |l| l.max(at)));
            }
            ContributionState::Reverted => rec.reverted += 1,
            ContributionState::Rejected => rec.rejected += 1,
            ContributionState::Proposed | ContributionState::ChangesRequested => rec.open += 1,
            ContributionState::Withdrawn => {}
        }
        if let (Some(reviewer), Some(at)) = (&r.reviewer, r.decided_at_ms) {
            let rec = by_person
                .entry(reviewer)
                .or_insert_with(|| PersonRecord::new(reviewer.clone(), at));
            rec.reviews += 1;
            rec.since_ms = rec.since_ms.min(at);
        }
    }
    let mut out: Vec<PersonRecord> = by_person.into_values().collect();
    out.sort_by(|a, b| {
        b.accepted
            .cmp(&a.accepted)
            .then(
                a.first_accepted_ms
                    .unwrap_or(i64::MAX)
                    .cmp(&b.first_accepted_ms.unwrap_or(i64::MAX)),
            )
            .then(a.person.cmp(&b.person))
    });
    out
}

/// The maintainer-candidate rule. A person not yet a maintainer is
/// suggested when:
///
/// 1. they have at least `min_accepted` contributions still accepted;
/// 2. their accepted work spans at least `min_span_days` from the first to
///    the latest acceptance (a sustained record, not one busy afternoon;
///    measured between acceptances so the rule needs no clock);
/// 3. none of their accepted contributions was later reverted
///    (`max_reverted`, default 0).
///
/// Candidates come in the order of [`person_records`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateRule {
    pub min_accepted: u32,
    pub min_span_days: i64,
    pub max_reverted: u32,
}

impl Default for CandidateRule {
    fn default() -> Self {
        Self {
            min_accepted: 5,
            min_span_days: 30,
            max_reverted: 0,
        }
    }
}

/// Applies `rule` to everyone who is not in `maintainers`.
pub fn maintainer_candidates(
    records: &[ContributionRecord],
    maintainers: &BTreeSet<PersonId>,
    rule: &CandidateRule,
) -> Vec<PersonRecord> {
    person_records(records)
        .into_iter()
        .filter(|r| !maintainers.contains(&r.person))
        .filter(|r| r.accepted >= rule.min_accepted)
        .filter(|r| r.accepted_span_days() >= rule.min_span_days)
        .filter(|r| r.reverted <= rule.max_reverted)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContributionState as S;

    fn id(s: &str) -> PersonId {
        PersonId(s.into())
    }

    /// `n` contributions by `who` in `state`, one every `every_days` from `start_day`.
    fn many(
        who: &str,
        state: S,
        n: i64,
        start_day: i64,
        every_days: i64,
    ) -> Vec<ContributionRecord> {
        (0..n)
            .map(|i| {
                let at = (start_day + i * every_days) * DAY_MS;
                ContributionRecord {
                    author: id(who),
                    state,
                    proposed_at_ms: at,
                    decided_at_ms: (state != S::Proposed).then_some(at + 1000),
                    reviewer: (state != S::Proposed).then(|| id("ana")),
                }
            })
            .collect()
    }

    #[test]
    fn records_count_and_rank() {
        let mut rs = many("bo", S::Accepted, 3, 10, 1);
        rs.extend(many("cy", S::Accepted, 3, 5, 1));
        rs.extend(many("cy", S::Rejected, 1, 1, 1));
        rs.extend(many("di", S::Proposed, 2, 20, 1));
        let recs = person_records(&rs);
        let order: Vec<_> = recs.iter().map(|r| r.person.0.as_str()).collect();
        // bo and cy tie on 3 accepted; cy's record starts earlier. ana only reviewed.
        assert_eq!(order, ["cy", "bo", "ana", "di"]);
        let cy = &recs[0];
        assert_eq!((cy.accepted, cy.rejected, cy.since_ms), (3, 1, DAY_MS));
        let ana = &recs[2];
        assert_eq!((ana.reviews, ana.accepted), (7, 0));
        assert_eq!(recs[3].open, 2);
    }

    #[test]
    fn the_candidate_rule() {
        let rule = CandidateRule::default();
        let maintainers: BTreeSet<_> = [id("ana")].into();
        let mut rs = Vec::new();
        rs.extend(many("steady", S::Accepted, 6, 0, 7)); // 6 over 35 days: yes
        rs.extend(many("burst", S::Accepted, 20, 0, 0)); // 20 in one day: no span
        rs.extend(many("few", S::Accepted, 4, 0, 30)); // long but only 4
        rs.extend(many("reverted", S::Accepted, 8, 0, 10));
        rs.extend(many("reverted", S::Reverted, 1, 5, 1)); // one revert: out
        rs.extend(many("keen", S::Accepted, 9, 0, 5)); // 9 over 40 days: first
        rs.extend(many("ana", S::Accepted, 50, 0, 5)); // already a maintainer
        let got: Vec<_> = maintainer_candidates(&rs, &maintainers, &rule)
            .into_iter()
            .map(|r| r.person.0)
            .collect();
        assert_eq!(got, ["keen", "steady"]);

        let lenient = CandidateRule {
            min_accepted: 4,
            min_span_days: 0,
            max_reverted: 1,
        };
        let got: Vec<_> = maintainer_candidates(&rs, &maintainers, &lenient)
            .into_iter()
            .map(|r| r.person.0)
            .collect();
        assert_eq!(got, ["burst", "keen", "reverted", "steady", "few"]);
    }
}
