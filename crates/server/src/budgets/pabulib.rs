//! Pabulib in and out, with no I/O: a `.pb` text read by the decision engine's reader into
//! the rows a process is stored as (its META rows, ids, exact costs, vote type, points and
//! ranks, and every other column kept as written, so that it goes back out as it came in),
//! and the rows of one heading made back into the engine's `Instance`, which the rules
//! count and the writer writes. Voter ids are not kept: a file's ballots are stored in
//! their order, and written back numbered from 1.

use super::model;
use super::store::{BallotRow, HeadingRow, ProcessRow, ProjectRow};
use commonfare_decide::pb::{self, Ballot, Constraints, Instance, Project, Q, VoteType};
use std::collections::HashMap;

/// Why a `.pb` text cannot become a process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The reader's refusal: the line (0: the whole file) and its words.
    Unreadable { line: usize, message: String },
    /// A cost (or the budget, `project` = None) beyond 64-bit whole units.
    TooLarge { project: Option<String> },
}

/// Reads the text of a `.pb` file, and refuses costs and a budget beyond `i64`.
pub fn read(text: &str) -> Result<Instance, ImportError> {
    let instance = pb::parse_pb("upload.pb", text).map_err(|e| ImportError::Unreadable {
        line: e.line,
        message: e.message,
    })?;
    if !model::fits_i64(&instance.budget) {
        return Err(ImportError::TooLarge { project: None });
    }
    if let Some(p) = instance.projects.iter().find(|p| !model::fits_i64(&p.cost)) {
        return Err(ImportError::TooLarge {
            project: Some(p.id.clone()),
        });
    }
    Ok(instance)
}

/// One line of display text from a file's value: controls dropped, at most `limit`
/// characters.
fn shown_line(raw: &str, limit: usize) -> String {
    let t = crate::text::neutralised(raw);
    let t: String = t.chars().filter(|c| !c.is_control()).collect();
    t.trim().chars().take(limit).collect()
}

/// A longer text from a file: controls other than new lines and tabs dropped, cut to size.
fn shown_text(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .take(model::MAX_TEXT_CHARS)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The title, description and heading name a file's META gives: "Unit Instance – Subunit".
pub fn names(instance: &Instance) -> (String, String, String) {
    let get = |k: &str| {
        instance
            .meta_value(k)
            .map(str::trim)
            .filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("none"))
            .map(str::to_string)
    };
    let unit = get("unit").unwrap_or_default();
    let year = get("instance").unwrap_or_default();
    let sub = get("subunit").or_else(|| get("district"));
    let description = get("description").unwrap_or_default();
    let mut title = format!("{unit} {year}").trim().to_string();
    if let Some(s) = &sub {
        title = if title.is_empty() {
            s.clone()
        } else {
            format!("{title} – {s}")
        };
    }
    if title.is_empty() {
        title = description.clone();
    }
    let heading = sub.or(Some(unit).filter(|u| !u.is_empty()));
    let title = shown_line(&title, model::MAX_TITLE_CHARS);
    let heading = shown_line(heading.as_deref().unwrap_or(&title), model::MAX_TITLE_CHARS);
    (title, shown_text(&description), heading)
}

