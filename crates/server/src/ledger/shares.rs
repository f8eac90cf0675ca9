//! How a distribution shares an amount among a commons' contributors, with no I/O: the
//! policies a commons treasury may choose and, for each, every recipient's exact share, the
//! weight it was given and the contributions behind it. The shares always sum to the
//! amount to the minor unit (largest remainder, ties by recipient id).
//!
//! - `equal`: everyone with an accepted contribution in the period gets the same.
//! - `hours`: in proportion to the minutes of one's accepted work records.
//! - `credrank`: in proportion to CredRank (SourceCred's contribution credit) over the
//!   commons' own graph: each accepted contribution mints cred (a change 1, a work record
//!   its hours), which flows to its author (backward weight 1) and, less, to the
//!   maintainers who accepted it (backward weight 1/4), week by week.

use crate::commons::AcceptedWork;
use commonfare_value::credrank::input::{EdgeIn, GraphFileIn, NodeIn, ParametersIn, ParticipantIn};
use commonfare_value::credrank::{Graph, credrank};
use commonfare_value::money::Money;
use commonfare_value::split::split;
use std::collections::BTreeMap;

/// The policies a distribution may follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    Equal,
    Hours,
    CredRank,
}

impl Policy {
    pub const ALL: [Policy; 3] = [Policy::Equal, Policy::Hours, Policy::CredRank];

    pub fn as_str(self) -> &'static str {
        match self {
            Policy::Equal => "equal",
            Policy::Hours => "hours",
            Policy::CredRank => "credrank",
        }
    }

    pub fn parse(given: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.as_str() == given)
    }
}

/// One recipient's share: the amount, the weight the policy gave them in its own words,
/// and the numbers of the contributions behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Share {
    pub person_id: String,
    pub amount: Money,
    pub weight: String,
    pub basis: Vec<i64>,
}

/// Why no shares could be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Nobody the policy would pay: no accepted contribution (with minutes, for `hours`).
    NoContributors,
    /// The amount or the graph could not be worked with (said in English for the log).
    Engine(String),
}

/// Shares `amount` (positive) among the contributors of `work` by `policy`.
pub fn shares(
    policy: Policy,
    amount: Money,
    work: &[AcceptedWork],
) -> Result<Vec<Share>, ShareError> {
    let mut basis: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    let mut minutes: BTreeMap<&str, u64> = BTreeMap::new();
    for w in work {
        if policy == Policy::Hours && w.minutes.unwrap_or(0) == 0 {
            continue;
        }
        basis.entry(&w.author_id).or_default().push(w.number);
        *minutes.entry(&w.author_id).or_default() += u64::from(w.minutes.unwrap_or(0));
    }
    if basis.is_empty() {
        return Err(ShareError::NoContributors);
    }
    let (weights, words): (Vec<(String, u64)>, Vec<String>) = match policy {
        Policy::Equal => basis
            .keys()
            .map(|p| ((p.to_string(), 1), "1".to_string()))
            .unzip(),
        Policy::Hours => minutes
            .iter()
            .map(|(p, m)| ((p.to_string(), *m), format!("{m} min")))
            .unzip(),
        Policy::CredRank => return cred_shares(amount, work, &basis),
    };
    let amounts = split(amount, &weights).map_err(|e| ShareError::Engine(e.to_string()))?;
    Ok(weights
        .into_iter()
        .zip(amounts)
        .zip(words)
        .map(|(((person_id, _), amount), weight)| Share {
            basis: basis.get(person_id.as_str()).cloned().unwrap_or_default(),
            person_id,
            amount,
            weight,
        })
        .collect())
}

/// Cred is a float; it is turned into an integer weight with a millionth of a unit of cred as
/// the grain, so that the split itself is exact and the same on every machine.
const CRED_GRAIN: f64 = 1_000_000.0;

fn cred_shares(
    amount: Money,
    work: &[AcceptedWork],
    basis: &BTreeMap<&str, Vec<i64>>,
) -> Result<Vec<Share>, ShareError> {
    let graph = contribution_graph(work)?;
    let cred = credrank(&graph);
    let ids = graph.participant_ids();
    // Authors and reviewers all take part in the walk; only those with cred are paid.
    let mut rows: Vec<(String, u64, f64)> = Vec::new();
    for (person, alias) in participants(work) {
        let Some(&p) = ids.get(alias.as_str()) else {
            continue;
        };
        let c = cred.participant_cred(p);
        let grains = (c * CRED_GRAIN).round();
        if grains.is_finite() && grains >= 1.0 {
            rows.push((person, grains as u64, c));
        }
    }
    if rows.is_empty() {
        return Err(ShareError::NoContributors);
    }
    let weights: Vec<(String, u64)> = rows.iter().map(|(p, w, _)| (p.clone(), *w)).collect();
    let amounts = split(amount, &weights).map_err(|e| ShareError::Engine(e.to_string()))?;
    Ok(rows
        .into_iter()
        .zip(amounts)
        .map(|((person_id, _, c), amount)| Share {
            basis: basis.get(person_id.as_str()).cloned().unwrap_or_default(),
            weight: format!("{c:.2} cred"),
            person_id,
            amount,
        })
        .collect())
}

/// Everyone in the graph (authors and accepting reviewers), with the short alias the graph
/// names them by, in a stable order.
fn participants(work: &[AcceptedWork]) -> Vec<(String, String)> {
    let mut people: Vec<&str> = work
        .iter()
        .flat_map(|w| {
            std::iter::once(w.author_id.as_str()).chain(w.reviewer_ids.iter().map(String::as_str))
        })
        .collect();
    people.sort_unstable();
    people.dedup();
    people
        .into_iter()
        .enumerate()
        .map(|(i, p)| (p.to_string(), format!("p{i}")))
        .collect()
}

