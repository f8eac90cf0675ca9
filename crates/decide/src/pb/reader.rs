//! Reads a Pabulib `.pb` file into an [`Instance`]. Follows pabutools' parser where it
//! defines the meaning (fields trimmed, `none` means missing, decimal commas in cost and
//! budget, `vote` listing project ids) and refuses what it would crash on, with the
//! line and the fix in the message.

use super::csv::{Record, records};
use super::model::{Ballot, Constraints, Instance, Project, VoteType};
use super::number::{parse_count, parse_decimal};
use super::q::Q;
use std::collections::HashMap;
use std::fmt;

/// A file that cannot be read, with the line (1-based, 0 = whole file) and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Meta,
    Projects,
    Votes,
}

fn is_missing(v: &str) -> bool {
    v.is_empty() || v.eq_ignore_ascii_case("none")
}

/// Parses the text of a `.pb` file; `file` names it in error messages.
pub fn parse_pb(file: &str, text: &str) -> Result<Instance, ParseError> {
    let err = |line: usize, message: String| ParseError {
        file: file.to_string(),
        line,
        message,
    };
    let recs = records(text).map_err(|(l, m)| err(l, m))?;
    let mut sections: Vec<(Section, usize, Vec<String>, Vec<Record>)> = Vec::new();
    let mut iter = recs
        .into_iter()
        .filter(|r| r.fields.iter().any(|f| !f.trim().is_empty()));
    while let Some(mut r) = iter.next() {
        for f in &mut r.fields {
            if f.trim().len() != f.len() {
                *f = f.trim().to_string();
            }
        }
        let title = r.fields[0].to_ascii_lowercase();
        let section = match title.as_str() {
            "meta" => Some(Section::Meta),
            "projects" => Some(Section::Projects),
            "votes" => Some(Section::Votes),
            _ => None,
        };
        if let Some(s) = section.filter(|_| r.fields[1..].iter().all(|f| f.is_empty())) {
            if sections.iter().any(|(t, ..)| *t == s) {
                return Err(err(
                    r.line,
                    format!("section {} appears twice", r.fields[0]),
                ));
            }
            let header = iter.next().ok_or_else(|| {
                err(
                    r.line,
                    format!("section {} has no header line", r.fields[0]),
                )
            })?;
            let fields: Vec<String> = header.fields.iter().map(|f| f.trim().to_string()).collect();
            // Blank lines may stand between a title and its header: name the header's line.
            sections.push((s, header.line, fields, Vec::new()));
        } else {
            match sections.last_mut() {
                Some((.., rows)) => rows.push(r),
                None => {
                    return Err(err(
                        r.line,
                        "data before the first section: a .pb file starts with a META line".into(),
                    ));
                }
            }
        }
    }
    let find = |s: Section| sections.iter().find(|(t, ..)| *t == s);
    let meta_sec = find(Section::Meta).ok_or_else(|| err(0, "no META section".into()))?;
    let proj_sec = find(Section::Projects).ok_or_else(|| err(0, "no PROJECTS section".into()))?;
    let votes_sec = find(Section::Votes);

    let mut meta = Vec::new();
    for r in &meta_sec.3 {
        let value = r.fields.get(1).cloned().unwrap_or_default();
        meta.push((r.fields[0].clone(), value));
    }
    let meta_get = |k: &str| {
        meta.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .filter(|v| !is_missing(v))
    };
    let meta_line = |k: &str| {
        meta_sec
            .3
            .iter()
            .find(|r| r.fields[0] == k)
            .map_or(meta_sec.1, |r| r.line)
    };

    let budget_text = meta_get("budget").ok_or_else(|| {
        err(
            meta_sec.1,
            "META has no `budget` row (add `budget;AMOUNT`)".into(),
        )
    })?;
    let budget = parse_decimal(budget_text, true)
        .map_err(|m| err(meta_line("budget"), format!("budget: {m}")))?;
    if budget.is_negative() {
        return Err(err(
            meta_line("budget"),
            format!("budget {budget_text} is negative"),
        ));
    }
    let vote_type = match meta_get("vote_type") {
        None => VoteType::Approval,
        Some(v) => VoteType::parse(v).ok_or_else(|| {
            err(meta_line("vote_type"), format!("unknown vote_type `{v}` (expected approval, choose-1, cumulative, scoring or ordinal)"))
        })?,
    };
    let count = |k: &str| -> Result<Option<u64>, ParseError> {
        meta_get(k)
            .map(|v| parse_count(v).map_err(|m| err(meta_line(k), format!("{k}: {m}"))))
            .transpose()
    };
    let number = |k: &str, comma: bool| -> Result<Option<String>, ParseError> {
        meta_get(k)
            .map(|v| {
                parse_decimal(v, comma)
                    .map(|q| q.to_string())
                    .map_err(|m| err(meta_line(k), format!("{k}: {m}")))
            })
            .transpose()
    };
    let constraints = Constraints {
        min_length: count("min_length")?,
        max_length: count("max_length")?,
        min_sum_cost: number("min_sum_cost", true)?,
        max_sum_cost: number("max_sum_cost", true)?,
        min_sum_points: number("min_sum_points", false)?,
        max_sum_points: number("max_sum_points", false)?,
        min_points: number("min_points", false)?,
        max_points: number("max_points", false)?,
    };

    let (projects, project_columns) = read_projects(proj_sec, &err)?;
    let index: HashMap<&str, usize> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let (ballots, vote_columns) = match votes_sec {
        Some(sec) => read_votes(sec, vote_type, &index, &err)?,
        None => (Vec::new(), Vec::new()),
    };
    Ok(Instance {
        meta,
        budget,
        vote_type,
        constraints,
        project_columns,
        projects,
        vote_columns,
        ballots,
        exclusive: Vec::new(),
    })
}