/// The display title of a file's project: its `name` column, if it has one.
fn project_title(columns: &[String], extra: &[String]) -> String {
    columns
        .iter()
        .position(|c| c.eq_ignore_ascii_case("name") || c.eq_ignore_ascii_case("title"))
        .and_then(|i| extra.get(i))
        .map(|v| shown_line(v, model::MAX_TITLE_CHARS))
        .unwrap_or_default()
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// The rows an imported file is stored as: its projects and ballots under one heading of
/// `process` (whose META and columns are filled in here).
pub fn rows(
    instance: &Instance,
    process: &mut ProcessRow,
    heading: &HeadingRow,
    mut new_id: impl FnMut() -> String,
    now: i64,
) -> (Vec<ProjectRow>, Vec<BallotRow>) {
    process.meta = json(&instance.meta);
    process.project_columns = json(&instance.project_columns);
    process.vote_columns = json(&instance.vote_columns);
    process.vote_type = instance.vote_type.as_str().into();
    let projects: Vec<ProjectRow> = instance
        .projects
        .iter()
        .enumerate()
        .map(|(i, p)| ProjectRow {
            id: new_id(),
            process_id: process.id.clone(),
            heading_id: heading.id.clone(),
            number: p.id.clone(),
            position: i as i64,
            title: project_title(&instance.project_columns, &p.extra),
            description: String::new(),
            place: String::new(),
            cost: p.cost_text.clone(),
            state: "proposed".into(),
            reason: String::new(),
            author_id: None,
            extra: json(&p.extra),
            progress_status: "not_started".into(),
            progress: 0,
            created_at: now,
        })
        .collect();
    let with_extra = !instance.vote_columns.is_empty();
    let batch = batch_ids();
    let ballots = instance
        .ballots
        .iter()
        .enumerate()
        .map(|(i, b)| BallotRow {
            id: batch(i as i64),
            process_id: process.id.clone(),
            heading_id: heading.id.clone(),
            voter_id: None,
            origin: "file".into(),
            position: Some(i as i64),
            vote: b
                .projects
                .iter()
                .map(|&p| instance.projects[p].id.as_str())
                .collect::<Vec<_>>()
                .join(","),
            points: b
                .points
                .as_ref()
                .map(|ps| ps.iter().map(Q::to_string).collect::<Vec<_>>().join(",")),
            extra: with_extra.then(|| json(&b.extra)),
            cast_at: now,
        })
        .collect();
    (projects, ballots)
}

/// A random ballot id, unrelated to time or order: an online ballot's.
pub fn ballot_id() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// Ids for a batch of ballots that have an order already (a file's, a stack of paper
/// ones): a random prefix, then the position, so that a batch is written in key order.
pub fn batch_ids() -> impl Fn(i64) -> String {
    let prefix = rand::random::<u64>();
    move |position| format!("{prefix:016x}{position:012}")
}

/// Whether a project is on its heading's ballot.
pub fn on_ballot(p: &ProjectRow) -> bool {
    p.state == "proposed"
}

/// The META rows of a process run here, for its heading: what Pabulib files say.
fn native_meta(
    process: &ProcessRow,
    heading: &HeadingRow,
    owner: &str,
    projects: usize,
    votes: usize,
) -> Vec<(String, String)> {
    let mut meta = vec![
        ("description".to_string(), process.title.clone()),
        ("unit".into(), owner.to_string()),
        ("subunit".into(), heading.name.clone()),
        ("num_projects".into(), projects.to_string()),
        ("num_votes".into(), votes.to_string()),
        ("budget".into(), heading.amount.clone()),
        ("vote_type".into(), process.vote_type.clone()),
        ("rule".into(), process.rule.clone()),
    ];
    if let Some(m) = process.min_projects {
        meta.push(("min_length".into(), m.to_string()));
    }
    if let Some(m) = process.max_projects {
        meta.push(("max_length".into(), m.to_string()));
    }
    if process.ballot_style == "knapsack" {
        // The least a ballot spends, as Pabulib writes it: an amount, not a share.
        let least = model::exact(&heading.amount)
            .and_then(|amount| model::least_spent(process.min_share_percent, &amount));
        if let Some(least) = least {
            meta.push(("min_sum_cost".into(), model::to_cents(&least)));
        }
        meta.push(("max_sum_cost".into(), heading.amount.clone()));
    }
    // A points ballot's rules as Pabulib writes them: the points each voter has, and
    // each project's least (one) and most.
    if let Some(total) = process.points_total {
        meta.push(("max_sum_points".into(), total.to_string()));
        meta.push(("min_points".into(), "1".into()));
        meta.push((
            "max_points".into(),
            process.max_points.unwrap_or(total).to_string(),
        ));
    }
    meta
}

/// The least share of its budget a file's ballots spend (its `min_sum_cost`), in whole
/// percent rounded down (a ballot that met the file's floor meets this one); none when the
/// file sets no floor or one that is no share of a budget above zero.
pub fn least_share(instance: &Instance) -> Option<i64> {
    let least = instance.constraints.min_sum_cost.as_deref()?;
    let least = pb::number::parse_decimal(least, true).ok()?;
    if instance.budget.is_zero() || instance.budget.is_negative() || least.is_negative() {
        return None;
    }
    let percent = least.mul_int(100).div(&instance.budget);
    let whole = pb::q::approx(&percent, 0).parse::<i64>().ok()?;
    (1..=100).contains(&whole).then_some(whole)
}

fn constraints(meta: &[(String, String)]) -> Constraints {
    let get = |k: &str| {
        meta.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("none"))
    };
    let count = |k: &str| get(k).and_then(|v| pb::number::parse_count(v).ok());
    let number = |k: &str, comma: bool| {
        get(k).and_then(|v| {
            pb::number::parse_decimal(v, comma)
                .ok()
                .map(|q| q.to_string())
        })
    };
    Constraints {
        min_length: count("min_length"),
        max_length: count("max_length"),
        min_sum_cost: number("min_sum_cost", true),
        max_sum_cost: number("max_sum_cost", true),
        min_sum_points: number("min_sum_points", false),
        max_sum_points: number("max_sum_points", false),
        min_points: number("min_points", false),
        max_points: number("max_points", false),
    }
}