/// The commons' contribution graph in CredRank's input shape.
fn contribution_graph(work: &[AcceptedWork]) -> Result<Graph, ShareError> {
    let people = participants(work);
    let alias: BTreeMap<&str, &str> = people
        .iter()
        .map(|(p, a)| (p.as_str(), a.as_str()))
        .collect();
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for w in work {
        // A timestamp on a week's first millisecond cannot be placed by SourceCred's
        // weeks; one millisecond later changes nothing else.
        let at = if w.accepted_at % commonfare_value::credrank::WEEK_MS == 0 {
            w.accepted_at + 1
        } else {
            w.accepted_at
        };
        let node = format!("c{}", w.number);
        let weight = match w.minutes {
            Some(m) => f64::from(m) / 60.0,
            None => 1.0,
        };
        nodes.push(NodeIn {
            id: node.clone(),
            weight,
            timestamp_ms: Some(at),
        });
        let edge = |id: String, who: &str, backward: f64| EdgeIn {
            id,
            src: alias.get(who).copied().unwrap_or_default().to_string(),
            dst: node.clone(),
            timestamp_ms: at,
            forward_weight: 1.0 / 16.0,
            backward_weight: backward,
        };
        edges.push(edge(format!("author-{}", w.number), &w.author_id, 1.0));
        for (i, r) in w.reviewer_ids.iter().enumerate() {
            if *r != w.author_id {
                edges.push(edge(format!("review-{}-{i}", w.number), r, 0.25));
            }
        }
    }
    let raw = GraphFileIn {
        format: "sourcecred-credrank-vector/1".into(),
        name: String::new(),
        description: String::new(),
        participants: people
            .iter()
            .map(|(_, a)| ParticipantIn {
                id: a.clone(),
                active: Some(true),
            })
            .collect(),
        nodes,
        edges,
        parameters: ParametersIn {
            alpha: 0.1,
            beta: 0.4,
            gamma_forward: 0.1,
            gamma_backward: 0.1,
            max_iterations: 255,
            convergence_threshold: 1e-7,
        },
        grain_scenarios: Vec::new(),
    };
    Graph::from_input(raw).map_err(|e| ShareError::Engine(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(s: &str) -> Money {
        format!("{s} EUR").parse().unwrap()
    }

    fn work(number: i64, author: &str, minutes: Option<u32>, reviewers: &[&str]) -> AcceptedWork {
        AcceptedWork {
            number,
            author_id: author.into(),
            minutes,
            accepted_at: 1_767_225_600_123 + number * 86_400_000,
            reviewer_ids: reviewers.iter().map(|r| r.to_string()).collect(),
        }
    }

    fn total(s: &[Share]) -> i64 {
        s.iter().map(|x| x.amount.minor()).sum()
    }

    #[test]
    fn equal_shares_sum_exactly_with_the_cent_left_to_the_lowest_id() {
        let w = [
            work(1, "ana", None, &["fa"]),
            work(2, "bo", None, &["fa"]),
            work(3, "cy", Some(30), &["fa"]),
            work(4, "ana", None, &["fa"]),
        ];
        let s = shares(Policy::Equal, eur("100.00"), &w).unwrap();
        assert_eq!(total(&s), 10_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert_eq!(by["ana"], 3334);
        assert_eq!(by["bo"], 3333);
        assert_eq!(by["cy"], 3333);
        assert_eq!(s[0].basis, vec![1, 4]);
    }

    #[test]
    fn hours_count_only_work_records_in_proportion_to_their_minutes() {
        let w = [
            work(1, "ana", Some(90), &[]),
            work(2, "bo", None, &[]),
            work(3, "cy", Some(30), &[]),
        ];
        let s = shares(Policy::Hours, eur("80.00"), &w).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].amount.minor(), 6000);
        assert_eq!(s[0].weight, "90 min");
        assert_eq!(s[1].amount.minor(), 2000);
        assert_eq!(
            shares(Policy::Hours, eur("80.00"), &[work(2, "bo", None, &[])]),
            Err(ShareError::NoContributors)
        );
    }

    #[test]
    fn credrank_pays_authors_more_than_the_reviewers_who_accepted_their_work() {
        let w = [
            work(1, "ana", None, &["fa"]),
            work(2, "ana", Some(120), &["fa"]),
            work(3, "bo", None, &["fa"]),
        ];
        let s = shares(Policy::CredRank, eur("500.00"), &w).unwrap();
        assert_eq!(total(&s), 50_000);
        let by: BTreeMap<_, _> = s
            .iter()
            .map(|x| (x.person_id.as_str(), x.amount.minor()))
            .collect();
        assert!(by["ana"] > by["bo"], "{by:?}");
        assert!(by["bo"] > by["fa"], "{by:?}");
        assert!(by["fa"] > 0, "{by:?}");
        // The same graph gives the same cents.
        assert_eq!(shares(Policy::CredRank, eur("500.00"), &w).unwrap(), s);
    }

    #[test]
    fn nobody_to_pay_is_said_so() {
        assert_eq!(
            shares(Policy::Equal, eur("1.00"), &[]),
            Err(ShareError::NoContributors)
        );
        assert_eq!(Policy::parse("credrank"), Some(Policy::CredRank));
        assert_eq!(Policy::parse("lottery"), None);
    }
}