/// A section: its kind, the line of its header, the header's fields and its rows.
type SectionRows = (Section, usize, Vec<String>, Vec<Record>);

fn column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h.eq_ignore_ascii_case(name))
}

fn read_projects(
    (_, line, header, rows): &SectionRows,
    err: &dyn Fn(usize, String) -> ParseError,
) -> Result<(Vec<Project>, Vec<String>), ParseError> {
    let cost_col = column(header, "cost")
        .ok_or_else(|| err(*line, "PROJECTS header has no `cost` column".into()))?;
    if cost_col == 0 {
        return Err(err(
            *line,
            "PROJECTS: the first column must be the project id, not cost".into(),
        ));
    }
    let extra_cols: Vec<usize> = (1..header.len()).filter(|&c| c != cost_col).collect();
    let mut projects: Vec<Project> = Vec::with_capacity(rows.len());
    let mut seen = HashMap::new();
    for r in rows {
        let id = r.fields[0].clone();
        let cost_text = r.fields.get(cost_col).map(String::as_str).unwrap_or("");
        if is_missing(cost_text) {
            return Err(err(
                r.line,
                format!(
                    "project `{id}` has no cost (column {} is empty)",
                    cost_col + 1
                ),
            ));
        }
        let cost = parse_decimal(cost_text, true)
            .map_err(|m| err(r.line, format!("cost of project `{id}`: {m}")))?;
        if cost.is_negative() {
            return Err(err(
                r.line,
                format!("project `{id}` has a negative cost {cost_text}"),
            ));
        }
        if let Some(first) = seen.insert(id.clone(), r.line) {
            return Err(err(
                r.line,
                format!("project id `{id}` is already used on line {first}"),
            ));
        }
        let extra = extra_cols
            .iter()
            .map(|&c| r.fields.get(c).cloned().unwrap_or_default())
            .collect();
        projects.push(Project {
            id,
            cost,
            cost_text: cost_text.to_string(),
            extra,
        });
    }
    Ok((
        projects,
        extra_cols.iter().map(|&c| header[c].clone()).collect(),
    ))
}

fn read_votes(
    (_, line, header, rows): &SectionRows,
    vote_type: VoteType,
    index: &HashMap<&str, usize>,
    err: &dyn Fn(usize, String) -> ParseError,
) -> Result<(Vec<Ballot>, Vec<String>), ParseError> {
    let vote_col = column(header, "vote")
        .ok_or_else(|| err(*line, "VOTES header has no `vote` column".into()))?;
    let points_col = column(header, "points");
    if vote_type.has_points() && points_col.is_none() {
        return Err(err(
            *line,
            format!(
                "vote_type {} needs a `points` column in VOTES",
                vote_type.as_str()
            ),
        ));
    }
    let points_col = points_col.filter(|_| vote_type.has_points());
    let extra_cols: Vec<usize> = (1..header.len())
        .filter(|&c| c != vote_col && Some(c) != points_col)
        .collect();
    let mut ballots = Vec::with_capacity(rows.len());
    for r in rows {
        let voter_id = r.fields[0].clone();
        let vote_text = r.fields.get(vote_col).map(String::as_str).unwrap_or("");
        let listed: Vec<&str> = if is_missing(vote_text) {
            Vec::new()
        } else {
            vote_text
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect()
        };
        let mut projects: Vec<usize> = Vec::with_capacity(listed.len());
        for id in &listed {
            let p = *index.get(id).ok_or_else(|| {
                err(
                    r.line,
                    format!("voter `{voter_id}` votes for `{id}`, which is not in PROJECTS"),
                )
            })?;
            projects.push(p);
        }
        let points = match points_col {
            None => None,
            Some(c) => {
                let text = r.fields.get(c).map(String::as_str).unwrap_or("");
                let values: Vec<&str> = if is_missing(text) {
                    Vec::new()
                } else {
                    text.split(',').map(str::trim).collect()
                };
                if values.len() != projects.len() {
                    return Err(err(
                        r.line,
                        format!(
                            "voter `{voter_id}` lists {} projects but {} points values; they must be parallel",
                            projects.len(),
                            values.len()
                        ),
                    ));
                }
                let mut pts = Vec::with_capacity(values.len());
                for v in values {
                    pts.push(
                        parse_decimal(v, false).map_err(|m| {
                            err(r.line, format!("points of voter `{voter_id}`: {m}"))
                        })?,
                    );
                }
                Some(pts)
            }
        };
        let (projects, points) = dedup(projects, points);
        let extra = extra_cols
            .iter()
            .map(|&c| r.fields.get(c).cloned().unwrap_or_default())
            .collect();
        ballots.push(Ballot {
            voter_id,
            projects,
            points,
            extra,
        });
    }
    Ok((
        ballots,
        extra_cols.iter().map(|&c| header[c].clone()).collect(),
    ))
}

/// A project listed twice counts once, at its first position, with its last points
/// value (pabutools collapses approval ballots into sets and overwrites points).
fn dedup(projects: Vec<usize>, points: Option<Vec<Q>>) -> (Vec<usize>, Option<Vec<Q>>) {
    let mut seen: HashMap<usize, usize> = HashMap::new();
    let mut out_p = Vec::with_capacity(projects.len());
    let mut out_s: Vec<Q> = Vec::new();
    for (i, p) in projects.iter().enumerate() {
        match seen.get(p) {
            Some(&at) => {
                if let Some(pts) = &points {
                    out_s[at] = pts[i].clone();
                }
            }
            None => {
                seen.insert(*p, out_p.len());
                out_p.push(*p);
                if let Some(pts) = &points {
                    out_s.push(pts[i].clone());
                }
            }
        }
    }
    (out_p, points.map(|_| out_s))
}