/// One heading of a process as the engine's instance: its projects on the ballot (and any
/// a ballot names), its ballots in counting order with voters numbered from 1. `owner`
/// names the owning organization in the META of a process run here.
pub fn instance(
    process: &ProcessRow,
    heading: &HeadingRow,
    projects: &[ProjectRow],
    ballots: &[BallotRow],
    owner: &str,
) -> Result<Instance, String> {
    let imported = process.origin == "pabulib";
    let parse = |t: &str| serde_json::from_str::<Vec<String>>(t).unwrap_or_default();
    let project_columns = if imported {
        parse(&process.project_columns)
    } else {
        vec!["name".to_string()]
    };
    let vote_columns = if imported {
        parse(&process.vote_columns)
    } else {
        Vec::new()
    };
    let mut out_projects = Vec::new();
    for p in projects
        .iter()
        .filter(|p| p.heading_id == heading.id && on_ballot(p))
    {
        let cost = pb::number::parse_decimal(&p.cost, true)
            .map_err(|e| format!("project {}: {e}", p.number))?;
        let mut extra = if imported {
            parse(&p.extra)
        } else {
            vec![p.title.clone()]
        };
        extra.resize(project_columns.len(), String::new());
        out_projects.push(Project {
            id: p.number.clone(),
            cost,
            cost_text: p.cost.clone(),
            extra,
        });
    }
    let index: HashMap<String, usize> = out_projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    let vote_type = VoteType::parse(&process.vote_type).unwrap_or(VoteType::Approval);
    let mut out_ballots = Vec::with_capacity(ballots.len());
    for (i, b) in ballots.iter().enumerate() {
        let mut chosen = Vec::new();
        if !b.vote.is_empty() {
            for id in b.vote.split(',') {
                let p = index
                    .get(id)
                    .ok_or_else(|| format!("a ballot names project {id}, not on the ballot"))?;
                chosen.push(*p);
            }
        }
        let points = match (&b.points, vote_type.has_points()) {
            (Some(t), true) => {
                let mut ps = Vec::new();
                if !t.is_empty() {
                    for v in t.split(',') {
                        ps.push(pb::number::parse_decimal(v, false)?);
                    }
                }
                Some(ps)
            }
            _ => None,
        };
        let mut extra = b.extra.as_deref().map(parse).unwrap_or_default();
        extra.resize(vote_columns.len(), String::new());
        out_ballots.push(Ballot {
            voter_id: (i + 1).to_string(),
            projects: chosen,
            points,
            extra,
        });
    }
    let meta = if imported {
        serde_json::from_str::<Vec<(String, String)>>(&process.meta).unwrap_or_default()
    } else {
        native_meta(
            process,
            heading,
            owner,
            out_projects.len(),
            out_ballots.len(),
        )
    };
    let budget = pb::number::parse_decimal(&heading.amount, true)
        .map_err(|e| format!("the amount of {}: {e}", heading.name))?;
    Ok(Instance {
        constraints: constraints(&meta),
        meta,
        budget,
        vote_type,
        project_columns,
        projects: out_projects,
        vote_columns,
        ballots: out_ballots,
        exclusive: Vec::new(),
    })
}
