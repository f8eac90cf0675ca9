//! The participatory-budgeting election: projects with exact costs, a budget, ballots of
//! every Pabulib vote type, and the ballot constraints a city set (META keys).

use super::q::Q;
use serde::Serialize;

/// How voters filled in their ballots (`vote_type` in a Pabulib file).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VoteType {
    Approval,
    Choose1,
    Cumulative,
    Scoring,
    Ordinal,
}

impl VoteType {
    pub fn parse(s: &str) -> Option<VoteType> {
        Some(match s.to_ascii_lowercase().as_str() {
            "approval" => VoteType::Approval,
            "choose-1" | "choose1" => VoteType::Choose1,
            "cumulative" => VoteType::Cumulative,
            "scoring" => VoteType::Scoring,
            "ordinal" => VoteType::Ordinal,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Choose1 => "choose-1",
            VoteType::Cumulative => "cumulative",
            VoteType::Scoring => "scoring",
            VoteType::Ordinal => "ordinal",
        }
    }

    /// Approval-like ballots carry no points or ranks (pabutools' approval profiles).
    pub fn is_approval_like(self) -> bool {
        matches!(self, VoteType::Approval | VoteType::Choose1)
    }

    /// Cumulative and scoring ballots have a `points` column.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }
}

/// One project: a string id (never a number: "10" sorts before "9"), an exact cost, and
/// the file's other columns kept verbatim.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub id: String,
    pub cost: Q,
    /// The cost exactly as written in the file, so a written file round-trips.
    pub cost_text: String,
    pub extra: Vec<String>,
}

/// One voter's ballot. `projects` lists project indices in ballot order (best first for
/// ordinal ballots), each at most once; `points` is parallel to it for cumulative and
/// scoring ballots.
#[derive(Debug, Clone, PartialEq)]
pub struct Ballot {
    pub voter_id: String,
    pub projects: Vec<usize>,
    pub points: Option<Vec<Q>>,
    pub extra: Vec<String>,
}

/// The ballot rules of the election, from the META section. All optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Constraints {
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_sum_cost: Option<String>,
    pub max_sum_cost: Option<String>,
    pub min_sum_points: Option<String>,
    pub max_sum_points: Option<String>,
    pub min_points: Option<String>,
    pub max_points: Option<String>,
}

/// A complete PB election as read from a Pabulib file.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// META rows in file order (key, value), including `budget` and `vote_type`.
    pub meta: Vec<(String, String)>,
    pub budget: Q,
    pub vote_type: VoteType,
    pub constraints: Constraints,
    /// Header of the PROJECTS section after `project_id;cost`.
    pub project_columns: Vec<String>,
    pub projects: Vec<Project>,
    /// Header of the VOTES section after `voter_id;vote` (and `points`, written for
    /// cumulative and scoring ballots).
    pub vote_columns: Vec<String>,
    pub ballots: Vec<Ballot>,
    /// Incompatibility groups, as lists of project indices: every rule funds at most one
    /// project of each group (see the module doc of [`super`]). Not part of the `.pb`
    /// format: the reader leaves it empty and the writer ignores it.
    pub exclusive: Vec<Vec<usize>>,
}

impl Instance {
    pub fn meta_value(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Index of a project by id.
    pub fn project_index(&self, id: &str) -> Option<usize> {
        self.projects.iter().position(|p| p.id == id)
    }

    /// Total cost of a set of project indices.
    pub fn cost_of(&self, selected: &[usize]) -> Q {
        selected
            .iter()
            .fold(Q::zero(), |acc, &p| acc.add(&self.projects[p].cost))
    }

    /// For each project, the other projects of its incompatibility groups (empty for a
    /// project in no group, which is every project when there are no groups).
    pub fn mates(&self) -> Vec<Vec<usize>> {
        let mut mates = vec![Vec::new(); self.projects.len()];
        for group in &self.exclusive {
            for &p in group {
                for &q in group {
                    if q != p && !mates[p].contains(&q) {
                        mates[p].push(q);
                    }
                }
            }
        }
        mates
    }

    /// The ids of `selected`, sorted as strings (the order pabutools and expected.json use).
    pub fn sorted_ids(&self, selected: &[usize]) -> Vec<String> {
        let mut ids: Vec<String> = selected
            .iter()
            .map(|&p| self.projects[p].id.clone())
            .collect();
        ids.sort();
        ids
    }

    /// Ballots that break the META constraints, as (voter id, what is wrong).
    ///
    /// Rules never reject ballots (pabutools does not either); this is for reports.
    pub fn constraint_violations(&self) -> Vec<(String, String)> {
        let c = &self.constraints;
        let mut out = Vec::new();
        for b in &self.ballots {
            let len = b.projects.len() as u64;
            if let Some(min) = c.min_length.filter(|&m| len < m) {
                out.push((
                    b.voter_id.clone(),
                    format!("lists {len} projects, min_length is {min}"),
                ));
            }
            if let Some(max) = c.max_length.filter(|&m| len > m) {
                out.push((
                    b.voter_id.clone(),
                    format!("lists {len} projects, max_length is {max}"),
                ));
            }
            let cost = self.cost_of(&b.projects);
            if let Some(max) = c
                .max_sum_cost
                .as_deref()
                .and_then(|m| super::number::parse_decimal(m, true).ok())
            {
                if cost > max {
                    out.push((
                        b.voter_id.clone(),
                        format!("costs {cost}, max_sum_cost is {max}"),
                    ));
                }
            }
            if let (Some(points), Some(max)) = (
                &b.points,
                c.max_sum_points
                    .as_deref()
                    .and_then(|m| super::number::parse_decimal(m, false).ok()),
            ) {
                let sum = points.iter().fold(Q::zero(), |a, p| a.add(p));
                if sum > max {
                    out.push((
                        b.voter_id.clone(),
                        format!("gives {sum} points, max_sum_points is {max}"),
                    ));
                }
            }
        }
        out
    }
}
